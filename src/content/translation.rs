//! Translations and their originals: which language a translation was made from, the hash of
//! the original's text it was made from, and so whether it has fallen behind. Rewriting the
//! record on disk is left to `translations`; showing it to readers to `site`.

use std::fmt;

use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::i18n::Lang;

use super::{Article, Corpus, FrontMatter};

/// `translated_from` in front matter: `en`, or `{lang: en, hash: "…"}` when the translation
/// records the text it was made from (see [`text_hash`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TranslatedFrom {
    pub lang: Lang,
    /// [`text_hash`] of the original when the translation was made or last reviewed.
    pub hash: Option<String>,
}

impl TranslatedFrom {
    pub fn new(lang: Lang, hash: Option<String>) -> Self {
        TranslatedFrom { lang, hash }
    }
}

/// The fingerprint of an original's text: the first 16 hex digits of the BLAKE3 hash of its
/// title, summary and body, each trimmed, line endings as `\n`, and each preceded by its length
/// in bytes and a `:`. Front matter other than title and summary (dates, topics, sources) does
/// not count: a translation falls behind when the words it translates change.
pub fn text_hash(front: &FrontMatter, body: &str) -> String {
    let mut hasher = blake3::Hasher::new();
    for part in [front.title.as_str(), front.summary.as_deref().unwrap_or(""), body] {
        let text = part.replace("\r\n", "\n");
        let text = text.trim();
        hasher.update(format!("{}:", text.len()).as_bytes());
        hasher.update(text.as_bytes());
    }
    hasher.finalize().to_hex()[..16].to_owned()
}

/// Where one language version of an article stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// The text the others are translated from.
    Original,
    /// Made from (or reviewed against) the original's present text.
    Current,
    /// The original's text changed since the translation was made or reviewed.
    Stale,
    /// The translation records no hash, or its original is not in the corpus.
    Unknown,
    /// No file in this language.
    Missing,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Original => "original",
            Status::Current => "current",
            Status::Stale => "stale",
            Status::Unknown => "unknown",
            Status::Missing => "missing",
        }
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The original `article` was translated from, when it is a translation and the original is
/// in the corpus.
pub fn original_of<'c>(corpus: &'c Corpus, article: &Article) -> Option<&'c Article> {
    let from = article.front.translated_from.as_ref()?;
    corpus.translation(&article.slug, from.lang)
}

/// Whether `article` is an original, or a translation that is current, stale or unknown.
pub fn status(corpus: &Corpus, article: &Article) -> Status {
    let Some(from) = &article.front.translated_from else {
        return Status::Original;
    };
    match (original_of(corpus, article), &from.hash) {
        (Some(original), Some(hash)) if *hash == text_hash(&original.front, &original.body) => Status::Current,
        (Some(_), Some(_)) => Status::Stale,
        _ => Status::Unknown,
    }
}

impl Serialize for TranslatedFrom {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        match &self.hash {
            None => self.lang.serialize(serializer),
            Some(hash) => {
                let mut map = serializer.serialize_map(Some(2))?;
                map.serialize_entry("lang", &self.lang)?;
                map.serialize_entry("hash", hash)?;
                map.end()
            }
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Fields {
    lang: Lang,
    #[serde(default)]
    hash: Option<String>,
}

impl<'de> Deserialize<'de> for TranslatedFrom {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(TranslatedFromVisitor)
    }
}

struct TranslatedFromVisitor;

impl<'de> Visitor<'de> for TranslatedFromVisitor {
    type Value = TranslatedFrom;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a language code (`en`) or a mapping with `lang` and `hash`")
    }

    fn visit_str<E: de::Error>(self, code: &str) -> Result<TranslatedFrom, E> {
        let lang = Lang::deserialize(de::value::StrDeserializer::<E>::new(code))?;
        Ok(TranslatedFrom::new(lang, None))
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<TranslatedFrom, A::Error> {
        let fields = Fields::deserialize(de::value::MapAccessDeserializer::new(map))?;
        if let Some(hash) = &fields.hash
            && (hash.len() != 16 || !hash.bytes().all(|b| b.is_ascii_hexdigit()))
        {
            return Err(de::Error::custom(format!(
                "`hash: {hash}` is not a text hash (16 hex digits); run `steppe translations --mark-current` to write it"
            )));
        }
        Ok(TranslatedFrom::new(fields.lang, fields.hash))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn front(title: &str, summary: Option<&str>) -> FrontMatter {
        let mut front: FrontMatter = parse(&format!("title: {title:?}"));
        front.summary = summary.map(str::to_owned);
        front
    }

    fn parse<T: serde::de::DeserializeOwned>(text: &str) -> T {
        crate::yaml::parse(std::path::Path::new("a.md"), text, 1).unwrap()
    }

    fn refuses(text: &str) -> bool {
        crate::yaml::parse::<TranslatedFrom>(std::path::Path::new("a.md"), text, 1).is_err()
    }

    #[test]
    fn hash_follows_the_words_not_the_layout() {
        let base = text_hash(&front("T", Some("S")), "Body.\n");
        assert_eq!(base.len(), 16);
        // Line endings and surrounding blank lines are not edits a translator must review.
        assert_eq!(base, text_hash(&front("T", Some("S")), "\r\n\r\nBody.\r\n"));
        assert_ne!(base, text_hash(&front("T", Some("S")), "Body!\n"));
        assert_ne!(base, text_hash(&front("T2", Some("S")), "Body.\n"));
        assert_ne!(base, text_hash(&front("T", None), "Body.\n"));
        // Moving text between fields changes the hash (the parts are length-prefixed).
        assert_ne!(
            text_hash(&front("ab", Some("c")), ""),
            text_hash(&front("a", Some("bc")), "")
        );
        // Stable across releases: a recorded hash must keep meaning the same text.
        assert_eq!(base, "67f7f8d334c2a44d");
    }

    #[test]
    fn translated_from_reads_both_forms_and_writes_them_back() {
        let plain: TranslatedFrom = parse("en");
        assert_eq!(plain, TranslatedFrom::new(Lang::En, None));
        let hashed: TranslatedFrom = parse("{lang: fr, hash: 0123456789abcdef}");
        assert_eq!(hashed.hash.as_deref(), Some("0123456789abcdef"));
        assert_eq!(crate::yaml::to_string(&plain), "en\n");
        assert_eq!(parse::<TranslatedFrom>(&crate::yaml::to_string(&hashed)), hashed);
        assert!(refuses("{lang: fr, hash: xyz}"));
        assert!(refuses("{lang: fr, hsah: 0123456789abcdef}"));
        assert!(refuses("de"));
    }
}
