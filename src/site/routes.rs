//! The only place URLs are made. Routes are relative to the site root ("en/topics/deals/");
//! pages link to each other with a `root` prefix of `../` steps, so the site works at any path.

use crate::content::Article;
use crate::i18n::Lang;

pub fn home(lang: Lang) -> String {
    format!("{lang}/")
}

/// An article version's page: its own `slug`, or the article's key.
pub fn article(article: &Article) -> String {
    article_at(article.lang, article.url_slug())
}

pub fn article_at(lang: Lang, slug: &str) -> String {
    format!("{lang}/articles/{slug}/")
}

/// Where an `aliases` entry of a page of `lang` redirects from: a bare slug is an old slug of
/// the article (`lang/articles/<slug>/`), a path is taken from the site root.
pub fn alias(lang: Lang, alias: &str) -> String {
    let alias = alias.trim_start_matches('/');
    let route = if alias.contains('/') {
        alias.to_owned()
    } else {
        article_at(lang, alias)
    };
    if route.ends_with('/') || route.ends_with(".html") {
        route
    } else {
        format!("{route}/")
    }
}

pub fn topics(lang: Lang) -> String {
    format!("{lang}/topics/")
}

pub fn topic(lang: Lang, key: &str) -> String {
    format!("{lang}/topics/{key}/")
}

pub fn page(lang: Lang, slug: &str) -> String {
    format!("{lang}/{slug}/")
}

pub fn timeline(lang: Lang) -> String {
    format!("{lang}/timeline/")
}

pub fn people(lang: Lang) -> String {
    format!("{lang}/people/")
}

pub fn corrections(lang: Lang) -> String {
    format!("{lang}/corrections/")
}

pub fn search(lang: Lang) -> String {
    format!("{lang}/search/")
}

pub fn feed(lang: Lang) -> String {
    format!("{lang}/feed.xml")
}

/// The file a route is written to: folders get `index.html`.
pub fn file(route: &str) -> String {
    if route.is_empty() || route.ends_with('/') {
        format!("{route}index.html")
    } else {
        route.to_owned()
    }
}

/// The `../` prefix that leads from the page at `route` back to the site root.
pub fn root_prefix(route: &str) -> String {
    "../".repeat(file(route).matches('/').count())
}

/// An absolute URL for standards that demand one (feeds, sitemap, canonical).
pub fn absolute(base_url: Option<&str>, route: &str) -> Option<String> {
    base_url.map(|base| format!("{base}/{route}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes_lead_back_to_the_root() {
        assert_eq!(root_prefix(""), "");
        assert_eq!(root_prefix("en/"), "../");
        assert_eq!(root_prefix(&article_at(Lang::AR, "x")), "../../../");
        assert_eq!(alias(Lang::FR, "ancien"), "fr/articles/ancien/");
        assert_eq!(alias(Lang::FR, "/fr/old/page"), "fr/old/page/");
        assert_eq!(root_prefix("en/feed.xml"), "../");
        assert_eq!(file("en/topics/"), "en/topics/index.html");
    }
}
