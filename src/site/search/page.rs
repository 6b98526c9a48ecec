//! What Pagefind is handed of one rendered page, found with lol_html's tokenizer (the one
//! Pagefind itself parses with): the `<html>` tag, the title and the element marked
//! `data-pagefind-body`, by where they sit in the page, and the text a reader sees there.

use std::cell::RefCell;
use std::ops::Range;
use std::rc::Rc;

use lol_html::html_content::{Element, EndTag, TextChunk};
use lol_html::{HtmlRewriter, Settings, element, end_tag, text};

use super::BODY_MARKER;

/// A page read once: byte ranges into its text, and the text of the parts Pagefind indexes.
#[derive(Debug)]
pub struct Page<'h> {
    html: &'h str,
    found: Found,
}

#[derive(Debug, Default)]
struct Found {
    /// The first `<html …>` start tag.
    html_tag: Option<Range<usize>>,
    /// The first title element, start tag to end tag, once its end tag is read.
    title: Option<Range<usize>>,
    titles: usize,
    /// Each marked element: where its start tag begins and, once read, its end tag.
    marked: Vec<(usize, Option<Range<usize>>)>,
    /// Where the first `</body>` begins.
    body_end: Option<usize>,
    /// Text of the marked elements and of the body, tags dropped, entities kept (read only when
    /// asked: the words looked for are letters, which the renderer does not escape).
    marked_text: String,
    body_text: String,
}

/// Appends a chunk's text; a text node ends with a space, as a tag between two words does.
fn push_text(to: &mut String, chunk: &TextChunk<'_>) {
    to.push_str(chunk.as_str());
    if chunk.last_in_text_node() {
        to.push(' ');
    }
}

impl<'h> Page<'h> {
    /// Reads `html`; `with_text` also keeps the text of its body and marked elements.
    pub fn read(html: &'h str, with_text: bool) -> Page<'h> {
        let found = Rc::new(RefCell::new(Found::default()));
        let on_html = |el: &mut Element<'_, '_>| {
            let mut found = found.borrow_mut();
            if found.html_tag.is_none() {
                found.html_tag = Some(el.source_location().bytes());
            }
            Ok(())
        };
        let on_title = |el: &mut Element<'_, '_>| {
            let start = el.source_location().bytes().start;
            let first = {
                let mut found = found.borrow_mut();
                found.titles += 1;
                found.titles == 1
            };
            // An SVG `<title/>` closes itself and has no end tag to wait for.
            if first && el.can_have_content() {
                let found = Rc::clone(&found);
                el.on_end_tag(end_tag!(move |end: &mut EndTag<'_>| {
                    found.borrow_mut().title = Some(start..end.source_location().bytes().end);
                    Ok(())
                }))?;
            }
            Ok(())
        };
        let on_marked = |el: &mut Element<'_, '_>| {
            let start = el.source_location().bytes().start;
            let at = {
                let mut found = found.borrow_mut();
                found.marked.push((start, None));
                found.marked.len() - 1
            };
            if el.can_have_content() {
                let found = Rc::clone(&found);
                let name = el.tag_name();
                el.on_end_tag(end_tag!(move |end: &mut EndTag<'_>| {
                    // Another element's end tag (`</body>`) closes one left open, but the
                    // element then ends without an end tag of its own.
                    if end.name().eq_ignore_ascii_case(&name) {
                        found.borrow_mut().marked[at].1 = Some(end.source_location().bytes());
                    }
                    Ok(())
                }))?;
            }
            Ok(())
        };
        let on_body = |el: &mut Element<'_, '_>| {
            if found.borrow().body_end.is_none() && el.can_have_content() {
                let found = Rc::clone(&found);
                el.on_end_tag(end_tag!(move |end: &mut EndTag<'_>| {
                    if end.name().eq_ignore_ascii_case("body") {
                        let mut found = found.borrow_mut();
                        found.body_end.get_or_insert(end.source_location().bytes().start);
                    }
                    Ok(())
                }))?;
            }
            Ok(())
        };
        let marked = format!("[{BODY_MARKER}]");
        let mut settings = Settings::new()
            // Strict mode gives up on markup whose parse depends on the tree; Pagefind reads on.
            .with_strict(false)
            .append_element_content_handler(element!("html", on_html))
            .append_element_content_handler(element!("title", on_title))
            .append_element_content_handler(element!(marked, on_marked))
            .append_element_content_handler(element!("body", on_body));
        if with_text {
            settings = settings
                .append_element_content_handler(text!(marked, |chunk| {
                    push_text(&mut found.borrow_mut().marked_text, chunk);
                    Ok(())
                }))
                .append_element_content_handler(text!("body", |chunk| {
                    push_text(&mut found.borrow_mut().body_text, chunk);
                    Ok(())
                }));
        }
        let mut rewriter = HtmlRewriter::new(settings, |_: &[u8]| {});
        // Not strict, no memory limit, and handlers that fail only for an element that cannot
        // have an end tag, which they ask about first: the tokenizer reads any text.
        rewriter
            .write(html.as_bytes())
            .and_then(|()| rewriter.end())
            .expect("a non-strict rewriter without limits or failing handlers reads any input");
        Page {
            html,
            found: found.take(),
        }
    }

    /// Whether some element carries the marker (a mention of it in text does not count).
    pub fn is_marked(&self) -> bool {
        !self.found.marked.is_empty()
    }

    /// The `<html>` tag, the title and the one marked element, as a page of their own, with
    /// where the marked element's end tag begins in it: what Pagefind reads of a marked page,
    /// without the navigation, header and footer around it that it would parse only to skip.
    /// `None` unless exactly one element is marked and its end tag is written.
    fn indexed_part(&self) -> Option<(String, usize)> {
        let html = self.html;
        let html_tag = &html[self.found.html_tag.clone()?];
        let [(start, Some(end_tag))] = self.found.marked.as_slice() else {
            return None;
        };
        let title = self.found.title.clone().map_or("", |title| &html[title]);
        let head = format!("<!DOCTYPE html>{html_tag}<head>{title}</head><body>");
        let end_at = head.len() + end_tag.start - start;
        Some((format!("{head}{}</body></html>", &html[*start..end_tag.end]), end_at))
    }

    /// The page as Pagefind is handed it: its indexed part when one element is marked, else
    /// the whole page; with `extra` (already escaped markup) inside the last marked element,
    /// or at the end of the body, since Pagefind reads nothing outside them.
    pub fn for_pagefind(&self, extra: &str) -> String {
        let (mut html, at) = match self.indexed_part() {
            Some((part, at)) => (part, Some(at)),
            None => {
                let last_marked = self.found.marked.iter().rev().find_map(|(_, end)| end.clone());
                let at = last_marked.map(|end| end.start).or(self.found.body_end);
                (self.html.to_owned(), at)
            }
        };
        if let Some(at) = at.filter(|_| !extra.is_empty()) {
            html.insert_str(at, extra);
        }
        html
    }

    /// The text Pagefind indexes: of the marked elements if any, else of the body (empty
    /// unless read `with_text`).
    pub fn indexed_text(&self) -> &str {
        if self.is_marked() {
            &self.found.marked_text
        } else {
            &self.found.body_text
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn part(html: &str) -> Option<String> {
        Page::read(html, false).indexed_part().map(|(part, _)| part)
    }

    #[test]
    fn indexed_part_keeps_language_title_and_the_whole_marked_element() {
        let page = "<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><title>T</title><style>x</style></head>\
                    <body><nav>menu</nav><article data-pagefind-body><article>inner</article><p>after</p></article>\
                    <article>related</article><footer>f</footer></body></html>";
        assert_eq!(
            part(page).unwrap(),
            "<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><title>T</title></head><body>\
             <article data-pagefind-body><article>inner</article><p>after</p></article></body></html>"
        );
    }

    #[test]
    fn minified_markup_is_read_as_a_browser_reads_it() {
        // Unquoted attributes, optional tags left out, an end tag in capitals, and what looks
        // like markup inside a comment, a script and the title.
        let page = "<!doctype html><html lang=fr dir=ltr><title>a <b> c</title><script>'<article data-pagefind-body>'</script>\
                    <!-- <main data-pagefind-body> --><nav>n</nav><main class=x data-pagefind-body><p>texte<p>suite</MAIN><footer>f";
        assert_eq!(
            part(page).unwrap(),
            "<!DOCTYPE html><html lang=fr dir=ltr><head><title>a <b> c</title></head><body>\
             <main class=x data-pagefind-body><p>texte<p>suite</MAIN></body></html>"
        );
    }

    #[test]
    fn pages_without_one_closed_marked_element_are_handed_whole() {
        let whole = |html: &str| assert_eq!(Page::read(html, false).for_pagefind(""), html);
        whole("<html lang=\"en\"><body><p>plain</p></body></html>");
        whole("<html lang=\"en\"><body><div data-pagefind-body><p>open</body></html>");
        whole("<html lang=\"en\"><body><div data-pagefind-body>a</div><div data-pagefind-body>b</div></body></html>");
        whole("<html lang=\"en\"><body><img data-pagefind-body src=x.png></body></html>");
        whole("<body><main data-pagefind-body>no html tag</main></body>");
        let mentioned = "<html lang=\"en\"><body><p>the data-pagefind-body attribute</p></body></html>";
        whole(mentioned);
        assert!(!Page::read(mentioned, false).is_marked());
    }

    #[test]
    fn extra_markup_goes_inside_what_pagefind_reads() {
        let add = |html: &str| Page::read(html, false).for_pagefind("<p>x</p>");
        assert_eq!(
            add(
                "<html lang=en><body><div data-pagefind-body>a</div><div data-pagefind-body>b</div><footer>f</footer></body></html>"
            ),
            "<html lang=en><body><div data-pagefind-body>a</div><div data-pagefind-body>b<p>x</p></div><footer>f</footer></body></html>"
        );
        assert_eq!(
            add("<html lang=en><body><p>a</p></body></html>"),
            "<html lang=en><body><p>a</p><p>x</p></body></html>"
        );
        // No end tag of the body to put it before: the page is handed as it is.
        assert_eq!(add("<html lang=en><p>a"), "<html lang=en><p>a");
    }

    #[test]
    fn indexed_text_is_the_marked_text_or_the_body_text() {
        let page = Page::read(
            "<html><title>t</title><body><nav>menu</nav><main data-pagefind-body><p>one</p><p>two &amp; <b>three</b></p></main></body></html>",
            true,
        );
        assert_eq!(page.indexed_text(), "one two &amp;  three ");
        let page = Page::read("<html><title>t</title><body><p>a</p>b<!-- c --></body></html>", true);
        assert_eq!(page.indexed_text(), "a b ");
    }
}
