//! Which language a text is in: whatlang on the article body; for short texts (a headline, a
//! summary) the script and the function words decide whether they agree with the body's language.

use whatlang::{Detector, Lang as Detected};

use super::line;
use crate::i18n::Lang;

/// The body's language and whether whatlang was sure of it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Detection {
    pub lang: Lang,
    pub reliable: bool,
}

/// Detects the language of an article body among the site's languages.
pub fn detect(body: &str) -> Option<Detection> {
    let detector = Detector::with_allowlist(vec![Detected::Eng, Detected::Fra, Detected::Ara]);
    let info = detector.detect(body)?;
    let lang = match info.lang() {
        Detected::Eng => Lang::En,
        Detected::Fra => Lang::Fr,
        Detected::Ara => Lang::Ar,
        _ => return None,
    };
    Some(Detection {
        lang,
        reliable: info.is_reliable(),
    })
}

#[rustfmt::skip]
const ENGLISH: &[&str] = &[
    "the", "of", "and", "to", "in", "on", "for", "with", "a", "an", "is", "are", "was", "from",
    "by", "at", "as", "between", "its", "this", "that", "will", "has", "have",
];
#[rustfmt::skip]
const FRENCH: &[&str] = &[
    "le", "la", "les", "de", "des", "du", "et", "un", "une", "en", "au", "aux", "pour", "sur",
    "avec", "entre", "dans", "par", "est", "sont", "à", "l", "d", "ce", "cette", "qui", "que",
    "son", "ses", "leur",
];

/// Whether a short text (a headline, a summary) can be in `lang`: Arabic script for Arabic, Latin
/// for English and French, and not more function words of the other Latin language than of `lang`.
pub fn agrees(text: &str, lang: Lang) -> bool {
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    let arabic = text
        .chars()
        .filter(|c| c.is_alphabetic() && line::has_arabic(&c.to_string()))
        .count();
    let mostly_arabic = arabic * 2 > letters;
    match lang {
        Lang::Ar => mostly_arabic,
        Lang::En | Lang::Fr if mostly_arabic => false,
        Lang::En => function_words(text, ENGLISH) >= function_words(text, FRENCH),
        Lang::Fr => function_words(text, FRENCH) >= function_words(text, ENGLISH),
        // A language ingest cannot recognise: it has no evidence either way.
        _ => !mostly_arabic,
    }
}

fn function_words(text: &str, list: &[&str]) -> usize {
    line::key(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| list.contains(w))
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_the_three_languages() {
        let en = "The two presidents met in Washington and agreed to deepen their strategic partnership.";
        let fr = "Les deux présidents se sont rencontrés à Washington et ont convenu d'approfondir leur partenariat.";
        let ar = "التقى الرئيسان في واشنطن واتفقا على تعميق الشراكة الاستراتيجية بين البلدين.";
        assert_eq!(detect(en).map(|d| d.lang), Some(Lang::En));
        assert_eq!(detect(fr).map(|d| d.lang), Some(Lang::Fr));
        assert_eq!(detect(ar).map(|d| d.lang), Some(Lang::Ar));
    }

    #[test]
    fn short_texts_agree_by_script_and_function_words() {
        assert!(agrees("Kazakhstan to Join Abraham Accords, Trump Announces", Lang::En));
        assert!(agrees(
            "Entretiens entre le ministre kazakh et le secrétaire d'État américain",
            Lang::Fr
        ));
        assert!(!agrees(
            "Le 7 novembre 2025, les États-Unis et le Kazakhstan ont annoncé un accord.",
            Lang::En
        ));
        assert!(!agrees("Kazakhstan joins the accords", Lang::Ar));
        assert!(agrees("كازاخستان تنضم إلى اتفاقيات أبراهام", Lang::Ar));
        assert!(!agrees("كازاخستان تنضم إلى اتفاقيات أبراهام", Lang::Fr));
    }
}
