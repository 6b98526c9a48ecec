//! Orchestration: `Inputs` → `BuiltSite`. Reads like a table of contents; the work of each
//! page kind is in `pages`.

use std::collections::BTreeMap;

use rayon::prelude::*;

use crate::config::Config;
use crate::content::Corpus;
use crate::content::data::Data;
use crate::error::{Diagnostic, Diagnostics, Result};
use crate::i18n::Lang;
use crate::markdown::Highlighter;
use crate::markdown::highlight::HighlightCache;
use crate::theme::Theme;

use super::lang_site::{LangSite, Rendered};
use super::progress::{Progress, Stage};
use super::{briefing, metadata, pages, search};

/// What a build reads; borrowed, never changed.
pub struct Inputs<'a> {
    pub config: &'a Config,
    pub corpus: &'a Corpus,
    pub data: &'a Data,
    pub theme: &'a Theme,
    pub options: BuildOptions,
}

#[derive(Debug, Clone)]
pub struct BuildOptions {
    /// Overrides `base_url` of steppe.yaml (normalized, no trailing slash).
    pub base_url: Option<String>,
    /// Build the search index (`pagefind/`); the search box needs it.
    pub search: bool,
    /// Told how far rendering and indexing have come.
    pub progress: Progress,
}

impl Default for BuildOptions {
    fn default() -> Self {
        BuildOptions {
            base_url: None,
            search: true,
            progress: Progress::default(),
        }
    }
}

impl Inputs<'_> {
    pub fn base_url(&self) -> Option<&str> {
        self.options.base_url.as_deref().or(self.config.base_url.as_deref())
    }
}

/// The whole site in memory: output path → bytes, in a stable order.
#[derive(Debug, Default, Clone)]
pub struct BuiltSite {
    pub files: BTreeMap<String, Vec<u8>>,
    pub warnings: Vec<Diagnostic>,
}

impl BuiltSite {
    /// A site of the given text files, for tests of the stages that come after the build.
    #[cfg(test)]
    pub fn of(files: &[(&str, &str)]) -> BuiltSite {
        BuiltSite {
            files: files
                .iter()
                .map(|(p, b)| (p.to_string(), b.as_bytes().to_vec()))
                .collect(),
            ..BuiltSite::default()
        }
    }

    pub fn file(&self, path: &str) -> Option<&[u8]> {
        self.files.get(path).map(Vec::as_slice)
    }
}

/// Builds every page of the site; all rendering errors are reported together.
pub fn build(inputs: &Inputs<'_>) -> Result<BuiltSite> {
    let mut problems = Diagnostics::default();
    let mut site = BuiltSite::default();
    let langs: Vec<LangSite<'_>> = Lang::ALL
        .iter()
        .filter_map(|&lang| problems.take(LangSite::new(inputs, lang).map_err(Into::into)))
        .collect();
    problems.finish()?;
    let mut problems = Diagnostics::default();

    let mut rendered: Vec<Result<Rendered, Diagnostic>> = Vec::new();
    rendered.push(pages::render_root(&langs[0]));
    rendered.push(pages::render_not_found(&langs[0]));
    for lang in &langs {
        rendered.push(pages::render_home(lang));
        rendered.push(pages::render_topics_index(lang));
        rendered.push(pages::render_feed(lang));
        rendered.push(pages::render_search(lang));
        rendered.push(pages::render_timeline(lang));
        rendered.push(pages::render_people(lang));
        rendered.extend(
            inputs
                .config
                .topics
                .iter()
                .map(|topic| pages::render_topic(lang, topic)),
        );
        rendered.extend(lang.pages().map(|page| pages::render_page(lang, page)));
    }
    // Articles are the bulk of a site and independent of each other: render them in parallel.
    // Translations share their code blocks: each is highlighted once.
    let highlights = HighlightCache::default();
    let total = langs.iter().map(|lang| lang.articles().len()).sum();
    let progress = inputs.options.progress.counter(Stage::Render, total);
    let articles: Vec<_> = langs
        .par_iter()
        .flat_map_iter(|lang| lang.articles().iter().map(move |article| (lang, *article)))
        .map(|(lang, article)| {
            let page = pages::render_article(lang, article, Highlighter::with_cache(&highlights));
            progress.tick();
            page
        })
        .collect();
    rendered.extend(articles);

    let mut records = Vec::new();
    for result in rendered {
        if let Some(page) = problems.take(result.map_err(Into::into)) {
            records.extend(page.record);
            site.files.insert(page.file, page.html.into_bytes());
        }
    }
    records.sort_by(|a, b| a.route.cmp(&b.route));
    site.files.insert(
        "robots.txt".to_owned(),
        metadata::robots(inputs.base_url()).into_bytes(),
    );
    match inputs.base_url() {
        Some(base) => {
            site.files.insert("sitemap.xml".to_owned(), metadata::sitemap(&records, base).into_bytes());
        }
        None => problems.push(Diagnostic::warning(
            crate::config::FILE_NAME,
            "no base_url: feeds use relative links and no sitemap.xml is written; set base_url or pass --base-url when publishing",
        )),
    }
    if inputs.options.search
        && !problems.has_errors()
        && let Some(index) = problems.take(search::index(&site.files, &inputs.options.progress).map_err(Into::into))
    {
        site.files.extend(index);
    }
    for asset in inputs.theme.assets.iter() {
        site.files.insert(asset.output.clone(), asset.bytes.clone());
    }
    site.files.insert(".nojekyll".to_owned(), Vec::new());
    if !inputs.data.deals.deals.is_empty() {
        site.files.insert(
            briefing::DEALS_CSV.to_owned(),
            briefing::deals_csv(inputs.data).into_bytes(),
        );
        site.files.insert(
            briefing::DEALS_JSON.to_owned(),
            briefing::deals_json(inputs.data).into_bytes(),
        );
    }
    site.warnings = problems.finish()?;
    site.warnings.extend(inputs.corpus.warnings.iter().cloned());
    Ok(site)
}
