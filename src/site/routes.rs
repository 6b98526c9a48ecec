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

/// The one 404 page, for every language.
pub const NOT_FOUND: &str = "404.html";

pub const SITEMAP: &str = "sitemap.xml";

/// A person's entry on the people page of `lang`.
pub fn person(lang: Lang, id: &str) -> String {
    format!("{}#{id}", people(lang))
}

/// An article's social card, beside its page.
pub fn card(article: &Article) -> String {
    format!("{}card.png", self::article(article))
}

/// The relative link from the page at route `from` to the page at route `to`.
pub fn link(from: &str, to: &str) -> String {
    format!("{}{to}", root_prefix(from))
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

/// An absolute URI: sitemaps take URIs, not IRIs, so a slug in Arabic or Cyrillic goes in
/// percent-encoded.
pub fn absolute_uri(base_url: &str, route: &str) -> String {
    let route = percent_encoding::utf8_percent_encode(route, percent_encoding::CONTROLS);
    format!("{base_url}/{route}")
}

/// A link in the Atom feed of `lang`: absolute with a base URL, else relative to the feed's own
/// address (`{lang}/feed.xml`), which Atom allows.
pub fn in_feed(base_url: Option<&str>, lang: Lang, route: &str) -> String {
    match base_url {
        Some(base) => format!("{base}/{route}"),
        None => route.strip_prefix(&home(lang)).unwrap_or(route).to_owned(),
    }
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
