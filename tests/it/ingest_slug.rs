//! Renaming an ingested article with `--slug`: the article's identity is its raw file
//! (`source.file`), so a new slug moves the article, and its translations with it, and never loses
//! a hand edit or overwrites another article.
// Regression: re-ingesting with another --slug left the old file behind (issue 20).

use std::path::{Path, PathBuf};

use steppe::i18n::Lang;
use steppe::ingest::{self, IngestOptions, IngestOutcome, NewOptions, Status};

const OLD: &str = "kazakhstan-to-join-abraham-accords-trump";

struct Site {
    dir: tempfile::TempDir,
    input: PathBuf,
}

impl Site {
    /// A site with the seed 004 ingested under the slug made from its title, and a French
    /// translation of it started with `steppe new`.
    fn ingested() -> Site {
        let dir = tempfile::tempdir().unwrap();
        let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
        std::fs::copy(repo.join("steppe.yaml"), dir.path().join("steppe.yaml")).unwrap();
        let input = dir.path().join("004.txt");
        std::fs::copy(repo.join("tests/fixtures/raw/004_e2c9981d0c27e1d3.txt"), &input).unwrap();
        let site = Site { dir, input };
        assert!(site.ingest(None, false).errors.is_empty());
        ingest::new_article(&NewOptions {
            root: site.dir.path().to_owned(),
            slug: OLD.into(),
            lang: Lang::Fr,
            from: Some(Lang::En),
            today: steppe::date::Date::new(2026, 12, 1).unwrap(),
            title: None,
            slugs: steppe::config::SlugStyle::Ascii,
        })
        .unwrap();
        site
    }

    fn ingest(&self, slug: Option<&str>, dry_run: bool) -> IngestOutcome {
        ingest::run(&IngestOptions {
            inputs: vec![self.input.clone()],
            out: self.out(),
            force: false,
            dry_run,
            root: self.dir.path().to_owned(),
            slug: slug.map(str::to_owned),
            today: steppe::date::Date::new(2026, 11, 30).unwrap(),
        })
        .unwrap()
    }

    fn out(&self) -> PathBuf {
        self.dir.path().join("content/articles")
    }

    fn file(&self, name: &str) -> PathBuf {
        self.out().join(name)
    }

    fn articles(&self) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(self.out())
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        names.sort();
        names
    }
}

#[test]
fn a_new_slug_moves_the_article_and_its_translations() {
    let site = Site::ingested();
    let translation = std::fs::read_to_string(site.file(&format!("{OLD}.fr.md"))).unwrap();
    let outcome = site.ingest(Some("abraham-accords"), false);
    assert!(outcome.errors.is_empty(), "{:?}", outcome.errors);
    let report = &outcome.reports[0];
    assert_eq!(report.status, Status::Unchanged);
    assert_eq!(report.output, site.file("abraham-accords.en.md"));
    assert_eq!(report.moves.len(), 2, "{:?}", report.moves);
    assert_eq!(site.articles(), ["abraham-accords.en.md", "abraham-accords.fr.md"]);
    // Each version moves as it is, with its old URL added to its aliases (a redirect page).
    let with_alias = translation.replacen("\n---\n", &format!("\naliases:\n- {OLD}\n---\n"), 1);
    assert_eq!(
        std::fs::read_to_string(site.file("abraham-accords.fr.md")).unwrap(),
        with_alias
    );
    assert!(
        std::fs::read_to_string(site.file("abraham-accords.en.md"))
            .unwrap()
            .contains(&format!("aliases:\n- {OLD}\n"))
    );
    // The new slug is the article's from now on: a plain re-run keeps it.
    let again = site.ingest(None, false);
    assert_eq!(again.reports[0].status, Status::Unchanged);
    assert!(again.reports[0].moves.is_empty());
    assert_eq!(site.articles(), ["abraham-accords.en.md", "abraham-accords.fr.md"]);
}

#[test]
fn the_old_url_of_a_renamed_article_redirects_to_the_new_one() {
    let site = Site::ingested();
    assert!(site.ingest(Some("abraham-accords"), false).errors.is_empty());
    let exe = env!("CARGO_BIN_EXE_steppe");
    let out = site.dir.path().join("public");
    let build = std::process::Command::new(exe)
        .args(["build", "--no-search", "--output"])
        .arg(&out)
        .current_dir(site.dir.path())
        .output()
        .unwrap();
    assert!(build.status.success(), "{}", String::from_utf8_lossy(&build.stderr));
    // The French version is still a draft, so only the English one is published.
    let old = std::fs::read_to_string(out.join(format!("en/articles/{OLD}/index.html"))).unwrap();
    assert!(old.contains("abraham-accords/") && old.contains("refresh"), "{old}");
    assert!(out.join("en/articles/abraham-accords/index.html").exists());
}

#[test]
fn a_hand_edited_article_moves_with_its_edit_kept() {
    let site = Site::ingested();
    let path = site.file(&format!("{OLD}.en.md"));
    let edited = std::fs::read_to_string(&path).unwrap() + "\nAn editor's note.\n";
    std::fs::write(&path, &edited).unwrap();
    let outcome = site.ingest(Some("abraham-accords"), false);
    let report = &outcome.reports[0];
    assert!(matches!(report.status, Status::Kept { .. }), "{:?}", report.status);
    // The edit is kept; only the old URL joins the aliases.
    assert_eq!(
        std::fs::read_to_string(site.file("abraham-accords.en.md")).unwrap(),
        edited.replacen("\n---\n", &format!("\naliases:\n- {OLD}\n---\n"), 1)
    );
    assert!(!path.exists());
}

#[test]
fn a_slug_another_article_holds_is_refused_and_nothing_moves() {
    let site = Site::ingested();
    std::fs::write(site.file("taken.fr.md"), "---\ntitle: Autre\n---\n\nTexte.\n").unwrap();
    let before = site.articles();
    let outcome = site.ingest(Some("taken"), false);
    assert!(outcome.reports.is_empty());
    let error = outcome.errors[0].to_string();
    assert!(
        error.contains("taken.fr.md") && error.contains("already exists"),
        "{error}"
    );
    assert_eq!(site.articles(), before);
}

#[test]
fn a_dry_run_reports_the_moves_and_makes_none() {
    let site = Site::ingested();
    let before = site.articles();
    let outcome = site.ingest(Some("abraham-accords"), true);
    let report = &outcome.reports[0];
    assert_eq!(report.status, Status::Unchanged);
    let targets: Vec<PathBuf> = report.moves.iter().map(|(_, to)| to.clone()).collect();
    assert_eq!(
        targets,
        [site.file("abraham-accords.en.md"), site.file("abraham-accords.fr.md")]
    );
    assert_eq!(site.articles(), before);
}
