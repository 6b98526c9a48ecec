//! Rendering each kind of page: a view is built from the corpus, placed in a Tera context
//! next to the language's shared values, and rendered with the theme.

use serde::Serialize;

use crate::config::Topic;
use crate::content::{Article, Page, translation};
use crate::error::Diagnostic;
use crate::markdown::{self, Highlighter};
use crate::media::figure::ArticleImages;
use crate::theme::views::{ArticleView, HomeView, Meta, NavLink, PageView, SourceView, TopicView};

use super::jobs::Entry;
use super::lang_site::{LangSite, Rendered};
use super::links;
use super::routes;
use super::{briefing, metadata};

/// How many articles the home page lists.
const LATEST_ON_HOME: usize = 10;

pub fn render_home(site: &LangSite<'_>, page: &Entry) -> Result<Rendered, Diagnostic> {
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
    let meta = site.meta(page, title, None, "website");
    site.render("home.html", page, meta, |c| {
        c.insert("page", &view);
        c.insert("key_figures", &figures);
    })
}

pub fn render_topics_index(site: &LangSite<'_>, page: &Entry) -> Result<Rendered, Diagnostic> {
    let title = site
        .locale
        .text("topics-title", None)
        .map_err(|m| Diagnostic::error(site.locale.path(), m))?;
    let meta = site.meta(page, title, None, "website");
    site.render("topics.html", page, meta, |c| {
        c.insert("page", &site.shared.topic_links)
    })
}

pub fn render_timeline(site: &LangSite<'_>, page: &Entry) -> Result<Rendered, Diagnostic> {
    let title = site
        .locale
        .text("timeline-title", None)
        .map_err(|m| Diagnostic::error(site.locale.path(), m))?;
    let meta = site.meta(page, title, None, "website");
    site.render("timeline.html", page, meta, |c| c.insert("page", &site.shared.timeline))
}

pub fn render_people(site: &LangSite<'_>, page: &Entry) -> Result<Rendered, Diagnostic> {
    let title = site
        .locale
        .text("people-title", None)
        .map_err(|m| Diagnostic::error(site.locale.path(), m))?;
    // Every article is searched for every name: only this page needs it, so only it pays.
    let people = briefing::people_view(site.inputs.data, site.inputs.corpus, site.locale)
        .map_err(|m| Diagnostic::error(site.locale.path(), m))?;
    let meta = site.meta(page, title, None, "website");
    site.render("people.html", page, meta, |c| c.insert("page", &people))
}

pub fn render_search(site: &LangSite<'_>, page: &Entry) -> Result<Rendered, Diagnostic> {
    let title = site
        .locale
        .text("search-title", None)
        .map_err(|m| Diagnostic::error(site.locale.path(), m))?;
    let meta = site.meta(page, title, None, "website");
    let search = site.inputs.options.search;
    site.render("search.html", page, meta, |c| c.insert("search_enabled", &search))
}

pub fn render_topic(site: &LangSite<'_>, page: &Entry, topic: &Topic) -> Result<Rendered, Diagnostic> {
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
        intro: intro
            .map(|i| {
                let body = links::Body {
                    path: &i.path,
                    text: &i.body,
                    line: i.body_line,
                };
                render_with_images(site, &page.route, body)
            })
            .transpose()?,
        articles: site
            .articles
            .iter()
            .filter(|a| a.front.topics.contains(&topic.key))
            .map(|a| site.card(a))
            .collect(),
    };
    let description = intro.and_then(|i| first_paragraph(&i.body));
    let meta = site.meta(page, topic.name.get(lang).clone(), description, "website");
    let timeline: Vec<_> = site
        .shared
        .timeline
        .iter()
        .filter(|e| e.topics.iter().any(|t| t.key == topic.key))
        .collect();
    site.render("topic.html", page, meta, |c| {
        c.insert("page", &view);
        let cited = intro.map_or_else(Vec::new, |i| {
            briefing::source_links(site.inputs.corpus, &i.sources, lang)
        });
        c.insert("intro_sources", &cited);
        c.insert("deals", &site.shared.deals);
        c.insert("timeline", &timeline);
    })
}

/// The markdown of a free page or a topic introduction at `route`, its images resolved from
/// `content/media/` as in articles (figures, variants, credits; the same errors).
fn render_with_images(site: &LangSite<'_>, route: &str, body: links::Body<'_>) -> Result<String, Diagnostic> {
    let prefix = routes::root_prefix(route);
    let images = ArticleImages::new(
        site.inputs.media,
        site.lang.code(),
        body.path,
        (body.text, body.line),
        &prefix,
    );
    let html = links::render(
        site.inputs.corpus,
        site.lang,
        route,
        body,
        (&Highlighter::new(), &Default::default(), &images),
    );
    match images.into_problem() {
        Some(problem) => Err(problem),
        None => html,
    }
}

pub fn render_page(site: &LangSite<'_>, entry: &Entry, page: &Page) -> Result<Rendered, Diagnostic> {
    let view = PageView {
        title: page.front.title.clone(),
        summary: page.front.summary.clone(),
        body: render_with_images(
            site,
            &entry.route,
            links::Body {
                path: &page.path,
                text: &page.body,
                line: page.body_line,
            },
        )?,
    };
    let meta = site.meta(entry, view.title.clone(), view.summary.clone(), "website");
    site.render("page.html", entry, meta, |c| c.insert("page", &view))
}

pub fn render_article(
    site: &LangSite<'_>,
    page: &Entry,
    article: &Article,
    highlighter: Highlighter<'_>,
) -> Result<Rendered, Diagnostic> {
    let corpus = site.inputs.corpus;
    let languages = &site.inputs.config.languages;
    let original_lang = article.front.translated_from_lang().unwrap_or(article.lang);
    let prefix = routes::root_prefix(&page.route);
    let names = markdown::autolink::Names {
        links: &site.shared.name_links,
        find: briefing::mentions,
        href_prefix: &prefix,
    };
    let images = ArticleImages::new(
        site.inputs.media,
        article.lang.code(),
        &article.path,
        (&article.body, article.body_line),
        &prefix,
    );
    let body = links::render(
        corpus,
        site.lang,
        &page.route,
        links::Body {
            path: &article.path,
            text: &article.body,
            line: article.body_line,
        },
        (&highlighter, &names, &images),
    );
    if let Some(problem) = images.into_problem() {
        return Err(problem);
    }
    let view = ArticleView {
        card: site.card(article),
        body: body?,
        source: article.front.source.as_ref().map(|s| SourceView {
            name: s.name.clone(),
            url: s.url.as_deref().and_then(crate::web_url::web_url),
            byline: s.byline.clone(),
            file: s.file.clone(),
            generated: s.generated,
        }),
        original_lang: languages.name(original_lang).to_owned(),
        original_code: original_lang.code(),
        translated_from: article
            .front
            .translated_from_lang()
            .map(|l| languages.name(l).to_owned()),
        original_url: article
            .front
            .translated_from_lang()
            .and_then(|l| corpus.translation(&article.slug, l))
            .map(routes::article),
        stale: translation::status(corpus, article) == translation::Status::Stale,
        updates: super::corrections::updates_view(site.locale, article),
    };
    let mut meta = site.meta(
        page,
        article.front.title.clone(),
        article.front.summary.clone(),
        "article",
    );
    meta.published = article.date().map(|d| d.to_string());
    meta.modified = article.last_update().map(|d| d.to_string());
    let briefing = site.inputs.config.title.get(site.lang);
    meta.json_ld = Some(metadata::article_json_ld(
        corpus,
        article,
        site.inputs.base_url(),
        briefing,
    ));
    if let Some(url) = routes::absolute(site.inputs.base_url(), &routes::card(article))
        && super::cards::enabled(site.inputs)
    {
        meta.image = Some(crate::theme::views::CardImage {
            url,
            width: super::cards::WIDTH,
            height: super::cards::HEIGHT,
            alt: article.front.title.clone(),
        });
    }
    site.render("article.html", page, meta, |c| c.insert("page", &view))
}

/// The language chooser at the site root.
pub fn render_root(site: &LangSite<'_>, page: &Entry) -> Result<Rendered, Diagnostic> {
    let inputs = site.inputs;
    let choices: Vec<_> = inputs
        .config
        .languages
        .iter()
        .map(|language| (language.lang, language))
        .map(|(lang, language)| RootChoice {
            code: lang.code(),
            name: &language.name,
            dir: language.dir,
            script: &language.script,
            title: inputs.config.title.get(lang),
            description: inputs.config.description.get(lang),
            url: routes::home(lang),
        })
        .collect();
    let meta = site.meta(page, inputs.config.title.get(site.lang).clone(), None, "website");
    site.render("root.html", page, meta, |c| c.insert("page", &choices))
}

#[derive(Serialize)]
struct RootChoice<'a> {
    code: &'static str,
    name: &'a str,
    dir: crate::i18n::TextDir,
    script: &'a str,
    title: &'a str,
    description: &'a str,
    url: String,
}

/// A language's way on from the 404 page: its home, search and topics.
#[derive(Serialize)]
struct NotFoundLanguage {
    /// Code, name, direction and script of the language, and `url`, its home.
    #[serde(flatten)]
    alternate: crate::theme::views::Alternate,
    title: String,
    search: String,
    topics_url: String,
    topics: Vec<NavLink>,
}

/// One 404 page for every language and depth: it carries its own styles and finds the site
/// root with a script, since a host may serve it for any missing URL.
pub fn render_not_found(site: &LangSite<'_>, page: &Entry) -> Result<Rendered, Diagnostic> {
    let inputs = site.inputs;
    let css = inputs
        .theme
        .assets
        .get("style.css")
        .map(|a| String::from_utf8_lossy(&a.bytes).into_owned())
        .unwrap_or_default();
    let meta = Meta {
        canonical: None,
        ..site.meta(page, "404".to_owned(), None, "website")
    };
    let languages: Vec<NotFoundLanguage> = site
        .alternates(page)
        .into_iter()
        .map(|alternate| NotFoundLanguage {
            search: routes::search(alternate.lang),
            topics_url: routes::topics(alternate.lang),
            topics: inputs
                .config
                .topics
                .iter()
                .map(|topic| NavLink {
                    title: topic.name.get(alternate.lang).clone(),
                    url: routes::topic(alternate.lang, &topic.key),
                })
                .collect(),
            title: inputs.config.title.get(alternate.lang).clone(),
            alternate,
        })
        .collect();
    site.render("404.html", page, meta, |c| {
        c.insert("inline_css", &css);
        c.insert("languages", &languages);
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
pub fn render_feed(site: &LangSite<'_>, page: &Entry) -> Result<Rendered, Diagnostic> {
    let lang = site.lang;
    let base_url = site.inputs.base_url();
    let link = |route: &str| routes::in_feed(base_url, lang, route);
    let own = |article: &Article| article.last_update().or(article.front.added).or_else(|| article.date());
    let updated = site.articles.iter().filter_map(|a| own(a)).max();
    let updated = updated.map_or_else(|| "1970-01-01T00:00:00Z".to_owned(), |d| format!("{d}T00:00:00Z"));
    let entries: Vec<FeedEntry> = site
        .articles
        .iter()
        .map(|article| {
            let route = routes::article(article);
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
    let file = page.file.clone();
    let mut context = tera::Context::new();
    context.insert("feed", &feed);
    context.insert("lang", lang.code());
    let xml = site.inputs.theme.render("feed.xml", &context, &file)?;
    Ok(Rendered { file, html: xml })
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

/// A page at an old URL of `article` that sends readers (and search engines, by its canonical
/// link) to the current one. It is no page of the site: no sitemap entry, no search entry.
pub fn render_alias(site: &LangSite<'_>, page: &Entry, article: &Article) -> Rendered {
    let dir = site.inputs.config.languages.dir(article.lang).as_str();
    let to = routes::link(&page.route, &routes::article(article));
    let to = html_escape::encode_double_quoted_attribute(&to);
    let title = html_escape::encode_text(&article.front.title);
    let html = format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\" dir=\"{dir}\"><head><meta charset=\"utf-8\"><title>{title}</title>\
         <meta name=\"robots\" content=\"noindex\"><link rel=\"canonical\" href=\"{to}\">\
         <meta http-equiv=\"refresh\" content=\"0; url={to}\"></head>\
         <body><p><a href=\"{to}\">{title}</a></p></body></html>\n",
        lang = article.lang
    );
    Rendered {
        file: page.file.clone(),
        // The title as the article page sets it: the language's quotes and spaces.
        html: site.inputs.theme.typography.typeset(&html),
    }
}
