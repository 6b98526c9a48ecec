//! The one renderer `build` and `serve` share: the page table and what each language's pages
//! share, made once from the inputs, and the steps that turn entries of the table into files.
//! `build` renders every entry and adds the rest of the site; the preview renders an entry when
//! it is asked for, with the same steps. Nothing here writes to disk but the page cache.

use std::collections::BTreeSet;
use std::sync::Arc;

use rayon::prelude::*;

use crate::error::{Diagnostic, Diagnostics, Result};
use crate::fonts;
use crate::i18n::Lang;
use crate::markdown::Highlighter;
use crate::markdown::highlight::HighlightCache;
use crate::media::{Published, VariantCache};

use super::cache::Page;
use super::inputs::Inputs;
use super::jobs::{Entry, PageJob, PageTable};
use super::keys::Keys;
use super::lang_site::{LangShared, LangSite, Rendered};
use super::progress::Stage;
use super::{briefing, corrections, metadata, pages, routes};

/// The page table and each language's shared values, owned (no borrow of the inputs), so that
/// a preview can keep them beside its model and render from them on request.
#[derive(Default)]
pub struct Renderer {
    /// Shared with the previous preview's renderer when its inputs are the same.
    table: Arc<PageTable>,
    /// In the configured order of languages.
    shared: Vec<Arc<LangShared>>,
}

impl Renderer {
    /// The table and shared values of `inputs`; the problems of both reported together.
    pub fn new(inputs: &Inputs<'_>) -> Result<Renderer> {
        let (table, shared) = rayon::join(|| PageTable::new(inputs), || lang_shared(inputs));
        let mut problems = Diagnostics::default();
        let (shared, table) = (problems.take(shared), problems.take(table));
        problems.finish()?;
        let (Some(table), Some(shared)) = (table, shared) else {
            unreachable!("finish() returned Ok, so both were made");
        };
        Ok(Renderer {
            table: Arc::new(table),
            shared,
        })
    }

    /// The renderer of `inputs`, taking from `previous` what `reuse` says is made from inputs
    /// equal to these (the caller compares them), and making the rest.
    pub fn after(inputs: &Inputs<'_>, previous: &Renderer, reuse: Reuse) -> Result<Renderer> {
        match reuse {
            Reuse { table: false, .. } => Renderer::new(inputs),
            Reuse { table: true, shared } => Ok(Renderer {
                table: Arc::clone(&previous.table),
                shared: match shared {
                    true => previous.shared.clone(),
                    false => lang_shared(inputs)?,
                },
            }),
        }
    }

    /// Whether both renderers share one page table (so their pages are the same).
    pub fn same_table(&self, other: &Renderer) -> bool {
        Arc::ptr_eq(&self.table, &other.table)
    }

    pub fn table(&self) -> &PageTable {
        &self.table
    }

    /// Renders `entries` in parallel, in their order, taking each page from the cache when
    /// `keys` name an entry there. With the theme's fonts, each page's characters come along.
    /// Pages are independent of each other; translations share their code blocks, so each
    /// block is highlighted once.
    pub fn render(
        &self,
        inputs: &Inputs<'_>,
        entries: &[&Entry],
        keys: Option<&Keys>,
    ) -> Vec<Result<Page, Diagnostic>> {
        let sites: Vec<LangSite<'_>> = self
            .shared
            .iter()
            .map(|shared| LangSite::with(inputs, Arc::clone(shared)))
            .collect();
        let highlights = HighlightCache::default();
        let progress = inputs.options.progress.counter(Stage::Render, entries.len());
        let fonts = !inputs.theme.fonts.is_empty();
        entries
            .par_iter()
            .map(|&entry| {
                let key = keys.and_then(|keys| keys.page(entry.job, inputs));
                let page = inputs.options.cache.page(key, || {
                    let site = site_of(&sites, entry.job.lang(inputs));
                    let rendered = render_entry(site, entry, Highlighter::with_cache(&highlights))?;
                    let chars = fonts.then(|| fonts::charset::of_html(&rendered.html));
                    Ok(Page { rendered, chars })
                });
                progress.tick();
                page
            })
            .collect()
    }

    /// The sitemap, from the table alone (no page needs rendering for it); with no base URL
    /// there is none, and a warning says so.
    pub fn sitemap(&self, inputs: &Inputs<'_>, problems: &mut Diagnostics) -> Option<(String, Vec<u8>)> {
        let Some(base) = inputs.base_url() else {
            problems.push(Diagnostic::warning(
                crate::config::FILE_NAME,
                "no base_url: feeds use relative links and no sitemap.xml is written; set base_url or pass --base-url when publishing",
            ));
            return None;
        };
        let xml = metadata::sitemap(&self.table.listed(), base);
        Some((routes::SITEMAP.to_owned(), xml.into_bytes()))
    }
}

/// What a renderer may take from the previous one: the page table (which each language's
/// shared values index into, so those only come with it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reuse {
    pub table: bool,
    pub shared: bool,
}

/// What the pages of each language share, in the configured order; all problems together.
fn lang_shared(inputs: &Inputs<'_>) -> Result<Vec<Arc<LangShared>>> {
    let mut problems = Diagnostics::default();
    let langs: Vec<Lang> = inputs.config.langs().collect();
    let shared: Vec<_> = langs
        .par_iter()
        .map(|&lang| LangShared::new(inputs, lang))
        .collect::<Vec<_>>()
        .into_iter()
        .filter_map(|result| problems.take(result.map_err(Into::into)))
        .map(Arc::new)
        .collect();
    problems.finish()?;
    Ok(shared)
}

/// The tree of `lang` out of all of them (in the configured order); the first for a language
/// the site does not have.
fn site_of<'s, 'a>(sites: &'s [LangSite<'a>], lang: Lang) -> &'s LangSite<'a> {
    let at = sites[0].inputs.config.languages.index(lang).unwrap_or(0);
    &sites[at]
}

/// Renders one page of the table; `site` is the tree of its language.
fn render_entry(site: &LangSite<'_>, page: &Entry, highlighter: Highlighter<'_>) -> Result<Rendered, Diagnostic> {
    let inputs = site.inputs;
    match page.job {
        PageJob::Root => pages::render_root(site, page),
        PageJob::NotFound => pages::render_not_found(site, page),
        PageJob::Home(_) => pages::render_home(site, page),
        PageJob::TopicsIndex(_) => pages::render_topics_index(site, page),
        PageJob::Feed(_) => pages::render_feed(site, page),
        PageJob::Search(_) => pages::render_search(site, page),
        PageJob::Timeline(_) => pages::render_timeline(site, page),
        PageJob::People(_) => pages::render_people(site, page),
        PageJob::Corrections(_) => corrections::render_corrections(site, page),
        PageJob::Topic(_, index) => pages::render_topic(site, page, &inputs.config.topics[index]),
        PageJob::Page(index) => pages::render_page(site, page, &inputs.corpus.pages()[index]),
        PageJob::Article(index) => pages::render_article(site, page, &inputs.corpus.articles()[index], highlighter),
        PageJob::Alias(index, _) => Ok(pages::render_alias(site, page, &inputs.corpus.articles()[index])),
    }
}

/// The warnings of a site: those raised while making it, then the corpus's and the theme's.
/// Fails when `problems` holds an error.
pub fn warnings(inputs: &Inputs<'_>, problems: Diagnostics) -> Result<Vec<Diagnostic>> {
    let mut warnings = problems.finish()?;
    warnings.extend(inputs.corpus.warnings.iter().cloned());
    warnings.extend(inputs.theme.warnings.iter().cloned());
    Ok(warnings)
}

/// The theme's fonts cut to the characters `used` (those the pages show), and their stylesheet.
pub fn font_files(inputs: &Inputs<'_>, used: &BTreeSet<char>) -> Result<fonts::Published> {
    if inputs.theme.fonts.is_empty() {
        return Ok(fonts::Published::default());
    }
    let cache = VariantCache::in_folder(&inputs.config.root, fonts::CACHE_FOLDER);
    inputs.theme.fonts.publish(used, &cache)
}

/// The image variants and the files of `content/media/` and `static/`. `generated` tells the
/// paths of the site's other files, which a static file may not take.
pub fn media_files(inputs: &Inputs<'_>, generated: &dyn Fn(&str) -> bool) -> Result<Published> {
    let mut problems = Diagnostics::default();
    let cache = VariantCache::new(&inputs.config.root);
    let mut published = problems.take(inputs.media.publish(&cache)).unwrap_or_default();
    for (output, source, bytes) in inputs.media.copies() {
        if generated(output) {
            let message = format!("it would replace the generated {output}: rename or remove it");
            problems.push(Diagnostic::error(source, message));
            continue;
        }
        published.files.push((output.to_owned(), bytes.to_vec()));
    }
    problems.finish()?;
    Ok(published)
}

/// The files that are not pages: theme assets, robots.txt, the deals as CSV and JSON.
pub fn fixed_files(inputs: &Inputs<'_>) -> Vec<(String, Vec<u8>)> {
    let mut files = vec![
        (
            "robots.txt".to_owned(),
            metadata::robots(inputs.base_url()).into_bytes(),
        ),
        (".nojekyll".to_owned(), Vec::new()),
    ];
    files.extend(
        inputs
            .theme
            .assets
            .iter()
            .map(|asset| (asset.output.clone(), asset.bytes.clone())),
    );
    if !inputs.data.deals.deals.is_empty() {
        files.push((
            briefing::DEALS_CSV.to_owned(),
            briefing::deals_csv(inputs.data, inputs.corpus.langs()).into_bytes(),
        ));
        files.push((
            briefing::DEALS_JSON.to_owned(),
            briefing::deals_json(inputs.data).into_bytes(),
        ));
    }
    files
}
