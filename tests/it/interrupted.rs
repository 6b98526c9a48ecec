//! An interrupted build (issue 10): `steppe build` killed with SIGKILL at several points while
//! it renders and writes a large site leaves `public/` as the old site or the whole new one,
//! never a mix, and the next build succeeds.

use std::collections::BTreeMap;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::support::{TestSite, article, tree};

fn generate(site: &TestSite, count: usize) {
    for i in 0..count {
        let text = article(
            &format!(
                "title: Generated article {i}\ndate: 2025-01-{:02}\ntopics: [deals]",
                i % 28 + 1
            ),
            &format!("Paragraph {i} about **deals** in the steppe.\n\n## Section\n\nMore text for {i}."),
        );
        site.write(&format!("content/articles/gen-{i:04}.en.md"), &text);
    }
}

/// `public/`, or the previous site a kill between the two renames of the swap left aside
/// (the next build puts it back first).
fn current_site(site: &TestSite) -> BTreeMap<String, Vec<u8>> {
    let public = site.root.join("public");
    if public.is_dir() {
        tree(&public)
    } else {
        tree(&site.root.join(".public.steppe-old"))
    }
}

#[test]
fn killed_build_leaves_old_or_new_site_never_a_mix() {
    let site = TestSite::fixture("trilingual");
    generate(&site, 3000);
    let out = site.run(&["build", "--no-search"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let old = site.tree();

    // The new site differs on every page: the site title changes.
    let config = std::fs::read_to_string(site.root.join("steppe.yaml")).unwrap();
    site.write("steppe.yaml", &config.replacen("en: Briefing", "en: Briefing v2", 1));
    let started = Instant::now();
    let out = site.run(&["build", "--no-search", "--output", "../reference"]);
    let full = started.elapsed();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let new = tree(&site.root.join("../reference"));
    assert_ne!(old, new);

    let mut outcomes = Vec::new();
    for step in 1..=8 {
        let delay = full.mul_f64(step as f64 / 8.0) + Duration::from_millis(step);
        let mut child = spawn_build(&site);
        std::thread::sleep(delay);
        let killed = child.try_wait().unwrap().is_none();
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        let now = current_site(&site);
        let state = if now == old {
            "old"
        } else if now == new {
            "new"
        } else {
            let differing = now
                .keys()
                .chain(old.keys())
                .filter(|k| now.get(*k) != old.get(*k))
                .count();
            panic!(
                "after a kill at {delay:?} public/ is neither the old nor the new site ({differing} files differ from the old)"
            );
        };
        outcomes.push(format!(
            "{delay:?}: {} {state}",
            if killed { "killed" } else { "finished" }
        ));
    }
    eprintln!("kill points: {outcomes:?}");

    // Timed kills may all land while rendering, so one more kill is aimed at the writing
    // itself: it waits until the staging folder holds files, then kills. It builds with
    // `--no-cache`, which stages every file into an empty folder: a cached build starts its
    // staging from the tree the last build swapped out, full at once, and its few writes can
    // end before a kill lands.
    let (files_written, state) = kill_while_writing(&site);
    assert!(files_written > 0, "the kill landed while pages were being written");
    let now = current_site(&site);
    assert!(
        now == old || now == new,
        "after a kill mid-write ({files_written} files staged) public/ is a mix"
    );
    eprintln!("kill while writing: {files_written} files staged, {state}");

    let out = site.run(&["build", "--no-search"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(site.tree(), new, "the next build completes the new site");
    let leftovers: Vec<_> = std::fs::read_dir(&site.root)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("steppe-") && n != ".steppe-cache")
        .collect();
    assert!(leftovers.is_empty(), "staging folders are cleaned up: {leftovers:?}");
}

/// Starts a build, kills it once its staging folder holds some files and returns how many it
/// held at the kill, with whether the build was still running ("killed").
fn kill_while_writing(site: &TestSite) -> (usize, &'static str) {
    let staging = site.root.join(".public.steppe-new");
    // A folder an earlier kill left behind must not pass for this build's writing.
    let _ = std::fs::remove_dir_all(&staging);
    let mut child = spawn_build_with(site, &["--no-cache"]);
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        if walk_count(&staging) > 0 {
            let running = child.try_wait().unwrap().is_none();
            child.kill().unwrap(); // SIGKILL
            child.wait().unwrap();
            assert!(running, "the build ended before the kill");
            let files = walk_count(&staging);
            return (files, "killed");
        }
        assert!(
            child.try_wait().unwrap().is_none(),
            "the build finished before any file was staged"
        );
        assert!(Instant::now() < deadline, "no staging folder appeared");
        std::thread::sleep(Duration::from_micros(200));
    }
}

/// The files under `dir`; entries that vanish while it is read (the build is moving them) are
/// not counted.
fn walk_count(dir: &std::path::Path) -> usize {
    walkdir::WalkDir::new(dir)
        .min_depth(1)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| !e.file_type().is_dir())
        .count()
}

/// `steppe build --no-search` in the site, quietly, to be killed.
fn spawn_build(site: &TestSite) -> std::process::Child {
    spawn_build_with(site, &[])
}

/// As `spawn_build`, with more arguments.
fn spawn_build_with(site: &TestSite, more: &[&str]) -> std::process::Child {
    Command::new(env!("CARGO_BIN_EXE_steppe"))
        .args(["build", "--no-search"])
        .args(more)
        .current_dir(&site.root)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap()
}
