//! What changed between two builds, as the browser needs to know it: nothing, stylesheets only
//! (swapped in place), or anything else (a full reload).
//!
//! Stylesheets have content-hashed names, so a CSS edit also changes every page that links it.
//! A change counts as CSS-only when stylesheets changed and every other changed file is a page
//! that differs by nothing but the renamed stylesheets, or one of a few pages that changed
//! otherwise (the 404 page inlines its CSS): those pages reload, the others swap.

use std::collections::BTreeMap;

use rayon::prelude::*;
use serde::Serialize;

use crate::site::Preview;
use crate::site::preview::Files;

/// One stylesheet to swap: its old and new path in the site (equal when the name has no hash).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CssSwap {
    pub old: String,
    pub new: String,
}

#[derive(Debug, PartialEq, Eq)]
pub enum Change {
    None,
    /// Swap these stylesheets; pages showing one of `reload` (site paths) reload instead.
    CssOnly {
        swaps: Vec<CssSwap>,
        reload: Vec<String>,
    },
    Full,
}

/// Past this many pages that changed beyond their stylesheet links, everything reloads.
const MAX_PAGES_TO_RELOAD: usize = 20;

/// Compares two previews by what open pages can show: pages added or removed mean a full
/// reload; otherwise the files that are not pages and the pages ready in both are compared. A
/// page that was served is ready in the old preview, and the serve loop renders it in the new
/// one before comparing, so every page open in a browser is compared.
pub fn between(old: &Preview, new: &Preview) -> Change {
    if !old.same_pages(new) {
        return Change::Full;
    }
    let (mut old_files, mut new_files) = (old.ready_files(), new.ready_files());
    old_files.retain(|path, _| !new.is_page(path) || new_files.contains_key(path));
    new_files.retain(|path, _| !new.is_page(path) || old_files.contains_key(path));
    classify(&old_files, &new_files)
}

/// Compares two sets of files. Comparisons run in parallel: on a large site this is ~all the pages.
pub fn classify(old: &Files, new: &Files) -> Change {
    let removed: Vec<&str> = old
        .keys()
        .filter(|p| !new.contains_key(*p))
        .map(String::as_str)
        .collect();
    let added: Vec<&str> = new
        .keys()
        .filter(|p| !old.contains_key(*p))
        .map(String::as_str)
        .collect();
    let modified: Vec<&str> = new
        .par_iter()
        .filter(|(path, bytes)| old.get(*path).is_some_and(|before| before != *bytes))
        .map(|(path, _)| path.as_str())
        .collect();
    if removed.is_empty() && added.is_empty() && modified.is_empty() {
        return Change::None;
    }
    let Some(mut swaps) = pair_renamed_stylesheets(&removed, &added) else {
        return Change::Full;
    };
    let (css, others): (Vec<&str>, Vec<&str>) = modified.into_iter().partition(|p| is_css(p));
    swaps.extend(css.into_iter().map(|p| CssSwap {
        old: p.to_owned(),
        new: p.to_owned(),
    }));
    let reload = changed_beyond_renames(old, new, &others, &swaps);
    let few_pages = reload.len() <= MAX_PAGES_TO_RELOAD && reload.iter().all(|p| p.ends_with(".html"));
    if swaps.is_empty() || !few_pages {
        return Change::Full;
    }
    Change::CssOnly { swaps, reload }
}

/// The files among `paths` whose change is more than the renamed stylesheets, sorted.
fn changed_beyond_renames(old: &Files, new: &Files, paths: &[&str], swaps: &[CssSwap]) -> Vec<String> {
    let renames: Vec<(String, String)> = swaps.iter().map(|s| (file_name(&s.old), file_name(&s.new))).collect();
    let mut changed: Vec<String> = paths
        .par_iter()
        .filter(|path| {
            let before = String::from_utf8_lossy(&old[**path]);
            let after = String::from_utf8_lossy(&new[**path]);
            let renamed = renames
                .iter()
                .fold(before.into_owned(), |text, (from, to)| text.replace(from, to));
            renamed != after
        })
        .map(|path| (*path).to_owned())
        .collect();
    changed.sort();
    changed
}

/// Pairs each removed stylesheet with the added one of the same name but another hash; `None`
/// when something other than a stylesheet came or went, or a stylesheet has no partner.
fn pair_renamed_stylesheets(removed: &[&str], added: &[&str]) -> Option<Vec<CssSwap>> {
    if removed.len() != added.len() || !removed.iter().chain(added).all(|p| is_css(p)) {
        return None;
    }
    let added_by_name: BTreeMap<String, &str> = added.iter().map(|p| (without_hash(p), *p)).collect();
    removed
        .iter()
        .map(|old| {
            let new = added_by_name.get(&without_hash(old))?;
            Some(CssSwap {
                old: (*old).to_owned(),
                new: (*new).to_owned(),
            })
        })
        .collect()
}

fn is_css(path: &str) -> bool {
    path.ends_with(".css")
}

fn file_name(path: &str) -> String {
    path.rsplit('/').next().unwrap_or(path).to_owned()
}

/// `assets/style.1a2b3c4d5e.css` → `assets/style.css`: drops a hex segment before the extension.
fn without_hash(path: &str) -> String {
    let mut parts: Vec<&str> = path.rsplitn(3, '.').collect();
    parts.reverse();
    match parts.as_slice() {
        [stem, hash, ext] if hash.len() >= 8 && hash.chars().all(|c| c.is_ascii_hexdigit()) => format!("{stem}.{ext}"),
        _ => path.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;

    fn site(files: &[(&str, &str)]) -> Files {
        files
            .iter()
            .map(|(path, text)| (path.to_string(), Arc::from(text.as_bytes())))
            .collect()
    }

    fn swap(old: &str, new: &str) -> CssSwap {
        CssSwap {
            old: old.into(),
            new: new.into(),
        }
    }

    const OLD_CSS: &str = "assets/style.aaaaaaaaaa.css";
    const NEW_CSS: &str = "assets/style.bbbbbbbbbb.css";
    const PAGE_A: &str = r#"<link rel="stylesheet" href="../assets/style.aaaaaaaaaa.css"><p>Hi</p>"#;
    const PAGE_B: &str = r#"<link rel="stylesheet" href="../assets/style.bbbbbbbbbb.css"><p>Hi</p>"#;

    #[test]
    fn identical_builds_change_nothing() {
        let a = site(&[("en/index.html", PAGE_A), (OLD_CSS, "p{}")]);
        assert_eq!(classify(&a, &a.clone()), Change::None);
    }

    #[test]
    fn a_renamed_stylesheet_and_its_links_are_a_css_change() {
        let a = site(&[("en/index.html", PAGE_A), (OLD_CSS, "p{}")]);
        let b = site(&[("en/index.html", PAGE_B), (NEW_CSS, "p{color:red}")]);
        let expected = Change::CssOnly {
            swaps: vec![swap(OLD_CSS, NEW_CSS)],
            reload: Vec::new(),
        };
        assert_eq!(classify(&a, &b), expected);
    }

    #[test]
    fn a_stylesheet_without_hash_is_swapped_under_its_name() {
        let a = site(&[("en/index.html", "x"), ("extra.css", "p{}")]);
        let b = site(&[("en/index.html", "x"), ("extra.css", "p{color:red}")]);
        let expected = Change::CssOnly {
            swaps: vec![swap("extra.css", "extra.css")],
            reload: Vec::new(),
        };
        assert_eq!(classify(&a, &b), expected);
    }

    #[test]
    fn a_page_that_inlines_css_reloads_while_the_others_swap() {
        let a = site(&[
            ("en/index.html", PAGE_A),
            ("404.html", "<style>p{}</style>"),
            (OLD_CSS, "p{}"),
        ]);
        let b = site(&[
            ("en/index.html", PAGE_B),
            ("404.html", "<style>b{}</style>"),
            (NEW_CSS, "b{}"),
        ]);
        let expected = Change::CssOnly {
            swaps: vec![swap(OLD_CSS, NEW_CSS)],
            reload: vec!["404.html".into()],
        };
        assert_eq!(classify(&a, &b), expected);
    }

    #[test]
    fn any_other_change_is_a_full_reload() {
        let a = site(&[("en/index.html", PAGE_A), (OLD_CSS, "p{}")]);
        let text = site(&[("en/index.html", &PAGE_A.replace("Hi", "Ho")), (OLD_CSS, "p{}")]);
        assert_eq!(classify(&a, &text), Change::Full);
        let deleted = site(&[(OLD_CSS, "p{}")]);
        assert_eq!(classify(&a, &deleted), Change::Full);
        let js = site(&[("en/index.html", PAGE_A), (OLD_CSS, "p{}"), ("a.js", "")]);
        assert_eq!(classify(&a, &js), Change::Full);
        let mut many_before = a.clone();
        let mut many_after = site(&[("en/index.html", PAGE_A), (OLD_CSS, "b{}")]);
        for i in 0..=MAX_PAGES_TO_RELOAD {
            many_before.insert(format!("{i}.html"), Arc::from(&b"x"[..]));
            many_after.insert(format!("{i}.html"), Arc::from(&b"y"[..]));
        }
        assert_eq!(
            classify(&many_before, &many_after),
            Change::Full,
            "too many pages changed"
        );
    }
}
