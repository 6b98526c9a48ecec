//! `steppe ingest` (raw article text → content files) and `steppe new` (a new article or a
//! translation to write).

use std::path::PathBuf;

use anyhow::{Context, Result, bail};
use clap::Args;

use steppe::config::Config;
use steppe::ingest::{self, IngestOptions, InputReport, NewOptions, Status};

#[derive(Debug, Args)]
pub struct IngestArgs {
    /// Raw article `.txt` files and saved web pages (`.html`), or folders of them.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// Folder of the site (the one holding steppe.yaml, whose topic keywords classify articles).
    #[arg(long, default_value = ".")]
    root: PathBuf,
    /// Where to write the articles (default: content/articles under the root).
    #[arg(long)]
    out: Option<PathBuf>,
    /// Overwrite articles that were edited by hand since they were ingested.
    #[arg(long)]
    force: bool,
    /// Print what would be written; write nothing.
    #[arg(long)]
    dry_run: bool,
    /// URL slug (and file name) of the ingested article instead of one made from its title;
    /// only with a single input file.
    #[arg(long)]
    slug: Option<String>,
}

impl IngestArgs {
    pub fn run(self) -> Result<()> {
        // `added` is today where the site is (steppe.yaml's `timezone`); a missing or broken
        // steppe.yaml is reported by the run itself.
        let today = Config::load(&self.root)
            .map(|config| steppe::date::Date::today(&config.timezone))
            .unwrap_or_else(|_| steppe::date::Date::today(&jiff::tz::TimeZone::UTC));
        let options = IngestOptions {
            today,
            out: self.out.unwrap_or_else(|| self.root.join("content/articles")),
            inputs: self.paths,
            force: self.force,
            dry_run: self.dry_run,
            root: self.root,
            slug: self.slug,
        };
        let outcome = ingest::run(&options).context("nothing was ingested")?;
        for report in &outcome.reports {
            let date = report.date.map_or_else(|| "no date".to_owned(), |d| d.to_string());
            eprintln!("{}", report.input.display());
            eprintln!("  → {} [{}] {}", report.output.display(), report.lang, report.title);
            eprintln!(
                "    date: {date}; topics: {}; {} lines removed",
                report.topics.join(", "),
                report.lines_removed
            );
            for (from, to) in &report.moves {
                let verb = if options.dry_run { "would move" } else { "moved" };
                eprintln!("    {verb} {} → {}", from.display(), to.display());
            }
            match &report.status {
                Status::Written => eprintln!("    written"),
                Status::Unchanged => eprintln!("    unchanged"),
                Status::Kept { diff } => {
                    eprintln!("    kept: the file was edited by hand (use --force to overwrite); ingest would change:");
                    eprintln!("{diff}");
                }
                Status::WouldWrite { text } => {
                    eprintln!("    would write:");
                    println!("{text}");
                }
            }
        }
        print_doubts(&outcome.reports);
        for error in &outcome.errors {
            eprintln!("{error}");
        }
        if outcome.has_errors() {
            bail!("{} of the inputs could not be ingested", outcome.errors.len());
        }
        Ok(())
    }
}

/// One table, after the run, of every field that was guessed or not found, file by file, so an
/// editor knows what to check before publishing.
fn print_doubts(reports: &[InputReport]) {
    let rows: Vec<(String, &str, &str)> = reports
        .iter()
        .flat_map(|r| {
            let file = r.input.display().to_string();
            r.doubts
                .iter()
                .map(move |d| (file.clone(), d.field.key(), d.reason.as_str()))
        })
        .collect();
    if rows.is_empty() {
        return;
    }
    let width = |f: fn(&(String, &str, &str)) -> usize| rows.iter().map(f).max().unwrap_or(0);
    let file_width = width(|r| r.0.chars().count()).max("file".len());
    let field_width = width(|r| r.1.chars().count()).max("field".len());
    eprintln!();
    eprintln!(
        "To check: {} guesses in {} of {} files",
        rows.len(),
        count_files(&rows),
        reports.len()
    );
    eprintln!("  {:<file_width$}  {:<field_width$}  why", "file", "field");
    let mut last = "";
    for (file, field, why) in &rows {
        // The file's name once, on its first row.
        let shown = if file == last { "" } else { file.as_str() };
        eprintln!("  {shown:<file_width$}  {field:<field_width$}  {why}");
        last = file;
    }
}

fn count_files(rows: &[(String, &str, &str)]) -> usize {
    let mut files: Vec<&str> = rows.iter().map(|r| r.0.as_str()).collect();
    files.dedup();
    files.len()
}

#[derive(Debug, Args)]
pub struct NewArgs {
    /// The article's slug: lowercase ASCII letters, digits and `-`.
    slug: String,
    /// Language of the new file (one of steppe.yaml's `languages`; the default one if omitted).
    #[arg(long)]
    lang: Option<String>,
    /// Start a translation of the existing article in this language.
    #[arg(long)]
    from: Option<String>,
    /// The new version's title. A translation also gets its URL slug from it (`slugs:` in
    /// steppe.yaml says ASCII or the title's own script).
    #[arg(long)]
    title: Option<String>,
    /// Folder of the site (the one holding steppe.yaml).
    #[arg(long, default_value = ".")]
    root: PathBuf,
}

impl NewArgs {
    pub fn run(self) -> Result<()> {
        // `added` is today where the site is (steppe.yaml's `timezone`).
        let config = Config::load(&self.root)?;
        let site_lang = |code: &str| {
            config.languages.find(code).ok_or_else(|| {
                anyhow::anyhow!(
                    "`{code}` is not a language of this site ({}); steppe.yaml lists them under `languages`",
                    config.languages.codes()
                )
            })
        };
        let lang = match &self.lang {
            Some(code) => site_lang(code)?,
            None => config.languages.default_lang(),
        };
        let from = self.from.as_deref().map(site_lang).transpose()?;
        let path = ingest::new_article(&NewOptions {
            today: steppe::date::Date::today(&config.timezone),
            title: self.title,
            slugs: config.slugs,
            root: self.root,
            slug: self.slug,
            lang,
            from,
        })?;
        eprintln!("Created {}", path.display());
        Ok(())
    }
}
