//! `TestSite`: a fixture site copied into a temporary folder, built with the real binary.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub const DEFAULT_CONFIG: &str = "languages:
  - {code: en, name: English, locale: en-GB}
  - {code: fr, name: Français}
  - {code: ar, name: العربية}
title: {en: Briefing, fr: Dossier, ar: الموجز}
description: {en: Lede, fr: Chapeau, ar: مقدمة}
topics:
  - key: deals
    name: {en: Deals, fr: Accords, ar: الصفقات}
  - key: culture
    name: {en: Culture, fr: Culture, ar: الثقافة}
";

pub struct TestSite {
    _dir: tempfile::TempDir,
    pub root: PathBuf,
}

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in walkdir::WalkDir::new(from).min_depth(1) {
        let entry = entry.unwrap();
        let target = to.join(entry.path().strip_prefix(from).unwrap());
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
        } else {
            std::fs::copy(entry.path(), &target).unwrap_or_else(|e| panic!("{}: {e}", entry.path().display()));
        }
    }
}

impl TestSite {
    /// An empty site with the default config and the repository's theme.
    pub fn empty() -> TestSite {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("site");
        std::fs::create_dir_all(&root).unwrap();
        copy_tree(&repo().join("themes/briefing"), &root.join("themes/briefing"));
        std::fs::write(root.join("steppe.yaml"), DEFAULT_CONFIG).unwrap();
        TestSite { _dir: dir, root }
    }

    /// `tests/fixtures/sites/<name>` on top of an empty site.
    pub fn fixture(name: &str) -> TestSite {
        let site = TestSite::empty();
        copy_tree(&repo().join("tests/fixtures/sites").join(name), &site.root);
        site
    }

    pub fn write(&self, path: &str, text: &str) -> &Self {
        let target = self.root.join(path);
        std::fs::create_dir_all(target.parent().unwrap()).unwrap();
        std::fs::write(target, text).unwrap();
        self
    }

    pub fn write_bytes(&self, path: &str, bytes: &[u8]) -> &Self {
        let target = self.root.join(path);
        std::fs::create_dir_all(target.parent().unwrap()).unwrap();
        std::fs::write(target, bytes).unwrap();
        self
    }

    pub fn remove(&self, path: &str) {
        std::fs::remove_file(self.root.join(path)).unwrap();
    }

    pub fn run(&self, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_steppe"))
            .args(args)
            .current_dir(&self.root)
            .output()
            .unwrap()
    }

    /// Builds into `public/`, panicking with the error output when the build fails.
    pub fn build(&self) -> &Self {
        let out = self.run(&["build"]);
        assert!(
            out.status.success(),
            "build failed:\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
        self
    }

    /// Builds, expecting failure; returns the error output.
    pub fn build_fails(&self) -> String {
        let out = self.run(&["build"]);
        assert_eq!(out.status.code(), Some(1), "build should fail");
        String::from_utf8_lossy(&out.stderr).into_owned()
    }

    pub fn file(&self, path: &str) -> String {
        let full = self.root.join("public").join(path);
        std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("{}: {e}", full.display()))
    }

    pub fn exists(&self, path: &str) -> bool {
        self.root.join("public").join(path).exists()
    }

    /// Every file of `public/`, relative path → bytes.
    pub fn tree(&self) -> std::collections::BTreeMap<String, Vec<u8>> {
        tree(&self.root.join("public"))
    }
}

pub fn tree(dir: &Path) -> std::collections::BTreeMap<String, Vec<u8>> {
    let mut files = std::collections::BTreeMap::new();
    for entry in walkdir::WalkDir::new(dir).min_depth(1) {
        let entry = entry.unwrap();
        if !entry.file_type().is_dir() {
            let rel = entry.path().strip_prefix(dir).unwrap().to_string_lossy().into_owned();
            files.insert(rel, std::fs::read(entry.path()).unwrap());
        }
    }
    files
}

/// An article file with the given front matter lines and body.
pub fn article(front: &str, body: &str) -> String {
    format!("---\n{front}\n---\n\n{body}\n")
}

/// Values of an attribute (`href`, `src`) in minified or plain HTML, read by the tokenizer
/// `steppe check` uses, so comments, scripts and raw text are not taken for markup.
pub fn attribute_values(html: &str, name: &str) -> Vec<String> {
    steppe::check::html::tags(html)
        .iter()
        .filter_map(|tag| tag.get(name).map(str::to_owned))
        .collect()
}

/// The `<html>` element's opening tag.
pub fn html_tag(page: &str) -> &str {
    let start = page.find("<html").expect("page has <html>");
    &page[start..start + page[start..].find('>').unwrap()]
}

/// The file of `public/` that a relative link found in the page at `from` leads to, resolved
/// as `steppe check` resolves it; `None` for same-page fragments and other sites.
/// Panics on a link that climbs out of the site.
pub fn resolve(from: &str, link: &str) -> Option<String> {
    if link.starts_with('#') || steppe::web_url::is_external(link) {
        return None;
    }
    let target = steppe::check::link_target(from, link);
    Some(target.unwrap_or_else(|| panic!("{from}: link {link} climbs out of the site")))
}

/// The bytes of a gzip stream (Pagefind compresses its files), decompressed in-process so no
/// system tool decides whether a test runs; `None` when the bytes are not gzip.
pub fn gunzip(bytes: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    std::io::Read::read_to_end(&mut flate2::read::GzDecoder::new(bytes), &mut out).ok()?;
    Some(out)
}
