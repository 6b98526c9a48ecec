//! Ingest: any raw text becomes a draft or an error message, never a panic, and a draft's
//! file text parses back as front matter.
#![no_main]

use std::path::Path;
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use steppe::config::{Config, Topic};
use steppe::content::front_matter::{self, FrontMatter};

fn topics() -> &'static [Topic] {
    static CONFIG: OnceLock<Config> = OnceLock::new();
    let config = CONFIG.get_or_init(|| {
        Config::parse(
            Path::new("."),
            "languages: [{code: en, name: English}, {code: fr, name: Français}, {code: ar, name: العربية}]\ntitle: {en: T, fr: T, ar: T}\ndescription: {en: D, fr: D, ar: D}\ntopics:\n  - key: deals\n    name: {en: Deals, fr: Accords, ar: صفقات}\n    keywords: {en: [deal, order], fr: [accord], ar: [صفقة]}\n",
        )
        .expect("the fuzz config is valid")
    });
    &config.topics
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(draft) = steppe::ingest::extract("raw.txt", text, topics()) {
        let file = draft.to_file_text();
        let path = Path::new("a.en.md");
        let split = front_matter::split(path, &file).expect("ingest writes front matter");
        front_matter::parse::<FrontMatter>(path, &split).expect("ingest writes valid front matter");
    }
});
