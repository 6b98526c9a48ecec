//! The languages a site is published in, as `steppe.yaml` lists them: a code, a display name,
//! and what CLDR knows of the language (its direction, its likely region, its formats).

use std::fmt;
use std::sync::RwLock;

use icu_locale::{Direction, LocaleDirectionality, LocaleExpander};
use icu_locale_core::LanguageIdentifier;

/// A language code of the site (a BCP 47 tag such as `en`, `fr`, `kk` or `pt-BR`).
///
/// It is a copyable handle: the code lives in a process-wide table that only configuration
/// adds to, so content files naming other codes never grow it. Order is the code's order; menus
/// follow the configured order through `Languages`, never this one.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Lang(&'static str);

/// Codes added by configuration, after the three the project itself ships strings for.
static REGISTERED: RwLock<Vec<&'static str>> = RwLock::new(Vec::new());

impl Lang {
    pub const EN: Lang = Lang("en");
    pub const FR: Lang = Lang("fr");
    pub const AR: Lang = Lang("ar");
    // Old spellings of the three, while the ingest code that reads raw en/fr/ar text moves to
    // the names above.
    #[allow(non_upper_case_globals)]
    pub const En: Lang = Lang::EN;
    #[allow(non_upper_case_globals)]
    pub const Fr: Lang = Lang::FR;
    #[allow(non_upper_case_globals)]
    pub const Ar: Lang = Lang::AR;
    /// The languages `ingest` can recognise in raw text.
    pub const ALL: [Lang; 3] = [Lang::EN, Lang::FR, Lang::AR];

    pub fn code(self) -> &'static str {
        self.0
    }

    /// The language of `code` if a configuration has declared it (or it is en, fr or ar).
    pub fn known(code: &str) -> Option<Lang> {
        if let Some(lang) = [Lang::EN, Lang::FR, Lang::AR].into_iter().find(|l| l.0 == code) {
            return Some(lang);
        }
        let registered = REGISTERED.read().unwrap_or_else(|e| e.into_inner());
        registered.iter().find(|c| **c == code).map(|c| Lang(c))
    }

    /// Declares `code` a language, in the canonical case of BCP 47 ("pt-br" → "pt-BR").
    /// Each distinct code is stored once for the life of the process.
    pub fn register(code: &str) -> Result<Lang, String> {
        let id: LanguageIdentifier = code
            .parse()
            .map_err(|_| format!("`{code}` is not a BCP 47 language tag such as en, fr, kk or pt-BR"))?;
        let canonical = id.to_string();
        if canonical.contains(['_', '/', '.']) || canonical == "und" {
            return Err(format!("`{code}` is not a language code a URL can use"));
        }
        if let Some(lang) = Lang::known(&canonical) {
            return Ok(lang);
        }
        let mut registered = REGISTERED.write().unwrap_or_else(|e| e.into_inner());
        if let Some(code) = registered.iter().find(|c| **c == canonical) {
            return Ok(Lang(code));
        }
        let code: &'static str = Box::leak(canonical.into_boxed_str());
        registered.push(code);
        Ok(Lang(code))
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

impl fmt::Debug for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

impl serde::Serialize for Lang {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.0)
    }
}

/// A language code in a content file must be one a configuration declared; the site then
/// checks that it is one of its own.
impl<'de> serde::Deserialize<'de> for Lang {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Lang, D::Error> {
        let code = String::deserialize(deserializer)?;
        Lang::known(&code).ok_or_else(|| serde::de::Error::custom(format!("`{code}` is not a language of this site")))
    }
}

/// Direction of a language's script, for `<html dir>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TextDir {
    Ltr,
    Rtl,
}

impl TextDir {
    /// The value of an HTML `dir` attribute.
    pub fn as_str(self) -> &'static str {
        match self {
            TextDir::Ltr => "ltr",
            TextDir::Rtl => "rtl",
        }
    }
}

/// One configured language with what pages need to know about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Language {
    pub lang: Lang,
    /// The language's name in itself, as the language switcher shows it.
    pub name: String,
    pub dir: TextDir,
    /// The CLDR locale its dates and numbers are written in (`en-GB` for day-first English).
    pub locale: String,
    /// Open Graph locale (`og:locale`), which wants a territory: `kk_KZ`.
    pub og_locale: String,
    /// The ISO 15924 script CLDR expects the language in (`Arab`, `Cyrl`, `Latn`), which the
    /// theme styles by.
    pub script: String,
    /// The CLDR numbering system its numbers and dates are written in (`arab` for Arabic-Indic
    /// digits), when not the locale's default (`latn` for Arabic, as most Arabic news sites).
    pub numbering: Option<String>,
}

impl Language {
    /// A language as CLDR describes it; `dir` and `locale` override what CLDR says.
    pub fn new(lang: Lang, name: String, dir: Option<TextDir>, locale: Option<String>) -> Result<Language, String> {
        let locale = locale.unwrap_or_else(|| lang.code().to_owned());
        let locale_id: LanguageIdentifier = locale
            .parse()
            .map_err(|_| format!("locale `{locale}` is not a BCP 47 tag such as en-GB"))?;
        let dir = dir.unwrap_or_else(|| {
            let directions = LocaleDirectionality::new_with_expander(LocaleExpander::new_extended());
            match directions.get(&locale_id) {
                Some(Direction::RightToLeft) => TextDir::Rtl,
                _ => TextDir::Ltr,
            }
        });
        // The territory Open Graph wants is the language's likely one ("kk" → KZ), not the
        // locale's formats' ("en-GB" only picks day-first dates).
        let mut id: LanguageIdentifier = lang
            .code()
            .parse()
            .map_err(|_| format!("`{lang}` is not a BCP 47 tag"))?;
        LocaleExpander::new_extended().maximize(&mut id);
        let script = id.script.map_or_else(|| "Zyyy".to_owned(), |s| s.to_string());
        let og_locale = match id.region {
            Some(region) => format!("{}_{}", id.language, region),
            None => id.language.to_string(),
        };
        Ok(Language {
            lang,
            name,
            dir,
            locale,
            og_locale,
            script,
            numbering: None,
        })
    }

    /// The same language with its numbers and dates in the CLDR numbering system `numbering`
    /// (`arab`, `latn`, `arabext`); an error names a system that is not a valid one.
    pub fn with_numbering(mut self, numbering: Option<String>) -> Result<Language, String> {
        if let Some(system) = &numbering {
            let tag = self.formats_locale_with(Some(system));
            // ICU4X falls back to Latin digits for a system it has no data for: one that is
            // not `latn` must write 0–9 with other digits to be one CLDR knows.
            let digits = tag.parse::<icu_locale_core::Locale>().ok().and_then(|locale| {
                let formatter = icu_decimal::DecimalFormatter::try_new((&locale).into(), Default::default()).ok()?;
                Some(
                    formatter
                        .format(&icu_decimal::input::Decimal::from(1_234_567_890u32))
                        .to_string(),
                )
            });
            let valid = digits.is_some_and(|d| system == "latn" || !d.bytes().any(|b| b.is_ascii_digit()));
            if !valid {
                return Err(format!(
                    "language `{}`: numbering `{system}` is not a CLDR numbering system such as latn or arab",
                    self.lang
                ));
            }
        }
        self.numbering = numbering;
        Ok(self)
    }

    /// The BCP 47 locale dates and numbers are formatted in: `locale`, with `-u-nu-…` when a
    /// numbering system is set (`ar-u-nu-arab`).
    pub fn formats_locale(&self) -> String {
        self.formats_locale_with(self.numbering.as_deref())
    }

    fn formats_locale_with(&self, numbering: Option<&str>) -> String {
        match numbering {
            Some(system) => format!("{}-u-nu-{system}", self.locale),
            None => self.locale.clone(),
        }
    }
}

/// The site's languages in their configured order; the first is the default.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Languages(Vec<Language>);

impl Languages {
    /// `list` must hold at least one language and no code twice.
    pub fn new(list: Vec<Language>) -> Result<Languages, String> {
        if list.is_empty() {
            return Err("`languages` must list at least one language".to_owned());
        }
        for (i, language) in list.iter().enumerate() {
            if list[..i].iter().any(|l| l.lang == language.lang) {
                return Err(format!("language `{}` is listed twice", language.lang));
            }
        }
        Ok(Languages(list))
    }

    pub fn iter(&self) -> impl ExactSizeIterator<Item = &Language> + Clone {
        self.0.iter()
    }

    /// The codes in order.
    pub fn langs(&self) -> impl ExactSizeIterator<Item = Lang> + Clone + '_ {
        self.0.iter().map(|l| l.lang)
    }

    pub fn default_lang(&self) -> Lang {
        self.0[0].lang
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Position of `lang` in the configured order.
    pub fn index(&self, lang: Lang) -> Option<usize> {
        self.0.iter().position(|l| l.lang == lang)
    }

    pub fn get(&self, lang: Lang) -> Option<&Language> {
        self.0.iter().find(|l| l.lang == lang)
    }

    /// The site's language written `code`, if it has one.
    pub fn find(&self, code: &str) -> Option<Lang> {
        self.0.iter().map(|l| l.lang).find(|l| l.code() == code)
    }

    pub fn contains(&self, lang: Lang) -> bool {
        self.index(lang).is_some()
    }

    /// "en, fr, ar", for messages.
    pub fn codes(&self) -> String {
        self.langs().map(Lang::code).collect::<Vec<_>>().join(", ")
    }

    /// The script of `lang` (`Zyyy`, "undetermined", for a language the site does not have).
    pub fn script(&self, lang: Lang) -> &str {
        self.get(lang).map_or("Zyyy", |l| l.script.as_str())
    }

    /// Direction of `lang`; left to right for a language the site does not have.
    pub fn dir(&self, lang: Lang) -> TextDir {
        self.get(lang).map_or(TextDir::Ltr, |l| l.dir)
    }

    /// The native name of `lang`, or its code.
    pub fn name(&self, lang: Lang) -> &str {
        self.get(lang).map_or(lang.code(), |l| l.name.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn language(code: &str) -> Language {
        Language::new(Lang::register(code).unwrap(), code.to_owned(), None, None).unwrap()
    }

    #[test]
    fn direction_and_region_come_from_cldr() {
        assert_eq!(language("ar").dir, TextDir::Rtl);
        assert_eq!(language("he").dir, TextDir::Rtl);
        assert_eq!(language("kk").dir, TextDir::Ltr);
        assert_eq!(language("kk").og_locale, "kk_KZ");
        assert_eq!(
            ["ar", "he", "kk", "en"].map(|c| language(c).script),
            ["Arab", "Hebr", "Cyrl", "Latn"]
        );
        assert_eq!(language("fr").og_locale, "fr_FR");
        assert_eq!(language("ru").og_locale, "ru_RU");
    }

    #[test]
    fn codes_are_canonical_and_stored_once() {
        let a = Lang::register("pt-br").unwrap();
        let b = Lang::register("pt-BR").unwrap();
        assert_eq!((a, a.code()), (b, "pt-BR"));
        assert_eq!(Lang::register("en").unwrap(), Lang::EN);
        assert!(Lang::register("not a tag").is_err());
        assert!(Lang::known("xx-unlisted").is_none());
    }

    #[test]
    fn a_code_listed_twice_is_refused() {
        assert!(Languages::new(vec![language("en"), language("en")]).is_err());
        assert!(Languages::new(Vec::new()).is_err());
    }
}
