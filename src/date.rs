//! Calendar dates as the content model stores them (ISO 8601 `YYYY-MM-DD`), validated on parse.

use std::fmt;
use std::str::FromStr;

/// A proleptic Gregorian calendar date; only real dates can be built.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

/// The present instant: `SOURCE_DATE_EPOCH` (seconds since 1970, the reproducible-builds
/// convention) when set, else the clock. For `check`, `ingest` and embargoes; the build itself
/// is told the time through `LoadOptions::now`.
pub fn now() -> jiff::Timestamp {
    std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .and_then(|s| jiff::Timestamp::from_second(s).ok())
        .unwrap_or_else(jiff::Timestamp::now)
}

impl Date {
    /// Builds a date, or explains why it does not exist ("2025-02-30").
    pub fn new(year: i32, month: u32, day: u32) -> Result<Date, String> {
        if !(1..=9999).contains(&year) {
            return Err(format!("year {year} is out of range"));
        }
        if !(1..=12).contains(&month) {
            return Err(format!(
                "`{year:04}-{month:02}-{day:02}` is not a real date: month {month} does not exist"
            ));
        }
        let last = days_in_month(year, month);
        if day == 0 || day > last {
            return Err(format!(
                "`{year:04}-{month:02}-{day:02}` is not a real date: {year:04}-{month:02} has no day {day} (it has {last})"
            ));
        }
        Ok(Date {
            year,
            month: month as u8,
            day: day as u8,
        })
    }

    /// Today's date in `zone`, the site's time zone: an editor in Astana whose article is
    /// dated today must not be told it lies in the future until 05:00. The build itself never
    /// reads the clock; `check` and `ingest` do. `SOURCE_DATE_EPOCH` (seconds since 1970, the
    /// reproducible-builds convention) stands in for the clock when set.
    pub fn today(zone: &jiff::tz::TimeZone) -> Date {
        Date::from_civil(zone.to_datetime(now()).date())
    }

    fn from_civil(date: jiff::civil::Date) -> Date {
        Date {
            year: i32::from(date.year()),
            month: date.month() as u8,
            day: date.day() as u8,
        }
    }

    pub fn year(self) -> i32 {
        self.year
    }

    pub fn month(self) -> u32 {
        u32::from(self.month)
    }

    pub fn day(self) -> u32 {
        u32::from(self.day)
    }
}

fn days_in_month(year: i32, month: u32) -> u32 {
    let first = jiff::civil::Date::new(year as i16, month as i8, 1).expect("year and month were checked");
    first.days_in_month() as u32
}

impl FromStr for Date {
    type Err = String;

    fn from_str(text: &str) -> Result<Date, String> {
        let malformed = || format!("`{text}` is not a date of the form YYYY-MM-DD");
        let mut parts = text.trim().splitn(3, '-');
        let mut next = |width: usize| -> Result<u32, String> {
            let part = parts.next().ok_or_else(malformed)?;
            if part.len() != width || !part.bytes().all(|b| b.is_ascii_digit()) {
                return Err(malformed());
            }
            part.parse().map_err(|_| malformed())
        };
        let (year, month, day) = (next(4)?, next(2)?, next(2)?);
        Date::new(year as i32, month, day)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl serde::Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Date, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_iso_dates() {
        let date: Date = "2025-11-07".parse().unwrap();
        assert_eq!((date.year(), date.month(), date.day()), (2025, 11, 7));
        assert_eq!(date.to_string(), "2025-11-07");
    }

    #[test]
    fn today_follows_the_time_zone() {
        // 2025-11-07 20:00 UTC is already the 8th in Almaty (UTC+5) and still the 7th in UTC.
        let at = jiff::Timestamp::from_second(1_762_545_600).unwrap();
        let utc = Date::from_civil(jiff::tz::TimeZone::UTC.to_datetime(at).date());
        let almaty = jiff::tz::TimeZone::get("Asia/Almaty").unwrap();
        let local = Date::from_civil(almaty.to_datetime(at).date());
        assert_eq!(utc.to_string(), "2025-11-07");
        assert_eq!(local.to_string(), "2025-11-08");
    }

    #[test]
    fn rejects_impossible_and_malformed_dates() {
        assert!("2025-02-29".parse::<Date>().unwrap_err().contains("no day 29"));
        assert!("2024-02-29".parse::<Date>().is_ok());
        assert!("2025-13-01".parse::<Date>().is_err());
        assert!("7 November 2025".parse::<Date>().is_err());
        assert!("2025-1-7".parse::<Date>().is_err());
    }
}
