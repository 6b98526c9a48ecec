//! The theme's fonts (`fonts/*.ttf`), published cut to the characters the site's pages use, as
//! WOFF2, with the `@font-face` stylesheet that names them. Which characters a page uses is
//! known only once it is rendered, so pages link the stylesheet through a placeholder that
//! `link` replaces (see `site::build`).

pub mod charset;
mod face;
mod stylesheet;
mod subset;

use std::borrow::Cow;
use std::collections::BTreeSet;
use std::path::Path;

use rayon::prelude::*;

use crate::error::{Diagnostic, Diagnostics, Error, Result};
use crate::media::VariantCache;

pub use face::{Face, FaceScript};
pub use subset::cut;

/// The name templates use for the font stylesheet: `site.assets['fonts.css']`.
pub const STYLESHEET: &str = "fonts.css";
/// What rendered pages carry where the stylesheet's path goes, until `link` replaces it.
pub const STYLESHEET_TOKEN: &str = "assets/fonts.steppe-font-subsets.css";
/// The folder under `.steppe-cache/` for subset fonts.
pub const CACHE_FOLDER: &str = "fonts";

/// The faces of a theme, in file-name order.
#[derive(Debug, Clone, Default)]
pub struct Fonts {
    faces: Vec<Face>,
    /// Text files beside the fonts (their licence), published with them as they are.
    notices: Vec<(String, Vec<u8>)>,
}

/// What a build did with the fonts, for the build report and tests.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct FontReport {
    /// Faces published (a face no page needs is left out).
    pub faces: usize,
    /// Faces cut and encoded in this build because the cache did not hold them.
    pub subset: usize,
    pub cached: usize,
    /// Bytes of WOFF2 published, all faces together.
    pub bytes: usize,
}

/// The font files and the stylesheet that declares them, ready for the output.
#[derive(Debug, Default)]
pub struct Published {
    /// Published path of the stylesheet (`assets/fonts.1a2b3c4d5e.css`); `None` without faces.
    pub stylesheet: Option<String>,
    pub files: Vec<(String, Vec<u8>)>,
    pub report: FontReport,
    pub warnings: Vec<Diagnostic>,
}

impl Fonts {
    /// Reads every `.ttf` and `.otf` file of `files` (name inside `fonts/`, path for messages,
    /// bytes); a file that is not a usable font is an error at its path.
    pub fn load<'a>(files: impl Iterator<Item = (&'a str, &'a Path, &'a Cow<'static, [u8]>)>) -> Result<Fonts> {
        let mut problems = Diagnostics::default();
        let mut faces = Vec::new();
        let mut notices = Vec::new();
        for (name, path, bytes) in files {
            let lower = name.to_ascii_lowercase();
            if lower.ends_with(".txt") {
                notices.push((format!("assets/fonts/{name}"), bytes.to_vec()));
                continue;
            }
            if !(lower.ends_with(".ttf") || lower.ends_with(".otf")) {
                continue;
            }
            if let Some(face) =
                problems.take(Face::parse(name, bytes.clone()).map_err(|m| Error::from(Diagnostic::error(path, m))))
            {
                faces.push(face);
            }
        }
        problems.finish()?;
        Ok(Fonts { faces, notices })
    }

    pub fn is_empty(&self) -> bool {
        self.faces.is_empty()
    }

    pub fn faces(&self) -> &[Face] {
        &self.faces
    }

    /// Every face cut to the characters of `used` it is meant for, from the cache when it holds
    /// the cut and encoded (in parallel) when not. A cache that cannot be written is a warning.
    pub fn publish(&self, used: &BTreeSet<char>, cache: &VariantCache) -> Result<Published> {
        let chars = charset::with_baseline(used);
        let cuts: Vec<_> = self
            .faces
            .par_iter()
            .map(|face| {
                let chars = face.chars_for(&chars);
                if chars.is_empty() {
                    return Ok(None);
                }
                subset::cached(face, &chars, cache).map(|cut| Some((face, chars, cut)))
            })
            .collect();
        let mut problems = Diagnostics::default();
        let mut published = Published::default();
        let mut declared = Vec::new();
        for cut in cuts {
            let Some(Some((face, chars, cut))) = problems.take(cut.map_err(Error::from)) else {
                continue;
            };
            published.report.faces += 1;
            published.report.bytes += cut.woff2.len();
            if cut.from_cache {
                published.report.cached += 1;
            } else {
                published.report.subset += 1;
            }
            if let Some(warning) = cut.warning
                && published.warnings.is_empty()
            {
                published.warnings.push(warning);
            }
            let output = face.output_name(&cut.woff2, "woff2");
            declared.push(stylesheet::Declared {
                face,
                url: output.trim_start_matches("assets/").to_owned(),
                format: "woff2",
                chars: Some(chars),
            });
            published.files.push((output, cut.woff2));
        }
        problems.finish()?;
        published.add_stylesheet(&declared);
        published.add_notices(&self.notices);
        Ok(published)
    }

    /// The faces whole, as they are (TrueType, no `unicode-range`), for a preview that renders
    /// pages only when asked and so cannot know their characters.
    pub fn uncut(&self) -> Published {
        let mut published = Published::default();
        let mut declared = Vec::new();
        for face in &self.faces {
            let output = face.output_name(face.bytes(), face.extension());
            declared.push(stylesheet::Declared {
                face,
                url: output.trim_start_matches("assets/").to_owned(),
                format: face.css_format(),
                chars: None,
            });
            published.files.push((output, face.bytes().to_vec()));
        }
        published.report.faces = self.faces.len();
        published.add_stylesheet(&declared);
        published.add_notices(&self.notices);
        published
    }
}

impl Published {
    fn add_notices(&mut self, notices: &[(String, Vec<u8>)]) {
        if self.stylesheet.is_some() {
            self.files.extend(notices.iter().cloned());
        }
    }

    fn add_stylesheet(&mut self, declared: &[stylesheet::Declared<'_>]) {
        if declared.is_empty() {
            return;
        }
        let css = stylesheet::write(declared);
        let hash = blake3::hash(css.as_bytes()).to_hex();
        let output = format!("assets/fonts.{}.css", &hash[..10]);
        self.stylesheet = Some(output.clone());
        self.files.push((output, css.into_bytes()));
    }
}

/// `html` with the stylesheet placeholder pointing at `stylesheet`, or with the placeholder's
/// `<link>` removed when the site has no fonts to declare.
pub fn link(html: &str, stylesheet: Option<&str>) -> String {
    if !html.contains(STYLESHEET_TOKEN) {
        return html.to_owned();
    }
    match stylesheet {
        Some(path) => html.replace(STYLESHEET_TOKEN, path),
        None => {
            // The template wrote `<link rel="stylesheet" href="…TOKEN">`: drop that element.
            let mut out = String::with_capacity(html.len());
            let mut rest = html;
            while let Some(at) = rest.find(STYLESHEET_TOKEN) {
                let start = rest[..at].rfind('<').unwrap_or(at);
                let end = rest[at..].find('>').map_or(rest.len(), |e| at + e + 1);
                out.push_str(&rest[..start]);
                rest = &rest[end..];
            }
            out.push_str(rest);
            out
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_placeholder_becomes_the_stylesheet_or_goes() {
        let html = format!("<head><link rel=\"stylesheet\" href=\"../{STYLESHEET_TOKEN}\"><title>t</title>");
        assert_eq!(
            link(&html, Some("assets/fonts.abc.css")),
            "<head><link rel=\"stylesheet\" href=\"../assets/fonts.abc.css\"><title>t</title>"
        );
        assert_eq!(link(&html, None), "<head><title>t</title>");
        assert_eq!(link("<p>plain</p>", None), "<p>plain</p>");
    }
}
