//! Links by file (issue 17): `[x](other.fr.md)`, `[x](other.md)`, `[x](other.md#part)` and
//! `[x](#part)` resolve at build time to the page in the right language; one that leads
//! nowhere fails the build at the markdown file, line and column.

use crate::support::TestSite;

fn article(key_lang: &str, body: &str) -> (String, String) {
    (
        format!("content/articles/{key_lang}.md"),
        format!("---\ntitle: {key_lang}\ndate: 2025-11-07\nsummary: S.\ntopics: [deals]\n---\n\n{body}"),
    )
}

fn site(body: &str) -> TestSite {
    let site = TestSite::empty();
    for (path, text) in [
        article("talks.en", "## Second round\n\nText.\n"),
        article("talks.fr", "## Deuxième tour\n\nTexte.\n"),
        article("deal.en", body),
    ] {
        site.write(&path, &text);
    }
    site.write("content/pages/about.en.md", "---\ntitle: About\n---\n\nAbout.\n");
    site
}

#[test]
fn links_by_file_resolve_to_the_page_in_the_right_language() {
    let site = site(
        "## Own part\n\nSee [the talks](talks.md), [en français](talks.fr.md), \
         [round two](talks.en.md#second-round), [le tour](talks.fr.md#deuxième-tour), \
         [about](about.md) and [above](#own-part).\n",
    );
    site.build();
    let html = site.file("en/articles/deal/index.html");
    for href in [
        "href=../../../en/articles/talks/>",
        "href=../../../fr/articles/talks/>",
        "href=../../../en/articles/talks/#second-round>",
        "href=../../../fr/articles/talks/#deuxi%C3%A8me-tour>",
        "href=../../../en/about/>",
        "href=#own-part>",
    ] {
        assert!(html.contains(href), "{href} in {html}");
    }
}

#[test]
fn a_link_to_a_missing_file_fails_the_build_at_its_line() {
    let site = site("Intro.\n\nSee [the deal](nowhere.md) here.\n");
    let err = site.build_fails();
    // Front matter is 6 lines, then a blank line: the body's third line is line 10.
    assert!(
        err.contains(
            "content/articles/deal.en.md:10:5: link to `nowhere.md`: there is no article, page or topic `nowhere`"
        ),
        "{err}"
    );
}

#[test]
fn a_missing_language_version_or_anchor_fails_the_build() {
    let err = site("See [it](talks.ar.md).\n").build_fails();
    assert!(
        err.contains("deal.en.md:8:5: link to `talks.ar.md`: `talks` has no version in `ar`"),
        "{err}"
    );
    let err = site("See [it](talks.md#third-round).\n").build_fails();
    assert!(
        err.contains("that page has no heading with the id `third-round`"),
        "{err}"
    );
    let err = site("See [it](#nowhere).\n").build_fails();
    assert!(err.contains("link to `#nowhere`: this page has no heading"), "{err}");
}

#[test]
fn a_version_can_have_its_own_slug_and_its_old_one_redirects() {
    let site = site("See [the talks](talks.fr.md).\n");
    site.write(
        "content/articles/talks.fr.md",
        "---\ntitle: Les entretiens d'Astana\nslug: les-entretiens\naliases: [talks]\nsummary: S.\ntopics: [deals]\n---\n\n## Deuxième tour\n",
    );
    site.build();
    assert!(site.exists("fr/articles/les-entretiens/index.html"));
    // The link by file, the switcher and hreflang all lead to the new URL.
    assert!(
        site.file("en/articles/deal/index.html")
            .contains("href=../../../fr/articles/les-entretiens/>")
    );
    let english = site.file("en/articles/talks/index.html");
    assert!(
        english.contains("href=../../../fr/articles/les-entretiens/ hreflang=fr"),
        "{english}"
    );
    // The old URL is a redirect page that names the new one.
    let old = site.file("fr/articles/talks/index.html");
    assert!(old.contains("url=../../../fr/articles/les-entretiens/"), "{old}");
    assert!(old.contains("rel=canonical"), "{old}");
    // Its title is set as the page's is, with the French apostrophe.
    assert!(old.contains("Les entretiens d’Astana"), "{old}");
    assert!(!site.file("fr/feed.xml").contains("fr/articles/talks/"));
}

#[test]
fn a_slug_in_the_versions_own_script_is_its_url_everywhere() {
    let site = site("See [بالعربية](talks.ar.md).\n");
    site.write(
        "content/articles/talks.ar.md",
        "---\ntitle: المحادثات\nslug: المحادثات-الثنائية\naliases: [talks]\nsummary: م.\ntopics: [deals]\n---\n\nنص.\n",
    );
    let out = site.run(&["build", "--base-url", "https://example.org/b"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(site.exists("ar/articles/المحادثات-الثنائية/index.html"));
    let english = site.file("en/articles/deal/index.html");
    // Links by file are percent-encoded, as pulldown-cmark writes every href.
    let encoded = "ar/articles/%D8%A7%D9%84%D9%85%D8%AD%D8%A7%D8%AF%D8%AB%D8%A7%D8%AA-%D8%A7%D9%84%D8%AB%D9%86%D8%A7%D8%A6%D9%8A%D8%A9/";
    assert!(english.contains(&format!("href=../../../{encoded}>")), "{english}");
    // Sitemaps take URIs: the slug goes in percent-encoded there.
    let sitemap = site.file("sitemap.xml");
    assert!(
        sitemap.contains(&format!("https://example.org/b/{encoded}")),
        "{sitemap}"
    );
    assert!(!sitemap.contains("المحادثات"), "{sitemap}");
    assert!(
        site.file("ar/articles/talks/index.html")
            .contains("المحادثات-الثنائية/")
    );
    // `check` follows the Unicode links to their files.
    let check = site.run(&["check"]);
    let report = String::from_utf8_lossy(&check.stderr);
    assert!(check.status.success() && report.contains(" 0 errors"), "{report}");
}

#[test]
fn two_versions_with_one_url_fail_the_build() {
    let site = site("Text.\n");
    site.write(
        "content/articles/talks.fr.md",
        "---\ntitle: T\nslug: deal\nsummary: S.\ntopics: [deals]\n---\n\nX.\n",
    );
    site.write(
        "content/articles/deal.fr.md",
        "---\ntitle: D\nsummary: S.\ntopics: [deals]\n---\n\nX.\n",
    );
    let err = site.build_fails();
    assert!(err.contains("fr/articles/deal/index.html is also the page of"), "{err}");
    let site = self::site("Text.\n");
    site.write(
        "content/articles/talks.fr.md",
        "---\ntitle: T\nslug: Les Entretiens\nsummary: S.\n---\n\nX.\n",
    );
    assert!(
        site.build_fails()
            .contains("talks.fr.md:3:1: slug `Les Entretiens` must be lowercase")
    );
}

/// A link the author wrote as a plain URL, not by file, that leads nowhere: `check` names the
/// markdown file, line and column, and the built page only in passing.
#[test]
fn check_reports_a_written_link_at_its_markdown_line() {
    let site = site("Intro.\n\nSee [the old page](../nowhere/) here.\n");
    let out = site.run(&["check"]);
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(!out.status.success());
    assert!(
        report.contains("content/articles/deal.en.md:10:20: broken link ../nowhere/")
            && report.contains("(on en/articles/deal/index.html)"),
        "{report}"
    );
}
