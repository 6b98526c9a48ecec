//! Social cards (issue 21): one 1200×630 PNG per article and language with `og:image` when the
//! site knows its address; the Arabic card's title is shaped (joined letters, right to left).

use std::sync::Arc;

use harfrust::{ShapeOptions, ShaperData, UnicodeBuffer};
use resvg::usvg;
use skrifa::MetadataProvider;
use steppe::content::LoadOptions;
use steppe::site::build::BuildOptions;
use steppe::site::cards;
use steppe::site::model::Model;

use crate::support::TestSite;

const ARABIC_CARD: &str = "ar/articles/accord/card.png";

#[test]
fn every_article_has_a_card_and_og_image_with_its_size_and_alt() {
    let site = TestSite::fixture("trilingual");
    let out = site.run(&["build", "--base-url", "https://example.org/brief"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    for card in [
        ARABIC_CARD,
        "en/articles/accord/card.png",
        "fr/articles/accord/card.png",
    ] {
        let png = image::load_from_memory(&std::fs::read(site.root.join("public").join(card)).unwrap()).unwrap();
        assert_eq!((png.width(), png.height()), (1200, 630), "{card}");
    }
    let page = site.file("ar/articles/accord/index.html");
    for tag in [
        "content=https://example.org/brief/ar/articles/accord/card.png property=og:image>",
        "content=1200 property=og:image:width>",
        "content=630 property=og:image:height>",
        "property=og:image:alt>",
        "content=summary_large_image name=twitter:card>",
    ] {
        assert!(page.contains(tag), "{tag} in {page}");
    }
    // Without an address there is no absolute URL to give, so no og:image.
    site.build();
    assert!(!site.file("ar/articles/accord/index.html").contains("og:image"));
}

#[test]
fn a_site_can_turn_cards_off() {
    let site = TestSite::fixture("trilingual");
    let config = site.root.join("steppe.yaml");
    let yaml = std::fs::read_to_string(&config).unwrap();
    std::fs::write(&config, format!("social_cards: false\n{yaml}")).unwrap();
    let out = site.run(&["build", "--base-url", "https://example.org/brief"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(!site.root.join("public").join(ARABIC_CARD).exists());
    assert!(!site.file("ar/articles/accord/index.html").contains("og:image"));
}

/// Glyph ids of each text element of the card's SVG, as usvg lays it out, with its text.
fn laid_out(svg: &str, fonts: &Arc<usvg::fontdb::Database>) -> Vec<(String, Vec<u16>)> {
    let options = usvg::Options {
        fontdb: Arc::clone(fonts),
        ..usvg::Options::default()
    };
    let tree = usvg::Tree::from_str(svg, &options).unwrap();
    let mut out = Vec::new();
    let mut stack: Vec<&usvg::Node> = tree.root().children().iter().collect();
    while let Some(node) = stack.pop() {
        match node {
            usvg::Node::Group(group) => stack.extend(group.children()),
            usvg::Node::Text(text) => {
                let string: String = text.chunks().iter().map(|c| c.text()).collect();
                let glyphs = text
                    .layouted()
                    .iter()
                    .flat_map(|span| span.positioned_glyphs.iter().map(|g| g.id.0 as u16))
                    .collect();
                out.push((string, glyphs));
            }
            _ => {}
        }
    }
    out
}

#[test]
fn the_arabic_card_title_is_shaped_right_to_left() {
    let site = TestSite::fixture("trilingual");
    let options = BuildOptions {
        base_url: Some("https://example.org".to_owned()),
        ..BuildOptions::default()
    };
    let model = Model::load(&site.root, options, LoadOptions::default(), None).unwrap();
    let inputs = model.inputs();
    let article = inputs.corpus.articles().iter().find(|a| a.lang.code() == "ar").unwrap();
    let svg = cards::svg(&inputs, article).unwrap();
    let fonts = Arc::new(cards::font_database(&inputs));
    let texts = laid_out(&svg, &fonts);
    let (title, card_glyphs) = texts
        .iter()
        .find(|(text, _)| text == &article.front.title)
        .unwrap_or_else(|| panic!("the title in {texts:?}"));

    // The same title shaped by harfrust with the face the card asks for (Naskh, bold).
    let naskh = inputs
        .theme
        .fonts
        .faces()
        .iter()
        .find(|f| f.family == "Noto Naskh Arabic" && f.weight == 700)
        .unwrap();
    let font = harfrust::FontRef::new(naskh.bytes()).unwrap();
    let data = ShaperData::new(&font);
    let shaper = data.shaper(&font).build();
    let mut buffer = UnicodeBuffer::new();
    buffer.push_str(title);
    buffer.guess_segment_properties();
    assert_eq!(buffer.direction(), harfrust::Direction::RightToLeft);
    let shaped = shaper.shape(buffer, ShapeOptions::new());
    let expected: Vec<u16> = shaped.glyph_infos().iter().map(|g| g.glyph_id as u16).collect();

    // Letter by letter, unshaped: each character's own glyph.
    let charmap = skrifa::FontRef::new(naskh.bytes()).unwrap().charmap();
    let nominal: Vec<u16> = title
        .chars()
        .filter_map(|c| charmap.map(c))
        .map(|g| g.to_u32() as u16)
        .collect();
    let sorted = |v: &[u16]| {
        let mut v = v.to_vec();
        v.sort_unstable();
        v
    };
    assert_ne!(
        sorted(&expected),
        sorted(&nominal),
        "joining changes the glyphs of this title"
    );
    assert_eq!(
        sorted(card_glyphs),
        sorted(&expected),
        "the card draws the shaped glyphs (initial, medial, final forms), not the letters one by one"
    );
    // Right to left: harfrust gives glyphs in visual order, as the card draws them.
    assert_eq!(card_glyphs, &expected, "in visual (right-to-left) order");
}

#[test]
fn the_preview_draws_a_card_only_when_it_is_asked_for() {
    let site = TestSite::fixture("trilingual");
    let options = || BuildOptions {
        base_url: Some("https://example.org/brief".to_owned()),
        search: false,
        ..BuildOptions::default()
    };
    let built = steppe::site::build_from_root(&site.root, options(), LoadOptions::default()).unwrap();
    // Both kinds of preview: pages rendered up front (a small site) or when asked for.
    type Start = fn(Model) -> steppe::error::Result<steppe::site::Preview>;
    for (kind, start) in [
        ("complete", steppe::site::Preview::complete as Start),
        ("on request", steppe::site::Preview::on_request as Start),
    ] {
        let model = Model::load(&site.root, options(), LoadOptions::default(), None).unwrap();
        let preview = start(model).unwrap();
        assert!(preview.contains(ARABIC_CARD), "{kind}: the card is part of the site");
        assert!(
            !preview.is_ready(ARABIC_CARD),
            "{kind}: no card is drawn before it is asked for"
        );
        let served = preview.file(ARABIC_CARD).unwrap().unwrap();
        assert!(preview.is_ready(ARABIC_CARD));
        assert!(
            !preview.is_ready("en/articles/accord/card.png"),
            "{kind}: only the card asked for"
        );
        assert_eq!(*served, *built.files[ARABIC_CARD], "{kind}: the card the build writes");
    }
}
