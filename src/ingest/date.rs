//! Publication dates in the forms news sites print them in English, French and Arabic: month names
//! and abbreviations, day-first numeric dates on French and Arabic pages, Arabic-Indic digits,
//! weekday prefixes, times after the date, "Published"/"Publié le"/"نشر" labels. A date counts only
//! on a line of its own or after a publication label, and an "updated" date never wins.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::line;
use crate::date::Date;
use crate::i18n::Lang;

/// What a date on a page stands for, by the label before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Published,
    Updated,
    /// A date alone on its line, with no label.
    Bare,
    /// The dateline opening the article's first paragraph ("ASTANA, Nov. 7, 2025 (SPA) —").
    Dateline,
}

/// A date as printed: numeric ones may need the page's language to say which number is the day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stamp {
    pub kind: Kind,
    year: i32,
    parts: Parts,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Parts {
    Known {
        month: u32,
        day: u32,
    },
    /// `a/b/year`: day-first on French and Arabic pages, month-first on English ones when both fit.
    Numeric {
        a: u32,
        b: u32,
    },
}

/// Month names in lowercase, hamza-free (as `line::key` writes Arabic), with their number.
#[rustfmt::skip]
const MONTHS: &[(&str, u32)] = &[
    ("january", 1), ("jan", 1), ("janvier", 1), ("janv", 1), ("يناير", 1), ("كانون الثاني", 1), ("جانفي", 1),
    ("february", 2), ("feb", 2), ("février", 2), ("fevrier", 2), ("févr", 2), ("fevr", 2), ("fév", 2),
    ("fev", 2), ("فبراير", 2), ("شباط", 2), ("فيفري", 2), ("march", 3), ("mar", 3), ("mars", 3), ("مارس", 3),
    ("اذار", 3), ("april", 4), ("apr", 4), ("avril", 4), ("avr", 4), ("ابريل", 4), ("نيسان", 4), ("افريل", 4),
    ("may", 5), ("mai", 5), ("مايو", 5), ("ايار", 5), ("ماي", 5), ("june", 6), ("jun", 6), ("juin", 6),
    ("يونيو", 6), ("يونيه", 6), ("حزيران", 6), ("جوان", 6), ("july", 7), ("jul", 7), ("juillet", 7),
    ("juil", 7), ("يوليو", 7), ("يوليه", 7), ("تموز", 7), ("جويلية", 7), ("يوليوز", 7), ("august", 8),
    ("aug", 8), ("août", 8), ("aout", 8), ("اغسطس", 8), ("اب", 8), ("اوت", 8), ("غشت", 8), ("september", 9),
    ("sept", 9), ("sep", 9), ("septembre", 9), ("سبتمبر", 9), ("ايلول", 9), ("شتنبر", 9), ("october", 10),
    ("oct", 10), ("octobre", 10), ("اكتوبر", 10), ("تشرين الاول", 10), ("november", 11), ("nov", 11),
    ("novembre", 11), ("نوفمبر", 11), ("تشرين الثاني", 11), ("نونبر", 11), ("december", 12), ("dec", 12),
    ("décembre", 12), ("decembre", 12), ("déc", 12), ("ديسمبر", 12), ("كانون الاول", 12), ("دجنبر", 12),
];

#[rustfmt::skip]
const PUBLISHED: &[&str] = &[
    "published on", "published", "first published", "publication date", "date of publication", "date de publication", "posted on", "posted", "publié le", "publié",
    "publiée le", "publiée", "paru dans", "parue dans", "parue le", "mis en ligne le", "paru le", "نشر في", "نشر بتاريخ", "تاريخ النشر", "نشر",
];
#[rustfmt::skip]
const UPDATED: &[&str] = &[
    "last updated", "updated on", "updated", "modified", "mis à jour le", "mis à jour", "actualisé le",
    "modifié le", "اخر تحديث", "تم التحديث", "تحديث", "محدث",
];
/// Words that may stand beside a date on its own line without making it a sentence.
#[rustfmt::skip]
const FILLERS: &[&str] = &[
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "wed", "thu",
    "fri", "sat", "sun", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "الاثنين",
    "الثلاثاء", "الاربعاء", "الخميس", "الجمعة", "السبت", "الاحد", "at", "à", "a", "on", "le", "the", "de",
    "du", "et", "في", "يوم", "h", "gmt", "utc", "cet", "cest", "am", "pm", "ص", "م", "بتاريخ", "m", "edt", "est",
    "pdt", "pst", "bst", "ast", "msk", "almt",
];

static DATES: LazyLock<[Regex; 4]> = LazyLock::new(|| {
    let mut names: Vec<&str> = MONTHS.iter().map(|(name, _)| *name).collect();
    names.sort_by_key(|n| std::cmp::Reverse(n.chars().count()));
    let months = names.join("|");
    let build = |p: String| Regex::new(&p).expect("valid date pattern");
    [
        // 7 November 2025, 1er mars 2024, 7 NOV. 2025, 7 نوفمبر/تشرين الثاني 2025
        build(format!(
            r"\b(\d{{1,2}})(?:er|st|nd|rd|th)?\.?\s*(?:de\s+)?({months})\b\.?(?:\s*/\s*(?:{months})\b)?,?\s*(\d{{4}})\b"
        )),
        // November 6, 2025
        build(format!(
            r"\b({months})\b\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b"
        )),
        // 2025-11-07
        build(r"\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:t\d|\b)".to_owned()),
        // 07/11/2025, 7.11.2025
        build(r"\b(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})\b".to_owned()),
    ]
});
static TIME: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b\d{1,2}\s*[:h]\s*\d{2}(?::\d{2})?\b").expect("valid time pattern"));

/// The dates a line announces: right after a publication or update label, or the line's own date
/// when the line holds little else. Dates inside sentences are not announced.
pub fn stamps(line: &str) -> Vec<Stamp> {
    if line::words(line) > 30 {
        return Vec::new();
    }
    let text = normalize(line);
    let found = find_dates(&text);
    if found.is_empty() {
        return Vec::new();
    }
    let labels = labels(&text);
    let date_only = is_date_only(line, &text, &labels);
    // "Published in Foreign Affairs on 7 Nov 2025", "publiée dans le JO du 20/11/2025 - page 12": a
    // label that opens a short line announces the line's date across the words naming where.
    let opening = |span: &Range<usize>| {
        !text[..span.start].chars().any(char::is_alphanumeric)
            && line::words(line) <= 15
            && !line.trim_end().ends_with('.')
    };
    found
        .into_iter()
        .filter_map(|(range, stamp)| {
            let label = labels.iter().rev().find(|(span, _)| span.end <= range.start);
            let kind = label
                .filter(|(span, _)| {
                    let between = &text[span.end..range.start];
                    only_fillers(between) || (opening(span) && other_words(between) <= 6)
                })
                .map(|(_, kind)| *kind)
                .or(date_only.then_some(Kind::Bare))?;
            Some(Stamp { kind, ..stamp })
        })
        .collect()
}

/// Whether a short line opens with a publication or update label whose date is missing or
/// unreadable ("Publié le", "Publié aujourd'hui à 06h00, modifié à 08h12").
pub fn is_date_label(line: &str) -> bool {
    let text = normalize(line);
    line::words(line) <= 12
        && PUBLISHED.iter().chain(UPDATED).any(|label| {
            let label = line::key(label);
            text.strip_prefix(&label)
                .is_some_and(|rest| !rest.starts_with(char::is_alphanumeric))
        })
}

/// The publication date among a page's stamps: the first published one, else the first bare one,
/// else the article's dateline (a wire dateline gives the day where the news broke, which can be
/// the day before the one the header prints).
pub fn publication(stamps: &[Stamp], lang: Lang) -> Option<Date> {
    let first = |kind: Kind| stamps.iter().filter(|s| s.kind == kind).find_map(|s| s.resolve(lang));
    first(Kind::Published)
        .or_else(|| first(Kind::Bare))
        .or_else(|| first(Kind::Dateline))
}

/// Relative times as pages print them beside bylines and in feeds, in English, French and
/// Arabic (hamza-free, as `line::key` writes Arabic): "3 days ago", "il y a 5 heures", "منذ 3
/// ساعات", "yesterday", "hier à 18:42". They date nothing, and a line of one is no headline.
static RELATIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?:\b(?:an?|one|\d{1,3})\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mo|months?|y|yrs?|years?)\s+ago\b",
        r"|\bil y a\s+(?:une?|\d{1,3})\s*(?:s|sec|secondes?|min|minutes?|h|heures?|j|jours?|semaines?|mois|ans?)\b",
        r"|منذ\s+(?:\d{1,3}\s*)?(?:ثانية|ثوان|دقيقة|دقيقتين|دقائق|ساعة|ساعتين|ساعات|يوم|يومين|ايام|اسبوع|اسبوعين|اسابيع|شهر|شهرين|اشهر|سنة|عام)",
        r"|\b(?:yesterday|today|just now|hier|avant-hier|aujourd'hui|à l'instant)\b|(?:^|\s)(?:امس|الان)(?:\s|$))"
    ))
    .expect("valid relative time pattern")
});

/// A feed's compact age ("1d", "3h", "45 min"), read only as a part of its own between separators.
static COMPACT_AGE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\d{1,3}\s*(?:s|m|min|mins|h|hr|hrs|d|j|w|wk|mo|y)$").expect("valid age pattern"));

/// Whether a short line only tells how long ago something was posted ("il y a 5 heures"), or is a
/// credit line whose part between separators is such an age ("Story by Jane Doe • 1d").
pub fn is_relative(line: &str) -> bool {
    if line::words(line) > 12 || line::ends_sentence(line) {
        return false;
    }
    let text = normalize(line);
    let mut rest = RELATIVE.replace_all(&text, " ").into_owned();
    let found = rest != text;
    for (span, _) in labels(&rest).iter().rev() {
        rest.replace_range(span.clone(), " ");
    }
    if found && other_words(&rest) == 0 {
        return true;
    }
    let parts: Vec<&str> = text.split(['|', '·', '•', '—', '–']).map(str::trim).collect();
    parts.len() >= 2
        && parts[1..].iter().any(|p| {
            COMPACT_AGE.is_match(p) || (RELATIVE.is_match(p) && other_words(&RELATIVE.replace_all(p, " ")) == 0)
        })
}

/// Dates without a year, as a dateline prints them ("9 نوفمبر", "Nov. 7").
static YEARLESS: LazyLock<[Regex; 2]> = LazyLock::new(|| {
    let mut names: Vec<&str> = MONTHS.iter().map(|(name, _)| *name).collect();
    names.sort_by_key(|n| std::cmp::Reverse(n.chars().count()));
    let months = names.join("|");
    let build = |p: String| Regex::new(&p).expect("valid dateline pattern");
    [
        build(format!(r"^(\d{{1,2}})(?:er|st|nd|rd|th)?\.?\s*({months})\b\.?")),
        build(format!(r"^({months})\b\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b")),
    ]
});

/// The date of a dateline opening a paragraph: a place of a few words, the date, then an agency
/// in brackets or between slashes and/or a dash before the text ("ASTANA, Nov. 7, 2025 (SPA) —",
/// "PARIS, le 7 novembre 2025 (AFP) -", "آستانا في 9 نوفمبر / وأس /"). A dateline without a year
/// takes `year` (the page's own year, from its other dates or its copyright line).
pub fn dateline(paragraph: &str, year: Option<i32>) -> Option<Stamp> {
    let text = normalize(paragraph);
    let mut place_end = 0;
    // "ASTANA, Kazakhstan, Nov. 7": the place may name its country after a second comma.
    for _ in 0..2 {
        let (at, len) = [",", " في "]
            .iter()
            .filter_map(|sep| text[place_end..].find(sep).map(|at| (place_end + at, sep.len())))
            .min()?;
        let place = &text[..at];
        let words = place.split_whitespace().count();
        if !(1..=4).contains(&words) || place.contains(|c: char| c.is_ascii_digit() || ".!?؟;:()\"«»".contains(c)) {
            return None;
        }
        let rest = text[at + len..].trim_start();
        let rest = rest
            .strip_prefix("le ")
            .or_else(|| rest.strip_prefix("the "))
            .unwrap_or(rest);
        if let Some(stamp) = dated_opening(rest, year) {
            return Some(stamp);
        }
        place_end = at + len;
    }
    None
}

/// The date a dateline's text opens with (full, or without its year), when the dateline closes after it.
fn dated_opening(rest: &str, year: Option<i32>) -> Option<Stamp> {
    let (stamp, used) = match find_dates(rest).into_iter().next() {
        Some((range, stamp)) if range.start == 0 => (stamp, range.end),
        _ => {
            let (caps, day, month) = YEARLESS.iter().enumerate().find_map(|(i, pattern)| {
                let caps = pattern.captures(rest)?;
                let (day, month) = if i == 0 { (1, 2) } else { (2, 1) };
                Some((caps, day, month))
            })?;
            let name = caps.get(month)?.as_str();
            let month = MONTHS.iter().find(|(n, _)| *n == name).map(|(_, m)| *m)?;
            let day = caps.get(day)?.as_str().parse().ok()?;
            let stamp = Stamp {
                kind: Kind::Dateline,
                year: year?,
                parts: Parts::Known { month, day },
            };
            (stamp, caps.get(0)?.end())
        }
    };
    closes_dateline(&rest[used..]).then_some(Stamp {
        kind: Kind::Dateline,
        ..stamp
    })
}

/// What follows a dateline's date: an agency in brackets or between slashes, and/or a dash, then the text.
fn closes_dateline(after: &str) -> bool {
    static CLOSE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\s*(?:(?:\([^()]{1,30}\)|/[^/]{1,30}/)\s*[-–—:]?|[-–—]{1,2})\s*\S").expect("valid dateline close")
    });
    CLOSE.is_match(after)
}

/// The year a page is of, for a dateline that omits it: the year of its first full date, else of
/// its copyright line.
pub fn page_year(stamps: &[Stamp], lines: &[String]) -> Option<i32> {
    stamps.first().map(|s| s.year).or_else(|| {
        static YEAR: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\b(?:19|20)\d\d\b").expect("valid year"));
        lines
            .iter()
            .filter(|l| {
                l.contains('©') || {
                    let k = line::key(l);
                    k.contains("copyright") || k.contains("droits") || k.contains("all rights") || k.contains("الحقوق")
                }
            })
            .find_map(|l| YEAR.find(&normalize(l)).and_then(|m| m.as_str().parse().ok()))
    })
}

impl Stamp {
    fn resolve(&self, lang: Lang) -> Option<Date> {
        let (month, day) = match self.parts {
            Parts::Known { month, day } => (month, day),
            Parts::Numeric { a, b } if lang == Lang::En && a <= 12 && b <= 31 => (a, b),
            Parts::Numeric { a, b } if lang == Lang::En => (b, a),
            Parts::Numeric { a, b } => (b, a),
        };
        Date::new(self.year, month, day).ok()
    }
}

/// Lowercase, hamza-free, ASCII digits, Latin commas: one form for every language's dates.
fn normalize(line: &str) -> String {
    line::key(line)
        .chars()
        .map(|c| match c {
            '٠'..='٩' => char::from(b'0' + (c as u32 - '٠' as u32) as u8),
            '۰'..='۹' => char::from(b'0' + (c as u32 - '۰' as u32) as u8),
            '،' => ',',
            _ => c,
        })
        .collect()
}

/// Spans of publication and update labels, in order; of overlapping labels the longest stays.
fn labels(text: &str) -> Vec<(Range<usize>, Kind)> {
    let mut found: Vec<(Range<usize>, Kind)> = Vec::new();
    for (list, kind) in [(PUBLISHED, Kind::Published), (UPDATED, Kind::Updated)] {
        for label in list {
            let label = line::key(label);
            for (at, _) in text.match_indices(&label) {
                let before = text[..at].chars().next_back();
                let after = text[at + label.len()..].chars().next();
                if !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric) {
                    found.push((at..at + label.len(), kind));
                }
            }
        }
    }
    found.sort_by_key(|(span, _)| (span.start, std::cmp::Reverse(span.end)));
    let mut kept: Vec<(Range<usize>, Kind)> = Vec::new();
    for (span, kind) in found {
        if kept.last().is_none_or(|(last, _)| span.start >= last.end) {
            kept.push((span, kind));
        }
    }
    kept
}

/// Every date in the text with its start, in order; overlapping matches keep the first pattern's.
fn find_dates(text: &str) -> Vec<(Range<usize>, Stamp)> {
    let mut found: Vec<(Range<usize>, Stamp)> = Vec::new();
    for (index, pattern) in DATES.iter().enumerate() {
        for caps in pattern.captures_iter(text) {
            let whole = caps.get(0).expect("group 0 always matches").range();
            if found.iter().any(|(r, _)| r.start < whole.end && whole.start < r.end) {
                continue;
            }
            if let Some(stamp) = stamp_of(index, &caps) {
                found.push((whole, stamp));
            }
        }
    }
    found.sort_by_key(|(r, _)| r.start);
    found
}

fn stamp_of(pattern: usize, caps: &regex::Captures<'_>) -> Option<Stamp> {
    let num = |i: usize| caps.get(i)?.as_str().parse::<u32>().ok();
    let month = |i: usize| {
        let name = caps.get(i)?.as_str();
        MONTHS.iter().find(|(n, _)| *n == name).map(|(_, m)| *m)
    };
    let (year, parts) = match pattern {
        0 => (
            num(3)?,
            Parts::Known {
                month: month(2)?,
                day: num(1)?,
            },
        ),
        1 => (
            num(3)?,
            Parts::Known {
                month: month(1)?,
                day: num(2)?,
            },
        ),
        2 => (
            num(1)?,
            Parts::Known {
                month: num(2)?,
                day: num(3)?,
            },
        ),
        _ => (num(3)?, Parts::Numeric { a: num(1)?, b: num(2)? }),
    };
    // Years outside this range are reference numbers or prices, not publication dates.
    (1990..=2100).contains(&year).then_some(Stamp {
        kind: Kind::Bare,
        year: year as i32,
        parts,
    })
}

/// A date line holds a date and at most labels, a weekday, a time and a few other words ("By Jane Doe").
fn is_date_only(line: &str, text: &str, labels: &[(Range<usize>, Kind)]) -> bool {
    let mut rest = text.to_owned();
    for (span, _) in labels.iter().rev() {
        rest.replace_range(span.clone(), " ");
    }
    for pattern in DATES.iter() {
        rest = pattern.replace_all(&rest, " ").into_owned();
    }
    // "November 7, 2025 3:12 AM GMT Updated 2 hours ago": an age beside the date adds no words.
    rest = RELATIVE.replace_all(&rest, " ").into_owned();
    // A headline that mentions a date has several other words; a byline line beside a date
    // ("By Jane Doe | 7 Nov 2025") sets them apart with a separator.
    let separated = line.contains(['|', '·', '•', '—', '–']) && !line.trim_end().ends_with('.');
    let leftover = other_words(&rest);
    leftover <= 1 || (separated && leftover <= 5) || (is_credit(text) && leftover <= 6)
}

/// Words that credit a line's author or editor ("Rédigé par …, le 3 décembre 2025").
const CREDITS: &[&str] = &["by", "par", "بقلم", "اعداد", "كتبه", "كتبت"];

/// A credit line that closes with its date: who wrote or edited the piece, then when. A headline
/// that mentions a date goes on after it, or does not name a writer.
fn is_credit(text: &str) -> bool {
    let credited = text.split(|c: char| !c.is_alphanumeric()).any(|w| CREDITS.contains(&w));
    let closing = text.trim_end_matches(|c: char| !c.is_alphanumeric()).len();
    // The name and the date stand apart, after a comma: "…, le 3 décembre 2025".
    let after_comma = |start: usize| {
        text[..start]
            .rfind(',')
            .is_some_and(|comma| only_fillers(&text[comma + 1..start]))
    };
    credited
        && !text.trim_end().ends_with('.')
        && DATES.iter().any(|pattern| {
            pattern
                .find_iter(text)
                .any(|m| m.end() == closing && after_comma(m.start()))
        })
}

fn only_fillers(text: &str) -> bool {
    other_words(text) == 0
}

/// Words that are neither fillers nor numbers, once times are taken out.
fn other_words(text: &str) -> usize {
    TIME.replace_all(text, " ")
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().any(char::is_alphabetic) && !FILLERS.contains(w))
        .count()
}

#[cfg(test)]
mod tests;
