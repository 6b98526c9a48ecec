//! Languages come from configuration (issue 17): a site in en, fr, ar, ru, kk and he builds,
//! with `lang` and `dir` right on every page, plurals and dates from CLDR, and a language the
//! theme has no strings for shown in the default language's strings, with a `check` warning.

use crate::support::TestSite;

const CONFIG: &str = "languages:
  - {code: en, name: English}
  - {code: fr, name: Français}
  - {code: ar, name: العربية}
  - {code: ru, name: Русский}
  - {code: kk, name: Қазақша}
  - {code: he, name: עברית}
title: {en: Briefing, fr: Dossier, ar: الموجز, ru: Обзор, kk: Шолу, he: תדריך}
description: {en: Lede, fr: Chapeau, ar: مقدمة, ru: Лид, kk: Лид, he: פתיח}
topics:
";

/// Five topics holding the first 1, 2, 5, 21 and 111 of 111 Russian articles, and one
/// article in every language.
fn polyglot() -> TestSite {
    let site = TestSite::empty();
    let counts = [1, 2, 5, 21, 111];
    let mut config = CONFIG.to_owned();
    for n in counts {
        config.push_str(&format!(
            "  - key: t{n}\n    name: {{en: T{n}, fr: T{n}, ar: T{n}, ru: Т{n}, kk: Т{n}, he: T{n}}}\n"
        ));
    }
    site.write("steppe.yaml", &config);
    for i in 1..=111 {
        let topics: Vec<String> = counts.iter().filter(|&&n| i <= n).map(|n| format!("t{n}")).collect();
        site.write(
            &format!("content/articles/ru-{i}.ru.md"),
            &format!(
                "---\ntitle: Статья {i}\ndate: 2025-11-07\nsummary: Кратко.\ntopics: [{}]\n---\n\nТекст.\n",
                topics.join(", ")
            ),
        );
    }
    for code in ["en", "fr", "ar", "ru", "kk", "he"] {
        let from = if code == "en" {
            String::new()
        } else {
            "translated_from: en\n".to_owned()
        };
        // In no topic, so that the topics count only the Russian articles above.
        site.write(
            &format!("content/articles/accord.{code}.md"),
            &format!("---\ntitle: Accord {code}\ndate: 2025-11-07\nsummary: S.\n{from}---\n\nBody.\n"),
        );
    }
    site
}

#[test]
fn six_languages_build_with_their_direction_plurals_and_dates() {
    let site = polyglot();
    site.build();
    for (code, dir) in [
        ("en", "ltr"),
        ("fr", "ltr"),
        ("ar", "rtl"),
        ("ru", "ltr"),
        ("kk", "ltr"),
        ("he", "rtl"),
    ] {
        for page in ["index.html", "topics/index.html", "articles/accord/index.html"] {
            let html = site.file(&format!("{code}/{page}"));
            let tag = &html[..html.find("<head>").unwrap()];
            assert!(
                tag.contains(&format!(" dir={dir} ")) && tag.contains(&format!(" lang={code}>")),
                "{code}/{page}: {tag}"
            );
        }
    }
    // The chooser and the switcher list all six, in the configured order.
    let root = site.file("index.html");
    let order: Vec<usize> = ["English", "Français", "العربية", "Русский", "Қазақша", "עברית"]
        .iter()
        .map(|name| root.find(name).unwrap_or_else(|| panic!("{name} on the chooser")))
        .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{order:?}");

    // Russian plurals by CLDR: one (1, 21), few (2), many (5, 111).
    let topics = site.file("ru/topics/index.html");
    for expected in ["1 статья", "2 статьи", "5 статей", "21 статья", "111 статей"] {
        assert!(topics.contains(expected), "{expected} in {topics}");
    }
    // Dates from CLDR in Kazakh and Hebrew.
    assert!(
        site.file("kk/articles/accord/index.html")
            .contains("2025\u{202f}ж. 7 қараша")
    );
    assert!(site.file("he/articles/accord/index.html").contains("7 בנובמבר 2025"));
    // Hebrew has no theme strings: its pages read in the default language's.
    let he = site.file("he/index.html");
    assert!(he.contains("Latest articles") || he.contains("Topics"), "{he}");
}

#[test]
fn a_language_without_theme_strings_is_a_check_warning_with_the_missing_keys() {
    let site = polyglot();
    site.build();
    let out = site.run(&["check"]);
    let report = String::from_utf8_lossy(&out.stderr).into_owned() + &String::from_utf8_lossy(&out.stdout);
    assert!(
        report.contains("i18n/he.ftl") && report.contains("no UI strings for `he`"),
        "{report}"
    );
    assert!(
        !report.contains("i18n/ru.ftl"),
        "ru and kk ship with the theme: {report}"
    );
}

#[test]
fn per_language_fields_name_the_missing_and_unknown_languages() {
    let site = TestSite::empty();
    site.write(
        "steppe.yaml",
        &format!("{CONFIG}  - key: t\n    name: {{en: T, fr: T, ar: T, ru: T, kk: T}}\n"),
    );
    let err = site.build_fails();
    assert!(
        err.contains("steppe.yaml:12:") && err.contains("topics[0].name: missing he"),
        "{err}"
    );

    site.write(
        "steppe.yaml",
        &format!("{CONFIG}  - key: t\n    name: {{en: T, fr: T, ar: T, ru: T, kk: T, he: T, de: T}}\n"),
    );
    let err = site.build_fails();
    assert!(err.contains("unknown language `de`"), "{err}");
}

#[test]
fn a_file_in_a_language_the_site_does_not_have_is_named() {
    let site = TestSite::empty();
    site.write("content/articles/x.de.md", "---\ntitle: X\n---\n\nText.\n");
    let err = site.build_fails();
    assert!(
        err.contains("content/articles/x.de.md") && err.contains("not a language of this site (en, fr, ar)"),
        "{err}"
    );
}
