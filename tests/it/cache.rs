//! The page cache in `.steppe-cache/`: a repeat build must write exactly what a clean build of
//! the same sources writes, whatever was edited in between, and `--verify-cache` must catch an
//! entry that does not.

use std::path::Path;

use crate::support::{TestSite, article, tree};

/// SplitMix64: a seeded, dependency-free generator, so every run makes the same edits.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

const LANGS: [&str; 3] = ["en", "fr", "ar"];

/// The trilingual fixture and `count` generated articles in every language, each linking to
/// a heading of the fixture's `accord` article (so links check anchors across articles).
fn site(count: usize) -> TestSite {
    let site = TestSite::fixture("trilingual");
    for n in 0..count {
        for lang in LANGS {
            site.write(
                &format!("content/articles/g{n}.{lang}.md"),
                &generated(n, lang, "2025-01-0", n),
            );
        }
    }
    site
}

fn generated(n: usize, lang: &str, date_prefix: &str, day: usize) -> String {
    let translated = if lang == "en" { "" } else { "\ntranslated_from: en" };
    article(
        &format!(
            "title: \"Item {n} ({lang})\"\ndate: {date_prefix}{}\nsummary: \"Summary {n}.\"\ntopics: [deals]{translated}",
            day % 9 + 1
        ),
        &format!(
            "Text of item {n}, see [the figures](accord.en.md#figures) and [older](older.en.md).\n\n## Part {n}\n\nMore text."
        ),
    )
}

fn build(site: &TestSite, out: &Path, extra: &[&str]) -> std::process::Output {
    let out = out.to_str().unwrap();
    let mut args = vec!["build", "--output", out, "--base-url", "https://example.org"];
    args.extend_from_slice(extra);
    site.run(&args)
}

fn stderr(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Builds with the cache and without it and asserts the two agree: both fail, or both write
/// the same bytes. Returns how many pages the cached build took from the cache.
fn assert_cached_equals_clean(site: &TestSite, step: &str) -> Option<usize> {
    assert_cached_equals_clean_with(site, step, &["--no-search"]).map(|(cached, _)| cached)
}

/// Returns the pages the cached build took from the cache and those it rendered.
fn assert_cached_equals_clean_with(site: &TestSite, step: &str, extra: &[&str]) -> Option<(usize, usize)> {
    let outs = tempfile::tempdir().unwrap();
    let (cached_out, clean_out) = (outs.path().join("cached"), outs.path().join("clean"));
    let cached = build(site, &cached_out, extra);
    let clean = build(site, &clean_out, &[&["--no-cache"], extra].concat());
    assert_eq!(
        cached.status.success(),
        clean.status.success(),
        "{step}: the cached build {} but the clean one {}:\n{}\n{}",
        if cached.status.success() { "passed" } else { "failed" },
        if clean.status.success() { "passed" } else { "failed" },
        stderr(&cached),
        stderr(&clean)
    );
    if !clean.status.success() {
        return None;
    }
    let (cached_files, clean_files) = (tree(&cached_out), tree(&clean_out));
    let names = |files: &std::collections::BTreeMap<String, Vec<u8>>| files.keys().cloned().collect::<Vec<_>>();
    assert_eq!(names(&cached_files), names(&clean_files), "{step}: different files");
    for (path, bytes) in &clean_files {
        assert!(
            cached_files[path] == *bytes,
            "{step}: {path} differs from a clean build:\ncached: {}\nclean:  {}",
            String::from_utf8_lossy(&cached_files[path]),
            String::from_utf8_lossy(bytes)
        );
    }
    let report = stderr(&cached);
    let line = report
        .lines()
        .find(|l| l.starts_with("Pages: "))
        .expect("the cache reports");
    let numbers: Vec<usize> = line
        .split(|c: char| !c.is_ascii_digit())
        .filter_map(|n| n.parse().ok())
        .collect();
    Some((numbers[0], numbers[1]))
}

/// Replaces the first line of `path` that starts with `prefix` by `line`.
fn set_line(site: &TestSite, path: &str, prefix: &str, line: &str) {
    let text = std::fs::read_to_string(site.root.join(path)).unwrap();
    let at = text
        .lines()
        .position(|l| l.starts_with(prefix))
        .unwrap_or_else(|| panic!("{path}: no `{prefix}`"));
    let lines: Vec<&str> = text
        .lines()
        .enumerate()
        .map(|(i, l)| if i == at { line } else { l })
        .collect();
    site.write(path, &(lines.join("\n") + "\n"));
}

fn replace(site: &TestSite, path: &str, from: &str, to: &str) {
    let text = std::fs::read_to_string(site.root.join(path)).unwrap();
    assert!(text.contains(from), "{path}: no `{from}`");
    site.write(path, &text.replacen(from, to, 1));
}

#[derive(Debug, Clone, Copy)]
enum Edit {
    Body,
    Title,
    Date,
    Topics,
    Summary,
    Template,
    UiString,
    Data,
    Config,
    /// Removes a heading another article links to (the build must fail), then restores it.
    BreakAnchor,
    DeleteTranslation,
    Rename,
}

const EDITS: [Edit; 12] = [
    Edit::Body,
    Edit::Title,
    Edit::Date,
    Edit::Topics,
    Edit::Summary,
    Edit::Template,
    Edit::UiString,
    Edit::Data,
    Edit::Config,
    Edit::BreakAnchor,
    Edit::DeleteTranslation,
    Edit::Rename,
];

/// The generated articles still present, as (key, languages).
fn present(site: &TestSite) -> Vec<(String, Vec<&'static str>)> {
    let mut found = std::collections::BTreeMap::<String, Vec<&str>>::new();
    for entry in std::fs::read_dir(site.root.join("content/articles")).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        if let Some(stem) = name.strip_prefix('g').and_then(|s| s.strip_suffix(".md")) {
            let (key, lang) = stem.rsplit_once('.').unwrap();
            let lang = LANGS.into_iter().find(|l| *l == lang).unwrap();
            found.entry(format!("g{key}")).or_default().push(lang);
        }
    }
    found.into_iter().collect()
}

fn apply(site: &TestSite, edit: Edit, n: usize, rng: &mut Rng) {
    let articles = present(site);
    let (key, langs) = rng.pick(&articles).clone();
    let file = format!("content/articles/{key}.{}.md", rng.pick(&langs));
    match edit {
        Edit::Body => {
            let text = std::fs::read_to_string(site.root.join(&file)).unwrap();
            site.write(&file, &format!("{text}\nEdited paragraph {n}.\n"));
        }
        Edit::Title => set_line(site, &file, "title:", &format!("title: \"Retitled {n}\"")),
        Edit::Date => set_line(
            site,
            &file,
            "date:",
            &format!("date: 2025-0{}-1{}", rng.below(9) + 1, rng.below(9)),
        ),
        Edit::Topics => {
            let topics = ["topics: [culture]", "topics: [deals, culture]"][rng.below(2)];
            set_line(site, &file, "topics:", topics)
        }
        Edit::Summary => set_line(site, &file, "summary:", &format!("summary: \"Summed up {n}.\"")),
        Edit::Template => replace(
            site,
            "themes/briefing/templates/article.html",
            "<article class=\"article\"",
            &format!("<article class=\"article\" data-edit{n}=\"\""),
        ),
        Edit::UiString => set_line(
            site,
            "themes/briefing/i18n/en.ftl",
            "nav-topics =",
            &format!("nav-topics = Topics {n}"),
        ),
        Edit::Data => replace(
            site,
            "content/data/timeline.yaml",
            "An early event",
            &format!("An early event {n}"),
        ),
        Edit::Config => set_line(
            site,
            "steppe.yaml",
            "title:",
            &format!("title: {{en: Briefing {n}, fr: Dossier, ar: الموجز}}"),
        ),
        Edit::BreakAnchor | Edit::DeleteTranslation | Edit::Rename => unreachable!("applied by the test"),
    }
}

#[test]
fn repeat_builds_equal_clean_builds_through_random_edits() {
    let site = site(4);
    let (_, rendered) = assert_cached_equals_clean_with(&site, "first build", &["--no-search"]).unwrap();
    assert!(rendered > 20, "{rendered} pages rendered");
    assert_eq!(
        assert_cached_equals_clean_with(&site, "unchanged", &["--no-search"]),
        Some((rendered, 0)),
        "an unchanged site comes whole from the cache"
    );
    let mut rng = Rng(0x5eed_cafe);
    // Every kind of edit once, in a seeded order, then more drawn at random.
    let mut edits = EDITS.to_vec();
    for i in (1..edits.len()).rev() {
        edits.swap(i, rng.below(i + 1));
    }
    edits.extend((0..6).map(|_| *rng.pick(&EDITS)));
    for (n, edit) in edits.into_iter().enumerate() {
        let step = format!("edit {n} ({edit:?})");
        match edit {
            Edit::BreakAnchor => {
                replace(&site, "content/articles/accord.en.md", "## Figures", "## Numbers");
                assert_eq!(
                    assert_cached_equals_clean(&site, &step),
                    None,
                    "{step}: the link is broken"
                );
                replace(&site, "content/articles/accord.en.md", "## Numbers", "## Figures");
            }
            Edit::DeleteTranslation => {
                let articles = present(&site);
                let (key, langs) = rng.pick(&articles);
                if let Some(lang) = langs.iter().find(|l| **l != "en") {
                    site.remove(&format!("content/articles/{key}.{lang}.md"));
                }
            }
            Edit::Rename => {
                let articles = present(&site);
                let (key, langs) = rng.pick(&articles);
                for lang in langs {
                    let from = site.root.join(format!("content/articles/{key}.{lang}.md"));
                    std::fs::rename(from, site.root.join(format!("content/articles/{key}{n}.{lang}.md"))).unwrap();
                }
            }
            _ => apply(&site, edit, n, &mut rng),
        }
        let cached = assert_cached_equals_clean(&site, &step);
        if let (Edit::Body, Some(cached)) = (edit, cached) {
            assert!(cached > 0, "{step}: a body edit re-rendered every page");
        }
    }
    assert_cached_equals_clean_with(&site, "with the search index", &[]);
    apply(&site, Edit::Body, 99, &mut rng);
    assert_cached_equals_clean_with(&site, "with the search index, after an edit", &[]);
}

/// The pack files of the site's page cache.
fn packs(site: &TestSite) -> Vec<std::path::PathBuf> {
    let dir = site.root.join(".steppe-cache/pages");
    let mut found: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    found.sort();
    found
}

/// Where each entry of a pack starts and ends: `[length][checksum][payload]`, back to back
/// up to the index (the layout docs/cache.md describes).
fn pack_entries(bytes: &[u8]) -> Vec<std::ops::Range<usize>> {
    let count = u64::from_le_bytes(bytes[bytes.len() - 48..bytes.len() - 40].try_into().unwrap()) as usize;
    let end = bytes.len() - 48 - count * 48;
    let (mut at, mut entries) = (0, Vec::new());
    while at < end {
        let len = u64::from_le_bytes(bytes[at..at + 8].try_into().unwrap()) as usize;
        entries.push(at..at + 40 + len);
        at += 40 + len;
    }
    assert_eq!(entries.len(), count, "the pack's entries fill it up to its index");
    entries
}

#[test]
fn damaged_entries_are_rendered_again_not_served() {
    let site = site(2);
    assert_cached_equals_clean(&site, "first build");
    for path in packs(&site) {
        let mut bytes = std::fs::read(&path).unwrap();
        let entries = pack_entries(&bytes);
        assert!(entries.len() > 40, "{} entries", entries.len());
        // The last byte of every entry: each payload then fails its checksum.
        for entry in entries {
            bytes[entry.end - 1] ^= 0x20;
        }
        std::fs::write(&path, bytes).unwrap();
    }
    assert_eq!(assert_cached_equals_clean(&site, "damaged cache"), Some(0));
}

#[test]
fn verify_cache_catches_an_entry_that_does_not_match_its_key() {
    let site = site(2);
    let outs = tempfile::tempdir().unwrap();
    let out = outs.path().join("site");
    let verified = build(&site, &out, &["--no-search", "--verify-cache"]);
    assert!(verified.status.success(), "{}", stderr(&verified));
    assert!(stderr(&verified).contains("byte-identical"), "{}", stderr(&verified));
    // An entry whose bytes are whole but wrong, as a key that left out an input would leave:
    // the checksum is made anew, so only a comparison with a clean build can tell.
    // Both entries of g0's English page, as rendered and as minified: a minified entry is
    // keyed by the page's key, so a wrong page entry alone would not reach the output.
    let (from, to) = (&b"Text of item 0"[..], &b"Text of item X"[..]);
    let title = b"Item 0 (en)";
    let [pack] = packs(&site).try_into().expect("one pack after one build");
    let mut bytes = std::fs::read(&pack).unwrap();
    let has = |entry: &[u8], part: &[u8]| entry.windows(part.len()).any(|w| w == part);
    let entries: Vec<_> = pack_entries(&bytes)
        .into_iter()
        .filter(|entry| has(&bytes[entry.clone()], title) && has(&bytes[entry.clone()], from))
        .collect();
    assert_eq!(entries.len(), 2, "g0's English page, rendered and minified");
    for entry in entries {
        let payload = &mut bytes[entry.start + 40..entry.end];
        let at = payload.windows(from.len()).position(|w| w == from).unwrap();
        payload[at..at + to.len()].copy_from_slice(to);
        let checksum = *blake3::hash(payload).as_bytes();
        bytes[entry.start + 8..entry.start + 40].copy_from_slice(&checksum);
    }
    std::fs::write(&pack, bytes).unwrap();

    let served = build(&site, &out, &["--no-search"]);
    assert!(served.status.success(), "{}", stderr(&served));
    let page = std::fs::read_to_string(out.join("en/articles/g0/index.html")).unwrap();
    assert!(page.contains("Text of item X"), "a plain build trusts a whole entry");

    let failed = build(&site, &out, &["--no-search", "--verify-cache"]);
    let message = stderr(&failed);
    assert_eq!(failed.status.code(), Some(1), "{message}");
    assert!(
        message.contains("differs from a clean build in en/articles/g0/index.html"),
        "{message}"
    );
    let page = std::fs::read_to_string(out.join("en/articles/g0/index.html")).unwrap();
    assert!(page.contains("Text of item 0"), "the clean build is the one written");
}

/// A repeat build starts from the tree the last one swapped out and writes only the files
/// whose bytes differ: whatever happened to the output folder in between, it must end up as a
/// clean build would leave it.
#[test]
fn repeat_builds_restore_an_output_folder_edited_by_hand() {
    let site = site(2);
    let outs = tempfile::tempdir().unwrap();
    let (out, clean) = (outs.path().join("site"), outs.path().join("clean"));
    let built = |step: &str| {
        let cached = build(&site, &out, &["--no-search"]);
        assert!(cached.status.success(), "{step}: {}", stderr(&cached));
        let fresh = build(&site, &clean, &["--no-search", "--no-cache"]);
        assert!(fresh.status.success(), "{step}: {}", stderr(&fresh));
        assert!(
            tree(&out) == tree(&clean),
            "{step}: the output differs from a clean build"
        );
    };
    built("first build");
    built("second build, which spares the first's tree");
    let page = "en/articles/g0/index.html";
    for round in 0..2 {
        // The live folder and the spare (the tree the next build starts from) alike.
        // Another byte in each: the two may share a file (hard links), and flipping one byte
        // twice would undo the edit.
        for (at, dir) in [out.clone(), site.root.join(".steppe-cache/output")]
            .into_iter()
            .enumerate()
        {
            let bytes = std::fs::read(dir.join(page)).unwrap();
            let mut edited = bytes.clone();
            edited[bytes.len() / 2 + at] ^= 1; // same size, same folder, other bytes
            std::fs::write(dir.join(page), edited).unwrap();
            // The spare of round 1 is the folder edited in round 0, which lacks it already.
            let _ = std::fs::remove_file(dir.join("en/index.html"));
            std::fs::write(dir.join("en/stray.html"), "stray").unwrap();
        }
        built(&format!("round {round}: after edits by hand"));
    }
    site.remove("content/articles/g1.en.md");
    built("after an article was removed");
    assert!(
        !out.join("en/articles/g1").exists(),
        "the removed article's folder is gone"
    );
}
