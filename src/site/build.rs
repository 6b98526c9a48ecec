//! Orchestration: `Inputs` → `BuiltSite`. Reads like a table of contents: the renderer (the
//! one the preview uses too) makes the pages; the rest of the site is added around them.

// Where these types were defined before; kept so callers that name `build::` still compile.
pub use super::inputs::{BuildOptions, BuiltSite, Inputs};

use std::collections::BTreeSet;

use rayon::prelude::*;

use crate::error::{Diagnostic, Diagnostics, Result};
use crate::fonts;

use super::cache::Page;
use super::cards;
use super::keys;
use super::render::{self, Renderer};
use super::search;

/// Builds every page of the site; all rendering errors are reported together.
pub fn build(inputs: &Inputs<'_>) -> Result<BuiltSite> {
    build_with(inputs, &Renderer::new(inputs)?)
}

/// Builds the site with a renderer already made from `inputs`.
pub fn build_with(inputs: &Inputs<'_>, renderer: &Renderer) -> Result<BuiltSite> {
    let mut problems = Diagnostics::default();
    let mut site = BuiltSite::default();
    let cache = &inputs.options.cache;
    let keys = match keys::of(inputs) {
        Some(Ok(keys)) => Some(keys),
        Some(Err(e)) => {
            let message = format!("the page cache is not used for this build: an input cannot be read: {e}");
            problems.push(Diagnostic::warning(crate::media::cache::FOLDER, message));
            None
        }
        None => None,
    };
    let entries: Vec<_> = renderer.table().entries().iter().collect();
    let mut pages = Vec::with_capacity(entries.len());
    let mut used = BTreeSet::new();
    let rendered = renderer.render(inputs, &entries, keys.as_ref());
    for (result, entry) in rendered.into_iter().zip(&entries) {
        if let Some(Page { rendered, chars }) = problems.take(result.map_err(Into::into)) {
            used.extend(chars.into_iter().flatten());
            let key = keys.as_ref().and_then(|keys| keys.page(entry.job, inputs));
            pages.push((rendered.file, rendered.html, key));
        }
    }
    if let Some(error) = cache.write_error() {
        problems.push(Diagnostic::warning(crate::media::cache::FOLDER, error));
    }
    if !problems.has_errors()
        && let Some(fonts) = problems.take(render::font_files(inputs, &used))
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
    site.files.extend(renderer.sitemap(inputs, &mut problems));
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
    site.files.extend(render::fixed_files(inputs));
    if inputs.options.draw_cards
        && !problems.has_errors()
        && let Some(cards) = problems.take(cards::all(inputs))
    {
        site.files.extend(cards.files);
        site.cards = cards.report;
        cards.warnings.into_iter().for_each(|w| problems.push(w));
    }
    if !problems.has_errors()
        && let Some(media) = problems.take(render::media_files(inputs, &|path| site.files.contains_key(path)))
    {
        site.files.extend(media.files);
        site.media = media.report;
        media.warnings.into_iter().for_each(|w| problems.push(w));
    }
    site.warnings = render::warnings(inputs, problems)?;
    Ok(site)
}

/// What names a page's bytes once its fonts' stylesheet is linked: its cache key names the
/// page as rendered, and linking reads nothing but the stylesheet's path.
fn linked_identity(key: &blake3::Hash, stylesheet: Option<&str>) -> blake3::Hash {
    let mut hasher = blake3::Hasher::new();
    hasher.update(key.as_bytes());
    hasher.update(format!("{stylesheet:?}").as_bytes());
    hasher.finalize()
}
