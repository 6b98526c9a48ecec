//! Theme assets: files under `static/` and the generated highlighting stylesheet, published under
//! `assets/` with a content hash in the name so browsers may cache them forever.

use std::collections::BTreeMap;

use super::ThemeFiles;
use crate::markdown::Highlighter;

#[derive(Debug, Clone)]
pub struct Asset {
    /// Path in the built site, such as `assets/style.1a2b3c4d.css`.
    pub output: String,
    pub bytes: Vec<u8>,
}

#[derive(Debug, Clone, Default)]
pub struct Assets {
    by_name: BTreeMap<String, Asset>,
}

impl Assets {
    /// Every file of the theme's `static/` folder, and the highlighting stylesheet.
    pub fn load(files: &ThemeFiles) -> Assets {
        let mut assets = Assets::default();
        for (name, file) in files.under("static") {
            assets.insert(name, file.bytes.to_vec());
        }
        assets.insert("highlight.css", Highlighter::stylesheet().into_bytes());
        assets
    }

    fn insert(&mut self, name: &str, bytes: Vec<u8>) {
        let hash = blake3::hash(&bytes).to_hex();
        let (stem, ext) = match name.rsplit_once('.') {
            Some((stem, ext)) if !stem.is_empty() => (stem, format!(".{ext}")),
            _ => (name, String::new()),
        };
        let output = format!("assets/{stem}.{}{ext}", &hash[..10]);
        self.by_name.insert(name.to_owned(), Asset { output, bytes });
    }

    /// Logical name → published path, for templates (`assets["style.css"]`).
    pub fn paths(&self) -> BTreeMap<&str, &str> {
        self.by_name
            .iter()
            .map(|(k, v)| (k.as_str(), v.output.as_str()))
            .collect()
    }

    pub fn get(&self, name: &str) -> Option<&Asset> {
        self.by_name.get(name)
    }

    pub fn iter(&self) -> impl Iterator<Item = &Asset> {
        self.by_name.values()
    }
}
