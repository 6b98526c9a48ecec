//! Turning config, corpus and theme into a `BuiltSite` held in memory: every page, feed and
//! asset by its path in the output. Nothing here touches the disk; `output` writes.

pub mod briefing;
pub mod build;
pub mod cards;
pub mod chart;
pub mod corrections;
pub mod date_view;
pub mod jobs;
pub mod lang_site;
pub mod links;
pub mod metadata;
pub mod model;
pub mod pages;
pub mod preview;
pub mod progress;
pub mod routes;
pub mod search;

pub use build::{BuildOptions, BuiltSite, Inputs, build};
pub use model::Model;
pub use preview::Preview;
pub use progress::{Progress, Stage};

use std::path::Path;

use crate::content::LoadOptions;
use crate::error::Result;

/// Loads everything under `root` and builds the site, reporting the problems of config,
/// content and theme together.
pub fn build_from_root(root: &Path, options: BuildOptions, load: LoadOptions) -> Result<BuiltSite> {
    build(&Model::load(root, options, load, None)?.inputs())
}
