//! `steppe ingest` and `steppe new` through the library: the five seeds, raw pages in other sites'
//! styles, snapshots of every normalized fixture, and the promises about files (idempotence, hand
//! edits, dry runs, bad inputs, slugs).

use std::path::{Path, PathBuf};

use steppe::content::front_matter::{self, FrontMatter};
use steppe::i18n::Lang;
use steppe::ingest::{self, IngestOptions, IngestOutcome, InputReport, NewOptions, Status};

fn raw(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/raw")
        .join(name)
}

/// A site root holding the repository's steppe.yaml (its real keyword rules), in a temporary folder.
struct Site {
    dir: tempfile::TempDir,
}

impl Site {
    fn new() -> Site {
        let dir = tempfile::tempdir().unwrap();
        std::fs::copy(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("steppe.yaml"),
            dir.path().join("steppe.yaml"),
        )
        .unwrap();
        Site { dir }
    }

    fn root(&self) -> &Path {
        self.dir.path()
    }

    fn out(&self) -> PathBuf {
        self.root().join("content/articles")
    }

    fn ingest(&self, inputs: &[PathBuf], force: bool, dry_run: bool) -> IngestOutcome {
        let options = IngestOptions {
            force,
            dry_run,
            ..self.options(inputs)
        };
        ingest::run(&options).unwrap()
    }

    /// A plain run over `inputs` into the site's articles, on 30 November 2026.
    fn options(&self, inputs: &[PathBuf]) -> IngestOptions {
        IngestOptions {
            inputs: inputs.to_vec(),
            out: self.out(),
            force: false,
            dry_run: false,
            root: self.root().to_owned(),
            slug: None,
            today: steppe::date::Date::new(2026, 11, 30).unwrap(),
        }
    }

    /// Copies raw fixtures into the site's `content/sources/` and returns their paths.
    fn sources(&self, names: &[&str]) -> Vec<PathBuf> {
        let dir = self.root().join("content/sources");
        std::fs::create_dir_all(&dir).unwrap();
        names
            .iter()
            .map(|name| {
                let path = dir.join(name);
                std::fs::copy(raw(name), &path).unwrap();
                path
            })
            .collect()
    }

    fn articles(&self) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(self.out())
            .map(|entries| entries.map(|e| e.unwrap().file_name().into_string().unwrap()).collect())
            .unwrap_or_default();
        names.sort();
        names
    }
}

/// Ingests one fixture in a dry run and returns its report, front matter and body.
fn extract(name: &str) -> (InputReport, FrontMatter, String) {
    let site = Site::new();
    let outcome = site.ingest(&[raw(name)], false, true);
    assert!(outcome.errors.is_empty(), "{:?}", outcome.errors);
    let report = outcome.reports.into_iter().next().unwrap();
    let Status::WouldWrite { text } = &report.status else {
        panic!("{:?}", report.status)
    };
    let (front, body) = parse(text);
    (report, front, body)
}

fn parse(text: &str) -> (FrontMatter, String) {
    let path = Path::new("a.md");
    let split = front_matter::split(path, text).unwrap();
    let front: FrontMatter = front_matter::parse(path, &split).unwrap();
    (front, split.body.to_owned())
}

fn warned(report: &InputReport, words: &str) -> bool {
    report.warnings.iter().any(|w| w.message.contains(words))
}

fn source_name(front: &FrontMatter) -> Option<&str> {
    front.source.as_ref().unwrap().name.as_deref()
}

// --- The five seeds -------------------------------------------------------------------------

#[test]
fn seed_000_generated_english_article_with_french_summary() {
    let (report, front, body) = extract("000_cb8408f178601780.txt");
    assert_eq!(report.lang, Lang::En);
    assert_eq!(
        front.title,
        "Deepening of the Enhanced Strategic Partnership Dialogue between the United States and Kazakhstan"
    );
    assert!(front.source.as_ref().unwrap().generated);
    // "Le 7 novembre 2025" opens a sentence of the summary: not a publication date.
    assert_eq!(front.date, None);
    assert!(warned(&report, "no publication date"));
    assert_eq!(front.topics, ["deals", "cultural-heritage", "abraham-accords"]);
    let summary = front.summary.unwrap();
    assert!(
        summary.starts_with("The meeting between President Donald J. Trump"),
        "{summary}"
    );
    assert!(body.starts_with("\nThe meeting between"), "{body}");
    assert!(
        body.trim_end()
            .ends_with("in ensuring the success of this strengthened alliance.")
    );
    for gone in [
        "Summary",
        "Le 7 novembre",
        "Original Link",
        "Generated Article",
        "rate this",
        "Total:",
        "Comments",
        "Leave a Reply",
    ] {
        assert!(!body.contains(gone), "{gone} in body");
    }
}

#[test]
fn seed_001_arabic_article_without_headline() {
    let (report, front, body) = extract("001_7c6dbc57b22b0342.txt");
    assert_eq!(report.lang, Lang::Ar);
    assert!(
        front.title.starts_with("دخلت الولايات المتحدة وكازاخستان مرحلة جديدة"),
        "{}",
        front.title
    );
    assert!(front.title.chars().count() <= 90 && !front.title.ends_with('.'));
    assert!(warned(&report, "no headline"));
    assert_eq!(source_name(&front), None);
    assert_eq!(front.topics, ["deals", "cultural-heritage"]);
    assert_eq!(report.lines_removed, 0);
    for line in std::fs::read_to_string(raw("001_7c6dbc57b22b0342.txt"))
        .unwrap()
        .lines()
    {
        assert!(body.contains(line.trim()), "lost: {line}");
    }
}

#[test]
fn seed_002_wordpress_feed_footer_gives_title_and_source() {
    let (report, front, body) = extract("002_b530b58a97bffe53.txt");
    assert_eq!(report.lang, Lang::En);
    assert_eq!(
        front.title,
        "President Kassym-Jomart Tokayev on US Ties: ‘Reliability is the New Power’"
    );
    assert_eq!(source_name(&front), Some("Morocco World News"));
    for topic in ["abraham-accords", "constitutional-reform", "deals"] {
        assert!(front.topics.contains(&topic.to_owned()), "{topic}: {:?}", front.topics);
    }
    assert!(body.contains("\n## The heart of US-Kazakhstan relations\n"));
    assert!(body.contains("\n## Controversial reforms at home\n"));
    assert!(body.starts_with("\nRabat – In what reads like"));
    assert!(body.trim_end().ends_with("to take a place on the international stage."));
    assert!(!body.contains("Read Also") && !body.contains("appeared first on"));
}

#[test]
fn seed_003_french_article_between_site_furniture() {
    let (report, front, body) = extract("003_e2ef7889d175957d.txt");
    assert_eq!(report.lang, Lang::Fr);
    assert_eq!(
        front.title,
        "Entretiens entre le ministre kazakh des Affaires étrangères et le secrétaire d'État américain"
    );
    assert_eq!(source_name(&front), Some("EU Reporter"));
    assert_eq!(front.date, None, "\"Publié le\" is followed by no date");
    assert_eq!(front.topics, ["constitutional-reform"]);
    assert!(body.starts_with("\nLe deuxième jour de la visite"));
    assert!(body.contains("Avec l'importance croissante des sources d'énergie propres"));
    assert!(body.trim_end().ends_with("du Kazakhstan a eu lieu."));
    for gone in [
        "Suivez",
        "PARTAGEZ",
        "Publié le",
        "\non\n",
        "Nous utilisons",
        "Publicité",
        "Partagez",
        "EU Reporter",
        "Tendance",
    ] {
        assert!(!body.contains(gone), "{gone} in body");
    }
}

#[test]
fn seed_004_repeated_headline_and_date_collapse() {
    let (report, front, body) = extract("004_e2c9981d0c27e1d3.txt");
    assert_eq!(report.lang, Lang::En);
    assert_eq!(front.title, "Kazakhstan to Join Abraham Accords, Trump Announces");
    assert_eq!(front.date.as_ref().unwrap().to_string(), "2025-11-07");
    assert_eq!(source_name(&front), Some("ReOpen Media"));
    assert_eq!(front.topics, ["abraham-accords"]);
    assert!(report.warnings.is_empty(), "{:?}", report.warnings);
    assert!(body.starts_with("\nThe administration of President Donald Trump"));
    for gone in ["Trump Announces", "Sign Up", "7 NOV", "Related Reads", "ReOpen"] {
        assert!(!body.contains(gone), "{gone} in body");
    }
}

// --- Other sites' styles --------------------------------------------------------------------

#[test]
fn english_news_site_with_cookie_banner_related_list_and_copyright() {
    let (report, front, body) = extract("en_cookie_banner.txt");
    assert_eq!(report.lang, Lang::En);
    assert_eq!(
        front.title,
        "Kazakhstan signs $2.5bn locomotive and aircraft contracts with US firms"
    );
    assert_eq!(
        front.date.as_ref().unwrap().to_string(),
        "2024-03-12",
        "the update date never wins"
    );
    assert_eq!(source_name(&front), Some("Steppe Wire Media"));
    assert_eq!(front.source.as_ref().unwrap().byline.as_deref(), Some("Daniel Ortega"));
    assert_eq!(front.topics, ["deals"]);
    assert!(body.contains("\n## Why the contracts matter\n"));
    for gone in [
        "cookies",
        "Accept",
        "Skip",
        "Advertisement",
        "Related",
        "Air Astana expands",
        "©",
        "Privacy",
    ] {
        assert!(!body.contains(gone), "{gone} in body");
    }
}

#[test]
fn french_site_with_publie_le_mis_a_jour_and_lire_aussi() {
    let (report, front, body) = extract("fr_publie_le.txt");
    assert_eq!(report.lang, Lang::Fr);
    assert_eq!(
        front.title,
        "Le Kazakhstan prépare un référendum sur sa nouvelle Constitution"
    );
    assert_eq!(front.date.as_ref().unwrap().to_string(), "2024-03-12");
    assert_eq!(front.source.as_ref().unwrap().byline.as_deref(), Some("Claire Martin"));
    assert_eq!(source_name(&front), Some("Le Courrier d'Asie centrale"));
    assert_eq!(front.topics, ["constitutional-reform"]);
    assert!(body.contains("\n## Ce que prévoit le texte\n"));
    assert!(
        body.contains("Les électeurs seront appelés aux urnes au printemps."),
        "text after a prompt is kept"
    );
    for gone in [
        "Lire aussi",
        "façade",
        "Abonnez",
        "Partage",
        "Commentaires",
        "Bravo",
        "©",
        "Temps de lecture",
    ] {
        assert!(!body.contains(gone), "{gone} in body");
    }
}

#[test]
fn arabic_site_with_arabic_indic_date_and_share_prompts() {
    let (report, front, body) = extract("ar_arabic_indic_date.txt");
    assert_eq!(report.lang, Lang::Ar);
    assert_eq!(front.title, "كازاخستان تعلن موعد الاستفتاء على التعديلات الدستورية");
    assert_eq!(
        front.date.as_ref().unwrap().to_string(),
        "2024-03-15",
        "day first, and not the update"
    );
    assert_eq!(source_name(&front), Some("الخليج اليوم"));
    assert_eq!(front.topics, ["constitutional-reform"]);
    assert!(body.trim_end().ends_with("تعزز الشفافية وسيادة القانون."));
    for gone in [
        "الرئيسية",
        "شارك",
        "تابعنا",
        "اقرأ",
        "واشنطن ترحب",
        "مقالات ذات صلة",
        "البيت الأبيض",
        "محفوظة",
    ] {
        assert!(!body.contains(gone), "{gone} in body");
    }
}

#[test]
fn arabic_generated_page_with_weekday_date() {
    let (report, front, body) = extract("ar_generated_weekday.txt");
    assert_eq!(report.lang, Lang::Ar);
    assert_eq!(front.title, "كازاخستان تنضم إلى اتفاقيات أبراهام");
    assert_eq!(front.date.as_ref().unwrap().to_string(), "2025-11-07");
    assert!(front.source.as_ref().unwrap().generated);
    assert_eq!(front.topics, ["abraham-accords"]);
    assert!(body.starts_with("\nأعلن الرئيس الأمريكي"), "{body}");
    assert!(!body.contains("الذكاء الاصطناعي") && !body.contains("شارك"));
}

#[test]
fn html_page_loses_scripts_styles_and_tags_and_keeps_its_text_inert() {
    let (report, front, body) = extract("html_markup.txt");
    assert_eq!(report.lang, Lang::En);
    assert_eq!(front.title, "Smithsonian and Kazakhstan join forces on heritage");
    assert_eq!(front.date.as_ref().unwrap().to_string(), "2025-11-07");
    assert_eq!(source_name(&front), Some("Central Asia Review"));
    assert_eq!(front.topics, ["cultural-heritage"]);
    assert!(body.contains("Kazakhstan’s Ministry of Culture") && body.contains("Turkistan & Otrar"));
    assert!(body.contains(r"\<script\>alert(1)\</script\>"), "{body}");
    assert!(body.contains(r"\*first step\*") && body.contains(r"heritage\_fund\_2025"));
    for gone in [
        "dataLayer",
        "font-family",
        "iframe",
        "<p",
        "<a",
        "&amp;",
        "&quot;",
        "Home",
        "Share",
    ] {
        assert!(!body.contains(gone), "{gone} in body");
    }
}

#[test]
fn crlf_and_bom_are_read_like_plain_text() {
    let (report, front, body) = extract("fr_crlf_bom.txt");
    assert_eq!(report.lang, Lang::Fr);
    assert_eq!(front.title, "Accords d'Abraham : le Kazakhstan franchit le pas");
    assert_eq!(front.date.as_ref().unwrap().to_string(), "2025-11-07");
    assert_eq!(front.topics, ["abraham-accords"]);
    assert!(!body.contains('\r') && !body.contains('\u{feff}') && !body.contains("Suivez"));
}

#[test]
fn page_without_date_keeps_it_empty_and_warns() {
    let (report, front, body) = extract("no_date.txt");
    assert_eq!(front.date, None, "an update date is not a publication date");
    assert!(warned(&report, "no publication date"));
    assert_eq!(front.title, "Kazakhstan and Cove Capital agree on tungsten mine");
    let source = front.source.as_ref().unwrap();
    assert_eq!(source.name.as_deref(), Some("The Astana Times"));
    assert_eq!(
        source.url.as_deref(),
        Some("https://astanatimes.example/2025/11/tungsten-deal")
    );
    assert_eq!(front.topics, ["deals"]);
    assert!(!body.contains("Tags") && !body.contains("Updated"));
}

#[test]
fn every_fixture_normalizes_as_in_its_snapshot() {
    insta::glob!("../fixtures/raw", "*.txt", |path| {
        let site = Site::new();
        let outcome = site.ingest(&[path.to_owned()], false, true);
        let report = &outcome.reports[0];
        let Status::WouldWrite { text } = &report.status else {
            panic!("{:?}", report.status)
        };
        let name = report.output.file_name().unwrap().to_string_lossy();
        let warnings: Vec<&str> = report.warnings.iter().map(|w| w.message.as_str()).collect();
        let normalized = format!(
            "{name}\nlines removed: {}\nwarnings: {warnings:?}\n\n{text}",
            report.lines_removed
        );
        insta::assert_snapshot!(normalized);
    });
}

// --- Files ----------------------------------------------------------------------------------

const SEEDS: [&str; 5] = [
    "000_cb8408f178601780.txt",
    "001_7c6dbc57b22b0342.txt",
    "002_b530b58a97bffe53.txt",
    "003_e2ef7889d175957d.txt",
    "004_e2c9981d0c27e1d3.txt",
];

#[test]
fn rerunning_is_idempotent() {
    let site = Site::new();
    site.sources(&SEEDS);
    let folder = site.root().join("content/sources");
    let first = site.ingest(std::slice::from_ref(&folder), false, false);
    assert!(
        first.reports.iter().all(|r| r.status == Status::Written),
        "{:?}",
        first.reports
    );
    let files = site.articles();
    let texts: Vec<String> = files
        .iter()
        .map(|f| std::fs::read_to_string(site.out().join(f)).unwrap())
        .collect();
    let second = site.ingest(&[folder], false, false);
    assert!(
        second.reports.iter().all(|r| r.status == Status::Unchanged),
        "{:?}",
        second.reports
    );
    assert_eq!(site.articles(), files);
    let again: Vec<String> = files
        .iter()
        .map(|f| std::fs::read_to_string(site.out().join(f)).unwrap())
        .collect();
    assert_eq!(again, texts);
}

#[test]
fn hand_edits_survive_until_forced_and_keep_the_slug() {
    let site = Site::new();
    let input = site.sources(&["004_e2c9981d0c27e1d3.txt"]);
    let written = site.ingest(&input, false, false);
    let path = written.reports[0].output.clone();
    let original = std::fs::read_to_string(&path).unwrap();
    let edited = original.replace(
        "title: Kazakhstan to Join Abraham Accords, Trump Announces",
        "title: Kazakhstan joins the Abraham Accords",
    );
    std::fs::write(&path, &edited).unwrap();

    let again = site.ingest(&input, false, false);
    let report = &again.reports[0];
    assert_eq!(report.output, path, "the slug does not follow the edited title");
    let Status::Kept { diff } = &report.status else {
        panic!("{:?}", report.status)
    };
    assert!(diff.contains("-title: Kazakhstan joins the Abraham Accords"), "{diff}");
    assert!(
        diff.contains("+title: Kazakhstan to Join Abraham Accords, Trump Announces"),
        "{diff}"
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), edited);

    let forced = site.ingest(&input, true, false);
    assert_eq!(forced.reports[0].status, Status::Written);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), original);
}

#[test]
fn dry_run_writes_nothing_and_shows_the_text() {
    let site = Site::new();
    let input = site.sources(&["002_b530b58a97bffe53.txt"]);
    let outcome = site.ingest(&input, false, true);
    let Status::WouldWrite { text } = &outcome.reports[0].status else {
        panic!()
    };
    assert!(
        text.starts_with("---\ntitle: 'President Kassym-Jomart Tokayev"),
        "{text}"
    );
    assert!(site.articles().is_empty());
    site.ingest(&input, false, false);
    assert_eq!(site.ingest(&input, false, true).reports[0].status, Status::Unchanged);
}

#[test]
fn bad_inputs_are_errors_naming_the_file_and_the_rest_is_ingested() {
    let site = Site::new();
    let dir = site.root().join("content/sources");
    site.sources(&["004_e2c9981d0c27e1d3.txt"]);
    std::fs::write(dir.join("latin1.txt"), b"Caf\xe9 au lait.\n").unwrap();
    std::fs::write(dir.join("empty.txt"), "\n \n").unwrap();
    std::fs::write(dir.join("furniture.txt"), "Menu\nSign Up\nShare\n").unwrap();
    let missing = site.root().join("nowhere/gone.txt");
    let outcome = site.ingest(&[dir, missing], false, false);
    assert!(outcome.has_errors());
    assert_eq!(outcome.reports.len(), 1, "the good input is still ingested");
    assert_eq!(site.articles(), ["kazakhstan-to-join-abraham-accords-trump.en.md"]);
    let messages: Vec<String> = outcome.errors.iter().map(ToString::to_string).collect();
    let find = |file: &str| {
        messages
            .iter()
            .find(|m| m.contains(file))
            .unwrap_or_else(|| panic!("{file}: {messages:?}"))
    };
    assert!(find("latin1.txt:1:4").contains("not valid UTF-8"));
    assert!(find("empty.txt").contains("empty"));
    assert!(find("furniture.txt").contains("no article text"));
    assert!(find("gone.txt").contains("cannot read"));
}

#[test]
fn slugs_are_unique_and_stable() {
    let site = Site::new();
    let dir = site.root().join("content/sources");
    site.sources(&["004_e2c9981d0c27e1d3.txt"]);
    std::fs::copy(raw("004_e2c9981d0c27e1d3.txt"), dir.join("005_copy.txt")).unwrap();
    // A hand-written article of another source already holds the slug a third copy would get.
    std::fs::create_dir_all(site.out()).unwrap();
    std::fs::write(
        site.out().join("kazakhstan-to-join-abraham-accords-trump-3.fr.md"),
        "---\ntitle: Autre\n---\n\nTexte.\n",
    )
    .unwrap();
    std::fs::copy(raw("004_e2c9981d0c27e1d3.txt"), dir.join("006_copy.txt")).unwrap();
    site.ingest(std::slice::from_ref(&dir), false, false);
    let expected = [
        "kazakhstan-to-join-abraham-accords-trump-2.en.md",
        "kazakhstan-to-join-abraham-accords-trump-3.fr.md",
        "kazakhstan-to-join-abraham-accords-trump-4.en.md",
        "kazakhstan-to-join-abraham-accords-trump.en.md",
    ];
    assert_eq!(site.articles(), expected);
    let again = site.ingest(&[dir], false, false);
    assert!(again.reports.iter().all(|r| r.status == Status::Unchanged));
    assert_eq!(site.articles(), expected);
}

#[test]
fn translations_made_with_new_are_not_taken_for_originals() {
    let site = Site::new();
    let input = site.sources(&["004_e2c9981d0c27e1d3.txt"]);
    site.ingest(&input, false, false);
    let options = NewOptions {
        root: site.root().to_owned(),
        slug: "kazakhstan-to-join-abraham-accords-trump".into(),
        lang: Lang::Fr,
        from: Some(Lang::En),
        today: steppe::date::Date::new(2026, 12, 1).unwrap(),
        title: None,
        slugs: steppe::config::SlugStyle::Ascii,
    };
    let path = ingest::new_article(&options).unwrap();
    let (front, body) = parse(&std::fs::read_to_string(&path).unwrap());
    assert_eq!(
        (front.lang, front.translated_from_lang()),
        (Some(Lang::Fr), Some(Lang::En))
    );
    assert!(body.contains("Translate me"));
    assert!(
        ingest::new_article(&options)
            .unwrap_err()
            .to_string()
            .contains("already exists")
    );
    let again = site.ingest(&input, false, false);
    assert_eq!(again.reports[0].status, Status::Unchanged);
}

#[test]
fn slug_option_names_the_article_and_needs_one_valid_input() {
    let site = Site::new();
    let sources = site.sources(&["004_e2c9981d0c27e1d3.txt", "fr_publie_le.txt"]);
    let run = |inputs: &[PathBuf], slug: &str| {
        let options = IngestOptions {
            slug: Some(slug.to_owned()),
            ..site.options(inputs)
        };
        ingest::run(&options).unwrap()
    };
    let outcome = run(&sources[..1], "kazakhstan-abraham");
    assert!(outcome.errors.is_empty(), "{:?}", outcome.errors);
    assert_eq!(site.articles(), ["kazakhstan-abraham.en.md"]);
    let two = run(&sources, "one-slug");
    assert!(two.has_errors() && two.reports.is_empty(), "{two:?}");
    assert!(
        two.errors[0].to_string().contains("names one article"),
        "{}",
        two.errors[0]
    );
    let bad = run(&sources[1..], "Not A Slug");
    assert!(bad.errors[0].to_string().contains("is not a slug"), "{}", bad.errors[0]);
    assert_eq!(site.articles(), ["kazakhstan-abraham.en.md"]);
}

#[test]
fn added_is_the_day_of_first_ingest_and_survives_later_runs() {
    let site = Site::new();
    let sources = site.sources(&["004_e2c9981d0c27e1d3.txt", "fr_publie_le.txt"]);
    let run = |inputs: &[PathBuf], day: u32| {
        let options = IngestOptions {
            today: steppe::date::Date::new(2026, 11, day).unwrap(),
            ..site.options(inputs)
        };
        ingest::run(&options).unwrap()
    };
    let added = |report: &InputReport| {
        let (front, _) = parse(&std::fs::read_to_string(&report.output).unwrap());
        front.added.map(|d| d.to_string())
    };
    let first = run(&sources[..1], 20);
    assert_eq!(added(&first.reports[0]).as_deref(), Some("2026-11-20"));
    // Ten days later both are ingested: the known one keeps its day and is left unchanged.
    let second = run(&sources, 30);
    assert!(second.errors.is_empty(), "{:?}", second.errors);
    assert_eq!(second.reports[0].status, Status::Unchanged);
    assert_eq!(added(&second.reports[0]).as_deref(), Some("2026-11-20"));
    assert_eq!(second.reports[1].status, Status::Written);
    assert_eq!(added(&second.reports[1]).as_deref(), Some("2026-11-30"));
}

#[test]
fn a_site_with_unicode_slugs_gets_the_titles_own_words_as_url() {
    let site = Site::new();
    let config = site.root().join("steppe.yaml");
    let yaml = std::fs::read_to_string(&config).unwrap();
    std::fs::write(&config, format!("slugs: unicode\n{yaml}")).unwrap();
    let sources = site.sources(&["001_7c6dbc57b22b0342.txt"]);
    let outcome = site.ingest(&sources, false, false);
    assert!(outcome.errors.is_empty(), "{:?}", outcome.errors);
    // The key (the file name) stays ASCII; the URL is the Arabic title's words.
    let report = &outcome.reports[0];
    assert!(
        report.output.ends_with("dkhlt-lwlyt-lmthd-wkzkhstn-mrhl-jdyd.ar.md"),
        "{report:?}"
    );
    let (front, _) = parse(&std::fs::read_to_string(&report.output).unwrap());
    let slug = front.slug.expect("an Arabic slug");
    assert!(slug.starts_with("دخلت-الولايات-المتحدة"), "{slug}");
    // Ingesting again keeps the file as it is.
    assert_eq!(site.ingest(&sources, false, false).reports[0].status, Status::Unchanged);

    // A translation started with its title gets its slug from that title.
    let path = ingest::new_article(&NewOptions {
        root: site.root().to_owned(),
        slug: "dkhlt-lwlyt-lmthd-wkzkhstn-mrhl-jdyd".into(),
        lang: Lang::Fr,
        from: Some(Lang::Ar),
        today: steppe::date::Date::new(2026, 12, 1).unwrap(),
        title: Some("Les États-Unis et le Kazakhstan entrent dans une nouvelle phase".into()),
        slugs: steppe::config::SlugStyle::Unicode,
    })
    .unwrap();
    let (front, _) = parse(&std::fs::read_to_string(path).unwrap());
    assert_eq!(front.slug.as_deref(), Some("les-états-unis-et-le-kazakhstan"));
}
