//! Front matter: the YAML block between `---` lines at the top of a content file. Splitting
//! keeps track of file lines so that errors point at the line in the file, not in the block.

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::date::Date;
use crate::error::Diagnostic;
use crate::i18n::Lang;
use crate::yaml;

use super::dating::Dated;
use super::translation::TranslatedFrom;

/// Front matter of an article (see the content model in ARCHITECTURE.md).
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct FrontMatter {
    pub title: String,
    /// When the article was published: a day, or a month or year; `estimated` with a `note`
    /// when the page gives no date and the briefing dates it from what it says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Dated<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<Lang>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    #[serde(default)]
    pub topics: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
    /// On a translation: the original's language, and the hash of the original's text it was
    /// made from (`{lang: en, hash: "…"}`), by which `check` knows when it has fallen behind.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub translated_from: Option<TranslatedFrom>,
    /// When the briefing took the article in; the feed's `updated` for the entry.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub added: Option<Date>,
    /// This language version's URL slug, when it is not the article's key (the file stem).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    /// Old URLs of this version that redirect to it: old slugs, or paths from the site root.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// Embargo: the article appears in no output before this date and time, in the site's time
    /// zone (`2026-12-05 09:00`, or a day, meaning its midnight).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publish_at: Option<String>,
    /// Corrections and updates made after the article was published, each with its day and a
    /// note (in the file's language) saying what changed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub updates: Vec<Update>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub draft: bool,
}

/// One correction or update of an article.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Update {
    pub date: Date,
    pub note: String,
}

impl FrontMatter {
    /// The language of the original, when this is a translation.
    pub fn translated_from_lang(&self) -> Option<Lang> {
        self.translated_from.as_ref().map(|t| t.lang)
    }
}

/// Where an article's text came from.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
    #[serde(default)]
    pub byline: Option<String>,
    #[serde(default)]
    pub file: Option<String>,
    #[serde(default)]
    pub generated: bool,
}

/// Front matter of a free page (about, methodology).
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PageFrontMatter {
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub draft: bool,
}

/// A content file cut in two, with the file line each part starts on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Split<'a> {
    pub yaml: &'a str,
    pub yaml_line: usize,
    pub body: &'a str,
    pub body_line: usize,
}

/// Cuts `text` into front matter and body; the file must open with a `---` line.
pub fn split<'a>(path: &Path, text: &'a str) -> Result<Split<'a>, Diagnostic> {
    let missing = || Diagnostic::error(path, "the file must start with front matter between `---` lines").at(1, 1);
    let after_open = text
        .strip_prefix("---\n")
        .or_else(|| text.strip_prefix("---\r\n"))
        .ok_or_else(missing)?;
    let mut offset = 0;
    for (index, line) in after_open.split_inclusive('\n').enumerate() {
        if line.trim_end() == "---" {
            let body = &after_open[offset + line.len()..];
            return Ok(Split {
                yaml: &after_open[..offset],
                yaml_line: 2,
                body,
                body_line: index + 3,
            });
        }
        offset += line.len();
    }
    let lines = text.lines().count();
    Err(Diagnostic::error(path, "front matter is not closed by a `---` line").at(lines.max(1), 1))
}

/// Parses the YAML part of a split file into `T`, reporting file lines.
pub fn parse<T: serde::de::DeserializeOwned>(path: &Path, split: &Split<'_>) -> Result<T, Diagnostic> {
    if split.yaml.trim().is_empty() {
        return Err(
            Diagnostic::error(path, "front matter is empty; it needs at least a `title`").at(split.yaml_line, 1),
        );
    }
    yaml::parse(path, split.yaml, split.yaml_line)
}

/// Writes front matter and body as a content file.
pub fn render<T: Serialize>(front: &T, body: &str) -> String {
    let mut text = String::from("---\n");
    text.push_str(&yaml::to_string(front));
    text.push_str("---\n\n");
    text.push_str(body.trim_end());
    text.push('\n');
    text
}

/// The byte range in `text` of the top-level entry `key:` of its front matter `yaml` (a slice of
/// `text`), with the indented lines that continue it, and the line ending it uses.
fn entry_span(text: &str, yaml: &str, key: &str) -> Option<(usize, usize, &'static str)> {
    let start = yaml.as_ptr() as usize - text.as_ptr() as usize;
    let mut offset = start;
    let mut entry: Option<(usize, usize, &'static str)> = None;
    for line in yaml.split_inclusive('\n') {
        let end = offset + line.len();
        let is_key = line.strip_prefix(key).is_some_and(|rest| rest.starts_with(':'));
        match entry {
            None if is_key => {
                let ending = if line.ends_with("\r\n") { "\r\n" } else { "\n" };
                entry = Some((offset, end, ending));
            }
            // A block list's items may sit at the key's own indentation (`- a` under `aliases:`).
            Some((from, _, ending)) if line.starts_with([' ', '\t', '-']) => entry = Some((from, end, ending)),
            Some(_) => break,
            None => {}
        }
        offset = end;
    }
    entry
}

/// `text` with the top-level entry `key:` of its front matter `yaml` (a slice of `text`), and any
/// lines that continue it, replaced by `entry` (YAML for that key alone, ending in a newline);
/// `None` when there is no such top-level line. Every other byte stays as it was, so an editor's
/// formatting and comments survive a tool's change of one field.
pub fn replace_entry(text: &str, yaml: &str, key: &str, entry: &str) -> Option<String> {
    let (from, to, ending) = entry_span(text, yaml, key)?;
    let entry = entry.replace('\n', ending);
    Some(format!("{}{entry}{}", &text[..from], &text[to..]))
}

/// Like `replace_entry`, but a missing entry is added as the front matter's last one.
pub fn set_entry(text: &str, yaml: &str, key: &str, entry: &str) -> String {
    replace_entry(text, yaml, key, entry).unwrap_or_else(|| {
        let end = yaml.as_ptr() as usize - text.as_ptr() as usize + yaml.len();
        let ending = if text[..end].ends_with("\r\n") { "\r\n" } else { "\n" };
        format!("{}{}{}", &text[..end], entry.replace('\n', ending), &text[end..])
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_entry_is_set_and_the_rest_kept() {
        let text = "---\ntitle: A # kept\naliases:\n- old\ndraft: true\n---\n\nBody.\n";
        let split = split(Path::new("a.md"), text).unwrap();
        let replaced = set_entry(text, split.yaml, "aliases", "aliases:\n- old\n- older\n");
        assert_eq!(
            replaced,
            "---\ntitle: A # kept\naliases:\n- old\n- older\ndraft: true\n---\n\nBody.\n"
        );
        let added = set_entry(text, split.yaml, "slug", "slug: new\n");
        assert!(added.ends_with("draft: true\nslug: new\n---\n\nBody.\n"), "{added}");
        assert_eq!(replace_entry(text, split.yaml, "slug", "slug: x\n"), None);
    }

    #[test]
    fn split_reports_body_line() {
        let text = "---\ntitle: A\n---\n\nBody\n";
        let s = split(Path::new("a.md"), text).unwrap();
        assert_eq!(s.yaml, "title: A\n");
        assert_eq!(s.body_line, 4);
        assert_eq!(s.body, "\nBody\n");
    }

    #[test]
    fn errors_point_at_file_lines() {
        let text = "---\ntitle: A\ndate: 2025-02-30\n---\n";
        let s = split(Path::new("a.md"), text).unwrap();
        let err = parse::<FrontMatter>(Path::new("a.md"), &s).unwrap_err();
        assert_eq!(err.line, Some(3), "{err}");
        assert!(err.message.contains("no day 30"), "{err}");
    }

    #[test]
    fn round_trips_through_render() {
        let front = FrontMatter {
            title: "Kazakhstan: \"x\"".into(),
            date: Some(Dated::day(Date::new(2025, 11, 7).unwrap())),
            lang: Some(Lang::En),
            summary: Some("S".into()),
            topics: vec!["deals".into()],
            source: Some(Source::default()),
            translated_from: None,
            added: Some(Date::new(2026, 11, 25).unwrap()),
            slug: None,
            aliases: Vec::new(),
            publish_at: None,
            updates: vec![Update {
                date: Date::new(2026, 11, 30).unwrap(),
                note: "Corrected the date.".into(),
            }],
            draft: false,
        };
        let text = render(&front, "Body");
        let s = split(Path::new("a.md"), &text).unwrap();
        assert_eq!(parse::<FrontMatter>(Path::new("a.md"), &s).unwrap(), front);
        assert!(text.ends_with("---\n\nBody\n"));
    }

    #[test]
    fn missing_or_unclosed_front_matter_is_an_error() {
        assert!(split(Path::new("a.md"), "title: x\n").is_err());
        assert!(split(Path::new("a.md"), "---\ntitle: x\n").is_err());
    }
}
