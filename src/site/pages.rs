//! Rendering each kind of page: a view is built from the corpus, placed in a Tera context
//! next to the language's shared values, and rendered with the theme.

use serde::Serialize;

use crate::config::Topic;
use crate::content::{Article, Page, translation};
use crate::error::Diagnostic;
use crate::i18n::Lang;
use crate::markdown::{self, Highlighter};
use crate::theme::views::{ArticleView, HomeView, Meta, PageView, SourceView, TopicView};

use super::lang_site::{LangSite, Rendered};
use super::routes;
use super::{briefing, metadata};

/// How many articles the home page lists.
const LATEST_ON_HOME: usize = 10;

fn html(markdown_text: &str) -> String {
    markdown::render(markdown_text, &Highlighter::new())
}

pub fn render_home(site: &LangSite<'_>) -> Result<Rendered, Diagnostic> {
    let view = HomeView {
        latest: site
            .articles
            .iter()
            .take(LATEST_ON_HOME)
            .map(|a| site.card(a))
            .collect(),
        topics: site.shared.topic_links.clone(),
        article_count: site.articles.len(),
    };
    let figures = briefing::key_figures(site.inputs.data, site.inputs.corpus, site.locale)
        .map_err(|m| Diagnostic::error(site.locale.path(), m))?;
    let title = site.inputs.config.title.get(site.lang).clone();
    let meta = site.meta(title, None, routes::home(site.lang), "website");
    site.render("home.html", meta, site.everywhere(routes::home), |c| {
        c.insert("page", &view);
        c.insert("key_figures", &figures);
    })
}

pub fn render_topics_index(site: &LangSite<'_>) -> Result<Rendered, Diagnostic> {
    let title = site
        .locale
        .text("topics-title", None)
        .map_err(|m| Diagnostic::error(site.locale.path(), m))?;
    let meta = site.meta(title, None, routes::topics(site.lang), "website");
    site.render("topics.html", meta, site.everywhere(routes::topics), |c| {
        c.insert("page", &site.shared.topic_links)
    })
}

pub fn render_timeline(site: &LangSite<'_>) -> Result<Rendered, Diagnostic> {
    let title = site
        .locale
        .text("timeline-title", None)
        .map_err(|m| Diagnostic::error(site.locale.path(), m))?;
    let meta = site.meta(title, None, routes::timeline(site.lang), "website");
    site.render("timeline.html", meta, site.everywhere(routes::timeline), |c| {
        c.insert("page", &site.shared.timeline)
    })
}

pub fn render_people(site: &LangSite<'_>) -> Result<Rendered, Diagnostic> {
    let title = site
        .locale
        .text("people-title", None)
        .map_err(|m| Diagnostic::error(site.locale.path(), m))?;
    // Every article is searched for every name: only this page needs it, so only it pays.
    let people = briefing::people_view(site.inputs.data, site.inputs.corpus, site.locale)
        .map_err(|m| Diagnostic::error(site.locale.path(), m))?;
    let meta = site.meta(title, None, routes::people(site.lang), "website");
    site.render("people.html", meta, site.everywhere(routes::people), |c| {
        c.insert("page", &people)
    })
}

pub fn render_search(site: &LangSite<'_>) -> Result<Rendered, Diagnostic> {
    let title = site
        .locale
        .text("search-title", None)
        .map_err(|m| Diagnostic::error(site.locale.path(), m))?;
    let meta = site.meta(title, None, routes::search(site.lang), "website");
    let search = site.inputs.options.search;
    let rendered = site.render("search.html", meta, site.everywhere(routes::search), |c| {
        c.insert("search_enabled", &search)
    })?;
    // Result lists are not pages worth listing in a sitemap.
    Ok(Rendered {
        record: None,
        ..rendered
    })
}

pub fn render_topic(site: &LangSite<'_>, topic: &Topic) -> Result<Rendered, Diagnostic> {
    let lang = site.lang;
    let intro = site.inputs.corpus.topic_intro(&topic.key, lang);
    let view = TopicView {
        link: site
            .shared
            .topic_links
            .iter()
            .find(|t| t.key == topic.key)
            .cloned()
            .expect("a link per topic"),
        intro: intro.map(|i| html(&i.body)),
        articles: site
            .articles
            .iter()
            .filter(|a| a.front.topics.contains(&topic.key))
            .map(|a| site.card(a))
            .collect(),
    };
    let description = intro.and_then(|i| first_paragraph(&i.body));
    let meta = site.meta(
        topic.name.get(lang).clone(),
        description,
        routes::topic(lang, &topic.key),
        "website",
    );
    let timeline: Vec<_> = site
        .shared
        .timeline
        .iter()
        .filter(|e| e.topics.iter().any(|t| t.key == topic.key))
        .collect();
    site.render(
        "topic.html",
        meta,
        site.everywhere(|l| routes::topic(l, &topic.key)),
        |c| {
            c.insert("page", &view);
            let cited = intro.map_or_else(Vec::new, |i| {
                briefing::source_links(site.inputs.corpus, &i.sources, lang)
            });
            c.insert("intro_sources", &cited);
            c.insert("deals", &site.shared.deals);
            c.insert("timeline", &timeline);
        },
    )
}

pub fn render_page(site: &LangSite<'_>, page: &Page) -> Result<Rendered, Diagnostic> {
    let view = PageView {
        title: page.front.title.clone(),
        summary: page.front.summary.clone(),
        body: html(&page.body),
    };
    let corpus = site.inputs.corpus;
    let alternates = site.alternates(|l| corpus.page(&page.slug, l).map(|_| routes::page(l, &page.slug)));
    let mut meta = site.meta(
        view.title.clone(),
        view.summary.clone(),
        routes::page(site.lang, &page.slug),
        "website",
    );
    meta.x_default = alternates
        .iter()
        .find(|a| a.available)
        .map_or_else(|| meta.url.clone(), |a| a.url.clone());
    site.render("page.html", meta, alternates, |c| c.insert("page", &view))
}

pub fn render_article(
    site: &LangSite<'_>,
    article: &Article,
    highlighter: Highlighter<'_>,
) -> Result<Rendered, Diagnostic> {
    let corpus = site.inputs.corpus;
    let original_lang = article.front.translated_from_lang().unwrap_or(article.lang);
    let prefix = routes::root_prefix(&routes::article(site.lang, &article.slug));
    let names = markdown::autolink::Names {
        links: &site.shared.name_links,
        find: briefing::mentions,
        href_prefix: &prefix,
    };
    let view = ArticleView {
        card: site.card(article),
        body: markdown::render_with_links(&article.body, &highlighter, &names),
        source: article.front.source.as_ref().map(|s| SourceView {
            name: s.name.clone(),
            url: s
                .url
                .clone()
                .filter(|u| u.starts_with("https://") || u.starts_with("http://")),
            byline: s.byline.clone(),
            file: s.file.clone(),
            generated: s.generated,
        }),
        original_lang: original_lang.native_name(),
        original_code: original_lang.code(),
        translated_from: article.front.translated_from_lang().map(Lang::native_name),
        original_url: article
            .front
            .translated_from_lang()
            .filter(|&l| corpus.translation(&article.slug, l).is_some())
            .map(|l| routes::article(l, &article.slug)),
        stale: translation::status(corpus, article) == translation::Status::Stale,
        updates: super::corrections::updates_view(site.locale, article),
    };
    let alternates = site.alternates(|l| {
        corpus
            .translation(&article.slug, l)
            .map(|_| routes::article(l, &article.slug))
    });
    let url = routes::article(site.lang, &article.slug);
    let mut meta = site.meta(
        article.front.title.clone(),
        article.front.summary.clone(),
        url,
        "article",
    );
    meta.x_default = routes::article(original_lang, &article.slug);
    if corpus.translation(&article.slug, original_lang).is_none() {
        meta.x_default = meta.url.clone();
    }
    meta.published = article.date().map(|d| d.to_string());
    meta.modified = article.last_update().map(|d| d.to_string());
    let briefing = site.inputs.config.title.get(site.lang);
    meta.json_ld = Some(metadata::article_json_ld(
        corpus,
        article,
        site.inputs.base_url(),
        briefing,
    ));
    site.render("article.html", meta, alternates, |c| c.insert("page", &view))
}

/// The language chooser at the site root.
pub fn render_root(site: &LangSite<'_>) -> Result<Rendered, Diagnostic> {
    let inputs = site.inputs;
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
    site.render("root.html", meta, site.everywhere(routes::home), |c| {
        c.insert("page", &choices)
    })
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
pub fn render_not_found(site: &LangSite<'_>) -> Result<Rendered, Diagnostic> {
    let inputs = site.inputs;
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
    let rendered = site.render("404.html", meta, site.everywhere(routes::home), |c| {
        c.insert("inline_css", &css);
        c.insert("languages", &site.everywhere(routes::home));
    })?;
    Ok(Rendered {
        record: None,
        ..rendered
    })
}

/// The first paragraph of a markdown text as plain text, for descriptions.
fn first_paragraph(markdown_text: &str) -> Option<String> {
    let paragraph = markdown_text
        .split("\n\n")
        .map(str::trim)
        .find(|p| !p.is_empty() && !p.starts_with('#'))?;
    let plain: String = paragraph.replace(['*', '_', '`', '[', ']'], "");
    Some(plain.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// The Atom feed of one language: every article in list order. An entry's `updated` is its
/// latest correction or update, else when the briefing took the article in (`added`), else its
/// own publication day; an article with
/// neither gets the feed's time, and no `published` time, since its date is unknown. The
/// feed's `updated` is the latest entry's. Never the build date, never another article's date
/// when the article has one of its own.
pub fn render_feed(site: &LangSite<'_>) -> Result<Rendered, Diagnostic> {
    let lang = site.lang;
    let base_url = site.inputs.base_url();
    let link = |route: &str| match base_url {
        Some(base) => format!("{base}/{route}"),
        // Relative to the feed's own address (`{lang}/feed.xml`), which Atom allows.
        None => route.strip_prefix(&format!("{lang}/")).unwrap_or(route).to_owned(),
    };
    let own = |article: &Article| article.last_update().or(article.front.added).or_else(|| article.date());
    let updated = site.articles.iter().filter_map(|a| own(a)).max();
    let updated = updated.map_or_else(|| "1970-01-01T00:00:00Z".to_owned(), |d| format!("{d}T00:00:00Z"));
    let entries: Vec<FeedEntry> = site
        .articles
        .iter()
        .map(|article| {
            let route = routes::article(lang, &article.slug);
            FeedEntry {
                id: routes::absolute(base_url, &route).unwrap_or_else(|| format!("urn:steppe:{lang}:{}", article.slug)),
                title: article.front.title.clone(),
                url: link(&route),
                published: article.date().map(|d| format!("{d}T00:00:00Z")),
                updated: own(article).map_or_else(|| updated.clone(), |d| format!("{d}T00:00:00Z")),
                summary: article.front.summary.clone(),
                author: article.front.source.as_ref().and_then(|s| s.name.clone()),
            }
        })
        .collect();
    let feed = FeedView {
        id: routes::absolute(base_url, &routes::home(lang)).unwrap_or_else(|| format!("urn:steppe:{lang}")),
        title: site.inputs.config.title.get(lang).clone(),
        subtitle: site.inputs.config.description.get(lang).clone(),
        self_url: link(&routes::feed(lang)),
        home_url: link(&routes::home(lang)),
        updated,
        entries,
    };
    let file = routes::feed(lang);
    let mut context = tera::Context::new();
    context.insert("feed", &feed);
    context.insert("lang", lang.code());
    let xml = site.inputs.theme.render("feed.xml", &context, &file)?;
    Ok(Rendered {
        file,
        html: xml,
        record: None,
    })
}

#[derive(Serialize)]
struct FeedView {
    id: String,
    title: String,
    subtitle: String,
    self_url: String,
    home_url: String,
    updated: String,
    entries: Vec<FeedEntry>,
}

#[derive(Serialize)]
struct FeedEntry {
    id: String,
    title: String,
    url: String,
    published: Option<String>,
    updated: String,
    summary: Option<String>,
    author: Option<String>,
}
