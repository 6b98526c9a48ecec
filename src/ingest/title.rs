//! The article's title: the page's headline, chosen among the head lines by evidence (repeats
//! collapsed, menus, bylines and site names never), else the post title a feed footer names, else
//! a short title made from the first sentence. A headline is in the body's script.

use super::layout::HeadLine;
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

/// What a title is chosen from.
#[derive(Debug, Clone, Copy)]
pub struct Evidence<'a> {
    /// The lines before the body, in page order.
    pub head: &'a [HeadLine],
    /// Names of the site (masthead, source): never a headline.
    pub site: &'a [String],
    /// The post title a feed footer names.
    pub footer: Option<&'a str>,
    /// The body's first paragraph.
    pub first: Option<&'a str>,
}

/// Chooses the title: the head line with the most evidence of being the headline (near the body,
/// of a headline's length, in the body's language, repeated, not a standfirst under a shorter
/// line, not the site's name); else the footer's post title; else one made from the first sentence.
pub fn choose(evidence: &Evidence<'_>, lang: Lang) -> Option<(String, Origin)> {
    let head = merge_site_titles(evidence.head);
    let site: Vec<String> = evidence.site.iter().map(|s| line::key(s)).collect();
    let shaped: Vec<(usize, String)> = head
        .iter()
        .enumerate()
        .filter_map(|(i, h)| Some((i, headline(&h.text, lang)?)))
        .filter(|(_, text)| !site.contains(&line::key(text)))
        .collect();
    // A line right under the site's name is its tagline ("Le webzine des cultures d'Asie
    // centrale"): no headline itself, and no shorter headline for the line under it to stand under.
    let tagline = |i: usize| {
        head[i].under_masthead
            || i > 0 && head[i].at <= head[i - 1].at + 2 && site.contains(&line::key(&head[i - 1].text))
    };
    let best = shaped
        .iter()
        .rev()
        .enumerate()
        .map(|(rank, (i, text))| {
            let position = 3usize.saturating_sub(rank);
            let words = real_words(text);
            let length = match words {
                5..=16 => 3,
                _ => 1,
            };
            let language = if lang::agrees(text, lang) { 2 } else { 0 };
            let repeated = if head[*i].count > 1 { 2 } else { 0 };
            // A longer line right under a shorter candidate is the standfirst under the headline.
            let under_shorter = *i > 0
                && head[*i].at <= head[i - 1].at + 2
                && shaped.iter().any(|(j, other)| {
                    // A standfirst is in its headline's language: an English line under a French
                    // edition line is the headline, not what stands under one.
                    *j + 1 == *i
                        && !tagline(*j)
                        && !is_capitals(other)
                        && real_words(other) + 2 <= words
                        && lang::agrees(other, lang) == lang::agrees(text, lang)
                });
            let standfirst = if words >= 8 && under_shorter { 4 } else { 0 };
            let under_site = if tagline(*i) { 2 } else { 0 };
            let label = if is_capitals(text) { 4 } else { 0 };
            (
                (position + length + language + repeated).saturating_sub(standfirst + under_site + label),
                *i,
                text,
            )
        })
        .max_by_key(|(score, i, _)| (*score, *i))
        .map(|(_, i, text)| (text.clone(), head[i].count));
    let footer = evidence.footer.filter(|t| lang::agrees(t, lang)).map(str::to_owned);
    match (best, footer) {
        (Some((text, count)), _) if count > 1 => Some((text, Origin::Headline)),
        (_, Some(text)) => Some((text, Origin::Footer)),
        (Some((text, _)), None) => Some((text, Origin::Headline)),
        (None, None) => evidence
            .first
            .and_then(from_paragraph)
            .map(|t| (t, Origin::FirstSentence)),
    }
}

/// A Latin line in capitals only ("PRESS RELEASE", "KAZAKHSTAN-USA/TRADE (UPDATE 1)"): a label
/// or a wire slug over the headline, not the headline itself, and nothing stands under it as a
/// standfirst stands under a headline.
fn is_capitals(text: &str) -> bool {
    let letters: Vec<char> = text.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 4 && !line::has_arabic(text) && !letters.iter().any(|c| c.is_lowercase())
}

/// Words with a letter or digit in them: a dash between parts is not a word.
fn real_words(text: &str) -> usize {
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// Counts "Headline | Site" (a page's `<title>`) as one more showing of "Headline" when both appear.
fn merge_site_titles(head: &[HeadLine]) -> Vec<HeadLine> {
    let mut merged: Vec<HeadLine> = head.to_vec();
    for line in head {
        // A one-word tail ("– Monde") is a section, not a site name.
        let main = [" | ", " - ", " – ", " — "].iter().find_map(|sep| {
            let (main, site) = line.text.rsplit_once(sep)?;
            (real_words(site) >= 2 && head.iter().any(|other| other.text == main)).then_some(main)
        });
        if let Some(main) = main {
            merged.retain(|h| h.text != line.text);
            if let Some(entry) = merged.iter_mut().find(|h| h.text == main) {
                entry.count += line.count;
            }
        }
    }
    merged
}

/// A head line shaped like a headline in the body's script, with a " | Site name" tail taken off.
/// Its language may differ (an English headline on a French page): `choose` weighs that.
fn headline(text: &str, lang: Lang) -> Option<String> {
    let text = match text.rsplit_once(" | ") {
        Some((main, site)) if line::words(site) <= 4 => main.trim(),
        _ => text,
    };
    let words = line::words(text);
    // Tickers and scores ("NVDA +1.2%") are made of figures, headlines of words.
    let wordy = text
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic) && !w.chars().any(|c| c.is_ascii_digit()))
        .count();
    let shaped = (3..=30).contains(&words)
        && 2 * wordy > words
        && text.chars().count() <= 200
        && !text.trim_end().ends_with(['.', ':', ',', ';'])
        && source::byline(text).is_none();
    let arabic = lang::agrees(text, Lang::Ar);
    (shaped && arabic == (lang == Lang::Ar)).then(|| text.to_owned())
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

    fn head(lines: &[(&str, usize)]) -> Vec<HeadLine> {
        lines
            .iter()
            .enumerate()
            .map(|(at, (t, c))| HeadLine {
                text: t.to_string(),
                count: *c,
                at,
                under_masthead: false,
            })
            .collect()
    }

    fn title(lines: &[(&str, usize)], site: &[&str], lang: Lang) -> Option<String> {
        let head = head(lines);
        let site: Vec<String> = site.iter().map(|s| s.to_string()).collect();
        let evidence = Evidence {
            head: &head,
            site: &site,
            footer: None,
            first: None,
        };
        choose(&evidence, lang).map(|(t, _)| t)
    }

    #[test]
    fn repeated_headline_wins_over_one_off_lines() {
        let lines = [
            ("Kazakhstan to Join Abraham Accords, Trump Announces", 4),
            ("World news today and every day", 1),
        ];
        assert_eq!(
            title(&lines, &[], Lang::En).as_deref(),
            Some("Kazakhstan to Join Abraham Accords, Trump Announces")
        );
    }

    #[test]
    fn the_headline_is_the_line_nearest_the_body_not_the_standfirst_under_it() {
        let lines = [
            ("An official website of the government", 1),
            ("Kazakhstan orders locomotives from Wabtec", 1),
            (
                "The order, announced during the visit, is described as the largest purchase in history",
                1,
            ),
        ];
        assert_eq!(
            title(&lines, &[], Lang::En).as_deref(),
            Some("Kazakhstan orders locomotives from Wabtec")
        );
        let role = [
            ("Kazakhstan deepens its partnership with Washington", 1),
            ("Office of the Spokesperson", 1),
        ];
        assert_eq!(
            title(&role, &[], Lang::En).as_deref(),
            Some("Kazakhstan deepens its partnership with Washington")
        );
    }

    #[test]
    fn site_names_bylines_and_other_scripts_are_not_titles() {
        let lines = [
            ("Kazakhstan", 1),
            ("Institute for Eurasian Studies", 1),
            ("By Jane Doe", 1),
            ("كازاخستان تنضم إلى اتفاقيات أبراهام", 1),
        ];
        assert_eq!(title(&lines, &["Institute for Eurasian Studies"], Lang::En), None);
        let site = [("Talks in Washington go well | Astana Daily", 1)];
        assert_eq!(
            title(&site, &[], Lang::En).as_deref(),
            Some("Talks in Washington go well")
        );
    }

    #[test]
    fn an_english_headline_on_a_french_page_beats_an_edition_line() {
        let lines = [
            ("Édition du matin – Monde", 1),
            ("US and Kazakhstan sign critical minerals memorandum", 1),
        ];
        assert_eq!(
            title(&lines, &[], Lang::Fr).as_deref(),
            Some("US and Kazakhstan sign critical minerals memorandum")
        );
    }

    #[test]
    fn a_long_english_headline_under_a_french_edition_line_is_no_standfirst() {
        let lines = [
            ("Édition internationale · Asie centrale", 1),
            (
                "Kazakhstan signs $3.7 billion AI agreements with NVIDIA, Cisco and Oracle",
                1,
            ),
        ];
        assert_eq!(
            title(&lines, &[], Lang::Fr).as_deref(),
            Some("Kazakhstan signs $3.7 billion AI agreements with NVIDIA, Cisco and Oracle")
        );
    }

    #[test]
    fn a_capitals_label_or_wire_slug_is_no_headline() {
        let lines = [
            ("AVIS OFFICIEL DU MINISTÈRE", 1),
            (
                "Le ministère annonce un nouvel accord commercial avec les États-Unis",
                1,
            ),
        ];
        assert_eq!(
            title(&lines, &[], Lang::Fr).as_deref(),
            Some("Le ministère annonce un nouvel accord commercial avec les États-Unis")
        );
        let slug = [
            ("TRADE-KAZAKHSTAN/RAIL (WRAPUP 1)", 1),
            (
                "Kazakhstan orders new trains from an American maker, the minister says",
                1,
            ),
        ];
        assert_eq!(
            title(&slug, &[], Lang::En).as_deref(),
            Some("Kazakhstan orders new trains from an American maker, the minister says")
        );
    }

    #[test]
    fn the_tagline_under_the_site_name_is_not_the_headline() {
        let lines = [
            ("Steppes & Savoirs", 1),
            ("Le webzine des cultures d'Asie centrale", 1),
            ("Patrimoine : Washington et Astana misent sur les artisans", 1),
        ];
        assert_eq!(
            title(&lines, &["Steppes & Savoirs"], Lang::Fr).as_deref(),
            Some("Patrimoine : Washington et Astana misent sur les artisans")
        );
    }

    #[test]
    fn page_titles_with_the_site_name_count_as_the_headline() {
        let lines = [
            ("Talks go well - Astana Daily News Service", 1),
            ("Astana Daily", 1),
            ("Talks go well", 1),
        ];
        let head = head(&lines);
        let evidence = Evidence {
            head: &head,
            site: &[],
            footer: Some("Another title from the footer"),
            first: None,
        };
        assert_eq!(
            choose(&evidence, Lang::En),
            Some(("Talks go well".to_owned(), Origin::Headline))
        );
    }

    #[test]
    fn footer_title_when_the_page_has_no_headline() {
        let evidence = Evidence {
            head: &[],
            site: &[],
            footer: Some("On US Ties: ‘Reliability is the New Power’"),
            first: None,
        };
        let (title, origin) = choose(&evidence, Lang::En).unwrap();
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
