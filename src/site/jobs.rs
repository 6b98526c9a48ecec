//! Every page of a site as a job: what it shows and the file it goes to. A build renders all
//! of them; a preview renders one when it is asked for. One list for both, so the preview can
//! serve no page the build would not write, and miss none.

use crate::i18n::Lang;
use crate::markdown::Highlighter;

use super::inputs::Inputs;
use super::lang_site::{LangSite, Rendered};
use super::{corrections, pages, routes};

/// One page. Indices point into the inputs the job list was made from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageJob {
    /// The language chooser at the site root.
    Root,
    NotFound,
    Home(Lang),
    TopicsIndex(Lang),
    Feed(Lang),
    Search(Lang),
    Timeline(Lang),
    People(Lang),
    /// Only in a language whose articles have updates.
    Corrections(Lang),
    /// Index into the config's topics.
    Topic(Lang, usize),
    /// Index into the corpus's pages.
    Page(usize),
    /// Index into the corpus's articles.
    Article(usize),
    /// A redirect from an old URL of an article: indices into the corpus's articles and the
    /// article's `aliases`.
    Alias(usize, usize),
}

impl PageJob {
    /// Every page of the site: root and 404, then each language's lists and pages, then articles.
    pub fn all(inputs: &Inputs<'_>) -> Vec<PageJob> {
        let mut jobs = vec![PageJob::Root, PageJob::NotFound];
        for lang in inputs.config.langs() {
            jobs.extend([
                PageJob::Home(lang),
                PageJob::TopicsIndex(lang),
                PageJob::Feed(lang),
                PageJob::Search(lang),
            ]);
            // The theme follows the data: no timeline or people page without their data file.
            if !inputs.data.timeline.events.is_empty() {
                jobs.push(PageJob::Timeline(lang));
            }
            if !inputs.data.people.people.is_empty() {
                jobs.push(PageJob::People(lang));
            }
            if inputs.has_corrections(lang) {
                jobs.push(PageJob::Corrections(lang));
            }
            jobs.extend((0..inputs.config.topics.len()).map(|topic| PageJob::Topic(lang, topic)));
        }
        jobs.extend((0..inputs.corpus.pages().len()).map(PageJob::Page));
        jobs.extend((0..inputs.corpus.articles().len()).map(PageJob::Article));
        for (index, article) in inputs.corpus.articles().iter().enumerate() {
            jobs.extend((0..article.front.aliases.len()).map(|alias| PageJob::Alias(index, alias)));
        }
        jobs
    }

    /// Each page must have a file of its own: two language versions with one slug, or an alias
    /// over a page, would overwrite each other.
    pub fn check_files(jobs: &[PageJob], inputs: &Inputs<'_>) -> crate::error::Result<()> {
        let mut problems = crate::error::Diagnostics::default();
        let mut owners: std::collections::HashMap<String, PageJob> = std::collections::HashMap::new();
        for &job in jobs {
            if let Some(other) = owners.insert(job.file(inputs), job) {
                let (path, message) = match (job.source(inputs), other.source(inputs)) {
                    (Some(path), Some(first)) => (
                        path,
                        format!(
                            "{} is also the page of {}: give one a different `slug` or alias",
                            job.file(inputs),
                            first.display()
                        ),
                    ),
                    (Some(path), None) | (None, Some(path)) => (
                        path,
                        format!(
                            "{} is a page the site makes itself: choose another `slug` or alias",
                            job.file(inputs)
                        ),
                    ),
                    (None, None) => continue,
                };
                problems.push(crate::error::Diagnostic::error(path, message));
            }
        }
        problems.finish().map(drop)
    }

    /// The content file a page comes from, when it comes from one.
    fn source(self, inputs: &Inputs<'_>) -> Option<std::path::PathBuf> {
        match self {
            PageJob::Page(index) => Some(inputs.corpus.pages()[index].path.clone()),
            PageJob::Article(index) | PageJob::Alias(index, _) => Some(inputs.corpus.articles()[index].path.clone()),
            _ => None,
        }
    }

    /// The language tree the page belongs to; the root and 404 pages are rendered with the first.
    pub fn lang(self, inputs: &Inputs<'_>) -> Lang {
        match self {
            PageJob::Root | PageJob::NotFound => inputs.config.languages.default_lang(),
            PageJob::Home(lang)
            | PageJob::TopicsIndex(lang)
            | PageJob::Feed(lang)
            | PageJob::Search(lang)
            | PageJob::Timeline(lang)
            | PageJob::People(lang)
            | PageJob::Corrections(lang)
            | PageJob::Topic(lang, _) => lang,
            PageJob::Page(index) => inputs.corpus.pages()[index].lang,
            PageJob::Article(index) | PageJob::Alias(index, _) => inputs.corpus.articles()[index].lang,
        }
    }

    /// The file the page is written to, as `render` names it.
    pub fn file(self, inputs: &Inputs<'_>) -> String {
        let route = match self {
            PageJob::Root => String::new(),
            PageJob::NotFound => return "404.html".to_owned(),
            PageJob::Home(lang) => routes::home(lang),
            PageJob::TopicsIndex(lang) => routes::topics(lang),
            PageJob::Feed(lang) => routes::feed(lang),
            PageJob::Search(lang) => routes::search(lang),
            PageJob::Timeline(lang) => routes::timeline(lang),
            PageJob::People(lang) => routes::people(lang),
            PageJob::Corrections(lang) => routes::corrections(lang),
            PageJob::Topic(lang, index) => routes::topic(lang, &inputs.config.topics[index].key),
            PageJob::Page(index) => {
                let page = &inputs.corpus.pages()[index];
                routes::page(page.lang, &page.slug)
            }
            PageJob::Article(index) => {
                let article = &inputs.corpus.articles()[index];
                routes::article(article)
            }
            PageJob::Alias(index, alias) => {
                let article = &inputs.corpus.articles()[index];
                routes::alias(article.lang, &article.front.aliases[alias])
            }
        };
        routes::file(&route)
    }

    /// Renders the page; `site` is the tree of `self.lang()`.
    pub fn render(
        self,
        site: &LangSite<'_>,
        highlighter: Highlighter<'_>,
    ) -> Result<Rendered, crate::error::Diagnostic> {
        let inputs = site.inputs;
        match self {
            PageJob::Root => pages::render_root(site),
            PageJob::NotFound => pages::render_not_found(site),
            PageJob::Home(_) => pages::render_home(site),
            PageJob::TopicsIndex(_) => pages::render_topics_index(site),
            PageJob::Feed(_) => pages::render_feed(site),
            PageJob::Search(_) => pages::render_search(site),
            PageJob::Timeline(_) => pages::render_timeline(site),
            PageJob::People(_) => pages::render_people(site),
            PageJob::Corrections(_) => corrections::render_corrections(site),
            PageJob::Topic(_, index) => pages::render_topic(site, &inputs.config.topics[index]),
            PageJob::Page(index) => pages::render_page(site, &inputs.corpus.pages()[index]),
            PageJob::Article(index) => pages::render_article(site, &inputs.corpus.articles()[index], highlighter),
            PageJob::Alias(index, alias) => Ok(pages::render_alias(site, &inputs.corpus.articles()[index], alias)),
        }
    }

    /// Picks the tree of this page's language out of all of them (in the configured order).
    pub fn site<'s, 'a>(self, sites: &'s [LangSite<'a>]) -> &'s LangSite<'a> {
        let inputs = sites[0].inputs;
        let at = inputs.config.languages.index(self.lang(inputs)).unwrap_or(0);
        &sites[at]
    }
}
