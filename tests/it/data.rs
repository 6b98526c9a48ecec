//! The briefing's data: deals table, totals and chart, timeline, people, key figures, downloads.

use crate::support::TestSite;

#[test]
fn deals_page_shows_table_totals_and_chart_in_each_language() {
    let site = TestSite::fixture("trilingual");
    site.build();
    let en = site.file("en/topics/deals/index.html");
    assert!(en.contains("$10 to 12 billion"), "total as a range");
    assert!(en.contains("$7 billion") && en.contains("$3 to 5 billion"));
    assert!(en.contains("<table class=\"deals-table sortable\">") || en.contains("class=\"deals-table sortable\""));
    assert_eq!(
        en.matches("class=chart-bar").count() + en.matches("class=\"chart-bar\"").count(),
        2,
        "one bar per valued deal"
    );
    let fr = site.file("fr/topics/deals/index.html");
    assert!(fr.contains("10 à 12 milliards de dollars"));
    assert!(fr.contains("7 milliards de dollars"));
    let ar = site.file("ar/topics/deals/index.html");
    assert!(ar.contains("7 مليارات دولار"), "Arabic money");
    assert!(ar.contains("3 إلى 5 مليارات دولار"));
    // Rows link to their sources in the reader's language.
    assert!(fr.contains("href=../../../fr/articles/accord/"), "French source link");
    // The article with no French version is linked in its original language.
    assert!(fr.contains("href=../../../en/articles/older/"));
}

#[test]
fn key_figures_are_computed_from_the_data() {
    let site = TestSite::fixture("trilingual");
    site.build();
    let home = site.file("en/index.html");
    assert!(home.contains("$10 to 12 billion"));
    let deals = std::fs::read_to_string(site.root.join("content/data/deals.yaml")).unwrap();
    site.write(
        "content/data/deals.yaml",
        &deals.replace("max: 5000000000", "max: 6000000000"),
    );
    site.build();
    assert!(
        site.file("en/index.html").contains("$10 to 13 billion"),
        "figures follow the data"
    );
}

#[test]
fn downloads_parse_and_match_the_yaml() {
    let site = TestSite::fixture("trilingual");
    site.build();
    let json: serde_json::Value = serde_json::from_str(&site.file("data/deals.json")).unwrap();
    let deals = json["deals"].as_array().unwrap();
    assert_eq!(deals.len(), 2);
    assert_eq!(deals[1]["value"]["max"], 5_000_000_000u64);
    assert_eq!(deals[0]["name"]["ar"], "طلبية طائرات");
    let csv = site.file("data/deals.csv");
    let rows: Vec<&str> = csv.lines().collect();
    assert_eq!(rows.len(), 3, "header and two deals");
    assert!(rows[0].starts_with("id,name_en,name_fr,name_ar"));
    assert!(rows[1].starts_with("aircraft,Aircraft order,Commande d'avions,طلبية طائرات"));
    assert!(rows[2].contains(",3000000000,5000000000,"));
    assert!(site.file("en/topics/deals/index.html").contains("data/deals.csv"));
}

#[test]
fn timeline_per_language_and_filtered_on_topic_pages() {
    let site = TestSite::fixture("trilingual");
    site.build();
    let timeline = site.file("fr/timeline/index.html");
    let (early, late) = (
        timeline.find("Un événement ancien").unwrap(),
        timeline.find("La commande est annoncée").unwrap(),
    );
    assert!(early < late, "oldest first");
    assert!(timeline.contains("7 novembre 2025"));
    assert!(
        site.file("en/topics/deals/index.html")
            .contains("The order is announced")
    );
    assert!(
        !site
            .file("en/topics/culture/index.html")
            .contains("The order is announced")
    );
}

#[test]
fn people_page_and_article_links_to_names() {
    let site = TestSite::fixture("trilingual");
    site.build();
    let people = site.file("ar/people/index.html");
    assert!(people.contains("id=air-astana"));
    assert!(people.contains("الناقل الوطني"));
    assert!(
        people.contains("href=../../ar/articles/accord/"),
        "mentioned in the Arabic article"
    );
    let article = site.file("ar/articles/accord/index.html");
    assert!(
        article.contains("href=../../../ar/people/#air-astana"),
        "the article links the name"
    );
}

fn data_error(file: &str, text: &str) -> String {
    let site = TestSite::fixture("trilingual");
    site.write(file, text);
    site.build_fails()
}

#[test]
fn data_errors_point_at_file_and_line() {
    let deals =
        std::fs::read_to_string(crate::support::repo().join("tests/fixtures/sites/trilingual/content/data/deals.yaml"))
            .unwrap();
    let err = data_error(
        "content/data/deals.yaml",
        &deals.replace("sources: [accord, older]", "sources: [accord, nowhere]"),
    );
    assert!(
        err.contains("content/data/deals.yaml:22:1: `machinery` cites `nowhere`"),
        "{err}"
    );
    let err = data_error("content/data/deals.yaml", &deals.replace("fr: \"Une commande.\", ", ""));
    assert!(
        err.contains("content/data/deals.yaml:12:1: deals[0].description: missing fr (every language of the site needs a value: en, fr, ar)"),
        "{err}"
    );
    let err = data_error(
        "content/data/deals.yaml",
        &deals.replace("max: 5000000000", "max: lots"),
    );
    assert!(err.contains("content/data/deals.yaml:18:"), "{err}");
    let err = data_error(
        "content/data/timeline.yaml",
        "events:\n  - date: \"2025-13\"\n    topics: [deals]\n    title: {en: a, fr: b, ar: c}\n    sources: [accord]\n",
    );
    assert!(
        err.contains("content/data/timeline.yaml:2:11: events[0].date: `2025-13` is not a date"),
        "{err}"
    );
}

// Regression (issue 19): bars came in file order; the chart now reads as a ranking.
#[test]
fn chart_bars_are_sorted_by_value() {
    let site = TestSite::fixture("trilingual");
    let path = site.root.join("content/data/deals.yaml");
    let deals = std::fs::read_to_string(&path).unwrap();
    let extra = "  - id: rail\n    name: {en: \"Rail order\", fr: \"Commande ferroviaire\", ar: \"طلبية قطارات\"}\n    parties: {en: [Wabtec], fr: [Wabtec], ar: [وابتك]}\n    sector: aviation\n    value: {min: 9000000000, max: 9000000000}\n    date: null\n    status: announced\n    description: {en: \"Rail.\", fr: \"Rail.\", ar: \"قطارات.\"}\n    sources: [accord]\n";
    std::fs::write(&path, format!("{}\n{extra}", deals.trim_end())).unwrap();
    site.build();
    let page = site.file("en/topics/deals/index.html");
    let chart = &page[page.find("<ol class=chart>").unwrap()..];
    let chart = &chart[..chart.find("</ol>").unwrap()];
    let at = |label: &str| chart.find(label).unwrap_or_else(|| panic!("{label} in {chart}"));
    assert!(at("Rail order") < at("Aircraft order"), "9 billion before 7");
    assert!(at("Aircraft order") < at("Farm machinery"), "7 billion before 3 to 5");
}
