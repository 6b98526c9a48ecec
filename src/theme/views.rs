//! The template contract: what each template receives, as `Serialize` views. URLs in views
//! are relative to the site root; templates prefix them with `root` so links stay relative.

use serde::Serialize;

use crate::i18n::TextDir;

/// A link to a topic, with how many articles it has in the current language.
#[derive(Debug, Clone, Serialize)]
pub struct TopicLink {
    pub key: String,
    pub name: String,
    pub url: String,
    pub count: usize,
}

/// One entry of the language switcher (and of `hreflang` alternates).
#[derive(Debug, Clone, Serialize)]
pub struct Alternate {
    /// The language itself, for the page table; templates read `code`.
    #[serde(skip)]
    pub lang: crate::i18n::Lang,
    pub code: &'static str,
    pub name: String,
    pub script: String,
    pub dir: TextDir,
    pub url: String,
    /// False when the page has no version in this language; `url` then leads to its home.
    pub available: bool,
    pub current: bool,
}

/// An article as lists show it.
#[derive(Debug, Clone, Serialize)]
pub struct ArticleCard {
    pub title: String,
    pub url: String,
    /// "7 November 2025", or "about 2022" for an estimate.
    pub date: Option<String>,
    pub date_iso: Option<String>,
    /// What an estimated date rests on.
    pub date_note: Option<String>,
    /// The publication day is known exactly: only such articles count as "latest".
    pub dated: bool,
    /// The article says it was machine-generated.
    pub generated: bool,
    pub summary: Option<String>,
    pub topics: Vec<TopicLink>,
}

/// Provenance of an article as its page states it.
#[derive(Debug, Clone, Serialize)]
pub struct SourceView {
    pub name: Option<String>,
    pub url: Option<String>,
    pub byline: Option<String>,
    pub file: Option<String>,
    pub generated: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct ArticleView {
    pub card: ArticleCard,
    pub body: String,
    pub source: Option<SourceView>,
    /// The language the article was first written in, by its own name ("English").
    pub original_lang: String,
    pub original_code: &'static str,
    /// Set on a translation: the language it was translated from.
    pub translated_from: Option<String>,
    pub original_url: Option<String>,
    /// The original's text changed since this translation was made or reviewed.
    pub stale: bool,
    /// Corrections and updates, oldest first.
    pub updates: Vec<UpdateView>,
}

/// A correction or update of an article, as a page shows it.
#[derive(Debug, Clone, Serialize)]
pub struct UpdateView {
    pub date: String,
    pub date_iso: String,
    pub note: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct HomeView {
    pub latest: Vec<ArticleCard>,
    pub topics: Vec<TopicLink>,
    pub article_count: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct TopicView {
    pub link: TopicLink,
    pub intro: Option<String>,
    pub articles: Vec<ArticleCard>,
}

#[derive(Debug, Clone, Serialize)]
pub struct PageView {
    pub title: String,
    pub summary: Option<String>,
    pub body: String,
}

/// Everything a page's `<head>` says about it.
#[derive(Debug, Clone, Serialize)]
pub struct Meta {
    pub title: String,
    pub description: String,
    /// Root-relative URL of this page ("en/articles/x/").
    pub url: String,
    /// Absolute URL, when `base_url` is known.
    pub canonical: Option<String>,
    /// `website` or `article` (Open Graph type).
    pub kind: &'static str,
    /// Route of the version for readers of no listed language (`hreflang="x-default"`).
    pub x_default: String,
    /// ISO date of publication, for `article:published_time`.
    pub published: Option<String>,
    /// ISO date of the latest update, for `article:modified_time`.
    pub modified: Option<String>,
    pub og_locale: String,
    pub og_alternates: Vec<String>,
    /// JSON-LD, already safe to place inside `<script>`.
    pub json_ld: Option<String>,
    /// The page's social card (`og:image`), only when `base_url` is known: it must be absolute.
    pub image: Option<CardImage>,
}

#[derive(Debug, Clone, Serialize)]
pub struct CardImage {
    pub url: String,
    pub width: u32,
    pub height: u32,
    pub alt: String,
}

/// A link in the site's navigation.
#[derive(Debug, Clone, Serialize)]
pub struct NavLink {
    pub url: String,
    pub title: String,
}
