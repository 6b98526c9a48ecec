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

/// The HTML pages of the language trees that Pagefind would index. Pages without the body
/// marker are left out when some page has it (Pagefind would parse them only to drop them,
/// and list pages are the largest), which leaves the index byte for byte the same.
fn pages_to_index<'f>(files: &'f BTreeMap<String, Vec<u8>>, langs: &[Lang]) -> Vec<(&'f String, &'f Vec<u8>)> {
    let pages: Vec<_> = files
        .iter()
        .filter(|(path, _)| path.ends_with(".html") && tree_lang(path, langs).is_some())
        .collect();
    let has_marker = |html: &[u8]| String::from_utf8_lossy(html).contains(BODY_MARKER);
    let marked: Vec<_> = pages.iter().copied().filter(|(_, html)| has_marker(html)).collect();
    if marked.is_empty() { pages } else { marked }
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
    index_in_batches(pages_to_index(files, langs), langs, search, true, progress)
}

fn index_in_batches(
    pages: Vec<(&String, &Vec<u8>)>,
    langs: &[Lang],
    search: &Search,
    per_language: bool,
    progress: &Progress,
) -> Result<Vec<(String, Vec<u8>)>, Diagnostic> {
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
    merge(bundles)
}

fn failed(e: &dyn std::fmt::Display) -> Diagnostic {
    Diagnostic::error(FOLDER, format!("building the search index failed: {e}"))
}

/// One Pagefind bundle holding `pages`, by output path.
fn index_pages(
    pages: Vec<(&String, &Vec<u8>)>,
    langs: &[Lang],
    search: &Search,
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
            let groups = tree_lang(path, langs).map_or(&[][..], |lang| search.synonyms(lang));
            let html = with_spellings(html, groups);
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
    if html[start..marker].contains('>') {
        return None; // the first mention is text, not an attribute
    }
    let name_len = html[start + 1..].find(|c: char| c.is_ascii_whitespace() || c == '>')?;
    let name = &html[start + 1..start + 1 + name_len];
    let end = start + element_len(&html[start..], name)?;
    if html[end..].contains(BODY_MARKER) {
        return None; // more than one marked element: Pagefind reads them all
    }
    Some(format!(
        "<!DOCTYPE html>{html_tag}<head>{}</head><body>{}</body></html>",
        title.unwrap_or_default(),
        &html[start..end]
    ))
}

/// `html` with, at the end of its indexed part, the other spellings of each word of `groups`
/// that the page uses, so that a search for any spelling finds it. Only Pagefind reads this
/// copy: the published page is unchanged. Words are found as written inside longer ones too
/// (Arabic attaches prefixes: وبوينج, لبوينج).
fn with_spellings(html: String, groups: &[Vec<String>]) -> String {
    // Most languages declare no variants: do not copy the page's text for nothing.
    if groups.is_empty() {
        return html;
    }
    let text = visible_text(&html);
    let mut missing: Vec<&str> = Vec::new();
    for group in groups {
        if group.iter().any(|word| text.contains(word.as_str())) {
            missing.extend(group.iter().map(String::as_str).filter(|w| !text.contains(w)));
        }
    }
    if missing.is_empty() {
        return html;
    }
    let Some(body_end) = html.rfind("</body>") else {
        return html;
    };
    // Inside the marked element when there is one, since Pagefind reads nothing outside it.
    let at = if html.contains(BODY_MARKER) {
        html[..body_end].rfind("</").unwrap_or(body_end)
    } else {
        body_end
    };
    let words = crate::theme::escape_markup(&missing.join(" "));
    format!("{}<p>{words}</p>{}", &html[..at], &html[at..])
}

/// The text of the body of `html`, tags dropped (entities kept: the words looked for are
/// letters, which the renderer does not escape).
fn visible_text(html: &str) -> String {
    let body = html.find("<body").map_or(html, |at| &html[at..]);
    let mut text = String::with_capacity(body.len());
    let mut in_tag = false;
    for c in body.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                text.push(' ');
            }
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    text
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

    /// A page of `lang` as the theme writes it: the article marked, navigation around it.
    fn page(lang: &str, title: &str, text: &str) -> Vec<u8> {
        format!(
            "<!DOCTYPE html><html lang=\"{lang}\"><head><title>{title}</title></head><body><nav><a href=\"/\">home</a></nav>\
             <article data-pagefind-body><h1>{title}</h1><p>{text}</p></article><footer>footer</footer></body></html>"
        )
        .into_bytes()
    }

    #[test]
    fn indexes_per_language_merge_into_the_bundle_one_index_writes() {
        let files: BTreeMap<String, Vec<u8>> = [
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
        ]
        .into_iter()
        .map(|(path, html)| (path.to_owned(), html))
        .collect();
        let progress = Progress::default();
        let langs = Lang::ALL;
        let one = index_in_batches(
            pages_to_index(&files, &langs),
            &langs,
            &Search::default(),
            false,
            &progress,
        )
        .unwrap();
        let split = index_in_batches(
            pages_to_index(&files, &langs),
            &langs,
            &Search::default(),
            true,
            &progress,
        )
        .unwrap();
        let names = |files: &[(String, Vec<u8>)]| files.iter().map(|(p, _)| p.clone()).collect::<Vec<_>>();
        assert_eq!(names(&split), names(&one));
        assert!(split == one, "the merged bundles differ from the single index");
        let entry: serde_json::Value =
            serde_json::from_slice(&split.iter().find(|(p, _)| p == ENTRY).unwrap().1).unwrap();
        let pages: Vec<_> = ["ar", "en", "fr"]
            .iter()
            .map(|l| entry["languages"][l]["page_count"].clone())
            .collect();
        assert_eq!(pages, [2, 1, 1], "{entry}");
    }

    // Regression: issue 19 ("بوينغ" found nothing where "بوينج" found three articles).
    #[test]
    fn declared_spellings_are_indexed_with_the_page_that_uses_one() {
        let groups = vec![
            vec!["بوينج".to_owned(), "بوينغ".to_owned()],
            vec!["x".to_owned(), "y".to_owned()],
        ];
        let page = "<html lang=\"ar\"><body><article data-pagefind-body><p>طائرات لبوينج</p></article></body></html>";
        assert_eq!(
            with_spellings(page.to_owned(), &groups),
            "<html lang=\"ar\"><body><article data-pagefind-body><p>طائرات لبوينج</p><p>بوينغ</p></article></body></html>"
        );
        // A page that uses no spelling of the word, or every one, is indexed as it is.
        let none = "<html lang=\"ar\"><body><p>قاطرات</p></body></html>";
        assert_eq!(with_spellings(none.to_owned(), &groups), none);
        let both = "<html lang=\"ar\"><body><p>بوينج بوينغ</p></body></html>";
        assert_eq!(with_spellings(both.to_owned(), &groups), both);
        // Without a marked element, the words go at the end of the body.
        let whole = "<html lang=\"ar\"><body><p>بوينغ</p></body></html>";
        assert_eq!(
            with_spellings(whole.to_owned(), &groups),
            "<html lang=\"ar\"><body><p>بوينغ</p><p>بوينج</p></body></html>"
        );
    }

    #[test]
    fn pages_without_one_closed_marked_element_are_indexed_whole() {
        assert_eq!(indexed_part("<html lang=\"en\"><body><p>plain</p></body></html>"), None);
        assert_eq!(
            indexed_part("<html lang=\"en\"><body><div data-pagefind-body><p>open</body></html>"),
            None
        );
        assert_eq!(element_len("<articles></article>", "article"), None);
        let two =
            "<html lang=\"en\"><body><div data-pagefind-body>a</div><div data-pagefind-body>b</div></body></html>";
        assert_eq!(indexed_part(two), None);
        let mentioned = "<html lang=\"en\"><body><p>the data-pagefind-body attribute</p></body></html>";
        assert_eq!(indexed_part(mentioned), None);
    }
}
