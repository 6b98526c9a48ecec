//! The theme's UI strings for each language of the site: `i18n/<code>.ftl`. A language the
//! theme has no strings for, or whose file lacks some, takes them from the default language,
//! and the build warns with what is missing.

use std::collections::BTreeSet;
use std::path::Path;
use std::sync::Arc;

use crate::config::Config;
use crate::error::{Diagnostic, Diagnostics, Result};
use crate::i18n::{Lang, Language, Locale};

use super::source::ThemeFiles;
use super::text_of;

/// One locale per configured language, in the configured order.
#[derive(Debug)]
pub struct Locales {
    list: Vec<Arc<Locale>>,
}

impl Locales {
    /// The locale of `lang`; the default language's for a language the site does not have.
    pub fn get(&self, lang: Lang) -> &Locale {
        let found = self.list.iter().find(|l| l.lang() == lang);
        found.unwrap_or(&self.list[0])
    }

    pub fn iter(&self) -> impl Iterator<Item = &Locale> {
        self.list.iter().map(Arc::as_ref)
    }
}

/// Reads the strings of every configured language; problems that only degrade a language to
/// the default's strings are returned as warnings.
pub fn load(config: &Config, files: &ThemeFiles, theme_dir: &Path) -> Result<(Locales, Vec<Diagnostic>)> {
    let mut warnings = Vec::new();
    let languages: Vec<&Language> = config.languages.iter().collect();
    let default = languages[0];
    let file_name = |code: &str| format!("i18n/{code}.ftl");
    // The default language's strings are what every other language falls back to, so they
    // must exist: the theme's own, or else its English ones.
    let default_name = file_name(default.lang.code());
    let (default_file, default_text) = match files.get(&default_name) {
        Some(file) => (file, text_of(file)?),
        None => {
            let english = files.get("i18n/en.ftl").ok_or_else(|| {
                Diagnostic::error(
                    theme_dir.join(&default_name),
                    format!(
                        "no UI strings for the default language `{}`: the theme has no {default_name}",
                        default.lang
                    ),
                )
            })?;
            warnings.push(Diagnostic::warning(
                theme_dir.join(&default_name),
                format!(
                    "no UI strings for the default language `{}`: its pages use the theme's English strings",
                    default.lang
                ),
            ));
            (english, text_of(english)?)
        }
    };
    let default_locale = Arc::new(Locale::parse(default, &default_file.path, &default_text)?);
    let default_keys = default_locale.keys(&default_text);
    let mut problems = Diagnostics::default();
    let mut list = vec![Arc::clone(&default_locale)];
    for language in &languages[1..] {
        let name = file_name(language.lang.code());
        let Some(file) = files.get(&name) else {
            warnings.push(Diagnostic::warning(
                theme_dir.join(&name),
                format!(
                    "no UI strings for `{}` ({}): its pages use the `{}` strings; missing keys: all {}",
                    language.lang,
                    language.name,
                    default.lang,
                    default_keys.len()
                ),
            ));
            let empty = Locale::parse(language, &theme_dir.join(&name), "")?;
            list.push(Arc::new(empty.with_fallback(Arc::clone(&default_locale))));
            continue;
        };
        let Some(text) = problems.take(text_of(file)) else {
            continue;
        };
        let Some(locale) = problems.take(Locale::parse(language, &file.path, &text)) else {
            continue;
        };
        let keys = locale.keys(&text);
        let missing: Vec<&String> = default_keys.difference(&keys).collect();
        if !missing.is_empty() {
            warnings.push(Diagnostic::warning(
                &file.path,
                format!(
                    "{} UI strings missing, shown in `{}`: {}",
                    missing.len(),
                    default.lang,
                    join(&missing)
                ),
            ));
        }
        for extra in keys.difference(&default_keys) {
            // A string only some languages define would fail on the page that needs it.
            problems.push(Diagnostic::error(
                &default_file.path,
                format!("missing UI string `{extra}` ({} defines it)", file.path.display()),
            ));
        }
        list.push(Arc::new(locale.with_fallback(Arc::clone(&default_locale))));
    }
    problems.finish()?;
    Ok((Locales { list }, warnings))
}

fn join(keys: &[&String]) -> String {
    let set: BTreeSet<&str> = keys.iter().map(|k| k.as_str()).collect();
    set.into_iter().collect::<Vec<_>>().join(", ")
}
