//! The briefing's own pages and blocks, built from `content/data`: the deals table, totals
//! and chart, the timeline, people and organizations, key figures, and data downloads.

use serde::Serialize;

use crate::content::data::{Data, Deal, FactDate, Person, PersonKind};
use crate::content::{Article, Corpus};
use crate::i18n::{FluentValue, Lang, Locale};
use crate::theme::views::TopicLink;

pub mod chart;
pub mod money;

use super::date_view::{self, DateView};
use super::routes;
use chart::{Bar, Chart};

/// A link to an article in the reader's language, or in its original when not translated.
#[derive(Debug, Clone, Serialize)]
pub struct SourceLink {
    pub title: String,
    pub url: String,
    pub lang: &'static str,
    /// The article says it was machine-generated.
    pub generated: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct DealRow {
    pub id: String,
    pub name: String,
    pub parties: Vec<String>,
    pub sector: String,
    pub value: String,
    /// For sorting: the largest figure in dollars (0 when undisclosed).
    pub value_sort: u64,
    /// When the deal was announced, with the basis of that date.
    pub date: Option<DateView>,
    pub status: String,
    pub description: String,
    /// Numbers into `DealsView::sources`, so a long title is written once, under the table.
    pub sources: Vec<NumberedSource>,
    /// Every source of the deal is machine-generated.
    pub generated: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct NumberedSource {
    pub number: usize,
    pub link: SourceLink,
}

#[derive(Debug, Clone, Serialize)]
pub struct DealsView {
    pub rows: Vec<DealRow>,
    /// Every article the deals cite, numbered in order of first citation.
    pub sources: Vec<SourceLink>,
    pub count: usize,
    pub total: Option<Total>,
    pub chart: Chart,
    /// Some fact, date or source on the deals block is machine-generated: show the legend.
    pub any_generated: bool,
    pub csv: &'static str,
    pub json: &'static str,
}

/// The sum of the deal values, which no source gives: the briefing computes it.
#[derive(Debug, Clone, Serialize)]
pub struct Total {
    /// "$19.45 to 21.45 billion".
    pub value: String,
    /// "sum of the 7 deals whose value a source gives, computed by this briefing".
    pub computed: String,
    /// Every deal in the sum rests on machine-generated pages only.
    pub generated: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct EventView {
    pub date: DateView,
    pub title: String,
    pub topics: Vec<TopicLink>,
    pub sources: Vec<SourceLink>,
    /// Every source of the event is machine-generated.
    pub generated: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct PersonView {
    pub id: String,
    pub name: String,
    pub kind: &'static str,
    pub role: Option<String>,
    /// When the role held, where a source says.
    pub period: Option<String>,
    pub mentioned_in: Vec<SourceLink>,
    /// Only machine-generated articles name this person or organization.
    pub generated: bool,
}

/// The people, or the organizations, of the people page.
#[derive(Debug, Clone, Serialize)]
pub struct PeopleGroup {
    /// `person` or `organization`.
    pub kind: &'static str,
    pub people: Vec<PersonView>,
    /// Some member has no role in the sources: the page says so once, for the group.
    pub any_role_unknown: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct KeyFigures {
    pub deals: usize,
    pub total: Option<Total>,
    pub sources: usize,
    /// How many of the source articles are machine-generated.
    pub generated_sources: usize,
}

pub const DEALS_CSV: &str = "data/deals.csv";
pub const DEALS_JSON: &str = "data/deals.json";

/// Links to the articles `slugs`, each in `lang` when it exists there.
pub fn source_links(corpus: &Corpus, slugs: &[String], lang: Lang) -> Vec<SourceLink> {
    slugs
        .iter()
        .filter_map(|slug| {
            let article = corpus
                .translation(slug, lang)
                .or_else(|| corpus.translations(slug).into_iter().flatten().next())?;
            Some(SourceLink {
                title: article.front.title.clone(),
                url: routes::article(article),
                lang: article.lang.code(),
                generated: date_view::is_generated(corpus, slug),
            })
        })
        .collect()
}

fn money(locale: &Locale, min: u64, max: u64) -> Result<String, String> {
    money::usd(locale, min, max)
}

/// Sum of the disclosed values, as a (min, max) range.
pub fn total(deals: &[Deal]) -> Option<(u64, u64)> {
    let values: Vec<_> = deals.iter().filter_map(|d| d.value).collect();
    (!values.is_empty()).then(|| (values.iter().map(|v| v.min).sum(), values.iter().map(|v| v.max).sum()))
}

/// The computed total with the words that say it is computed, and from how many deals.
fn total_view(deals: &[Deal], corpus: &Corpus, locale: &Locale) -> Result<Option<Total>, String> {
    let Some((min, max)) = total(deals) else {
        return Ok(None);
    };
    let valued: Vec<&Deal> = deals.iter().filter(|d| d.value.is_some()).collect();
    let computed = locale.format(
        "total-computed",
        &[
            ("count", FluentValue::from(valued.len())),
            ("all", FluentValue::from(deals.len())),
            ("ranged", FluentValue::from(if min == max { "no" } else { "yes" })),
        ],
    )?;
    Ok(Some(Total {
        value: money(locale, min, max)?,
        computed,
        generated: valued.iter().all(|d| date_view::all_generated(corpus, &d.sources)),
    }))
}

/// The date of a fact in the reader's language.
fn fact_date(locale: &Locale, corpus: &Corpus, date: &FactDate) -> Result<DateView, String> {
    let note = date.note.as_ref().map(|n| n.get(locale.lang()).clone());
    date_view::date_view(locale, corpus, date, note)
}

pub fn deals_view(data: &Data, corpus: &Corpus, locale: &Locale) -> Result<DealsView, String> {
    let lang = locale.lang();
    let deals = &data.deals.deals;
    let mut rows = Vec::new();
    let mut cited: Vec<SourceLink> = Vec::new();
    for deal in deals {
        let mut numbered = Vec::new();
        for link in source_links(corpus, &deal.sources, lang) {
            let number = match cited.iter().position(|c| c.url == link.url) {
                Some(i) => i + 1,
                None => {
                    cited.push(link.clone());
                    cited.len()
                }
            };
            numbered.push(NumberedSource { number, link });
        }
        let value = match deal.value {
            Some(v) => money(locale, v.min, v.max)?,
            None => locale.text("money-none", None)?,
        };
        rows.push(DealRow {
            id: deal.id.clone(),
            name: deal.name.get(lang).clone(),
            parties: deal.parties.get(lang).clone(),
            sector: data
                .deals
                .sectors
                .get(&deal.sector)
                .map(|s| s.get(lang).clone())
                .unwrap_or_default(),
            value,
            value_sort: deal.value.map_or(0, |v| v.max),
            date: deal.date.as_ref().map(|d| fact_date(locale, corpus, d)).transpose()?,
            generated: date_view::all_generated(corpus, &deal.sources),
            status: locale.text(&format!("status-{}", deal.status.key()), None)?,
            description: deal.description.get(lang).clone(),
            sources: numbered,
        });
    }
    let bars: Vec<Bar> = deals
        .iter()
        .zip(&rows)
        .filter_map(|(deal, row)| {
            deal.value.map(|v| Bar {
                label: row.name.clone(),
                generated: row.generated,
                value_text: row.value.clone(),
                min: v.min,
                max: v.max,
                sources: row.sources.iter().map(|s| s.number).collect(),
            })
        })
        .collect();
    let chart = chart::chart(bars);
    let total = total_view(deals, corpus, locale)?;
    let any_generated = rows
        .iter()
        .any(|r| r.generated || r.date.as_ref().is_some_and(|d| d.generated))
        || cited.iter().any(|s| s.generated);
    Ok(DealsView {
        any_generated,
        count: rows.len(),
        rows,
        sources: cited,
        total,
        chart,
        csv: DEALS_CSV,
        json: DEALS_JSON,
    })
}

pub fn timeline_view(
    data: &Data,
    corpus: &Corpus,
    locale: &Locale,
    topics: &[TopicLink],
) -> Result<Vec<EventView>, String> {
    let lang = locale.lang();
    let mut events: Vec<_> = data.timeline.events.iter().collect();
    // Stable: events of the same period keep the order of the file.
    events.sort_by_key(|e| e.date.on);
    events
        .into_iter()
        .map(|event| {
            Ok(EventView {
                date: fact_date(locale, corpus, &event.date)?,
                title: event.title.get(lang).clone(),
                topics: topics
                    .iter()
                    .filter(|t| event.topics.contains(&t.key))
                    .cloned()
                    .collect(),
                sources: source_links(corpus, &event.sources, lang),
                generated: date_view::all_generated(corpus, &event.sources),
            })
        })
        .collect()
}

/// Whether `text` names `needle` as a word (Arabic proclitics such as و or ب allowed before it).
pub fn mentions(text: &str, needle: &str) -> Option<usize> {
    if needle.is_empty() {
        return None;
    }
    let mut from = 0;
    while let Some(found) = text[from..].find(needle) {
        let start = from + found;
        let end = start + needle.len();
        let mut before = text[..start].chars().rev();
        let prev = before.next();
        let boundary_before = match prev {
            None => true,
            Some(c) if !c.is_alphanumeric() => true,
            Some('و' | 'ب' | 'ل' | 'ف' | 'ك') => before.next().is_none_or(|c| !c.is_alphanumeric()),
            _ => false,
        };
        let boundary_after = text[end..].chars().next().is_none_or(|c| !c.is_alphanumeric());
        if boundary_before && boundary_after {
            return Some(start);
        }
        from = end;
    }
    None
}

/// The names of `person` in `lang` that articles may use, longest first.
pub fn names(person: &Person, lang: Lang) -> Vec<String> {
    let mut names = vec![person.name.get(lang).clone()];
    if let Some(mentions) = &person.mentions {
        names.extend(mentions.get(lang).iter().cloned());
    }
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    names
}

/// People and organizations, in that order, each group sorted by name: people by family name
/// (the last word of the name), organizations by their whole name.
pub fn people_view(data: &Data, corpus: &Corpus, locale: &Locale) -> Result<Vec<PeopleGroup>, String> {
    let lang = locale.lang();
    let articles: Vec<&Article> = corpus.articles_in(lang).collect();
    let view = |person: &Person| {
        let names = names(person, lang);
        let mentioned: Vec<String> = articles
            .iter()
            .filter(|a| {
                names
                    .iter()
                    .any(|n| mentions(&a.body, n).is_some() || mentions(&a.front.title, n).is_some())
            })
            .map(|a| a.slug.clone())
            .collect();
        PersonView {
            id: person.id.clone(),
            name: person.name.get(lang).clone(),
            kind: kind_key(person.kind),
            role: person.role.as_ref().map(|r| r.get(lang).clone()),
            period: person.period.as_ref().map(|p| p.get(lang).clone()),
            generated: date_view::all_generated(corpus, &mentioned),
            mentioned_in: source_links(corpus, &mentioned, lang),
        }
    };
    let groups = [PersonKind::Person, PersonKind::Organization]
        .into_iter()
        .filter_map(|kind| {
            let mut members: Vec<&Person> = data.people.people.iter().filter(|p| p.kind == kind).collect();
            members.sort_by_cached_key(|p| {
                let name = p.name.get(lang);
                let family = match kind {
                    PersonKind::Person => name.rsplit(' ').next().unwrap_or(name),
                    PersonKind::Organization => name,
                };
                (sort_key(family), sort_key(name))
            });
            let people: Vec<PersonView> = members.into_iter().map(view).collect();
            (!people.is_empty()).then(|| PeopleGroup {
                kind: kind_key(kind),
                any_role_unknown: people.iter().any(|p| p.role.is_none()),
                people,
            })
        })
        .collect();
    Ok(groups)
}

fn kind_key(kind: PersonKind) -> &'static str {
    match kind {
        PersonKind::Person => "person",
        PersonKind::Organization => "organization",
    }
}

/// A key that sorts names in alphabetical order: Latin letters without their accents and case
/// ("Tokaïev" with "Tokayev"), other scripts (Arabic, Cyrillic) by their letters, whose Unicode
/// order is their alphabet's.
fn sort_key(name: &str) -> String {
    name.chars()
        .flat_map(|c| {
            let folded = if c <= '\u{24F}' {
                deunicode::deunicode_char(c).unwrap_or("").to_owned()
            } else {
                c.to_string()
            };
            folded.to_lowercase().chars().collect::<Vec<_>>()
        })
        .collect()
}

pub fn key_figures(data: &Data, corpus: &Corpus, locale: &Locale) -> Result<KeyFigures, String> {
    let sources: std::collections::BTreeSet<&str> = corpus.articles().iter().map(|a| a.slug.as_str()).collect();
    let generated_sources = sources.iter().filter(|s| date_view::is_generated(corpus, s)).count();
    Ok(KeyFigures {
        deals: data.deals.deals.len(),
        total: total_view(&data.deals.deals, corpus, locale)?,
        sources: sources.len(),
        generated_sources,
    })
}

/// The deals as CSV: one row per deal, every language's text, values in dollars.
/// Columns of text come once per language of the site, in its order (`name_en`, `name_fr`, …).
pub fn deals_csv(data: &Data, langs: &[Lang]) -> String {
    let per_lang = |field: &'static str| langs.iter().map(move |l| format!("{field}_{l}"));
    let mut header: Vec<String> = vec!["id".to_owned()];
    header.extend(per_lang("name").chain(per_lang("parties")));
    header.extend(["sector", "value_min_usd", "value_max_usd", "date", "status"].map(String::from));
    header.extend(per_lang("description"));
    header.push("sources".to_owned());
    let mut out = header.join(",");
    out.push('\n');
    for d in &data.deals.deals {
        let mut fields = vec![d.id.clone()];
        fields.extend(langs.iter().map(|&l| d.name.get(l).clone()));
        fields.extend(langs.iter().map(|&l| d.parties.get(l).join("; ")));
        fields.extend([
            d.sector.clone(),
            d.value.map_or_else(String::new, |v| v.min.to_string()),
            d.value.map_or_else(String::new, |v| v.max.to_string()),
            d.date.as_ref().map_or_else(String::new, |x| x.to_string()),
            d.status.key().to_owned(),
        ]);
        fields.extend(langs.iter().map(|&l| d.description.get(l).clone()));
        fields.push(d.sources.join("; "));
        let line: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
        out.push_str(&line.join(","));
        out.push('\n');
    }
    out
}

fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

pub fn deals_json(data: &Data) -> String {
    let mut json = serde_json::to_string_pretty(&data.deals).expect("deals serialize");
    json.push('\n');
    json
}
