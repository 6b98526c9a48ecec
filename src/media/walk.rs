//! Reading a folder tree of the site: every file under it, by its path inside it.

use std::path::{Path, PathBuf};

use crate::error::{Diagnostic, Diagnostics, Error, Result};

/// Deeper folders are refused: a symbolic link to a folder above would never end.
const MAX_DEPTH: usize = 32;

/// Every file under `folder` (relative to `root`), by its `/`-separated path inside `folder`,
/// sorted; symbolic links are followed. A missing folder has no files.
pub fn files(root: &Path, folder: &Path) -> Result<Vec<(String, Vec<u8>)>> {
    let mut found = Vec::new();
    let mut problems = Diagnostics::default();
    if root.join(folder).is_dir() {
        visit(root, folder, "", &mut found, &mut problems);
    }
    problems.finish()?;
    found.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(found)
}

fn visit(root: &Path, folder: &Path, prefix: &str, found: &mut Vec<(String, Vec<u8>)>, problems: &mut Diagnostics) {
    let dir = folder.join(prefix);
    let entries = match std::fs::read_dir(root.join(&dir)) {
        Ok(entries) => entries,
        Err(e) => return problems.extend(Error::io(&dir, "read folder", e)),
    };
    for entry in entries.filter_map(|entry| entry.ok()) {
        let relative: PathBuf = dir.join(entry.file_name());
        let Some(name) = entry.file_name().to_str().map(str::to_owned) else {
            problems.push(Diagnostic::error(
                &relative,
                "the file name is not UTF-8, so it cannot be part of a URL",
            ));
            continue;
        };
        let inner = if prefix.is_empty() {
            name
        } else {
            format!("{prefix}/{name}")
        };
        // Followed through symbolic links, as the files are published as they are.
        match std::fs::metadata(entry.path()) {
            Ok(meta) if meta.is_dir() && inner.matches('/').count() >= MAX_DEPTH => {
                problems.push(Diagnostic::error(
                    &relative,
                    "folders nested too deep (a symbolic link to a folder above?)",
                ));
            }
            Ok(meta) if meta.is_dir() => visit(root, folder, &inner, found, problems),
            Ok(_) => match std::fs::read(entry.path()) {
                Ok(bytes) => found.push((inner, bytes)),
                Err(e) => problems.extend(Error::io(&relative, "read", e)),
            },
            Err(e) => problems.extend(Error::io(&relative, "read", e)),
        }
    }
}
