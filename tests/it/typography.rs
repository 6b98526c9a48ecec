//! Typography per language in built pages and feeds, and plural forms of decimal amounts.
//! Regression: issue 19.

use crate::support::{TestSite, article};

const NARROW: char = '\u{202F}';
const NBSP: char = '\u{A0}';

fn site() -> TestSite {
    let site = TestSite::fixture("trilingual");
    site.write(
        "content/articles/quote.fr.md",
        &article(
            "title: \"L'accord \\\"Nouveau Kazakhstan\\\" : quoi ?\"\nsummary: \"Le sommet d'Abraham.\"\ndate: 2025-11-08\ntopics: [deals]",
            "Il a dit : \"oui\" ; 80 % des 15 000 emplois. Voir `a = \"b\";` et https://example.org/?a=b:c.\n\nAir Astana vole.\n",
        ),
    );
    site.write(
        "content/articles/quote.en.md",
        &article(
            "title: \"Kazakhstan's \\\"new\\\" deal\"\nsummary: \"The States' role.\"\ndate: 2025-11-08\ntopics: [deals]",
            "He said \"yes\". Code: `it's \"raw\"`.\n",
        ),
    );
    let deals = std::fs::read_to_string(site.root.join("content/data/deals.yaml")).unwrap();
    site.write(
        "content/data/deals.yaml",
        &deals.replace(
            "{min: 7000000000, max: 7000000000}",
            "{min: 4200000000, max: 4200000000}",
        ),
    );
    site.build();
    site
}

#[test]
fn french_pages_get_no_break_spaces_guillemets_and_one_apostrophe() {
    let site = site();
    let page = site.file("fr/articles/quote/index.html");
    let title = format!("L’accord «{NARROW}Nouveau Kazakhstan{NARROW}»{NBSP}: quoi{NARROW}?");
    assert!(
        page.contains(&format!("<h1>{title}</h1>")) || page.contains(&format!("{title}</h1>")),
        "{page}"
    );
    assert!(page.contains("Le sommet d’Abraham."), "summary: {page}");
    let body = format!("Il a dit{NBSP}: «{NARROW}oui{NARROW}»{NARROW}; 80{NARROW}% des 15{NARROW}000 emplois.");
    assert!(page.contains(&body), "body: {page}");
    // Code and URLs are left as written.
    assert!(
        page.contains("a = &quot;b&quot;;") || page.contains("a = \"b\";"),
        "code: {page}"
    );
    assert!(page.contains("https://example.org/?a=b:c."), "url: {page}");
    let feed = site.file("fr/feed.xml");
    assert!(feed.contains(&format!("<title>{title}</title>")), "feed: {feed}");
    let article = &page[page.find("<article").unwrap()..page.find("</article>").unwrap()];
    for mark in [" :", " ;", " ?", " !", "« ", " »", "'"] {
        assert!(!article.contains(mark), "`{mark}` in the article: {article}");
    }
}

#[test]
fn english_titles_get_the_same_quotes_as_bodies() {
    let site = site();
    let page = site.file("en/articles/quote/index.html");
    assert!(page.contains("Kazakhstan’s “new” deal</h1>"), "{page}");
    assert!(page.contains("The States’ role."), "{page}");
    assert!(page.contains("He said “yes”."), "{page}");
    assert!(
        page.contains("it's &quot;raw&quot;") || page.contains("it's \"raw\""),
        "code: {page}"
    );
    assert!(
        site.file("en/feed.xml")
            .contains("<title>Kazakhstan’s “new” deal</title>")
    );
}

#[test]
fn labels_followed_by_a_colon_are_spaced_in_french() {
    let site = site();
    let deals = site.file("fr/topics/deals/index.html");
    assert!(
        deals.contains(&format!("Télécharger les données des accords{NBSP}: <a")),
        "{deals}"
    );
    assert!(
        site.file("en/topics/deals/index.html")
            .contains("Download the deals data: <a")
    );
    let people = site.file("fr/people/index.html");
    assert!(people.contains(&format!("Mentionné dans{NBSP}: <a")), "{people}");
}

#[test]
fn decimal_amounts_take_the_plural_of_the_number_as_written() {
    let site = site();
    let ar = site.file("ar/topics/deals/index.html");
    assert!(ar.contains("4.2 مليار دولار"), "{ar}");
    assert!(!ar.contains("4.2 مليارات"), "{ar}");
    let fr = site.file("fr/topics/deals/index.html");
    assert!(fr.contains("4,2 milliards de dollars"), "{fr}");
}

// Regression: issue 19 (meta descriptions and tooltips kept straight apostrophes and plain
// spaces before French punctuation while the page text had them set).
#[test]
fn attributes_readers_see_are_typeset_like_the_text() {
    let site = site();
    let page = site.file("fr/articles/quote/index.html");
    let descriptions = crate::support::attribute_values(&page, "content");
    assert!(
        descriptions.iter().any(|d| d == "Le sommet d’Abraham."),
        "meta description: {descriptions:?}"
    );
    assert!(
        !descriptions.iter().any(|d| d.contains("d'Abraham")),
        "{descriptions:?}"
    );
    // Addresses in attributes are left as written.
    assert!(attribute_free_of_typography(&page), "{page}");
}

/// No `href` or `src` of the page carries a typographic mark the pass would have set.
fn attribute_free_of_typography(page: &str) -> bool {
    ["href", "src"].iter().all(|name| {
        crate::support::attribute_values(page, name)
            .iter()
            .all(|v| !v.contains(['’', '«', '»', NARROW, NBSP]))
    })
}

#[test]
fn arabic_indic_digits_on_request_for_numbers_and_dates() {
    let site = site();
    let config = std::fs::read_to_string(site.root.join("steppe.yaml")).unwrap();
    site.write(
        "steppe.yaml",
        &config.replace(
            "{code: ar, name: العربية}",
            "{code: ar, name: العربية, numbering: arab}",
        ),
    );
    site.build();
    let deals = site.file("ar/topics/deals/index.html");
    assert!(deals.contains("٤٫٢ مليار دولار"), "{deals}");
    assert!(!deals.contains("4.2 مليار"), "{deals}");
    let article = site.file("ar/articles/accord/index.html");
    assert!(article.contains("نوفمبر ٢٠٢٥"), "{article}");
    // Latin digits stay where they were not asked for.
    assert!(
        site.file("fr/topics/deals/index.html")
            .contains("4,2 milliards de dollars")
    );
}

#[test]
fn the_search_page_says_why_it_finds_nothing_without_an_index() {
    let site = TestSite::fixture("trilingual");
    let out = site.run(&["build", "--no-search"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    for (lang, words) in [
        ("en", "The search index is not built in this preview"),
        ("fr", "L’index de recherche n’est pas construit"),
        ("ar", "لم يُبنَ فهرس البحث"),
    ] {
        let page = site.file(&format!("{lang}/search/index.html"));
        assert!(
            page.contains(words) && page.contains("steppe serve --search"),
            "{lang}: {page}"
        );
        assert!(!page.contains("pagefind-ui.js"), "{lang}: {page}");
    }
    site.build();
    assert!(!site.file("en/search/index.html").contains("search-off"));
}
