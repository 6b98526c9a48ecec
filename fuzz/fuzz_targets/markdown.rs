//! Markdown: any text renders without panicking, and no raw HTML tag or script URL from the
//! input comes out live.
#![no_main]

use libfuzzer_sys::fuzz_target;
use steppe::markdown::{Highlighter, render};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let html = render(text, &Highlighter::new());
    let lower = html.to_ascii_lowercase();
    // Tags only: the same words inside text or code are escaped (`&lt;`) or harmless.
    for live in [
        "<script",
        "<iframe",
        "<img src=\"javascript:",
        "<a href=\"javascript:",
        "<style",
        "<object",
    ] {
        assert!(!lower.contains(live), "{live} in {html}");
    }
});
