//! Dates as readers see them: "7 November 2025", "November 2025", "2022", "reported
//! 7 November 2025", "about 2022", in each language, with the marker that says when the only
//! source of a date is a machine-generated page.

use serde::Serialize;

use crate::content::Corpus;
use crate::content::dating::{Basis, Dated, Period};
use crate::i18n::{FluentValue, Locale};

/// A date ready for a template: text, machine-readable value and what it rests on.
#[derive(Debug, Clone, Serialize)]
pub struct DateView {
    /// "reported 7 November 2025", "November 2025", "about 2022".
    pub text: String,
    /// For `<time datetime>`: "2025-11-07", "2025-11" or "2022".
    pub iso: String,
    /// `happened`, `reported` or `estimated`.
    pub basis: &'static str,
    /// `day`, `month` or `year`.
    pub precision: &'static str,
    /// Why the date is what it is, in the reader's language.
    pub note: Option<String>,
    /// True when the article the date comes from is machine-generated.
    pub generated: bool,
}

/// The period alone, at its precision, in the locale's words.
pub fn format_period(locale: &Locale, period: Period) -> String {
    match period {
        Period::Year(year) => locale.format_year(year),
        Period::Month(year, month) => locale.format_month(year, month),
        Period::Day(date) => locale.format_date(date),
    }
}

/// The date as a reader should read it; `note` is already in the reader's language.
pub fn date_view<N>(
    locale: &Locale,
    corpus: &Corpus,
    dated: &Dated<N>,
    note: Option<String>,
) -> Result<DateView, String> {
    let period = format_period(locale, dated.on);
    let precision = dated.on.precision();
    let args = [
        ("date", FluentValue::from(period.clone())),
        ("precision", FluentValue::from(precision)),
    ];
    let (text, basis) = match dated.basis {
        Basis::Happened => (period, "happened"),
        Basis::Reported => (locale.format("date-reported", &args)?, "reported"),
        Basis::Estimated => (locale.format("date-estimated", &args)?, "estimated"),
    };
    Ok(DateView {
        text,
        iso: dated.on.to_string(),
        basis,
        precision,
        note,
        generated: dated.source.as_deref().is_some_and(|s| is_generated(corpus, s)),
    })
}

/// Whether the article `slug` says it was machine-generated (in any of its language versions,
/// which share one source).
pub fn is_generated(corpus: &Corpus, slug: &str) -> bool {
    corpus
        .translations(slug)
        .into_iter()
        .flatten()
        .any(|a| a.front.source.as_ref().is_some_and(|s| s.generated))
}

/// Whether a fact rests on generated pages only: it has sources, and every one is generated.
pub fn all_generated(corpus: &Corpus, slugs: &[String]) -> bool {
    !slugs.is_empty() && slugs.iter().all(|s| is_generated(corpus, s))
}
