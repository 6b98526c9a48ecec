//! The site search index, built with Pagefind's Rust API from the rendered pages: one index
//! per language (Pagefind splits by `<html lang>` and stems French and Arabic), served as
//! static files under `pagefind/` with no server and no external service.

use std::collections::BTreeMap;

use pagefind::api::PagefindIndex;
use pagefind::options::PagefindServiceConfig;

use crate::error::Diagnostic;

use super::progress::{Progress, Stage};

/// Folder of the built site that holds the index and Pagefind's browser code.
pub const FOLDER: &str = "pagefind";

/// Pagefind ships several browser UIs; the theme uses only the default one.
const UNUSED: [&str; 4] = [
    "pagefind-component-ui",
    "pagefind-modular-ui",
    "pagefind-highlight",
    "playground",
];

/// Marks the part of a page Pagefind indexes; once any page has it, pages without it are skipped.
const BODY_MARKER: &str = "data-pagefind-body";

/// The HTML pages of the language trees that Pagefind would index. Pages without the body
/// marker are left out when some page has it (Pagefind would parse them only to drop them,
/// and list pages are the largest), which leaves the index byte for byte the same.
fn pages_to_index(files: &BTreeMap<String, Vec<u8>>) -> Vec<(&String, &Vec<u8>)> {
    let pages: Vec<_> = files
        .iter()
        .filter(|(path, _)| path.ends_with(".html") && ["en/", "fr/", "ar/"].iter().any(|l| path.starts_with(l)))
        .collect();
    let has_marker = |html: &[u8]| String::from_utf8_lossy(html).contains(BODY_MARKER);
    let marked: Vec<_> = pages.iter().copied().filter(|(_, html)| has_marker(html)).collect();
    if marked.is_empty() { pages } else { marked }
}

/// Indexes the HTML pages of the language trees; returns the index files by output path.
pub fn index(files: &BTreeMap<String, Vec<u8>>, progress: &Progress) -> Result<Vec<(String, Vec<u8>)>, Diagnostic> {
    let failed =
        |e: &dyn std::fmt::Display| Diagnostic::error(FOLDER, format!("building the search index failed: {e}"));
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| failed(&e))?;
    runtime.block_on(async {
        let config = PagefindServiceConfig::builder().build();
        let mut index = PagefindIndex::new(Some(config)).map_err(|e| failed(&e))?;
        let pages = pages_to_index(files);
        let counter = progress.counter(Stage::Index, pages.len());
        for (path, html) in pages {
            let html = String::from_utf8_lossy(html).into_owned();
            index
                .add_html_file(Some(path.clone()), None, html)
                .await
                .map_err(|e| Diagnostic::error(path, format!("search indexing failed: {e}")))?;
            counter.tick();
        }
        let output = index.get_files().await.map_err(|e| failed(&e))?;
        Ok(output
            .into_iter()
            .filter(|file| !UNUSED.iter().any(|u| file.filename.to_string_lossy().contains(u)))
            .map(|file| {
                let name = file.filename.to_string_lossy().replace('\\', "/");
                let name = name.trim_start_matches("./").to_owned();
                let path = if name.starts_with(&format!("{FOLDER}/")) {
                    name
                } else {
                    format!("{FOLDER}/{name}")
                };
                (path, file.contents)
            })
            .collect())
    })
}
