//! Turning config, corpus and theme into a `BuiltSite` held in memory: every page, feed and
//! asset by its path in the output. Nothing here touches the disk; `output` writes.

pub mod build;
pub mod lang_site;
pub mod metadata;
pub mod pages;
pub mod routes;

pub use build::{BuildOptions, BuiltSite, Inputs, build};

use std::path::Path;

use crate::config::Config;
use crate::content::{Corpus, LoadOptions};
use crate::error::{Diagnostics, Result};
use crate::theme::Theme;

/// Loads everything under `root` and builds the site, reporting the problems of config,
/// content and theme together.
pub fn build_from_root(root: &Path, options: BuildOptions, load: LoadOptions) -> Result<BuiltSite> {
    let config = Config::load(root)?;
    let mut problems = Diagnostics::default();
    let corpus = problems.take(Corpus::load(&config, load));
    let theme = problems.take(Theme::load(&config));
    problems.finish()?;
    let (Some(corpus), Some(theme)) = (corpus, theme) else {
        unreachable!("finish() returned Ok, so both loaded");
    };
    build(&Inputs {
        config: &config,
        corpus: &corpus,
        theme: &theme,
        options,
    })
}
