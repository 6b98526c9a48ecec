//! `BuiltSite` → the output folder. The only code that writes the site: pages are minified,
//! written to a sibling folder, and swapped in only when all of it was written, so a failed or
//! interrupted build never leaves a half-written site. With a spare folder (the tree a build
//! swapped out, kept for the next one), the sibling starts as that tree and only the files
//! whose bytes differ are written: a repeat build writes what changed, not the whole site.

use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::error::{Error, Result};
use crate::site::{BuiltSite, PageCache, Progress, Stage};

#[derive(Debug, Clone)]
pub struct OutputOptions {
    pub minify: bool,
    /// Told how many files have been written.
    pub progress: Progress,
    /// Where minified pages are kept between builds (keyed by the bytes minified).
    pub cache: PageCache,
    /// Where the tree swapped out is kept for the next build to start from, instead of being
    /// removed (removing and writing 30,000 files was most of a repeat build's time). Nothing
    /// in it is trusted: every file is compared with the site's bytes before it is kept.
    pub spare: Option<PathBuf>,
}

impl Default for OutputOptions {
    fn default() -> Self {
        OutputOptions {
            minify: true,
            progress: Progress::default(),
            cache: PageCache::off(),
            spare: None,
        }
    }
}

/// Deeper pages are written as rendered: minify-html parses recursively, and markdown nested
/// thousands deep (`>>>>…`, a list in a list in …) would overflow its stack.
const MAX_MINIFY_DEPTH: usize = 256;

/// Minifies an HTML page; spec-compliant output only, so validators stay happy. A page nested
/// deeper than `MAX_MINIFY_DEPTH` elements is returned unchanged.
pub fn minify(html: &[u8]) -> Vec<u8> {
    if nesting_depth(html) > MAX_MINIFY_DEPTH {
        return html.to_vec();
    }
    let mut cfg = minify_html::Cfg::new();
    cfg.minify_css = true;
    cfg.minify_js = true;
    cfg.keep_html_and_head_opening_tags = true;
    cfg.keep_closing_tags = true;
    minify_html::minify(html, &cfg)
}

/// The deepest element nesting of a page, counting open tags minus close tags and skipping
/// void elements; an estimate that errs high (a `<` in a script counts as a tag).
fn nesting_depth(html: &[u8]) -> usize {
    const VOID: [&[u8]; 13] = [
        b"area", b"base", b"br", b"col", b"embed", b"hr", b"img", b"input", b"link", b"meta", b"source", b"track",
        b"wbr",
    ];
    let (mut depth, mut deepest) = (0usize, 0usize);
    for (at, _) in html.iter().enumerate().filter(|&(_, &b)| b == b'<') {
        let rest = &html[at + 1..];
        if rest.first() == Some(&b'/') {
            depth = depth.saturating_sub(1);
            continue;
        }
        let name_len = rest.iter().take_while(|b| b.is_ascii_alphanumeric()).count();
        if name_len == 0 || VOID.iter().any(|v| v.eq_ignore_ascii_case(&rest[..name_len])) {
            continue;
        }
        depth += 1;
        deepest = deepest.max(depth);
    }
    deepest
}

/// Replaces `out` with the site. `out` is left as it was on any error.
pub fn write(site: &BuiltSite, out: &Path, options: OutputOptions) -> Result<()> {
    let (parent, name) = split_target(out)?;
    restore_interrupted_swap(&parent, &name, out)?;
    if out.exists() && !out.is_dir() {
        return Err(Error::io(
            out,
            "replace",
            std::io::Error::other("it is a file, not a folder"),
        ));
    }
    if parent.exists() && !parent.is_dir() {
        let reason = format!("{} is a file, not a folder", parent.display());
        return Err(Error::io(
            out,
            "create the output folder",
            std::io::Error::other(reason),
        ));
    }
    let staging = parent.join(format!(".{name}.steppe-new"));
    let old = parent.join(format!(".{name}.steppe-old"));
    // The staging folder is an implementation detail: a failure to make it is reported on `out`.
    let reused = start_staging(&staging, &old, out, options.spare.as_deref())?;
    let written = write_files(site, &staging, reused, &options);
    if let Err(error) = written {
        // A staging folder that was being brought up to date is as good a start as any next time.
        if !reused {
            let _ = fs::remove_dir_all(&staging);
        }
        return Err(error);
    }
    swap_in(&staging, out, &old, options.spare.as_deref())
}

/// Makes the staging folder, from an earlier tree when there is one (a staging folder a
/// killed build left, or the spare); returns whether it holds such a tree.
fn start_staging(staging: &Path, old: &Path, out: &Path, spare: Option<&Path>) -> Result<bool> {
    let Some(spare) = spare else {
        remove_if_present(staging)?;
        fs::create_dir_all(staging).map_err(|e| Error::io(out, "create the output folder", e))?;
        return Ok(false);
    };
    // A tree set aside by a build killed after its swap is the previous site: spare it too.
    if old.is_dir() && out.is_dir() && !spare.exists() && keep_as_spare(old, spare).is_err() {
        remove_if_present(old)?;
    }
    if staging.is_dir() {
        return Ok(true);
    }
    remove_if_present(staging)?;
    if spare.is_dir() && fs::rename(spare, staging).is_ok() {
        return Ok(true);
    }
    // On another file system than the cache, or gone: start from the current tree by hard
    // links (cheaper than writing every file; `write_files` replaces a changed file by a new
    // one, never writing into a linked one), or else empty.
    remove_if_present(spare)?;
    if out.is_dir() && link_tree(out, staging).is_ok() {
        return Ok(true);
    }
    remove_if_present(staging)?;
    fs::create_dir_all(staging).map_err(|e| Error::io(out, "create the output folder", e))?;
    Ok(false)
}

/// `to`, a new folder, made to hold hard links to every plain file under `from` (links and
/// other kinds are left out: `write_files` writes them).
fn link_tree(from: &Path, to: &Path) -> std::io::Result<()> {
    fs::create_dir(to)?;
    for entry in walkdir::WalkDir::new(from).min_depth(1) {
        let entry = entry.map_err(std::io::Error::other)?;
        let target = to.join(entry.path().strip_prefix(from).map_err(std::io::Error::other)?);
        if entry.file_type().is_dir() {
            fs::create_dir(&target)?;
        } else if entry.file_type().is_file() {
            fs::hard_link(entry.path(), &target)?;
        }
    }
    Ok(())
}

fn split_target(out: &Path) -> Result<(PathBuf, String)> {
    let name = out
        .file_name()
        .and_then(|n| n.to_str())
        .ok_or_else(|| {
            Error::io(
                out,
                "use as output folder",
                std::io::Error::other("it has no folder name"),
            )
        })?
        .to_owned();
    let parent = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    };
    Ok((parent, name))
}

/// Writes the site into `staging`. When it holds an earlier tree (`reused`), files the site
/// does not have are removed first, and a file is written only when its bytes differ from
/// those on disk: decided by the bytes themselves, so a file edited or damaged by hand is
/// rewritten, whatever its size or time.
fn write_files(site: &BuiltSite, staging: &Path, reused: bool, options: &OutputOptions) -> Result<()> {
    if reused {
        remove_stale(site, staging)?;
    }
    let progress = options.progress.counter(Stage::Write, site.files.len());
    site.files.par_iter().try_for_each(|(path, bytes)| {
        let target = staging.join(path);
        let minified;
        let bytes = if options.minify && path.ends_with(".html") {
            minified = options.cache.minified(bytes, site.identities.get(path), minify);
            &minified
        } else {
            bytes
        };
        if reused && holds(&target, bytes) {
            progress.tick();
            return Ok(());
        }
        if let Some(dir) = target.parent() {
            fs::create_dir_all(dir).map_err(|e| Error::io(dir, "create folder", e))?;
        }
        if reused {
            // A new file renamed over the old: the old may be a hard link into the live site.
            let fresh = target.with_file_name(format!(
                ".{}.steppe-tmp",
                target
                    .file_name()
                    .map_or_else(Default::default, |n| n.to_string_lossy())
            ));
            fs::write(&fresh, bytes).map_err(|e| Error::io(&target, "write", e))?;
            fs::rename(&fresh, &target).map_err(|e| Error::io(&target, "write", e))?;
        } else {
            fs::write(&target, bytes).map_err(|e| Error::io(&target, "write", e))?;
        }
        progress.tick();
        Ok(())
    })
}

/// `path` inside `dir` as the site names its files (`/`-separated), if it is valid UTF-8.
fn relative_name(path: &Path, dir: &Path) -> Option<String> {
    let parts: Option<Vec<&str>> = path.strip_prefix(dir).ok()?.iter().map(|c| c.to_str()).collect();
    Some(parts?.join("/"))
}

/// Whether `target` is a plain file (not a link) holding exactly `bytes`.
fn holds(target: &Path, bytes: &[u8]) -> bool {
    match fs::symlink_metadata(target) {
        Ok(meta) if meta.is_file() && meta.len() == bytes.len() as u64 => {
            fs::read(target).is_ok_and(|on_disk| on_disk == bytes)
        }
        _ => false,
    }
}

/// Removes from `dir` every file the site does not have and every folder that holds none of
/// its files (links included, never followed), so `dir` ends up with the site's files only.
fn remove_stale(site: &BuiltSite, dir: &Path) -> Result<()> {
    let mut folders: HashSet<&str> = HashSet::new();
    for path in site.files.keys() {
        let mut rest = path.as_str();
        while let Some((folder, _)) = rest.rsplit_once('/') {
            if !folders.insert(folder) {
                break;
            }
            rest = folder;
        }
    }
    let mut walk = walkdir::WalkDir::new(dir).min_depth(1).into_iter();
    while let Some(entry) = walk.next() {
        let entry = entry.map_err(|e| Error::io(dir, "read folder", std::io::Error::other(e)))?;
        let relative = relative_name(entry.path(), dir);
        let is_dir = entry.file_type().is_dir();
        let wanted = relative.as_deref().is_some_and(|r| match is_dir {
            true => folders.contains(r),
            false => site.files.contains_key(r),
        });
        if wanted {
            continue;
        }
        let path = entry.path();
        let removed = if is_dir {
            walk.skip_current_dir();
            fs::remove_dir_all(path)
        } else {
            fs::remove_file(path)
        };
        removed.map_err(|e| Error::io(path, "remove", e))?;
    }
    Ok(())
}

/// Moves the new tree into place; the old one is removed (or kept as the spare) only after
/// the new one is in.
fn swap_in(staging: &Path, out: &Path, old: &Path, spare: Option<&Path>) -> Result<()> {
    remove_if_present(old)?;
    let had_old = out.exists();
    if had_old {
        fs::rename(out, old).map_err(|e| {
            let _ = fs::remove_dir_all(staging);
            Error::io(out, "replace", e)
        })?;
    }
    if let Err(e) = fs::rename(staging, out) {
        if had_old {
            let _ = fs::rename(old, out);
        }
        let _ = fs::remove_dir_all(staging);
        return Err(Error::io(out, "replace", e));
    }
    if had_old && spare.is_none_or(|spare| keep_as_spare(old, spare).is_err()) {
        fs::remove_dir_all(old).map_err(|e| Error::io(old, "remove", e))?;
    }
    Ok(())
}

/// Moves the tree `old` to `spare`, for the next build to start from.
fn keep_as_spare(old: &Path, spare: &Path) -> std::io::Result<()> {
    if let Some(parent) = spare.parent() {
        fs::create_dir_all(parent)?;
    }
    remove_if_present(spare).map_err(std::io::Error::other)?;
    fs::rename(old, spare)
}

/// A build killed between the two renames of `swap_in` leaves the last good site in the
/// `-old` folder; put it back before anything else.
fn restore_interrupted_swap(parent: &Path, name: &str, out: &Path) -> Result<()> {
    let old = parent.join(format!(".{name}.steppe-old"));
    if !out.exists() && old.is_dir() {
        fs::rename(&old, out).map_err(|e| Error::io(&old, "restore", e))?;
    }
    Ok(())
}

fn remove_if_present(path: &Path) -> Result<()> {
    match fs::remove_dir_all(path) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(Error::io(path, "remove", e)),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site(files: &[(&str, &str)]) -> BuiltSite {
        BuiltSite::of(files)
    }

    #[test]
    fn replaces_the_whole_tree() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        write(
            &site(&[("a.txt", "1"), ("old.txt", "x")]),
            &out,
            OutputOptions::default(),
        )
        .unwrap();
        write(&site(&[("a.txt", "2")]), &out, OutputOptions::default()).unwrap();
        assert_eq!(fs::read_to_string(out.join("a.txt")).unwrap(), "2");
        assert!(!out.join("old.txt").exists(), "stale files are removed");
        let leftovers: Vec<_> = fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(leftovers.len(), 1, "no staging folders are left behind");
    }

    /// Two builds through a spare: the second starts from the tree the first swapped out.
    fn with_spare(dir: &Path) -> OutputOptions {
        OutputOptions {
            spare: Some(dir.join("cache/output")),
            ..OutputOptions::default()
        }
    }

    #[test]
    fn a_spared_tree_is_brought_to_the_site_by_its_bytes() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        let first = site(&[("a/index.html", "<p>a</p>"), ("b.txt", "b"), ("old/x.txt", "x")]);
        write(&first, &out, with_spare(dir.path())).unwrap();
        write(&first, &out, with_spare(dir.path())).unwrap();
        let spare = dir.path().join("cache/output");
        assert_eq!(
            fs::read_to_string(spare.join("b.txt")).unwrap(),
            "b",
            "the old tree is spared"
        );
        // The spare, edited by hand in every way a tree can differ from the site.
        fs::write(spare.join("b.txt"), "B").unwrap(); // same size, other bytes
        fs::remove_file(spare.join("a/index.html")).unwrap();
        fs::write(spare.join("stray.txt"), "s").unwrap();
        fs::create_dir_all(spare.join("c.txt")).unwrap(); // a folder where the site has a file
        fs::write(spare.join("c.txt/inner"), "i").unwrap();
        std::os::unix::fs::symlink(dir.path().join("elsewhere"), spare.join("d.txt")).unwrap();
        fs::write(dir.path().join("elsewhere"), "d").unwrap();
        let second = site(&[
            ("a/index.html", "<p>a</p>"),
            ("b.txt", "b"),
            ("c.txt", "c"),
            ("d.txt", "d"),
        ]);
        write(&second, &out, with_spare(dir.path())).unwrap();
        let written = tree_of(&out);
        let expected: Vec<(String, Vec<u8>)> = second
            .files
            .iter()
            .map(|(p, b)| (p.clone(), minify_if_page(p, b)))
            .collect();
        assert_eq!(written, expected);
        assert!(
            !fs::symlink_metadata(out.join("d.txt")).unwrap().is_symlink(),
            "links are replaced"
        );
        assert_eq!(
            fs::read_to_string(dir.path().join("elsewhere")).unwrap(),
            "d",
            "and not followed"
        );
    }

    #[test]
    fn without_a_spare_the_live_tree_is_linked_and_never_written_through() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        write(&site(&[("a.txt", "1"), ("b.txt", "2")]), &out, OutputOptions::default()).unwrap();
        let live = fs::read(out.join("a.txt")).unwrap();
        let next = site(&[("a.txt", "3"), ("b.txt", "2")]);
        write(&next, &out, with_spare(dir.path())).unwrap();
        assert_eq!(
            tree_of(&out),
            [("a.txt".into(), b"3".to_vec()), ("b.txt".into(), b"2".to_vec())]
        );
        let spare = dir.path().join("cache/output");
        assert_eq!(
            fs::read(spare.join("a.txt")).unwrap(),
            live,
            "the old tree kept its bytes"
        );
    }

    fn minify_if_page(path: &str, bytes: &[u8]) -> Vec<u8> {
        if path.ends_with(".html") {
            minify(bytes)
        } else {
            bytes.to_vec()
        }
    }

    /// Every file under `dir` with its bytes, by `/`-separated path.
    fn tree_of(dir: &Path) -> Vec<(String, Vec<u8>)> {
        let mut files: Vec<_> = walkdir::WalkDir::new(dir)
            .min_depth(1)
            .into_iter()
            .map(Result::unwrap)
            .filter(|e| !e.file_type().is_dir())
            .map(|e| (relative_name(e.path(), dir).unwrap(), fs::read(e.path()).unwrap()))
            .collect();
        files.sort();
        files
    }

    #[test]
    fn restores_a_site_left_by_an_interrupted_swap() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        fs::create_dir_all(dir.path().join(".public.steppe-old")).unwrap();
        fs::write(dir.path().join(".public.steppe-old/keep.txt"), "k").unwrap();
        restore_interrupted_swap(dir.path(), "public", &out).unwrap();
        assert_eq!(fs::read_to_string(out.join("keep.txt")).unwrap(), "k");
    }

    #[test]
    fn deeply_nested_pages_are_written_unminified() {
        let deep = format!(
            "<p>{}x{}</p>",
            "<blockquote>".repeat(5000),
            "</blockquote>".repeat(5000)
        );
        assert_eq!(minify(deep.as_bytes()), deep.as_bytes());
        assert_eq!(nesting_depth(b"<div><img src=x><br><p>a</p></div>"), 2);
    }

    #[test]
    fn minify_keeps_scripts_and_arabic_text() {
        let page = "<!doctype html><html lang=ar dir=rtl><head><title>ت</title></head><body><p>  مرحبا   Boeing 787-9  </p><script>if (a < b && c) { document.title = 'x'; }</script></body></html>";
        let out = String::from_utf8(minify(page.as_bytes())).unwrap();
        assert!(out.contains("مرحبا Boeing 787-9"), "{out}");
        assert!(out.contains("a<b&&c"), "{out}");
        assert!(out.contains("dir=rtl"), "{out}");
    }
}
