//! Loading every content file of a site into a `Corpus`, reporting all problems at once.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::config::Config;
use crate::error::{Diagnostic, Diagnostics, Error, Result};
use crate::i18n::Lang;

use super::article::{Article, Page, TopicIntro};
use super::source_text;

#[derive(Debug, Clone, Copy, Default)]
pub struct LoadOptions {
    /// Include articles and pages marked `draft: true`.
    pub drafts: bool,
}

/// All content of a site, in a stable order (by slug, then language).
#[derive(Debug, Default)]
pub struct Corpus {
    articles: Vec<Article>,
    by_slug: BTreeMap<String, [Option<usize>; 3]>,
    topic_intros: BTreeMap<(String, Lang), TopicIntro>,
    pages: Vec<Page>,
    /// Problems that do not stop the build.
    pub warnings: Vec<Diagnostic>,
}

impl Corpus {
    /// Reads `content/articles`, `content/topics` and `content/pages` under the config's root.
    pub fn load(config: &Config, options: LoadOptions) -> Result<Corpus> {
        let mut problems = Diagnostics::default();
        let articles = read_folder(config, "content/articles", &mut problems)
            .into_par_iter()
            .map(|(path, text)| Article::parse(config, &path, &text))
            .collect::<Vec<_>>();
        let intros = read_folder(config, "content/topics", &mut problems);
        let pages = read_folder(config, "content/pages", &mut problems);

        let mut corpus = Corpus::default();
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
            match Page::parse(&path, &text) {
                Ok(page) if page.front.draft && !options.drafts => {}
                Ok(page) => corpus.pages.push(page),
                Err(d) => problems.push(d),
            }
        }
        corpus
            .articles
            .sort_by(|a, b| (&a.slug, a.lang).cmp(&(&b.slug, b.lang)));
        corpus.pages.sort_by(|a, b| (&a.slug, a.lang).cmp(&(&b.slug, b.lang)));
        for (index, article) in corpus.articles.iter().enumerate() {
            corpus.by_slug.entry(article.slug.clone()).or_default()[lang_index(article.lang)] = Some(index);
        }
        corpus.warnings = problems.finish()?;
        Ok(corpus)
    }

    pub fn articles(&self) -> &[Article] {
        &self.articles
    }

    pub fn pages(&self) -> &[Page] {
        &self.pages
    }

    pub fn articles_in(&self, lang: Lang) -> impl Iterator<Item = &Article> {
        self.articles.iter().filter(move |a| a.lang == lang)
    }

    /// The language versions of the article `slug` (by `Lang::ALL` order).
    pub fn translations(&self, slug: &str) -> [Option<&Article>; 3] {
        let indices = self.by_slug.get(slug).copied().unwrap_or_default();
        indices.map(|i| i.map(|i| &self.articles[i]))
    }

    pub fn translation(&self, slug: &str, lang: Lang) -> Option<&Article> {
        self.translations(slug)[lang_index(lang)]
    }

    pub fn topic_intro(&self, key: &str, lang: Lang) -> Option<&TopicIntro> {
        self.topic_intros.get(&(key.to_owned(), lang))
    }

    pub fn page(&self, slug: &str, lang: Lang) -> Option<&Page> {
        self.pages.iter().find(|p| p.slug == slug && p.lang == lang)
    }
}

pub fn lang_index(lang: Lang) -> usize {
    match lang {
        Lang::En => 0,
        Lang::Fr => 1,
        Lang::Ar => 2,
    }
}

/// Reads every `.md` file of a content folder (a missing folder is empty), sorted by name.
fn read_folder(config: &Config, folder: &str, problems: &mut Diagnostics) -> Vec<(PathBuf, String)> {
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
        .into_par_iter()
        .map(|name| {
            let relative = Path::new(folder).join(&name);
            let bytes = std::fs::read(dir.join(&name)).map_err(|e| Error::io(&relative, "read", e))?;
            let text = source_text::decode(&relative, bytes)?;
            Ok((relative, text))
        })
        .collect::<Vec<Result<_>>>()
        .into_iter()
        .filter_map(|result| problems.take(result))
        .collect()
}
