//! `BuiltSite` → the output folder. The only code that writes the site: pages are minified,
//! written to a fresh sibling folder, and swapped in only when all of it was written, so a
//! failed or interrupted build never leaves a half-written site.

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
}

impl Default for OutputOptions {
    fn default() -> Self {
        OutputOptions {
            minify: true,
            progress: Progress::default(),
            cache: PageCache::off(),
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
    // The staging folder is an implementation detail: a failure to make it is reported on `out`.
    remove_if_present(&staging)?;
    fs::create_dir_all(&staging).map_err(|e| Error::io(out, "create the output folder", e))?;
    let written = write_files(site, &staging, options);
    if let Err(error) = written {
        let _ = fs::remove_dir_all(&staging);
        return Err(error);
    }
    swap_in(&staging, out, &parent.join(format!(".{name}.steppe-old")))
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

fn write_files(site: &BuiltSite, staging: &Path, options: OutputOptions) -> Result<()> {
    let progress = options.progress.counter(Stage::Write, site.files.len());
    site.files.par_iter().try_for_each(|(path, bytes)| {
        let target = staging.join(path);
        if let Some(dir) = target.parent() {
            fs::create_dir_all(dir).map_err(|e| Error::io(dir, "create folder", e))?;
        }
        let minified;
        let bytes = if options.minify && path.ends_with(".html") {
            minified = options.cache.minified(bytes, site.identities.get(path), minify);
            &minified
        } else {
            bytes
        };
        fs::write(&target, bytes).map_err(|e| Error::io(&target, "write", e))?;
        progress.tick();
        Ok(())
    })
}

/// Moves the new tree into place; the old one is removed only after the new one is in.
fn swap_in(staging: &Path, out: &Path, old: &Path) -> Result<()> {
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
    if had_old {
        fs::remove_dir_all(old).map_err(|e| Error::io(old, "remove", e))?;
    }
    Ok(())
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
