//! Front matter: any text is split and parsed into an article's and a page's front matter
//! without panicking, and every error carries a file line inside the text.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use steppe::content::front_matter::{self, FrontMatter, PageFrontMatter};

fuzz_target!(|data: &[u8]| {
    let path = Path::new("content/articles/a.en.md");
    let Ok(text) = steppe::content::source_text::decode(path, data.to_vec()) else {
        return;
    };
    // YAML counts a lone CR as a line break too (so do most editors); one more for an error
    // at the end of the last line.
    let breaks =
        text.bytes().filter(|&b| b == b'\n').count() + text.matches('\r').count() - text.matches("\r\n").count();
    let lines = breaks + 2;
    match front_matter::split(path, &text) {
        Ok(split) => {
            for result in [
                front_matter::parse::<FrontMatter>(path, &split).map(|_| ()),
                front_matter::parse::<PageFrontMatter>(path, &split).map(|_| ()),
            ] {
                if let Err(d) = result {
                    assert!(d.line.is_some_and(|l| l >= 1 && l <= lines), "{d} ({lines} lines)");
                }
            }
        }
        Err(d) => assert!(d.line.is_some_and(|l| l >= 1 && l <= lines), "{d}"),
    }
});
