//! Reading a folder tree of the site: every file under it, by its path inside it.

use std::path::{Path, PathBuf};

use crate::error::{Diagnostic, Diagnostics, Error, Result};

/// Every file under `folder` (relative to `root`), by its `/`-separated path inside `folder`,
/// sorted; symbolic links are followed. A missing folder has no files.
pub fn files(root: &Path, folder: &Path) -> Result<Vec<(String, Vec<u8>)>> {
    let mut found = Vec::new();
    let mut problems = Diagnostics::default();
    if root.join(folder).is_dir() {
        // Followed through symbolic links, as the files are published as they are; walkdir
        // reports a link back to a folder above instead of walking it for ever.
        let walk = walkdir::WalkDir::new(root.join(folder))
            .min_depth(1)
            .follow_links(true)
            .sort_by_file_name();
        for entry in walk {
            match entry {
                Ok(entry) if entry.file_type().is_dir() => {}
                Ok(entry) => read(root, folder, entry.path(), &mut found, &mut problems),
                Err(e) => walk_error(root, folder, e, &mut problems),
            }
        }
    }
    problems.finish()?;
    // By the whole path, not folder by folder: `a.txt` before `a/b.txt`.
    found.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(found)
}

/// `path` relative to `root`, as messages name it.
fn shown(root: &Path, path: &Path) -> PathBuf {
    path.strip_prefix(root).unwrap_or(path).to_owned()
}

fn read(root: &Path, folder: &Path, path: &Path, found: &mut Vec<(String, Vec<u8>)>, problems: &mut Diagnostics) {
    let relative = shown(root, path);
    let inner = path.strip_prefix(root.join(folder)).expect("walked under the folder");
    let parts: Option<Vec<&str>> = inner.components().map(|c| c.as_os_str().to_str()).collect();
    let Some(parts) = parts else {
        return problems.push(Diagnostic::error(
            &relative,
            "the file name is not UTF-8, so it cannot be part of a URL",
        ));
    };
    match std::fs::read(path) {
        Ok(bytes) => found.push((parts.join("/"), bytes)),
        Err(e) => problems.extend(Error::io(&relative, "read", e)),
    }
}

fn walk_error(root: &Path, folder: &Path, e: walkdir::Error, problems: &mut Diagnostics) {
    let at = e.path().map_or_else(|| folder.to_owned(), |p| shown(root, p));
    if let Some(ancestor) = e.loop_ancestor() {
        let above = shown(root, ancestor);
        let message = format!("a symbolic link back to the folder {} above it", above.display());
        return problems.push(Diagnostic::error(&at, message));
    }
    let action = if e.depth() == 0 { "read folder" } else { "read" };
    let source = e
        .into_io_error()
        .unwrap_or_else(|| std::io::Error::other("unreadable folder entry"));
    problems.extend(Error::io(&at, action, source));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_are_listed_by_their_whole_path_through_links() {
        let root = tempfile::tempdir().unwrap();
        let media = root.path().join("media");
        std::fs::create_dir_all(media.join("a/deep")).unwrap();
        std::fs::create_dir_all(root.path().join("elsewhere")).unwrap();
        std::fs::write(media.join("a/deep/x.png"), "x").unwrap();
        std::fs::write(media.join("a.txt"), "t").unwrap();
        std::fs::write(root.path().join("elsewhere/y.png"), "y").unwrap();
        std::os::unix::fs::symlink(root.path().join("elsewhere"), media.join("linked")).unwrap();
        let found = files(root.path(), Path::new("media")).unwrap();
        assert_eq!(
            found,
            [
                ("a.txt".to_owned(), b"t".to_vec()),
                ("a/deep/x.png".to_owned(), b"x".to_vec()),
                ("linked/y.png".to_owned(), b"y".to_vec()),
            ]
        );
        assert_eq!(files(root.path(), Path::new("missing")).unwrap(), []);
    }

    #[test]
    fn a_link_to_a_folder_above_is_an_error_naming_it() {
        let root = tempfile::tempdir().unwrap();
        let media = root.path().join("media");
        std::fs::create_dir_all(media.join("a")).unwrap();
        std::os::unix::fs::symlink(&media, media.join("a/up")).unwrap();
        let error = files(root.path(), Path::new("media")).unwrap_err().to_string();
        assert!(
            error.contains("media/a/up: a symbolic link back to the folder media above it"),
            "{error}"
        );
    }
}
