//! One language's tree of the site: its articles in list order and the values every page of
//! that language shares, plus the rendering step common to all pages.

use std::collections::HashMap;
use std::sync::Arc;

use serde::Serialize;
use tera::Context;

use crate::config::Topic;
use crate::content::{Article, Page};
use crate::error::Diagnostic;
use crate::i18n::{Lang, Locale};
use crate::markdown::autolink::NameLink;
use crate::theme::views::{Alternate, ArticleCard, Meta, NavLink, TopicLink};

use super::briefing::{self, DealsView, EventView};
use super::date_view;
use super::inputs::Inputs;
use super::jobs::Entry;
use super::routes;

pub use super::rendered::Rendered;

/// One language's tree: its articles newest first and the values every page of it shares.
pub struct LangSite<'a> {
    pub inputs: &'a Inputs<'a>,
    pub lang: Lang,
    pub locale: &'a Locale,
    /// Newest first, undated last.
    pub articles: Vec<&'a Article>,
    pub shared: Arc<LangShared>,
}

/// What every page of one language shares, computed once per set of inputs (a preview keeps it
/// while it renders pages one at a time).
pub struct LangShared {
    lang: Lang,
    /// Indices into the corpus's articles, in list order.
    order: Vec<usize>,
    pub topic_links: Vec<TopicLink>,
    pub deals: DealsView,
    pub timeline: Vec<EventView>,
    /// Names of people and organizations, for linking their mentions in articles.
    pub name_links: Vec<NameLink>,
    base: Context,
}

#[derive(Serialize)]
struct SiteView<'a> {
    title: &'a str,
    description: &'a str,
    topics: &'a [TopicLink],
    assets: std::collections::BTreeMap<&'a str, &'a str>,
    base_url: Option<&'a str>,
    feed: String,
    home: String,
    topics_url: String,
    search: String,
    /// `None` when the site has no timeline (or people) data, so no page and no link.
    timeline: Option<String>,
    people: Option<String>,
    /// `None` when no article of the language has an update.
    corrections: Option<String>,
    pages: Vec<NavLink>,
}

impl<'a> LangSite<'a> {
    pub fn new(inputs: &'a Inputs<'a>, lang: Lang) -> Result<Self, Diagnostic> {
        Ok(LangSite::with(inputs, Arc::new(LangShared::new(inputs, lang)?)))
    }

    /// The tree of `shared`'s language; `shared` must come from the same inputs.
    pub fn with(inputs: &'a Inputs<'a>, shared: Arc<LangShared>) -> Self {
        let all = inputs.corpus.articles();
        LangSite {
            inputs,
            lang: shared.lang,
            locale: inputs.theme.locale(shared.lang),
            articles: shared.order.iter().map(|&index| &*all[index]).collect(),
            shared,
        }
    }
}

impl LangShared {
    pub fn new(inputs: &Inputs<'_>, lang: Lang) -> Result<Self, Diagnostic> {
        let all = inputs.corpus.articles();
        let mut order: Vec<usize> = (0..all.len()).filter(|&i| all[i].lang == lang).collect();
        // Articles with a known day first, newest first; then those with only a month, a year
        // or an estimate, newest period first; then undated ones; ties by slug.
        order.sort_by_cached_key(|&i| {
            let article = &all[i];
            (
                article.date().is_none(),
                std::cmp::Reverse(article.date()),
                article.dating().is_none(),
                std::cmp::Reverse(article.dating().map(|d| d.on)),
                &article.slug,
            )
        });
        let mut counts: HashMap<&str, usize> = HashMap::new();
        for article in order.iter().map(|&i| &all[i]) {
            for topic in &article.front.topics {
                *counts.entry(topic.as_str()).or_default() += 1;
            }
        }
        let topic_links = inputs
            .config
            .topics
            .iter()
            .map(|t| topic_link(lang, t, counts.get(t.key.as_str()).copied().unwrap_or(0)))
            .collect::<Vec<_>>();
        let config = inputs.config;
        let pages = inputs
            .corpus
            .pages()
            .iter()
            .filter(|p| p.lang == lang)
            .map(|p| NavLink {
                url: routes::page(lang, &p.slug),
                title: p.front.title.clone(),
            })
            .collect();
        let view = SiteView {
            title: config.title.get(lang),
            description: config.description.get(lang),
            topics: &topic_links,
            assets: asset_paths(inputs),
            base_url: inputs.base_url(),
            feed: routes::feed(lang),
            home: routes::home(lang),
            topics_url: routes::topics(lang),
            search: routes::search(lang),
            timeline: (!inputs.data.timeline.events.is_empty()).then(|| routes::timeline(lang)),
            people: (!inputs.data.people.people.is_empty()).then(|| routes::people(lang)),
            corrections: inputs.has_corrections(lang).then(|| routes::corrections(lang)),
            pages,
        };
        let mut base = Context::new();
        base.insert("site", &view);
        base.insert("lang", lang.code());
        base.insert("dir", &config.languages.dir(lang));
        base.insert("script", config.languages.script(lang));
        let locale = inputs.theme.locale(lang);
        let (data, corpus) = (inputs.data, inputs.corpus);
        let locale_error = |m: String| Diagnostic::error(locale.path(), m);
        let deals = briefing::deals_view(data, corpus, locale).map_err(locale_error)?;
        let timeline = briefing::timeline_view(data, corpus, locale, &topic_links).map_err(locale_error)?;
        let name_links = data
            .people
            .people
            .iter()
            .enumerate()
            .flat_map(|(group, person)| {
                let href = routes::person(lang, &person.id);
                briefing::names(person, lang).into_iter().map(move |name| NameLink {
                    name,
                    href: href.clone(),
                    group,
                })
            })
            .collect();
        Ok(LangShared {
            lang,
            order,
            topic_links,
            deals,
            timeline,
            name_links,
            base,
        })
    }
}

impl<'a> LangSite<'a> {
    pub fn articles(&self) -> &[&'a Article] {
        &self.articles
    }

    pub fn pages(&self) -> impl Iterator<Item = &'a Page> + '_ {
        self.inputs.corpus.pages().iter().filter(move |p| p.lang == self.lang)
    }

    pub fn card(&self, article: &Article) -> ArticleCard {
        let corpus = self.inputs.corpus;
        // The only failure is a missing UI string, which theme loading already rules out.
        let dating = article
            .dating()
            .and_then(|d| date_view::date_view(self.locale, corpus, d, d.note.clone()).ok());
        ArticleCard {
            title: article.front.title.clone(),
            url: routes::article(article),
            date: dating.as_ref().map(|d| d.text.clone()),
            date_iso: dating.as_ref().map(|d| d.iso.clone()),
            date_note: dating.and_then(|d| d.note),
            dated: article.date().is_some(),
            generated: date_view::is_generated(corpus, &article.slug),
            summary: article.front.summary.clone(),
            topics: article
                .front
                .topics
                .iter()
                .filter_map(|key| self.shared.topic_links.iter().find(|t| &t.key == key).cloned())
                .collect(),
        }
    }

    /// The language switcher of `page`: every configured language, its version of the page
    /// or, when it has none, its home.
    pub fn alternates(&self, page: &Entry) -> Vec<Alternate> {
        self.inputs
            .config
            .languages
            .iter()
            .map(|language| {
                let lang = language.lang;
                let route = page.versions.iter().find(|(l, _)| *l == lang).map(|(_, r)| r);
                Alternate {
                    lang,
                    code: lang.code(),
                    name: language.name.clone(),
                    script: language.script.clone(),
                    dir: language.dir,
                    available: route.is_some(),
                    url: route.cloned().unwrap_or_else(|| routes::home(lang)),
                    current: lang == self.lang,
                }
            })
            .collect()
    }

    /// Renders `page` (of this language) with `template`; `meta` comes from `self.meta(page, ..)`.
    pub fn render(
        &self,
        template: &str,
        page: &Entry,
        mut meta: Meta,
        fill: impl FnOnce(&mut Context),
    ) -> Result<Rendered, Diagnostic> {
        let alternates = self.alternates(page);
        let mut context = self.shared.base.clone();
        context.insert("root", &routes::root_prefix(&page.route));
        context.insert("alternates", &alternates);
        fill(&mut context);
        meta.og_alternates = page
            .versions
            .iter()
            .filter(|(lang, _)| *lang != self.lang)
            .filter_map(|(lang, _)| self.inputs.config.languages.get(*lang))
            .map(|l| l.og_locale.clone())
            .collect();
        context.insert("meta", &meta);
        let html = self.inputs.theme.render(template, &context, &page.file)?;
        Ok(Rendered {
            file: page.file.clone(),
            html,
        })
    }

    /// Head metadata of `page`, its URL and x-default from the page table.
    pub fn meta(&self, page: &Entry, title: String, description: Option<String>, kind: &'static str) -> Meta {
        Meta {
            canonical: routes::absolute(self.inputs.base_url(), &page.route),
            description: description.unwrap_or_else(|| self.inputs.config.description.get(self.lang).clone()),
            title,
            url: page.route.clone(),
            kind,
            x_default: page.x_default.clone(),
            published: None,
            modified: None,
            og_locale: self
                .inputs
                .config
                .languages
                .get(self.lang)
                .map_or_else(|| self.lang.code().replace('-', "_"), |l| l.og_locale.clone()),
            og_alternates: Vec::new(),
            json_ld: None,
            image: None,
        }
    }
}

fn topic_link(lang: Lang, topic: &Topic, count: usize) -> TopicLink {
    TopicLink {
        key: topic.key.clone(),
        name: topic.name.get(lang).clone(),
        url: routes::topic(lang, &topic.key),
        count,
    }
}

/// The theme's assets by name, and the font stylesheet's placeholder when the theme has fonts
/// (the stylesheet is made once every page is rendered; `fonts::link` fills it in).
fn asset_paths<'a>(inputs: &'a Inputs<'a>) -> std::collections::BTreeMap<&'a str, &'a str> {
    let mut paths = inputs.theme.assets.paths();
    if !inputs.theme.fonts.is_empty() {
        paths.insert(crate::fonts::STYLESHEET, crate::fonts::STYLESHEET_TOKEN);
    }
    paths
}
