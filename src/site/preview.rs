//! A site as the preview serves it: either every file rendered up front (as `build` writes them),
//! or the `Model` of the current inputs with pages rendered when first asked for and kept until
//! the inputs change. On a large site a save then costs the pages being looked at, not all.
//! Social cards wait the same way: drawing one costs more than rendering a page.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::{Arc, RwLock};

use rayon::prelude::*;

use crate::error::{Diagnostic, Diagnostics, Result};

use super::build::{self, BuiltSite};
use super::cards::{self, Drawer};
use super::inputs::Inputs;
use super::model::Model;
use super::render::{self, Renderer};

/// Files by their path in the site.
pub type Files = BTreeMap<String, Arc<[u8]>>;

pub struct Preview {
    /// What pages are rendered from; `None` when every file is ready.
    model: Option<Model>,
    /// The page table of `model` and what the pages of each language share, made once.
    renderer: Renderer,
    /// Every page of the site by its file, rendered or not, and every article's social card.
    pages: BTreeMap<String, Job>,
    /// The cards, drawn when asked for; `None` when the site has none.
    cards: Option<Cards>,
    /// Files ready to serve: everything that is not a page, and pages once rendered.
    ready: RwLock<Files>,
    warnings: Vec<Diagnostic>,
    /// The font stylesheet pages rendered on request link to (the fonts whole: which
    /// characters the site uses is known only once every page is rendered).
    fonts_css: Option<String>,
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
            pages,
            ready: RwLock::new(shared(site.files)),
            warnings: site.warnings,
            model: None,
            renderer,
            cards,
            fonts_css: None,
        })
    }

    /// Renders nothing but the files that are not pages; pages and cards wait until they are
    /// asked for. What every page shares (each language's lists, deals and timeline) and every
    /// card's template are checked now.
    pub fn on_request(model: Model) -> Result<Preview> {
        let inputs = model.inputs();
        let renderer = Renderer::new(&inputs)?;
        let mut pages = page_jobs(&renderer);
        let cards = Cards::of(&inputs)?.map(|(cards, jobs)| {
            pages.extend(jobs);
            cards
        });
        let mut problems = Diagnostics::default();
        let mut files = render::fixed_files(&inputs);
        // From the page table: ready at once, whatever has been rendered.
        files.extend(renderer.sitemap(&inputs, &mut problems));
        let mut ready = shared(files.into_iter().collect());
        let media = render::media_files(&inputs, &|path| ready.contains_key(path) || pages.contains_key(path))?;
        ready.extend(media.files.into_iter().map(|(path, bytes)| (path, Arc::from(bytes))));
        media.warnings.into_iter().for_each(|w| problems.push(w));
        let fonts = inputs.theme.fonts.uncut();
        ready.extend(fonts.files.into_iter().map(|(path, bytes)| (path, Arc::from(bytes))));
        let warnings = render::warnings(&inputs, problems)?;
        Ok(Preview {
            pages,
            ready: RwLock::new(ready),
            warnings,
            model: Some(model),
            renderer,
            cards,
            fonts_css: fonts.stylesheet,
        })
    }

    /// A preview of files already made, for tests of what comes after.
    pub fn of(site: BuiltSite) -> Preview {
        Preview {
            model: None,
            pages: BTreeMap::new(),
            ready: RwLock::new(shared(site.files)),
            warnings: site.warnings,
            renderer: Renderer::default(),
            cards: None,
            fonts_css: None,
        }
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
        self.pages.len() == other.pages.len() && self.pages.keys().eq(other.pages.keys())
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
