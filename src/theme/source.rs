//! Where a theme's files come from: the built-in theme compiled into the binary, then a site's
//! `themes/<name>/` folder over it file by file. (The site's `templates/` folder goes over both;
//! `theme` reads it.)

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use include_dir::{Dir, include_dir};

use crate::config::Config;
use crate::error::{Diagnostic, Error, Result};

/// The default theme, compiled in so that a new site needs no theme folder (build.rs makes
/// cargo rebuild when a file of it changes).
static BUILTIN: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/themes/briefing");

/// The name that selects the built-in theme (`theme:` in steppe.yaml; also the default).
pub const BUILTIN_NAME: &str = "briefing";

/// One file of a theme, by where it came from.
#[derive(Debug, Clone)]
pub struct ThemeFile {
    /// Shown in messages: `themes/briefing/templates/page.html` for a site's own file,
    /// `(built-in theme)/templates/page.html` for a compiled-in one.
    pub path: PathBuf,
    pub bytes: Cow<'static, [u8]>,
}

/// Every file of the theme, keyed by its path inside the theme (`templates/page.html`).
#[derive(Debug, Default)]
pub struct ThemeFiles {
    files: BTreeMap<String, ThemeFile>,
}

impl ThemeFiles {
    /// The built-in files when `config.theme` names the built-in theme, with the site's
    /// `themes/<name>/` files over them; a theme of another name must be a complete folder.
    pub fn load(config: &Config) -> Result<ThemeFiles> {
        let theme_dir = Path::new("themes").join(&config.theme);
        let builtin = config.theme == BUILTIN_NAME;
        if !builtin && !config.root.join(&theme_dir).is_dir() {
            return Err(Diagnostic::error(
                crate::config::FILE_NAME,
                format!(
                    "theme `{}` not found: there is no folder {} (the built-in theme is `{BUILTIN_NAME}`)",
                    config.theme,
                    theme_dir.display()
                ),
            )
            .into());
        }
        let mut theme = ThemeFiles::default();
        if builtin {
            for (name, bytes) in builtin_files() {
                let path = Path::new("(built-in theme)").join(&name);
                theme.files.insert(
                    name,
                    ThemeFile {
                        path,
                        bytes: Cow::Borrowed(bytes),
                    },
                );
            }
        }
        for (name, path) in super::list_files(&config.root, &theme_dir)? {
            let bytes = std::fs::read(config.root.join(&path)).map_err(|e| Error::io(&path, "read", e))?;
            theme.files.insert(
                name,
                ThemeFile {
                    path,
                    bytes: Cow::Owned(bytes),
                },
            );
        }
        Ok(theme)
    }

    /// The file at `name` inside the theme (`i18n/en.ftl`).
    pub fn get(&self, name: &str) -> Option<&ThemeFile> {
        self.files.get(name)
    }

    /// The files under `folder` (`templates`), named by their path inside it, sorted.
    /// A hash of every file's name, path and bytes: two loads with the same digest read the
    /// same theme.
    pub fn digest(&self, hasher: &mut blake3::Hasher) {
        for (name, file) in &self.files {
            for part in [name.as_bytes(), file.path.as_os_str().as_encoded_bytes(), &file.bytes] {
                hasher.update(&(part.len() as u64).to_le_bytes());
                hasher.update(part);
            }
        }
    }

    pub fn under<'a>(&'a self, folder: &'a str) -> impl Iterator<Item = (&'a str, &'a ThemeFile)> + 'a {
        self.files
            .iter()
            .filter_map(move |(name, file)| Some((name.strip_prefix(folder)?.strip_prefix('/')?, file)))
    }
}

/// Every file of the built-in theme, by its path inside the theme, sorted.
pub fn builtin_files() -> Vec<(String, &'static [u8])> {
    let mut files = Vec::new();
    let mut folders = vec![&BUILTIN];
    while let Some(folder) = folders.pop() {
        folders.extend(folder.dirs());
        for file in folder.files() {
            files.push((file.path().to_string_lossy().replace('\\', "/"), file.contents()));
        }
    }
    files.sort();
    files
}

/// Writes the built-in theme into `dir`, which must not exist or be empty; returns the
/// number of files written. Nothing is overwritten.
pub fn export(dir: &Path) -> Result<usize> {
    let occupied = std::fs::read_dir(dir).is_ok_and(|mut entries| entries.next().is_some());
    if occupied {
        return Err(Diagnostic::error(
            dir,
            "the folder is not empty; export the theme into a new folder (nothing was written)",
        )
        .into());
    }
    let files = builtin_files();
    for (name, bytes) in &files {
        let target: PathBuf = dir.join(name);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent).map_err(|e| Error::io(parent, "create folder", e))?;
        }
        std::fs::write(&target, bytes).map_err(|e| Error::io(&target, "write", e))?;
    }
    Ok(files.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_builtin_theme_holds_every_required_template_and_language() {
        let files: BTreeMap<String, &[u8]> = builtin_files().into_iter().collect();
        for template in super::super::REQUIRED_TEMPLATES {
            assert!(files.contains_key(&format!("templates/{template}")), "{template}");
        }
        for lang in ["en", "fr", "ar", "ru", "kk"] {
            assert!(files.contains_key(&format!("i18n/{lang}.ftl")), "{lang}");
        }
        assert!(files.contains_key("static/style.css"));
    }
}
