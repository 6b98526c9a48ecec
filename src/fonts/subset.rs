//! Cutting one face to a set of characters with skera (which keeps GSUB, GPOS and GDEF, so
//! Arabic still joins and places its marks) and encoding the cut as WOFF2, through the cache.

use std::collections::BTreeSet;

use read_fonts::collections::IntSet;
use read_fonts::types::{GlyphId, NameId, Tag};
use skera::{Plan, SubsetFlags};

use super::Face;
use crate::error::Diagnostic;
use crate::media::VariantCache;

/// Everything besides the font and the characters that decides the bytes of a cut; part of
/// the cache key, so changing any of it cannot serve an old cut.
const SETTINGS: &str =
    "skera 0.9.0, all scripts, default layout features, hinting kept, names 0-6 13 14 (en), ttf2woff2 0.14.1 brotli 11";

/// Tables no browser reads, as `hb-subset` drops them by default.
const DROPPED_TABLES: [&[u8; 4]; 13] = [
    b"morx", b"mort", b"kerx", b"JSTF", b"DSIG", b"EBDT", b"EBLC", b"EBSC", b"SVG ", b"PCLT", b"LTSH", b"Silf", b"Sill",
];

pub struct Cut {
    pub woff2: Vec<u8>,
    pub from_cache: bool,
    pub warning: Option<Diagnostic>,
}

/// The cut of `face` to `chars`, from `cache` or made now and stored there.
pub fn cached(face: &Face, chars: &BTreeSet<char>, cache: &VariantCache) -> Result<Cut, Diagnostic> {
    let name = format!("{}.woff2", key(face, chars).to_hex());
    if let Some(woff2) = cache.get(&name) {
        return Ok(Cut {
            woff2,
            from_cache: true,
            warning: None,
        });
    }
    let fail = |message: String| Diagnostic::error(format!("(theme)/fonts/{}", face.file), message);
    let ttf = cut(face, chars).map_err(|e| fail(format!("cannot cut the font to the site's characters: {e}")))?;
    let woff2 = ttf2woff2::encode(&ttf, ttf2woff2::BrotliQuality::default())
        .map_err(|e| fail(format!("cannot encode the cut font as WOFF2: {e}")))?;
    let warning = cache.put(&name, &woff2).err().map(|e| {
        let message = format!("cannot write the font cache, so fonts are cut again next build: {e}");
        Diagnostic::warning(cache.path(), message)
    });
    Ok(Cut {
        woff2,
        from_cache: false,
        warning,
    })
}

/// The face as a TrueType (or CFF) font with the glyphs `chars` need, and the glyphs the
/// layout tables reach from them (contextual forms, ligatures, marks).
pub fn cut(face: &Face, chars: &BTreeSet<char>) -> Result<Vec<u8>, String> {
    let font = face.font();
    let unicodes: IntSet<u32> = chars.iter().map(|&c| u32::from(c)).collect();
    let dropped: IntSet<Tag> = DROPPED_TABLES.iter().map(|tag| Tag::new(tag)).collect();
    let mut scripts = IntSet::<Tag>::empty();
    scripts.invert();
    let features: IntSet<Tag> = skera::DEFAULT_LAYOUT_FEATURES.iter().copied().collect();
    let mut names = IntSet::<NameId>::empty();
    names.insert_range(NameId::new(0)..=NameId::new(6));
    // The licence and its address travel with the font (OFL).
    names.insert(NameId::new(13));
    names.insert(NameId::new(14));
    let mut languages = IntSet::<u16>::empty();
    languages.insert(0x0409);
    let plan = Plan::new(
        &IntSet::<GlyphId>::empty(),
        &unicodes,
        &font,
        SubsetFlags::default(),
        &dropped,
        &scripts,
        &features,
        &names,
        &languages,
    );
    skera::subset_font(&font, &plan).map_err(|e| e.to_string())
}

/// The cache key of a cut: the font's bytes, the characters, the settings, steppe's version.
fn key(face: &Face, chars: &BTreeSet<char>) -> blake3::Hash {
    let mut hasher = blake3::Hasher::new();
    hasher.update(b"steppe font subset\0");
    hasher.update(env!("CARGO_PKG_VERSION").as_bytes());
    hasher.update(b"\0");
    hasher.update(SETTINGS.as_bytes());
    hasher.update(b"\0");
    hasher.update(face.key().as_bytes());
    for c in chars {
        hasher.update(&u32::from(*c).to_le_bytes());
    }
    hasher.finalize()
}
