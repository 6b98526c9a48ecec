//! `steppe build`: language trees, switcher, lists, links, i18n, highlighting, errors, output.

use crate::support::{TestSite, article, attribute_values, html_tag, resolve, tree};

fn html_pages(site: &TestSite) -> Vec<(String, String)> {
    site.tree()
        .into_iter()
        .filter(|(p, _)| p.ends_with(".html"))
        .map(|(p, b)| (p, String::from_utf8(b).unwrap()))
        .collect()
}

#[test]
fn every_page_has_lang_and_dir_and_arabic_is_rtl() {
    let site = TestSite::fixture("trilingual");
    site.build();
    for (path, page) in html_pages(&site) {
        let tag = html_tag(&page);
        let expected = match path.split('/').next().unwrap() {
            "ar" => "dir=rtl lang=ar",
            "fr" => "dir=ltr lang=fr",
            _ => "dir=ltr lang=en",
        };
        assert!(tag.contains(expected), "{path}: {tag}");
    }
}

#[test]
fn switcher_leads_to_translations_or_says_there_is_none() {
    let site = TestSite::fixture("trilingual");
    site.build();
    let page = site.file("en/articles/undated/index.html");
    let links = attribute_values(&page, "href");
    assert!(links.contains(&"../../../fr/articles/undated/".to_owned()), "{links:?}");
    // No Arabic version: the switcher leads to the Arabic home and says so.
    assert!(links.contains(&"../../../ar/".to_owned()), "{links:?}");
    assert!(page.contains("not translated yet"), "{page}");
    let ar = site.file("ar/articles/accord/index.html");
    assert!(attribute_values(&ar, "href").contains(&"../../../en/articles/accord/".to_owned()));
}

#[test]
fn articles_say_which_language_is_the_original() {
    let site = TestSite::fixture("trilingual");
    site.build();
    assert!(
        site.file("en/articles/accord/index.html")
            .contains("Original, written in English")
    );
    let fr = site.file("fr/articles/accord/index.html");
    assert!(fr.contains("Traduit de l’anglais"), "{fr}");
    assert!(fr.contains("Lire l’original"));
    assert!(
        site.file("ar/articles/accord/index.html")
            .contains("ترجمه الموجز عن الإنجليزية")
    );
}

#[test]
fn topic_lists_newest_first_and_undated_last() {
    let site = TestSite::fixture("trilingual");
    site.build();
    let page = site.file("en/topics/deals/index.html");
    let positions: Vec<usize> = ["Aircraft order signed", "An older deal", "A deal of unknown date"]
        .iter()
        .map(|t| page.find(t).unwrap_or_else(|| panic!("{t} missing")))
        .collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]), "{positions:?}");
    assert!(page.contains("Date unknown"));
    assert!(page.contains("Introduction to deals (en)."));
    assert!(site.file("fr/topics/deals/index.html").contains("Date inconnue"));
}

#[test]
fn dates_are_formatted_per_locale() {
    let site = TestSite::fixture("trilingual");
    site.build();
    assert!(site.file("en/articles/accord/index.html").contains("7 November 2025"));
    assert!(site.file("fr/articles/accord/index.html").contains("7 novembre 2025"));
    assert!(site.file("ar/articles/accord/index.html").contains("7 نوفمبر 2025"));
}

#[test]
fn plural_forms_follow_each_language() {
    let site = TestSite::empty();
    // Topic "deals" gets n articles for each n below, one language at a time.
    let counts = [1usize, 2, 3, 11, 100];
    let expected_ar = ["مقال واحد", "مقالان", "3 مقالات", "11 مقالًا", "100 مقال"];
    let expected_fr = ["1 article", "2 articles", "3 articles", "11 articles", "100 articles"];
    for (i, &n) in counts.iter().enumerate() {
        for f in std::fs::read_dir(site.root.join("content/articles"))
            .into_iter()
            .flatten()
        {
            std::fs::remove_file(f.unwrap().path()).unwrap();
        }
        for k in 0..n {
            for lang in ["fr", "ar"] {
                site.write(
                    &format!("content/articles/a{k}.{lang}.md"),
                    &article("title: T\ntopics: [deals]", "x"),
                );
            }
        }
        site.build();
        let ar = site.file("ar/topics/deals/index.html");
        assert!(ar.contains(expected_ar[i]), "{n}: {}", expected_ar[i]);
        let fr = site.file("fr/topics/deals/index.html");
        assert!(fr.contains(expected_fr[i]), "{n}: {}", expected_fr[i]);
    }
}

#[test]
fn markdown_features_and_highlighting() {
    let site = TestSite::fixture("trilingual");
    site.build();
    let page = site.file("en/articles/accord/index.html");
    assert!(page.contains("<table>"), "tables");
    assert!(page.contains("footnote-definition"), "footnotes");
    assert!(page.contains("id=figures"), "heading ids");
    assert!(page.contains("href=#figures"), "heading anchor links");
    assert!(page.contains("class=\"hl-"), "highlighted with classes");
    assert!(page.contains("Qapla"), "unknown language kept as plain code");
    let css = site
        .tree()
        .into_iter()
        .find(|(p, _)| p.starts_with("assets/highlight."))
        .expect("highlight stylesheet");
    assert!(String::from_utf8(css.1).unwrap().contains(".hl-"));
}

#[test]
fn links_are_relative_and_resolve() {
    let site = TestSite::fixture("trilingual");
    site.build();
    let files = site.tree();
    for (path, page) in html_pages(&site) {
        if path == "404.html" {
            continue; // served at any depth: it finds the root by script (tested in the browser)
        }
        for attr in ["href", "src"] {
            for link in attribute_values(&page, attr) {
                assert!(!link.starts_with('/'), "{path}: root-absolute link {link}");
                if let Some(target) = resolve(&path, &link) {
                    assert!(files.contains_key(&target), "{path}: broken link {link} → {target}");
                }
            }
        }
    }
}

#[test]
fn site_templates_override_theme_templates() {
    let site = TestSite::fixture("template_override");
    site.build();
    assert!(site.file("en/about/index.html").contains("Site template for About"));
}

#[test]
fn rebuild_gives_identical_bytes_wherever_the_site_lives() {
    let a = TestSite::fixture("trilingual");
    let b = TestSite::fixture("trilingual");
    let first = a.build().tree();
    let again = a.build().tree();
    assert_eq!(first, again);
    assert_eq!(
        first,
        b.build().tree(),
        "a checkout in another folder builds the same bytes"
    );
}

#[test]
fn front_matter_error_points_at_file_line_and_all_errors_are_reported() {
    let site = TestSite::fixture("bad_front_matter");
    let stderr = site.build_fails();
    assert!(stderr.contains("content/articles/broken.en.md:5:"), "{stderr}");
    assert!(
        stderr.contains("content/articles/unknown-topic.en.md:3:1: unknown topic `nope`"),
        "{stderr}"
    );
}

#[test]
fn failed_build_leaves_previous_site_untouched() {
    let site = TestSite::fixture("trilingual");
    site.build();
    let before = site.tree();
    site.write("content/articles/bad.en.md", "---\ntitle: [unclosed\n---\n");
    site.build_fails();
    assert_eq!(before, site.tree());
    let siblings: Vec<_> = std::fs::read_dir(&site.root)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert!(
        !siblings
            .iter()
            .any(|n| n.to_string_lossy().contains("steppe-") && n != ".steppe-cache"),
        "{siblings:?}"
    );
}

#[test]
fn deleted_articles_disappear_from_the_output() {
    let site = TestSite::fixture("trilingual");
    site.build();
    assert!(site.exists("fr/articles/undated/index.html"));
    site.remove("content/articles/undated.fr.md");
    site.build();
    assert!(!site.exists("fr/articles/undated/index.html"));
}

#[test]
fn root_page_chooses_a_language_and_404_serves_every_language() {
    let site = TestSite::fixture("trilingual");
    site.build();
    let root = site.file("index.html");
    for (lang, url) in [("en", "en/"), ("fr", "fr/"), ("ar", "ar/")] {
        // Each language's link goes to that language's home and says its language.
        let link = root
            .split("<a ")
            .skip(1)
            .map(|a| a.split('>').next().unwrap())
            .find(|a| a.split_whitespace().any(|attr| attr == format!("hreflang={lang}")))
            .unwrap_or_else(|| panic!("no link with hreflang={lang}: {root}"));
        assert!(
            link.split_whitespace().any(|attr| attr == format!("href={url}")),
            "the {lang} link goes to {url}: <a {link}>"
        );
    }
    assert!(root.contains("localStorage"));
    let not_found = site.file("404.html");
    for text in ["Page not found", "Page introuvable", "الصفحة غير موجودة"] {
        assert!(not_found.contains(text), "{text}");
    }
}

#[test]
fn output_is_minified_and_assets_are_fingerprinted() {
    let site = TestSite::fixture("trilingual");
    site.build();
    let home = site.file("en/index.html");
    assert!(!home.contains("\n\n"), "minified");
    let assets: Vec<String> = site.tree().into_keys().filter(|p| p.starts_with("assets/")).collect();
    assert!(
        assets
            .iter()
            .any(|p| p.starts_with("assets/style.") && p.ends_with(".css") && p.len() > "assets/style.css".len() + 5),
        "{assets:?}"
    );
}

#[test]
fn public_folder_is_what_a_build_of_the_repository_writes() {
    // The committed public/ must be a fresh build of the committed sources (see .ci/run).
    let repo = crate::support::repo();
    let out = tempfile::tempdir().unwrap();
    let target = out.path().join("public");
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_steppe"))
        .args(["build", "--output"])
        .arg(&target)
        .current_dir(&repo)
        .status()
        .unwrap();
    assert!(status.success());
    assert!(
        tree(&repo.join("public")) == tree(&target),
        "public/ is stale: run `cargo run --release -- build` and commit it"
    );
}

#[test]
fn minimal_site_builds_every_language_tree() {
    // One English article, no topic introductions, no pages, no data.
    let site = TestSite::fixture("minimal");
    site.build();
    assert!(site.file("en/articles/only/index.html").contains("A single paragraph."));
    for lang in ["en", "fr", "ar"] {
        assert!(site.exists(&format!("{lang}/index.html")), "{lang} home");
        assert!(
            site.exists(&format!("{lang}/topics/deals/index.html")),
            "{lang} topic page"
        );
    }
    // The French home lists no article, and says the topic has none in French.
    assert!(
        site.file("fr/topics/deals/index.html")
            .contains("Pas encore d’article sur ce thème.")
    );
    assert!(!site.exists("data/deals.csv"), "no data, no downloads");
}

/// One rule decides what a web address is: a `source.url` accepted by the content check is the
/// link the page shows, whatever the case of its scheme.
#[test]
fn a_source_url_accepted_is_the_link_the_page_shows() {
    let site = TestSite::empty();
    site.write(
        "content/articles/story.en.md",
        "---\ntitle: Story\ndate: 2025-11-07\nsummary: S.\nsource:\n  name: Example Daily\n  url: HTTPS://example.org/story\n---\n\nText.\n",
    );
    site.build();
    let page = site.file("en/articles/story/index.html");
    assert!(page.contains("href=https://example.org/story"), "{page}");
}
