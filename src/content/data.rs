//! Structured facts the theme renders: deals (`content/data/deals.yaml`), the timeline
//! (`timeline.yaml`) and people and organizations (`people.yaml`). Every fact names the
//! articles it comes from; validation checks those names against the corpus.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::config::{Config, Localized};
use crate::error::{Diagnostic, Diagnostics, Error, Result};
use crate::yaml;

use super::dating::Dated;
use super::source_text;

/// A date in a data file: its note, if any, in every language.
pub type FactDate = Dated<Localized<String>>;

pub const DEALS: &str = "content/data/deals.yaml";
pub const TIMELINE: &str = "content/data/timeline.yaml";
pub const PEOPLE: &str = "content/data/people.yaml";

#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct DealsFile {
    pub sectors: BTreeMap<String, Localized<String>>,
    pub deals: Vec<Deal>,
}

/// A deal or investment, with its value in US dollars.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Deal {
    pub id: String,
    pub name: Localized<String>,
    pub parties: Localized<Vec<String>>,
    pub sector: String,
    pub value: Option<Value>,
    /// When the deal was announced, with the basis and source of that date.
    pub date: Option<FactDate>,
    pub status: Status,
    pub description: Localized<String>,
    pub sources: Vec<String>,
}

/// A value in US dollars; `min == max` when the sources give one figure.
#[derive(Debug, Clone, Copy, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Value {
    pub min: u64,
    pub max: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Announced,
    Agreed,
    Signed,
}

impl Status {
    pub fn key(self) -> &'static str {
        match self {
            Status::Announced => "announced",
            Status::Agreed => "agreed",
            Status::Signed => "signed",
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct TimelineFile {
    pub events: Vec<Event>,
}

/// A dated event; `date` keeps only the precision the sources give ("2020", "2025-11").
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub date: FactDate,
    pub topics: Vec<String>,
    pub title: Localized<String>,
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PeopleFile {
    pub people: Vec<Person>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    pub id: String,
    pub kind: PersonKind,
    pub name: Localized<String>,
    pub role: Option<Localized<String>>,
    /// When the role held, as a source gives it ("as the report of 7 November 2025 names
    /// him"); null when no source says.
    #[serde(default)]
    pub period: Option<Localized<String>>,
    /// Short forms besides the full name that articles use, per language.
    #[serde(default)]
    pub mentions: Option<Localized<Vec<String>>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PersonKind {
    Person,
    Organization,
}

/// All data files of a site (a missing file is empty).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Data {
    pub deals: DealsFile,
    pub timeline: TimelineFile,
    pub people: PeopleFile,
}

impl Data {
    /// Reads and validates the data files; `articles` are the slugs that exist.
    pub fn load(config: &Config, articles: &[&str]) -> Result<Data> {
        let mut problems = Diagnostics::default();
        let deals: DealsFile = problems.take(read(config, DEALS)).flatten().unwrap_or_default();
        let timeline: TimelineFile = problems.take(read(config, TIMELINE)).flatten().unwrap_or_default();
        let people: PeopleFile = problems.take(read(config, PEOPLE)).flatten().unwrap_or_default();
        problems.finish()?;
        let data = Data {
            deals,
            timeline,
            people,
        };
        let mut problems = Diagnostics::default();
        data.validate(config, articles, &mut problems);
        problems.finish()?;
        Ok(data)
    }

    fn validate(&self, config: &Config, articles: &[&str], problems: &mut Diagnostics) {
        let text = |file: &str| std::fs::read_to_string(config.root.join(file)).unwrap_or_default();
        let (deals_text, timeline_text, people_text) = (text(DEALS), text(TIMELINE), text(PEOPLE));
        let at = |file: &str, text: &str, needle: &str, message: String| {
            let line = text.lines().position(|l| l.contains(needle)).map_or(1, |i| i + 1);
            Diagnostic::error(file, message).at(line, 1)
        };
        let check_sources = |file: &str, text: &str, owner: &str, sources: &[String], problems: &mut Diagnostics| {
            if sources.is_empty() {
                problems.push(at(
                    file,
                    text,
                    owner,
                    format!("`{owner}` names no source article; every fact needs one"),
                ));
            }
            for source in sources {
                if !articles.contains(&source.as_str()) {
                    problems.push(at(
                        file,
                        text,
                        source,
                        format!("`{owner}` cites `{source}`, which is not an article in content/articles"),
                    ));
                }
            }
        };
        let mut ids = std::collections::BTreeSet::new();
        for deal in &self.deals.deals {
            if !ids.insert(&deal.id) {
                problems.push(at(
                    DEALS,
                    &deals_text,
                    &format!("id: {}", deal.id),
                    format!("deal `{}` is listed twice", deal.id),
                ));
            }
            if !self.deals.sectors.contains_key(&deal.sector) {
                problems.push(at(
                    DEALS,
                    &deals_text,
                    &format!("sector: {}", deal.sector),
                    format!(
                        "deal `{}` has sector `{}`, which is not declared under `sectors`",
                        deal.id, deal.sector
                    ),
                ));
            }
            if let Some(value) = deal.value
                && (value.min == 0 || value.min > value.max)
            {
                problems.push(at(
                    DEALS,
                    &deals_text,
                    &format!("id: {}", deal.id),
                    format!("deal `{}`: value must have 0 < min <= max", deal.id),
                ));
            }
            check_sources(DEALS, &deals_text, &deal.id, &deal.sources, problems);
            if let Some(date) = &deal.date {
                check_date_source(date, &deal.id, &deal.sources, &mut |needle, message| {
                    problems.push(at(DEALS, &deals_text, needle, message))
                });
            }
        }
        for event in &self.timeline.events {
            let owner = format!("event of {}", event.date);
            check_date_source(&event.date, &owner, &event.sources, &mut |needle, message| {
                problems.push(at(TIMELINE, &timeline_text, needle, message))
            });
            for topic in &event.topics {
                if config.topic(topic).is_none() {
                    problems.push(at(TIMELINE, &timeline_text, topic, format!("unknown topic `{topic}`")));
                }
            }
            check_sources(
                TIMELINE,
                &timeline_text,
                &event.date.to_string(),
                &event.sources,
                problems,
            );
        }
        let mut ids = std::collections::BTreeSet::new();
        for person in &self.people.people {
            if !ids.insert(&person.id) {
                problems.push(at(
                    PEOPLE,
                    &people_text,
                    &format!("id: {}", person.id),
                    format!("`{}` is listed twice", person.id),
                ));
            }
        }
    }
}

impl Data {
    /// Drops every fact that cites one of the `withheld` (embargoed) articles, so that nothing
    /// they report shows before they do.
    pub fn withhold(&mut self, withheld: &std::collections::BTreeSet<String>) {
        let clear = |sources: &[String]| sources.iter().all(|s| !withheld.contains(s));
        self.deals.deals.retain(|d| clear(&d.sources));
        self.timeline.events.retain(|e| clear(&e.sources));
    }
}

/// A fact's date must come from one of the fact's own sources.
fn check_date_source(date: &FactDate, owner: &str, sources: &[String], report: &mut dyn FnMut(&str, String)) {
    if let Some(source) = &date.source
        && !sources.contains(source)
    {
        report(
            &format!("source: {source}"),
            format!("`{owner}` takes its date from `{source}`, which is not among its `sources`"),
        );
    }
}

/// Reads one data file, if it exists.
fn read<T: serde::de::DeserializeOwned>(config: &Config, file: &str) -> Result<Option<T>> {
    let path: PathBuf = config.root.join(file);
    let bytes = match std::fs::read(&path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(Error::io(file, "read", e)),
    };
    let text = source_text::decode(Path::new(file), bytes)?;
    let parsed = crate::config::with_languages(&config.languages, || yaml::parse(Path::new(file), &text, 1));
    Ok(Some(parsed?))
}
