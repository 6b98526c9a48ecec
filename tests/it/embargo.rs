//! Embargoes (issue 18): an article whose `publish_at` is still to come is in no output (page,
//! listings, counts, feeds, sitemap, search, data, translations' links) until then, and `check`
//! lists it. SOURCE_DATE_EPOCH stands in for the clock.

use std::process::{Command, Output};

use crate::support::TestSite;

/// 2026-12-05 08:59:00 and 09:01:00 in Asia/Almaty (UTC+5).
const BEFORE: &str = "1796443140";
const AFTER: &str = "1796443260";
const TITLE: &str = "Embargoed headline";

fn site() -> TestSite {
    let site = TestSite::fixture("translations");
    let config = std::fs::read_to_string(site.root.join("steppe.yaml")).unwrap();
    site.write("steppe.yaml", &format!("{config}timezone: Asia/Almaty\n"));
    site.write(
        "content/articles/later.en.md",
        &format!("---\ntitle: \"{TITLE}\"\ndate: 2026-12-05\nsummary: \"Not before nine.\"\ntopics: [deals]\npublish_at: 2026-12-05 09:00\n---\n\nThe embargoed text.\n"),
    );
    // A translation with no `publish_at` of its own waits for its original.
    site.write(
        "content/articles/later.fr.md",
        "---\ntitle: \"Titre sous embargo\"\ndate: 2026-12-05\nsummary: \"Pas avant neuf heures.\"\ntopics: [deals]\ntranslated_from: en\n---\n\nLe texte sous embargo.\n",
    );
    site.write(
        "content/data/timeline.yaml",
        "events:\n  - date: 2025-11-07\n    topics: [deals]\n    title: {en: \"Accord reported\", fr: \"Accord signalé\", ar: \"الإعلان عن الاتفاق\"}\n    sources: [accord]\n  - date: 2026-12-05\n    topics: [deals]\n    title: {en: \"Embargoed event\", fr: \"Événement sous embargo\", ar: \"حدث محظور\"}\n    sources: [later]\n",
    );
    site
}

fn run_at(site: &TestSite, epoch: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_steppe"))
        .args(args)
        .current_dir(&site.root)
        .env("SOURCE_DATE_EPOCH", epoch)
        .output()
        .unwrap()
}

fn build_at(site: &TestSite, epoch: &str) {
    let out = run_at(site, epoch, &["build", "--base-url", "https://example.org/b"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
}

/// Output files whose bytes mention `needle` (search fragments are compressed: unpacked first).
fn mentions(site: &TestSite, needle: &str) -> Vec<String> {
    site.tree()
        .into_iter()
        .filter(|(_, bytes)| {
            let plain = crate::support::gunzip(bytes).unwrap_or_else(|| bytes.clone());
            String::from_utf8_lossy(&plain).contains(needle)
        })
        .map(|(path, _)| path)
        .collect()
}

#[test]
fn an_embargoed_article_is_in_no_output_until_its_time() {
    let site = site();
    build_at(&site, BEFORE);
    for needle in [
        TITLE,
        "Titre sous embargo",
        "articles/later",
        "Embargoed event",
        "embargoed text",
    ] {
        assert_eq!(mentions(&site, needle), Vec::<String>::new(), "{needle} leaked");
    }
    assert!(site.file("en/timeline/index.html").contains("Accord reported"));
    assert!(site.file("en/index.html").contains("Kazakhstan joins the accords"));

    build_at(&site, AFTER);
    assert!(site.file("en/articles/later/index.html").contains(TITLE));
    assert!(site.file("fr/articles/later/index.html").contains("Titre sous embargo"));
    assert!(site.file("en/feed.xml").contains(TITLE));
    assert!(site.file("sitemap.xml").contains("en/articles/later/"));
    assert!(site.file("en/timeline/index.html").contains("Embargoed event"));
    assert!(site.file("en/topics/deals/index.html").contains(TITLE));
    assert!(
        !mentions(&site, "embargoed text").iter().all(|p| p.ends_with(".html")),
        "search indexes it"
    );
}

#[test]
fn check_lists_what_is_scheduled() {
    let site = site();
    let out = run_at(&site, BEFORE, &["check"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("content/articles/later.en.md: scheduled: withheld until 2026-12-05 09:00 (Asia/Almaty)"),
        "{stdout}"
    );
    assert!(
        stdout.contains("content/articles/later.fr.md: scheduled: withheld until 2026-12-05 09:00 (Asia/Almaty), with its original content/articles/later.en.md"),
        "{stdout}"
    );
    // Not a future-date error: the article's date is the day it will be published.
    assert!(out.status.success(), "{stdout}");
    let after = run_at(&site, AFTER, &["check"]);
    assert!(!String::from_utf8_lossy(&after.stdout).contains("scheduled"));
}

#[test]
fn a_bad_publish_time_points_at_its_line() {
    let site = TestSite::fixture("translations");
    site.write(
        "content/articles/later.en.md",
        "---\ntitle: \"T\"\npublish_at: 2026-12-05 9am\n---\n\nText.\n",
    );
    let err = site.build_fails();
    assert!(
        err.contains("content/articles/later.en.md:3:1: `publish_at: 2026-12-05 9am` is not a date and time"),
        "{err}"
    );
}

/// The preview reads the clock at every rebuild, and rebuilds by itself when an embargo ends:
/// an editor watching `steppe serve` sees the article appear on time, with no file touched.
#[test]
fn the_preview_releases_an_article_when_its_time_comes() {
    let site = TestSite::fixture("translations");
    // Whole seconds, as `publish_at` gives them.
    let release = jiff::Timestamp::from_second(jiff::Timestamp::now().as_second() + 4).unwrap();
    let at = jiff::tz::TimeZone::UTC
        .to_datetime(release)
        .strftime("%Y-%m-%dT%H:%M:%S");
    site.write(
        "content/articles/later.en.md",
        &format!("---\ntitle: \"{TITLE}\"\ndate: 2026-12-05\nsummary: \"Soon.\"\ntopics: [deals]\npublish_at: {at}\n---\n\nThe embargoed text.\n"),
    );
    let server = crate::serve::Server::start_in(&site.root, &[]);
    // Asked every 200 ms: not found while the embargo holds, then found soon after it ends.
    let deadline = release + jiff::SignedDuration::from_secs(5);
    let page = loop {
        let asked = jiff::Timestamp::now();
        let page = server.get("/en/articles/later/");
        if page.status == 200 {
            assert!(asked >= release, "shown before its time");
            break page;
        }
        assert_eq!(page.status, 404);
        assert!(asked < deadline, "not released 5 s after its time");
        std::thread::sleep(std::time::Duration::from_millis(200));
    };
    assert!(String::from_utf8_lossy(&page.body).contains(TITLE));
}
