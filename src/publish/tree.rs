//! The built site → one git tree: every file of the output folder is stored byte for byte (no
//! line-ending filters, no ignore rules), listed in a private index file and written as a tree.

use std::fs;
use std::path::{Path, PathBuf};

use super::PublishError;
use super::git::Git;

/// A file of the published tree: its path in the tree (with `/`) and where its bytes are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct SiteFile {
    pub(super) path: String,
    pub(super) source: PathBuf,
}

/// Whether objects go into the repository, or are only hashed (a dry run).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Store {
    Write,
    HashOnly,
}

/// Every file under `dir`, sorted by path; `.git` entries are skipped.
pub(super) fn collect(dir: &Path) -> Result<Vec<SiteFile>, PublishError> {
    let mut files = Vec::new();
    // Follows symbolic links: the host receives what a reader of the folder sees (walkdir
    // reports a link back to a folder above as an error instead of walking it forever).
    let walk = walkdir::WalkDir::new(dir)
        .follow_links(true)
        .min_depth(1)
        .into_iter()
        .filter_entry(|entry| entry.file_name() != ".git");
    for entry in walk {
        let entry = entry.map_err(|e| PublishError::Read {
            path: e.path().unwrap_or(dir).to_owned(),
            source: e.into(),
        })?;
        if !entry.file_type().is_dir() {
            let source = entry.into_path();
            files.push(SiteFile {
                path: tree_path(dir, &source)?,
                source,
            });
        }
    }
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(files)
}

/// The path of `file` inside the tree: relative to `dir`, `/`-separated, printable UTF-8.
fn tree_path(dir: &Path, file: &Path) -> Result<String, PublishError> {
    let relative = file.strip_prefix(dir).expect("collect walks inside dir");
    let parts: Option<Vec<&str>> = relative.components().map(|c| c.as_os_str().to_str()).collect();
    match parts {
        Some(parts) if parts.iter().all(|p| !p.chars().any(char::is_control)) => Ok(parts.join("/")),
        _ => Err(PublishError::BadFileName { path: file.to_owned() }),
    }
}

/// Stores the files and the `extra` ones (which replace files of the same path) and returns
/// the id of the tree that holds exactly them. `index` must be a path no one else uses.
pub(super) fn write_tree(
    git: &Git,
    index: &Path,
    files: &[SiteFile],
    extra: &[(&str, &[u8])],
    store: Store,
) -> Result<String, PublishError> {
    let files: Vec<&SiteFile> = files
        .iter()
        .filter(|f| !extra.iter().any(|(path, _)| *path == f.path))
        .collect();
    let mut hash = vec!["hash-object", "--no-filters"];
    if store == Store::Write {
        hash.push("-w");
    }
    let mut entries: Vec<(String, String)> = Vec::new();
    if !files.is_empty() {
        let paths: String = files.iter().map(|f| format!("{}\n", f.source.display())).collect();
        let ids = git.run_with_input(&[&hash[..], &["--stdin-paths"]].concat(), Some(paths.as_bytes()))?;
        let ids: Vec<&str> = ids.lines().collect();
        // Git prints one id per path; anything else (an old git, a wrapper on PATH that prints
        // more) is reported rather than trusted or turned into a panic.
        if ids.len() != files.len() {
            return Err(PublishError::Git {
                command: hash.join(" ") + " --stdin-paths",
                message: format!("printed {} object ids for {} files", ids.len(), files.len()),
            });
        }
        entries.extend(files.iter().zip(ids).map(|(f, id)| (f.path.clone(), id.to_owned())));
    }
    for (path, bytes) in extra {
        let id = git.run_with_input(&[&hash[..], &["--stdin"]].concat(), Some(bytes))?;
        entries.push(((*path).to_owned(), id));
    }
    let listing: String = entries
        .iter()
        .map(|(path, id)| format!("100644 {id}\t{path}\0"))
        .collect();
    let git = git.with_index(index);
    git.run_with_input(
        &["update-index", "-z", "--add", "--index-info"],
        Some(listing.as_bytes()),
    )?;
    match store {
        Store::Write => git.run(&["write-tree"]),
        Store::HashOnly => git.run(&["write-tree", "--missing-ok"]),
    }
}

/// Removes the private index file when dropped, whatever happened.
pub(super) struct TempIndex {
    path: PathBuf,
}

impl TempIndex {
    /// A fresh index path inside the repository's git folder (never the repository's index).
    pub(super) fn new(git_dir: &Path) -> TempIndex {
        let path = git_dir.join(format!("steppe-publish-{}.index", std::process::id()));
        let _ = fs::remove_file(&path);
        TempIndex { path }
    }

    pub(super) fn path(&self) -> &Path {
        &self.path
    }
}

impl Drop for TempIndex {
    fn drop(&mut self) {
        let _ = fs::remove_file(&self.path);
        let _ = fs::remove_file(self.path.with_extension("index.lock"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collect_lists_files_sorted_with_slash_paths() {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir_all(dir.path().join("en/articles/a")).unwrap();
        fs::write(dir.path().join("en/articles/a/index.html"), "a").unwrap();
        fs::write(dir.path().join("index.html"), "i").unwrap();
        fs::write(dir.path().join(".nojekyll"), "").unwrap();
        fs::create_dir_all(dir.path().join(".git")).unwrap();
        fs::write(dir.path().join(".git/HEAD"), "x").unwrap();
        let paths: Vec<String> = collect(dir.path()).unwrap().into_iter().map(|f| f.path).collect();
        assert_eq!(paths, [".nojekyll", "en/articles/a/index.html", "index.html"]);
    }

    #[test]
    fn control_characters_in_names_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("bad\nname"), "x").unwrap();
        assert!(matches!(collect(dir.path()), Err(PublishError::BadFileName { .. })));
    }
}
