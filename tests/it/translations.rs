//! Translations that know when they are stale (issue 18): the hash a translation records of
//! its original's text, `steppe translations` (table and JSON), `check` and the page notice.

use crate::support::TestSite;

const FR: &str = "content/articles/accord.fr.md";
const EN: &str = "content/articles/accord.en.md";

fn stdout(site: &TestSite, args: &[&str]) -> String {
    let out = site.run(args);
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// `lang → status` of the article `key` in `steppe translations --json`.
fn statuses(site: &TestSite, key: &str) -> Vec<(String, String)> {
    let rows: serde_json::Value = serde_json::from_str(&stdout(site, &["translations", "--json"])).unwrap();
    let row = rows.as_array().unwrap().iter().find(|r| r["article"] == key).unwrap();
    row["versions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| {
            (
                v["lang"].as_str().unwrap().to_owned(),
                v["status"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
}

fn stale_warnings(site: &TestSite) -> Vec<String> {
    let out = site.run(&["check"]);
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .filter(|l| l.contains("stale"))
        .map(str::to_owned)
        .collect()
}

fn edit(site: &TestSite, path: &str, from: &str, to: &str) {
    let text = std::fs::read_to_string(site.root.join(path)).unwrap();
    assert!(text.contains(from), "{path} has no {from:?}");
    site.write(path, &text.replace(from, to));
}

#[test]
fn the_status_table_names_every_article_in_every_language() {
    let site = TestSite::fixture("translations");
    // A translation that records no hash cannot be known to be current.
    assert_eq!(
        statuses(&site, "accord"),
        pairs(&[("en", "original"), ("fr", "unknown"), ("ar", "unknown")])
    );
    assert_eq!(
        statuses(&site, "solo"),
        pairs(&[("en", "original"), ("fr", "missing"), ("ar", "missing")])
    );
    let table = stdout(&site, &["translations"]);
    let lines: Vec<&str> = table.lines().collect();
    assert_eq!(
        lines[0].split_whitespace().collect::<Vec<_>>(),
        ["article", "en", "fr", "ar"]
    );
    assert_eq!(
        lines[1].split_whitespace().collect::<Vec<_>>(),
        ["accord", "original", "unknown", "unknown"]
    );
    assert_eq!(
        lines[2].split_whitespace().collect::<Vec<_>>(),
        ["solo", "original", "missing", "missing"]
    );
}

#[test]
fn marking_current_rewrites_only_the_translated_from_line() {
    let site = TestSite::fixture("translations");
    let before = std::fs::read_to_string(site.root.join(FR)).unwrap();
    let out = site.run(&["translations", "--mark-current", FR]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let after = std::fs::read_to_string(site.root.join(FR)).unwrap();
    let changed: Vec<(&str, &str)> = before.lines().zip(after.lines()).filter(|(a, b)| a != b).collect();
    assert_eq!(changed.len(), 1, "{after}");
    assert_eq!(changed[0].0, "translated_from: en");
    assert!(
        changed[0].1.starts_with("translated_from: {lang: en, hash: \""),
        "{}",
        changed[0].1
    );
    assert_eq!(before.lines().count(), after.lines().count());
    assert_eq!(statuses(&site, "accord")[1], ("fr".into(), "current".into()));
    // An original is not a translation: refused, file untouched.
    let refused = site.run(&["translations", "--mark-current", EN]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("accord.en.md: not a translation"));
}

#[test]
fn an_edited_original_makes_its_translation_stale_until_marked_current() {
    let site = TestSite::fixture("translations");
    site.run(&["translations", "--mark-current", FR]);
    assert!(stale_warnings(&site).is_empty());
    site.build();
    assert!(!site.file("fr/articles/accord/index.html").contains("stale-notice"));

    // Dates and other front matter are not the text a translator translates.
    edit(&site, EN, "date: 2025-11-07", "date: 2025-11-06");
    assert_eq!(statuses(&site, "accord")[1].1, "current");
    edit(&site, EN, "the wire reported.", "the wire reported on Friday.");
    assert_eq!(statuses(&site, "accord")[1].1, "stale");
    let warnings = stale_warnings(&site);
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(
        warnings[0].starts_with("content/articles/accord.fr.md: warning: the translation is stale: its original content/articles/accord.en.md changed"),
        "{warnings:?}"
    );
    site.build();
    let page = site.file("fr/articles/accord/index.html");
    let notice = &page[page.find("stale-notice").expect("the French page says it is stale")..];
    let notice = &notice[..notice.find("</p>").unwrap()];
    assert!(
        notice.contains("L’original anglais a changé depuis que cette traduction a été faite"),
        "{notice}"
    );
    assert!(notice.contains("href=../../../en/articles/accord/"), "{notice}");
    // The Arabic translation records no hash: not known to be stale, so no notice.
    assert!(!site.file("ar/articles/accord/index.html").contains("stale-notice"));

    site.run(&["translations", "--mark-current", FR]);
    assert_eq!(statuses(&site, "accord")[1].1, "current");
    assert!(stale_warnings(&site).is_empty());
    site.build();
    assert!(!site.file("fr/articles/accord/index.html").contains("stale-notice"));
}

#[test]
fn new_from_records_the_original_it_was_made_from() {
    let site = TestSite::fixture("translations");
    let out = site.run(&["new", "solo", "--lang", "fr", "--from", "en"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let status = statuses(&site, "solo");
    assert_eq!(status[1], ("fr".into(), "current".into()));
    let table = stdout(&site, &["translations"]);
    assert!(table.contains("current (draft)"), "{table}");
}
