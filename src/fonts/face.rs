//! One font file of the theme: what `@font-face` says about it (family, weight, style) and
//! which characters it is meant to draw.

use std::borrow::Cow;
use std::collections::BTreeSet;

use skrifa::{FontRef, MetadataProvider, attribute::Style, string::StringId};

/// The script a face is chosen for. An Arabic face also holds Latin glyphs for digits and
/// punctuation, but Latin words inside Arabic text are left to the Latin face (issue 19), so
/// it does not claim Latin letters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FaceScript {
    Arabic,
    Latin,
}

#[derive(Debug, Clone)]
pub struct Face {
    /// File name inside the theme's `fonts/` folder.
    pub file: String,
    pub family: String,
    pub weight: u16,
    pub italic: bool,
    pub script: FaceScript,
    bytes: Cow<'static, [u8]>,
    key: blake3::Hash,
}

impl Face {
    /// Reads the font's names and attributes; the message says why a file cannot be used.
    pub fn parse(file: &str, bytes: Cow<'static, [u8]>) -> Result<Face, String> {
        let font = FontRef::new(&bytes).map_err(|e| format!("not a font file steppe can read: {e}"))?;
        let name = |id| font.localized_strings(id).english_or_first().map(|s| s.to_string());
        let family = name(StringId::TYPOGRAPHIC_FAMILY_NAME)
            .or_else(|| name(StringId::FAMILY_NAME))
            .filter(|family| !family.trim().is_empty())
            .ok_or("the font has no family name")?;
        if family.contains(['"', '\\', '<', '>']) {
            return Err(format!("family name `{family}` cannot be written in a stylesheet"));
        }
        let attributes = font.attributes();
        let charmap = font.charmap();
        let script = if charmap.map('\u{0628}').is_some() && charmap.map('A').is_none() {
            FaceScript::Arabic
        } else {
            FaceScript::Latin
        };
        Ok(Face {
            file: file.to_owned(),
            family,
            // CSS weights are 1–1000, as in the font's OS/2 table.
            weight: attributes.weight.value().round().clamp(1.0, 1000.0) as u16,
            italic: !matches!(attributes.style, Style::Normal),
            script,
            key: blake3::hash(&bytes),
            bytes,
        })
    }

    pub fn bytes(&self) -> &[u8] {
        &self.bytes
    }

    pub fn font(&self) -> FontRef<'_> {
        FontRef::new(&self.bytes).expect("parsed when the face was loaded")
    }

    /// The BLAKE3 hash of the font file.
    pub fn key(&self) -> &blake3::Hash {
        &self.key
    }

    /// The characters of `used` this face is published with: those it has a glyph for, less
    /// Latin letters for an Arabic face.
    pub fn chars_for(&self, used: &BTreeSet<char>) -> BTreeSet<char> {
        let charmap = self.font().charmap();
        used.iter()
            .copied()
            .filter(|&c| charmap.map(c).is_some())
            .filter(|&c| self.script != FaceScript::Arabic || !is_latin_letter(c))
            .collect()
    }

    /// `assets/fonts/<stem>.<hash of bytes>.<extension>`.
    pub fn output_name(&self, bytes: &[u8], extension: &str) -> String {
        let stem = self.file.rsplit_once('.').map_or(self.file.as_str(), |(stem, _)| stem);
        let hash = blake3::hash(bytes).to_hex();
        format!("assets/fonts/{stem}.{}.{extension}", &hash[..10])
    }

    pub fn extension(&self) -> &'static str {
        if self.bytes.starts_with(b"OTTO") { "otf" } else { "ttf" }
    }

    pub fn css_format(&self) -> &'static str {
        if self.bytes.starts_with(b"OTTO") {
            "opentype"
        } else {
            "truetype"
        }
    }
}

/// A letter of the Latin script: a letter below U+0370 (Basic Latin to the IPA extensions) or
/// in Latin Extended Additional.
fn is_latin_letter(c: char) -> bool {
    c.is_alphabetic() && (c < '\u{0370}' || ('\u{1E00}'..='\u{1EFF}').contains(&c))
}
