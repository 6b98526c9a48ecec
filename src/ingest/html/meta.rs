//! What a saved page says about itself: JSON-LD (`NewsArticle`, `Article`, `BlogPosting`…), Open
//! Graph and `article:` properties, `<html lang>`, `<title>` and the canonical URL. Only what the
//! page states is read here; whether to believe it is `html`'s rule.

use dom_query::Document;
use serde_json::Value;

/// A page's own metadata, each field trimmed and present only when the page gives it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Meta {
    /// `<html lang>`, its primary subtag lowercased ("fr" for "fr-FR").
    pub lang: Option<String>,
    /// JSON-LD `headline` of the article.
    pub headline: Option<String>,
    pub og_title: Option<String>,
    /// The `<title>` element.
    pub doc_title: Option<String>,
    pub site_name: Option<String>,
    /// JSON-LD `publisher.name`.
    pub publisher: Option<String>,
    /// JSON-LD `author` names, joined with ", ".
    pub author: Option<String>,
    /// JSON-LD `datePublished`, else `article:published_time`, as written.
    pub published: Option<String>,
    /// `<link rel=canonical>`, else `og:url`, when absolute.
    pub canonical: Option<String>,
}

/// Reads the metadata of a parsed page.
pub fn read(doc: &Document) -> Meta {
    let nodes = json_ld(doc);
    let article = nodes.iter().find(|n| is_article(n));
    let field = |key: &str| article.and_then(|a| a.get(key));
    let canonical = attr(doc, "link[rel~=canonical]", "href")
        .or_else(|| property(doc, "og:url"))
        .and_then(|url| crate::web_url::web_url(&url));
    Meta {
        lang: attr(doc, "html", "lang")
            .and_then(|l| l.split(['-', '_']).next().map(str::to_ascii_lowercase))
            .filter(|l| !l.is_empty()),
        headline: field("headline").and_then(Value::as_str).and_then(tidy),
        og_title: property(doc, "og:title"),
        doc_title: tidy(&doc.select("head title").text()),
        site_name: property(doc, "og:site_name"),
        publisher: field("publisher").and_then(|p| name_of(p, &nodes, 1)),
        author: field("author").and_then(|a| name_of(a, &nodes, 3)),
        published: field("datePublished")
            .and_then(Value::as_str)
            .and_then(tidy)
            .or_else(|| property(doc, "article:published_time")),
        canonical,
    }
}

/// Every JSON-LD node of the page: arrays and `@graph`s flattened; blocks that do not parse skipped.
fn json_ld(doc: &Document) -> Vec<Value> {
    let mut nodes = Vec::new();
    for script in doc.select(r#"script[type="application/ld+json"]"#).iter() {
        if let Ok(value) = serde_json::from_str::<Value>(script.text().trim()) {
            flatten(value, &mut nodes);
        }
    }
    nodes
}

fn flatten(value: Value, out: &mut Vec<Value>) {
    match value {
        Value::Array(items) => items.into_iter().for_each(|item| flatten(item, out)),
        Value::Object(mut map) => {
            if let Some(graph) = map.remove("@graph") {
                flatten(graph, out);
            }
            out.push(Value::Object(map));
        }
        _ => {}
    }
}

/// A node whose `@type` is a kind of article (`NewsArticle`, `ReportageNewsArticle`, `BlogPosting`…).
fn is_article(node: &Value) -> bool {
    let kind = |t: &str| t.ends_with("Article") || t.ends_with("BlogPosting");
    match node.get("@type") {
        Some(Value::String(t)) => kind(t),
        Some(Value::Array(types)) => types.iter().filter_map(Value::as_str).any(kind),
        _ => false,
    }
}

/// The name a JSON-LD value gives: a string, a node's `name`, or the `name` of the node its `@id`
/// points to; for a list, the first `limit` names joined.
fn name_of(value: &Value, nodes: &[Value], limit: usize) -> Option<String> {
    match value {
        Value::String(name) => tidy(name),
        Value::Array(items) => {
            let names: Vec<String> = items.iter().filter_map(|i| name_of(i, nodes, 1)).take(limit).collect();
            (!names.is_empty()).then(|| names.join(", "))
        }
        Value::Object(map) => match (map.get("name"), map.get("@id")) {
            (Some(Value::String(name)), _) => tidy(name),
            (_, Some(Value::String(id))) => nodes
                .iter()
                .filter(|n| n.get("@id").and_then(Value::as_str) == Some(id.as_str()) && n.get("name").is_some())
                .find_map(|n| name_of(n, &[], 1)),
            _ => None,
        },
        _ => None,
    }
}

/// `<meta property=…>` (or `name=…`, as some sites write Open Graph).
fn property(doc: &Document, key: &str) -> Option<String> {
    attr(doc, &format!(r#"meta[property="{key}"]"#), "content")
        .or_else(|| attr(doc, &format!(r#"meta[name="{key}"]"#), "content"))
}

fn attr(doc: &Document, selector: &str, name: &str) -> Option<String> {
    doc.select(selector)
        .iter()
        .find_map(|s| s.attr(name).and_then(|v| tidy(&v)))
}

/// Whitespace collapsed; `None` when nothing is left.
fn tidy(text: &str) -> Option<String> {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    (!text.is_empty()).then_some(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta(html: &str) -> Meta {
        read(&Document::from(html))
    }

    #[test]
    fn json_ld_article_in_a_list_or_graph_gives_headline_date_publisher_and_authors() {
        let html = r##"<html lang="fr-FR"><head><script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[
              {"@type":"Organization","@id":"#org","name":"La Gazette"},
              {"@type":["NewsArticle"],"headline":" Un  titre ","datePublished":"2025-11-07T08:00:00+01:00",
               "publisher":{"@id":"#org"},"author":[{"name":"A. Martin"},{"name":"B. Durand"}]}]}
            </script></head><body></body></html>"##;
        let found = meta(html);
        assert_eq!(found.lang.as_deref(), Some("fr"));
        assert_eq!(found.headline.as_deref(), Some("Un titre"));
        assert_eq!(found.published.as_deref(), Some("2025-11-07T08:00:00+01:00"));
        assert_eq!(found.publisher.as_deref(), Some("La Gazette"));
        assert_eq!(found.author.as_deref(), Some("A. Martin, B. Durand"));
    }

    #[test]
    fn open_graph_and_link_fill_in_and_broken_json_ld_is_skipped() {
        let html = r#"<html><head><title>T | Site</title>
            <script type="application/ld+json">{"@type": "NewsArticle", </script>
            <meta property="og:title" content="T">
            <meta name="og:site_name" content="Site">
            <meta property="article:published_time" content="2025-11-08">
            <link rel="canonical" href="https://site.example/t"></head></html>"#;
        let found = meta(html);
        assert_eq!(found.headline, None);
        assert_eq!(found.og_title.as_deref(), Some("T"));
        assert_eq!(found.doc_title.as_deref(), Some("T | Site"));
        assert_eq!(found.site_name.as_deref(), Some("Site"));
        assert_eq!(found.published.as_deref(), Some("2025-11-08"));
        assert_eq!(found.canonical.as_deref(), Some("https://site.example/t"));
    }

    #[test]
    fn a_relative_canonical_and_a_non_article_node_are_not_taken() {
        let html = r#"<html><head><link rel="canonical" href="/t">
            <script type="application/ld+json">{"@type":"WebSite","headline":"Home","publisher":"X"}</script>
            </head></html>"#;
        assert_eq!(meta(html), Meta::default());
    }
}
