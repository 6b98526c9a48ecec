//! What the theme's layout rests on that Rust decides (issue 19): the chart's order, lengths
//! and caption, the people page's groups and order, pages and links that exist only with data,
//! the 404 page's way on, the phone menu and the chooser's cards.

use crate::support::TestSite;

/// The part of `page` from the first `start` to the next `end` after it.
fn between<'a>(page: &'a str, start: &str, end: &str) -> &'a str {
    let from = page.find(start).unwrap_or_else(|| panic!("{start} in {page}"));
    let to = page[from..].find(end).unwrap_or_else(|| panic!("{end} after {start}")) + from;
    &page[from..to]
}

const PEOPLE: &str = r#"people:
  - id: zeta
    kind: organization
    name: {en: "Zeta Group", fr: "Zeta Groupe", ar: "مجموعة زيتا"}
    role: null
  - id: rubio
    kind: person
    name: {en: "Marco Rubio", fr: "Marco Rubio", ar: "ماركو روبيو"}
    role: {en: "Secretary of State", fr: "Secrétaire d'État", ar: "وزير الخارجية"}
    period: {en: "as the November report names him", fr: "selon l'article de novembre", ar: "بحسب تقرير نوفمبر"}
  - id: eclair
    kind: organization
    name: {en: "Eclair Fund", fr: "Éclair Fonds", ar: "صندوق إكلير"}
    role: null
  - id: tokayev
    kind: person
    name: {en: "Kassym-Jomart Tokayev", fr: "Kassym-Jomart Tokaïev", ar: "قاسم جومارت توكاييف"}
    role: {en: "President", fr: "Président", ar: "الرئيس"}
  - id: dune
    kind: organization
    name: {en: "Dune Bank", fr: "Dune Banque", ar: "بنك دون"}
    role: {en: "A bank", fr: "Une banque", ar: "مصرف"}
  - id: blinken
    kind: person
    name: {en: "Antony Blinken", fr: "Antony Blinken", ar: "أنتوني بلينكن"}
    role: {en: "Secretary of State", fr: "Secrétaire d'État", ar: "وزير الخارجية"}
"#;

// Regression (issue 19): 39 unsorted cards mixed people and organizations, and "Role not
// stated in the sources" stood on every card without a role.
#[test]
fn people_are_grouped_sorted_and_the_missing_role_said_once() {
    let site = TestSite::fixture("trilingual");
    site.write("content/data/people.yaml", PEOPLE).build();
    let page = site.file("fr/people/index.html");
    let people = between(&page, "id=people-person", "id=people-organization");
    let organizations = between(&page, "id=people-organization", "</section>");
    let order = |group: &str, ids: &[&str]| {
        let at: Vec<usize> = ids
            .iter()
            .map(|id| {
                group
                    .find(&format!("id={id}>"))
                    .unwrap_or_else(|| panic!("{id} in {group}"))
            })
            .collect();
        assert!(at.windows(2).all(|w| w[0] < w[1]), "{ids:?} in order in {group}");
    };
    // People by family name: Blinken, Rubio, Tokaïev (by first name Tokaïev would come second).
    order(people, &["blinken", "rubio", "tokayev"]);
    // Organizations by name, accents aside: Dune, Éclair, Zeta (É is not after Z).
    order(organizations, &["dune", "eclair", "zeta"]);
    let note = "Quand aucun rôle";
    assert_eq!(people.matches(note).count(), 0, "every person has a role");
    assert_eq!(
        organizations.matches(note).count(),
        1,
        "said once for two organizations"
    );
    assert!(
        people.contains("Secrétaire d’État <span class=person-period>(selon l’article de novembre)</span>")
            || people.contains("Secrétaire d'État <span class=person-period>(selon l'article de novembre)</span>"),
        "{people}"
    );
}

#[test]
fn a_period_is_shown_only_where_the_data_gives_one() {
    let site = TestSite::fixture("trilingual");
    site.write("content/data/people.yaml", PEOPLE).build();
    let page = site.file("en/people/index.html");
    assert_eq!(
        page.matches("class=person-period").count(),
        1,
        "only Rubio has a period"
    );
}

#[test]
fn the_chart_is_html_text_ranked_with_lengths_of_the_largest() {
    let site = TestSite::fixture("trilingual");
    site.build();
    let page = site.file("en/topics/deals/index.html");
    let chart = between(&page, "<ol class=chart>", "</ol>");
    assert!(!page.contains("<svg"), "labels are HTML text, not SVG text that scales");
    assert!(chart.find("Aircraft order").unwrap() < chart.find("Farm machinery").unwrap());
    // $7 billion is the longest bar; $3 to 5 billion is 3/7 solid and 2/7 range.
    assert!(chart.contains("class=chart-bar style=inline-size:100%"), "{chart}");
    assert!(chart.contains("class=chart-bar style=inline-size:42.9%"), "{chart}");
    assert!(chart.contains("class=chart-range style=inline-size:28.6%"), "{chart}");
    assert!(
        chart.contains("<span class=chart-value>$3 to 5 billion</span>"),
        "{chart}"
    );
    // The legend explains the range segment only when a bar has one.
    assert!(page.contains("class=chart-legend"));
}

// Regression (issue 19): no caption said what the chart shows and from which sources.
#[test]
fn the_chart_caption_names_what_is_counted_and_links_its_sources() {
    let site = TestSite::fixture("trilingual");
    let deals = std::fs::read_to_string(site.root.join("content/data/deals.yaml")).unwrap();
    // A third deal without a value: counted in "out of", not charted.
    let extra = "  - id: unvalued\n    name: {en: \"Grain\", fr: \"Céréales\", ar: \"حبوب\"}\n    parties: {en: [A], fr: [A], ar: [أ]}\n    sector: farming\n    value: null\n    date: null\n    status: announced\n    description: {en: \"Grain.\", fr: \"Céréales.\", ar: \"حبوب.\"}\n    sources: [accord]\n";
    site.write("content/data/deals.yaml", &format!("{}\n{extra}", deals.trim_end()))
        .build();
    let page = site.file("en/topics/deals/index.html");
    let caption = between(&page, "<figcaption>", "</figcaption>");
    assert!(caption.contains("the 2 deals with a value, out of 3"), "{caption}");
    assert!(caption.contains("Their sum is the total above"), "{caption}");
    // The caption's markers are the table's: the same number leads to the same article.
    for (n, article) in [(1, "en/articles/accord/"), (2, "en/articles/older/")] {
        let marker = between(caption, &format!("aria-label=\"{n}. "), "</a>");
        assert!(
            marker.contains(article) && marker.ends_with(&format!(">[{n}]")),
            "{marker}"
        );
    }
    assert!(!caption.contains("[3]"), "{caption}");
    assert!(
        !between(&page, "<ol class=chart>", "</ol>").contains("Grain"),
        "no bar without a value"
    );
}

#[test]
fn without_data_there_is_no_chart_table_people_or_timeline_link() {
    let site = TestSite::fixture("trilingual");
    site.write("content/data/deals.yaml", "sectors: {}\ndeals: []\n");
    site.remove("content/data/people.yaml");
    site.remove("content/data/timeline.yaml");
    site.build();
    let deals = site.file("en/topics/deals/index.html");
    for absent in ["class=chart", "deals-table", "id=deals-heading"] {
        assert!(!deals.contains(absent), "{absent} without deals");
    }
    assert!(!site.exists("en/people/index.html") && !site.exists("en/timeline/index.html"));
    let nav = between(&deals, "<nav aria-label=\"Main navigation\"", "</nav>");
    assert!(!nav.contains("people/") && !nav.contains("timeline/"), "{nav}");
}

// Regression (issue 19): the 404 page had no header, no search and no way on.
#[test]
fn the_404_page_has_a_header_and_each_languages_search_and_topics() {
    let site = TestSite::fixture("trilingual");
    site.build();
    let page = site.file("404.html");
    assert!(page.contains("<header class=site-header>"), "{page}");
    for (lang, deals, culture) in [
        ("en", "Deals", "Culture"),
        ("fr", "Accords", "Culture"),
        ("ar", "الصفقات", "الثقافة"),
    ] {
        let section = between(&page, &format!("id=not-found-{lang} "), "</section>");
        assert!(section.contains(&format!("action={lang}/search/")), "{lang}: {section}");
        assert!(
            section.contains(&format!("<a href={lang}/topics/deals/>{deals}</a>")),
            "{lang}: {section}"
        );
        assert!(
            section.contains(&format!("<a href={lang}/topics/culture/>{culture}</a>")),
            "{lang}: {section}"
        );
    }
}

// Regression (issue 19): on the root chooser only the title was a link.
#[test]
fn the_whole_chooser_card_is_one_link() {
    let site = TestSite::fixture("trilingual");
    site.build();
    let page = site.file("index.html");
    let card = between(&page, "<li data-script=Latn dir=ltr lang=fr>", "</li>");
    let link = between(card, "<a ", "</a>");
    assert!(
        link.contains("class=choice-title") && link.contains("class=choice-description>Chapeau"),
        "{card}"
    );
    assert!(!card.contains("<p>"), "nothing of the card outside the link: {card}");
}

// The phone menu is a <details>, so it opens without JavaScript; the switcher and the
// navigation are inside it, the search box outside, always in view.
#[test]
fn the_navigation_folds_into_a_details_menu() {
    let site = TestSite::fixture("trilingual");
    site.build();
    let page = site.file("ar/index.html");
    let header = between(&page, "<header class=site-header>", "</header>");
    let menu = between(header, "<details class=menu>", "</details>");
    assert!(menu.contains("<summary>القائمة</summary>"), "{menu}");
    assert!(
        menu.contains("class=switcher") && menu.contains("class=site-nav"),
        "{menu}"
    );
    assert!(
        !menu.contains("site-search") && header.contains("id=site-search"),
        "{header}"
    );
}
