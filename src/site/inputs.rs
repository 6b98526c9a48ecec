//! The types every stage of a build shares: what it reads (`Inputs`, `BuildOptions`) and what
//! it makes (`BuiltSite`). They live apart from the stages so that the stages depend on them
//! and never on each other in a circle.

use std::collections::BTreeMap;

use crate::config::Config;
use crate::content::Corpus;
use crate::content::data::Data;
use crate::error::Diagnostic;
use crate::fonts::FontReport;
use crate::i18n::Lang;
use crate::media::{Media, MediaReport};
use crate::theme::Theme;

use super::cache::PageCache;
use super::progress::Progress;

/// What a build reads; borrowed, never changed.
pub struct Inputs<'a> {
    pub config: &'a Config,
    pub corpus: &'a Corpus,
    pub data: &'a Data,
    pub theme: &'a Theme,
    pub media: &'a Media,
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
    /// Draw the social cards (pages name them either way). The preview turns this off and
    /// draws a card when it is asked for: a cold start would otherwise draw them all.
    pub draw_cards: bool,
    /// Where rendered pages are kept between builds; off unless the caller opens one.
    pub cache: PageCache,
}

impl Default for BuildOptions {
    fn default() -> Self {
        BuildOptions {
            base_url: None,
            search: true,
            progress: Progress::default(),
            draw_cards: true,
            cache: PageCache::off(),
        }
    }
}

impl Inputs<'_> {
    pub fn base_url(&self) -> Option<&str> {
        self.options.base_url.as_deref().or(self.config.base_url.as_deref())
    }

    /// Whether any article in `lang` has an update, and so whether its corrections page exists
    /// (asked by the page list and by every page's navigation, so it lives with the inputs).
    pub fn has_corrections(&self, lang: Lang) -> bool {
        self.corpus.articles_in(lang).any(|a| !a.front.updates.is_empty())
    }
}

/// The whole site in memory: output path → bytes, in a stable order.
#[derive(Debug, Default, Clone)]
pub struct BuiltSite {
    pub files: BTreeMap<String, Vec<u8>>,
    /// For pages whose bytes a hash of their inputs names (their page cache key, with what
    /// was done to them after): the minified-page cache is keyed by it instead of by a hash
    /// of the bytes, which at 30,000 pages meant hashing a gigabyte on every build.
    pub identities: std::collections::HashMap<String, blake3::Hash>,
    pub warnings: Vec<Diagnostic>,
    /// How many image variants were encoded and how many came from the cache.
    pub media: MediaReport,
    /// How many font faces were cut and how many came from the cache.
    pub fonts: FontReport,
    /// How many social cards were drawn and how many came from the cache.
    pub cards: CardReport,
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

/// How many social cards a build drew and how many came from the cache.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CardReport {
    pub drawn: usize,
    pub cached: usize,
}
