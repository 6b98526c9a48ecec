//! The `@font-face` rules of the published faces. `unicode-range` lists the characters each
//! cut holds, so a browser downloads a face only for a page that shows one of them, and finds
//! each character in the face that has it.

use std::collections::BTreeSet;
use std::fmt::Write;

use super::Face;

pub struct Declared<'a> {
    pub face: &'a Face,
    /// Relative to the stylesheet (both live under `assets/`).
    pub url: String,
    pub format: &'static str,
    /// The characters of the cut; `None` for a whole font.
    pub chars: Option<BTreeSet<char>>,
}

pub fn write(declared: &[Declared<'_>]) -> String {
    let mut css = String::new();
    for d in declared {
        let style = if d.face.italic { "italic" } else { "normal" };
        let _ = write!(
            css,
            "@font-face {{\n  font-family: \"{}\";\n  src: url(\"{}\") format(\"{}\");\n  font-weight: {};\n  font-style: {style};\n  font-display: swap;\n",
            d.face.family, d.url, d.format, d.face.weight
        );
        if let Some(chars) = &d.chars {
            let _ = writeln!(css, "  unicode-range: {};", unicode_range(chars));
        }
        css.push_str("}\n");
    }
    css
}

/// `U+20-7E, U+A0, U+E9` for the characters `chars`, consecutive ones as ranges.
pub fn unicode_range(chars: &BTreeSet<char>) -> String {
    let mut ranges: Vec<(u32, u32)> = Vec::new();
    for c in chars.iter().map(|&c| u32::from(c)) {
        match ranges.last_mut() {
            Some((_, end)) if *end + 1 == c => *end = c,
            _ => ranges.push((c, c)),
        }
    }
    ranges
        .iter()
        .map(|&(start, end)| {
            if start == end {
                format!("U+{start:X}")
            } else {
                format!("U+{start:X}-{end:X}")
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn consecutive_characters_become_ranges() {
        let chars: BTreeSet<char> = ['a', 'b', 'c', 'é', 'ب'].into_iter().collect();
        assert_eq!(unicode_range(&chars), "U+61-63, U+E9, U+628");
    }
}
