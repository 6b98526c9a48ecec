//! `steppe ingest` (raw article text → content files) and `steppe new` (a new article or a
//! translation to write).

use std::path::PathBuf;

use anyhow::{Context, Result, bail};
use clap::Args;

use steppe::i18n::Lang;
use steppe::ingest::{self, IngestOptions, NewOptions, Status};

#[derive(Debug, Args)]
pub struct IngestArgs {
    /// Raw article `.txt` files, or folders of them.
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
        let options = IngestOptions {
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
            for warning in &report.warnings {
                eprintln!("    {warning}");
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
        for error in &outcome.errors {
            eprintln!("{error}");
        }
        if outcome.has_errors() {
            bail!("{} of the inputs could not be ingested", outcome.errors.len());
        }
        Ok(())
    }
}

#[derive(Debug, Args)]
pub struct NewArgs {
    /// The article's slug: lowercase ASCII letters, digits and `-`.
    slug: String,
    /// Language of the new file.
    #[arg(long, default_value = "en", value_parser = parse_lang)]
    lang: Lang,
    /// Start a translation of the existing article in this language.
    #[arg(long, value_parser = parse_lang)]
    from: Option<Lang>,
    /// Folder of the site (the one holding steppe.yaml).
    #[arg(long, default_value = ".")]
    root: PathBuf,
}

fn parse_lang(code: &str) -> Result<Lang, String> {
    Lang::from_code(code).ok_or_else(|| format!("`{code}` is not a language of this site (en, fr, ar)"))
}

impl NewArgs {
    pub fn run(self) -> Result<()> {
        // `added` is today where the site is (steppe.yaml's `timezone`).
        let config = steppe::config::Config::load(&self.root)?;
        let path = ingest::new_article(&NewOptions {
            today: steppe::date::Date::today(&config.timezone),
            root: self.root,
            slug: self.slug,
            lang: self.lang,
            from: self.from,
        })?;
        eprintln!("Created {}", path.display());
        Ok(())
    }
}
