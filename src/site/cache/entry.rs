//! How a rendered page is stored in the page cache: length-prefixed fields, read back
//! strictly (any mismatch is a miss, never a guess).

use std::collections::BTreeSet;

use crate::site::rendered::Rendered;

/// Bumped whenever the layout below changes (2: the sitemap's record left the page, for the
/// page table makes it before rendering).
const FORMAT: &[u8] = b"steppe page 2\n";

/// A rendered page and the characters it shows (when the theme cuts fonts to them).
pub struct Page {
    pub rendered: Rendered,
    pub chars: Option<BTreeSet<char>>,
}

pub fn encode(page: &Page) -> Vec<u8> {
    let Rendered { file, html } = &page.rendered;
    let mut out = Vec::with_capacity(html.len() + 256);
    out.extend_from_slice(FORMAT);
    put(&mut out, file.as_bytes());
    put(&mut out, html.as_bytes());
    match &page.chars {
        None => out.push(0),
        Some(chars) => {
            out.push(1);
            put(&mut out, chars.iter().collect::<String>().as_bytes());
        }
    }
    out
}

/// The page stored in `bytes`.
pub fn decode(bytes: &[u8]) -> Option<Page> {
    let mut reader = Reader(bytes.strip_prefix(FORMAT)?);
    let file = reader.text()?;
    let html = reader.text()?;
    let chars = match reader.byte()? {
        0 => None,
        1 => Some(reader.text()?.chars().collect()),
        _ => return None,
    };
    reader.0.is_empty().then_some(Page {
        rendered: Rendered { file, html },
        chars,
    })
}

fn put(out: &mut Vec<u8>, bytes: &[u8]) {
    out.extend_from_slice(&(bytes.len() as u64).to_le_bytes());
    out.extend_from_slice(bytes);
}

struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    fn byte(&mut self) -> Option<u8> {
        let (&first, rest) = self.0.split_first()?;
        self.0 = rest;
        Some(first)
    }

    fn field(&mut self) -> Option<&'a [u8]> {
        if self.0.len() < 8 {
            return None;
        }
        let (len, rest) = self.0.split_at(8);
        let len = usize::try_from(u64::from_le_bytes(len.try_into().ok()?)).ok()?;
        if rest.len() < len {
            return None;
        }
        let (field, rest) = rest.split_at(len);
        self.0 = rest;
        Some(field)
    }

    fn text(&mut self) -> Option<String> {
        String::from_utf8(self.field()?.to_vec()).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_read_back_as_written_and_damage_is_a_miss() {
        let page = Page {
            rendered: Rendered {
                file: "en/index.html".into(),
                html: "<p>مرحبا</p>".into(),
            },
            chars: Some("ab".chars().collect()),
        };
        let bytes = encode(&page);
        let back = decode(&bytes).unwrap();
        assert_eq!(back.rendered.file, page.rendered.file);
        assert_eq!(back.rendered.html, page.rendered.html);
        assert_eq!(back.chars, page.chars);
        assert!(decode(&bytes[..bytes.len() - 1]).is_none(), "truncated");
        assert!(decode(&[bytes.as_slice(), b"x"].concat()).is_none(), "trailing bytes");
    }
}
