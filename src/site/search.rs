//! The site search index, built with Pagefind's Rust API from the rendered pages: one index
//! per language (Pagefind splits by `<html lang>` and stems French and Arabic), served as
//! static files under `pagefind/` with no server and no external service.

use std::collections::BTreeMap;

use pagefind::api::PagefindIndex;
use pagefind::options::PagefindServiceConfig;
use rayon::prelude::*;

use crate::error::Diagnostic;
use crate::i18n::Lang;

use super::progress::{Counter, Progress, Stage};

/// Folder of the built site that holds the index and Pagefind's browser code.
pub const FOLDER: &str = "pagefind";

/// The file that tells Pagefind's browser code which languages the bundle holds.
const ENTRY: &str = "pagefind/pagefind-entry.json";

/// Pagefind ships several browser UIs; the theme uses only the default one.
const UNUSED: [&str; 4] = [
    "pagefind-component-ui",
    "pagefind-modular-ui",
    "pagefind-highlight",
    "playground",
];

/// Marks the part of a page Pagefind indexes; once any page has it, pages without it are skipped.
const BODY_MARKER: &str = "data-pagefind-body";

/// The HTML pages of one language tree that Pagefind would index. Pages without the body
/// marker are left out when some page has it (Pagefind would parse them only to drop them,
/// and list pages are the largest), which leaves the index byte for byte the same.
fn pages_to_index(files: &BTreeMap<String, Vec<u8>>, lang: Lang) -> Vec<(&String, &Vec<u8>)> {
    let tree = format!("{lang}/");
    let pages: Vec<_> = files
        .iter()
        .filter(|(path, _)| path.ends_with(".html") && path.starts_with(&tree))
        .collect();
    let has_marker = |html: &[u8]| String::from_utf8_lossy(html).contains(BODY_MARKER);
    let marked: Vec<_> = pages.iter().copied().filter(|(_, html)| has_marker(html)).collect();
    if marked.is_empty() { pages } else { marked }
}

/// Indexes the HTML pages of the language trees; returns the index files by output path.
///
/// Each language gets its own Pagefind index, built in parallel: Pagefind indexes the pages
/// handed to one index one at a time, and its work per page grows with the pages already in
/// it, so three smaller indexes on all cores beat one large one on a single core. Pagefind
/// keeps languages apart anyway, so the bundles are merged into one `pagefind/` folder whose
/// entry file lists every language, as a single index over all pages would.
pub fn index(files: &BTreeMap<String, Vec<u8>>, progress: &Progress) -> Result<Vec<(String, Vec<u8>)>, Diagnostic> {
    let pages: Vec<_> = Lang::ALL.iter().map(|&lang| pages_to_index(files, lang)).collect();
    let counter = progress.counter(Stage::Index, pages.iter().map(Vec::len).sum());
    let bundles = pages
        .into_par_iter()
        .filter(|pages| !pages.is_empty())
        .map(|pages| index_language(pages, &counter))
        .collect::<Result<Vec<_>, _>>()?;
    merge(bundles)
}

fn failed(e: &dyn std::fmt::Display) -> Diagnostic {
    Diagnostic::error(FOLDER, format!("building the search index failed: {e}"))
}

/// One Pagefind bundle holding the pages of one language, by output path.
fn index_language(
    pages: Vec<(&String, &Vec<u8>)>,
    counter: &Counter<'_>,
) -> Result<Vec<(String, Vec<u8>)>, Diagnostic> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| failed(&e))?;
    runtime.block_on(async {
        let config = PagefindServiceConfig::builder().build();
        let mut index = PagefindIndex::new(Some(config)).map_err(|e| failed(&e))?;
        for (path, html) in pages {
            let html = String::from_utf8_lossy(html);
            let html = indexed_part(&html).unwrap_or_else(|| html.into_owned());
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

/// What Pagefind reads of a page whose indexed part is marked: the `<html>` tag (its language),
/// the title and the marked element, without the navigation, header and footer around it that
/// Pagefind would parse only to skip. `None` when the page has no single marked element.
fn indexed_part(html: &str) -> Option<String> {
    let open = html.find("<html")?;
    let html_tag = &html[open..open + html[open..].find('>')? + 1];
    let title = html
        .find("<title>")
        .and_then(|at| Some(&html[at..at + html[at..].find("</title>")? + 8]));
    let marker = html.find(BODY_MARKER)?;
    let start = html[..marker].rfind('<')?;
    let name_len = html[start + 1..].find(|c: char| c.is_ascii_whitespace() || c == '>')?;
    let name = &html[start + 1..start + 1 + name_len];
    let end = start + element_len(&html[start..], name)?;
    Some(format!(
        "<!DOCTYPE html>{html_tag}<head>{}</head><body>{}</body></html>",
        title.unwrap_or_default(),
        &html[start..end]
    ))
}

/// Length of the element `name` that `html` starts with, counting nested elements of the same
/// name (text and attribute values hold no `<`: the renderer escapes them).
fn element_len(html: &str, name: &str) -> Option<usize> {
    let open = format!("<{name}");
    let close = format!("</{name}>");
    let mut depth = 0usize;
    let mut at = 0;
    while let Some(found) = html[at..].find('<') {
        let here = &html[at + found..];
        if here.starts_with(&close) {
            depth = depth.checked_sub(1)?;
            if depth == 0 {
                return Some(at + found + close.len());
            }
        } else if here.starts_with(&open)
            && here[open.len()..].starts_with(|c: char| c.is_ascii_whitespace() || c == '>')
        {
            depth += 1;
        }
        at += found + 1;
    }
    None
}

/// One bundle from the bundles of each language: their entry files merged, every other file
/// kept once. Files of the same name are Pagefind's own code and must be the same bytes.
fn merge(bundles: Vec<Vec<(String, Vec<u8>)>>) -> Result<Vec<(String, Vec<u8>)>, Diagnostic> {
    let mut files = BTreeMap::new();
    let mut entry: Option<serde_json::Value> = None;
    for (path, contents) in bundles.into_iter().flatten() {
        if path == ENTRY {
            let this: serde_json::Value = serde_json::from_slice(&contents).map_err(|e| failed(&e))?;
            match (&mut entry, this) {
                (None, this) => entry = Some(this),
                (Some(merged), this) => {
                    let languages = this.get("languages").and_then(serde_json::Value::as_object).cloned();
                    let target = merged.get_mut("languages").and_then(serde_json::Value::as_object_mut);
                    let (Some(languages), Some(target)) = (languages, target) else {
                        return Err(failed(&"Pagefind's entry file has no `languages`"));
                    };
                    target.extend(languages);
                }
            }
            continue;
        }
        if let Some(earlier) = files.insert(path.clone(), contents)
            && files[&path] != earlier
        {
            return Err(failed(&format!("two languages wrote different `{path}`")));
        }
    }
    if let Some(entry) = entry {
        files.insert(ENTRY.to_owned(), serde_json::to_vec(&entry).map_err(|e| failed(&e))?);
    }
    Ok(files.into_iter().collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indexed_part_keeps_language_title_and_the_whole_marked_element() {
        let page = "<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><title>T</title><style>x</style></head>\
                    <body><nav>menu</nav><article data-pagefind-body><article>inner</article><p>after</p></article>\
                    <article>related</article><footer>f</footer></body></html>";
        assert_eq!(
            indexed_part(page).unwrap(),
            "<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><title>T</title></head><body>\
             <article data-pagefind-body><article>inner</article><p>after</p></article></body></html>"
        );
    }

    #[test]
    fn pages_without_a_closed_marked_element_are_indexed_whole() {
        assert_eq!(indexed_part("<html lang=\"en\"><body><p>plain</p></body></html>"), None);
        assert_eq!(
            indexed_part("<html lang=\"en\"><body><div data-pagefind-body><p>open</body></html>"),
            None
        );
        assert_eq!(element_len("<articles></article>", "article"), None);
    }
}
