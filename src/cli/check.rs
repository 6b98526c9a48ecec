//! `steppe check`: build in memory (or read the output folder) and report what a reader or a
//! search engine would trip on, as `path: problem` lines.

use std::collections::BTreeMap;
use std::path::PathBuf;

use anyhow::{Context, Result, bail};
use clap::Args;

use steppe::check;
use steppe::config::Config;
use steppe::content::{Corpus, LoadOptions};
use steppe::date::Date;
use steppe::error::Diagnostic;
use steppe::site::jobs::PageTable;
use steppe::site::{self, BuildOptions, Model};

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Folder of the site (the one holding steppe.yaml).
    #[arg(long, default_value = ".")]
    root: PathBuf,
    /// Check the files already in the output folder (relative to --root) instead of building
    /// in memory.
    #[arg(long, value_name = "DIR", num_args = 0..=1, default_missing_value = "public")]
    public: Option<PathBuf>,
}

impl CheckArgs {
    pub fn run(self) -> Result<()> {
        let mut problems: Vec<Diagnostic> = Vec::new();
        let config = Config::load(&self.root)?;
        let load = LoadOptions {
            drafts: false,
            now: steppe::date::now(),
        };
        let mut scheduled = Vec::new();
        // One load serves the content checks, the build and the page table. When it fails
        // (a theme or data problem, say), the corpus alone still gets its checks.
        let options = BuildOptions {
            search: false,
            ..BuildOptions::default()
        };
        let model = match Model::load(&self.root, options, load, None) {
            Ok(model) => Some(model),
            Err(error) => {
                problems.extend(error.into_diagnostics());
                None
            }
        };
        let fallback;
        let corpus = match &model {
            Some(model) => Some(&model.corpus),
            None => {
                fallback = Corpus::load(&config, load).map_err(|error| problems.extend(error.into_diagnostics()));
                fallback.as_ref().ok()
            }
        };
        if let Some(corpus) = corpus {
            problems.extend(check::check_content(
                corpus,
                &config.languages,
                Date::today(&config.timezone),
            ));
            problems.extend(check::check_editorial(&config, corpus));
            scheduled = corpus.scheduled().to_vec();
        }
        // What the theme lacks for the site's languages (UI strings), which the build only
        // works around.
        match &model {
            Some(model) => problems.extend(model.theme.warnings.iter().cloned()),
            None => {
                if let Ok(theme) = steppe::theme::Theme::load(&config) {
                    problems.extend(theme.warnings);
                }
            }
        }
        // The pages and their files, as the build makes them: what the output is checked
        // against, and how a link's problem is traced back to its markdown.
        let table = model.as_ref().and_then(|model| match PageTable::new(&model.inputs()) {
            Ok(table) => Some(table),
            Err(error) => {
                problems.extend(error.into_diagnostics());
                None
            }
        });
        let (files, prefix) = match &self.public {
            Some(dir) => {
                let dir = crate::cli::under_root(&self.root, dir);
                (read_tree(&dir)?, format!("{}/", dir.display()))
            }
            None => match (&model, &table) {
                (Some(model), Some(_)) => match site::build(&model.inputs()) {
                    Ok(built) => (built.files, String::new()),
                    Err(error) => {
                        problems.extend(error.into_diagnostics());
                        (BTreeMap::new(), String::new())
                    }
                },
                _ => (BTreeMap::new(), String::new()),
            },
        };
        let sources = match (&model, &table) {
            (Some(model), Some(table)) => check::Sources::of(&model.corpus, &model.config, table),
            _ => check::Sources::default(),
        };
        problems.extend(check::check_output(&files, &prefix, &sources));
        problems.sort();
        problems.dedup();
        for problem in &problems {
            println!("{problem}");
        }
        for item in &scheduled {
            let zone = config.timezone.iana_name().unwrap_or("UTC");
            let at = format!(
                "{} ({zone})",
                config.timezone.to_datetime(item.at).strftime("%Y-%m-%d %H:%M")
            );
            match &item.original {
                None => println!("{}: scheduled: withheld until {at}", item.path.display()),
                Some(original) => println!(
                    "{}: scheduled: withheld until {at}, with its original {}",
                    item.path.display(),
                    original.display()
                ),
            }
        }
        let errors = problems.iter().filter(|p| p.is_error()).count();
        let warnings = problems.len() - errors;
        eprintln!(
            "{} pages checked: {errors} errors, {warnings} warnings",
            files.keys().filter(|p| p.ends_with(".html")).count()
        );
        if errors > 0 {
            bail!("check found {errors} errors");
        }
        Ok(())
    }
}

/// Every file under `dir`, by path relative to it.
fn read_tree(dir: &std::path::Path) -> Result<BTreeMap<String, Vec<u8>>> {
    if !dir.is_dir() {
        bail!("{}: no built site here; run `steppe build` first", dir.display());
    }
    let mut files = BTreeMap::new();
    // Symbolic links are not followed into folders, as a static host would serve them.
    for entry in walkdir::WalkDir::new(dir).min_depth(1) {
        let entry = entry.with_context(|| format!("{}: cannot read folder", dir.display()))?;
        if !entry.file_type().is_dir() {
            let path = entry.path();
            let relative = path.strip_prefix(dir)?.to_string_lossy().replace('\\', "/");
            let bytes = std::fs::read(path).with_context(|| format!("{}: cannot read", path.display()))?;
            files.insert(relative, bytes);
        }
    }
    Ok(files)
}
