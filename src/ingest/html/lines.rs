//! A parsed page as the text a reader would copy from it: one line per block element, a space
//! between links and buttons that sit side by side (menus), hidden elements left out. The text
//! goes on to `clean` and the text rules like any scraped page.

use dom_query::NodeRef;

/// Elements whose content is never read as text; a caption describes a picture, not the story.
#[rustfmt::skip]
const HIDDEN: &[&str] = &[
    "figcaption", "head", "script", "style", "noscript", "template", "iframe", "svg", "canvas", "select", "textarea",
];

/// Elements a browser starts on a new line.
#[rustfmt::skip]
const BLOCKS: &[&str] = &[
    "p", "div", "br", "hr", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "table",
    "section", "article", "header", "footer", "blockquote", "figure", "nav", "aside", "main", "pre", "dd",
    "dt", "dl", "form", "address", "details", "summary", "fieldset", "legend", "body",
    // A button is a control of its own, never a part of the name or sentence beside it.
    "button",
];

/// Inline elements that menus and toolbars put side by side with no space between them.
const SPACED: &[&str] = &["a", "label", "input", "img", "time"];

/// The text under `node`, lines separated by `\n`; `<` and `&` in the page's text are escaped, so
/// that `clean` (which strips tags and decodes entities) gives back exactly what the page showed.
pub fn text(node: &NodeRef<'_>) -> String {
    let mut out = String::new();
    walk(node, &mut out);
    out
}

fn walk(node: &NodeRef<'_>, out: &mut String) {
    for child in node.children_it(false) {
        if child.is_text() {
            let text = child.text().replace(['\n', '\r', '\t'], " ");
            out.push_str(&html_escape::encode_text(&text));
            continue;
        }
        if !child.is_element() {
            continue;
        }
        let name = child.node_name().map(|n| n.to_ascii_lowercase()).unwrap_or_default();
        if HIDDEN.contains(&name.as_str()) {
            continue;
        }
        let gap = if BLOCKS.contains(&name.as_str()) {
            "\n"
        } else if SPACED.contains(&name.as_str()) {
            " "
        } else {
            ""
        };
        out.push_str(gap);
        walk(&child, out);
        out.push_str(gap);
    }
}

#[cfg(test)]
mod tests {
    use dom_query::Document;

    use super::*;
    use crate::ingest::clean;

    fn lines(html: &str) -> Vec<String> {
        let doc = Document::from(html);
        let text = text(&doc.root());
        clean::lines(&text).into_iter().filter(|l| !l.is_empty()).collect()
    }

    #[test]
    fn blocks_make_lines_and_menu_links_stay_apart() {
        let html = "<html><head><title>T</title><script>x()</script></head><body>\
            <nav><a>World</a><a>Business</a></nav><h1>Head\n line</h1><p>One <b>bold</b> word.</p></body></html>";
        assert_eq!(lines(html), ["World Business", "Head line", "One bold word."]);
    }

    #[test]
    fn a_button_beside_the_site_name_is_a_line_of_its_own() {
        let html = "<header><a>Valley Courier</a> <button>Search</button></header><p>Text.</p>";
        assert_eq!(lines(html), ["Valley Courier", "Search", "Text."]);
    }

    #[test]
    fn text_that_looks_like_markup_stays_as_the_page_showed_it() {
        let html = "<p>a &lt;b&gt; tag &amp;amp; more</p>";
        assert_eq!(lines(html), ["a <b> tag &amp; more"]);
    }
}
