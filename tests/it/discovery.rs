//! Feeds, sitemap, robots.txt and head metadata.

use crate::support::{TestSite, attribute_values, gunzip};

fn site_with_base_url() -> TestSite {
    let site = TestSite::fixture("trilingual");
    let config = std::fs::read_to_string(site.root.join("steppe.yaml")).unwrap();
    site.write(
        "steppe.yaml",
        &format!("{config}base_url: https://example.org/briefing/\n"),
    );
    site.build();
    site
}

#[test]
fn atom_feed_per_language_with_absolute_links() {
    let site = site_with_base_url();
    for lang in ["en", "fr", "ar"] {
        let xml = site.file(&format!("{lang}/feed.xml"));
        let doc = roxmltree::Document::parse(&xml).unwrap_or_else(|e| panic!("{lang}/feed.xml: {e}"));
        let feed = doc.root_element();
        assert_eq!(feed.tag_name().name(), "feed");
        assert_eq!(
            feed.attribute(("http://www.w3.org/XML/1998/namespace", "lang")),
            Some(lang)
        );
        let entries: Vec<_> = feed.children().filter(|n| n.has_tag_name("entry")).collect();
        assert!(!entries.is_empty(), "{lang}: no entries");
        for entry in &entries {
            let child = |name: &str| entry.children().find(|n| n.has_tag_name(name));
            let href = child("link").and_then(|l| l.attribute("href")).unwrap();
            assert!(
                href.starts_with(&format!("https://example.org/briefing/{lang}/articles/")),
                "{href}"
            );
            assert!(
                child("id").is_some() && child("updated").is_some(),
                "entries need id and updated"
            );
        }
    }
    let en = site.file("en/feed.xml");
    // Newest first; the undated article comes last and has no <published>.
    let order: Vec<_> = ["Aircraft order signed", "An older deal", "A deal of unknown date"]
        .iter()
        .map(|t| en.find(t).unwrap())
        .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]));
    assert!(en.contains("<published>2025-11-07T00:00:00Z</published>"));
    assert!(
        en.contains("<updated>2025-11-07T00:00:00Z</updated>"),
        "feed updated = newest article"
    );
}

#[test]
fn every_page_links_its_feed() {
    let site = site_with_base_url();
    for page in [
        "en/index.html",
        "fr/topics/deals/index.html",
        "ar/articles/accord/index.html",
    ] {
        let html = site.file(page);
        assert!(html.contains("type=application/atom+xml"), "{page}");
        let lang = &page[..2];
        assert!(
            attribute_values(&html, "href")
                .iter()
                .any(|h| h.ends_with(&format!("{lang}/feed.xml"))),
            "{page}"
        );
    }
}

#[test]
fn sitemap_lists_pages_with_hreflang_alternates() {
    let site = site_with_base_url();
    let xml = site.file("sitemap.xml");
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let urls: Vec<_> = doc
        .root_element()
        .children()
        .filter(|n| n.has_tag_name("url"))
        .collect();
    let loc = |u: &roxmltree::Node| {
        u.children()
            .find(|n| n.has_tag_name("loc"))
            .unwrap()
            .text()
            .unwrap()
            .to_owned()
    };
    let accord = urls
        .iter()
        .find(|u| loc(u) == "https://example.org/briefing/en/articles/accord/")
        .expect("article listed");
    let alternates: Vec<_> = accord
        .children()
        .filter(|n| n.has_tag_name("link"))
        .map(|n| {
            (
                n.attribute("hreflang").unwrap().to_owned(),
                n.attribute("href").unwrap().to_owned(),
            )
        })
        .collect();
    for lang in ["en", "fr", "ar"] {
        assert!(
            alternates.contains(&(
                lang.into(),
                format!("https://example.org/briefing/{lang}/articles/accord/")
            )),
            "{alternates:?}"
        );
    }
    assert!(
        alternates
            .iter()
            .any(|(l, h)| l == "x-default" && h.ends_with("/en/articles/accord/"))
    );
    assert!(!xml.contains("404.html"));
    assert!(
        site.file("robots.txt")
            .contains("Sitemap: https://example.org/briefing/sitemap.xml")
    );
}

#[test]
fn without_base_url_the_build_warns_and_still_works() {
    let site = TestSite::fixture("trilingual");
    let out = site.run(&["build"]);
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("warning: no base_url"), "{stderr}");
    assert!(!site.exists("sitemap.xml"));
    roxmltree::Document::parse(&site.file("en/feed.xml")).expect("feed is still valid XML");
}

#[test]
fn article_and_translation_point_at_each_other() {
    let site = site_with_base_url();
    let en = site.file("en/articles/accord/index.html");
    let fr = site.file("fr/articles/accord/index.html");
    for (page, own) in [(&en, "en"), (&fr, "fr")] {
        assert!(
            page.contains(&format!(
                "href=https://example.org/briefing/{own}/articles/accord/ rel=canonical"
            )),
            "{page}"
        );
        for lang in ["en", "fr", "ar"] {
            assert!(
                page.contains(&format!(
                    "href=https://example.org/briefing/{lang}/articles/accord/ hreflang={lang} rel=alternate"
                )),
                "{own} → {lang}"
            );
        }
        assert!(page.contains("hreflang=x-default"));
        assert!(page.contains("property=article:published_time"));
    }
    assert!(en.contains("content=en_US property=og:locale>"));
    assert!(en.contains("content=fr_FR property=og:locale:alternate"));
    let json = |page: &str| -> serde_json::Value {
        let start = page.find("application/ld+json>").unwrap() + "application/ld+json>".len();
        serde_json::from_str(&page[start..start + page[start..].find("</script>").unwrap()]).unwrap()
    };
    let (en_ld, fr_ld) = (json(&en), json(&fr));
    assert_eq!(en_ld["@type"], "NewsArticle");
    assert_eq!(en_ld["inLanguage"], "en");
    assert_eq!(en_ld["datePublished"], "2025-11-07");
    assert_eq!(en_ld["publisher"]["name"], "Example News");
    assert_eq!(fr_ld["translationOfWork"]["@id"], en_ld["@id"]);
    let translations: Vec<_> = en_ld["workTranslation"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["@id"].clone())
        .collect();
    assert!(translations.contains(&fr_ld["@id"]));
}

/// The text the search index holds for each English article, from Pagefind's fragments.
fn indexed_english_texts(site: &TestSite) -> Vec<String> {
    site.tree()
        .iter()
        .filter(|(path, _)| path.starts_with("pagefind/fragment/en_"))
        .map(|(path, bytes)| {
            let plain = gunzip(bytes).unwrap_or_else(|| panic!("{path} does not decompress"));
            // Pagefind puts a short signature before the JSON.
            let json = &plain[plain.iter().position(|&b| b == b'{').expect("a JSON object")..];
            let fragment: serde_json::Value = serde_json::from_slice(json).unwrap();
            fragment["content"].as_str().unwrap().to_owned()
        })
        .collect()
}

#[test]
fn search_indexes_what_an_article_says_not_the_page_labels() {
    let site = TestSite::fixture("trilingual");
    site.build();
    let texts = indexed_english_texts(&site);
    let accord = texts
        .iter()
        .find(|t| t.contains("Aircraft order signed"))
        .expect("the accord article is indexed");
    assert!(
        !accord.contains("Figures#"),
        "a heading's anchor sign is indexed: {accord}"
    );
    for wanted in ["The order is worth", "An order for Boeing", "Example News"] {
        assert!(accord.contains(wanted), "`{wanted}` is not searchable: {accord}");
    }
    // Every article carries these labels and notes; indexed, a search for "published",
    // "language" or "raw" would list every article, and excerpts would read "PublishedNov 7".
    for label in [
        "Published",
        "Language",
        "as retrieved from",
        "Original, written in",
        "Translated",
    ] {
        assert!(
            texts.iter().all(|t| !t.contains(label)),
            "`{label}` is indexed: {accord}"
        );
    }
}
