//! `steppe translations`: print where every article stands in every language, as a table or
//! as JSON, or mark reviewed translations current.

use std::path::PathBuf;

use anyhow::{Context, Result};
use clap::Args;

use steppe::config::Config;
use steppe::content::{Corpus, LoadOptions};
use steppe::translations::{self, Marked, Row};

#[derive(Debug, Args)]
pub struct TranslationsArgs {
    /// Folder of the site (the one holding steppe.yaml).
    #[arg(long, default_value = ".")]
    root: PathBuf,
    /// Print the status as JSON: one object per article, with each language's status and file.
    #[arg(long, conflicts_with = "mark_current")]
    json: bool,
    /// After reviewing a translation against its original, record the original's present text
    /// in the translation's `translated_from` line (nothing else in the file changes). Paths are
    /// relative to --root.
    #[arg(long, value_name = "FILE", num_args = 1..)]
    mark_current: Vec<PathBuf>,
}

impl TranslationsArgs {
    pub fn run(self) -> Result<()> {
        if !self.mark_current.is_empty() {
            for file in &self.mark_current {
                match translations::mark_current(&self.root, file)
                    .with_context(|| format!("{} was not marked current", file.display()))?
                {
                    Marked::Rewritten { original } => {
                        eprintln!("{}: marked current with {}", file.display(), original.display());
                    }
                    Marked::AlreadyCurrent { original } => {
                        eprintln!("{}: already current with {}", file.display(), original.display());
                    }
                }
            }
            return Ok(());
        }
        let config = Config::load(&self.root)?;
        // Drafts too: a translation in progress is exactly what this command is asked about.
        let corpus = Corpus::load(
            &config,
            LoadOptions {
                drafts: true,
                now: steppe::date::now(),
            },
        )
        .context("the content could not be read")?;
        let rows = translations::table(&corpus);
        if self.json {
            println!(
                "{}",
                serde_json::to_string_pretty(&rows).expect("rows always serialize")
            );
        } else {
            print!("{}", format_table(&rows));
        }
        Ok(())
    }
}

/// Rows as aligned columns: the article key, then one column per language.
fn format_table(rows: &[Row]) -> String {
    let width = rows
        .iter()
        .map(|r| r.article.len())
        .max()
        .unwrap_or(0)
        .max("article".len());
    let mut out = format!("{:width$}", "article");
    for version in rows.first().map(|r| r.versions.as_slice()).unwrap_or_default() {
        out.push_str(&format!("  {:<14}", version.lang));
    }
    out = out.trim_end().to_owned();
    out.push('\n');
    for row in rows {
        let mut line = format!("{:width$}", row.article);
        for version in &row.versions {
            let cell = if version.draft {
                format!("{} (draft)", version.status)
            } else {
                version.status.to_string()
            };
            line.push_str(&format!("  {cell:<14}"));
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}
