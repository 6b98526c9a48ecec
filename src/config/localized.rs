//! `Localized<T>`: one value per language of the site, as in `title: {en: …, fr: …}`.
//!
//! A file is read while the site's languages are in scope (`with_languages`), so that an
//! unknown or missing language is a YAML error, with the file's line and column, wherever the
//! map is: in `steppe.yaml`, in a data file, nested in a dated fact.

use std::cell::RefCell;
use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, Deserialize, Deserializer, MapAccess, Visitor};
use serde::ser::{Serialize, SerializeMap, Serializer};

use crate::i18n::{Lang, Languages};

thread_local! {
    static SCOPE: RefCell<Option<Vec<Lang>>> = const { RefCell::new(None) };
}

/// Runs `read` with `languages` as the languages every `Localized` must have.
pub fn with_languages<R>(languages: &Languages, read: impl FnOnce() -> R) -> R {
    let previous = SCOPE.with(|scope| scope.replace(Some(languages.langs().collect())));
    let result = read();
    SCOPE.with(|scope| *scope.borrow_mut() = previous);
    result
}

/// One value per language, in the order the file gives them; never empty.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Localized<T> {
    values: Vec<(Lang, T)>,
}

impl<T> Localized<T> {
    /// `None` when `values` is empty.
    pub fn new(values: Vec<(Lang, T)>) -> Option<Localized<T>> {
        (!values.is_empty()).then_some(Localized { values })
    }

    /// The value for `lang`; the first value if a map read outside a site's scope lacks it.
    pub fn get(&self, lang: Lang) -> &T {
        let found = self.values.iter().find(|(l, _)| *l == lang);
        &found.unwrap_or(&self.values[0]).1
    }

    pub fn iter(&self) -> impl Iterator<Item = (Lang, &T)> {
        self.values.iter().map(|(l, v)| (*l, v))
    }
}

impl<T: Serialize> Serialize for Localized<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.values.len()))?;
        for (lang, value) in &self.values {
            map.serialize_entry(lang.code(), value)?;
        }
        map.end()
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Localized<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Localized<T>, D::Error> {
        deserializer.deserialize_map(LocalizedVisitor(PhantomData))
    }
}

struct LocalizedVisitor<T>(PhantomData<T>);

impl<'de, T: Deserialize<'de>> Visitor<'de> for LocalizedVisitor<T> {
    type Value = Localized<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a value for each language of the site, as {en: …, fr: …}")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Localized<T>, A::Error> {
        let scope = SCOPE.with(|scope| scope.borrow().clone());
        let listed = |scope: &[Lang]| scope.iter().map(|l| l.code()).collect::<Vec<_>>().join(", ");
        let mut values: Vec<(Lang, T)> = Vec::new();
        while let Some(code) = map.next_key::<String>()? {
            let lang = match &scope {
                Some(scope) => scope.iter().copied().find(|l| l.code() == code).ok_or_else(|| {
                    de::Error::custom(format!(
                        "unknown language `{code}`; this site's languages are {} (steppe.yaml `languages`)",
                        listed(scope)
                    ))
                })?,
                None => Lang::known(&code)
                    .ok_or_else(|| de::Error::custom(format!("`{code}` is not a language of this site")))?,
            };
            if values.iter().any(|(l, _)| *l == lang) {
                return Err(de::Error::custom(format!("language `{code}` is given twice")));
            }
            values.push((lang, map.next_value()?));
        }
        if let Some(scope) = &scope {
            let missing: Vec<Lang> = scope
                .iter()
                .copied()
                .filter(|l| !values.iter().any(|(v, _)| v == l))
                .collect();
            if !missing.is_empty() {
                return Err(de::Error::custom(format!(
                    "missing {} (every language of the site needs a value: {})",
                    listed(&missing),
                    listed(scope)
                )));
            }
            // The site's order, whatever the file's.
            values.sort_by_key(|(lang, _)| scope.iter().position(|l| l == lang));
        }
        Localized::new(values).ok_or_else(|| de::Error::custom("needs a value for at least one language"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Language;
    use std::path::Path;

    fn site(codes: &[&str]) -> Languages {
        let list = codes
            .iter()
            .map(|c| Language::new(Lang::register(c).unwrap(), c.to_string(), None, None).unwrap())
            .collect();
        Languages::new(list).unwrap()
    }

    fn parse(languages: &Languages, text: &str) -> Result<Localized<String>, String> {
        with_languages(languages, || crate::yaml::parse(Path::new("x.yaml"), text, 1)).map_err(|e| e.to_string())
    }

    #[test]
    fn every_configured_language_and_no_other() {
        let langs = site(&["en", "ru", "kk"]);
        let ok = parse(&langs, "{kk: Қазақ, en: English, ru: Русский}").unwrap();
        assert_eq!(ok.iter().map(|(l, _)| l.code()).collect::<Vec<_>>(), ["en", "ru", "kk"]);
        assert_eq!(ok.get(Lang::known("kk").unwrap()), "Қазақ");
        let missing = parse(&langs, "{en: English}").unwrap_err();
        assert!(
            missing.starts_with("x.yaml:1:") && missing.contains("missing ru, kk"),
            "{missing}"
        );
        let unknown = parse(&langs, "en: a\nru: b\nkk: c\nde: d\n").unwrap_err();
        assert!(
            unknown.starts_with("x.yaml:4:") && unknown.contains("unknown language `de`"),
            "{unknown}"
        );
    }
}
