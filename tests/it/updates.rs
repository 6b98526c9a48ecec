//! Corrections and updates (issue 18): `updates` in front matter, shown on the article, listed
//! on a corrections page per language, in JSON-LD `dateModified` and the feed's `updated`.

use crate::support::TestSite;

const UPDATE_EN: &str = "updates:\n- date: 2026-11-30\n  note: \"Corrected the day of the announcement.\"\n---";
const UPDATE_FR: &str = "updates:\n- date: 2026-11-30\n  note: \"Jour de l’annonce corrigé.\"\n---";

fn add_update(site: &TestSite, path: &str, block: &str) {
    let text = std::fs::read_to_string(site.root.join(path)).unwrap();
    // The closing `---` of the front matter is the second one in the file.
    let at = text[3..].find("\n---").unwrap() + 4;
    site.write(path, &format!("{}{block}{}", &text[..at], &text[at + 3..]));
}

fn updated_site() -> TestSite {
    let site = TestSite::fixture("translations");
    add_update(&site, "content/articles/accord.en.md", UPDATE_EN);
    add_update(&site, "content/articles/accord.fr.md", UPDATE_FR);
    site.build();
    site
}

#[test]
fn an_article_shows_its_updates_and_says_when_it_was_modified() {
    let site = updated_site();
    let page = site.file("en/articles/accord/index.html");
    let section = &page[page.find("Updates and corrections").expect("the updates section")..];
    assert!(
        section.contains("30 November 2026</time>") && section.contains("Corrected the day of the announcement."),
        "{section}"
    );
    assert!(page.contains(r#""dateModified":"2026-11-30""#), "JSON-LD");
    assert!(page.contains("article:modified_time"));
    let fr = site.file("fr/articles/accord/index.html");
    assert!(fr.contains("Mises à jour et corrections") && fr.contains("30 novembre 2026</time>"));
    // An article without updates claims no modification.
    let solo = site.file("en/articles/solo/index.html");
    assert!(!solo.contains("dateModified") && !solo.contains("Updates and corrections"));
}

#[test]
fn the_feed_entry_is_updated_by_the_latest_update() {
    let site = updated_site();
    let feed = site.file("en/feed.xml");
    let entry = feed.split("<entry>").find(|e| e.contains("joins the accords")).unwrap();
    assert!(entry.contains("<updated>2026-11-30T00:00:00Z</updated>"), "{entry}");
    assert!(entry.contains("<published>2025-11-07T00:00:00Z</published>"), "{entry}");
    let solo = feed.split("<entry>").find(|e| e.contains("one language")).unwrap();
    assert!(solo.contains("<updated>2025-11-06T00:00:00Z</updated>"), "{solo}");
}

#[test]
fn a_corrections_page_lists_updates_and_exists_only_where_there_are_some() {
    let plain = TestSite::fixture("translations");
    plain.build();
    assert!(!plain.exists("en/corrections/index.html"));
    assert!(!plain.file("en/index.html").contains("corrections/"));

    let site = updated_site();
    let page = site.file("en/corrections/index.html");
    assert!(page.contains("<h1>Corrections and updates</h1>"), "{page}");
    assert!(
        page.contains("href=../../en/articles/accord/>Kazakhstan joins the accords</a>"),
        "{page}"
    );
    assert!(page.contains("Corrected the day of the announcement."));
    assert!(
        site.file("en/index.html")
            .contains("corrections/>Corrections and updates</a>")
    );
    assert!(site.exists("fr/corrections/index.html"));
    // No Arabic article has an update: no page, and no link to one.
    assert!(!site.exists("ar/corrections/index.html"));
    assert!(!site.file("ar/index.html").contains("corrections/"));
}

#[test]
fn an_update_without_a_note_points_at_its_line() {
    let site = TestSite::fixture("translations");
    add_update(
        &site,
        "content/articles/solo.en.md",
        "updates:\n- date: 2026-11-30\n  note: \" \"\n---",
    );
    let err = site.build_fails();
    assert!(
        err.contains("content/articles/solo.en.md:7:3: an update needs a `note` saying what changed"),
        "{err}"
    );
}

#[test]
fn check_warns_of_a_correction_the_translation_lacks() {
    let site = TestSite::fixture("translations");
    add_update(&site, "content/articles/accord.en.md", UPDATE_EN);
    let out = site.run(&["check"]);
    let report = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        report.contains("accord.fr.md")
            && report.contains("records updates on 2026-11-30 that this translation does not"),
        "{report}"
    );
    assert!(report.contains("accord.ar.md"), "{report}");
    add_update(&site, "content/articles/accord.fr.md", UPDATE_FR);
    add_update(
        &site,
        "content/articles/accord.ar.md",
        "updates:\n- date: 2026-11-30\n  note: \"صُحّح يوم الإعلان.\"\n---",
    );
    let out = site.run(&["check"]);
    let report = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(!report.contains("that this translation does not"), "{report}");
}
