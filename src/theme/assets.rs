//! Theme assets: files under `static/` and the generated highlighting stylesheet, published under
//! `assets/` with a content hash in the name so browsers may cache them forever. Stylesheets
//! name other assets by their source names in `url(…)`; those become the hashed names.

use std::collections::BTreeMap;

use super::ThemeFiles;
use super::css_urls;
use super::source::ThemeFile;
use crate::error::{Diagnostic, Diagnostics, Result};
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
    /// Every file of the theme's `static/` folder, and the highlighting stylesheet. Stylesheets
    /// come last, once the names they refer to are known; an unknown name is an error.
    pub fn load(files: &ThemeFiles) -> Result<Assets> {
        let mut assets = Assets::default();
        let (sheets, others): (Vec<_>, Vec<_>) = files.under("static").partition(|(name, _)| is_stylesheet(name));
        for (name, file) in others {
            assets.insert(name, file.bytes.to_vec());
        }
        let mut problems = Diagnostics::default();
        let mut rewritten = Vec::new();
        for (name, file) in sheets {
            if let Some(css) = problems.take(assets.link_stylesheet(name, file).map_err(Into::into)) {
                rewritten.push((name, css));
            }
        }
        problems.finish()?;
        for (name, css) in rewritten {
            assets.insert(name, css.into_bytes());
        }
        assets.insert("highlight.css", Highlighter::stylesheet().into_bytes());
        Ok(assets)
    }

    /// The text of stylesheet `name` with each `url(…)` pointing at the hashed asset.
    fn link_stylesheet(&self, name: &str, file: &ThemeFile) -> Result<String, Diagnostic> {
        let css = std::str::from_utf8(&file.bytes).map_err(|_| Diagnostic::error(&file.path, "not UTF-8 text"))?;
        let folder = name.rsplit_once('/').map_or("", |(folder, _)| folder);
        let urls = css_urls::local_urls(css);
        let mut targets = Vec::with_capacity(urls.len());
        for url in &urls {
            let target = resolve(folder, url.path)
                .and_then(|source| self.by_name.get(&source).map(|asset| (source, asset)))
                .filter(|(source, _)| !is_stylesheet(source));
            let Some((_, asset)) = target else {
                let message = format!(
                    "url({}): no such file in the theme's static/ folder (stylesheets refer to images and fonts by their path there)",
                    url.path
                );
                return Err(Diagnostic::error(&file.path, message).at(url.line, url.column));
            };
            targets.push(css_urls::relative(&format!("assets/{folder}"), &asset.output));
        }
        let mut targets = targets.into_iter();
        Ok(css_urls::replace(css, &urls, |_| {
            targets.next().expect("one target per url")
        }))
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

fn is_stylesheet(name: &str) -> bool {
    name.ends_with(".css")
}

/// The `static/` name a `url(…)` path means, seen from `folder`; `None` when it leaves `static/`
/// or is not valid percent-encoded UTF-8.
fn resolve(folder: &str, path: &str) -> Option<String> {
    let path = percent_encoding::percent_decode_str(path).decode_utf8().ok()?;
    let mut parts: Vec<&str> = folder.split('/').filter(|p| !p.is_empty()).collect();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            part => parts.push(part),
        }
    }
    Some(parts.join("/"))
}
