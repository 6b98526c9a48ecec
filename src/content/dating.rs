//! Dates as the editorial record keeps them: a day, a month or a year, and the basis of the
//! date (when it happened, when a source reported it, or the briefing's own estimate), with the
//! article that gives it. Formatting for readers is left to `site`.

use std::cmp::Ordering;
use std::fmt;

use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::date::Date;

/// A period at the precision a source gives it: "2022", "2025-11" or "2025-11-06".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Period {
    Year(i32),
    Month(i32, u32),
    Day(Date),
}

impl Period {
    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, refusing dates that do not exist.
    pub fn parse(text: &str) -> Result<Period, String> {
        let bad = || format!("`{text}` is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD");
        let number = |part: &str, width: usize| -> Result<u32, String> {
            if part.len() == width && part.bytes().all(|b| b.is_ascii_digit()) {
                part.parse().map_err(|_| bad())
            } else {
                Err(bad())
            }
        };
        match text.trim().split('-').collect::<Vec<_>>().as_slice() {
            [y] => {
                let year = number(y, 4)? as i32;
                Date::new(year, 1, 1).map(|_| Period::Year(year))
            }
            [y, m] => {
                let (year, month) = (number(y, 4)? as i32, number(m, 2)?);
                Date::new(year, month, 1)
                    .map(|_| Period::Month(year, month))
                    .map_err(|_| bad())
            }
            [_, _, _] => text.trim().parse().map(Period::Day),
            _ => Err(bad()),
        }
    }

    /// The first day of the period, for ordering.
    pub fn start(self) -> Date {
        match self {
            Period::Year(y) => Date::new(y, 1, 1).expect("validated on parse"),
            Period::Month(y, m) => Date::new(y, m, 1).expect("validated on parse"),
            Period::Day(d) => d,
        }
    }

    /// `day`, `month` or `year`: the key UI strings select on.
    pub fn precision(self) -> &'static str {
        match self {
            Period::Year(_) => "year",
            Period::Month(..) => "month",
            Period::Day(_) => "day",
        }
    }

    pub fn day(self) -> Option<Date> {
        match self {
            Period::Day(d) => Some(d),
            _ => None,
        }
    }
}

/// Earlier periods first; a year before its months, a month before its days.
impl Ord for Period {
    fn cmp(&self, other: &Self) -> Ordering {
        let rank = |p: &Period| match p {
            Period::Year(_) => 0,
            Period::Month(..) => 1,
            Period::Day(_) => 2,
        };
        (self.start(), rank(self)).cmp(&(other.start(), rank(other)))
    }
}

impl PartialOrd for Period {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Period::Year(y) => write!(f, "{y:04}"),
            Period::Month(y, m) => write!(f, "{y:04}-{m:02}"),
            Period::Day(d) => write!(f, "{d}"),
        }
    }
}

/// What a date rests on.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Basis {
    /// When it happened (or, for an article, when it was published), as a source states it.
    #[default]
    Happened,
    /// Only when a source reported it: the publication date of that source.
    Reported,
    /// The briefing's own approximation; `note` says why.
    Estimated,
}

/// A date with its precision and basis. In YAML either a plain date (`2025-11-06`, `2025-11`,
/// `2022`: it happened then) or a mapping with `on`, `basis`, `source` and `note`. `N` is the
/// note: a string in front matter (one language per file), `Localized` in data files.
#[derive(Debug, Clone, PartialEq)]
pub struct Dated<N> {
    pub on: Period,
    pub basis: Basis,
    /// The article (key) that gives this date.
    pub source: Option<String>,
    /// Why the date is what it is; required when `basis` is `estimated`.
    pub note: Option<N>,
}

impl<N> Dated<N> {
    /// A plain day: it happened then, no source or note.
    pub fn day(date: Date) -> Self {
        Dated {
            on: Period::Day(date),
            basis: Basis::Happened,
            source: None,
            note: None,
        }
    }

    /// The exact day, when the date is a known day (not an estimate).
    pub fn exact_day(&self) -> Option<Date> {
        self.on.day().filter(|_| self.basis != Basis::Estimated)
    }

    fn is_plain(&self) -> bool {
        self.basis == Basis::Happened && self.source.is_none() && self.note.is_none()
    }
}

impl<N> fmt::Display for Dated<N> {
    /// The period as ISO text ("2025-11-07"), whatever its basis.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.on.fmt(f)
    }
}

#[derive(Deserialize, Serialize)]
#[serde(deny_unknown_fields, bound(deserialize = "N: Deserialize<'de>"))]
struct Fields<N> {
    on: PeriodText,
    #[serde(default)]
    basis: Basis,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    source: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    note: Option<N>,
}

/// A period written as a YAML string or a bare year number.
struct PeriodText(Period);

impl<'de> Deserialize<'de> for PeriodText {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(PeriodVisitor).map(PeriodText)
    }
}

impl Serialize for PeriodText {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(&self.0)
    }
}

struct PeriodVisitor;

impl Visitor<'_> for PeriodVisitor {
    type Value = Period;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a date of the form YYYY, YYYY-MM or YYYY-MM-DD")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Period, E> {
        Period::parse(text).map_err(E::custom)
    }

    fn visit_u64<E: de::Error>(self, year: u64) -> Result<Period, E> {
        self.visit_str(&year.to_string())
    }

    fn visit_i64<E: de::Error>(self, year: i64) -> Result<Period, E> {
        self.visit_str(&year.to_string())
    }
}

impl<'de, N: Deserialize<'de>> Deserialize<'de> for Dated<N> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(DatedVisitor(std::marker::PhantomData))
    }
}

struct DatedVisitor<N>(std::marker::PhantomData<N>);

impl<'de, N: Deserialize<'de>> Visitor<'de> for DatedVisitor<N> {
    type Value = Dated<N>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a date (YYYY, YYYY-MM or YYYY-MM-DD) or a mapping with `on`, `basis`, `source` and `note`")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Dated<N>, E> {
        let on = PeriodVisitor.visit_str(text)?;
        Ok(Dated {
            on,
            basis: Basis::Happened,
            source: None,
            note: None,
        })
    }

    fn visit_u64<E: de::Error>(self, year: u64) -> Result<Dated<N>, E> {
        self.visit_str(&year.to_string())
    }

    fn visit_i64<E: de::Error>(self, year: i64) -> Result<Dated<N>, E> {
        self.visit_str(&year.to_string())
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Dated<N>, A::Error> {
        let fields = Fields::<N>::deserialize(de::value::MapAccessDeserializer::new(map))?;
        if fields.basis == Basis::Estimated && fields.note.is_none() {
            return Err(de::Error::custom(
                "an `estimated` date needs a `note` saying what the estimate rests on",
            ));
        }
        if fields.basis == Basis::Reported && fields.source.is_none() {
            return Err(de::Error::custom(
                "a `reported` date needs a `source`: the article whose publication date it is",
            ));
        }
        Ok(Dated {
            on: fields.on.0,
            basis: fields.basis,
            source: fields.source,
            note: fields.note,
        })
    }
}

impl<N: Serialize + Clone> Serialize for Dated<N> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if self.is_plain() {
            return serializer.collect_str(&self.on);
        }
        Fields {
            on: PeriodText(self.on),
            basis: self.basis,
            source: self.source.clone(),
            note: self.note.clone(),
        }
        .serialize(serializer)
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::config::Localized;

    fn parse<N: serde::de::DeserializeOwned>(yaml: &str) -> Result<Dated<N>, crate::error::Diagnostic> {
        crate::yaml::parse(Path::new("a.yaml"), yaml, 1)
    }

    #[test]
    fn periods_keep_their_precision() {
        assert_eq!(Period::parse("2020"), Ok(Period::Year(2020)));
        assert_eq!(Period::parse("2025-11"), Ok(Period::Month(2025, 11)));
        assert_eq!(Period::parse("2025-11-06").unwrap().precision(), "day");
        assert!(Period::parse("2025-13").is_err());
        assert!(Period::parse("2025-02-30").is_err());
        assert!(Period::parse("Nov 2025").is_err());
    }

    #[test]
    fn periods_order_by_time_then_precision() {
        let p = |t: &str| Period::parse(t).unwrap();
        assert!(p("2030") > p("2025-11-06"), "a later year after an earlier day");
        assert!(p("2025") < p("2025-01") && p("2025-11") < p("2025-11-01"));
        assert!(p("2025-11-06") < p("2025-11-07"));
    }

    #[test]
    fn a_plain_date_is_a_day_that_happened() {
        let dated: Dated<String> = parse("2025-11-06").unwrap();
        assert_eq!(dated.basis, Basis::Happened);
        assert_eq!(dated.exact_day().unwrap().to_string(), "2025-11-06");
        let year: Dated<String> = parse("2022").unwrap();
        assert_eq!(year.on, Period::Year(2022));
    }

    #[test]
    fn the_mapping_form_carries_basis_source_and_note() {
        let yaml = "on: 2025-11-07\nbasis: reported\nsource: reopen\n";
        let dated: Dated<String> = parse(yaml).unwrap();
        assert_eq!(
            (dated.basis, dated.source.as_deref()),
            (Basis::Reported, Some("reopen"))
        );
        let yaml = "on: 2022\nbasis: estimated\nnote: {en: a, fr: b, ar: c}\n";
        let dated: Dated<Localized<String>> = parse(yaml).unwrap();
        assert_eq!(dated.note.as_ref().unwrap().get(crate::i18n::Lang::FR), "b");
        assert_eq!(dated.exact_day(), None);
    }

    #[test]
    fn bad_dates_are_errors_at_their_line() {
        let err = parse::<String>("on: 2025-11-07\nbasis: rumoured\n").unwrap_err();
        assert_eq!(err.line, Some(2), "{err}");
        let err = parse::<String>("on: 2025-11-07\nwhen: now\n").unwrap_err();
        assert!(err.message.contains("unknown field `when`"), "{err}");
        let err = parse::<String>("on: 2022\nbasis: estimated\n").unwrap_err();
        assert!(err.message.contains("needs a `note`"), "{err}");
        let err = parse::<String>("on: 2025-11-07\nbasis: reported\n").unwrap_err();
        assert!(err.message.contains("needs a `source`"), "{err}");
        assert!(parse::<String>("2025-02-30").unwrap_err().message.contains("no day 30"));
    }

    #[test]
    fn plain_dates_stay_plain_when_written() {
        let dated: Dated<String> = parse("2025-11-06").unwrap();
        assert_eq!(crate::yaml::to_string(&dated).trim().trim_matches('\''), "2025-11-06");
        let dated: Dated<String> = parse("on: 2022\nbasis: estimated\nnote: why\n").unwrap();
        let back: Dated<String> = parse(&crate::yaml::to_string(&dated)).unwrap();
        assert_eq!(back, dated);
    }
}
