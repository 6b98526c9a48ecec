//! Loading every content file of a site into a `Corpus`, reporting all problems at once.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;

use crate::config::Config;
use crate::error::{Diagnostic, Diagnostics, Error, Result};
use crate::i18n::Lang;

use super::article::{Article, Page, TopicIntro};
use super::embargo::Scheduled;
use super::source_text;

#[derive(Debug, Clone, Copy, Default)]
pub struct LoadOptions {
    /// Include articles and pages marked `draft: true`.
    pub drafts: bool,
    /// What time it is, for embargoes: an article whose `publish_at` is later is withheld. The
    /// default, 1970, withholds every article that has a `publish_at`, so none can leak early.
    pub now: jiff::Timestamp,
}

/// All content of a site, in a stable order (by slug, then language).
#[derive(Debug, Default)]
pub struct Corpus {
    /// Shared with a `ContentCache`, so that a preview's reload does not copy 30,000 bodies.
    articles: Vec<Arc<Article>>,
    /// The site's languages, in the order `translations` gives versions.
    langs: Vec<Lang>,
    by_slug: BTreeMap<String, Vec<Option<usize>>>,
    topic_intros: BTreeMap<(String, Lang), TopicIntro>,
    pages: Vec<Page>,
    /// Articles withheld by an embargo, soonest first.
    scheduled: Vec<Scheduled>,
    /// Keys none of whose versions may be shown yet (data citing them is withheld too).
    withheld: BTreeSet<String>,
    /// Problems that do not stop the build.
    pub warnings: Vec<Diagnostic>,
}

impl Corpus {
    /// Reads `content/articles`, `content/topics` and `content/pages` under the config's root.
    pub fn load(config: &Config, options: LoadOptions) -> Result<Corpus> {
        Corpus::load_cached(config, options, None)
    }

    /// Like `load`, reusing the articles of `cache` whose files have not changed since they were
    /// parsed, and keeping what it parses there for the next load.
    pub fn load_cached(config: &Config, options: LoadOptions, cache: Option<&mut ContentCache>) -> Result<Corpus> {
        let mut problems = Diagnostics::default();
        let articles = match cache {
            None => read_folder(config, "content/articles", &mut problems)
                .into_par_iter()
                .map(|(path, text)| Article::parse(config, &path, &text).map(Arc::new))
                .collect::<Vec<_>>(),
            Some(cache) => cache.articles(config, &mut problems),
        };
        let intros = read_folder(config, "content/topics", &mut problems);
        let pages = read_folder(config, "content/pages", &mut problems);

        let mut corpus = Corpus {
            langs: config.langs().collect(),
            ..Corpus::default()
        };
        for result in articles {
            match result {
                Ok(article) if article.front.draft && !options.drafts => {}
                Ok(article) => corpus.articles.push(article),
                Err(list) => list.into_iter().for_each(|d| problems.push(d)),
            }
        }
        for (path, text) in intros {
            match TopicIntro::parse(config, &path, &text) {
                Ok(intro) => {
                    corpus.topic_intros.insert((intro.key.clone(), intro.lang), intro);
                }
                Err(d) => problems.push(d),
            }
        }
        for (path, text) in pages {
            match Page::parse(config, &path, &text) {
                Ok(page) if page.front.draft && !options.drafts => {}
                Ok(page) => corpus.pages.push(page),
                Err(d) => problems.push(d),
            }
        }
        corpus.withhold_scheduled(options.now);
        corpus
            .articles
            .sort_by(|a, b| (&a.slug, a.lang).cmp(&(&b.slug, b.lang)));
        corpus.pages.sort_by(|a, b| (&a.slug, a.lang).cmp(&(&b.slug, b.lang)));
        let count = corpus.langs.len();
        // Sorted by slug: the versions of one article are neighbours, and the map is built
        // from sorted keys in one pass (30,000 lookups of long shared prefixes otherwise).
        let mut by_slug: Vec<(String, Vec<Option<usize>>)> = Vec::new();
        for (index, article) in corpus.articles.iter().enumerate() {
            if by_slug.last().is_none_or(|(slug, _)| *slug != article.slug) {
                by_slug.push((article.slug.clone(), vec![None; count]));
            }
            let (_, versions) = by_slug.last_mut().expect("pushed above");
            if let Some(at) = corpus.langs.iter().position(|l| *l == article.lang) {
                versions[at] = Some(index);
            }
        }
        corpus.by_slug = by_slug.into_iter().collect();
        for intro in corpus.topic_intros.values_mut() {
            intro.sources.retain(|s| !corpus.withheld.contains(s));
        }
        for intro in corpus.topic_intros.values() {
            for source in intro.sources.iter().filter(|s| !corpus.by_slug.contains_key(*s)) {
                problems.push(
                    Diagnostic::error(
                        &intro.path,
                        format!("`sources` names `{source}`, which is not an article"),
                    )
                    .at(intro.sources_line, 1),
                );
            }
        }
        corpus.warnings = problems.finish()?;
        Ok(corpus)
    }

    /// Moves the articles whose `publish_at` is after `now`, and the translations of those, out
    /// of the corpus into `scheduled`.
    fn withhold_scheduled(&mut self, now: jiff::Timestamp) {
        // Nothing held: everything below would keep every article and withhold no key.
        if !self.articles.iter().any(|a| a.publish_at.is_some_and(|at| at > now)) {
            return;
        }
        let held: BTreeMap<(String, Lang), (jiff::Timestamp, PathBuf)> = self
            .articles
            .iter()
            .filter_map(|a| {
                let at = a.publish_at.filter(|&at| at > now)?;
                Some(((a.slug.clone(), a.lang), (at, a.path.clone())))
            })
            .collect();
        let all: BTreeSet<String> = self.articles.iter().map(|a| a.slug.clone()).collect();
        let mut kept = Vec::new();
        for article in std::mem::take(&mut self.articles) {
            let own = held.get(&(article.slug.clone(), article.lang));
            let original = article
                .front
                .translated_from_lang()
                .and_then(|l| held.get(&(article.slug.clone(), l)));
            match (own, original) {
                (Some((at, _)), _) => self.scheduled.push(Scheduled {
                    at: *at,
                    path: article.path.clone(),
                    original: None,
                }),
                (None, Some((at, original))) => self.scheduled.push(Scheduled {
                    at: *at,
                    path: article.path.clone(),
                    original: Some(original.clone()),
                }),
                (None, None) => kept.push(article),
            }
        }
        let present: BTreeSet<String> = kept.iter().map(|a| a.slug.clone()).collect();
        self.withheld = all.difference(&present).cloned().collect();
        self.articles = kept;
        self.scheduled.sort();
    }

    /// Articles withheld by an embargo, soonest first.
    pub fn scheduled(&self) -> &[Scheduled] {
        &self.scheduled
    }

    /// Keys of articles none of whose versions may be shown yet.
    pub fn withheld(&self) -> &BTreeSet<String> {
        &self.withheld
    }

    pub fn articles(&self) -> &[Arc<Article>] {
        &self.articles
    }

    /// Every topic introduction, by topic key, then language.
    pub fn topic_intros(&self) -> impl Iterator<Item = &TopicIntro> {
        self.topic_intros.values()
    }

    pub fn pages(&self) -> &[Page] {
        &self.pages
    }

    pub fn articles_in(&self, lang: Lang) -> impl Iterator<Item = &Article> {
        self.articles.iter().map(Arc::as_ref).filter(move |a| a.lang == lang)
    }

    /// The language versions of the article `slug`, one per site language in its order.
    pub fn translations(&self, slug: &str) -> Vec<Option<&Article>> {
        match self.by_slug.get(slug) {
            Some(indices) => indices.iter().map(|i| i.map(|i| &*self.articles[i])).collect(),
            None => vec![None; self.langs.len()],
        }
    }

    pub fn translation(&self, slug: &str, lang: Lang) -> Option<&Article> {
        let at = self.langs.iter().position(|l| *l == lang)?;
        self.by_slug.get(slug)?[at].map(|i| &*self.articles[i])
    }

    /// The site's languages in order.
    pub fn langs(&self) -> &[Lang] {
        &self.langs
    }

    pub fn topic_intro(&self, key: &str, lang: Lang) -> Option<&TopicIntro> {
        self.topic_intros.get(&(key.to_owned(), lang))
    }

    pub fn page(&self, slug: &str, lang: Lang) -> Option<&Page> {
        self.pages.iter().find(|p| p.slug == slug && p.lang == lang)
    }
}

/// Articles as parsed from their files, kept between loads by the preview. What decides that a
/// parse is still good is the file's bytes: each entry is keyed by a BLAKE3 hash of them (and
/// the whole cache by the config, since parsing checks topics against it). File times play no
/// part. A watcher's reports only say which files to read again; without a watcher every load
/// reads every file, so an edit that keeps a file's size and time is still seen.
#[derive(Debug, Default)]
pub struct ContentCache {
    config: Option<Config>,
    /// By file name, sorted, as the folder listing is: the two are merged without hashing names.
    articles: Vec<(String, CachedArticle)>,
    /// Every change is reported through `changed`: a load reads only those files instead of
    /// listing the folder and reading all of them.
    watched: bool,
    /// `articles` names every file of the folder as of the last load (no unreadable ones).
    complete: bool,
    /// Files reported changed since the last load, by name.
    dirty: BTreeSet<String>,
    /// The last full listing's warnings (subfolders), repeated while the folder is trusted.
    folder_warnings: Vec<Diagnostic>,
}

#[derive(Debug)]
struct CachedArticle {
    /// BLAKE3 of the file's bytes.
    hash: blake3::Hash,
    parsed: Result<Arc<Article>, Vec<Diagnostic>>,
}

impl ContentCache {
    /// A cache whose owner watches the site and reports every change with `changed`; a watcher
    /// that may have missed events must report the site root (an empty path).
    pub fn watched() -> ContentCache {
        ContentCache {
            watched: true,
            ..ContentCache::default()
        }
    }

    /// Reads `path` (relative to the site root) again at the next load. A folder, or anything
    /// but a `.md` file right inside the articles folder, means the whole folder is listed and
    /// read again.
    pub fn changed(&mut self, path: &Path) {
        let name = path.strip_prefix(ARTICLES).ok().and_then(|p| p.to_str());
        let article = name.filter(|n| !n.is_empty() && !n.contains('/') && n.ends_with(".md"));
        match article {
            Some(name) => {
                self.dirty.insert(name.to_owned());
            }
            None if name.is_some() || Path::new(ARTICLES).starts_with(path) => self.complete = false,
            None => {}
        }
    }

    /// The articles folder's `.md` files, each with whether it must be read: all of them after
    /// a listing, or, when every change is reported, the reported ones.
    fn listing(&mut self, config: &Config, problems: &mut Diagnostics) -> Vec<(String, bool)> {
        let dirty = std::mem::take(&mut self.dirty);
        if !(self.watched && self.complete) {
            let mut folder = Diagnostics::default();
            let listing = list_folder(config, ARTICLES, &mut folder);
            match folder.finish() {
                Ok(warnings) => {
                    self.folder_warnings = warnings;
                    self.complete = true;
                }
                Err(error) => {
                    // An unreadable folder is listed again next time.
                    self.complete = false;
                    problems.extend(error);
                }
            }
            self.folder_warnings.iter().cloned().for_each(|d| problems.push(d));
            return listing.into_iter().map(|name| (name, true)).collect();
        }
        self.folder_warnings.iter().cloned().for_each(|d| problems.push(d));
        let dir = config.root.join(ARTICLES);
        // The cache's names are sorted: each reported file is found, added or removed in place.
        let mut listing: Vec<(String, bool)> = self.articles.iter().map(|(name, _)| (name.clone(), false)).collect();
        for name in dirty.into_iter().filter(|n| !n.starts_with('.')) {
            let at = listing.binary_search_by(|(listed, _)| listed.as_str().cmp(&name));
            match (std::fs::metadata(dir.join(&name)), at) {
                (Ok(m), Ok(at)) if m.is_file() => listing[at].1 = true,
                (Ok(m), Err(at)) if m.is_file() => listing.insert(at, (name, true)),
                (_, Ok(at)) => {
                    listing.remove(at);
                }
                (_, Err(_)) => {}
            }
        }
        listing
    }

    fn articles(&mut self, config: &Config, problems: &mut Diagnostics) -> Vec<Result<Arc<Article>, Vec<Diagnostic>>> {
        if self.config.as_ref() != Some(config) {
            self.articles.clear();
            self.complete = false;
            self.config = Some(config.clone());
        }
        let listing = self.listing(config, problems);
        let dir = config.root.join(ARTICLES);
        // Pair each listed file with what was parsed from it before; files gone from the folder
        // drop out of the cache here.
        let mut previous = std::mem::take(&mut self.articles).into_iter().peekable();
        let mut files: Vec<(String, bool, Option<CachedArticle>)> = Vec::new();
        for (name, read) in listing {
            while previous.next_if(|(old, _)| *old < name).is_some() {}
            let cached = previous.next_if(|(old, _)| *old == name).map(|(_, cached)| cached);
            files.push((name, read, cached));
        }
        let loaded: Vec<(String, Result<CachedArticle>)> = files
            .into_par_iter()
            .map(|(name, read, cached)| {
                let entry = match (read, cached) {
                    (false, Some(cached)) => Ok(cached),
                    (_, cached) => load_article(config, &dir, &name, cached),
                };
                (name, entry)
            })
            .collect();
        let mut articles = Vec::with_capacity(loaded.len());
        for (name, entry) in loaded {
            match entry {
                Ok(entry) => {
                    articles.push(entry.parsed.clone());
                    self.articles.push((name, entry));
                }
                Err(e) => {
                    problems.extend(e);
                    // Not in the cache: only a full listing finds it again.
                    self.complete = false;
                }
            }
        }
        articles
    }
}

/// Reads one article file; parses it unless its bytes are those `cached` was parsed from.
fn load_article(config: &Config, dir: &Path, name: &str, cached: Option<CachedArticle>) -> Result<CachedArticle> {
    let relative = Path::new(ARTICLES).join(name);
    let bytes = std::fs::read(dir.join(name)).map_err(|e| Error::io(&relative, "read", e))?;
    let hash = blake3::hash(&bytes);
    if let Some(same) = cached.filter(|c| c.hash == hash) {
        return Ok(same);
    }
    let text = source_text::decode(&relative, bytes)?;
    Ok(CachedArticle {
        hash,
        parsed: Article::parse(config, &relative, &text).map(Arc::new),
    })
}

const ARTICLES: &str = "content/articles";

/// Reads every `.md` file of a content folder (a missing folder is empty), sorted by name.
fn read_folder(config: &Config, folder: &str, problems: &mut Diagnostics) -> Vec<(PathBuf, String)> {
    let dir = config.root.join(folder);
    list_folder(config, folder, problems)
        .into_par_iter()
        .map(|name| {
            let relative = Path::new(folder).join(&name);
            let text = read_text(&dir.join(&name), &relative)?;
            Ok((relative, text))
        })
        .collect::<Vec<Result<_>>>()
        .into_iter()
        .filter_map(|result| problems.take(result))
        .collect()
}

fn read_text(path: &Path, relative: &Path) -> Result<String> {
    let bytes = std::fs::read(path).map_err(|e| Error::io(relative, "read", e))?;
    Ok(source_text::decode(relative, bytes)?)
}

/// The names of the `.md` files of a content folder, sorted; warns of subfolders, whose files
/// would otherwise vanish without a word.
fn list_folder(config: &Config, folder: &str, problems: &mut Diagnostics) -> Vec<String> {
    let dir = config.root.join(folder);
    let entries = match std::fs::read_dir(&dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Vec::new(),
        Err(e) => {
            problems.extend(Error::io(folder, "read folder", e));
            return Vec::new();
        }
    };
    let entries: Vec<_> = entries.filter_map(|entry| entry.ok()).collect();
    // Content is flat: a subfolder's files would otherwise vanish from the site without a word.
    let mut folders: Vec<String> = entries
        .iter()
        .filter(|entry| entry.file_type().is_ok_and(|t| t.is_dir()))
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|name| !name.starts_with('.'))
        .collect();
    folders.sort();
    for name in folders {
        problems.push(Diagnostic::warning(
            Path::new(folder).join(name),
            format!("folders inside {folder} are not read; move the files up into {folder}"),
        ));
    }
    let mut names: Vec<String> = entries
        .into_iter()
        .filter(|entry| entry.file_type().is_ok_and(|t| t.is_file() || t.is_symlink()))
        .filter_map(|entry| entry.file_name().into_string().ok())
        .filter(|name| name.ends_with(".md") && !name.starts_with('.'))
        .collect();
    names.sort();
    names
}
