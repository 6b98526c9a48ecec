//! Languages of the briefing and everything that depends on the reader's locale: text direction,
//! UI strings with plural rules (Fluent), and dates and numbers in the locale's own form (ICU4X).

mod languages;
pub mod number;
pub mod plural;

pub use languages::{Lang, Language, Languages, TextDir};

use std::collections::BTreeSet;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

pub use fluent_bundle::FluentValue;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use icu_datetime::DateTimeFormatter;
use icu_datetime::fieldsets::{YM, YMD};
use icu_datetime::input::Date as IcuDate;
use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;
use icu_decimal::options::GroupingStrategy;
use icu_plurals::PluralRules;

use crate::date::Date;
use crate::error::{Diagnostic, Result};

/// The UI strings of one language, with the plural rules and date format of its locale.
pub struct Locale {
    lang: Lang,
    dir: TextDir,
    path: PathBuf,
    bundle: FluentBundle<FluentResource>,
    /// The default language's strings, for the keys this language's file lacks.
    fallback: Option<Arc<Locale>>,
    dates: DateTimeFormatter<YMD>,
    months: DateTimeFormatter<YM>,
    numbers: DecimalFormatter,
    /// Numbers without digit groups, for years.
    years: DecimalFormatter,
}

impl fmt::Debug for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Locale").field("lang", &self.lang).finish()
    }
}

impl Locale {
    /// Parses a Fluent (`.ftl`) file of UI strings; `path` is only used in messages.
    pub fn parse(language: &Language, path: &Path, source: &str) -> Result<Locale> {
        let lang = language.lang;
        let resource = FluentResource::try_new(source.to_owned()).map_err(|(_, errors)| {
            let first = &errors[0];
            let (line, column) = line_column(source, first.pos.start);
            Diagnostic::error(path, format!("invalid UI strings: {}", first.kind)).at(line, column)
        })?;
        let no_data = |e: &dyn fmt::Display| Diagnostic::error(path, format!("no locale data for {lang}: {e}"));
        let langid: unic_langid::LanguageIdentifier = language.locale.parse().map_err(|e| no_data(&e))?;
        let locale: icu_locale_core::Locale = language.locale.parse().map_err(|e| no_data(&e))?;
        plural::check(&resource, path, source)?;
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        // Isolation marks would land in HTML attributes and titles; the theme isolates
        // mixed-direction text with <bdi> and dir="auto" instead.
        bundle.set_use_isolating(false);
        bundle.set_formatter(Some(number::format));
        let plurals = PluralRules::try_new_cardinal((&locale).into()).map_err(|e| no_data(&e))?;
        bundle
            .add_function("PLURAL", move |args, _| plural::category(&plurals, args))
            .expect("PLURAL is added once, to a new bundle");
        bundle
            .add_resource(resource)
            .map_err(|errors| Diagnostic::error(path, format!("invalid UI strings: {}", errors[0])))?;
        // Dates and numbers in the site's numbering system (`-u-nu-arab`); plural rules do not
        // depend on the digits' shapes.
        let formats: icu_locale_core::Locale = language.formats_locale().parse().map_err(|e| no_data(&e))?;
        let dates = DateTimeFormatter::try_new((&formats).into(), YMD::long()).map_err(|e| no_data(&e))?;
        let months = DateTimeFormatter::try_new((&formats).into(), YM::long()).map_err(|e| no_data(&e))?;
        let numbers = DecimalFormatter::try_new((&formats).into(), Default::default()).map_err(|e| no_data(&e))?;
        let years =
            DecimalFormatter::try_new((&formats).into(), GroupingStrategy::Never.into()).map_err(|e| no_data(&e))?;
        Ok(Locale {
            lang,
            dir: language.dir,
            path: path.to_owned(),
            bundle,
            fallback: None,
            dates,
            months,
            numbers,
            years,
        })
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The direction the language is written in.
    pub fn dir(&self) -> TextDir {
        self.dir
    }

    /// Takes the strings this locale lacks from `fallback` (the default language's).
    pub fn with_fallback(mut self, fallback: Arc<Locale>) -> Locale {
        self.fallback = Some(fallback);
        self
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
        let Some(message) = self.bundle.get_message(key) else {
            return match &self.fallback {
                Some(fallback) => fallback.format(key, named),
                None => Err(format!("{}: no UI string `{key}`", self.path.display())),
            };
        };
        let pattern = message
            .value()
            .ok_or_else(|| format!("{}: UI string `{key}` has no value", self.path.display()))?;
        let mut args = FluentArgs::new();
        for (name, value) in named {
            // Numbers are written by this locale's formatter, in its numbering system; PLURAL
            // still reads their ASCII digits.
            let value = match value {
                FluentValue::Number(n) => {
                    let ascii = n.as_string().into_owned();
                    let text = self.format_decimal(&ascii);
                    FluentValue::Custom(Box::new(number::LocalNumber { ascii, text }))
                }
                other => other.clone(),
            };
            args.set(*name, value);
        }
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, Some(&args), &mut errors);
        match errors.first() {
            Some(error) => Err(format!("{}: UI string `{key}`: {error}", self.path.display())),
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

impl Locale {
    /// A month in the locale's form: "November 2025", "novembre 2025".
    pub fn format_month(&self, year: i32, month: u32) -> String {
        let date = IcuDate::try_new_gregorian(year, month as u8, 1).expect("validated month");
        self.months.format(&date).to_string()
    }

    /// A year as the locale writes it, without digit groups: "2025", "٢٠٢٥" in Arabic-Indic digits.
    pub fn format_year(&self, year: i32) -> String {
        self.years.format(&Decimal::from(year)).to_string()
    }

    /// A decimal number written as ASCII ("4.2") in the locale's form ("4,2" in French).
    pub fn format_decimal(&self, ascii: &str) -> String {
        match Decimal::try_from_str(ascii) {
            Ok(decimal) => self.numbers.format(&decimal).to_string(),
            Err(_) => ascii.to_owned(),
        }
    }

    /// What separates digit groups in the locale's numbers: "," in English, U+202F in French.
    pub fn group_separator(&self) -> char {
        let digits = Decimal::from(10_000_000u32);
        let text = self.numbers.format(&digits).to_string();
        text.chars().find(|c| !c.is_numeric()).unwrap_or(',')
    }
}

/// 1-based line and column of a byte offset.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

/// Locales for unit tests here and in the modules that format with them (money).
#[cfg(test)]
pub(crate) mod test_locales {
    use std::path::Path;

    use super::{Lang, Language, Locale};

    /// The language as the briefing configures it.
    pub(crate) fn language(lang: Lang) -> Language {
        // English dates read day-first, as the briefing configures them.
        let locale = (lang == Lang::EN).then(|| "en-GB".to_owned());
        Language::new(lang, lang.code().to_owned(), None, locale).unwrap()
    }

    /// A locale whose strings are `source` (Fluent).
    pub(crate) fn locale(lang: Lang, source: &str) -> Locale {
        Locale::parse(&language(lang), Path::new("x.ftl"), source).unwrap()
    }

    /// A locale with the briefing theme's own strings.
    pub(crate) fn theme_locale(lang: Lang) -> Locale {
        let source = match lang.code() {
            "fr" => include_str!("../themes/briefing/i18n/fr.ftl"),
            "ar" => include_str!("../themes/briefing/i18n/ar.ftl"),
            _ => include_str!("../themes/briefing/i18n/en.ftl"),
        };
        locale(lang, source)
    }
}

#[cfg(test)]
mod tests {
    use super::test_locales::{language, locale, theme_locale};
    use super::*;

    const AR: &str = "articles = { PLURAL($count) ->\n    [zero] لا مقالات\n    [one] مقال واحد\n    [two] مقالان\n    [few] { $count } مقالات\n    [many] { $count } مقالًا\n   *[other] { $count } مقال\n}\n";

    #[test]
    fn arabic_uses_six_plural_forms() {
        let ar = locale(Lang::AR, AR);
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
    fn months_follow_the_locale() {
        assert_eq!(locale(Lang::FR, "").format_month(2025, 11), "novembre 2025");
    }

    #[test]
    fn dates_follow_the_locale() {
        let date = Date::new(2025, 11, 7).unwrap();
        assert_eq!(locale(Lang::EN, "").format_date(date), "7 November 2025");
        assert_eq!(locale(Lang::FR, "").format_date(date), "7 novembre 2025");
        assert_eq!(locale(Lang::AR, "").format_date(date), "7 نوفمبر 2025");
    }

    #[test]
    fn plural_forms_follow_cldr_past_one_hundred() {
        let ar = locale(Lang::AR, AR);
        // n % 100 = 3..10 is few, 11..99 many: 103 and 111 as 3 and 11.
        assert_eq!(ar.text("articles", Some(103)).unwrap(), "103 مقالات");
        assert_eq!(ar.text("articles", Some(111)).unwrap(), "111 مقالًا");
        assert_eq!(ar.text("articles", Some(200)).unwrap(), "200 مقال");
    }

    #[test]
    fn a_plural_selected_on_a_bare_number_is_refused() {
        let err = Locale::parse(
            &language(Lang::AR),
            Path::new("ar.ftl"),
            "ok = fine\nn = { $count ->\n    [few] a\n   *[other] b\n}\n",
        )
        .unwrap_err()
        .to_string();
        assert!(
            err.starts_with("ar.ftl:2:1:") && err.contains("PLURAL($count)"),
            "{err}"
        );
    }

    #[test]
    fn counts_in_strings_are_grouped_by_the_locale() {
        let source = "n = { $count } articles\n";
        assert_eq!(
            locale(Lang::FR, source).text("n", Some(1000)).unwrap(),
            "1\u{202F}000 articles"
        );
        assert_eq!(
            locale(Lang::EN, source).text("n", Some(12500)).unwrap(),
            "12,500 articles"
        );
        assert_eq!(locale(Lang::EN, source).text("n", Some(7)).unwrap(), "7 articles");
    }

    #[test]
    fn french_digit_groups_use_the_cldr_separator() {
        assert_eq!(theme_locale(Lang::FR).group_separator(), '\u{202F}');
        assert_eq!(theme_locale(Lang::EN).group_separator(), ',');
    }

    #[test]
    fn arabic_indic_digits_on_request_for_numbers_and_dates() {
        let language = language(Lang::AR).with_numbering(Some("arab".to_owned())).unwrap();
        let source = format!("{}{AR}", include_str!("../themes/briefing/i18n/ar.ftl"));
        let ar = Locale::parse(&language, Path::new("ar.ftl"), &source).unwrap();
        assert_eq!(ar.format_date(Date::new(2025, 11, 7).unwrap()), "٧ نوفمبر ٢٠٢٥");
        assert_eq!(ar.format_year(2025), "٢٠٢٥");
        // The plural form still follows the number (site::briefing::money checks amounts).
        assert_eq!(ar.text("articles", Some(11)).unwrap(), "١١ مقالًا");
        // Latin digits stay the default.
        assert_eq!(theme_locale(Lang::AR).format_year(2025), "2025");
        assert_eq!(locale(Lang::AR, AR).text("articles", Some(11)).unwrap(), "11 مقالًا");
    }

    #[test]
    fn an_unknown_numbering_system_is_refused() {
        let err = language(Lang::AR)
            .with_numbering(Some("klingon".to_owned()))
            .unwrap_err();
        assert!(err.contains("numbering `klingon`"), "{err}");
        assert!(language(Lang::AR).with_numbering(Some("latn".to_owned())).is_ok());
    }

    #[test]
    fn fluent_syntax_error_points_at_line() {
        let err = Locale::parse(&language(Lang::EN), Path::new("en.ftl"), "ok = fine\nbroken = {\n")
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("en.ftl:") && !err.starts_with("en.ftl:1:"), "{err}");
    }
}
