//! `steppe ingest`: raw article text copied from web pages → `content/articles/<slug>.<lang>.md`,
//! and `steppe new` for authors and translators. Reading a page is pure (`extract`); only `write`
//! and `new` touch the disk. The library reports; the binary prints.

mod body;
mod boilerplate;
mod clean;
mod date;
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
mod title;
mod topics;
mod write;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::config::{Config, Topic};
use crate::content::front_matter::{self, FrontMatter, Source};
use crate::content::source_text;
use crate::date::Date;
use crate::error::{Diagnostic, Error, Result};
use crate::i18n::Lang;

pub use new::{NewOptions, new_article};

/// What `steppe ingest <PATH>... [--out DIR] [--force] [--dry-run]` asks for.
#[derive(Debug, Clone)]
pub struct IngestOptions {
    /// Raw `.txt` files, or folders whose `.txt` files are all read (not recursively).
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
    pub status: Status,
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
    pub warnings: Vec<String>,
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
        let placed = draft.and_then(|draft| {
            let slug = match &options.slug {
                Some(slug) => slug.clone(),
                None => folder.slug_for(&source_file(&draft), &draft.front.title, &mut claimed),
            };
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
    let lines = clean::lines(text);
    if lines.iter().all(String::is_empty) {
        return Err("the file is empty".to_owned());
    }
    let provenance = source::scan(&lines);
    let page = layout::read(&lines);
    let plain = plain_text(&page.blocks);
    if plain.is_empty() {
        return Err("no article text found: every line looks like page furniture (menus, prompts, links)".to_owned());
    }
    let detected = lang::detect(&plain).ok_or("cannot tell whether the text is English, French or Arabic")?;
    let lang = detected.lang;
    let mut warnings = Vec::new();
    if !detected.reliable {
        warnings.push(format!(
            "the language ({lang}) is a guess; check `lang` and the file name"
        ));
    }
    let first = page.blocks.iter().find_map(|b| match b {
        layout::Block::Paragraph(p) => Some(p.as_str()),
        _ => None,
    });
    // Who published the text: a "Source:" label (an aggregator names the original), a feed footer,
    // a sentence that names the publication, the masthead, the copyright line, strongest first.
    let name = page
        .source
        .clone()
        .or(provenance.footer_name)
        .or(provenance.named)
        .or(page.masthead.clone())
        .or(provenance.copyright);
    let site: Vec<String> = name.iter().chain(&page.masthead).cloned().collect();
    let evidence = title::Evidence {
        head: &page.head,
        site: &site,
        footer: provenance.footer_title.as_deref(),
        first,
    };
    let (title, origin) =
        title::choose(&evidence, lang).ok_or("no title: the page has no headline and no sentence to make one from")?;
    if origin == title::Origin::FirstSentence {
        warnings.push(
            "the page has no headline in the article's language; the title is made from the first sentence".to_owned(),
        );
    }
    let date = date::publication(&page.stamps, lang);
    if date.is_none() {
        warnings.push("no publication date found; `date` is left out".to_owned());
    }
    let summary = choose_summary(page.summary.as_deref(), first, lang, &mut warnings);
    let paragraphs: Vec<&str> = page.blocks.iter().map(layout::Block::text).collect();
    let article = topics::Article {
        title: &title,
        summary: page.summary.as_deref(),
        paragraphs: &paragraphs,
    };
    let topics = topics::classify(&article, lang, topics);
    if topics.is_empty() {
        warnings.push("no topic's keywords matched; `topics` is empty".to_owned());
    }
    let source = Source {
        name,
        url: page.link.clone(),
        byline: page.byline.clone(),
        file: Some(file.to_owned()),
        generated: provenance.generated || page.generated,
    };
    let front = FrontMatter {
        title,
        date: date.map(crate::content::dating::Dated::day),
        lang: Some(lang),
        summary,
        topics,
        source: Some(source),
        translated_from: None,
        added: None,
        publish_at: None,
        updates: Vec::new(),
        draft: false,
    };
    Ok(Draft {
        front,
        body: body::to_markdown(&page.blocks),
        lines_removed: page.removed,
        warnings,
    })
}

/// The page's own summary when it is in the article's language, else the first sentence or two.
fn choose_summary(own: Option<&str>, first: Option<&str>, lang: Lang, warnings: &mut Vec<String>) -> Option<String> {
    match own {
        Some(own) if lang::agrees(own, lang) => return Some(own.to_owned()),
        Some(_) => warnings.push(format!(
            "the page's summary is not in {lang}; the summary is the article's first sentences"
        )),
        None => {}
    }
    let sentences = sentence::split(first?);
    let mut summary = sentences.first()?.to_string();
    // One short sentence says little; two long ones make a paragraph, not a summary.
    if let Some(second) = sentences.get(1)
        && summary.chars().count() < 120
        && summary.chars().count() + second.chars().count() < 320
    {
        summary.push(' ');
        summary.push_str(second);
    }
    Some(summary)
}

fn plain_text(blocks: &[layout::Block]) -> String {
    let texts: Vec<&str> = blocks.iter().map(layout::Block::text).collect();
    texts.join("\n\n")
}

/// Files named on the command line, and the `.txt` files of folders named there, in order, once each.
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
                    .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "txt"))
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
    extract(file, &text, topics).map_err(|message| Diagnostic::error(path, message))
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
    let (output, status) = folder
        .place(&file, slug, draft.lang(), &draft.to_file_text(), mode)
        .map_err(|e: Error| write::output_error(input, e))?;
    Ok(InputReport {
        input: input.to_owned(),
        output,
        lang: draft.lang(),
        title: draft.front.title.clone(),
        date: draft.front.date.as_ref().and_then(|d| d.exact_day()),
        topics: draft.front.topics.clone(),
        lines_removed: draft.lines_removed,
        warnings: draft
            .warnings
            .iter()
            .map(|w| Diagnostic::warning(input, w.clone()))
            .collect(),
        status,
    })
}
