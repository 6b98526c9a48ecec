//! What a page's links by file lead to: the articles, pages and topics of the corpus, in the
//! page's language unless the file name gives another (`other.fr.md`).

use std::collections::HashSet;
use std::path::Path;

use crate::content::Corpus;
use crate::error::Diagnostic;
use crate::i18n::Lang;
use crate::markdown::images::Images;
use crate::markdown::links::{BrokenLink, Targets, heading_ids};
use crate::markdown::{self, Highlighter, autolink};

use super::routes;

/// The corpus seen from the page at route `from`, in `lang`.
pub struct SiteTargets<'a> {
    pub corpus: &'a Corpus,
    pub lang: Lang,
    pub from: &'a str,
}

/// A target's body and route.
struct Found<'a> {
    body: &'a str,
    route: String,
}

impl<'a> SiteTargets<'a> {
    /// The key and language a file name gives: `other.fr.md` or `other.md`.
    fn split<'f>(&self, file: &'f str) -> (&'f str, Lang) {
        let stem = file.strip_suffix(".md").unwrap_or(file);
        match stem.rsplit_once('.') {
            Some((key, code)) => match self.corpus.langs().iter().find(|l| l.code() == code) {
                Some(&lang) => (key, lang),
                None => (stem, self.lang),
            },
            None => (stem, self.lang),
        }
    }

    fn find(&self, file: &str) -> Result<Found<'a>, String> {
        let (key, lang) = self.split(file);
        let corpus = self.corpus;
        if let Some(article) = corpus.translation(key, lang) {
            return Ok(Found {
                body: &article.body,
                route: routes::article(article),
            });
        }
        if let Some(page) = corpus.page(key, lang) {
            return Ok(Found {
                body: &page.body,
                route: routes::page(lang, key),
            });
        }
        if let Some(intro) = corpus.topic_intro(key, lang) {
            return Ok(Found {
                body: &intro.body,
                route: routes::topic(lang, key),
            });
        }
        let elsewhere = corpus.translations(key).into_iter().flatten().next().is_some()
            || corpus.pages().iter().any(|p| p.slug == key);
        Err(if elsewhere {
            format!("`{key}` has no version in `{lang}` (content/articles/{key}.{lang}.md)")
        } else {
            format!("there is no article, page or topic `{key}` in content/")
        })
    }
}

impl Targets for SiteTargets<'_> {
    fn href(&self, file: &str) -> Result<String, String> {
        self.find(file).map(|found| routes::link(self.from, &found.route))
    }

    fn anchors(&self, file: &str) -> HashSet<String> {
        self.find(file).map(|found| heading_ids(found.body)).unwrap_or_default()
    }
}

/// The first of `broken` as an error at its line and column in `path`, whose markdown body
/// `body` starts on file line `body_line`; the others are counted in the message.
pub fn broken_links_error(path: &Path, body: &str, body_line: usize, broken: &[BrokenLink]) -> Option<Diagnostic> {
    let first = broken.first()?;
    let (line, column) = crate::i18n::line_column(body, first.at.start);
    let more = match broken.len() {
        1 => String::new(),
        n => format!(" (and {} more broken links in this file)", n - 1),
    };
    Some(Diagnostic::error(path, format!("{}{more}", first.message)).at(line + body_line - 1, column))
}

/// A content file's markdown body, as it appears on the page at `route` of `lang`'s tree:
/// its links by file resolved, and the first broken one an error at its line.
pub struct Body<'a> {
    pub path: &'a Path,
    pub text: &'a str,
    pub line: usize,
}

/// How the body's code, names and images are rendered.
pub type Renderers<'r> = (&'r Highlighter<'r>, &'r autolink::Names<'r>, &'r dyn Images);

pub fn render(
    corpus: &Corpus,
    lang: Lang,
    route: &str,
    body: Body<'_>,
    (highlighter, names, images): Renderers<'_>,
) -> Result<String, Diagnostic> {
    let targets = SiteTargets {
        corpus,
        lang,
        from: route,
    };
    let (html, broken) = markdown::render_page(body.text, highlighter, names, &targets, images);
    match broken_links_error(body.path, body.text, body.line, &broken) {
        Some(error) => Err(error),
        None => Ok(html),
    }
}
