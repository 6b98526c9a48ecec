//! Benchmark smoke test: the generator of bench/ (issue 9) makes a tiny site that steppe builds.
//! No timing here; `bench/run.sh` measures, and compares with Hugo.

use std::path::Path;
use std::process::Command;

use crate::support::{repo, tree};

fn generate(articles_per_lang: usize, out: &Path, corpus: &str) {
    let status = Command::new("python3")
        .arg(repo().join("bench/generate.py"))
        .arg(articles_per_lang.to_string())
        .arg(out)
        .args(["--corpus", corpus])
        .status()
        .expect("python3 runs bench/generate.py");
    assert!(status.success(), "bench/generate.py failed");
}

#[test]
fn generated_benchmark_site_builds_with_steppe() {
    build_generated("wire");
}

/// The second corpus is there for its text: punctuation as people type it, which the
/// typography pass must turn into each language's own.
#[test]
fn prose_benchmark_site_builds_with_its_typography() {
    let files = build_generated("prose");
    let french = String::from_utf8_lossy(&files["fr/articles/article-00001/index.html"]).into_owned();
    assert!(
        french.contains("\u{202F}%"),
        "French percentages get a narrow no-break space"
    );
    assert!(french.contains("«\u{202F}"), "French quotations get guillemets");
    let arabic = String::from_utf8_lossy(&files["ar/articles/article-00001/index.html"]).into_owned();
    assert!(arabic.contains('«'), "Arabic quotations get guillemets");
}

fn build_generated(corpus: &str) -> std::collections::BTreeMap<String, Vec<u8>> {
    let dir = tempfile::tempdir().unwrap();
    let sites = dir.path().join("sites");
    generate(3, &sites, corpus);
    let output = dir.path().join("public");
    let out = Command::new(env!("CARGO_BIN_EXE_steppe"))
        .args(["build", "--base-url", "https://bench.example.org/", "--root"])
        .arg(sites.join("steppe"))
        .arg("--output")
        .arg(&output)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "build failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );

    let files = tree(&output);
    for lang in ["en", "fr", "ar"] {
        for n in 0..3 {
            let page = format!("{lang}/articles/article-0000{n}/index.html");
            let html = String::from_utf8_lossy(files.get(&page).unwrap_or_else(|| panic!("{page} missing")));
            assert!(html.contains("<table>"), "{page} has its table");
            assert!(html.contains("hl-code"), "{page} has its highlighted code block");
        }
    }
    let arabic = String::from_utf8_lossy(&files["ar/index.html"]).into_owned();
    assert!(arabic.contains("dir=rtl"), "Arabic pages are right to left");
    assert!(files.contains_key("sitemap.xml") && files.contains_key("en/feed.xml"));
    assert!(sites.join("hugo/hugo.toml").is_file(), "the Hugo twin is generated too");
    files
}

#[test]
fn benchmark_generator_is_deterministic() {
    let dir = tempfile::tempdir().unwrap();
    for corpus in ["wire", "prose"] {
        generate(2, &dir.path().join(corpus).join("a"), corpus);
        generate(2, &dir.path().join(corpus).join("b"), corpus);
        assert_eq!(
            tree(&dir.path().join(corpus).join("a")),
            tree(&dir.path().join(corpus).join("b"))
        );
    }
}
