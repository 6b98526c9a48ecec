//! `steppe ingest`: raw article text copied from web pages → `content/articles/<slug>.<lang>.md`,
//! and `steppe new` for authors and translators. Reading a page is pure (`extract`); only `write`
//! and `new` touch the disk. The library reports; the binary prints.

mod about;
mod body;
mod boilerplate;
mod clean;
mod date;
mod html;
mod labels;
mod lang;
mod layout;
mod line;
mod masthead;
mod new;
mod prompt;
mod sentence;
mod slug;
mod source;
mod text;
mod title;
mod topics;
mod write;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::config::{Config, SlugStyle, Topic};
use crate::content::front_matter::{self, FrontMatter};
use crate::content::source_text;
use crate::date::Date;
use crate::error::{Diagnostic, Error, Result};
use crate::i18n::Lang;

pub use new::{NewOptions, new_article};

/// What `steppe ingest <PATH>... [--out DIR] [--force] [--dry-run]` asks for.
#[derive(Debug, Clone)]
pub struct IngestOptions {
    /// Raw `.txt` files and saved web pages (`.html`, `.htm`), or folders whose such files are all
    /// read (not recursively).
    pub inputs: Vec<PathBuf>,
    /// Output folder, usually `<root>/content/articles`; created when missing.
    pub out: PathBuf,
    /// Overwrite files that differ from what ingest would write (hand edits are lost).
    pub force: bool,
    /// Write nothing; report the text each file would get.
    pub dry_run: bool,
    /// Site root holding `steppe.yaml` (its topic keyword rules classify the articles).
    pub root: PathBuf,
    /// The slug of the ingested article instead of one made from its title (one input only).
    pub slug: Option<String>,
    /// Today in the site's time zone: `added` of an article taken in for the first time. An
    /// article ingested again keeps the `added` its file already has.
    pub today: Date,
}

/// The result of one run: a report per ingested input, and an error per input that failed.
#[derive(Debug, Default)]
pub struct IngestOutcome {
    pub reports: Vec<InputReport>,
    /// Bad inputs (unreadable, not UTF-8, empty, no article text), each naming its file.
    pub errors: Vec<Diagnostic>,
}

impl IngestOutcome {
    /// Whether any input failed (the command should exit with status 1).
    pub fn has_errors(&self) -> bool {
        !self.errors.is_empty()
    }
}

/// What ingest found in one input and did with it.
#[derive(Debug, Clone)]
pub struct InputReport {
    pub input: PathBuf,
    /// The article file (written, kept, or that would be written).
    pub output: PathBuf,
    pub lang: Lang,
    pub title: String,
    pub date: Option<Date>,
    pub topics: Vec<String>,
    /// Non-blank lines of the input that are not in the article body (boilerplate, title, date…).
    pub lines_removed: usize,
    /// Facts that could not be found or were guessed (no date, no headline, unsure language…).
    pub warnings: Vec<Diagnostic>,
    /// The same facts by field, for the end-of-run table of what an editor should check.
    pub doubts: Vec<Doubt>,
    pub status: Status,
    /// Files moved because `--slug` renamed an ingested article (its translations move with it),
    /// as (from, to); in a dry run, the moves that would be made.
    pub moves: Vec<(PathBuf, PathBuf)>,
}

/// What happened to the output file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    Written,
    /// The file already holds exactly this text; it was not rewritten.
    Unchanged,
    /// The file differs from what ingest would write (a hand edit) and was left alone; `diff` is
    /// a unified diff from the file to ingest's text. `--force` overwrites.
    Kept {
        diff: String,
    },
    /// `--dry-run`: the full text the file would get.
    WouldWrite {
        text: String,
    },
}

/// An article read from a raw page, before it gets a slug.
#[derive(Debug, Clone)]
pub struct Draft {
    pub front: FrontMatter,
    /// Markdown body.
    pub body: String,
    pub lines_removed: usize,
    /// Fields that were guessed with little evidence or not found.
    pub doubts: Vec<Doubt>,
}

/// A field of a draft that ingest guessed with little evidence or could not find, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Doubt {
    pub field: Field,
    pub reason: String,
}

impl Doubt {
    pub fn new(field: Field, reason: impl Into<String>) -> Doubt {
        Doubt {
            field,
            reason: reason.into(),
        }
    }
}

/// The fields of an ingested article that an editor may need to check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Field {
    Lang,
    Title,
    Date,
    Source,
    Topics,
    Summary,
}

impl Field {
    /// The front-matter key the field is written under.
    pub fn key(self) -> &'static str {
        match self {
            Field::Lang => "lang",
            Field::Title => "title",
            Field::Date => "date",
            Field::Source => "source",
            Field::Topics => "topics",
            Field::Summary => "summary",
        }
    }
}

impl Draft {
    pub fn lang(&self) -> Lang {
        self.front.lang.expect("extract always sets the language")
    }

    /// The content file ingest writes for this draft.
    pub fn to_file_text(&self) -> String {
        front_matter::render(&self.front, &self.body)
    }
}

/// Ingests every input (see `IngestOptions`). Fails only when `steppe.yaml` or the output folder
/// cannot be read; a bad input becomes an entry in `errors` and the others are still processed.
pub fn run(options: &IngestOptions) -> Result<IngestOutcome> {
    let config = Config::load(&options.root)?;
    let mut outcome = IngestOutcome::default();
    let inputs = list_inputs(&options.inputs, &mut outcome.errors);
    if let Some(slug) = &options.slug {
        let problem = if inputs.len() != 1 {
            Some(format!(
                "--slug {slug} names one article, but {} files were given",
                inputs.len()
            ))
        } else if slug::from_title(slug).as_deref() != Some(slug.as_str()) {
            Some(format!(
                "--slug {slug} is not a slug: use lowercase letters, digits and hyphens"
            ))
        } else {
            None
        };
        if let Some(message) = problem {
            let path = inputs.first().or(options.inputs.first()).cloned().unwrap_or_default();
            outcome.errors.push(Diagnostic::error(&path, message));
            return Ok(outcome);
        }
    }
    let folder = write::Folder::scan(&options.out)?;
    let drafts: Vec<_> = inputs.par_iter().map(|path| read_input(path, &config.topics)).collect();
    let mode = write::Mode {
        force: options.force,
        dry_run: options.dry_run,
    };
    let mut claimed = BTreeSet::new();
    for (path, draft) in inputs.iter().zip(drafts) {
        let placed = draft.and_then(|mut draft| {
            let slug = match &options.slug {
                Some(slug) => slug.clone(),
                None => folder.slug_for(&source_file(&draft), &draft.front.title, &mut claimed),
            };
            let kept = folder.kept_record(&source_file(&draft), &slug);
            draft.front.added = Some(kept.added.unwrap_or(options.today));
            draft.front.aliases = kept.aliases;
            // A slug in the title's own script when the site asks for them; a key the user
            // chose with --slug is the URL as it is.
            draft.front.slug = kept.slug.or_else(|| match (&options.slug, config.slugs) {
                (None, SlugStyle::Unicode) => slug::version_slug(&draft.front.title, SlugStyle::Unicode, &slug),
                _ => None,
            });
            place(&folder, path, draft, &slug, mode)
        });
        match placed {
            Ok(report) => outcome.reports.push(report),
            Err(diagnostic) => outcome.errors.push(diagnostic),
        }
    }
    Ok(outcome)
}

/// Reads one raw page into a draft; `file` is its file name (recorded as `source.file`).
/// Fails when the page holds no article text.
pub fn extract(file: &str, text: &str, topics: &[Topic]) -> Result<Draft, String> {
    text::read(file, text, topics, &text::Known::default())
}

/// Reads one saved web page (HTML) into a draft: the article as a readability implementation
/// finds it, and the page's own metadata (JSON-LD, Open Graph, `<html lang>`, canonical URL)
/// before any guess from the text. Fails when the page holds no article text.
pub fn extract_html(file: &str, html: &str, topics: &[Topic]) -> Result<Draft, String> {
    html::read(file, html, topics)
}

/// Files named on the command line, and the `.txt` and `.html` files of folders named there, in
/// order, once each.
fn list_inputs(paths: &[PathBuf], errors: &mut Vec<Diagnostic>) -> Vec<PathBuf> {
    let mut inputs = Vec::new();
    for path in paths {
        if !path.is_dir() {
            inputs.push(path.clone());
            continue;
        }
        match std::fs::read_dir(path) {
            Ok(entries) => {
                let mut found: Vec<PathBuf> = entries
                    .filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|p| p.is_file() && (is_saved_page(p) || p.extension().is_some_and(|x| x == "txt")))
                    .collect();
                found.sort();
                inputs.extend(found);
            }
            Err(e) => errors.push(Diagnostic::error(path, format!("cannot read folder: {e}"))),
        }
    }
    let mut seen = BTreeSet::new();
    inputs.retain(|p| seen.insert(p.clone()));
    inputs
}

fn read_input(path: &Path, topics: &[Topic]) -> Result<Draft, Diagnostic> {
    let bytes = std::fs::read(path).map_err(|e| Diagnostic::error(path, format!("cannot read: {e}")))?;
    let text = source_text::decode(path, bytes)?;
    let file = path.file_name().and_then(|n| n.to_str()).unwrap_or_default();
    let draft = if is_saved_page(path) {
        extract_html(file, &text, topics)
    } else {
        extract(file, &text, topics)
    };
    draft.map_err(|message| Diagnostic::error(path, message))
}

/// A saved web page, by its file name (`.html`, `.htm`, any case).
fn is_saved_page(path: &Path) -> bool {
    path.extension()
        .and_then(|x| x.to_str())
        .is_some_and(|x| x.eq_ignore_ascii_case("html") || x.eq_ignore_ascii_case("htm"))
}

fn source_file(draft: &Draft) -> String {
    draft
        .front
        .source
        .as_ref()
        .and_then(|s| s.file.clone())
        .unwrap_or_default()
}

fn place(
    folder: &write::Folder,
    input: &Path,
    draft: Draft,
    slug: &str,
    mode: write::Mode,
) -> Result<InputReport, Diagnostic> {
    let file = source_file(&draft);
    let placed = folder
        .place(&file, slug, draft.lang(), &draft.to_file_text(), mode)
        .map_err(|e: Error| write::output_error(input, e))?;
    Ok(InputReport {
        input: input.to_owned(),
        output: placed.path,
        lang: draft.lang(),
        title: draft.front.title.clone(),
        date: draft.front.date.as_ref().and_then(|d| d.exact_day()),
        topics: draft.front.topics.clone(),
        lines_removed: draft.lines_removed,
        warnings: draft
            .doubts
            .iter()
            .map(|d| Diagnostic::warning(input, d.reason.clone()))
            .collect(),
        doubts: draft.doubts.clone(),
        status: placed.status,
        moves: placed.moves,
    })
}
