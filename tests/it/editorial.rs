//! The editorial record (issue 18): dates with their basis and precision, facts that rest on
//! machine-generated pages only, computed totals, and honest metadata.

use crate::support::TestSite;

fn built() -> TestSite {
    let site = TestSite::fixture("editorial");
    site.build();
    site
}

/// The `<tr>` of one deal.
fn deal_row(page: &str, id: &str) -> String {
    let start = page
        .find(&format!("id=deal-{id}"))
        .unwrap_or_else(|| panic!("no row {id}"));
    let end = page[start..].find("</tr>").unwrap() + start;
    page[start..end].to_owned()
}

#[test]
fn a_report_dated_fact_says_reported_in_three_languages() {
    let site = built();
    let cases = [
        ("en", "reported 7 November 2025"),
        ("fr", "signalé le 7 novembre 2025"),
        ("ar", "ورد في تقرير نُشر في 7 نوفمبر 2025"),
    ];
    for (lang, text) in cases {
        let deals = site.file(&format!("{lang}/topics/deals/index.html"));
        assert!(deal_row(&deals, "aircraft").contains(text), "{lang} deals row: {text}");
        let timeline = site.file(&format!("{lang}/timeline/index.html"));
        assert!(timeline.contains(text), "{lang} timeline: {text}");
    }
}

#[test]
fn months_and_years_keep_their_precision_in_three_languages() {
    let site = built();
    let cases = [("en", "November 2025"), ("fr", "novembre 2025"), ("ar", "نوفمبر 2025")];
    for (lang, month) in cases {
        let timeline = site.file(&format!("{lang}/timeline/index.html"));
        assert!(
            timeline.contains(&format!("<time datetime=2025-11>{month}</time>")),
            "{lang}"
        );
        assert!(timeline.contains("<time datetime=2020>2020</time>"), "{lang}");
        // Oldest first, and a month before the days in it.
        let (year, month_at, day) = (
            timeline.find("datetime=2020>").unwrap(),
            timeline.find("datetime=2025-11>").unwrap(),
            timeline.find("datetime=2025-11-07>").unwrap(),
        );
        assert!(year < month_at && month_at < day, "{lang}: events in order");
    }
}

#[test]
fn an_estimated_article_date_says_so_and_is_not_latest() {
    let site = built();
    let page = site.file("en/articles/earlier/index.html");
    assert!(
        page.contains("<time datetime=2022>about 2022</time>"),
        "estimate shown as such"
    );
    assert!(
        page.contains("estimated by the briefing: the page gives no date"),
        "with its reason"
    );
    let home = site.file("en/index.html");
    let latest = home.find("Latest articles").unwrap();
    let undated = home.find("Articles without an exact date").unwrap();
    let at = |title: &str| home.find(title).unwrap_or_else(|| panic!("{title} on home"));
    assert!(latest < at("Order reported") && at("Order reported") < undated);
    assert!(
        at("Talks of an earlier year") > undated,
        "an estimate is not among the latest"
    );
    assert!(at("A generated analysis") > undated);
    // Its JSON-LD claims no publication day.
    assert!(!page.contains("datePublished"), "no exact date in metadata");
}

#[test]
fn a_fact_sourced_only_by_a_generated_page_carries_the_marker_and_legend() {
    let site = built();
    let deals = site.file("en/topics/deals/index.html");
    let marker = "class=generated-mark";
    assert!(
        deal_row(&deals, "tungsten").contains(marker),
        "generated-only deal is marked"
    );
    assert!(!deal_row(&deals, "aircraft").contains(marker), "a reported deal is not");
    assert_eq!(
        deals[deals.find("<ol class=chart>").unwrap()..]
            .split("</ol>")
            .next()
            .unwrap()
            .matches(marker)
            .count(),
        1,
        "one chart bar marked"
    );
    assert!(deals.contains("id=generated-legend"), "legend on the page");
    let timeline = site.file("en/timeline/index.html");
    let claim = timeline.find("A generated claim").unwrap();
    assert!(timeline[claim..].split("</li>").next().unwrap().contains(marker));
    let report = timeline.find("The order is reported").unwrap();
    assert!(!timeline[report..].split("</li>").next().unwrap().contains(marker));
    let people = site.file("en/people/index.html");
    let kennedy = people.find("id=kennedy-center").unwrap();
    assert!(people[kennedy..].split("</li>").next().unwrap().contains(marker));
    let astana = people.find("id=air-astana").unwrap();
    assert!(!people[astana..].split("</li>").next().unwrap().contains(marker));
    for (lang, legend) in [
        ("en", "rests only on a page presenting itself as machine-generated"),
        ("fr", "ne repose que sur une page se présentant comme générée"),
        ("ar", "لا يستند إلا إلى صفحة تقدّم نفسها على أنها مولَّدة آليًا"),
    ] {
        let page = site.file(&format!("{lang}/timeline/index.html"));
        assert!(page.contains(legend), "{lang} legend");
    }
    // Listing cards badge the generated article.
    let home = site.file("en/index.html");
    let card = home.find("A generated analysis").unwrap();
    assert!(
        home[card..]
            .split("</li>")
            .next()
            .unwrap()
            .contains("Machine-generated article")
    );
}

#[test]
fn totals_say_they_are_computed_on_the_deals_page_and_the_home_page() {
    let site = built();
    let computed = "computed by this briefing: the sum of the 2 deals whose value a source gives, out of 3";
    for page in ["en/index.html", "en/topics/deals/index.html"] {
        let html = site.file(page);
        assert!(html.contains("$8 to 9 billion"), "{page}: the total");
        assert!(html.contains(computed), "{page}: says it is computed");
    }
    // French typography puts a no-break space before the colon.
    let fr = site.file("fr/index.html");
    assert!(
        fr.contains("calculée par ce dossier\u{a0}: somme des 2 accords dont une source donne la valeur, sur 3"),
        "{fr}"
    );
    assert!(site.file("ar/index.html").contains("حسبه هذا الموجز"));
}

#[test]
fn generated_pages_are_not_news_and_translations_name_the_briefing() {
    let site = built();
    let machine = site.file("en/articles/machine/index.html");
    assert!(
        machine.contains("\"@type\":\"CreativeWork\""),
        "generated text is no NewsArticle"
    );
    assert!(!machine.contains("NewsArticle"));
    let original = site.file("en/articles/report/index.html");
    assert!(original.contains("\"publisher\":{\"@type\":\"Organization\",\"name\":\"Example Wire\"}"));
    let french = site.file("fr/articles/report/index.html");
    let ld = french
        .split("application/ld+json>")
        .nth(1)
        .unwrap()
        .split("</script>")
        .next()
        .unwrap();
    let json: serde_json::Value = serde_json::from_str(ld).unwrap();
    assert_eq!(
        json["publisher"]["name"], "Dossier",
        "the briefing publishes its translation"
    );
    assert_eq!(json["translator"]["name"], "Dossier");
    assert_eq!(json["translationOfWork"]["publisher"]["name"], "Example Wire");
}

#[test]
fn provenance_names_the_publication_not_the_raw_file() {
    let site = built();
    let page = site.file("en/articles/report/index.html");
    assert!(page.contains("as retrieved from Example Wire"));
    assert!(!page.contains("001.txt"), "no internal file name for readers");
}

#[test]
fn a_date_must_come_from_the_facts_own_sources() {
    let site = TestSite::fixture("editorial");
    let deals = std::fs::read_to_string(site.root.join("content/data/deals.yaml")).unwrap();
    site.write(
        "content/data/deals.yaml",
        &deals.replace("basis: reported, source: report}", "basis: reported, source: machine}"),
    );
    let err = site.build_fails();
    assert!(
        err.contains("content/data/deals.yaml:") && err.contains("takes its date from `machine`"),
        "{err}"
    );
}

#[test]
fn bad_dates_point_at_file_and_line() {
    let site = TestSite::fixture("editorial");
    let timeline = std::fs::read_to_string(site.root.join("content/data/timeline.yaml")).unwrap();
    site.write(
        "content/data/timeline.yaml",
        &timeline.replace(
            "basis: reported, source: report}",
            "basis: reported, source: report, by: x}",
        ),
    );
    let err = site.build_fails();
    assert!(err.contains("content/data/timeline.yaml:2:"), "{err}");
    assert!(err.contains("unknown field `by`"), "{err}");
    site.write("content/data/timeline.yaml", &timeline);
    site.write(
        "content/articles/earlier.en.md",
        "---\ntitle: T\ndate:\n  on: 2022\n  basis: estimated\n---\n\nText.\n",
    );
    let err = site.build_fails();
    assert!(err.contains("content/articles/earlier.en.md:"), "{err}");
    assert!(err.contains("needs a `note`"), "{err}");
}

#[test]
fn a_topic_introduction_lists_and_marks_what_it_cites() {
    let site = built();
    let page = site.file("en/topics/deals/index.html");
    let cites = page.find("This introduction cites").expect("citations listed");
    let line = page[cites..].split("</p>").next().unwrap();
    assert!(
        line.contains("A generated analysis") && line.contains("Order reported"),
        "{line}"
    );
    assert_eq!(
        line.matches("class=generated-mark").count(),
        1,
        "only the generated one is marked"
    );
    site.write(
        "content/topics/deals.en.md",
        "---\nsources: [machine, nowhere]\n---\nText.\n",
    );
    let err = site.build_fails();
    assert!(
        err.contains("content/topics/deals.en.md:2:1: `sources` names `nowhere`"),
        "{err}"
    );
}

#[test]
fn a_feed_entry_is_updated_when_the_briefing_added_the_article() {
    let site = TestSite::fixture("editorial");
    let earlier = std::fs::read_to_string(site.root.join("content/articles/earlier.en.md")).unwrap();
    site.write(
        "content/articles/earlier.en.md",
        &earlier.replace("summary: \"Earlier.\"", "summary: \"Earlier.\"\nadded: 2026-11-25"),
    );
    site.build();
    let feed = site.file("en/feed.xml");
    let entry = feed
        .split("<entry>")
        .find(|e| e.contains("Talks of an earlier year"))
        .unwrap();
    assert!(entry.contains("<updated>2026-11-25T00:00:00Z</updated>"), "{entry}");
    assert!(!entry.contains("<published>"), "an estimate is no publication time");
    let report = feed.split("<entry>").find(|e| e.contains("Order reported")).unwrap();
    assert!(
        report.contains("<updated>2025-11-07T00:00:00Z</updated>"),
        "its own date, not another's"
    );
}
