//! Markdown → HTML with pulldown-cmark: tables, footnotes, strikethrough, heading ids with
//! anchor links, build-time code highlighting, and no live raw HTML. Quotation marks, dashes
//! and apostrophes are left as written: `typography` sets them in the page's language, the
//! same way for bodies as for titles (pulldown-cmark's smart punctuation is English only).
//!
//! Raw HTML policy: authored markdown may not carry HTML. Raw HTML blocks and inline tags are
//! rendered as visible text, and links or images with a scheme other than http(s), mailto or
//! tel (`javascript:`, `data:`, `vbscript:`) lose their target. Content comes from scraped
//! articles, so nothing in it is trusted to run in a reader's browser.

pub mod autolink;
pub mod highlight;
pub mod images;
pub mod links;

use std::collections::HashSet;

use pulldown_cmark::{CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd};

pub use highlight::Highlighter;

/// Renders a markdown document to an HTML fragment.
pub fn render(markdown: &str, highlighter: &Highlighter) -> String {
    render_with_links(markdown, highlighter, &autolink::Names::default())
}

/// Renders markdown, linking the first mention of each of `names` (see `autolink`).
pub fn render_with_links(markdown: &str, highlighter: &Highlighter, names: &autolink::Names<'_>) -> String {
    let events = Parser::new_ext(markdown, OPTIONS).map(neutralize);
    render_events(events, markdown.len(), highlighter, names)
}

/// Renders a content file's markdown: links by file (`other.en.md`, `#part`) resolve through
/// `targets`, and each image is replaced as `images` decides. Returns the links that lead
/// nowhere too.
pub fn render_page(
    markdown: &str,
    highlighter: &Highlighter,
    names: &autolink::Names<'_>,
    targets: &dyn links::Targets,
    images: &dyn images::Images,
) -> (String, Vec<links::BrokenLink>) {
    let parsed = Parser::new_ext(markdown, OPTIONS)
        .into_offset_iter()
        .map(|(event, at)| (neutralize(event), at));
    let mut broken = Vec::new();
    let events = if links::has_checked_links(markdown) {
        links::rewrite(parsed, targets, &links::heading_ids(markdown), &mut broken)
    } else {
        parsed.collect()
    };
    let events = images::replace(events, images);
    (
        render_events(events.into_iter(), markdown.len(), highlighter, names),
        broken,
    )
}

const OPTIONS: Options = Options::ENABLE_TABLES
    .union(Options::ENABLE_FOOTNOTES)
    .union(Options::ENABLE_STRIKETHROUGH);

fn render_events<'a>(
    events: impl Iterator<Item = Event<'a>>,
    size: usize,
    highlighter: &Highlighter,
    names: &'a autolink::Names<'_>,
) -> String {
    let events = highlighter.adapt(events);
    let events = autolink::AutoLinks::new(events, names);
    let events = HeadingAnchors::new(events);
    let mut html = String::with_capacity(size * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, events);
    html
}

/// Turns raw HTML into text and drops link targets that could run script.
fn neutralize(event: Event<'_>) -> Event<'_> {
    match event {
        Event::Html(html) | Event::InlineHtml(html) => Event::Text(html),
        Event::Start(Tag::Link {
            link_type,
            dest_url,
            title,
            id,
        }) => Event::Start(Tag::Link {
            link_type,
            dest_url: safe_url(dest_url),
            title,
            id,
        }),
        Event::Start(Tag::Image {
            link_type,
            dest_url,
            title,
            id,
        }) => Event::Start(Tag::Image {
            link_type,
            dest_url: safe_url(dest_url),
            title,
            id,
        }),
        other => other,
    }
}

/// Keeps relative URLs and the harmless schemes; anything else becomes an empty fragment link.
pub fn safe_url(url: CowStr<'_>) -> CowStr<'_> {
    // A browser drops tabs and line breaks inside a URL (`java\tscript:`): read the scheme
    // without any whitespace or control character.
    let squeezed: String = url.chars().filter(|c| !c.is_whitespace() && !c.is_control()).collect();
    let scheme = crate::web_url::scheme(&squeezed);
    if matches!(scheme.as_deref(), None | Some("http" | "https" | "mailto" | "tel")) {
        url
    } else {
        CowStr::Borrowed("#")
    }
}

/// Gives every heading an id made from its text, and a visible `#` link to itself.
struct HeadingAnchors<'a, I> {
    inner: I,
    /// The ids given so far (attribute-escaped).
    used: HashSet<String>,
    pending: std::vec::IntoIter<Event<'a>>,
}

impl<'a, I: Iterator<Item = Event<'a>>> HeadingAnchors<'a, I> {
    fn new(inner: I) -> Self {
        HeadingAnchors {
            inner,
            used: HashSet::new(),
            pending: Vec::new().into_iter(),
        }
    }

    fn heading(&mut self, level: HeadingLevel, explicit_id: Option<CowStr<'a>>) -> Vec<Event<'a>> {
        let mut body = Vec::new();
        let mut text = String::new();
        for event in self.inner.by_ref() {
            match event {
                Event::End(TagEnd::Heading(_)) => break,
                Event::Text(ref t) | Event::Code(ref t) => {
                    text.push_str(t);
                    body.push(event);
                }
                other => body.push(other),
            }
        }
        let base = explicit_id.map_or_else(|| slugify(&text), |id| id.to_string());
        let id = unique(&mut self.used, base);
        let tag = level as usize;
        let mut out = vec![Event::Html(format!("<h{tag} id=\"{id}\">").into())];
        out.extend(body);
        // The `#` is a control, not text: hidden from screen readers, and from the search index,
        // whose excerpts would otherwise read "Figures#".
        out.push(Event::Html(
            format!(
                "<a class=\"anchor\" href=\"#{id}\" aria-hidden=\"true\" tabindex=\"-1\" data-pagefind-ignore>#</a></h{tag}>\n"
            )
            .into(),
        ));
        out
    }
}

impl<'a, I: Iterator<Item = Event<'a>>> Iterator for HeadingAnchors<'a, I> {
    type Item = Event<'a>;

    fn next(&mut self) -> Option<Event<'a>> {
        if let Some(event) = self.pending.next() {
            return Some(event);
        }
        match self.inner.next()? {
            Event::Start(Tag::Heading { level, id, .. }) => {
                self.pending = self.heading(level, id).into_iter();
                self.pending.next()
            }
            other => Some(other),
        }
    }
}

/// An id from heading text: letters and digits of any script, lowercased, joined by `-`.
pub fn slugify(text: &str) -> String {
    let mut slug = String::new();
    for word in text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        if !slug.is_empty() {
            slug.push('-');
        }
        slug.extend(word.chars().flat_map(char::to_lowercase));
    }
    if slug.is_empty() { "section".to_owned() } else { slug }
}

fn unique(used: &mut HashSet<String>, base: String) -> String {
    let mut id = html_escape::encode_double_quoted_attribute(&base).into_owned();
    let mut n = 1;
    while !used.insert(id.clone()) {
        id = format!("{base}-{n}");
        n += 1;
    }
    id
}

#[cfg(test)]
mod tests {
    use super::*;

    fn html(md: &str) -> String {
        render(md, &Highlighter::new())
    }

    #[test]
    fn headings_get_unique_ids_and_anchors() {
        let out = html("## Deals\n\n## Deals\n\n## الصفقات الكبرى\n");
        assert!(
            out.contains("<h2 id=\"deals\">Deals<a class=\"anchor\" href=\"#deals\""),
            "{out}"
        );
        assert!(out.contains("id=\"deals-1\""), "{out}");
        assert!(out.contains("id=\"الصفقات-الكبرى\""), "{out}");
    }

    #[test]
    fn tables_footnotes_strikethrough_and_quotes_left_for_typography() {
        let out = html("| a | b |\n|---|---|\n| 1 | 2 |\n\n~~old~~ \"new\"[^1]\n\n[^1]: note\n");
        assert!(out.contains("<table>"));
        assert!(out.contains("<del>old</del>"));
        assert!(out.contains("\"new\""), "{out}");
        assert!(out.contains("footnote-definition"));
    }

    #[test]
    fn first_mention_of_a_name_is_linked_once() {
        let links = [autolink::NameLink {
            name: "Tokayev".into(),
            href: "people/#t".into(),
            group: 0,
        }];
        let names = autolink::Names {
            links: &links,
            find: |text, name| text.find(name),
            href_prefix: "../",
        };
        let out = render_with_links(
            "## Tokayev\n\nPresident Tokayev met. Tokayev left.\n",
            &Highlighter::new(),
            &names,
        );
        assert_eq!(out.matches("class=\"name-link\"").count(), 1, "{out}");
        assert!(
            out.contains("President <a class=\"name-link\" href=\"../people/#t\">Tokayev</a> met."),
            "{out}"
        );
    }

    #[test]
    fn raw_html_and_script_links_are_inert() {
        let out = html(
            "<script>alert(1)</script>\n\nx <img src=x onerror=alert(1)> [a](javascript:alert(1)) [b](JaVa\tScRiPt:x) [c](https://ok.org)\n",
        );
        assert!(!out.contains("<script"), "{out}");
        assert!(!out.contains("<img"), "{out}");
        assert!(!out.to_lowercase().contains("href=\"javascript"), "{out}");
        assert!(out.contains("href=\"https://ok.org\""));
        assert!(out.contains("&lt;script&gt;"));
    }
}
