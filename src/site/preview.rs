//! A site as the preview serves it: either every file rendered up front (as `build` writes them),
//! or the `Model` of the current inputs with pages rendered when first asked for and kept until
//! the inputs change. On a large site a save then costs the pages being looked at, not all.
//! Social cards wait the same way: drawing one costs more than rendering a page.

mod reuse;

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::{Arc, RwLock};

use rayon::prelude::*;

use crate::error::{Diagnostic, Diagnostics, Result};

use super::build::{self, BuiltSite};
use super::cards::{self, Drawer};
use super::inputs::Inputs;
use super::jobs::PageJob;
use super::model::Model;
use super::render::{self, Renderer};
use super::routes;

/// Files by their path in the site.
pub type Files = BTreeMap<String, Arc<[u8]>>;

pub struct Preview {
    /// What pages are rendered from; `None` when every file is ready.
    model: Option<Model>,
    /// The page table of `model` and what the pages of each language share, made once.
    renderer: Renderer,
    /// Every page of the site by its file, rendered or not, and every article's social card;
    /// shared with the previous preview while the page table is.
    pages: Arc<BTreeMap<String, Job>>,
    /// The cards, drawn when asked for; `None` when the site has none.
    cards: Option<Cards>,
    /// Files ready to serve: everything that is not a page, and pages once rendered.
    ready: RwLock<Files>,
    warnings: Vec<Diagnostic>,
    /// The font stylesheet pages rendered on request link to (the fonts whole: which
    /// characters the site uses is known only once every page is rendered).
    fonts_css: Option<String>,
    /// What the sitemap's URLs start with.
    base_url: Option<String>,
}

#[derive(Debug, Clone, Copy)]
enum Job {
    /// Index into the renderer's page table.
    Page(usize),
    /// Index into `Cards::svgs`.
    Card(usize),
}

/// Every card's SVG, filled in at start (so a template error shows at once, as in `build`),
/// and what draws it: a card needs nothing else, in either kind of preview.
struct Cards {
    drawer: Drawer,
    /// The article each card is of (errors name it) and its SVG, by `Job::Card` index.
    svgs: Vec<(PathBuf, String)>,
}

/// Each card's path in the site and its job.
type CardJobs = Vec<(String, Job)>;

impl Cards {
    /// The cards of the site and their jobs by path; `None` when it has no cards.
    fn of(inputs: &Inputs<'_>) -> Result<Option<(Cards, CardJobs)>> {
        let Some(drawer) = Drawer::new(inputs) else {
            return Ok(None);
        };
        let articles = inputs.corpus.articles();
        let results: Vec<_> = articles.par_iter().map(|article| cards::svg(inputs, article)).collect();
        let mut problems = Diagnostics::default();
        let mut svgs = Vec::with_capacity(articles.len());
        let mut jobs = Vec::with_capacity(articles.len());
        for (article, result) in articles.iter().zip(results) {
            if let Some(svg) = problems.take(result.map_err(Into::into)) {
                jobs.push((cards::path(article), Job::Card(svgs.len())));
                svgs.push((article.path.clone(), svg));
            }
        }
        problems.finish()?;
        Ok(Some((Cards { drawer, svgs }, jobs)))
    }
}

impl Preview {
    /// Renders every file now, exactly as `build` does (search index included when asked):
    /// every rendering error is known at once.
    /// Cards are the exception: each is drawn when asked for.
    pub fn complete(model: Model) -> Result<Preview> {
        let mut inputs = model.inputs();
        inputs.options.draw_cards = false;
        let renderer = Renderer::new(&inputs)?;
        let site = build::build_with(&inputs, &renderer)?;
        let mut pages = page_jobs(&renderer);
        let cards = Cards::of(&inputs)?.map(|(cards, jobs)| {
            pages.extend(jobs);
            cards
        });
        Ok(Preview {
            pages: Arc::new(pages),
            ready: RwLock::new(shared(site.files)),
            warnings: site.warnings,
            model: None,
            renderer,
            cards,
            fonts_css: None,
            base_url: None,
        })
    }

    /// The preview of `model`, rendered whole when it has at most `render_all_up_to` pages (or
    /// the search index, which reads every page, is wanted), else on request. What `previous`
    /// made from inputs equal to `model`'s is taken as it is (see `reuse`).
    pub fn after(model: Model, previous: Option<&Preview>, render_all_up_to: usize) -> Result<Preview> {
        let kept = previous.and_then(|p| Some((p, p.model.as_ref()?)));
        let reuse = kept.map(|(p, old)| (p, reuse::between(old, &model)));
        let page_count = match reuse {
            Some((p, reuse)) if reuse.table => p.renderer.table().entries().len(),
            _ => PageJob::all(&model.inputs()).len(),
        };
        if model.options.search || page_count <= render_all_up_to {
            return Preview::complete(model);
        }
        Preview::on_request_reusing(model, reuse)
    }

    /// Renders nothing but the files that are not pages; pages and cards wait until they are
    /// asked for. What every page shares (each language's lists, deals and timeline) and every
    /// card's template are checked now.
    pub fn on_request(model: Model) -> Result<Preview> {
        Preview::on_request_reusing(model, None)
    }

    fn on_request_reusing(model: Model, previous: Option<(&Preview, render::Reuse)>) -> Result<Preview> {
        let inputs = model.inputs();
        let renderer = match previous {
            Some((p, reuse)) => Renderer::after(&inputs, &p.renderer, reuse)?,
            None => Renderer::new(&inputs)?,
        };
        // Only ever taken whole: every card's job is made from the article's route, which
        // the table compares, and its index in the corpus.
        let kept = previous.map(|(p, _)| p).filter(|p| p.renderer.same_table(&renderer));
        let (cards, card_jobs) = match Cards::of(&inputs)? {
            Some((cards, jobs)) => (Some(cards), jobs),
            None => (None, Vec::new()),
        };
        let pages = match kept {
            Some(p) if p.cards.is_some() == cards.is_some() => Arc::clone(&p.pages),
            _ => {
                let mut pages = page_jobs(&renderer);
                pages.extend(card_jobs);
                Arc::new(pages)
            }
        };
        let mut problems = Diagnostics::default();
        let mut files = render::fixed_files(&inputs);
        // From the page table: ready at once, whatever has been rendered.
        let same_base = kept.is_some_and(|p| p.base_url.as_deref() == inputs.base_url());
        match kept
            .and_then(|p| p.read().get(routes::SITEMAP).cloned())
            .filter(|_| same_base)
        {
            Some(sitemap) => files.push((routes::SITEMAP.to_owned(), sitemap.to_vec())),
            None => files.extend(renderer.sitemap(&inputs, &mut problems)),
        }
        let mut ready = shared(files.into_iter().collect());
        let media = render::media_files(&inputs, &|path| ready.contains_key(path) || pages.contains_key(path))?;
        ready.extend(media.files.into_iter().map(|(path, bytes)| (path, Arc::from(bytes))));
        media.warnings.into_iter().for_each(|w| problems.push(w));
        let fonts = inputs.theme.fonts.uncut();
        ready.extend(fonts.files.into_iter().map(|(path, bytes)| (path, Arc::from(bytes))));
        let warnings = render::warnings(&inputs, problems)?;
        let base_url = inputs.base_url().map(str::to_owned);
        Ok(Preview {
            pages,
            ready: RwLock::new(ready),
            warnings,
            model: Some(model),
            renderer,
            cards,
            fonts_css: fonts.stylesheet,
            base_url,
        })
    }

    /// A preview of files already made, for tests of what comes after.
    pub fn of(site: BuiltSite) -> Preview {
        Preview {
            model: None,
            pages: Arc::default(),
            ready: RwLock::new(shared(site.files)),
            warnings: site.warnings,
            renderer: Renderer::default(),
            cards: None,
            fonts_css: None,
            base_url: None,
        }
    }

    /// What pages are rendered from, when they are rendered on request.
    pub fn model(&self) -> Option<&Model> {
        self.model.as_ref()
    }

    pub fn contains(&self, path: &str) -> bool {
        self.pages.contains_key(path) || self.read().contains_key(path)
    }

    /// Whether `file(path)` answers without rendering.
    pub fn is_ready(&self, path: &str) -> bool {
        self.read().contains_key(path)
    }

    /// The file at `path`, rendered now if it was not yet; `None` when the site has no such file.
    pub fn file(&self, path: &str) -> Option<Result<Arc<[u8]>>> {
        if let Some(bytes) = self.read().get(path) {
            return Some(Ok(Arc::clone(bytes)));
        }
        self.pages.get(path)?;
        Some(self.render(&[path.to_owned()]).map(|()| Arc::clone(&self.read()[path])))
    }

    /// Renders the pages among `paths` that are not ready yet (others are ignored), in
    /// parallel; all their errors are reported together.
    pub fn render(&self, paths: &[String]) -> Result<()> {
        let ready = self.read();
        let mut jobs: Vec<(&str, Job)> = paths
            .iter()
            .filter(|path| !ready.contains_key(*path))
            .filter_map(|path| Some((path.as_str(), *self.pages.get(path)?)))
            .collect();
        drop(ready);
        if jobs.is_empty() {
            return Ok(());
        }
        let mut problems = Diagnostics::default();
        let mut rendered = Vec::new();
        if let Some(cards) = &self.cards {
            let drawn: Vec<_> = jobs
                .par_iter()
                .filter_map(|(path, job)| match job {
                    Job::Card(index) => Some((*path, &cards.svgs[*index])),
                    _ => None,
                })
                .map(|(path, (source, svg))| cards.drawer.card(svg, source).map(|card| (path, card.png)))
                .collect();
            for result in drawn {
                if let Some((path, png)) = problems.take(result.map_err(Into::into)) {
                    rendered.push((path.to_owned(), Arc::<[u8]>::from(png)));
                }
            }
        }
        jobs.retain(|(_, job)| !matches!(job, Job::Card(_)));
        if !jobs.is_empty() {
            self.render_pages(&jobs, &mut problems, &mut rendered);
        }
        problems.finish()?;
        let mut ready = self.ready.write().unwrap_or_else(|e| e.into_inner());
        ready.extend(rendered);
        Ok(())
    }

    /// Renders the pages `jobs` name, only ever asked for in a preview on request.
    fn render_pages(&self, jobs: &[(&str, Job)], problems: &mut Diagnostics, rendered: &mut Vec<(String, Arc<[u8]>)>) {
        let model = self
            .model
            .as_ref()
            .expect("pages are not ready only when rendered on request");
        let inputs = model.inputs();
        let table = self.renderer.table().entries();
        let entries: Vec<_> = jobs
            .iter()
            .filter_map(|(_, job)| match job {
                Job::Page(index) => Some(&table[*index]),
                Job::Card(_) => None,
            })
            .collect();
        // The preview keeps no page cache: its pages live in memory until the inputs change.
        for result in self.renderer.render(&inputs, &entries, None) {
            if let Some(page) = problems.take(result.map_err(Into::into)) {
                let html = crate::fonts::link(&page.rendered.html, self.fonts_css.as_deref());
                rendered.push((page.rendered.file, Arc::<[u8]>::from(html.into_bytes())));
            }
        }
    }

    /// Pages rendered on request so far, by file; none when the site was rendered whole (a
    /// site that grew past the size for that would otherwise render every page again).
    pub fn rendered_pages(&self) -> Vec<String> {
        if self.model.is_none() {
            return Vec::new();
        }
        let ready = self.read();
        self.pages.keys().filter(|p| ready.contains_key(*p)).cloned().collect()
    }

    /// Whether both previews have the same pages (rendered or not).
    pub fn same_pages(&self, other: &Preview) -> bool {
        Arc::ptr_eq(&self.pages, &other.pages)
            || self.pages.len() == other.pages.len() && self.pages.keys().eq(other.pages.keys())
    }

    /// Whether both previews share one list of pages, made once (and so one page table).
    pub fn shares_pages_with(&self, other: &Preview) -> bool {
        Arc::ptr_eq(&self.pages, &other.pages)
    }

    /// The files of every page and card of the site, rendered or not, sorted.
    pub fn page_files(&self) -> Vec<String> {
        self.pages.keys().cloned().collect()
    }

    /// Whether `path` is a page of the site, rendered or not.
    pub fn is_page(&self, path: &str) -> bool {
        self.pages.contains_key(path)
    }

    /// The files ready now (cheap: the bytes are shared).
    pub fn ready_files(&self) -> Files {
        self.read().clone()
    }

    /// Files of the site, rendered or not.
    pub fn len(&self) -> usize {
        let ready = self.read();
        self.pages.len() + ready.keys().filter(|p| !self.pages.contains_key(*p)).count()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn warnings(&self) -> &[Diagnostic] {
        &self.warnings
    }

    fn read(&self) -> std::sync::RwLockReadGuard<'_, Files> {
        // A panic while holding the lock left the map whole: it is only ever extended.
        self.ready.read().unwrap_or_else(|e| e.into_inner())
    }
}

impl std::fmt::Debug for Preview {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Preview")
            .field("pages", &self.pages.len())
            .field("ready", &self.read().len())
            .field("on_request", &self.model.is_some())
            .finish()
    }
}

/// Every page of `renderer`'s table by its file.
fn page_jobs(renderer: &Renderer) -> BTreeMap<String, Job> {
    let entries = renderer.table().entries().iter().enumerate();
    entries
        .map(|(index, entry)| (entry.file.clone(), Job::Page(index)))
        .collect()
}

fn shared(files: BTreeMap<String, Vec<u8>>) -> Files {
    files
        .into_iter()
        .map(|(path, bytes)| (path, Arc::from(bytes)))
        .collect()
}
