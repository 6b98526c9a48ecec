//! `steppe init` and `steppe theme export`: starting a site, and taking the built-in theme out
//! to change it.

use std::path::PathBuf;

use anyhow::{Context, Result};
use clap::{Args, Subcommand};

use steppe::date::Date;
use steppe::theme::source;

#[derive(Debug, Args)]
pub struct InitArgs {
    /// Folder of the new site (created when missing); it must not hold a site already.
    #[arg(default_value = ".")]
    dir: PathBuf,
    /// The site's languages, the default first (example texts exist for en, fr, ar, ru, kk).
    #[arg(long, value_delimiter = ',', default_value = "en,fr,ar")]
    languages: Vec<String>,
}

impl InitArgs {
    pub fn run(self) -> Result<()> {
        let created = steppe::init::init(&self.dir, &self.languages, Date::today(&jiff::tz::TimeZone::UTC))
            .context("no site was created")?;
        for file in &created.files {
            eprintln!("  created {}", created.root.join(file).display());
        }
        let cd = if self.dir == std::path::Path::new(".") {
            String::new()
        } else {
            format!("cd {} && ", self.dir.display())
        };
        eprintln!("A new site is ready: {cd}steppe serve  (preview), steppe build  (into public/)");
        Ok(())
    }
}

#[derive(Debug, Args)]
pub struct ThemeArgs {
    #[command(subcommand)]
    command: ThemeCommand,
}

#[derive(Debug, Subcommand)]
enum ThemeCommand {
    /// Write the built-in theme's templates, stylesheet, script and UI strings into a folder.
    /// Files there override the built-in ones one by one, so delete those you keep unchanged.
    Export {
        /// Folder to write to; it must not exist or be empty.
        #[arg(default_value = "themes/briefing")]
        dir: PathBuf,
        /// Folder of the site; DIR is relative to it.
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
}

impl ThemeArgs {
    pub fn run(self) -> Result<()> {
        let ThemeCommand::Export { dir, root } = self.command;
        let dir = crate::cli::under_root(&root, &dir);
        let count = source::export(&dir).context("the theme was not exported")?;
        eprintln!("Wrote the built-in theme ({count} files) into {}", dir.display());
        Ok(())
    }
}
