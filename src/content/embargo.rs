//! Embargoes: an article with a `publish_at` still to come is withheld from the corpus, and so
//! from every output, until then. The caller says what time it is (`LoadOptions::now`); the
//! content never reads the clock.

use std::path::PathBuf;

use jiff::Timestamp;
use jiff::civil::DateTime;
use jiff::tz::TimeZone;

/// `2026-12-05 09:00`, `2026-12-05T09:00[:00]` or `2026-12-05` (its midnight), read in `zone`.
pub fn parse(text: &str, zone: &TimeZone) -> Result<Timestamp, String> {
    let text = text.trim();
    let civil = if text.len() == 10 {
        text.parse::<jiff::civil::Date>()
            .map(|d| d.to_datetime(jiff::civil::Time::midnight()))
    } else {
        text.replacen(' ', "T", 1).parse::<DateTime>()
    };
    let bad =
        || format!("`publish_at: {text}` is not a date and time such as 2026-12-05 09:00 (in the site's time zone)");
    let civil = civil.map_err(|_| bad())?;
    // A time skipped or repeated by a clock change publishes at the later reading.
    zone.to_ambiguous_timestamp(civil).later().map_err(|_| bad())
}

/// An article withheld until its time comes.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Scheduled {
    pub at: Timestamp,
    pub path: PathBuf,
    /// Set when the article is withheld because its original is.
    pub original: Option<PathBuf>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn publish_times_are_read_in_the_sites_zone() {
        let almaty = TimeZone::get("Asia/Almaty").unwrap();
        let at = parse("2026-12-05 09:00", &almaty).unwrap();
        assert_eq!(at.to_string(), "2026-12-05T04:00:00Z");
        assert_eq!(parse("2026-12-05T09:00:00", &almaty).unwrap(), at);
        assert_eq!(
            parse("2026-12-05", &TimeZone::UTC).unwrap().to_string(),
            "2026-12-05T00:00:00Z"
        );
        assert!(parse("2026-13-05 09:00", &almaty).is_err());
        assert!(parse("tomorrow", &almaty).is_err());
    }
}
