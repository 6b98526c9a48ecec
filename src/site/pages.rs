//! Rendering each kind of page: a view is built from the corpus, placed in a Tera context
//! next to the language's shared values, and rendered with the theme.

use std::collections::HashMap;

use serde::Serialize;
use tera::Context;

use crate::config::Topic;
use crate::content::{Article, Page};
use crate::error::Diagnostic;
use crate::i18n::{Lang, Locale};
use crate::markdown::{self, Highlighter};
use crate::theme::views::{
    Alternate, ArticleCard, ArticleView, HomeView, Meta, NavLink, PageView, SourceView, TopicLink, TopicView,
};

use super::build::Inputs;
use super::routes;

/// How many articles the home page lists.
const LATEST_ON_HOME: usize = 10;

/// One language's tree: its articles newest first and the values every page of it shares.
pub struct LangSite<'a> {
    inputs: &'a Inputs<'a>,
    lang: Lang,
    locale: &'a Locale,
    articles: Vec<&'a Article>,
    topic_links: Vec<TopicLink>,
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
    pages: Vec<NavLink>,
}

impl<'a> LangSite<'a> {
    pub fn new(inputs: &'a Inputs<'a>, lang: Lang) -> Self {
        let mut articles: Vec<&Article> = inputs.corpus.articles_in(lang).collect();
        // Newest first; undated articles last, then by slug for a stable order.
        articles.sort_by(|a, b| {
            (a.date().is_none(), std::cmp::Reverse(a.date()), &a.slug)
                .cmp(&(b.date().is_none(), std::cmp::Reverse(b.date()), &b.slug))
        });
        let mut counts: HashMap<&str, usize> = HashMap::new();
        for article in &articles {
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
            .map(|p| NavLink { url: routes::page(lang, &p.slug), title: p.front.title.clone() })
            .collect();
        let view = SiteView {
            title: config.title.get(lang),
            description: config.description.get(lang),
            topics: &topic_links,
            assets: inputs.theme.assets.paths(),
            base_url: inputs.base_url(),
            feed: routes::feed(lang),
            home: routes::home(lang),
            topics_url: routes::topics(lang),
            pages,
        };
        let mut base = Context::new();
        base.insert("site", &view);
        base.insert("lang", lang.code());
        base.insert("dir", &lang.dir());
        LangSite {
            inputs,
            lang,
            locale: inputs.theme.locale(lang),
            articles,
            topic_links,
            base,
        }
    }

    pub fn articles(&self) -> &[&'a Article] {
        &self.articles
    }

    pub fn pages(&self) -> impl Iterator<Item = &'a Page> + '_ {
        self.inputs.corpus.pages().iter().filter(move |p| p.lang == self.lang)
    }

    fn card(&self, article: &Article) -> ArticleCard {
        ArticleCard {
            title: article.front.title.clone(),
            url: routes::article(self.lang, &article.slug),
            date: article.date().map(|d| self.locale.format_date(d)),
            date_iso: article.date().map(|d| d.to_string()),
            summary: article.front.summary.clone(),
            topics: article
                .front
                .topics
                .iter()
                .filter_map(|key| self.topic_links.iter().find(|t| &t.key == key).cloned())
                .collect(),
        }
    }

    /// Alternates for a page that exists in every language at `route_of(lang)`.
    fn everywhere(&self, route_of: impl Fn(Lang) -> String) -> Vec<Alternate> {
        self.alternates(|lang| Some(route_of(lang)))
    }

    fn alternates(&self, route_of: impl Fn(Lang) -> Option<String>) -> Vec<Alternate> {
        Lang::ALL
            .iter()
            .map(|&lang| {
                let route = route_of(lang);
                Alternate {
                    code: lang.code(),
                    name: lang.native_name(),
                    dir: lang.dir(),
                    available: route.is_some(),
                    url: route.unwrap_or_else(|| routes::home(lang)),
                    current: lang == self.lang,
                }
            })
            .collect()
    }

    fn render(
        &self,
        template: &str,
        meta: Meta,
        alternates: Vec<Alternate>,
        fill: impl FnOnce(&mut Context),
    ) -> Result<(String, String), Diagnostic> {
        let mut context = self.base.clone();
        context.insert("root", &routes::root_prefix(&meta.url));
        context.insert("alternates", &alternates);
        fill(&mut context);
        let file = routes::file(&meta.url);
        context.insert("meta", &meta);
        let html = self.inputs.theme.render(template, &context, &file)?;
        Ok((file, html))
    }

    fn meta(&self, title: String, description: Option<String>, url: String, kind: &'static str) -> Meta {
        Meta {
            canonical: routes::absolute(self.inputs.base_url(), &url),
            description: description.unwrap_or_else(|| self.inputs.config.description.get(self.lang).clone()),
            title,
            url,
            kind,
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

fn html(markdown_text: &str) -> String {
    markdown::render(markdown_text, &Highlighter::new())
}

pub fn render_home(site: &LangSite<'_>) -> Result<(String, String), Diagnostic> {
    let view = HomeView {
        latest: site.articles.iter().take(LATEST_ON_HOME).map(|a| site.card(a)).collect(),
        topics: site.topic_links.clone(),
        article_count: site.articles.len(),
    };
    let title = site.inputs.config.title.get(site.lang).clone();
    let meta = site.meta(title, None, routes::home(site.lang), "website");
    site.render("home.html", meta, site.everywhere(routes::home), |c| c.insert("page", &view))
}

pub fn render_topics_index(site: &LangSite<'_>) -> Result<(String, String), Diagnostic> {
    let title = site.locale.text("topics-title", None).map_err(|m| Diagnostic::error(site.locale.path(), m))?;
    let meta = site.meta(title, None, routes::topics(site.lang), "website");
    site.render("topics.html", meta, site.everywhere(routes::topics), |c| {
        c.insert("page", &site.topic_links)
    })
}

pub fn render_topic(site: &LangSite<'_>, topic: &Topic) -> Result<(String, String), Diagnostic> {
    let lang = site.lang;
    let intro = site.inputs.corpus.topic_intro(&topic.key, lang);
    let view = TopicView {
        link: site.topic_links.iter().find(|t| t.key == topic.key).cloned().expect("a link per topic"),
        intro: intro.map(|i| html(&i.body)),
        articles: site
            .articles
            .iter()
            .filter(|a| a.front.topics.contains(&topic.key))
            .map(|a| site.card(a))
            .collect(),
    };
    let description = intro.and_then(|i| first_paragraph(&i.body));
    let meta = site.meta(topic.name.get(lang).clone(), description, routes::topic(lang, &topic.key), "website");
    site.render("topic.html", meta, site.everywhere(|l| routes::topic(l, &topic.key)), |c| {
        c.insert("page", &view)
    })
}

pub fn render_page(site: &LangSite<'_>, page: &Page) -> Result<(String, String), Diagnostic> {
    let view = PageView {
        title: page.front.title.clone(),
        summary: page.front.summary.clone(),
        body: html(&page.body),
    };
    let corpus = site.inputs.corpus;
    let alternates = site.alternates(|l| corpus.page(&page.slug, l).map(|_| routes::page(l, &page.slug)));
    let meta = site.meta(view.title.clone(), view.summary.clone(), routes::page(site.lang, &page.slug), "website");
    site.render("page.html", meta, alternates, |c| c.insert("page", &view))
}

pub fn render_article(site: &LangSite<'_>, article: &Article) -> Result<(String, String), Diagnostic> {
    let corpus = site.inputs.corpus;
    let original_lang = article.front.translated_from.unwrap_or(article.lang);
    let view = ArticleView {
        card: site.card(article),
        body: html(&article.body),
        source: article.front.source.as_ref().map(|s| SourceView {
            name: s.name.clone(),
            url: s.url.clone().filter(|u| u.starts_with("https://") || u.starts_with("http://")),
            byline: s.byline.clone(),
            file: s.file.clone(),
            generated: s.generated,
        }),
        original_lang: original_lang.native_name(),
        original_code: original_lang.code(),
        translated_from: article.front.translated_from.map(Lang::native_name),
        original_url: article
            .front
            .translated_from
            .filter(|&l| corpus.translation(&article.slug, l).is_some())
            .map(|l| routes::article(l, &article.slug)),
    };
    let alternates = site.alternates(|l| corpus.translation(&article.slug, l).map(|_| routes::article(l, &article.slug)));
    let url = routes::article(site.lang, &article.slug);
    let meta = site.meta(article.front.title.clone(), article.front.summary.clone(), url, "article");
    site.render("article.html", meta, alternates, |c| c.insert("page", &view))
}

/// The language chooser at the site root.
pub fn render_root(inputs: &Inputs<'_>) -> Result<(String, String), Diagnostic> {
    let site = LangSite::new(inputs, Lang::En);
    let choices: Vec<_> = Lang::ALL
        .iter()
        .map(|&lang| RootChoice {
            code: lang.code(),
            name: lang.native_name(),
            dir: lang.dir(),
            title: inputs.config.title.get(lang),
            description: inputs.config.description.get(lang),
            url: routes::home(lang),
        })
        .collect();
    let meta = site.meta(inputs.config.title.en.clone(), None, String::new(), "website");
    site.render("root.html", meta, site.everywhere(routes::home), |c| c.insert("page", &choices))
}

#[derive(Serialize)]
struct RootChoice<'a> {
    code: &'static str,
    name: &'static str,
    dir: crate::i18n::TextDir,
    title: &'a str,
    description: &'a str,
    url: String,
}

/// One 404 page for every language and depth: it carries its own styles and finds the site
/// root with a script, since a host may serve it for any missing URL.
pub fn render_not_found(inputs: &Inputs<'_>) -> Result<(String, String), Diagnostic> {
    let site = LangSite::new(inputs, Lang::En);
    let css = inputs
        .theme
        .assets
        .get("style.css")
        .map(|a| String::from_utf8_lossy(&a.bytes).into_owned())
        .unwrap_or_default();
    let meta = Meta {
        canonical: None,
        ..site.meta("404".to_owned(), None, "404.html".to_owned(), "website")
    };
    site.render("404.html", meta, site.everywhere(routes::home), |c| {
        c.insert("inline_css", &css);
        c.insert("languages", &site.everywhere(routes::home));
    })
}

/// The first paragraph of a markdown text as plain text, for descriptions.
fn first_paragraph(markdown_text: &str) -> Option<String> {
    let paragraph = markdown_text.split("\n\n").map(str::trim).find(|p| !p.is_empty() && !p.starts_with('#'))?;
    let plain: String = paragraph.replace(['*', '_', '`', '[', ']'], "");
    Some(plain.split_whitespace().collect::<Vec<_>>().join(" "))
}
