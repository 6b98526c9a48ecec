//! Bad input (issue 10): every case breaks one thing in a built site and asserts the exit code,
//! the message (`path:line:column` where a line exists) and that `public/` is byte-for-byte
//! what the previous build left. A few inputs that look bad but are fine must build.

use std::collections::BTreeMap;
use std::process::Command;

use crate::support::{TestSite, article};

/// The trilingual fixture, built once so that `public/` holds a site a failure must not touch.
fn built() -> TestSite {
    let site = TestSite::fixture("trilingual");
    let out = site.run(&["build", "--no-search"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    site
}

fn same_tree(site: &TestSite, before: &BTreeMap<String, Vec<u8>>) {
    let after = site.tree();
    let changed: Vec<&String> = before
        .keys()
        .chain(after.keys())
        .filter(|k| before.get(*k) != after.get(*k))
        .collect();
    assert!(changed.is_empty(), "public/ changed after a failed build: {changed:?}");
}

/// Runs `steppe build` (with `args`), expecting exit code 1, each of `expected` in the message,
/// no panic, and an untouched `public/`; returns the message.
fn rejects_with(site: &TestSite, args: &[&str], expected: &[&str]) -> String {
    let before = site.tree();
    let out = site.run(&[&["build", "--no-search"], args].concat());
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(1), "build should fail:\n{err}");
    assert!(!err.contains("panicked"), "{err}");
    assert!(err.starts_with("error: ") || err.contains("\nerror: "), "{err}");
    for e in expected {
        assert!(err.contains(e), "expected `{e}` in:\n{err}");
    }
    same_tree(site, &before);
    err
}

fn rejects(site: &TestSite, expected: &[&str]) -> String {
    rejects_with(site, &[], expected)
}

/// Adds `content/articles/<name>` to a built site and expects the build to fail.
fn article_rejected(name: &str, text: &str, expected: &[&str]) -> String {
    let site = built();
    site.write(&format!("content/articles/{name}"), text);
    rejects(&site, expected)
}

fn write_bytes(site: &TestSite, path: &str, bytes: &[u8]) {
    std::fs::write(site.root.join(path), bytes).unwrap();
}

/// Replaces `from` by `to` in a file of the site.
fn edit(site: &TestSite, path: &str, from: &str, to: &str) {
    let full = site.root.join(path);
    let text = std::fs::read_to_string(&full).unwrap();
    assert!(text.contains(from), "{path} has no `{from}`");
    std::fs::write(full, text.replacen(from, to, 1)).unwrap();
}

fn builds(site: &TestSite) -> String {
    let out = site.run(&["build", "--no-search"]);
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "{err}");
    err
}

// --- YAML syntax ---

#[test]
fn unclosed_quote_points_at_the_line_it_opens_on() {
    let err = article_rejected(
        "x.en.md",
        "---\ntitle: \"Unclosed\ndate: 2025-01-01\n---\n\nBody\n",
        &["content/articles/x.en.md:", "quoted scalar at line 2"],
    );
    assert!(!err.contains("column"), "one position, as path:line:column: {err}");
}

#[test]
fn mapping_value_in_the_wrong_place_is_located() {
    article_rejected(
        "x.en.md",
        "---\ntitle: A\n  bad: : x\n---\n",
        &["content/articles/x.en.md:3:", "mapping values are not allowed"],
    );
}

#[test]
fn tab_indentation_is_located() {
    article_rejected(
        "x.en.md",
        "---\ntitle: A\n\tdate: 2025-01-01\n---\n",
        &["content/articles/x.en.md:3:1: ", "tab"],
    );
}

#[test]
fn unclosed_front_matter_is_reported() {
    article_rejected(
        "x.en.md",
        "---\ntitle: A\n\nBody\n",
        &["content/articles/x.en.md:4:1: front matter is not closed by a `---` line"],
    );
}

#[test]
fn file_without_front_matter_is_reported() {
    article_rejected(
        "x.en.md",
        "# Just markdown\n",
        &["content/articles/x.en.md:1:1: the file must start with front matter"],
    );
}

#[test]
fn duplicate_key_points_at_the_second_one() {
    article_rejected(
        "x.en.md",
        "---\ntitle: A\nsummary: S\ntitle: B\n---\n",
        &["content/articles/x.en.md:4:1: duplicate field `title`"],
    );
}

#[test]
fn bad_yaml_in_a_data_file_is_located() {
    let site = built();
    site.write("content/data/deals.yaml", "deals:\n  - id: [\n");
    rejects(&site, &["content/data/deals.yaml:2:"]);
}

// --- wrong types ---

#[test]
fn topics_as_a_string_is_a_wrong_type() {
    article_rejected(
        "x.en.md",
        "---\ntitle: A\ntopics: deals\n---\n",
        &["content/articles/x.en.md:3:9: topics: invalid type: string \"deals\", expected a sequence"],
    );
}

#[test]
fn title_as_a_list_is_a_wrong_type() {
    article_rejected(
        "x.en.md",
        "---\ntitle: [a, b]\n---\n",
        &["content/articles/x.en.md:2:8: title: invalid type: sequence, expected a string"],
    );
}

#[test]
fn draft_must_be_a_boolean() {
    article_rejected(
        "x.en.md",
        "---\ntitle: A\ndraft: maybe\n---\n",
        &["content/articles/x.en.md:3:8: draft: invalid type: string \"maybe\", expected a boolean"],
    );
}

#[test]
fn wrong_type_in_a_data_file_is_located() {
    let site = built();
    edit(&site, "content/data/deals.yaml", "min: 7000000000", "min: lots");
    rejects(
        &site,
        &[
            "content/data/deals.yaml:9:",
            "deals[0].value.min: invalid type: string \"lots\"",
        ],
    );
}

// --- unknown keys ---

#[test]
fn unknown_front_matter_key_lists_the_known_ones() {
    article_rejected(
        "x.en.md",
        "---\ntitle: A\nauthor: me\n---\n",
        &["content/articles/x.en.md:3:1: unknown field `author`, expected one of `title`"],
    );
}

#[test]
fn unknown_key_in_source_is_located() {
    article_rejected(
        "x.en.md",
        "---\ntitle: A\nsource: {name: x, web: y}\n---\n",
        &["content/articles/x.en.md:3:", "source: unknown field `web`"],
    );
}

#[test]
fn unknown_key_in_a_page_is_located() {
    let site = built();
    site.write(
        "content/pages/about.en.md",
        &article("title: About\nmenu: true", "Text"),
    );
    rejects(&site, &["content/pages/about.en.md:3:1: unknown field `menu`"]);
}

// --- title ---

#[test]
fn missing_title_is_reported() {
    article_rejected(
        "x.en.md",
        "---\nsummary: S\n---\n",
        &["content/articles/x.en.md:2:1: missing field `title`"],
    );
}

#[test]
fn empty_title_is_reported() {
    article_rejected(
        "x.en.md",
        "---\ntitle: \"  \"\n---\n",
        &["content/articles/x.en.md:2:1: `title` is empty"],
    );
}

#[test]
fn null_title_is_reported() {
    article_rejected(
        "x.en.md",
        "---\nsummary: S\ntitle:\n---\n",
        &["content/articles/x.en.md:3:1: `title` is empty"],
    );
}

#[test]
fn empty_front_matter_is_reported() {
    article_rejected(
        "x.en.md",
        "---\n---\nBody\n",
        &["content/articles/x.en.md:2:1: front matter is empty; it needs at least a `title`"],
    );
}

// --- lang and file names ---

#[test]
fn lang_must_match_the_file_suffix() {
    article_rejected(
        "x.en.md",
        "---\ntitle: A\nlang: fr\n---\n",
        &["content/articles/x.en.md:3:1: `lang: fr` does not match the file name, which says `en`"],
    );
}

#[test]
fn lang_outside_the_site_is_a_wrong_value() {
    article_rejected(
        "x.en.md",
        "---\ntitle: A\nlang: de\n---\n",
        &["content/articles/x.en.md:3:7: `de` is not a language of this site"],
    );
}

#[test]
fn translated_from_its_own_language_is_reported() {
    article_rejected(
        "x.en.md",
        "---\ntitle: A\ntranslated_from: en\n---\n",
        &["content/articles/x.en.md:3:1: `translated_from: en` names the article's own language"],
    );
}

#[test]
fn file_name_without_language_is_reported() {
    article_rejected(
        "x.md",
        "---\ntitle: A\n---\n",
        &["content/articles/x.md: file name must be `<slug>.<lang>.md`"],
    );
}

#[test]
fn upper_case_language_suffix_is_reported() {
    article_rejected(
        "accord.EN.md",
        "---\ntitle: A\n---\n",
        &["content/articles/accord.EN.md: `EN` is not a language of this site"],
    );
}

// --- duplicate slugs: a slug is the file name before `.<lang>.md`, lowercase ASCII only, so
// two files cannot differ by case alone (`Accord.en.md` is refused, not merged with
// `accord.en.md`), and a page cannot take a name the language tree uses. ---

#[test]
fn slug_differing_only_by_case_is_refused() {
    article_rejected(
        "Accord.en.md",
        "---\ntitle: A\n---\n",
        &["content/articles/Accord.en.md: `Accord` is not a valid slug: use lowercase ASCII letters"],
    );
}

#[test]
fn page_slug_taken_by_the_site_is_refused() {
    let site = built();
    site.write("content/pages/articles.en.md", &article("title: Clash", "Text"));
    rejects(
        &site,
        &["content/pages/articles.en.md: `articles` is reserved for the site's own pages"],
    );
}

#[test]
fn same_slug_in_each_language_is_one_article_not_a_duplicate() {
    let site = built();
    builds(&site);
    assert!(site.exists("en/articles/accord/index.html"));
    assert!(site.exists("fr/articles/accord/index.html"));
}

// --- slugs and paths that try to leave the output folder ---

#[test]
fn backslash_in_a_file_name_is_refused() {
    article_rejected(
        "a\\..\\b.en.md",
        "---\ntitle: A\n---\n",
        &["content/articles/a\\..\\b.en.md: `a\\..\\b` is not a valid slug"],
    );
}

#[test]
fn dots_in_a_slug_are_refused() {
    article_rejected(
        "a..b.en.md",
        "---\ntitle: A\n---\n",
        &["content/articles/a..b.en.md: `a..b` is not a valid slug"],
    );
}

#[test]
fn absolute_or_parent_theme_path_is_refused() {
    let site = built();
    std::fs::write(
        site.root.join("steppe.yaml"),
        format!("{}theme: ../../etc\n", crate::support::DEFAULT_CONFIG),
    )
    .unwrap();
    rejects(
        &site,
        &["steppe.yaml:12:1: theme `../../etc` must be a folder name in themes/"],
    );
    std::fs::write(
        site.root.join("steppe.yaml"),
        format!("{}theme: /etc\n", crate::support::DEFAULT_CONFIG),
    )
    .unwrap();
    rejects(
        &site,
        &["steppe.yaml:12:1: theme `/etc` must be a folder name in themes/"],
    );
}

#[test]
fn topic_key_with_a_path_is_refused() {
    let site = built();
    let config = crate::support::DEFAULT_CONFIG.replace("key: culture", "key: ../culture");
    std::fs::write(site.root.join("steppe.yaml"), config).unwrap();
    rejects(
        &site,
        &["steppe.yaml:", "topic key `../culture` must be lowercase ASCII"],
    );
}

#[test]
fn script_base_url_is_refused() {
    let site = built();
    rejects_with(
        &site,
        &["--base-url", "javascript:alert(1)"],
        &["base_url `javascript:alert(1)` must be an absolute http(s) URL"],
    );
}

// --- topics, dates, data ---

#[test]
fn unknown_topic_lists_the_known_ones() {
    article_rejected(
        "x.en.md",
        "---\ntitle: A\ntopics: [deals, sports]\n---\n",
        &["content/articles/x.en.md:3:1: unknown topic `sports` (known: deals, culture)"],
    );
}

#[test]
fn topic_introduction_for_an_unknown_topic_is_reported() {
    let site = built();
    site.write("content/topics/sports.en.md", "Sports.\n");
    rejects(
        &site,
        &["content/topics/sports.en.md: no topic `sports` is declared in steppe.yaml"],
    );
}

#[test]
fn february_thirtieth_is_not_a_date() {
    article_rejected(
        "x.en.md",
        "---\ntitle: A\ndate: 2025-02-30\n---\n",
        &["content/articles/x.en.md:3:7: date: `2025-02-30` is not a real date: 2025-02 has no day 30"],
    );
}

#[test]
fn thirteenth_month_is_not_a_date() {
    article_rejected(
        "x.en.md",
        "---\ntitle: A\ndate: 2025-13-01\n---\n",
        &["content/articles/x.en.md:3:7: date: `2025-13-01` is not a real date: month 13 does not exist"],
    );
}

#[test]
fn february_twenty_ninth_outside_a_leap_year_is_not_a_date() {
    article_rejected(
        "x.en.md",
        "---\ntitle: A\ndate: 2023-02-29\n---\n",
        &["content/articles/x.en.md:3:7: date: `2023-02-29` is not a real date"],
    );
}

#[test]
fn word_for_a_date_is_refused() {
    article_rejected(
        "x.en.md",
        "---\ntitle: A\ndate: yesterday\n---\n",
        &["content/articles/x.en.md:3:7: date: `yesterday` is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD"],
    );
}

#[test]
fn data_file_citing_a_missing_article_is_reported() {
    let site = built();
    edit(
        &site,
        "content/data/deals.yaml",
        "sources: [accord, older]",
        "sources: [accord, ghost]",
    );
    rejects(
        &site,
        &["content/data/deals.yaml:22:1: `machinery` cites `ghost`, which is not an article in content/articles"],
    );
}

// --- bytes ---

#[test]
fn invalid_utf8_points_at_the_byte() {
    let site = built();
    write_bytes(&site, "content/articles/x.en.md", b"---\ntitle: A\n---\nbo\xffdy\n");
    rejects(
        &site,
        &["content/articles/x.en.md:4:3: the file is not valid UTF-8 text; save it as UTF-8"],
    );
}

#[test]
fn latin1_front_matter_is_not_utf8() {
    let site = built();
    write_bytes(&site, "content/articles/x.fr.md", b"---\ntitle: \xe9t\xe9\n---\n");
    rejects(
        &site,
        &["content/articles/x.fr.md:2:8: the file is not valid UTF-8 text"],
    );
}

#[test]
fn nul_byte_is_located() {
    let site = built();
    write_bytes(&site, "content/articles/x.en.md", b"---\ntitle: A\n---\nbo\0dy\n");
    rejects(&site, &["content/articles/x.en.md:4:3: the file contains a NUL byte"]);
}

#[test]
fn bom_and_crlf_are_accepted() {
    let site = built();
    let text = "\u{feff}---\r\ntitle: Windows\r\ndate: 2025-01-02\r\n---\r\n\r\nBody **bold**\r\n";
    site.write("content/articles/win.en.md", text);
    builds(&site);
    let page = site.file("en/articles/win/index.html");
    assert!(
        page.contains("Windows") && page.contains("<strong>bold</strong>"),
        "{page}"
    );
    assert!(!page.contains('\u{feff}'));
}

#[test]
fn errors_in_a_bom_crlf_file_point_at_the_right_line() {
    article_rejected(
        "x.en.md",
        "\u{feff}---\r\ntitle: A\r\nfoo: 1\r\n---\r\n",
        &["content/articles/x.en.md:3:1: unknown field `foo`"],
    );
}

#[test]
fn empty_file_is_reported() {
    article_rejected(
        "x.en.md",
        "",
        &["content/articles/x.en.md:1:1: the file must start with front matter"],
    );
}

// --- size and depth ---

#[test]
fn fifty_megabyte_article_builds_within_memory_bounds() {
    let site = built();
    let paragraph = "Kazakhstan and the United States signed **agreements** worth [billions](https://example.org) in aviation, mining and farming.\n\n";
    let body = paragraph.repeat(50 * 1024 * 1024 / paragraph.len() + 1);
    site.write(
        "content/articles/huge.en.md",
        &article("title: Huge\ndate: 2025-01-01", &body),
    );
    // Python (on every machine CI runs on) waits for the build as its only child and reads the
    // child's peak resident size from the kernel (getrusage), so the bound is always measured.
    let out = Command::new("python3")
        .args([
            "-c",
            "import resource, subprocess, sys\n\
             code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode\n\
             print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n\
             sys.exit(code)",
            env!("CARGO_BIN_EXE_steppe"),
            "build",
            "--no-search",
        ])
        .current_dir(&site.root)
        .output()
        .expect("python3 runs the build and measures its peak memory");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let peak_kb: u64 = String::from_utf8_lossy(&out.stdout)
        .trim()
        .parse()
        .expect("python prints the peak in kB");
    assert!(peak_kb > 50 * 1024, "the peak covers the 50 MB article: {peak_kb} kB");
    // The article is held as text, HTML and minified HTML a few times over; 2 GB means a leak
    // or a quadratic copy, not a big article.
    assert!(peak_kb < 2 * 1024 * 1024, "peak {peak_kb} kB");
    assert!(site.file("en/articles/huge/index.html").len() > 40 * 1024 * 1024);
}

#[test]
fn markdown_nested_thousands_deep_builds() {
    let site = built();
    let depth = 5000;
    let quotes = format!("{} deep\n", ">".repeat(depth));
    let lists: String = (0..depth).map(|i| format!("{}- item\n", "  ".repeat(i))).collect();
    let brackets = format!("{}x{}", "[".repeat(depth), "]".repeat(depth));
    let emphasis = format!("{}x{}", "*".repeat(depth), "*".repeat(depth));
    let body = format!("{quotes}\n{lists}\n{brackets}\n\n{emphasis}\n");
    site.write("content/articles/deep.en.md", &article("title: Deep", &body));
    builds(&site);
    assert!(site.file("en/articles/deep/index.html").contains("deep"));
}

// --- theme ---

#[test]
fn template_syntax_error_names_the_file_and_line() {
    let site = built();
    site.write(
        "themes/briefing/templates/page.html",
        "{% extends \"base.html\" %}\n<p>{{ page.title }</p>\n",
    );
    rejects(
        &site,
        &["themes/briefing/templates/page.html:2:", "template syntax error"],
    );
}

#[test]
fn site_template_syntax_error_names_the_site_file() {
    let site = built();
    site.write("templates/page.html", "{% if page %}\n{% endfor %}\n");
    rejects(&site, &["templates/page.html:2:", "template syntax error"]);
}

#[test]
fn missing_template_is_named() {
    // A theme of its own name is complete by itself (only `briefing` has the built-in one
    // beneath it), so a template it lacks is an error naming the file.
    let site = built();
    std::fs::rename(site.root.join("themes/briefing"), site.root.join("themes/custom")).unwrap();
    std::fs::write(
        site.root.join("steppe.yaml"),
        format!("{}theme: custom\n", crate::support::DEFAULT_CONFIG),
    )
    .unwrap();
    site.remove("themes/custom/templates/article.html");
    rejects(
        &site,
        &["themes/custom/templates/article.html: missing template: the theme must provide it"],
    );
}

#[test]
fn undefined_variable_names_template_and_page() {
    let site = built();
    site.write(
        "templates/page.html",
        "{% extends \"base.html\" %}{% block main %}{{ page.nonexistent.deep }}{% endblock main %}",
    );
    rejects(
        &site,
        &[
            "templates/page.html: rendering en/about/index.html",
            "`page.nonexistent.deep` not found",
        ],
    );
}

#[test]
fn missing_ui_string_in_one_language_is_named() {
    // A string the default language lacks has nothing to fall back on.
    let site = built();
    edit(
        &site,
        "themes/briefing/i18n/en.ftl",
        "skip-link = Skip to content\n",
        "",
    );
    rejects(
        &site,
        &["themes/briefing/i18n/en.ftl: missing UI string `skip-link` (themes/briefing/i18n/fr.ftl defines it)"],
    );
}

#[test]
fn a_ui_string_another_language_lacks_falls_back_with_a_warning() {
    let site = built();
    edit(
        &site,
        "themes/briefing/i18n/fr.ftl",
        "skip-link = Aller au contenu\n",
        "",
    );
    let out = site.run(&["build"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(
        stderr.contains("themes/briefing/i18n/fr.ftl: warning: 1 UI strings missing, shown in `en`: skip-link"),
        "{stderr}"
    );
    assert!(site.file("fr/index.html").contains("Skip to content"));
}

#[test]
fn ui_string_syntax_error_is_located() {
    let site = built();
    let path = site.root.join("themes/briefing/i18n/ar.ftl");
    let mut text = std::fs::read_to_string(&path).unwrap();
    let line = text.lines().count() + 1;
    text.push_str("9broken = x\n");
    std::fs::write(&path, text).unwrap();
    rejects(
        &site,
        &[&format!("themes/briefing/i18n/ar.ftl:{line}:1: invalid UI strings")],
    );
}

#[test]
fn missing_theme_is_named() {
    let site = built();
    std::fs::write(
        site.root.join("steppe.yaml"),
        format!("{}theme: nosuch\n", crate::support::DEFAULT_CONFIG),
    )
    .unwrap();
    rejects(
        &site,
        &["steppe.yaml: theme `nosuch` not found: there is no folder themes/nosuch (the built-in theme is `briefing`)"],
    );
}

// --- config ---

#[test]
fn config_typo_key_is_located() {
    let site = built();
    std::fs::write(
        site.root.join("steppe.yaml"),
        format!("{}base_ulr: https://x.org\n", crate::support::DEFAULT_CONFIG),
    )
    .unwrap();
    rejects(&site, &["steppe.yaml:12:1: unknown field `base_ulr`, expected one of"]);
}

#[test]
fn config_missing_language_is_located() {
    let site = built();
    let config = crate::support::DEFAULT_CONFIG.replace(", ar: مقدمة", "");
    std::fs::write(site.root.join("steppe.yaml"), config).unwrap();
    rejects(
        &site,
        &["steppe.yaml:6:1: description: missing ar (every language of the site needs a value: en, fr, ar)"],
    );
}

#[test]
fn missing_config_is_named_once() {
    let site = built();
    site.remove("steppe.yaml");
    let err = rejects(&site, &["steppe.yaml: cannot read: No such file or directory"]);
    assert_eq!(
        err.matches("No such file").count(),
        1,
        "the cause is printed once: {err}"
    );
}

// --- the file system ---

fn is_root() -> bool {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("Uid:"))
        .is_some_and(|uids| uids.split_whitespace().nth(1) == Some("0"))
}

/// Runs `steppe build --no-search <args>` as a user that file permissions apply to. Root reads
/// through `chmod 000` (and CI runs as root), so there the site is handed to `nobody` and the
/// build runs under `setpriv` as that user: the fault is real in either case, never skipped.
fn build_unprivileged(site: &TestSite, args: &[&str]) -> std::process::Output {
    let steppe = env!("CARGO_BIN_EXE_steppe");
    if !is_root() {
        return site.run(&[&["build", "--no-search"], args].concat());
    }
    use std::os::unix::fs::PermissionsExt;
    const NOBODY: u32 = 65_534;
    let parent = site.root.parent().unwrap();
    std::fs::set_permissions(parent, std::fs::Permissions::from_mode(0o755)).unwrap();
    for entry in walkdir::WalkDir::new(&site.root) {
        let entry = entry.unwrap();
        std::os::unix::fs::lchown(entry.path(), Some(NOBODY), Some(NOBODY)).unwrap();
    }
    Command::new("setpriv")
        .args([
            "--reuid=65534",
            "--regid=65534",
            "--clear-groups",
            steppe,
            "build",
            "--no-search",
        ])
        .args(args)
        .current_dir(&site.root)
        .output()
        .expect("setpriv (util-linux) runs the build as nobody")
}

/// As `rejects_with`, with the build run by `build_unprivileged`.
fn rejects_unprivileged(site: &TestSite, args: &[&str], expected: &str) {
    let before = site.tree();
    let out = build_unprivileged(site, args);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "build should fail:\n{err}");
    assert!(!err.contains("panicked"), "{err}");
    assert!(err.contains(expected), "expected `{expected}` in:\n{err}");
    same_tree(site, &before);
}

#[test]
fn unreadable_file_is_named() {
    use std::os::unix::fs::PermissionsExt;
    let site = built();
    let path = site.root.join("content/articles/older.en.md");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).unwrap();
    rejects_unprivileged(
        &site,
        &[],
        "content/articles/older.en.md: cannot read: Permission denied",
    );
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    let out = build_unprivileged(&site, &[]);
    assert!(
        out.status.success(),
        "readable again, it builds: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn output_under_a_file_is_refused_and_named() {
    let site = built();
    site.write("notes.txt", "keep me");
    let err = rejects_with(
        &site,
        &["--output", "notes.txt/public"],
        &["notes.txt/public: cannot create the output folder: notes.txt is a file, not a folder"],
    );
    assert!(
        !err.contains("steppe-new"),
        "no internal folder names in messages: {err}"
    );
    assert_eq!(std::fs::read_to_string(site.root.join("notes.txt")).unwrap(), "keep me");
}

#[test]
fn output_that_is_a_file_is_left_alone() {
    let site = built();
    site.write("notes.txt", "keep me");
    rejects_with(
        &site,
        &["--output", "notes.txt"],
        &["notes.txt: cannot replace: it is a file, not a folder"],
    );
    assert_eq!(std::fs::read_to_string(site.root.join("notes.txt")).unwrap(), "keep me");
}

#[test]
fn output_in_a_read_only_folder_is_refused() {
    use std::os::unix::fs::PermissionsExt;
    let site = built();
    let locked = site.root.join("locked");
    std::fs::create_dir(&locked).unwrap();
    site.write("locked/keep.txt", "keep me");
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o555)).unwrap();
    rejects_unprivileged(
        &site,
        &["--output", "locked/public"],
        "locked/public: cannot create the output folder: Permission denied",
    );
    assert!(!locked.join("public").exists() && locked.join("keep.txt").is_file());
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o755)).unwrap();
}

#[test]
fn subfolder_of_articles_is_a_warning_not_a_silent_loss() {
    let site = built();
    site.write("content/articles/2025/x.en.md", &article("title: Filed away", "Text"));
    let err = builds(&site);
    assert!(
        err.contains("content/articles/2025: warning: folders inside content/articles are not read"),
        "{err}"
    );
}

#[test]
fn several_problems_are_reported_together() {
    let site = built();
    site.write("content/articles/a.en.md", "---\ntitle: A\ndate: 2025-02-30\n---\n");
    site.write("content/articles/b.en.md", "---\ntitle: B\ntopics: [nope]\n---\n");
    rejects(
        &site,
        &[
            "content/articles/a.en.md:3:7: ",
            "content/articles/b.en.md:3:1: unknown topic `nope`",
        ],
    );
}

// --- fuzzing regressions: inputs cargo-fuzz found (docs/robustness.md), replayed here ---

/// The saved inputs of one fuzz target; a missing or empty folder fails, so a renamed folder
/// cannot turn the replay into a loop over nothing.
fn fuzz_inputs(target: &str) -> Vec<(String, Vec<u8>)> {
    let dir = crate::support::repo().join("tests/fixtures/fuzz").join(target);
    let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    let inputs: Vec<(String, Vec<u8>)> = entries
        .filter_map(|e| e.ok())
        .map(|e| {
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect();
    assert!(!inputs.is_empty(), "{} holds no inputs", dir.display());
    inputs
}

#[test]
fn fuzz_regressions_do_not_panic() {
    use steppe::content::front_matter::{self, FrontMatter};
    let path = std::path::Path::new("content/articles/a.en.md");
    for (_, bytes) in fuzz_inputs("front_matter") {
        if let Ok(text) = steppe::content::source_text::decode(path, bytes)
            && let Ok(split) = front_matter::split(path, &text)
        {
            let _ = front_matter::parse::<FrontMatter>(path, &split);
        }
    }
    let config = steppe::config::Config::parse(std::path::Path::new("."), crate::support::DEFAULT_CONFIG).unwrap();
    for (_, bytes) in fuzz_inputs("ingest") {
        let _ = steppe::ingest::extract("raw.txt", &String::from_utf8_lossy(&bytes), &config.topics);
    }
    for (name, bytes) in fuzz_inputs("markdown") {
        let html = steppe::markdown::render(&String::from_utf8_lossy(&bytes), &steppe::markdown::Highlighter::new());
        assert!(!html.to_ascii_lowercase().contains("<script"), "{name}");
    }
    for (_, bytes) in fuzz_inputs("check") {
        let mut files = BTreeMap::new();
        files.insert("en/articles/a/index.html".to_owned(), bytes);
        files.insert(
            "en/index.html".to_owned(),
            b"<html lang=en dir=ltr><h2 id=x>X</h2>".to_vec(),
        );
        let _ = steppe::check::check_output(&files, "public/", &Default::default());
    }
}

// Regression: `href="#%€x"` made `steppe check` exit 101 (issue 15).
#[test]
fn check_reports_a_bad_percent_escape_instead_of_panicking() {
    let site = built();
    std::fs::write(
        site.root.join("public/en/index.html"),
        "<!doctype html><html lang=en dir=ltr><title>x</title><a href=\"#%€x\">x</a></html>",
    )
    .unwrap();
    let out = site.run(&["check", "--public"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stdout}{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(
        stdout.contains("public/en/index.html: ") && stdout.contains("#%€x"),
        "{stdout}"
    );
}
