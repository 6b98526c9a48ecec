//! `steppe.yaml` → `Config`: the site's languages, its title and lede in each of them, its
//! `base_url`, its theme, and the closed set of topics with the keyword rules `ingest`
//! classifies by.

mod localized;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::error::{Diagnostic, Error, Result};
use crate::i18n::{Lang, Language, Languages, TextDir};
use crate::yaml;

pub use localized::{Localized, with_languages};

pub const FILE_NAME: &str = "steppe.yaml";

/// The `languages` list alone, read first: every other per-language field is checked against it.
#[derive(Debug, Deserialize)]
struct LanguagesFile {
    #[serde(default)]
    languages: Option<Vec<LanguageEntry>>,
}

/// One entry of `languages`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct LanguageEntry {
    /// BCP 47 code: the folder of the language's pages and the suffix of its files.
    code: String,
    /// The language's name in itself ("Français", "Қазақша").
    name: String,
    /// Only when CLDR's direction for the language is not the one the site writes it in.
    #[serde(default)]
    dir: Option<TextDir>,
    /// CLDR locale for dates and numbers when it differs from `code` (`en-GB`: day-first).
    #[serde(default)]
    locale: Option<String>,
    /// CLDR numbering system of its numbers and dates (`arab`: Arabic-Indic digits).
    #[serde(default)]
    numbering: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ConfigFile {
    /// Read first, by `LanguagesFile`; declared so the key is not unknown.
    #[serde(rename = "languages", default)]
    _languages: serde::de::IgnoredAny,
    title: Localized<String>,
    description: Localized<String>,
    #[serde(default)]
    base_url: Option<String>,
    #[serde(default = "default_theme")]
    theme: String,
    /// IANA time zone name ("Asia/Almaty"); "today" in `check` and `ingest` is taken there.
    #[serde(default)]
    timezone: Option<String>,
    #[serde(default)]
    slugs: SlugStyle,
    /// Draw an Open Graph image per article and language (needs `base_url`).
    #[serde(default = "yes")]
    social_cards: bool,
    topics: Vec<Topic>,
    #[serde(default)]
    search: Search,
}

/// The `search` section: how the site search reads the words of each language.
#[derive(Debug, Clone, Default, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Search {
    /// Per language, groups of spellings of one word (`[بوينج, بوينغ]`): a search for any of
    /// them finds the pages that use another.
    #[serde(default)]
    pub synonyms: BTreeMap<Lang, Vec<Vec<String>>>,
}

impl Search {
    /// The spelling groups of `lang`.
    pub fn synonyms(&self, lang: Lang) -> &[Vec<String>] {
        self.synonyms.get(&lang).map_or(&[], Vec::as_slice)
    }
}

/// How `ingest` and `steppe new --title` make a language version's URL slug from its title.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SlugStyle {
    /// ASCII words: other scripts are transliterated (an Arabic title gives a Latin slug).
    #[default]
    Ascii,
    /// The title's own words in its own script (percent-encoded on the wire).
    Unicode,
}

fn yes() -> bool {
    true
}

fn default_theme() -> String {
    "briefing".to_owned()
}

/// A topic of the briefing: a stable ASCII key used in front matter and URLs.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Topic {
    pub key: String,
    pub name: Localized<String>,
    /// Words and phrases that put an ingested article on this topic, per language; a language
    /// may have none.
    #[serde(default)]
    pub keywords: BTreeMap<Lang, Vec<String>>,
}

impl Topic {
    pub fn keywords(&self, lang: Lang) -> &[String] {
        self.keywords.get(&lang).map_or(&[], Vec::as_slice)
    }
}

/// The validated site configuration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    pub root: PathBuf,
    /// The site's languages in order; the first is the default.
    pub languages: Languages,
    pub title: Localized<String>,
    pub description: Localized<String>,
    /// Absolute URL of the site without a trailing slash, when known.
    pub base_url: Option<String>,
    pub theme: String,
    /// The site's time zone (UTC unless `timezone` says otherwise).
    pub timezone: jiff::tz::TimeZone,
    pub slugs: SlugStyle,
    /// Whether articles get social cards (`social_cards`, on by default; they need `base_url`).
    pub social_cards: bool,
    pub topics: Vec<Topic>,
    /// Spelling variants the site search treats as one word.
    pub search: Search,
}

impl Config {
    /// Reads `steppe.yaml` in `root`.
    pub fn load(root: &Path) -> Result<Config> {
        let path = root.join(FILE_NAME);
        let text = std::fs::read_to_string(&path).map_err(|e| Error::io(FILE_NAME, "read", e))?;
        Config::parse(root, &text)
    }

    /// Parses and validates the text of `steppe.yaml`.
    pub fn parse(root: &Path, text: &str) -> Result<Config> {
        let file = Path::new(FILE_NAME);
        let at =
            |key: &str, message: String| Diagnostic::error(file, message).at(yaml::key_line(text, key).unwrap_or(1), 1);
        let at_path = |path: &str, message: String| {
            let (line, column) = yaml::path_position(text, path).unwrap_or((1, 1));
            Diagnostic::error(file, message).at(line, column)
        };
        let listed: LanguagesFile = yaml::parse(file, text, 1)?;
        let languages = languages(listed.languages).map_err(|m| at("languages", m))?;
        let raw: ConfigFile = with_languages(&languages, || yaml::parse(file, text, 1))?;
        for topic in &raw.topics {
            if let Some(lang) = topic.keywords.keys().find(|l| !languages.contains(**l)) {
                return Err(at(
                    "topics",
                    format!(
                        "topic `{}`: keywords for `{lang}`, which is not a language of this site ({})",
                        topic.key,
                        languages.codes()
                    ),
                )
                .into());
            }
        }
        let mut seen = std::collections::BTreeSet::new();
        for topic in &raw.topics {
            let valid = !topic.key.is_empty()
                && topic
                    .key
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
            if !valid {
                return Err(at(
                    "topics",
                    format!(
                        "topic key `{}` must be lowercase ASCII letters, digits and `-`",
                        topic.key
                    ),
                )
                .into());
            }
            if !seen.insert(topic.key.clone()) {
                return Err(at("topics", format!("topic `{}` is declared twice", topic.key)).into());
            }
        }
        for (lang, groups) in &raw.search.synonyms {
            if !languages.contains(*lang) {
                return Err(at_path(
                    "search.synonyms",
                    format!(
                        "search synonyms for `{lang}`, which is not a language of this site ({})",
                        languages.codes()
                    ),
                )
                .into());
            }
            if let Some(group) = groups
                .iter()
                .find(|g| g.len() < 2 || g.iter().any(|w| w.trim().is_empty()))
            {
                return Err(at_path(
                    "search.synonyms",
                    format!(
                        "search synonyms for `{lang}`: [{}] must list two spellings or more, none empty",
                        group.join(", ")
                    ),
                )
                .into());
            }
        }
        let base_url = match raw.base_url {
            Some(url) if !url.trim().is_empty() => Some(normalize_base_url(&url).map_err(|m| at("base_url", m))?),
            _ => None,
        };
        if raw.theme.contains(['/', '\\']) || raw.theme.starts_with('.') {
            return Err(at(
                "theme",
                format!("theme `{}` must be a folder name in themes/", raw.theme),
            )
            .into());
        }
        let timezone = match raw.timezone.as_deref().map(str::trim) {
            None | Some("") => jiff::tz::TimeZone::UTC,
            Some(name) => jiff::tz::TimeZone::get(name).map_err(|_| {
                at(
                    "timezone",
                    format!("timezone `{name}` is not an IANA time zone name such as Asia/Almaty or UTC"),
                )
            })?,
        };
        Ok(Config {
            root: root.to_owned(),
            languages,
            title: raw.title,
            description: raw.description,
            base_url,
            theme: raw.theme,
            timezone,
            slugs: raw.slugs,
            social_cards: raw.social_cards,
            topics: raw.topics,
            search: raw.search,
        })
    }

    pub fn topic(&self, key: &str) -> Option<&Topic> {
        self.topics.iter().find(|t| t.key == key)
    }

    /// The site's languages in order.
    pub fn langs(&self) -> impl ExactSizeIterator<Item = Lang> + Clone + '_ {
        self.languages.langs()
    }
}

/// The validated `languages` list.
fn languages(entries: Option<Vec<LanguageEntry>>) -> Result<Languages, String> {
    let entries = entries.ok_or_else(|| {
        "no `languages` list: name the site's languages, the default first, as\n  languages:\n    - {code: en, name: English}\n    - {code: fr, name: Français}".to_owned()
    })?;
    let mut list = Vec::new();
    for entry in entries {
        let lang = Lang::register(&entry.code)?;
        if entry.name.trim().is_empty() {
            return Err(format!("language `{lang}` has an empty `name`"));
        }
        list.push(Language::new(lang, entry.name, entry.dir, entry.locale)?.with_numbering(entry.numbering)?);
    }
    Languages::new(list)
}

/// Checks a `base_url` and drops its trailing slash ("https://x.org/briefing/" → ".../briefing").
pub fn normalize_base_url(url: &str) -> Result<String, String> {
    let url = url.trim();
    // A base URL is a prefix for paths: a query or fragment would end up inside every link.
    match crate::web_url::web_url(url).filter(|u| !u.contains(['?', '#'])) {
        Some(url) => Ok(url.trim_end_matches('/').to_owned()),
        None => Err(format!(
            "base_url `{url}` must be an absolute http(s) URL such as https://example.org/briefing/"
        )),
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub(crate) const MINIMAL: &str = "languages: [{code: en, name: English}, {code: fr, name: Français}, {code: ar, name: العربية}]\ntitle: {en: T, fr: T, ar: T}\ndescription: {en: D, fr: D, ar: D}\ntopics:\n  - key: deals\n    name: {en: Deals, fr: Accords, ar: صفقات}\n";

    #[test]
    fn parses_minimal_config() {
        let config = Config::parse(Path::new("."), MINIMAL).unwrap();
        assert_eq!(config.topics[0].key, "deals");
        assert_eq!(config.theme, "briefing");
        assert!(config.base_url.is_none());
    }

    #[test]
    fn search_synonyms_are_read_and_checked() {
        let text = format!("{MINIMAL}search:\n  synonyms:\n    ar: [[بوينج, بوينغ]]\n");
        let config = Config::parse(Path::new("."), &text).unwrap();
        assert_eq!(
            config.search.synonyms(Lang::AR),
            [vec!["بوينج".to_owned(), "بوينغ".to_owned()]]
        );
        assert!(config.search.synonyms(Lang::EN).is_empty());
        let lone = format!("{MINIMAL}search:\n  synonyms:\n    ar: [[بوينج]]\n");
        let err = Config::parse(Path::new("."), &lone).unwrap_err().to_string();
        assert!(
            err.starts_with("steppe.yaml:8:") && err.contains("two spellings"),
            "{err}"
        );
    }

    #[test]
    fn numbering_is_a_cldr_system() {
        let arab = MINIMAL.replace("name: العربية}", "name: العربية, numbering: arab}");
        let config = Config::parse(Path::new("."), &arab).unwrap();
        let ar = config.languages.iter().find(|l| l.lang == Lang::AR).unwrap();
        assert_eq!(ar.formats_locale(), "ar-u-nu-arab");
        let bad = MINIMAL.replace("name: العربية}", "name: العربية, numbering: abjad}");
        let err = Config::parse(Path::new("."), &bad).unwrap_err().to_string();
        assert!(
            err.starts_with("steppe.yaml:1:") && err.contains("numbering `abjad`"),
            "{err}"
        );
    }

    #[test]
    fn typo_key_is_an_error_with_line() {
        let text = format!("{MINIMAL}base_ulr: https://x.org\n");
        let err = Config::parse(Path::new("."), &text).unwrap_err().to_string();
        assert!(err.starts_with("steppe.yaml:7:"), "{err}");
        assert!(err.contains("base_ulr"), "{err}");
    }

    #[test]
    fn timezone_is_an_iana_name() {
        let utc = Config::parse(Path::new("."), MINIMAL).unwrap();
        assert_eq!(utc.timezone, jiff::tz::TimeZone::UTC);
        let almaty = Config::parse(Path::new("."), &format!("{MINIMAL}timezone: Asia/Almaty\n")).unwrap();
        assert_eq!(almaty.timezone.iana_name(), Some("Asia/Almaty"));
        let err = Config::parse(Path::new("."), &format!("{MINIMAL}timezone: Mars/Olympus\n"))
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("steppe.yaml:7:1: timezone `Mars/Olympus`"), "{err}");
    }

    #[test]
    fn base_url_is_normalized_or_rejected() {
        assert_eq!(normalize_base_url("https://x.org/b/").unwrap(), "https://x.org/b");
        assert!(normalize_base_url("x.org").is_err());
        assert!(normalize_base_url("javascript:alert(1)").is_err());
    }
}
