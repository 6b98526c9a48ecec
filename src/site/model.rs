//! Everything a build reads, loaded and owned: `build_from_root` makes one and drops it, the
//! preview keeps one and renders pages from it on request.

use std::path::Path;
use std::sync::Arc;

use crate::config::Config;
use crate::content::data::Data;
use crate::content::{ContentCache, Corpus, LoadOptions};
use crate::error::{Diagnostics, Result};
use crate::media::Media;
use crate::theme::Theme;

use super::inputs::{BuildOptions, Inputs};

pub struct Model {
    pub config: Config,
    pub corpus: Corpus,
    pub data: Data,
    /// Shared with the model of the previous load when its files did not change.
    pub theme: Arc<Theme>,
    pub media: Media,
    pub options: BuildOptions,
}

/// What a load may take from an earlier one (the preview's last load).
#[derive(Default)]
pub struct Earlier<'a> {
    /// Articles whose files did not change are not parsed again.
    pub cache: Option<&'a mut ContentCache>,
    /// The model the earlier load made.
    pub model: Option<&'a Model>,
}

impl Model {
    /// Loads everything under `root`, reporting the problems of config, content and theme
    /// together. With a `cache`, articles whose files did not change are not parsed again.
    pub fn load(
        root: &Path,
        options: BuildOptions,
        load: LoadOptions,
        cache: Option<&mut ContentCache>,
    ) -> Result<Model> {
        Model::load_after(root, options, load, Earlier { cache, model: None })
    }

    /// Like `load`, taking what it can from `earlier`: parsed articles from its cache, and its
    /// model's theme when the config and every theme file are as they were (compared, not
    /// assumed).
    pub fn load_after(root: &Path, options: BuildOptions, load: LoadOptions, earlier: Earlier<'_>) -> Result<Model> {
        let Earlier { cache, model: previous } = earlier;
        let config = Config::load(root)?;
        let previous_theme = previous.filter(|p| p.config == config).map(|p| &p.theme);
        let mut problems = Diagnostics::default();
        // Independent, and the corpus is mostly waiting on the file system.
        let (corpus, (theme, media)) = rayon::join(
            || Corpus::load_cached(&config, load, cache),
            || rayon::join(|| Theme::load_after(&config, previous_theme), || Media::load(&config)),
        );
        let (corpus, theme, media) = (problems.take(corpus), problems.take(theme), problems.take(media));
        let data = corpus.as_ref().and_then(|corpus| {
            // Embargoed articles are known (data may cite them), and what cites them withheld.
            let mut slugs: Vec<&str> = corpus.articles().iter().map(|a| a.slug.as_str()).collect();
            slugs.extend(corpus.withheld().iter().map(String::as_str));
            let mut data = problems.take(Data::load(&config, &slugs))?;
            data.withhold(corpus.withheld());
            Some(data)
        });
        problems.finish()?;
        let (Some(corpus), Some(theme), Some(data), Some(media)) = (corpus, theme, data, media) else {
            unreachable!("finish() returned Ok, so all loaded");
        };
        Ok(Model {
            config,
            corpus,
            data,
            theme,
            media,
            options,
        })
    }

    pub fn inputs(&self) -> Inputs<'_> {
        Inputs {
            config: &self.config,
            corpus: &self.corpus,
            data: &self.data,
            theme: &self.theme,
            media: &self.media,
            options: self.options.clone(),
        }
    }
}

impl Model {
    /// How many pages the site has (feeds and the 404 page included).
    pub fn page_count(&self) -> usize {
        super::jobs::PageJob::all(&self.inputs()).len()
    }
}
