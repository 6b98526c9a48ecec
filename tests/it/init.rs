//! `steppe init` and the built-in theme (issue 17): a new site builds and passes `check` at
//! once, with no theme folder; the theme follows the data (no empty sections, no pages or links
//! for data the site does not have); a site's theme files override the built-in ones one by one.

use std::path::Path;
use std::process::{Command, Output};

use crate::support::tree;

fn steppe(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_steppe"))
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap()
}

fn ok(out: Output) -> (String, String) {
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "{stderr}");
    (String::from_utf8_lossy(&out.stdout).into_owned(), stderr)
}

fn page(site: &Path, path: &str) -> String {
    std::fs::read_to_string(site.join("public").join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn a_new_site_builds_and_passes_check_with_nothing_to_fix() {
    let dir = tempfile::tempdir().unwrap();
    ok(steppe(dir.path(), &["init", "brief"]));
    let site = dir.path().join("brief");
    assert!(!site.join("themes").exists(), "the theme is built in");
    for file in [
        "steppe.yaml",
        "README.md",
        "content/articles/welcome.en.md",
        "content/topics/getting-started.fr.md",
    ] {
        assert!(site.join(file).is_file(), "{file}");
    }
    let config = std::fs::read_to_string(site.join("steppe.yaml")).unwrap();
    assert!(
        config.lines().filter(|l| l.starts_with('#')).count() >= 5,
        "a commented config"
    );

    ok(steppe(&site, &["build"]));
    let (report, summary) = ok(steppe(&site, &["check"]));
    assert!(
        summary.contains("pages checked: 0 errors, 0 warnings"),
        "{report}{summary}"
    );
    assert!(report.trim().is_empty(), "{report}");

    for (lang, dir, title) in [
        ("en", "ltr", "Welcome to your briefing"),
        ("fr", "ltr", "Bienvenue dans votre dossier"),
        ("ar", "rtl", "مرحبًا بك في موجزك"),
    ] {
        let article = page(&site, &format!("{lang}/articles/welcome/index.html"));
        let tag = &article[..article.find("<head>").unwrap()];
        assert!(
            tag.contains(&format!(" dir={dir} ")) && tag.contains(&format!(" lang={lang}>")),
            "{tag}"
        );
        assert!(article.contains(title), "{lang}: {title}");
        let home = page(&site, &format!("{lang}/index.html"));
        assert!(home.contains(title), "the {lang} home lists the example");
        if lang == "en" {
            // The briefing wrote it: there is no outside source to call unknown.
            assert!(!article.contains("not named in the original page"), "{article}");
        }
    }
}

#[test]
fn the_theme_shows_only_what_the_site_has() {
    let dir = tempfile::tempdir().unwrap();
    ok(steppe(dir.path(), &["init", "brief"]));
    let site = dir.path().join("brief");
    ok(steppe(&site, &["build"]));
    let files = tree(&site.join("public"));
    for absent in ["en/timeline/index.html", "en/people/index.html", "data/deals.csv"] {
        assert!(!files.contains_key(absent), "{absent} exists without its data");
    }
    let home = page(&site, "en/index.html");
    for text in ["timeline/", "people/", "deals-heading", "deals tracked"] {
        assert!(!home.contains(text), "the home page shows `{text}` without data");
    }
    let topic = page(&site, "en/topics/getting-started/index.html");
    assert!(!topic.contains("timeline-heading"), "no empty timeline section");

    // Without any article, the home page has no empty lists either.
    for lang in ["en", "fr", "ar"] {
        std::fs::remove_file(site.join(format!("content/articles/welcome.{lang}.md"))).unwrap();
    }
    ok(steppe(&site, &["build"]));
    let home = page(&site, "en/index.html");
    assert!(
        !home.contains("latest-heading") && !home.contains("figures-heading"),
        "{home}"
    );
}

#[test]
fn init_writes_the_languages_it_is_given_and_passes_check() {
    let dir = tempfile::tempdir().unwrap();
    ok(steppe(dir.path(), &["init", "brief", "--languages", "ru,kk,en"]));
    let site = dir.path().join("brief");
    let config = std::fs::read_to_string(site.join("steppe.yaml")).unwrap();
    assert!(
        config.contains("  - {code: ru, name: Русский}\n  - {code: kk, name: Қазақша}"),
        "{config}"
    );
    assert!(!site.join("content/articles/welcome.fr.md").exists());
    let kk = std::fs::read_to_string(site.join("content/articles/welcome.kk.md")).unwrap();
    assert!(
        kk.contains("translated_from: ru"),
        "the first language is the original: {kk}"
    );
    ok(steppe(&site, &["build"]));
    let (report, summary) = ok(steppe(&site, &["check"]));
    assert!(summary.contains("0 errors, 0 warnings"), "{report}{summary}");
    assert!(page(&site, "ru/index.html").contains("Добро пожаловать в ваш обзор"));
    assert!(page(&site, "kk/articles/welcome/index.html").contains("Шолуыңызға қош келдіңіз"));

    let out = steppe(dir.path(), &["init", "other", "--languages", "en,xx"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("not in `xx`"), "{stderr}");
    assert!(!dir.path().join("other").exists(), "nothing was written");
}

#[test]
fn init_refuses_a_folder_that_holds_a_site() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("steppe.yaml"), "title: mine\n").unwrap();
    let out = steppe(dir.path(), &["init"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("steppe.yaml: this folder already holds a site"),
        "{stderr}"
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("steppe.yaml")).unwrap(),
        "title: mine\n"
    );
    assert!(!dir.path().join("content").exists(), "nothing was written");
}

#[test]
fn exported_theme_builds_the_same_site_and_overrides_file_by_file() {
    let dir = tempfile::tempdir().unwrap();
    ok(steppe(dir.path(), &["init", "brief"]));
    let site = dir.path().join("brief");
    ok(steppe(&site, &["build", "--no-search"]));
    let builtin = tree(&site.join("public"));

    let (_, said) = ok(steppe(&site, &["theme", "export"]));
    assert!(said.contains("into themes/briefing"), "{said}");
    assert!(site.join("themes/briefing/templates/base.html").is_file());
    ok(steppe(&site, &["build", "--no-search"]));
    assert!(
        tree(&site.join("public")) == builtin,
        "the exported theme is the built-in one"
    );

    // One changed file replaces its built-in twin; the others still come from the binary.
    std::fs::remove_dir_all(site.join("themes/briefing/templates")).unwrap();
    let css = site.join("themes/briefing/static/style.css");
    std::fs::write(&css, "body { color: rebeccapurple }\n").unwrap();
    ok(steppe(&site, &["build", "--no-search"]));
    let files = tree(&site.join("public"));
    let style = files
        .iter()
        .find(|(path, _)| path.starts_with("assets/style."))
        .map(|(_, bytes)| String::from_utf8_lossy(bytes).into_owned())
        .unwrap();
    assert!(style.contains("rebeccapurple"), "{style}");
    let article = String::from_utf8_lossy(&files["en/articles/welcome/index.html"]);
    assert!(
        article.contains("Welcome to your briefing"),
        "templates still come from the binary"
    );

    let out = steppe(&site, &["theme", "export"]);
    assert_eq!(out.status.code(), Some(1), "a folder with files is refused");
    assert!(String::from_utf8_lossy(&out.stderr).contains("the folder is not empty"));
}
