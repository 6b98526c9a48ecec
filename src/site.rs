//! Turning config, corpus and theme into a `BuiltSite` held in memory: every page, feed and
//! asset by its path in the output. Nothing here touches the disk; `output` writes.

pub mod briefing;
pub mod build;
pub mod chart;
pub mod lang_site;
pub mod metadata;
pub mod pages;
pub mod progress;
pub mod routes;
pub mod search;

pub use build::{BuildOptions, BuiltSite, Inputs, build};
pub use progress::{Progress, Stage};

use std::path::Path;

use crate::config::Config;
use crate::content::data::Data;
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
    let data = corpus.as_ref().and_then(|corpus| {
        let slugs: Vec<&str> = corpus.articles().iter().map(|a| a.slug.as_str()).collect();
        problems.take(Data::load(&config, &slugs))
    });
    problems.finish()?;
    let (Some(corpus), Some(theme), Some(data)) = (corpus, theme, data) else {
        unreachable!("finish() returned Ok, so all loaded");
    };
    build(&Inputs {
        config: &config,
        corpus: &corpus,
        data: &data,
        theme: &theme,
        options,
    })
}
