//! The page table: every page of a site as a job, with its route, its file, its versions in
//! the other languages and its x-default, all computed from config and corpus before anything
//! renders. A build renders every entry; a preview renders one when it is asked for; the
//! sitemap is made from the table alone. One list for all, so the preview can serve no page
//! the build would not write, and miss none.

use crate::i18n::Lang;

use super::inputs::Inputs;
use super::routes;

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

    /// The file the page is written to.
    pub fn file(self, inputs: &Inputs<'_>) -> String {
        routes::file(&self.route(inputs))
    }

    /// The page's route (its URL relative to the site root).
    pub fn route(self, inputs: &Inputs<'_>) -> String {
        match self {
            PageJob::Root => String::new(),
            PageJob::NotFound => routes::NOT_FOUND.to_owned(),
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
        }
    }

    /// The page's route in each language that has a version of it, in the configured order
    /// (this page's own included); empty for pages without language versions (feeds, aliases).
    fn versions(self, inputs: &Inputs<'_>) -> Vec<(Lang, String)> {
        let in_every = |route_of: &dyn Fn(Lang) -> String| inputs.config.langs().map(|l| (l, route_of(l))).collect();
        let corpus = inputs.corpus;
        match self {
            PageJob::Root | PageJob::NotFound | PageJob::Home(_) => in_every(&routes::home),
            PageJob::TopicsIndex(_) => in_every(&routes::topics),
            PageJob::Search(_) => in_every(&routes::search),
            PageJob::Timeline(_) => in_every(&routes::timeline),
            PageJob::People(_) => in_every(&routes::people),
            PageJob::Topic(_, index) => {
                let key = &inputs.config.topics[index].key;
                in_every(&|l| routes::topic(l, key))
            }
            PageJob::Corrections(_) => inputs
                .config
                .langs()
                .filter(|&l| inputs.has_corrections(l))
                .map(|l| (l, routes::corrections(l)))
                .collect(),
            PageJob::Page(index) => {
                let slug = &corpus.pages()[index].slug;
                let langs = inputs.config.langs().filter(|&l| corpus.page(slug, l).is_some());
                langs.map(|l| (l, routes::page(l, slug))).collect()
            }
            PageJob::Article(index) => {
                let slug = &corpus.articles()[index].slug;
                let versions = inputs.config.langs().filter_map(|l| corpus.translation(slug, l));
                versions.map(|a| (a.lang, routes::article(a))).collect()
            }
            PageJob::Feed(_) | PageJob::Alias(..) => Vec::new(),
        }
    }

    /// The version for readers of other languages: the root chooser, or the first version of
    /// a free page, or an article's original.
    fn x_default(self, inputs: &Inputs<'_>, route: &str, versions: &[(Lang, String)]) -> String {
        match self {
            PageJob::Page(_) => versions.first().map_or(route, |(_, r)| r).to_owned(),
            PageJob::Article(index) => {
                let article = &inputs.corpus.articles()[index];
                let original = article.front.translated_from_lang().unwrap_or(article.lang);
                let corpus = inputs.corpus;
                corpus
                    .translation(&article.slug, original)
                    .map_or_else(|| route.to_owned(), routes::article)
            }
            _ => String::new(),
        }
    }

    /// Whether the sitemap lists the page: not result lists, the 404 page, feeds or redirects.
    fn listed(self) -> bool {
        !matches!(
            self,
            PageJob::Search(_) | PageJob::NotFound | PageJob::Feed(_) | PageJob::Alias(..)
        )
    }
}

/// One page of the table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub job: PageJob,
    pub route: String,
    pub file: String,
    /// The page's route in each language that has a version of it, in the configured order.
    pub versions: Vec<(Lang, String)>,
    /// The route of the version for readers of other languages (`""`: the root chooser).
    pub x_default: String,
    /// Whether the sitemap lists the page.
    pub listed: bool,
}

/// Every page of the site, in `PageJob::all`'s order.
#[derive(Debug, Clone, Default)]
pub struct PageTable {
    entries: Vec<Entry>,
}

impl PageTable {
    /// The table of `inputs`' pages; fails when two pages would be written to one file.
    pub fn new(inputs: &Inputs<'_>) -> crate::error::Result<PageTable> {
        let jobs = PageJob::all(inputs);
        PageJob::check_files(&jobs, inputs)?;
        let entries = jobs
            .into_iter()
            .map(|job| {
                let route = job.route(inputs);
                let versions = job.versions(inputs);
                Entry {
                    job,
                    file: routes::file(&route),
                    x_default: job.x_default(inputs, &route, &versions),
                    listed: job.listed(),
                    route,
                    versions,
                }
            })
            .collect();
        Ok(PageTable { entries })
    }

    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The pages the sitemap lists, by route.
    pub fn listed(&self) -> Vec<&Entry> {
        let mut listed: Vec<&Entry> = self.entries.iter().filter(|e| e.listed).collect();
        listed.sort_by(|a, b| a.route.cmp(&b.route));
        listed
    }
}
