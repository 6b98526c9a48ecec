//! The article's title: the page's headline (repeats collapsed, menus and bylines never), else the
//! post title a feed footer names, else a short title made from the first sentence. A title must
//! be in the body's language.

use super::{lang, line, sentence, source};
use crate::i18n::Lang;

/// Where a title came from, for the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    Headline,
    Footer,
    FirstSentence,
}

/// Titles made from a sentence are cut to about this many characters, at a word boundary.
const MAX_MADE_CHARS: usize = 80;

/// Words a made-up title should not end on.
#[rustfmt::skip]
const DANGLING: &[&str] = &[
    "of", "the", "a", "an", "and", "in", "on", "to", "for", "with", "by", "at", "from", "de", "du",
    "des", "la", "le", "les", "l", "d", "et", "en", "à", "au", "aux", "pour", "par", "sur", "avec",
    "un", "une", "من", "في", "على", "إلى", "الى", "عن", "مع", "و", "ثم", "أن", "ان",
];

/// Chooses the title from the page's head lines (with their counts), its footer title and its first paragraph.
pub fn choose(
    head: &[(String, usize)],
    footer: Option<&str>,
    first: Option<&str>,
    lang: Lang,
) -> Option<(String, Origin)> {
    let head = merge_site_titles(head);
    let best = head
        .iter()
        .filter_map(|(text, count)| Some((headline(text, lang)?, *count)))
        .enumerate()
        .max_by_key(|(index, (text, count))| (10 * count + line::words(text).min(20), std::cmp::Reverse(*index)))
        .map(|(_, found)| found);
    let footer = footer.filter(|t| lang::agrees(t, lang)).map(str::to_owned);
    match (best, footer) {
        (Some((text, count)), _) if count > 1 => Some((text, Origin::Headline)),
        (_, Some(text)) => Some((text, Origin::Footer)),
        (Some((text, _)), None) => Some((text, Origin::Headline)),
        (None, None) => first.and_then(from_paragraph).map(|t| (t, Origin::FirstSentence)),
    }
}

/// Counts "Headline | Site" (a page's `<title>`) as one more showing of "Headline" when both appear.
fn merge_site_titles(head: &[(String, usize)]) -> Vec<(String, usize)> {
    let mut merged: Vec<(String, usize)> = head.to_vec();
    for (text, count) in head {
        let main = [" | ", " - ", " – ", " — "].iter().find_map(|sep| {
            let (main, _) = text.rsplit_once(sep)?;
            head.iter().any(|(other, _)| other == main).then_some(main)
        });
        if let Some(main) = main {
            merged.retain(|(t, _)| t != text);
            if let Some(entry) = merged.iter_mut().find(|(t, _)| t == main) {
                entry.1 += count;
            }
        }
    }
    merged
}

/// A head line that reads as a headline in `lang`, with a " | Site name" tail taken off.
fn headline(text: &str, lang: Lang) -> Option<String> {
    let text = match text.rsplit_once(" | ") {
        Some((main, site)) if line::words(site) <= 4 => main.trim(),
        _ => text,
    };
    let words = line::words(text);
    let shaped = (3..=30).contains(&words)
        && text.chars().count() <= 200
        && !text.trim_end().ends_with(['.', ':', ',', ';'])
        && source::byline(text).is_none();
    (shaped && lang::agrees(text, lang)).then(|| text.to_owned())
}

/// A title from a paragraph's first sentence, shortened at a word boundary.
pub fn from_paragraph(paragraph: &str) -> Option<String> {
    let first = sentence::split(paragraph).into_iter().next()?;
    let first = first.trim_end_matches(|c: char| matches!(c, '.' | '!' | '؟' | '…') || c.is_whitespace());
    if first.chars().count() <= MAX_MADE_CHARS + 10 {
        return Some(first.to_owned());
    }
    let mut words: Vec<&str> = Vec::new();
    let mut length = 0;
    for word in first.split_whitespace() {
        length += word.chars().count() + usize::from(!words.is_empty());
        if length > MAX_MADE_CHARS {
            break;
        }
        words.push(word);
    }
    while words.len() > 3 && words.last().is_some_and(|w| is_dangling(w)) {
        words.pop();
    }
    let title = words.join(" ");
    let title = title.trim_end_matches([',', ';', ':', '،', '-', '–']);
    (!title.is_empty()).then(|| title.to_owned())
}

fn is_dangling(word: &str) -> bool {
    let word = line::key(word);
    let word = word.trim_matches(|c: char| !c.is_alphanumeric());
    DANGLING.iter().any(|d| line::key(d) == word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn head(lines: &[(&str, usize)]) -> Vec<(String, usize)> {
        lines.iter().map(|(t, c)| (t.to_string(), *c)).collect()
    }

    #[test]
    fn repeated_headline_wins_over_one_off_lines() {
        let lines = head(&[
            ("World news today", 1),
            ("Kazakhstan to Join Abraham Accords, Trump Announces", 4),
        ]);
        let (title, origin) = choose(&lines, None, None, Lang::En).unwrap();
        assert_eq!(
            (title.as_str(), origin),
            ("Kazakhstan to Join Abraham Accords, Trump Announces", Origin::Headline)
        );
    }

    #[test]
    fn menus_bylines_and_foreign_headlines_are_not_titles() {
        let lines = head(&[
            ("Kazakhstan", 1),
            ("By Jane Doe", 1),
            ("Le Kazakhstan rejoint les accords d'Abraham", 1),
        ]);
        assert_eq!(choose(&lines, None, None, Lang::En), None);
        let site = head(&[("Talks in Washington go well | Astana Daily", 1)]);
        assert_eq!(
            choose(&site, None, None, Lang::En).unwrap().0,
            "Talks in Washington go well"
        );
    }

    #[test]
    fn page_titles_with_the_site_name_count_as_the_headline() {
        let lines = head(&[
            ("Talks go well - Astana Daily News Service", 1),
            ("Astana Daily", 1),
            ("Talks go well", 1),
        ]);
        assert_eq!(
            choose(&lines, None, None, Lang::En).unwrap(),
            ("Talks go well".to_owned(), Origin::Headline)
        );
    }

    #[test]
    fn footer_title_when_the_page_has_no_headline() {
        let (title, origin) = choose(&[], Some("On US Ties: ‘Reliability is the New Power’"), None, Lang::En).unwrap();
        assert_eq!(
            (title.as_str(), origin),
            ("On US Ties: ‘Reliability is the New Power’", Origin::Footer)
        );
    }

    #[test]
    fn made_titles_are_cut_at_a_word_boundary() {
        let paragraph = "دخلت الولايات المتحدة وكازاخستان مرحلة جديدة من العلاقات الثنائية بتعميق الشراكة الاستراتيجية بينهما. وجاء في بيان.";
        let title = from_paragraph(paragraph).unwrap();
        assert!(paragraph.starts_with(&title) && title.chars().count() <= 90, "{title}");
        let long = "The meeting between President Donald J. Trump and President Kassym-Jomart Tokayev on November 6, 2025, marks a new chapter in relations.";
        let title = from_paragraph(long).unwrap();
        assert!(
            title.chars().count() <= MAX_MADE_CHARS && !title.ends_with(" on") && !title.ends_with(','),
            "{title}"
        );
    }
}
