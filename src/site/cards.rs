//! Social cards: one 1200×630 PNG per article and language, the theme's `card.svg` template
//! filled with the title, topic, site name and date, and drawn by resvg in the theme's own
//! fonts (usvg shapes text with harfrust, so Arabic joins and runs right to left). Cards are
//! cached like image variants, by everything that made their bytes.

use std::sync::Arc;

use rayon::prelude::*;
use resvg::usvg;
use serde::Serialize;

use crate::content::Article;
use crate::error::{Diagnostic, Diagnostics, Result};
use crate::i18n::TextDir;
use crate::media::VariantCache;

pub use super::inputs::CardReport;
use super::inputs::Inputs;
use super::routes;

/// The theme's card template (optional: a theme without it has no cards).
pub const TEMPLATE: &str = "card.svg";
pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 630;
/// Title lines a card has room for, and characters per line at the template's title size.
const MAX_LINES: usize = 4;
const LINE_CHARS: usize = 30;

/// What the template is given.
#[derive(Debug, Serialize)]
pub struct CardView<'a> {
    pub lang: &'a str,
    pub rtl: bool,
    pub title_lines: Vec<String>,
    pub topic: Option<&'a str>,
    pub site: &'a str,
    pub date: Option<String>,
}

/// Whether the site gets cards: its theme draws them and the site knows its address (without
/// one no page could name its card in `og:image`, which must be an absolute URL).
pub fn enabled(inputs: &Inputs<'_>) -> bool {
    inputs.config.social_cards
        && inputs.base_url().is_some()
        && inputs.theme.tera.get_template_names().any(|name| name == TEMPLATE)
}

/// The card's path in the built site, beside its article.
pub fn path(article: &Article) -> String {
    routes::card(article)
}

/// The card files, what drawing them cost, and their warnings.
#[derive(Debug, Default)]
pub struct Cards {
    pub files: Vec<(String, Vec<u8>)>,
    pub report: CardReport,
    pub warnings: Vec<Diagnostic>,
}

/// The card of every article, in parallel, from the cache when it holds it.
pub fn all(inputs: &Inputs<'_>) -> Result<Cards> {
    let mut cards = Cards::default();
    let Some(drawer) = Drawer::new(inputs) else {
        return Ok(cards);
    };
    let results: Vec<_> = inputs
        .corpus
        .articles()
        .par_iter()
        .map(|article| {
            let svg = svg(inputs, article)?;
            drawer.card(&svg, &article.path).map(|card| (path(article), card))
        })
        .collect();
    let mut problems = Diagnostics::default();
    for result in results {
        let Some((path, card)) = problems.take(result.map_err(Into::into)) else {
            continue;
        };
        if card.cached {
            cards.report.cached += 1;
        } else {
            cards.report.drawn += 1;
        }
        if cards.warnings.is_empty() {
            cards.warnings.extend(card.warning);
        }
        cards.files.push((path, card.png));
    }
    problems.finish()?;
    Ok(cards)
}

/// One card drawn (or read from the cache), and a warning when the cache could not keep it.
#[derive(Debug)]
pub struct Card {
    pub png: Vec<u8>,
    pub cached: bool,
    pub warning: Option<Diagnostic>,
}

/// What drawing any card needs, made once: the font database, what names the fonts in the
/// cache key, and the cache folder. It reads nothing else, so a card can be drawn from its SVG
/// long after the inputs it was filled from are gone.
pub struct Drawer {
    fonts: Arc<usvg::fontdb::Database>,
    fonts_key: Vec<u8>,
    cache: VariantCache,
}

impl Drawer {
    /// `None` when the site gets no cards (see `enabled`).
    pub fn new(inputs: &Inputs<'_>) -> Option<Drawer> {
        enabled(inputs).then(|| Drawer {
            fonts: Arc::new(font_database(inputs)),
            fonts_key: inputs
                .theme
                .fonts
                .faces()
                .iter()
                .flat_map(|face| *face.key().as_bytes())
                .collect(),
            cache: VariantCache::in_folder(&inputs.config.root, "cards"),
        })
    }

    /// The card drawn from `svg` (filled in for the article at `source`, which errors name),
    /// from the cache when it holds one for the same SVG and fonts.
    pub fn card(&self, svg: &str, source: &std::path::Path) -> Result<Card, Diagnostic> {
        let name = format!("{}.png", self.key(svg).to_hex());
        if let Some(png) = self.cache.get(&name) {
            return Ok(Card {
                png,
                cached: true,
                warning: None,
            });
        }
        let png = draw(svg, &self.fonts)
            .map_err(|e| Diagnostic::error(source, format!("cannot draw the social card: {e}")))?;
        let warning = self
            .cache
            .put(&name, &png)
            .err()
            .map(|e| Diagnostic::warning(self.cache.path(), format!("cannot write the card cache: {e}")));
        Ok(Card {
            png,
            cached: false,
            warning,
        })
    }

    /// Everything that made the card's bytes: steppe and resvg, the fonts and the SVG.
    fn key(&self, svg: &str) -> blake3::Hash {
        let mut hasher = blake3::Hasher::new();
        hasher.update(b"steppe social card\0");
        hasher.update(env!("CARGO_PKG_VERSION").as_bytes());
        hasher.update(b"\0resvg 0.49\0");
        hasher.update(&self.fonts_key);
        hasher.update(svg.as_bytes());
        hasher.finalize()
    }
}

impl std::fmt::Debug for Drawer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Drawer").field("fonts", &self.fonts.len()).finish()
    }
}

/// The card of `article` as SVG text: the theme's template filled in.
pub fn svg(inputs: &Inputs<'_>, article: &Article) -> Result<String, Diagnostic> {
    let lang = article.lang;
    let locale = inputs.theme.locale(lang);
    let topic = article
        .front
        .topics
        .first()
        .and_then(|key| inputs.config.topics.iter().find(|t| &t.key == key))
        .map(|t| t.name.get(lang).as_str());
    let view = CardView {
        lang: lang.code(),
        rtl: inputs.config.languages.dir(lang) == TextDir::Rtl,
        title_lines: wrap(&article.front.title, LINE_CHARS, MAX_LINES),
        topic,
        site: inputs.config.title.get(lang),
        date: article.date().map(|d| locale.format_date(d)),
    };
    let mut context = tera::Context::new();
    context.insert("card", &view);
    inputs.theme.tera.render(TEMPLATE, &context).map_err(|e| {
        let path = inputs.theme.template_paths.get(TEMPLATE).cloned().unwrap_or_default();
        Diagnostic::error(
            path,
            format!("the card template failed for {}: {e:?}", article.path.display()),
        )
    })
}

/// `svg` drawn as a PNG in the fonts of `fonts`.
pub fn draw(svg: &str, fonts: &Arc<usvg::fontdb::Database>) -> Result<Vec<u8>, String> {
    let options = usvg::Options {
        fontdb: Arc::clone(fonts),
        font_family: "Noto Sans".to_owned(),
        ..usvg::Options::default()
    };
    let tree = usvg::Tree::from_str(svg, &options).map_err(|e| e.to_string())?;
    let mut pixmap = resvg::tiny_skia::Pixmap::new(WIDTH, HEIGHT).expect("the card size is not zero");
    resvg::render(&tree, resvg::tiny_skia::Transform::default(), &mut pixmap.as_mut());
    pixmap.encode_png().map_err(|e| e.to_string())
}

/// The theme's fonts, whole (cards are drawn at build, nothing is downloaded): no system font
/// is ever used, so a card looks the same on every machine that builds it.
pub fn font_database(inputs: &Inputs<'_>) -> usvg::fontdb::Database {
    let mut db = usvg::fontdb::Database::new();
    for face in inputs.theme.fonts.faces() {
        db.load_font_data(face.bytes().to_vec());
    }
    db
}

/// `text` in lines of at most `width` characters, broken between words, at most `lines` of
/// them (the last one ending in "…" when the text is longer).
fn wrap(text: &str, width: usize, lines: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut current = String::new();
    for word in text.split_whitespace() {
        if !current.is_empty() && current.chars().count() + 1 + word.chars().count() > width {
            out.push(std::mem::take(&mut current));
        }
        if !current.is_empty() {
            current.push(' ');
        }
        current.push_str(word);
    }
    if !current.is_empty() {
        out.push(current);
    }
    if out.len() > lines {
        out.truncate(lines);
        if let Some(last) = out.last_mut() {
            last.push('…');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_wrap_between_words_and_stop_at_the_last_line() {
        assert_eq!(wrap("a bb ccc", 4, 4), ["a bb", "ccc"]);
        assert_eq!(wrap("one two three four", 3, 2), ["one", "two…"]);
    }
}
