//! Orchestration: `Inputs` → `BuiltSite`. Reads like a table of contents; the work of each
//! page kind is in `pages`.

// Where these types were defined before; kept so callers that name `build::` still compile.
pub use super::inputs::{BuildOptions, BuiltSite, Inputs};

use std::collections::BTreeSet;
use std::sync::Arc;

use rayon::prelude::*;

use crate::error::{Diagnostic, Diagnostics, Result};
use crate::fonts;
use crate::i18n::Lang;
use crate::markdown::Highlighter;
use crate::markdown::highlight::HighlightCache;
use crate::media::{Published, VariantCache};

use super::cache::{Keys, Page};
use super::cards;
use super::jobs::PageJob;
use super::lang_site::{LangShared, LangSite, Rendered};
use super::metadata::PageRecord;
use super::progress::{Progress, Stage};
use super::{briefing, metadata, search};

/// Builds every page of the site; all rendering errors are reported together.
pub fn build(inputs: &Inputs<'_>) -> Result<BuiltSite> {
    let langs = lang_sites(inputs)?;
    let mut problems = Diagnostics::default();
    let mut site = BuiltSite::default();
    let jobs = PageJob::all(inputs);
    PageJob::check_files(&jobs, inputs)?;
    let cache = &inputs.options.cache;
    let keys = match cache.keys(inputs) {
        Some(Ok(keys)) => Some(keys),
        Some(Err(e)) => {
            let message = format!("the page cache is not used for this build: an input cannot be read: {e}");
            problems.push(Diagnostic::warning(crate::media::cache::FOLDER, message));
            None
        }
        None => None,
    };
    let mut records = Vec::new();
    let mut pages = Vec::with_capacity(jobs.len());
    let mut used = BTreeSet::new();
    for (result, key) in render_cached(inputs, &langs, &jobs, keys.as_ref()) {
        if let Some(Page { rendered, chars }) = problems.take(result.map_err(Into::into)) {
            records.extend(rendered.record);
            used.extend(chars.into_iter().flatten());
            pages.push((rendered.file, rendered.html, key));
        }
    }
    if let Some(error) = cache.write_error() {
        problems.push(Diagnostic::warning(crate::media::cache::FOLDER, error));
    }
    if !problems.has_errors()
        && let Some(fonts) = problems.take(font_files(inputs, &used))
    {
        let stylesheet = fonts.stylesheet.as_deref();
        let linked: Vec<_> = pages
            .into_par_iter()
            .map(|(file, html, key)| (file, fonts::link(&html, stylesheet).into_bytes(), key))
            .collect();
        for (file, bytes, key) in linked {
            if let Some(key) = key {
                site.identities.insert(file.clone(), linked_identity(&key, stylesheet));
            }
            site.files.insert(file, bytes);
        }
        site.files.extend(fonts.files);
        site.fonts = fonts.report;
        fonts.warnings.into_iter().for_each(|w| problems.push(w));
    }
    match inputs.base_url() {
        Some(base) => {
            site.files.insert(SITEMAP.to_owned(), sitemap(records, base));
        }
        None => problems.push(no_base_url()),
    }
    if inputs.options.search
        && !problems.has_errors()
        && let Some(index) = problems.take(
            search::index(
                &site.files,
                inputs.corpus.langs(),
                &inputs.config.search,
                &inputs.options.progress,
            )
            .map_err(Into::into),
        )
    {
        site.files.extend(index);
    }
    site.files.extend(fixed_files(inputs));
    if inputs.options.draw_cards
        && !problems.has_errors()
        && let Some(cards) = problems.take(cards_files(inputs))
    {
        site.files.extend(cards.files);
        site.cards = cards.report;
        cards.warnings.into_iter().for_each(|w| problems.push(w));
    }
    if !problems.has_errors()
        && let Some(media) = problems.take(media_files(inputs, &|path| site.files.contains_key(path)))
    {
        site.files.extend(media.files);
        site.media = media.report;
        media.warnings.into_iter().for_each(|w| problems.push(w));
    }
    site.warnings = problems.finish()?;
    site.warnings.extend(inputs.corpus.warnings.iter().cloned());
    site.warnings.extend(inputs.theme.warnings.iter().cloned());
    Ok(site)
}

pub const SITEMAP: &str = "sitemap.xml";

/// The tree of each language, in the configured order.
pub fn lang_sites<'a>(inputs: &'a Inputs<'a>) -> Result<Vec<LangSite<'a>>> {
    Ok(lang_shared(inputs)?
        .into_iter()
        .map(|shared| LangSite::with(inputs, shared))
        .collect())
}

/// What the pages of each language share, in the configured order; all problems together.
pub fn lang_shared(inputs: &Inputs<'_>) -> Result<Vec<Arc<LangShared>>> {
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

/// Renders `jobs` in parallel, in their order. Pages are independent of each other; translations
/// share their code blocks, so each block is highlighted once.
pub fn render_pages(
    langs: &[LangSite<'_>],
    jobs: &[PageJob],
    progress: &Progress,
) -> Vec<Result<Rendered, Diagnostic>> {
    let highlights = HighlightCache::default();
    let progress = progress.counter(Stage::Render, jobs.len());
    jobs.par_iter()
        .map(|job| {
            let page = job.render(job.site(langs), Highlighter::with_cache(&highlights));
            progress.tick();
            page
        })
        .collect()
}

/// What names a page's bytes once its fonts' stylesheet is linked: its cache key names the
/// page as rendered, and linking reads nothing but the stylesheet's path.
fn linked_identity(key: &blake3::Hash, stylesheet: Option<&str>) -> blake3::Hash {
    let mut hasher = blake3::Hasher::new();
    hasher.update(key.as_bytes());
    hasher.update(format!("{stylesheet:?}").as_bytes());
    hasher.finalize()
}

/// Renders `jobs` in parallel, in their order, taking each page from the cache when `keys`
/// name an entry there; with the theme's fonts, each page's characters come along. Each page
/// comes with its key, when it has one.
fn render_cached(
    inputs: &Inputs<'_>,
    langs: &[LangSite<'_>],
    jobs: &[PageJob],
    keys: Option<&Keys>,
) -> Vec<(Result<Page, Diagnostic>, Option<blake3::Hash>)> {
    let highlights = HighlightCache::default();
    let progress = inputs.options.progress.counter(Stage::Render, jobs.len());
    let site_langs: Vec<Lang> = inputs.config.langs().collect();
    let fonts = !inputs.theme.fonts.is_empty();
    jobs.par_iter()
        .map(|&job| {
            let key = keys.and_then(|keys| keys.page(job, inputs));
            let page = inputs.options.cache.page(key, &site_langs, || {
                let rendered = job.render(job.site(langs), Highlighter::with_cache(&highlights))?;
                let chars = fonts.then(|| fonts::charset::of_html(&rendered.html));
                Ok(Page { rendered, chars })
            });
            progress.tick();
            (page, key)
        })
        .collect()
}

/// The sitemap of the pages `records` describe, sorted by route.
pub fn sitemap(mut records: Vec<PageRecord>, base_url: &str) -> Vec<u8> {
    records.sort_by(|a, b| a.route.cmp(&b.route));
    metadata::sitemap(&records, base_url).into_bytes()
}

pub fn no_base_url() -> Diagnostic {
    Diagnostic::warning(
        crate::config::FILE_NAME,
        "no base_url: feeds use relative links and no sitemap.xml is written; set base_url or pass --base-url when publishing",
    )
}

/// Every article's social card (none without a base URL).
pub fn cards_files(inputs: &Inputs<'_>) -> Result<cards::Cards> {
    cards::all(inputs)
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
