//! The image hook: every `![alt](src "title")` of a document is offered to an `Images`
//! implementation, which may replace it with its own HTML (a `<figure>` with responsive
//! variants). This module only finds images and their positions; it knows no files.

use std::ops::Range;

use pulldown_cmark::{Event, Tag, TagEnd};

/// An image as the markdown wrote it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImageRef<'a> {
    pub src: &'a str,
    /// The text between the brackets, markup removed.
    pub alt: String,
    /// The quoted title after the address, empty when there is none.
    pub title: &'a str,
    /// Byte offset of the `![` in the markdown text.
    pub offset: usize,
    /// Alone in its paragraph, so it may become a block (a figure), or inside a line of text.
    pub standalone: bool,
}

/// Decides what each image becomes.
pub trait Images {
    /// HTML that replaces the image, or `None` to keep pulldown-cmark's plain `<img>`.
    fn html(&self, image: &ImageRef<'_>) -> Option<String>;
}

/// Keeps every image as pulldown-cmark writes it.
pub struct PlainImages;

impl Images for PlainImages {
    fn html(&self, _: &ImageRef<'_>) -> Option<String> {
        None
    }
}

/// The events with each image the hook answers for replaced by its HTML; a paragraph that
/// holds only that image is dropped around it, as a figure may not stand inside a `<p>`.
pub fn replace<'a>(events: Vec<(Event<'a>, Range<usize>)>, images: &dyn Images) -> Vec<Event<'a>> {
    let mut out = Vec::with_capacity(events.len());
    let mut at = 0;
    while at < events.len() {
        let opens_paragraph = matches!(events[at].0, Event::Start(Tag::Paragraph));
        let image_at = if opens_paragraph { at + 1 } else { at };
        let Some(end) = image_end(&events, image_at) else {
            out.push(events[at].0.clone());
            at += 1;
            continue;
        };
        let closes_paragraph = matches!(events.get(end + 1), Some((Event::End(TagEnd::Paragraph), _)));
        let standalone = opens_paragraph && closes_paragraph;
        if opens_paragraph && !standalone {
            out.push(events[at].0.clone());
            at += 1;
            continue;
        }
        let image = image_ref(&events[image_at..=end], standalone);
        match images.html(&image) {
            Some(html) => {
                out.push(Event::Html(html.into()));
                at = if standalone { end + 2 } else { end + 1 };
            }
            None => {
                out.extend(events[at..=end].iter().map(|(event, _)| event.clone()));
                at = end + 1;
            }
        }
    }
    out
}

/// The index of the `End` of the image that starts at `start`, when one starts there.
fn image_end(events: &[(Event<'_>, Range<usize>)], start: usize) -> Option<usize> {
    if !matches!(events.get(start), Some((Event::Start(Tag::Image { .. }), _))) {
        return None;
    }
    let mut depth = 0usize;
    for (index, (event, _)) in events.iter().enumerate().skip(start) {
        match event {
            Event::Start(Tag::Image { .. }) => depth += 1,
            Event::End(TagEnd::Image) => {
                depth -= 1;
                if depth == 0 {
                    return Some(index);
                }
            }
            _ => {}
        }
    }
    None
}

fn image_ref<'e>(events: &'e [(Event<'_>, Range<usize>)], standalone: bool) -> ImageRef<'e> {
    let (Event::Start(Tag::Image { dest_url, title, .. }), range) = &events[0] else {
        unreachable!("image_end found an image start here");
    };
    let alt = events[1..]
        .iter()
        .filter_map(|(event, _)| match event {
            Event::Text(text) | Event::Code(text) => Some(text.as_ref()),
            Event::SoftBreak | Event::HardBreak => Some(" "),
            _ => None,
        })
        .collect();
    ImageRef {
        src: dest_url,
        alt,
        title,
        offset: range.start,
        standalone,
    }
}

#[cfg(test)]
mod tests {
    use std::cell::RefCell;

    use super::*;
    use crate::markdown::{Highlighter, links, render_page};

    /// Answers every image with a marker and remembers what it was asked.
    #[derive(Default)]
    struct Recorder(RefCell<Vec<String>>);

    impl Images for Recorder {
        fn html(&self, image: &ImageRef<'_>) -> Option<String> {
            let seen = format!(
                "{}|{}|{}|{}|{}",
                image.src, image.alt, image.title, image.offset, image.standalone
            );
            self.0.borrow_mut().push(seen);
            Some("<figure>F</figure>".to_owned())
        }
    }

    fn render(md: &str, images: &dyn Images) -> String {
        let names = crate::markdown::autolink::Names::default();
        struct NoTargets;
        impl links::Targets for NoTargets {
            fn href(&self, _: &str) -> Result<String, String> {
                Err("none".to_owned())
            }
            fn anchors(&self, _: &str) -> std::collections::HashSet<String> {
                Default::default()
            }
        }
        render_page(md, &Highlighter::new(), &names, &NoTargets, images).0
    }

    #[test]
    fn a_lone_image_becomes_the_hooks_block_without_a_paragraph() {
        let recorder = Recorder::default();
        let out = render("Intro.\n\n![A *big* hall](hall.jpg \"The hall\")\n", &recorder);
        assert_eq!(out, "<p>Intro.</p>\n<figure>F</figure>", "{out:?}");
        assert_eq!(*recorder.0.borrow(), ["hall.jpg|A big hall|The hall|8|true"]);
    }

    #[test]
    fn an_image_inside_text_is_offered_as_inline() {
        let recorder = Recorder::default();
        let out = render("See ![x](a.png) here.\n", &recorder);
        assert_eq!(out, "<p>See <figure>F</figure> here.</p>\n");
        assert_eq!(*recorder.0.borrow(), ["a.png|x||4|false"]);
    }

    #[test]
    fn plain_images_are_left_as_pulldown_writes_them() {
        let out = render("![x](a.png)\n", &PlainImages);
        assert_eq!(out, "<p><img src=\"a.png\" alt=\"x\" /></p>\n");
    }
}
