//! The theme's fonts cut at build to the characters the pages use (issues 19 and 21): every
//! character kept, far smaller than the source, cached across builds, cut again when the text
//! changes; Arabic keeps its layout tables.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use read_fonts::TableProvider;
use skrifa::{FontRef, MetadataProvider, Tag};
use steppe::fonts::{FaceScript, Fonts, charset};

use crate::support::{TestSite, repo};

/// One `@font-face` of the published stylesheet.
#[derive(Debug)]
struct FaceRule {
    family: String,
    weight: String,
    url: String,
    range: BTreeSet<u32>,
}

fn stylesheet(site: &TestSite) -> (String, Vec<FaceRule>) {
    let page = site.file("ar/index.html");
    // Pages are minified: attribute values may have no quotes.
    let href = page
        .split("href=")
        .skip(1)
        .filter_map(|rest| rest.trim_start_matches('"').split(['"', ' ', '>']).next())
        .find(|href| href.contains("assets/fonts."))
        .unwrap_or_else(|| panic!("the Arabic home links a font stylesheet: {page}"));
    let path = href.trim_start_matches("../");
    let css = site.file(path);
    let rules = css
        .split("@font-face")
        .skip(1)
        .map(|block| {
            let value = |name: &str| {
                let at = block
                    .find(&format!("{name}:"))
                    .unwrap_or_else(|| panic!("{name} in {block}"));
                block[at + name.len() + 1..]
                    .split(';')
                    .next()
                    .unwrap()
                    .trim()
                    .to_owned()
            };
            assert_eq!(value("font-display"), "swap");
            let src = value("src");
            FaceRule {
                family: value("font-family").trim_matches('"').to_owned(),
                weight: value("font-weight"),
                url: src.split('"').nth(1).unwrap().to_owned(),
                range: parse_range(&value("unicode-range")),
            }
        })
        .collect();
    (path.to_owned(), rules)
}

fn parse_range(range: &str) -> BTreeSet<u32> {
    let mut out = BTreeSet::new();
    for part in range.split(',') {
        let part = part.trim().trim_start_matches("U+");
        let (start, end) = part.split_once('-').unwrap_or((part, part));
        let (start, end) = (
            u32::from_str_radix(start, 16).unwrap(),
            u32::from_str_radix(end, 16).unwrap(),
        );
        out.extend(start..=end);
    }
    out
}

fn rule<'a>(rules: &'a [FaceRule], family: &str, weight: &str) -> &'a FaceRule {
    rules
        .iter()
        .find(|r| r.family == family && r.weight == weight)
        .unwrap_or_else(|| panic!("{family} {weight} in {rules:?}"))
}

fn stderr(site: &TestSite) -> String {
    let out = site.run(&["build"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn theme_fonts() -> Fonts {
    let dir = repo().join("themes/briefing/fonts");
    let files: Vec<(String, std::path::PathBuf, Cow<'static, [u8]>)> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .map(|p| {
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                p.clone(),
                Cow::Owned(std::fs::read(&p).unwrap()),
            )
        })
        .collect();
    Fonts::load(files.iter().map(|(n, p, b)| (n.as_str(), p.as_path(), b))).unwrap()
}

#[test]
fn an_arabic_page_loads_tens_of_kilobytes_of_font_that_cover_its_text() {
    let site = TestSite::fixture("trilingual");
    site.build();
    let (css_path, rules) = stylesheet(&site);
    let css_dir = Path::new(&css_path).parent().unwrap();
    let naskh = rule(&rules, "Noto Naskh Arabic", "400");
    let serif = rule(&rules, "Noto Serif", "400");
    let cut = std::fs::read(site.root.join("public").join(css_dir).join(&naskh.url)).unwrap();
    let source = std::fs::read(repo().join("themes/briefing/fonts/NotoNaskhArabic-Regular.ttf")).unwrap();
    assert!(cut.starts_with(b"wOF2"), "published as WOFF2");
    assert!(cut.len() < 40 * 1024, "the Arabic cut is {} bytes", cut.len());
    assert!(
        cut.len() * 4 < source.len(),
        "{} bytes cut from {}",
        cut.len(),
        source.len()
    );
    // Every character the Arabic pages show is in the range of a shipped face: Arabic ones in
    // the Arabic face, Latin letters in the Latin one (never the Arabic face).
    let page = site.file("ar/articles/accord/index.html");
    for c in charset::of_html(&page) {
        let code = u32::from(c);
        if c.is_whitespace() && c != ' ' {
            continue;
        }
        let arabic = ('\u{0600}'..='\u{06FF}').contains(&c);
        if arabic {
            assert!(naskh.range.contains(&code), "{c:?} in the Arabic face");
        } else if c.is_ascii_alphabetic() {
            assert!(serif.range.contains(&code), "{c:?} in the Latin face");
            assert!(!naskh.range.contains(&code), "{c:?} left to the Latin face");
        } else {
            assert!(
                naskh.range.contains(&code) || serif.range.contains(&code),
                "{c:?} (U+{code:04X}) in a shipped face"
            );
        }
    }
    let total: u64 = rules
        .iter()
        .map(|r| {
            std::fs::metadata(site.root.join("public").join(css_dir).join(&r.url))
                .unwrap()
                .len()
        })
        .sum();
    assert!(total < 300 * 1024, "all faces together are {total} bytes");
    assert!(
        site.exists("assets/fonts/OFL.txt"),
        "the licence travels with the fonts"
    );
}

#[test]
fn a_cut_keeps_every_character_and_the_arabic_layout_tables() {
    let fonts = theme_fonts();
    let face = fonts
        .faces()
        .iter()
        .find(|f| f.script == FaceScript::Arabic && f.weight == 400)
        .unwrap();
    let text = "توقيع طلبية طائرات بوينج ٧٨٧، «الموجز»";
    let chars = face.chars_for(&text.chars().collect());
    let cut = steppe::fonts::cut(face, &chars).unwrap();
    let font = FontRef::new(&cut).unwrap();
    let charmap = font.charmap();
    for c in text.chars() {
        assert!(charmap.map(c).is_some(), "{c:?} kept");
    }
    for table in [b"GSUB", b"GPOS", b"GDEF"] {
        assert!(
            font.table_data(Tag::new(table)).is_some(),
            "{} kept",
            String::from_utf8_lossy(table)
        );
    }
    // Joining needs the initial, medial and final forms, which no character maps to: the cut
    // holds far more glyphs than characters.
    let glyphs = font.maxp().map(|m| m.num_glyphs()).unwrap();
    assert!(
        usize::from(glyphs) > chars.len() * 2,
        "{glyphs} glyphs for {} characters",
        chars.len()
    );
    assert!(cut.len() * 4 < face.bytes().len());
}

#[test]
fn a_rebuild_takes_the_cuts_from_the_cache_and_new_text_cuts_again() {
    let site = TestSite::fixture("trilingual");
    let first = stderr(&site);
    let faces = first
        .lines()
        .find(|l| l.starts_with("Fonts: "))
        .unwrap_or_else(|| panic!("{first}"))
        .to_owned();
    assert!(faces.contains("(7 cut, 0 from the cache)"), "{faces}");
    let before = site.tree();
    let second = stderr(&site);
    assert!(second.contains("(0 cut, 7 from the cache)"), "{second}");
    assert_eq!(site.tree(), before, "the cache gives the same bytes");

    // A letter no page had (veh, U+06A4): the two Arabic faces are cut again, with it.
    let path = "content/articles/accord.ar.md";
    let text = std::fs::read_to_string(site.root.join(path)).unwrap();
    site.write(path, &format!("{text}\nڤيزا.\n"));
    let third = stderr(&site);
    assert!(third.contains("(2 cut, 5 from the cache)"), "{third}");
    let (_, rules) = stylesheet(&site);
    assert!(rule(&rules, "Noto Naskh Arabic", "400").range.contains(&0x06A4));
    let changed: BTreeMap<_, _> = site
        .tree()
        .into_iter()
        .filter(|(path, bytes)| path.ends_with(".woff2") && before.get(path) != Some(bytes))
        .collect();
    assert_eq!(changed.len(), 2, "{:?}", changed.keys());
}
