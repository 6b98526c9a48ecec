//! `steppe ingest` on saved web pages: folders mixing `.txt` and `.html`, metadata that wins over
//! the text rules, metadata that misleads, and pages with no article.

use std::path::{Path, PathBuf};

use steppe::content::front_matter::{self, FrontMatter};
use steppe::i18n::Lang;
use steppe::ingest::{self, Field, IngestOptions, IngestOutcome};

fn eval(part: &str, name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/ingest-eval")
        .join(part)
        .join(name)
}

fn site() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("steppe.yaml"),
        dir.path().join("steppe.yaml"),
    )
    .unwrap();
    dir
}

fn ingest(root: &Path, inputs: &[PathBuf]) -> IngestOutcome {
    ingest::run(&IngestOptions {
        inputs: inputs.to_vec(),
        out: root.join("content/articles"),
        force: false,
        dry_run: false,
        root: root.to_owned(),
        slug: None,
        today: steppe::date::Date::new(2026, 11, 30).unwrap(),
    })
    .unwrap()
}

fn front(path: &Path) -> (FrontMatter, String) {
    let text = std::fs::read_to_string(path).unwrap();
    let split = front_matter::split(path, &text).unwrap();
    let front: FrontMatter = front_matter::parse(path, &split).unwrap();
    (front, split.body.to_owned())
}

#[test]
fn a_folder_mixing_text_and_saved_pages_ingests_both() {
    let root = site();
    let sources = root.path().join("content/sources");
    std::fs::create_dir_all(&sources).unwrap();
    for (part, name) in [("holdout", "en-html-wire.html"), ("tune", "fr-html-radio.html")] {
        std::fs::copy(eval(part, name), sources.join(name)).unwrap();
    }
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/raw/004_e2c9981d0c27e1d3.txt"),
        sources.join("004.txt"),
    )
    .unwrap();
    let outcome = ingest(root.path(), &[sources]);
    assert!(outcome.errors.is_empty(), "{:?}", outcome.errors);
    let inputs: Vec<_> = outcome
        .reports
        .iter()
        .map(|r| r.input.file_name().unwrap().to_owned())
        .collect();
    assert_eq!(inputs, ["004.txt", "en-html-wire.html", "fr-html-radio.html"]);

    let (wire, body) = front(&outcome.reports[1].output);
    // JSON-LD and the canonical link, not guesses from the text.
    assert_eq!(wire.title, "Kazakhstan to join Abraham Accords, Trump says");
    assert_eq!(wire.date.unwrap().to_string(), "2025-11-07");
    let source = wire.source.unwrap();
    assert_eq!(source.name.as_deref(), Some("Meridian Wire"));
    assert_eq!(source.byline.as_deref(), Some("Dana Whitfield"));
    assert_eq!(
        source.url.as_deref(),
        Some("https://meridianwire.example/world/asia/kazakhstan-abraham-accords-2025-11-07/")
    );
    assert_eq!(source.file.as_deref(), Some("en-html-wire.html"));
    assert_eq!(wire.topics, ["abraham-accords"]);
    // No markup and none of the page's furniture reaches the article.
    assert!(
        !body.contains('<') && !body.contains("cookies") && !body.contains("Most read"),
        "{body}"
    );
    assert!(body.contains("Secretary of State Marco Rubio said the step was an expanded partnership"));

    let (radio, _) = front(&outcome.reports[2].output);
    assert_eq!(radio.lang, Some(Lang::Fr));
    // datePublished, not dateModified or the "Mis à jour" line.
    assert_eq!(radio.date.unwrap().to_string(), "2025-11-07");
}

#[test]
fn a_site_wide_lang_that_the_text_contradicts_gives_way_with_a_doubt() {
    let root = site();
    // <html lang="en"> on an Arabic page whose og:title carries the site's name.
    let outcome = ingest(root.path(), &[eval("holdout", "ar-html-culture.html")]);
    let report = &outcome.reports[0];
    assert_eq!(report.lang, Lang::Ar);
    assert_eq!(report.title, "تعاون أمريكي كازاخستاني لحماية التراث الثقافي");
    let doubt = report
        .doubts
        .iter()
        .find(|d| d.field == Field::Lang)
        .expect("a doubt on lang");
    assert!(doubt.reason.contains("lang=\"en\""), "{}", doubt.reason);
}

#[test]
fn metadata_wins_over_what_the_text_would_give() {
    let page = r#"<html lang="fr"><head>
        <meta property="og:site_name" content="La Gazette du Nord SARL">
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
          "headline":"Le titre que donne la page","datePublished":"2025-11-08"}</script></head>
        <body><h1>Un autre titre affiché</h1><p>Publié le 3 janvier 2024</p>
        <p>Le président Kassym-Jomart Tokaïev a rencontré Donald Trump à Washington pour parler de commerce et d'investissements, ont annoncé les deux gouvernements.</p>
        <p>Les deux pays ont salué des accords de plusieurs milliards de dollars dans l'aviation et les chemins de fer, selon un communiqué publié à l'issue de la rencontre.</p>
        <p>© 2024 Autre Nom</p></body></html>"#;
    let draft = ingest::extract_html("p.html", page, &[]).unwrap();
    assert_eq!(draft.front.title, "Le titre que donne la page");
    assert_eq!(draft.front.date.unwrap().to_string(), "2025-11-08");
    assert_eq!(draft.front.source.unwrap().name.as_deref(), Some("La Gazette du Nord"));
    assert!(!draft.body.contains("Un autre titre affiché"), "{}", draft.body);
}

#[test]
fn a_saved_page_with_no_article_is_an_error_naming_the_file() {
    let root = site();
    let page = root.path().join("menu.html");
    std::fs::write(&page, "<html><body><nav><a>Home</a> <a>News</a></nav></body></html>").unwrap();
    let outcome = ingest(root.path(), std::slice::from_ref(&page));
    assert!(outcome.reports.is_empty());
    let error = outcome.errors[0].to_string();
    assert!(
        error.contains("menu.html") && error.contains("no article text"),
        "{error}"
    );
}
