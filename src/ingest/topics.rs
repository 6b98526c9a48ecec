//! Topic classification by the keyword rules in `steppe.yaml`. A keyword is a word or phrase of the
//! article's language; `*` at its end matches any ending. A one-word keyword scores one point per
//! occurrence, a phrase two. A topic needs two points and the article must be about it: named in
//! the title, the lede or the summary, in two paragraphs, or densely in one, so one passing mention
//! is not enough.
//! Case, accents and Arabic spelling variants (hamza, ta marbuta, attached و/ب/ل/ال…) are ignored.

use std::sync::LazyLock;

use deunicode::deunicode;

use super::line;
use crate::config::Topic;
use crate::i18n::Lang;

const THRESHOLD: usize = 2;

/// The prefixes Arabic writes joined to a word: a conjunction (و "and", ف "so"), then a
/// preposition (ب "with", ل "for", ك "like"), then the article (ال), each optional, in that order;
/// ل before ال is written لل ("للصفقات"). Every combination, so that "فبالصفقات" and "وكالصفقة"
/// read as "صفقات" and "صفقة" as "الصفقات" does.
static CLITICS: LazyLock<Vec<String>> = LazyLock::new(|| {
    let mut prefixes = Vec::new();
    for conjunction in ["", "و", "ف"] {
        for preposition in ["", "ب", "ل", "ك"] {
            for article in ["", "ال"] {
                let joined = match (preposition, article) {
                    ("ل", "ال") => "لل".to_owned(),
                    _ => format!("{preposition}{article}"),
                };
                prefixes.push(format!("{conjunction}{joined}"));
            }
        }
    }
    prefixes.retain(|p| !p.is_empty());
    prefixes
});

/// A paragraph with this many points is about the topic on its own.
const DENSE: usize = 4;

/// The parts of an article that say what it is about.
#[derive(Debug, Clone, Copy)]
pub struct Article<'a> {
    pub title: &'a str,
    /// The page's own summary, in whatever language the page wrote it.
    pub summary: Option<&'a str>,
    /// The body's blocks, the first one the lede.
    pub paragraphs: &'a [&'a str],
}

/// The keys of the topics the article is about, in config order: two points in all, and named in
/// the title, the lede or the summary, or in two paragraphs, or densely in one.
pub fn classify(article: &Article<'_>, lang: Lang, topics: &[Topic]) -> Vec<String> {
    let title = words(article.title);
    let summary = words(article.summary.unwrap_or_default());
    let paragraphs: Vec<Vec<Vec<String>>> = article.paragraphs.iter().map(|p| words(p)).collect();
    topics
        .iter()
        .filter(|topic| {
            let points =
                |text: &[Vec<String>], lang: Lang| topic.keywords(lang).iter().map(|k| score(text, k)).sum::<usize>();
            let in_title = points(&title, lang);
            // A summary may be in another language than the article (feeds, AI rewriters).
            let in_summary: usize = Lang::ALL.iter().map(|l| points(&summary, *l)).sum();
            let each: Vec<usize> = paragraphs.iter().map(|p| points(p, lang)).collect();
            let in_lede = each.first().copied().unwrap_or(0);
            let spread = each.iter().filter(|p| **p > 0).count();
            let densest = each.iter().copied().max().unwrap_or(0);
            let total = in_title + each.iter().sum::<usize>();
            total >= THRESHOLD && (in_title + in_lede + in_summary > 0 || spread >= 2 || densest >= DENSE)
        })
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
                        .filter_map(|p| word.strip_prefix(p.as_str()))
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
            name: Localized::new(Lang::ALL.iter().map(|l| (*l, key.to_owned())).collect()).unwrap(),
            keywords: [(Lang::EN, list(en)), (Lang::FR, list(fr)), (Lang::AR, list(ar))].into(),
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
            classify(
                &Article {
                    title: "",
                    summary: None,
                    paragraphs: &["Kazakhstan joins the Abraham Accords."]
                },
                Lang::En,
                &topics
            ),
            ["abraham-accords"]
        );
        assert!(
            classify(
                &Article {
                    title: "",
                    summary: None,
                    paragraphs: &["One deal was signed."]
                },
                Lang::En,
                &topics
            )
            .is_empty()
        );
        assert_eq!(
            classify(
                &Article {
                    title: "",
                    summary: None,
                    paragraphs: &["Deals with Boeing were signed."]
                },
                Lang::En,
                &topics
            ),
            ["deals"]
        );
    }

    #[test]
    fn one_passing_mention_late_in_the_article_is_not_a_topic() {
        let topics = [topic("abraham-accords", &["Abraham Accords"], &[], &[])];
        let lede = "Kazakhstan will buy locomotives worth $4.2 billion from Wabtec.";
        let passing = "Kazakhstan also said it would join the Abraham Accords.";
        assert!(
            classify(
                &Article {
                    title: "Kazakhstan orders locomotives",
                    summary: None,
                    paragraphs: &[lede, "More on trains.", passing]
                },
                Lang::En,
                &topics
            )
            .is_empty()
        );
        assert_eq!(
            classify(
                &Article {
                    title: "Kazakhstan joins the Abraham Accords",
                    summary: None,
                    paragraphs: &[lede, passing]
                },
                Lang::En,
                &topics
            ),
            ["abraham-accords"]
        );
        let twice = [lede, passing, "The Abraham Accords date from 2020."];
        assert_eq!(
            classify(
                &Article {
                    title: "Trains",
                    summary: None,
                    paragraphs: &twice
                },
                Lang::En,
                &topics
            ),
            ["abraham-accords"]
        );
    }

    #[test]
    fn arabic_keywords_are_found_under_any_stack_of_joined_particles() {
        let topics = [topic("deals", &[], &[], &["صفقة", "صفقات"])];
        for lede in [
            // "with the deal, and with another deal"; "so for the deals …, and like the first deal"
            "ورحب الوزير بالصفقة وبصفقة أخرى مع الشركة.",
            "فللصفقات أثر كبير، وكالصفقة الأولى جاءت الثانية.",
        ] {
            let article = Article {
                title: "",
                summary: None,
                paragraphs: &[lede],
            };
            assert_eq!(classify(&article, Lang::Ar, &topics), ["deals"], "{lede}");
        }
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
            classify(
                &Article {
                    title: "",
                    summary: None,
                    paragraphs: &["La REFORME constitutionnelle avance."]
                },
                Lang::Fr,
                &topics
            ),
            ["constitutional-reform"]
        );
        assert_eq!(
            classify(
                &Article {
                    title: "",
                    summary: None,
                    paragraphs: &["وبالإصلاح الدستوري."]
                },
                Lang::Ar,
                &topics
            ),
            ["constitutional-reform"]
        );
        assert_eq!(
            classify(
                &Article {
                    title: "",
                    summary: None,
                    paragraphs: &["والتراث الثقافي ... التراث"]
                },
                Lang::Ar,
                &topics
            ),
            ["cultural-heritage"]
        );
        assert!(
            classify(
                &Article {
                    title: "",
                    summary: None,
                    paragraphs: &["La réforme constitutionnelle avance."]
                },
                Lang::En,
                &topics
            )
            .is_empty()
        );
    }
}
