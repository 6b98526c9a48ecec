//! Languages of the briefing and everything that depends on the reader's locale: text direction,
//! UI strings with plural rules (Fluent), and dates and numbers in the locale's own form (ICU4X).

use std::collections::BTreeSet;
use std::fmt;
use std::path::{Path, PathBuf};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
pub use fluent_bundle::FluentValue;
use icu_datetime::fieldsets::YMD;
use icu_datetime::input::Date as IcuDate;
use icu_datetime::DateTimeFormatter;

use crate::date::Date;
use crate::error::{Diagnostic, Result};

/// A language the briefing is published in. The order of `ALL` is the order of every menu.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    En,
    Fr,
    Ar,
}

/// Direction of a language's script, for `<html dir>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum TextDir {
    Ltr,
    Rtl,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Fr, Lang::Ar];

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Ar => "ar",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|lang| lang.code() == code)
    }

    pub fn dir(self) -> TextDir {
        match self {
            Lang::Ar => TextDir::Rtl,
            Lang::En | Lang::Fr => TextDir::Ltr,
        }
    }

    /// The language's name in itself, as the language switcher shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Fr => "Français",
            Lang::Ar => "العربية",
        }
    }

    /// Open Graph locale (`og:locale`), which wants a territory.
    pub fn og_locale(self) -> &'static str {
        match self {
            Lang::En => "en_US",
            Lang::Fr => "fr_FR",
            Lang::Ar => "ar_AR",
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// The UI strings of one language, with the plural rules and date format of its locale.
pub struct Locale {
    lang: Lang,
    path: PathBuf,
    bundle: FluentBundle<FluentResource>,
    dates: DateTimeFormatter<YMD>,
}

impl fmt::Debug for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Locale").field("lang", &self.lang).finish()
    }
}

impl Locale {
    /// Parses a Fluent (`.ftl`) file of UI strings; `path` is only used in messages.
    pub fn parse(lang: Lang, path: &Path, source: &str) -> Result<Locale> {
        let resource = FluentResource::try_new(source.to_owned()).map_err(|(_, errors)| {
            let first = &errors[0];
            let (line, column) = line_column(source, first.pos.start);
            Diagnostic::error(path, format!("invalid UI strings: {}", first.kind)).at(line, column)
        })?;
        let langid: unic_langid::LanguageIdentifier =
            lang.code().parse().expect("language codes are valid identifiers");
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        // Isolation marks would land in HTML attributes and titles; the theme isolates
        // mixed-direction text with <bdi> and dir="auto" instead.
        bundle.set_use_isolating(false);
        bundle.add_resource(resource).map_err(|errors| {
            Diagnostic::error(path, format!("invalid UI strings: {}", errors[0]))
        })?;
        // English dates read day-first ("7 November 2025"), as in British and international usage.
        let tag = if lang == Lang::En { "en-GB" } else { lang.code() };
        let locale: icu_locale_core::Locale = tag.parse().expect("language tags are valid locales");
        let dates = DateTimeFormatter::try_new(locale.into(), YMD::long()).map_err(|e| {
            Diagnostic::error(path, format!("no date format for {lang}: {e}"))
        })?;
        Ok(Locale {
            lang,
            path: path.to_owned(),
            bundle,
            dates,
        })
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Every message id the file defines.
    pub fn keys(&self, source: &str) -> BTreeSet<String> {
        let Ok(resource) = FluentResource::try_new(source.to_owned()) else {
            return BTreeSet::new();
        };
        resource
            .entries()
            .filter_map(|entry| match entry {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
                _ => None,
            })
            .collect()
    }

    /// Formats a UI string; `count` selects the plural form and fills `{ $count }`.
    pub fn text(&self, key: &str, count: Option<i64>) -> Result<String, String> {
        let args: Vec<(&str, FluentValue<'_>)> = count.map(|n| ("count", FluentValue::from(n))).into_iter().collect();
        self.format(key, &args)
    }

    /// Formats a UI string with named arguments (numbers select plural forms).
    pub fn format(&self, key: &str, named: &[(&str, FluentValue<'_>)]) -> Result<String, String> {
        let message = self
            .bundle
            .get_message(key)
            .ok_or_else(|| format!("{}: no UI string `{key}`", self.path.display()))?;
        let pattern = message
            .value()
            .ok_or_else(|| format!("{}: UI string `{key}` has no value", self.path.display()))?;
        let mut args = FluentArgs::new();
        for (name, value) in named {
            args.set(*name, value.clone());
        }
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, Some(&args), &mut errors);
        match errors.first() {
            Some(error) => Err(format!(
                "{}: UI string `{key}`: {error}",
                self.path.display()
            )),
            None => Ok(text.into_owned()),
        }
    }

    /// A date in the locale's long form: "7 November 2025", "7 novembre 2025", "7 نوفمبر 2025".
    pub fn format_date(&self, date: Date) -> String {
        let date = IcuDate::try_new_gregorian(date.year(), date.month() as u8, date.day() as u8)
            .expect("Date only holds real Gregorian dates");
        self.dates.format(&date).to_string()
    }
}

/// 1-based line and column of a byte offset.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    const AR: &str = "articles = { $count ->\n    [zero] لا مقالات\n    [one] مقال واحد\n    [two] مقالان\n    [few] { $count } مقالات\n    [many] { $count } مقالًا\n   *[other] { $count } مقال\n}\n";

    fn locale(lang: Lang, source: &str) -> Locale {
        Locale::parse(lang, Path::new("x.ftl"), source).unwrap()
    }

    #[test]
    fn arabic_uses_six_plural_forms() {
        let ar = locale(Lang::Ar, AR);
        let forms: Vec<_> = [0, 1, 2, 3, 11, 100]
            .into_iter()
            .map(|n| ar.text("articles", Some(n)).unwrap())
            .collect();
        assert_eq!(
            forms,
            ["لا مقالات", "مقال واحد", "مقالان", "3 مقالات", "11 مقالًا", "100 مقال"]
        );
    }

    #[test]
    fn dates_follow_the_locale() {
        let date = Date::new(2025, 11, 7).unwrap();
        assert_eq!(locale(Lang::En, "").format_date(date), "7 November 2025");
        assert_eq!(locale(Lang::Fr, "").format_date(date), "7 novembre 2025");
        assert_eq!(locale(Lang::Ar, "").format_date(date), "7 نوفمبر 2025");
    }

    #[test]
    fn fluent_syntax_error_points_at_line() {
        let err = Locale::parse(Lang::En, Path::new("en.ftl"), "ok = fine\nbroken = {\n")
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("en.ftl:") && !err.starts_with("en.ftl:1:"), "{err}");
    }
}
