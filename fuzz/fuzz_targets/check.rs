//! `steppe check` reading built pages: any bytes as a page, linking into a small site, give a
//! list of problems and never a panic (issue 15: a percent escape next to `€` used to panic).
#![no_main]

use std::collections::BTreeMap;

use libfuzzer_sys::fuzz_target;
use steppe::check::check_output;

fuzz_target!(|data: &[u8]| {
    let mut files = BTreeMap::new();
    files.insert("en/articles/a/index.html".to_owned(), data.to_vec());
    files.insert("en/index.html".to_owned(), b"<html lang=en dir=ltr><h2 id=x>X</h2>".to_vec());
    files.insert("assets/style.css".to_owned(), b"body{}".to_vec());
    let _ = check_output(&files, "public/");
});
