//! The command line: one `*Args` per subcommand, each turning flags into options and calling
//! one library function. Only this module and `main` print.

mod build;
mod check;
mod ingest;
mod init;
mod serve;
mod translations;

use std::io::IsTerminal;
use std::path::PathBuf;

use anyhow::{Context, Result};
use clap::{Args, Parser, Subcommand};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use steppe::error::Diagnostic;
use steppe::publish::{Change, PublishOptions, Published, Publisher};
use steppe::site::{Progress, Stage};

use build::BuildArgs;
use check::CheckArgs;
use ingest::{IngestArgs, NewArgs};
use init::{InitArgs, ThemeArgs};
use serve::ServeArgs;
use translations::TranslationsArgs;

/// steppe: a static site generator for multilingual briefing microsites.
#[derive(Debug, Parser)]
#[command(name = "steppe", version, about)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Start a new site in a folder: steppe.yaml, an example article in every language and a
    /// topic; it builds and passes `steppe check` as it is.
    Init(InitArgs),
    /// Build the site from steppe.yaml, content/ and the theme into the output folder.
    Build(BuildArgs),
    /// Build the site in memory and preview it with live reload, rebuilding on every change.
    Serve(ServeArgs),
    /// Build the site in a temporary folder, then record it as a commit of a publishing branch
    /// (gh-pages) and push it. HEAD, the index and the working tree (public/ included) are
    /// never touched.
    Publish(PublishArgs),
    /// Report broken links and anchors, missing and stale translations, missing summaries and
    /// dates, future dates, articles in no topic or filed apart from their original, topics
    /// without an introduction, placeholder text, pages without lang/dir, images without alt
    /// text, and what is scheduled. Exit code 1 on errors.
    Check(CheckArgs),
    /// Turn raw article text (pages copied from news sites) into articles with front matter.
    Ingest(IngestArgs),
    /// Create a new article, or start a translation of one with --from.
    New(NewArgs),
    /// Show whether each article's translations are current, stale or missing (`--json` for
    /// tools), or mark reviewed translations current with `--mark-current FILE`.
    Translations(TranslationsArgs),
    /// Work with the built-in theme (`steppe theme export`).
    Theme(ThemeArgs),
}

impl Cli {
    pub fn run(self) -> Result<()> {
        match self.command {
            Command::Init(args) => args.run(),
            Command::Build(args) => args.run(),
            Command::Serve(args) => args.run(),
            Command::Publish(args) => args.run(),
            Command::Check(args) => args.run(),
            Command::Ingest(args) => args.run(),
            Command::New(args) => args.run(),
            Command::Translations(args) => args.run(),
            Command::Theme(args) => args.run(),
        }
    }
}

#[derive(Debug, Args)]
struct PublishArgs {
    /// Folder of the site (the one holding steppe.yaml); the site is published from its git
    /// repository.
    #[arg(long, default_value = ".")]
    root: PathBuf,
    /// Git remote to push to.
    #[arg(long, default_value = "origin")]
    remote: String,
    /// Branch that receives the site; created when missing.
    #[arg(long, default_value = "gh-pages")]
    branch: String,
    /// Custom domain for GitHub Pages, written to a CNAME file (e.g. briefing.example.org).
    #[arg(long, value_name = "DOMAIN")]
    cname: Option<String>,
    /// Commit message [default: "Publish site from <short id of HEAD>"].
    #[arg(long)]
    message: Option<String>,
    /// Absolute URL the site will be served from (overrides base_url in steppe.yaml).
    #[arg(long)]
    base_url: Option<String>,
    /// Publish the site's `public` folder as it is, without building.
    #[arg(long)]
    no_build: bool,
    /// Show what would be published; commit and push nothing.
    #[arg(long)]
    dry_run: bool,
    /// Publish even onto a branch whose last commit steppe did not make (its history is kept).
    #[arg(long)]
    force: bool,
}

impl PublishArgs {
    fn run(self) -> Result<()> {
        let options = PublishOptions {
            remote: self.remote.clone(),
            branch: self.branch.clone(),
            cname: self.cname.clone(),
            message: self.message.clone(),
            dry_run: self.dry_run,
            force: self.force,
        };
        // Check the repository before spending time on a build.
        let publisher = Publisher::open(&self.root, options).context("nothing was published")?;
        // A private folder, so that a build for another base URL never rewrites the working
        // tree's public/; it is removed when publishing ends.
        let staging = tempfile::Builder::new()
            .prefix("steppe-publish-")
            .tempdir()
            .context("cannot create a temporary folder to build the site in")?;
        let public = if self.no_build {
            under_root(&self.root, std::path::Path::new("public"))
        } else {
            let out = staging.path().join("public");
            self.build_args(&out).run()?;
            out
        };
        // Git runs in the repository, so a path relative to the current folder must not reach it.
        let public = std::path::absolute(&public).context("cannot resolve the output folder")?;
        let published = publisher.publish(&public).context("nothing was published")?;
        eprintln!("{}", describe(&published));
        Ok(())
    }

    /// `steppe build --root <root> --output <folder> [--base-url <url>]`, parsed by clap
    /// so the build runs with exactly the defaults of `steppe build`.
    fn build_args(&self, public: &std::path::Path) -> BuildArgs {
        let mut argv: Vec<std::ffi::OsString> = vec!["steppe".into(), "build".into()];
        argv.extend(["--root".into(), self.root.clone().into_os_string()]);
        argv.extend(["--output".into(), public.as_os_str().to_owned()]);
        if let Some(url) = &self.base_url {
            argv.extend(["--base-url".into(), url.into()]);
        }
        let cli = Cli::try_parse_from(argv).expect("build's own flags parse");
        let Command::Build(args) = cli.command else {
            unreachable!("the arguments name the build command");
        };
        args
    }
}

fn describe(published: &Published) -> String {
    let Published {
        remote, branch, files, ..
    } = published;
    let short = published.commit.as_deref().map_or("", |c| &c[..c.len().min(12)]);
    match (published.change, published.pushed) {
        (Change::Unchanged, true) => {
            format!("Already published: `{branch}` at {short} holds this site; {remote} is up to date")
        }
        (Change::Unchanged, false) => {
            format!("Dry run: `{branch}` at {short} already holds this site; nothing to publish")
        }
        (Change::NewBranch, true) => {
            format!("Published {files} files as new branch `{branch}` ({short}) and pushed it to {remote}")
        }
        (Change::NewCommit, true) => {
            format!("Published {files} files to `{branch}` ({short}) and pushed it to {remote}")
        }
        (Change::NewBranch, false) => {
            format!("Dry run: would create branch `{branch}` with {files} files and push it to {remote}")
        }
        (Change::NewCommit, false) => {
            format!("Dry run: would commit {files} files to `{branch}` and push it to {remote}")
        }
    }
}

/// Builds with more articles than this show a progress bar (on a terminal only).
const LARGE_BUILD: usize = 500;

/// A progress bar on stderr for large builds; hidden when stderr is not a terminal.
fn progress_bar() -> (Progress, ProgressBar) {
    let bar = ProgressBar::hidden();
    bar.set_style(
        ProgressStyle::with_template("{msg:>10} [{bar:40}] {pos}/{len} ({eta})")
            .expect("the template is valid")
            .progress_chars("=> "),
    );
    let shown = bar.clone();
    let progress = Progress::new(move |stage, done, total| {
        if done > 0 {
            shown.inc(1);
            return;
        }
        shown.reset();
        shown.set_length(total as u64);
        shown.set_message(match stage {
            Stage::Render => "rendering",
            Stage::Index => "indexing",
            Stage::Write => "writing",
        });
        if stage == Stage::Render && total >= LARGE_BUILD && std::io::stderr().is_terminal() {
            shown.set_draw_target(ProgressDrawTarget::stderr());
        }
    });
    (progress, bar)
}

/// `path` as seen from the current folder when it is given relative to the site's folder
/// (`--output public` with `--root site` is `site/public`).
pub(crate) fn under_root(root: &std::path::Path, path: &std::path::Path) -> PathBuf {
    if root == std::path::Path::new(".") || path.is_absolute() {
        path.to_owned()
    } else {
        root.join(path)
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
