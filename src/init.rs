//! `steppe init`: a new site that builds and passes `steppe check` at once: a commented
//! `steppe.yaml`, one example article in every language, one topic with its introductions, a
//! README and a `.gitignore`. The theme is the built-in one, so no theme folder is written.

mod files;

use std::path::{Path, PathBuf};

use crate::date::Date;
use crate::error::{Diagnostic, Error, Result};

/// What `init` wrote, relative to the new site's folder, in the order written.
#[derive(Debug)]
pub struct Created {
    pub root: PathBuf,
    pub files: Vec<PathBuf>,
}

/// The languages `init` can write an example site in.
pub fn example_languages() -> Vec<&'static str> {
    files::EXAMPLES.iter().map(|e| e.code).collect()
}

/// Writes a new site in `languages` (codes, the default first) into `root` (created when
/// missing). Refuses a folder that already holds a site (`steppe.yaml` or `content/`), and
/// writes nothing then.
pub fn init(root: &Path, languages: &[String], today: Date) -> Result<Created> {
    let mut examples: Vec<&files::Example> = Vec::new();
    for code in languages {
        let example = files::EXAMPLES.iter().find(|e| e.code == code).ok_or_else(|| {
            Diagnostic::error(
                crate::config::FILE_NAME,
                format!(
                    "`steppe init` has an example text in {}, not in `{code}`; start with those and add `{code}` to `languages` in steppe.yaml afterwards (docs/configuration.md, \"Adding a language\")",
                    example_languages().join(", ")
                ),
            )
        })?;
        if examples.iter().any(|e| e.code == example.code) {
            return Err(Diagnostic::error(crate::config::FILE_NAME, format!("`{code}` is listed twice")).into());
        }
        examples.push(example);
    }
    if examples.is_empty() {
        return Err(Diagnostic::error(crate::config::FILE_NAME, "name at least one language").into());
    }
    for marker in [crate::config::FILE_NAME, "content"] {
        let path = if root == Path::new(".") {
            PathBuf::from(marker)
        } else {
            root.join(marker)
        };
        if path.exists() {
            return Err(Diagnostic::error(
                path,
                "this folder already holds a site; `steppe init` only starts new ones (nothing was written)",
            )
            .into());
        }
    }
    let mut written = Vec::new();
    for (name, text) in files::site_files(&examples, today) {
        let target = root.join(&name);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent).map_err(|e| Error::io(parent, "create folder", e))?;
        }
        std::fs::write(&target, text).map_err(|e| Error::io(&target, "write", e))?;
        written.push(PathBuf::from(&name));
    }
    Ok(Created {
        root: root.to_owned(),
        files: written,
    })
}
