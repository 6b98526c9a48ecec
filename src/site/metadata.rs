//! What the site says about itself to machines: JSON-LD for articles, Atom feeds per language,
//! the sitemap with hreflang alternates, and robots.txt. Absolute URLs come from `base_url`.

use serde::Serialize;
use serde_json::{Value, json};

use crate::content::{Article, Corpus};
use crate::i18n::Lang;

use super::jobs::Entry;
use super::routes;

/// The schema.org type of an article. A page that says it was machine-generated is not
/// reporting: `NewsArticle` (and `Article`, "such as a news article") would claim journalism
/// it does not do, so it is the neutral `CreativeWork`.
fn schema_type(article: &Article) -> &'static str {
    if article.front.source.as_ref().is_some_and(|s| s.generated) {
        "CreativeWork"
    } else {
        "NewsArticle"
    }
}

/// JSON-LD for an article, linking its original and translations. An original names its
/// outlet as publisher; a translation names the briefing (`briefing`, the site's title) as
/// publisher and translator, and the outlet's article as what it translates.
pub fn article_json_ld(corpus: &Corpus, article: &Article, base_url: Option<&str>, briefing: &str) -> String {
    let url = |lang: Lang| {
        let version = corpus.translation(&article.slug, lang).unwrap_or(article);
        let route = routes::article(version);
        routes::absolute(base_url, &route).unwrap_or(route)
    };
    let kind = schema_type(article);
    let mut data = json!({
        "@context": "https://schema.org",
        "@type": kind,
        "@id": url(article.lang),
        "url": url(article.lang),
        "headline": article.front.title,
        "inLanguage": article.lang.code(),
    });
    let object = data.as_object_mut().expect("built as an object");
    if let Some(summary) = &article.front.summary {
        object.insert("description".into(), json!(summary));
    }
    if let Some(date) = article.date() {
        object.insert("datePublished".into(), json!(date.to_string()));
    }
    if let Some(date) = article.last_update() {
        object.insert("dateModified".into(), json!(date.to_string()));
    }
    // The outlet published the original; a translation's file may not repeat its source.
    let original = article
        .front
        .translated_from_lang()
        .and_then(|lang| corpus.translation(&article.slug, lang))
        .unwrap_or(article);
    let outlet = [original, article]
        .iter()
        .find_map(|a| a.front.source.as_ref().and_then(|s| s.name.as_ref()))
        .map(|name| json!({"@type": "Organization", "name": name}));
    let us = json!({"@type": "Organization", "name": briefing});
    let reference = |lang: Lang| json!({"@type": kind, "@id": url(lang), "inLanguage": lang.code()});
    match article.front.translated_from_lang() {
        Some(original) => {
            object.insert("publisher".into(), us.clone());
            object.insert("translator".into(), us);
            if corpus.translation(&article.slug, original).is_some() {
                let mut work = reference(original);
                if let Some(outlet) = outlet {
                    work["publisher"] = outlet;
                }
                object.insert("translationOfWork".into(), work);
            }
        }
        None => {
            if let Some(outlet) = outlet {
                object.insert("publisher".into(), outlet);
            }
            let translations: Vec<Value> = corpus
                .translations(&article.slug)
                .into_iter()
                .flatten()
                .filter(|t| t.lang != article.lang && t.front.translated_from_lang() == Some(article.lang))
                .map(|t| reference(t.lang))
                .collect();
            if !translations.is_empty() {
                object.insert("workTranslation".into(), Value::Array(translations));
            }
        }
    }
    script_safe_json(&data)
}

/// JSON that cannot close the `<script>` element it sits in, whatever its strings hold.
pub fn script_safe_json(value: &impl Serialize) -> String {
    serde_json::to_string(value)
        .expect("views serialize")
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

/// The sitemap of `pages` (only with a `base_url`: sitemaps need absolute URLs).
pub fn sitemap(pages: &[&Entry], base_url: &str) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    let loc = |route: &str| escape(&routes::absolute_uri(base_url, route));
    for page in pages {
        xml.push_str(&format!("<url><loc>{}</loc>", loc(&page.route)));
        if page.versions.len() > 1 {
            for (lang, route) in &page.versions {
                xml.push_str(&format!(
                    "<xhtml:link rel=\"alternate\" hreflang=\"{lang}\" href=\"{}\"/>",
                    loc(route)
                ));
            }
            xml.push_str(&format!(
                "<xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\"/>",
                loc(&page.x_default)
            ));
        }
        xml.push_str("</url>\n");
    }
    xml.push_str("</urlset>\n");
    xml
}

pub fn robots(base_url: Option<&str>) -> String {
    let mut text = String::from("User-agent: *\nAllow: /\n");
    if let Some(base) = base_url {
        let sitemap = routes::absolute(Some(base), routes::SITEMAP).expect("a base URL");
        text.push_str(&format!("Sitemap: {sitemap}\n"));
    }
    text
}

fn escape(text: &str) -> String {
    html_escape::encode_double_quoted_attribute(text).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_cannot_break_out_of_its_script() {
        let out = script_safe_json(&json!({"headline": "</script><script>alert(1)</script>"}));
        assert!(!out.contains("</script"), "{out}");
        assert!(out.contains("\\u003c/script\\u003e"));
    }

    #[test]
    fn sitemap_lists_alternates_and_x_default() {
        let page = Entry {
            job: crate::site::jobs::PageJob::Home(Lang::EN),
            route: "en/".into(),
            file: "en/index.html".into(),
            versions: vec![(Lang::EN, "en/".into()), (Lang::AR, "ar/".into())],
            x_default: String::new(),
            listed: true,
        };
        let xml = sitemap(&[&page], "https://x.org/b");
        assert!(xml.contains("<loc>https://x.org/b/en/</loc>"));
        assert!(xml.contains("hreflang=\"ar\" href=\"https://x.org/b/ar/\""));
        assert!(xml.contains("hreflang=\"x-default\" href=\"https://x.org/b/\""));
    }
}
