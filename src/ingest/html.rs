//! Saved web pages: the article as dom_smoothie (a port of Mozilla's Readability) finds it, read
//! by the text rules, and the page's own metadata (`html::meta`) before any guess from the text.
//! The text rules also read the whole page, for what the article leaves out (footer, masthead).

mod lines;
mod meta;

use dom_query::Document;
use dom_smoothie::Readability;

use super::text::{self, Known};
use super::{Doubt, Draft, Field, clean, lang, line, source};
use crate::config::Topic;
use crate::date::Date;
use crate::i18n::Lang;

/// Article text shorter than this (in characters) means readability missed the article.
const MIN_ARTICLE_CHARS: usize = 200;

/// Reads one saved page into a draft (see `ingest::extract_html`).
pub fn read(file: &str, html: &str, topics: &[Topic]) -> Result<Draft, String> {
    let doc = Document::from(html);
    let meta = meta::read(&doc);
    let page_text = lines::text(&doc.root());
    // The text rules on the whole page: the fallback for every field the metadata lacks.
    let page = text::read(file, &page_text, topics, &Known::default());
    let article = readable(html).unwrap_or_else(|| page_text.clone());
    let page = page.ok();
    let guessed = |f: fn(&Draft) -> Option<String>| page.as_ref().and_then(f);
    let guessed_source = guessed(|d| d.front.source.as_ref()?.name.clone());
    let sites: Vec<&str> = [
        meta.site_name.as_deref(),
        meta.publisher.as_deref(),
        guessed_source.as_deref(),
    ]
    .into_iter()
    .flatten()
    .collect();
    let page_lines = clean::lines(&page_text);
    let from_og = meta
        .og_title
        .as_deref()
        .map(|t| split_title(t, &sites, &page_lines).unwrap_or((t, None)));
    let from_doc = meta
        .doc_title
        .as_deref()
        .and_then(|t| split_title(t, &sites, &page_lines));
    let title = meta
        .headline
        .clone()
        .or_else(|| from_og.or(from_doc).map(|(headline, _)| headline.to_owned()))
        .or_else(|| guessed(|d| Some(d.front.title.clone())));
    let named_in_title = [from_og, from_doc].into_iter().flatten().find_map(|(_, site)| site);
    let source = publisher(&meta)
        .or_else(|| named_in_title.and_then(source::publisher_name))
        .or(guessed_source);
    let mut known = Known {
        lang: None,
        date: meta.published.as_deref().and_then(iso_day),
        source,
        url: meta.canonical.clone(),
        byline: meta.author.clone(),
        title: title.clone(),
        doubts: Vec::new(),
    };
    let article_text = match &title {
        Some(title) => format!("{title}\n\n{article}"),
        None => article,
    };
    known.lang = page_lang(meta.lang.as_deref(), &article_text, &mut known.doubts);
    let mut draft = text::read(file, &article_text, topics, &known)?;
    // A date the article leaves out may stand in the page's header, above what readability kept.
    if draft.front.date.is_none()
        && let Some(date) = page.as_ref().and_then(|p| p.front.date.clone())
    {
        draft.front.date = Some(date);
        draft.doubts.retain(|d| d.field != Field::Date);
    }
    Ok(draft)
}

/// The article's HTML as readability extracts it, as text; `None` when it finds too little.
fn readable(html: &str) -> Option<String> {
    let mut reader = Readability::new(html, None, None).ok()?;
    let article = reader.parse().ok()?;
    let doc = Document::from(article.content.as_ref());
    let text = lines::text(&doc.root());
    let chars: usize = clean::lines(&text).iter().map(|l| l.chars().count()).sum();
    (chars >= MIN_ARTICLE_CHARS).then_some(text)
}

/// The publisher the metadata names, legal form stripped ("Meridian Wire Ltd" → "Meridian Wire").
fn publisher(meta: &meta::Meta) -> Option<String> {
    [&meta.publisher, &meta.site_name]
        .into_iter()
        .flatten()
        .find_map(|name| source::publisher_name(name))
}

/// A `<title>` or `og:title` as (headline, the site's name when it names one): "Headline | Site",
/// "Site: Headline". A part is the headline when it is a line of the page; the other is the site's
/// name when it is a name the site goes by, or also a line of the page (its masthead). `None` when
/// the page shows neither which part is the headline nor which is the site; a title that is just
/// the site's name is no headline.
fn split_title<'a>(title: &'a str, sites: &[&str], page: &[String]) -> Option<(&'a str, Option<&'a str>)> {
    let on_page = |text: &str| page.iter().any(|l| line::key(l) == line::key(text));
    let is_site = |text: &str| sites.iter().any(|s| line::key(s) == line::key(text));
    if is_site(title) {
        return None;
    }
    if on_page(title) {
        return Some((title, None));
    }
    for separator in [" | ", " - ", " – ", " — ", " :: ", " · ", " » ", ": "] {
        // "Site: Headline", never "Headline: Site"; the other separators both ways.
        let suffix = title.rsplit_once(separator).filter(|_| separator != ": ");
        let prefix = title.split_once(separator).map(|(site, headline)| (headline, site));
        for (headline, site) in [suffix, prefix].into_iter().flatten() {
            let (headline, site) = (headline.trim(), site.trim());
            let named = is_site(site) || (on_page(site) && on_page(headline));
            // A colon also opens a headline's second half ("Kazakhstan : une nouvelle Constitution"):
            // there the site must be named, not only the headline found.
            if named || (separator != ": " && on_page(headline)) {
                return Some((headline, named.then_some(site)));
            }
        }
    }
    None
}

/// The page's declared language, unless its text reads, reliably, as another one (a site-wide
/// template's `lang`): then the text's, with a doubt. `None` leaves it to the text rules.
fn page_lang(declared: Option<&str>, text: &str, doubts: &mut Vec<Doubt>) -> Option<Lang> {
    // `en-GB` declares English: ingest reads the primary subtag of the languages it knows.
    let primary = declared?.split(['-', '_']).next()?.to_ascii_lowercase();
    let declared = Lang::ALL.into_iter().find(|l| l.code() == primary)?;
    let plain = clean::lines(text).join("\n");
    match lang::detect(&plain) {
        Some(found) if found.reliable && found.lang != declared => {
            doubts.push(Doubt::new(
                Field::Lang,
                format!(
                    "the page declares lang=\"{declared}\" but its text reads as {}; `lang` follows the text",
                    found.lang
                ),
            ));
            Some(found.lang)
        }
        _ => Some(declared),
    }
}

/// The day of an ISO 8601 date or date-time, as the page wrote it ("2025-11-07T06:06:00Z").
fn iso_day(stamp: &str) -> Option<Date> {
    stamp.get(..10)?.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(lines: &[&str]) -> Vec<String> {
        lines.iter().map(|l| (*l).to_owned()).collect()
    }

    #[test]
    fn a_site_suffix_goes_when_the_tail_names_the_site_or_the_head_is_on_the_page() {
        let lines = page(&["Le Kazakhstan rejoint les accords"]);
        let title = "Le Kazakhstan rejoint les accords | Le Courrier";
        assert_eq!(
            split_title(title, &[], &lines),
            Some(("Le Kazakhstan rejoint les accords", None))
        );
        let title = "Deals - Caspian Notes";
        assert_eq!(
            split_title(title, &["Caspian Notes"], &[]),
            Some(("Deals", Some("Caspian Notes")))
        );
        assert_eq!(split_title(title, &[], &[]), None);
        // A dash inside a headline stays when nothing says the tail is the site.
        let lines = page(&["Trump - Tokayev talks"]);
        assert_eq!(
            split_title("Trump - Tokayev talks", &[], &lines),
            Some(("Trump - Tokayev talks", None))
        );
    }

    #[test]
    fn a_site_named_before_a_colon_needs_its_masthead_and_a_bare_site_name_is_no_title() {
        let lines = page(&["Carnet de steppe", "Le patrimoine kazakh"]);
        let title = "Carnet de steppe: Le patrimoine kazakh";
        assert_eq!(
            split_title(title, &[], &lines),
            Some(("Le patrimoine kazakh", Some("Carnet de steppe")))
        );
        let lines = page(&["une Constitution"]);
        assert_eq!(split_title("Kazakhstan: une Constitution", &[], &lines), None);
        assert_eq!(
            split_title("Observatoire", &["Observatoire"], &page(&["Observatoire"])),
            None
        );
    }

    #[test]
    fn iso_dates_keep_the_day_the_page_wrote() {
        assert_eq!(iso_day("2025-11-07T23:30:00-05:00"), "2025-11-07".parse().ok());
        assert_eq!(iso_day("7 Nov 2025"), None);
    }
}
