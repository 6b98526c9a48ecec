//! The command line: one `*Args` per subcommand, each turning flags into options and calling
//! one library function. Only this module and `main` print.

use std::path::PathBuf;
use std::time::Instant;

use anyhow::{Context, Result};
use clap::{Args, Parser, Subcommand};

use steppe::config::normalize_base_url;
use steppe::content::LoadOptions;
use steppe::error::Diagnostic;
use steppe::output::{self, OutputOptions};
use steppe::site::{self, BuildOptions};

/// steppe: a static site generator for multilingual briefing microsites.
#[derive(Debug, Parser)]
#[command(name = "steppe", version, about)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Build the site from steppe.yaml, content/ and the theme into the output folder.
    Build(BuildArgs),
}

impl Cli {
    pub fn run(self) -> Result<()> {
        match self.command {
            Command::Build(args) => args.run(),
        }
    }
}

#[derive(Debug, Args)]
struct BuildArgs {
    /// Folder of the site (the one holding steppe.yaml).
    #[arg(long, default_value = ".")]
    root: PathBuf,
    /// Folder to write the site to, relative to the current folder.
    #[arg(long, default_value = "public")]
    output: PathBuf,
    /// Absolute URL the site will be served from, for feeds, sitemap and canonical links
    /// (overrides base_url in steppe.yaml).
    #[arg(long)]
    base_url: Option<String>,
    /// Include articles and pages marked `draft: true`.
    #[arg(long)]
    drafts: bool,
}

impl BuildArgs {
    fn run(self) -> Result<()> {
        let started = Instant::now();
        let base_url = match self.base_url.as_deref() {
            Some(url) => Some(normalize_base_url(url).map_err(anyhow::Error::msg).context("--base-url")?),
            None => None,
        };
        let options = BuildOptions { base_url };
        let load = LoadOptions { drafts: self.drafts };
        let site = site::build_from_root(&self.root, options, load).context("the site was not built; the output folder was left as it was")?;
        report(&site.warnings);
        output::write(&site, &self.output, OutputOptions::default())
            .context("the site was built but could not be written; the output folder was left as it was")?;
        eprintln!(
            "Built {} files into {} in {} ms",
            site.files.len(),
            self.output.display(),
            started.elapsed().as_millis()
        );
        Ok(())
    }
}

fn report(diagnostics: &[Diagnostic]) {
    for diagnostic in diagnostics {
        eprintln!("{diagnostic}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_is_well_formed() {
        Cli::command().debug_assert();
    }
}
