//! Topic classification by the keyword rules in `steppe.yaml`. A keyword is a word or phrase of the
//! article's language; `*` at its end matches any ending. A one-word keyword scores one point per
//! occurrence, a phrase two; a topic needs two points, so one passing mention of a common word is not enough.
//! Case, accents and Arabic spelling variants (hamza, ta marbuta, attached و/ب/ل/ال…) are ignored.

use deunicode::deunicode;

use super::line;
use crate::config::Topic;
use crate::i18n::Lang;

const THRESHOLD: usize = 2;

/// Arabic particles and the article written joined to the next word, longest first.
#[rustfmt::skip]
const CLITICS: &[&str] = &[
    "وبال", "وال", "بال", "فال", "كال", "ولل", "لل", "ال", "و", "ف", "ب", "ل", "ك",
];

/// The keys of the topics whose keywords in `lang` score enough in `text`, in config order.
pub fn classify(text: &str, lang: Lang, topics: &[Topic]) -> Vec<String> {
    let words = words(text);
    topics
        .iter()
        .filter(|topic| topic.keywords.get(lang).iter().map(|k| score(&words, k)).sum::<usize>() >= THRESHOLD)
        .map(|topic| topic.key.clone())
        .collect()
}

fn score(words: &[Vec<String>], keyword: &str) -> usize {
    let (keyword, open_end) = match keyword.trim().strip_suffix('*') {
        Some(stem) => (stem, true),
        None => (keyword.trim(), false),
    };
    let pattern = self::words(keyword);
    if pattern.is_empty() || words.len() < pattern.len() {
        return 0;
    }
    let weight = if pattern.len() > 1 { 2 } else { 1 };
    let hits = words
        .windows(pattern.len())
        .filter(|window| {
            window.iter().zip(&pattern).enumerate().all(|(i, (forms, wanted))| {
                let open = open_end && i + 1 == pattern.len();
                forms.iter().any(|form| {
                    wanted
                        .iter()
                        .any(|w| form == w || (open && form.starts_with(w.as_str())))
                })
            })
        })
        .count();
    hits * weight
}

/// The text's words, each with the forms it may match as: itself and, in Arabic, without a joined particle.
fn words(text: &str) -> Vec<Vec<String>> {
    line::key(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|word| {
            if line::has_arabic(word) {
                let word: String = word
                    .chars()
                    .map(|c| match c {
                        'ة' => 'ه',
                        'ى' => 'ي',
                        _ => c,
                    })
                    .collect();
                let mut forms = vec![word.clone()];
                forms.extend(
                    CLITICS
                        .iter()
                        .filter_map(|p| word.strip_prefix(p))
                        .filter(|rest| rest.chars().count() >= 2)
                        .map(str::to_owned),
                );
                forms
            } else {
                vec![deunicode(word).to_lowercase()]
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Localized;

    fn topic(key: &str, en: &[&str], fr: &[&str], ar: &[&str]) -> Topic {
        let list = |l: &[&str]| l.iter().map(|s| s.to_string()).collect();
        Topic {
            key: key.to_owned(),
            name: Localized {
                en: key.to_owned(),
                fr: key.to_owned(),
                ar: key.to_owned(),
            },
            keywords: Localized {
                en: list(en),
                fr: list(fr),
                ar: list(ar),
            },
        }
    }

    #[test]
    fn phrases_count_double_and_words_need_two_mentions() {
        let topics = [
            topic(
                "abraham-accords",
                &["Abraham Accords"],
                &["accords d'Abraham"],
                &["اتفاقيات أبراهام"],
            ),
            topic("deals", &["deal*", "Boeing"], &[], &[]),
        ];
        assert_eq!(
            classify("Kazakhstan joins the Abraham Accords.", Lang::En, &topics),
            ["abraham-accords"]
        );
        assert!(classify("One deal was signed.", Lang::En, &topics).is_empty());
        assert_eq!(classify("Deals with Boeing were signed.", Lang::En, &topics), ["deals"]);
    }

    #[test]
    fn accents_case_and_arabic_particles_are_ignored() {
        let topics = [
            topic(
                "constitutional-reform",
                &[],
                &["réforme constitutionnelle"],
                &["الإصلاح الدستوري"],
            ),
            topic("cultural-heritage", &[], &[], &["تراث"]),
        ];
        assert_eq!(
            classify("La REFORME constitutionnelle avance.", Lang::Fr, &topics),
            ["constitutional-reform"]
        );
        assert_eq!(
            classify("وبالإصلاح الدستوري.", Lang::Ar, &topics),
            ["constitutional-reform"]
        );
        assert_eq!(
            classify("والتراث الثقافي ... التراث", Lang::Ar, &topics),
            ["cultural-heritage"]
        );
        assert!(classify("La réforme constitutionnelle avance.", Lang::En, &topics).is_empty());
    }
}
