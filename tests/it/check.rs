//! `steppe check`: each problem it finds, with its path and the exit code.

use crate::support::{TestSite, article};

fn check(site: &TestSite, args: &[&str]) -> (i32, String) {
    let mut argv = vec!["check"];
    argv.extend_from_slice(args);
    let out = site.run(&argv);
    (
        out.status.code().unwrap(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

#[test]
fn clean_site_passes_and_missing_translations_are_warnings() {
    let site = TestSite::fixture("trilingual");
    let (code, out) = check(&site, &[]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("content/articles/older.en.md: warning: article `older` has no Français translation"),
        "{out}"
    );
    assert!(
        out.contains("content/articles/undated.en.md: warning: article `undated` has no العربية translation"),
        "{out}"
    );
}

#[test]
fn broken_link_and_missing_anchor_in_content_are_errors() {
    let site = TestSite::fixture("trilingual");
    site.write(
        "content/articles/links.en.md",
        &article(
            "title: Links\nsummary: s",
            "[ok](../accord/#figures) [gone](../nowhere/) [anchor](../accord/#nothing-here)",
        ),
    );
    let (code, out) = check(&site, &[]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains(
            "content/articles/links.en.md:6:33: broken link ../nowhere/: there is no en/articles/nowhere/index.html (on en/articles/links/index.html)"
        ),
        "{out}"
    );
    assert!(out.contains("link ../accord/#nothing-here: en/articles/accord/index.html has no anchor #nothing-here (on en/articles/links/index.html)"), "{out}");
    assert!(!out.contains("#figures"), "an existing anchor is fine: {out}");
}

/// Links are traced back through the page table to every kind of markdown that makes a page:
/// a page and a topic's introduction as well as an article.
#[test]
fn broken_links_in_pages_and_topic_introductions_name_their_markdown_line() {
    let site = TestSite::fixture("trilingual");
    site.write(
        "content/pages/about.en.md",
        "---\ntitle: About\n---\n\nAbout the briefing, and [a lost page](../gone/).\n",
    );
    site.write(
        "content/topics/deals.en.md",
        "Introduction to deals.\n\nSee [nothing](../../nothing/).\n",
    );
    let (code, out) = check(&site, &[]);
    assert_eq!(code, 1, "{out}");
    let errors: Vec<&str> = out.lines().filter(|l| l.contains("broken link")).collect();
    assert_eq!(
        errors,
        [
            "content/pages/about.en.md:5:39: broken link ../gone/: there is no en/gone/index.html (on en/about/index.html)",
            "content/topics/deals.en.md:3:15: broken link ../../nothing/: there is no en/nothing/index.html (on en/topics/deals/index.html)",
        ],
        "{out}"
    );
}

/// One rule tells a link to a file of the site from any other: a scheme in capitals is still a
/// scheme, and a web address inside a relative link's query does not make it external.
#[test]
fn links_elsewhere_in_any_case_pass_and_a_query_hides_no_broken_link() {
    let site = TestSite::fixture("trilingual");
    site.write(
        "content/articles/links.en.md",
        &article(
            "title: Links\nsummary: s",
            "[mail](MAILTO:desk@example.org) [call](Tel:+77172000000) [web](HTTPS://EXAMPLE.org/x) [gone](../nowhere/?from=https://example.org/)",
        ),
    );
    let (code, out) = check(&site, &[]);
    assert_eq!(code, 1, "{out}");
    let errors: Vec<&str> = out
        .lines()
        .filter(|l| l.contains("link") && !l.contains("warning"))
        .collect();
    assert_eq!(
        errors,
        [
            "content/articles/links.en.md:6:94: broken link ../nowhere/?from=https://example.org/: there is no en/articles/nowhere/index.html (on en/articles/links/index.html)"
        ],
        "{out}"
    );
}

#[test]
fn template_problems_are_found_in_the_output() {
    let site = TestSite::fixture("trilingual");
    site.write("templates/page.html", "<!DOCTYPE html><html><head><title>x</title></head><body><img src=\"{{ root }}missing.png\"><a href=\"{{ root }}en/#nope\">x</a></body></html>");
    site.write("content/pages/about.en.md", "---\ntitle: About\n---\n\nText.\n");
    let (code, out) = check(&site, &[]);
    assert_eq!(code, 1);
    assert!(
        out.contains("en/about/index.html: the page has no `lang` and `dir` on <html>"),
        "{out}"
    );
    assert!(
        out.contains("en/about/index.html: image ../../missing.png has no alt text"),
        "{out}"
    );
    assert!(
        out.contains("en/about/index.html: broken link ../../missing.png"),
        "{out}"
    );
    assert!(
        out.contains("en/about/index.html: link ../../en/#nope: en/index.html has no anchor #nope"),
        "{out}"
    );
}

#[test]
fn front_matter_problems_are_reported() {
    let site = TestSite::fixture("trilingual");
    site.write(
        "content/articles/later.en.md",
        &article("title: Later\ndate: 2999-01-01\nsummary: s", "x"),
    );
    site.write("content/articles/bare.en.md", &article("title: Bare", "x"));
    let (code, out) = check(&site, &[]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("content/articles/later.en.md: `date: 2999-01-01` is in the future"),
        "{out}"
    );
    assert!(
        out.contains("content/articles/bare.en.md: warning: no `summary`"),
        "{out}"
    );
    site.write(
        "content/articles/bad.en.md",
        &article("title: Bad\ntopics: [nope]", "x"),
    );
    let (code, out) = check(&site, &[]);
    assert_eq!(code, 1);
    assert!(
        out.contains("content/articles/bad.en.md:3:1: unknown topic `nope`"),
        "{out}"
    );
}

#[test]
fn checks_an_existing_output_folder() {
    let site = TestSite::fixture("trilingual");
    site.build();
    std::fs::remove_file(site.root.join("public/en/articles/older/index.html")).unwrap();
    let (code, out) = check(&site, &["--public"]);
    assert_eq!(code, 1);
    assert!(
        out.contains("public/en/topics/deals/index.html: broken link ../../../en/articles/older/"),
        "{out}"
    );
}

#[test]
fn the_briefing_itself_passes() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_steppe"))
        .arg("check")
        .current_dir(crate::support::repo())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stdout));
}

/// `steppe check` with the clock at 2025-11-07 20:00 UTC (SOURCE_DATE_EPOCH stands in for it).
fn check_at_evening_utc(site: &TestSite) -> String {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_steppe"))
        .arg("check")
        .env("SOURCE_DATE_EPOCH", "1762545600")
        .current_dir(&site.root)
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout).into_owned()
}

// Regression: `today` was UTC, so an article dated today in Astana was "in the future" until
// 05:00 there (issue 15).
#[test]
fn today_is_taken_in_the_sites_time_zone() {
    let site = TestSite::fixture("trilingual");
    site.write(
        "content/articles/today.en.md",
        &article("title: Today\ndate: 2025-11-08\nsummary: S", "x"),
    );
    let out = check_at_evening_utc(&site);
    assert!(
        out.contains("`date: 2025-11-08` is in the future (today is 2025-11-07)"),
        "in UTC it is still the 7th: {out}"
    );
    let config = std::fs::read_to_string(site.root.join("steppe.yaml")).unwrap();
    site.write("steppe.yaml", &format!("{config}timezone: Asia/Almaty\n"));
    let out = check_at_evening_utc(&site);
    assert!(
        !out.contains("2025-11-08` is in the future"),
        "in Almaty it is the 8th: {out}"
    );
}

/// `steppe check` on the `editorial_findings` fixture: what an editor would catch (issue 18).
fn editorial_findings() -> (i32, Vec<String>) {
    let site = TestSite::fixture("editorial_findings");
    let (code, out) = check(&site, &[]);
    (code, out.lines().map(str::to_owned).collect())
}

fn only(lines: &[String], file: &str, needle: &str) -> Vec<String> {
    lines
        .iter()
        .filter(|l| l.starts_with(file) && l.contains(needle))
        .cloned()
        .collect()
}

#[test]
fn an_undated_or_unfiled_article_is_a_warning() {
    let (_, lines) = editorial_findings();
    assert_eq!(
        only(&lines, "content/articles/undated.en.md", "no `date`").len(),
        1,
        "{lines:#?}"
    );
    assert!(only(&lines, "content/articles/undated.en.md", "no `date`")[0].contains(": warning: "));
    assert_eq!(
        only(&lines, "content/articles/unfiled.en.md", "in no topic"),
        [
            "content/articles/unfiled.en.md: warning: the article is in no topic: only the home page and search lead to it; add `topics`"
        ]
    );
    // The clean article draws neither.
    assert!(
        only(&lines, "content/articles/clean.en.md", "no `date`").is_empty(),
        "{lines:#?}"
    );
    assert!(
        only(&lines, "content/articles/clean.en.md", "no topic").is_empty(),
        "{lines:#?}"
    );
}

#[test]
fn a_translation_filed_under_other_topics_is_a_warning() {
    let (_, lines) = editorial_findings();
    assert_eq!(
        only(&lines, "content/articles/split.fr.md", "topics"),
        [
            "content/articles/split.fr.md: warning: filed under topics [culture], but its original content/articles/split.en.md under [deals]"
        ]
    );
    assert!(only(&lines, "content/articles/split.en.md", "filed under").is_empty());
}

#[test]
fn a_topic_without_its_introduction_in_a_language_is_a_warning() {
    let (_, lines) = editorial_findings();
    let missing: Vec<String> = lines
        .iter()
        .filter(|l| l.contains("has no introduction"))
        .cloned()
        .collect();
    assert_eq!(
        missing,
        [
            "content/topics/culture.ar.md: warning: topic `culture` has no introduction in العربية: write this file",
            "content/topics/culture.fr.md: warning: topic `culture` has no introduction in Français: write this file",
        ]
    );
}

#[test]
fn placeholder_text_outside_a_draft_is_an_error_at_its_line() {
    let (code, lines) = editorial_findings();
    assert_eq!(code, 1);
    assert_eq!(
        only(&lines, "content/articles/stub.en.md", "placeholder"),
        [
            "content/articles/stub.en.md:10:1: placeholder text `Write the article here.` in an article that is not a draft: write the text, or set `draft: true`"
        ]
    );
    assert_eq!(
        only(&lines, "content/pages/about.fr.md", "placeholder").len(),
        1,
        "{lines:#?}"
    );
    // The draft translation keeps its stub: drafts are not published.
    assert!(only(&lines, "content/articles/stub.fr.md", "").is_empty(), "{lines:#?}");
}
