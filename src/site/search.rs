//! The site search index, built with Pagefind's Rust API from the rendered pages: one index
//! per language (Pagefind splits by `<html lang>` and stems French and Arabic), served as
//! static files under `pagefind/` with no server and no external service.

use std::collections::BTreeMap;

use pagefind::api::PagefindIndex;
use pagefind::options::PagefindServiceConfig;
use rayon::prelude::*;

use crate::config::Search;
use crate::error::Diagnostic;
use crate::i18n::Lang;

use super::progress::{Counter, Progress, Stage};

mod page;

use page::Page;

/// Index files by output path.
type Bundle = Vec<(String, Vec<u8>)>;

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

/// The HTML pages of the language trees, and whether only those that mention the body marker
/// need indexing. Pages without it are left out when some page has it (Pagefind would parse
/// them only to drop them, and list pages are the largest), which leaves the index byte for
/// byte the same. A page without the marker's name in its bytes cannot carry it; whether a
/// page that names it does is read when it is indexed.
fn pages_to_index<'f>(files: &'f BTreeMap<String, Vec<u8>>, langs: &[Lang]) -> Vec<(&'f String, &'f Vec<u8>)> {
    files
        .iter()
        .filter(|(path, _)| path.ends_with(".html") && tree_lang(path, langs).is_some())
        .collect()
}

fn mentions_marker(html: &[u8]) -> bool {
    String::from_utf8_lossy(html).contains(BODY_MARKER)
}

/// The language whose tree holds `path` (`en/…`, `fr/…`, `ar/…`).
fn tree_lang(path: &str, langs: &[Lang]) -> Option<Lang> {
    let (first, _) = path.split_once('/')?;
    langs.iter().copied().find(|l| l.code() == first)
}

/// Indexes the HTML pages of the language trees; returns the index files by output path.
///
/// Each language gets its own Pagefind index, built in parallel: Pagefind indexes the pages
/// handed to one index one at a time, and its work per page grows with the pages already in it,
/// so three smaller indexes on all cores beat one large one on a single core. Pagefind keeps
/// languages apart anyway, so the bundles are merged into one `pagefind/` folder whose entry
/// file lists every language: the same files one index over all pages writes (the tests build
/// both and compare).
pub fn index(
    files: &BTreeMap<String, Vec<u8>>,
    langs: &[Lang],
    search: &Search,
    progress: &Progress,
) -> Result<Vec<(String, Vec<u8>)>, Diagnostic> {
    index_site(files, langs, search, true, progress)
}

fn index_site(
    files: &BTreeMap<String, Vec<u8>>,
    langs: &[Lang],
    search: &Search,
    per_language: bool,
    progress: &Progress,
) -> Result<Vec<(String, Vec<u8>)>, Diagnostic> {
    let pages = pages_to_index(files, langs);
    let named: Vec<_> = pages
        .iter()
        .copied()
        .filter(|(_, html)| mentions_marker(html))
        .collect();
    if !named.is_empty() {
        let (bundle, marked) = index_in_batches(named, langs, search, per_language, progress)?;
        if marked {
            return Ok(bundle);
        }
        // The marker was only ever mentioned in text: Pagefind indexes every page's body.
    }
    Ok(index_in_batches(pages, langs, search, per_language, progress)?.0)
}

/// The bundle of `pages`, and whether some page had a marked element.
fn index_in_batches(
    pages: Vec<(&String, &Vec<u8>)>,
    langs: &[Lang],
    search: &Search,
    per_language: bool,
    progress: &Progress,
) -> Result<(Bundle, bool), Diagnostic> {
    let counter = progress.counter(Stage::Index, pages.len());
    let batches: Vec<Vec<_>> = if per_language {
        langs
            .iter()
            .map(|&lang| {
                pages
                    .iter()
                    .copied()
                    .filter(|(path, _)| tree_lang(path, langs) == Some(lang))
                    .collect()
            })
            .collect()
    } else {
        vec![pages]
    };
    let bundles = batches
        .into_par_iter()
        .filter(|pages| !pages.is_empty())
        .map(|pages| index_pages(pages, langs, search, &counter))
        .collect::<Result<Vec<_>, _>>()?;
    let marked = bundles.iter().any(|(_, marked)| *marked);
    Ok((merge(bundles.into_iter().map(|(bundle, _)| bundle).collect())?, marked))
}

fn failed(e: &dyn std::fmt::Display) -> Diagnostic {
    Diagnostic::error(FOLDER, format!("building the search index failed: {e}"))
}

/// One Pagefind bundle holding `pages`, by output path, and whether some page had a marked
/// element.
fn index_pages(
    pages: Vec<(&String, &Vec<u8>)>,
    langs: &[Lang],
    search: &Search,
    counter: &Counter<'_>,
) -> Result<(Bundle, bool), Diagnostic> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| failed(&e))?;
    runtime.block_on(async {
        let config = PagefindServiceConfig::builder().build();
        let mut index = PagefindIndex::new(Some(config)).map_err(|e| failed(&e))?;
        let mut marked = false;
        for (path, html) in pages {
            let html = String::from_utf8_lossy(html);
            let groups = tree_lang(path, langs).map_or(&[][..], |lang| search.synonyms(lang));
            let page = Page::read(&html, !groups.is_empty());
            marked |= page.is_marked();
            let html = page.for_pagefind(&other_spellings(page.indexed_text(), groups));
            index
                .add_html_file(Some(path.clone()), None, html)
                .await
                .map_err(|e| Diagnostic::error(path, format!("search indexing failed: {e}")))?;
            counter.tick();
        }
        let output = index.get_files().await.map_err(|e| failed(&e))?;
        let bundle = output
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
            .collect();
        Ok((bundle, marked))
    })
}

/// A paragraph of the other spellings of each word of `groups` that `text` (a page's indexed
/// text) uses, so that a search for any spelling finds the page; empty when there are none.
/// Only Pagefind reads it: the published page is unchanged. Words are found as written inside
/// longer ones too (Arabic attaches prefixes: وبوينج, لبوينج).
fn other_spellings(text: &str, groups: &[Vec<String>]) -> String {
    let mut missing: Vec<&str> = Vec::new();
    for group in groups {
        if group.iter().any(|word| text.contains(word.as_str())) {
            missing.extend(group.iter().map(String::as_str).filter(|w| !text.contains(w)));
        }
    }
    if missing.is_empty() {
        return String::new();
    }
    format!("<p>{}</p>", crate::theme::escape_markup(&missing.join(" ")))
}

/// One bundle from the bundles of each language: their entry files merged, every other file
/// kept once. Files of the same name are Pagefind's own code and must be the same bytes.
fn merge(bundles: Vec<Vec<(String, Vec<u8>)>>) -> Result<Vec<(String, Vec<u8>)>, Diagnostic> {
    let mut files = BTreeMap::new();
    let mut entry: Option<serde_json::Value> = None;
    for (path, contents) in bundles.into_iter().flatten() {
        if path == ENTRY {
            let this: serde_json::Value = serde_json::from_slice(&contents).map_err(|e| failed(&e))?;
            match &mut entry {
                None => entry = Some(this),
                Some(merged) => {
                    let languages = this.get("languages").and_then(serde_json::Value::as_object);
                    let target = merged.get_mut("languages").and_then(serde_json::Value::as_object_mut);
                    let (Some(languages), Some(target)) = (languages, target) else {
                        return Err(failed(&"Pagefind's entry file has no `languages`"));
                    };
                    target.extend(languages.clone());
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

    /// A page of `lang` as the theme writes it: the article marked, navigation around it.
    fn page(lang: &str, title: &str, text: &str) -> Vec<u8> {
        format!(
            "<!DOCTYPE html><html lang=\"{lang}\"><head><title>{title}</title></head><body><nav><a href=\"/\">home</a></nav>\
             <article data-pagefind-body><h1>{title}</h1><p>{text}</p></article><footer>footer</footer></body></html>"
        )
        .into_bytes()
    }

    fn site(pages: Vec<(&str, Vec<u8>)>) -> BTreeMap<String, Vec<u8>> {
        pages.into_iter().map(|(path, html)| (path.to_owned(), html)).collect()
    }

    /// The number of pages in each language's index, in the order `ar`, `en`, `fr`.
    fn page_counts(bundle: &[(String, Vec<u8>)]) -> Vec<serde_json::Value> {
        let entry: serde_json::Value =
            serde_json::from_slice(&bundle.iter().find(|(p, _)| p == ENTRY).unwrap().1).unwrap();
        ["ar", "en", "fr"]
            .iter()
            .map(|l| entry["languages"][l]["page_count"].clone())
            .collect()
    }

    #[test]
    fn indexes_per_language_merge_into_the_bundle_one_index_writes() {
        let files = site(vec![
            (
                "en/articles/boeing/index.html",
                page("en", "Boeing order", "Kazakhstan orders Boeing aircraft."),
            ),
            ("en/index.html", b"<html lang=\"en\"><body>list</body></html>".to_vec()),
            (
                "fr/articles/boeing/index.html",
                page("fr", "Commande Boeing", "Le Kazakhstan commande des avions."),
            ),
            (
                "ar/articles/boeing/index.html",
                page("ar", "طلبية بوينج", "كازاخستان تطلب طائرات بوينج."),
            ),
            (
                "ar/articles/minerals/index.html",
                page("ar", "المعادن", "اتفاقية المعادن الحيوية."),
            ),
        ]);
        let progress = Progress::default();
        let langs = Lang::ALL;
        let one = index_site(&files, &langs, &Search::default(), false, &progress).unwrap();
        let split = index_site(&files, &langs, &Search::default(), true, &progress).unwrap();
        let names = |files: &[(String, Vec<u8>)]| files.iter().map(|(p, _)| p.clone()).collect::<Vec<_>>();
        assert_eq!(names(&split), names(&one));
        assert!(split == one, "the merged bundles differ from the single index");
        assert_eq!(page_counts(&split), [2, 1, 1]);
    }

    #[test]
    fn a_marker_only_mentioned_in_text_leaves_every_page_indexed() {
        // A theme without the marker, and an article that writes about it: Pagefind indexes
        // every page's body, so both pages are found.
        let files = site(vec![
            (
                "en/articles/search/index.html",
                b"<html lang=en><body><p>Mark the article with <code>data-pagefind-body</code>.</p></body></html>"
                    .to_vec(),
            ),
            (
                "en/articles/other/index.html",
                b"<html lang=en><body><p>Another article.</p></body></html>".to_vec(),
            ),
        ]);
        let bundle = index(&files, &Lang::ALL, &Search::default(), &Progress::default()).unwrap();
        assert_eq!(page_counts(&bundle)[1], 2);
    }

    /// What Pagefind is handed of `html` with the spellings of `groups`.
    fn handed(html: &str, groups: &[Vec<String>]) -> String {
        let page = Page::read(html, true);
        page.for_pagefind(&other_spellings(page.indexed_text(), groups))
    }

    // Regression: issue 19 ("بوينغ" found nothing where "بوينج" found three articles).
    #[test]
    fn declared_spellings_are_indexed_with_the_page_that_uses_one() {
        let groups = vec![
            vec!["بوينج".to_owned(), "بوينغ".to_owned()],
            vec!["x".to_owned(), "y".to_owned()],
        ];
        let page = "<html lang=\"ar\"><head><title>x y</title></head><body><nav>بوينغ</nav>\
                    <article data-pagefind-body><p>طائرات لبوينج</p></article></body></html>";
        assert_eq!(
            handed(page, &groups),
            "<!DOCTYPE html><html lang=\"ar\"><head><title>x y</title></head><body>\
             <article data-pagefind-body><p>طائرات لبوينج</p><p>بوينغ</p></article></body></html>"
        );
        // A page that uses no spelling of the word, or every one, is indexed as it is.
        let none = "<html lang=\"ar\"><body><p>قاطرات</p></body></html>";
        assert_eq!(handed(none, &groups), none);
        let both = "<html lang=\"ar\"><body><p>بوينج بوينغ</p></body></html>";
        assert_eq!(handed(both, &groups), both);
        // Without a marked element, the words go at the end of the body.
        let whole = "<html lang=\"ar\"><body><p>بوينغ</p></body></html>";
        assert_eq!(
            handed(whole, &groups),
            "<html lang=\"ar\"><body><p>بوينغ</p><p>بوينج</p></body></html>"
        );
    }
}
