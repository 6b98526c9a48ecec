//! Article images as HTML: a `<figure>` whose `<picture>` offers every variant (WebP first, then
//! the image's own format) with `srcset` and `sizes`, and a `<figcaption>` with the caption and
//! the credit. `ArticleImages` is the markdown hook that checks each image as it goes.

use std::cell::RefCell;
use std::fmt::Write;
use std::path::Path;

use html_escape::{encode_double_quoted_attribute as attr, encode_text as text};

use super::variants::Format;
use super::{Image, Media};
use crate::error::Diagnostic;
use crate::markdown::images::{ImageRef, Images};

/// The width images take in the page: the article column (`--measure`, 42rem), or the screen.
pub const SIZES: &str = "(min-width: 42rem) 42rem, 100vw";

/// The words shown with an image in one language.
#[derive(Debug, Clone, Copy)]
pub struct FigureText<'a> {
    /// Empty for a decorative image.
    pub alt: &'a str,
    pub caption: &'a str,
    pub credit: &'a str,
}

/// The `<figure>` of `image`, its variants linked through `prefix` (the way up to the site root).
pub fn figure(image: &Image, words: FigureText<'_>, prefix: &str) -> String {
    let mut html = String::from("<figure class=\"figure\"><picture>");
    let [modern, own] = image.format.outputs();
    let _ = write!(
        html,
        "<source type=\"{}\" srcset=\"{}\" sizes=\"{SIZES}\">",
        modern.mime(),
        srcset(image, modern, prefix)
    );
    let largest = image.variants(own).last().expect("every image has a variant");
    let _ = write!(
        html,
        "<img src=\"{prefix}{}\" srcset=\"{}\" sizes=\"{SIZES}\" width=\"{}\" height=\"{}\" alt=\"{}\" loading=\"lazy\" decoding=\"async\"></picture>",
        largest.output,
        srcset(image, own, prefix),
        largest.size.width,
        largest.size.height,
        attr(words.alt)
    );
    let caption = words.caption.trim();
    html.push_str("<figcaption>");
    if !caption.is_empty() {
        let _ = write!(html, "{} ", text(caption));
    }
    let _ = write!(
        html,
        "<span class=\"credit\">{}</span></figcaption></figure>",
        text(words.credit.trim())
    );
    html
}

fn srcset(image: &Image, format: Format, prefix: &str) -> String {
    let candidates: Vec<String> = image
        .variants(format)
        .map(|v| format!("{prefix}{} {}w", v.output, v.size.width))
        .collect();
    candidates.join(", ")
}

/// The image hook of one article: resolves each image in `content/media/`, takes its alt text
/// and caption from the markdown or the sidecar, and records what is wrong at `file:line:column`.
pub struct ArticleImages<'a> {
    pub media: &'a Media,
    /// Language code of the article, for the sidecar's per-language text.
    pub lang: &'a str,
    /// The article file, relative to the site root, and where its body starts.
    pub path: &'a Path,
    pub body: &'a str,
    pub body_line: usize,
    /// From the page up to the site root (`../../../`).
    pub prefix: &'a str,
    problems: RefCell<Vec<Diagnostic>>,
}

impl<'a> ArticleImages<'a> {
    pub fn new(media: &'a Media, lang: &'a str, path: &'a Path, body: (&'a str, usize), prefix: &'a str) -> Self {
        ArticleImages {
            media,
            lang,
            path,
            body: body.0,
            body_line: body.1,
            prefix,
            problems: RefCell::new(Vec::new()),
        }
    }

    /// The first problem found while rendering, if any.
    pub fn into_problem(self) -> Option<Diagnostic> {
        self.problems.into_inner().into_iter().next()
    }

    fn at(&self, offset: usize, message: String) -> Diagnostic {
        let before = &self.body[..offset.min(self.body.len())];
        let line = self.body_line + before.matches('\n').count();
        let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        Diagnostic::error(self.path, message).at(line, column)
    }

    fn figure_of(&self, image: &ImageRef<'_>) -> Result<String, String> {
        if !image.standalone {
            return Err(format!(
                "image `{}` is inside a line of text: give it a paragraph of its own, so it can carry its caption and credit",
                image.src
            ));
        }
        let name = super::image_name(image.src)?;
        let found = self.media.image(&name).ok_or_else(|| {
            format!(
                "no image {}/{name}: image paths are relative to {}/",
                super::MEDIA_DIR,
                super::MEDIA_DIR
            )
        })?;
        let sidecar = &found.sidecar;
        let from_sidecar =
            |map: &'a std::collections::BTreeMap<String, String>| map.get(self.lang).map_or("", String::as_str);
        let alt = Some(image.alt.trim()).filter(|a| !a.is_empty());
        let alt = alt.unwrap_or_else(|| from_sidecar(&sidecar.alt).trim());
        if alt.is_empty() && !sidecar.decorative {
            return Err(format!(
                "image `{}` has no alt text: describe it between the brackets, or in `alt: {{{}: …}}` of {}, or set `decorative: true` there",
                image.src,
                self.lang,
                found.sidecar_path().display()
            ));
        }
        let caption = Some(image.title).filter(|t| !t.trim().is_empty());
        let caption = caption.unwrap_or_else(|| from_sidecar(&sidecar.caption));
        let words = FigureText {
            alt,
            caption,
            credit: &sidecar.credit,
        };
        Ok(figure(found, words, self.prefix))
    }
}

impl Images for ArticleImages<'_> {
    fn html(&self, image: &ImageRef<'_>) -> Option<String> {
        match self.figure_of(image) {
            Ok(html) => Some(html),
            Err(message) => {
                self.problems.borrow_mut().push(self.at(image.offset, message));
                Some(String::new())
            }
        }
    }
}
