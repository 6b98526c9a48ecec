//! Reading built pages for `check`: every start tag with its attributes, found by lol_html's
//! HTML tokenizer, so comments, script and style, and the text of title and textarea are read
//! as the HTML standard says a browser reads them, not as markup.

use std::cell::RefCell;

use lol_html::html_content::{Element, TextChunk};
use lol_html::{HtmlRewriter, Settings, element, text};

/// One start tag: its lowercase name and attributes (name, value; value empty when absent).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tag {
    pub name: String,
    pub attributes: Vec<(String, String)>,
}

impl Tag {
    pub fn get(&self, name: &str) -> Option<&str> {
        self.attributes.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }
}

/// Every start tag of `html`, in document order.
///
/// The tokenizer reads `<noscript>` as text (a browser running scripts does); its content is
/// read again as markup here, because a reader without scripts follows the links in it.
pub fn tags(html: &str) -> Vec<Tag> {
    let found = RefCell::new(Vec::new());
    // Each noscript's text and where its tags go among `found`.
    let noscripts: RefCell<Vec<(usize, String)>> = RefCell::new(Vec::new());
    let on_element = |element: &mut Element| {
        let tag = start_tag(element);
        let mut found = found.borrow_mut();
        if tag.name == "noscript" {
            noscripts.borrow_mut().push((found.len() + 1, String::new()));
        }
        found.push(tag);
        Ok(())
    };
    let on_noscript_text = |chunk: &mut TextChunk| {
        if let Some((_, text)) = noscripts.borrow_mut().last_mut() {
            text.push_str(chunk.as_str());
        }
        Ok(())
    };
    let settings = Settings::new()
        // Strict mode gives up on markup whose parse depends on the tree (`<select><xmp>`);
        // a check reads on and takes the tokenizer's reading.
        .with_strict(false)
        .append_element_content_handler(element!("*", on_element))
        .append_element_content_handler(text!("noscript", on_noscript_text));
    let mut rewriter = HtmlRewriter::new(settings, |_: &[u8]| {});
    // Not strict, no memory limit and handlers that never fail: the tokenizer reads any text.
    rewriter
        .write(html.as_bytes())
        .and_then(|()| rewriter.end())
        .expect("a non-strict rewriter without limits or failing handlers reads any input");
    let mut found = found.into_inner();
    for (at, text) in noscripts.into_inner().into_iter().rev() {
        found.splice(at..at, tags(&text));
    }
    found
}

/// The name and attributes of `element`'s start tag; lol_html leaves entities in values.
fn start_tag(element: &Element<'_, '_>) -> Tag {
    let attributes = element
        .attributes()
        .iter()
        .map(|a| (a.name(), html_escape::decode_html_entities(&a.value()).into_owned()))
        .collect();
    Tag {
        name: element.tag_name(),
        attributes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_quoted_and_unquoted_attributes() {
        let found = tags(
            "<html lang=ar dir=rtl><a href=\"x/#a\" class='c'>t</a><img src=p.png alt><script>if(a<b){}</script><p id=z>",
        );
        assert_eq!(found[0].get("lang"), Some("ar"));
        assert_eq!(found[1].get("href"), Some("x/#a"));
        assert_eq!(found[2].get("alt"), Some(""));
        assert_eq!(
            found.iter().map(|t| t.name.as_str()).collect::<Vec<_>>(),
            ["html", "a", "img", "script", "p"]
        );
        assert_eq!(found[4].get("id"), Some("z"));
    }

    fn names(html: &str) -> Vec<String> {
        tags(html).into_iter().map(|t| t.name).collect()
    }

    #[test]
    fn script_ends_at_its_end_tag_in_any_case() {
        // End tag names are case-insensitive (HTML §13.2.5.11): `</SCRIPT>` closes the script.
        assert_eq!(
            names("<script>let a = '<a href=x>';</SCRIPT><p id=after>"),
            ["script", "p"]
        );
    }

    #[test]
    fn an_empty_comment_ends_at_once() {
        // `<!-->` and `<!--->` are whole (empty) comments (HTML §13.2.5.43–44).
        assert_eq!(names("<!--><p id=a><!---><p id=b><!-- x --><p id=c>"), ["p", "p", "p"]);
    }

    #[test]
    fn noscript_content_is_read_as_markup() {
        let found = tags("<noscript><a href=x.html>no script</a></noscript><p>");
        assert_eq!(
            found.iter().map(|t| t.name.as_str()).collect::<Vec<_>>(),
            ["noscript", "a", "p"]
        );
        assert_eq!(found[1].get("href"), Some("x.html"));
    }

    #[test]
    fn title_and_textarea_hold_text_not_tags() {
        // RCDATA elements (HTML §13.2.5.2): what looks like a tag inside them is text.
        assert_eq!(
            names("<title>a <a href=fake>b</title><textarea><img src=x></textarea><p>"),
            ["title", "textarea", "p"]
        );
    }
}
