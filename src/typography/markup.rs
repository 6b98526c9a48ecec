//! Applies the typography of each element's language (`lang`, `xml:lang`) to the text of a
//! rendered HTML page or Atom feed, and to the attributes readers see (`title`, `alt`,
//! `aria-label`, a meta description). Other attributes, comments, scripts and styles are copied
//! as they are, and so is the text of code, preformatted blocks and feed identifiers.

use super::{Piece, Rules, Typesetter};
use crate::i18n::{Lang, Languages};

/// The rules of every language of the site.
#[derive(Debug, Clone)]
pub struct Typography {
    rules: Vec<(Lang, Rules)>,
}

/// Elements whose text is written as it is: code, and machine values in feeds.
const VERBATIM: [&str; 12] = [
    "code",
    "pre",
    "kbd",
    "samp",
    "var",
    "tt",
    "math",
    "id",
    "updated",
    "published",
    "uri",
    "email",
];
/// Elements whose content is not markup at all.
const RAW_TEXT: [&str; 3] = ["script", "style", "textarea"];
/// Elements inside a line of text: a quotation or a sentence runs across them.
const INLINE: [&str; 20] = [
    "a", "abbr", "b", "bdi", "bdo", "cite", "data", "del", "dfn", "em", "i", "ins", "mark", "q", "s", "small", "span",
    "strong", "sub", "sup",
];
const VOID: [&str; 14] = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
];

struct Open {
    name: String,
    /// The language this element sets, if it has a `lang`: `Some(None)` for one without rules.
    lang: Option<Option<usize>>,
    verbatim: bool,
}

impl Typography {
    /// `group_separator(lang)`: what separates digit groups in the language (CLDR).
    pub fn new(languages: &Languages, group_separator: impl Fn(Lang) -> char) -> Typography {
        let rules = languages
            .langs()
            .map(|lang| (lang, Rules::new(lang, group_separator(lang))))
            .collect();
        Typography { rules }
    }

    /// The rules of `lang`, or of the first language for one the site does not have.
    pub fn rules(&self, lang: Lang) -> &Rules {
        let found = self.rules.iter().find(|(l, _)| *l == lang);
        &found.unwrap_or(&self.rules[0]).1
    }

    /// The site language an element's `lang` names: exactly, or by its primary subtag
    /// (`fr-FR` is typeset as `fr`).
    fn index_of(&self, code: &str) -> Option<usize> {
        let exact = self.rules.iter().position(|(l, _)| l.code().eq_ignore_ascii_case(code));
        exact.or_else(|| {
            let primary = code.split(['-', '_']).next().unwrap_or("");
            self.rules
                .iter()
                .position(|(l, _)| l.code().eq_ignore_ascii_case(primary))
        })
    }

    /// Typesets the text of a page or feed; text outside any element with a `lang` is kept.
    pub fn typeset(&self, markup: &str) -> String {
        let mut out = String::with_capacity(markup.len() + markup.len() / 32);
        let mut stack: Vec<Open> = Vec::new();
        let mut setter: Option<Typesetter<'_>> = None;
        let mut rest = markup;
        while !rest.is_empty() {
            let lt = find_markup(rest);
            let (text, after) = rest.split_at(lt);
            match setter.as_mut() {
                Some(setter) if !text.is_empty() && !stack.iter().any(|o| o.verbatim) => {
                    setter.push(&pieces(text), &mut out);
                }
                Some(setter) if !text.is_empty() => {
                    setter.opaque();
                    out.push_str(text);
                }
                _ => out.push_str(text),
            }
            if after.is_empty() {
                break;
            }
            let tag_len = markup_len(after);
            let tag = &after[..tag_len];
            rest = &after[tag_len..];
            let Some((name, closing)) = tag_name(tag) else {
                out.push_str(tag);
                continue;
            };
            if closing {
                out.push_str(tag);
            } else {
                // The tag's own `lang` rules its attributes, as it rules its text.
                let own = attribute(tag, "lang")
                    .or_else(|| attribute(tag, "xml:lang"))
                    .map(|code| self.index_of(code).map(|i| &self.rules[i].1));
                match own.unwrap_or_else(|| self.current(&stack)) {
                    Some(rules) => reader_attributes(tag, &name, rules, &mut out),
                    None => out.push_str(tag),
                }
            }
            let changed = if closing {
                close(&mut stack, &name)
            } else if RAW_TEXT.contains(&name.as_str()) {
                let end = find_ignore_case(rest, &format!("</{name}")).unwrap_or(rest.len());
                out.push_str(&rest[..end]);
                rest = &rest[end..];
                false
            } else {
                self.open(&mut stack, name.clone(), tag)
            };
            if changed {
                setter = self.current(&stack).map(Typesetter::new);
            } else if let Some(setter) = setter.as_mut() {
                match name.as_str() {
                    "br" | "wbr" => setter.line_break(),
                    n if INLINE.contains(&n) || (VERBATIM.contains(&n) && n != "pre") => {}
                    _ => setter.reset(),
                }
            }
        }
        out
    }

    /// Pushes an opened element; returns whether it changed the language.
    fn open(&self, stack: &mut Vec<Open>, name: String, tag: &str) -> bool {
        if VOID.contains(&name.as_str()) || tag.ends_with("/>") {
            return false;
        }
        let lang = attribute(tag, "lang")
            .or_else(|| attribute(tag, "xml:lang"))
            .map(|code| self.index_of(code));
        let verbatim = VERBATIM.contains(&name.as_str());
        stack.push(Open { name, lang, verbatim });
        lang.is_some()
    }

    fn current(&self, stack: &[Open]) -> Option<&Rules> {
        let index = stack.iter().rev().find_map(|o| o.lang)??;
        Some(&self.rules[index].1)
    }
}

/// Attributes whose value a reader sees or hears: tooltips, text alternatives, accessible
/// names, placeholders, and the theme's UI strings handed to scripts (`data-text-*`).
const READER_ATTRIBUTES: [&str; 5] = ["title", "alt", "aria-label", "aria-description", "placeholder"];
/// `<meta>` whose `content` is a sentence shown to readers (search results, link previews).
const READER_META: [&str; 7] = [
    "description",
    "og:title",
    "og:description",
    "og:image:alt",
    "twitter:title",
    "twitter:description",
    "twitter:image:alt",
];

/// Copies start tag `tag` of element `name` to `out`, typesetting in `rules` the quoted values
/// of the attributes a reader sees; every other attribute (URLs, classes, ids) stays as written.
fn reader_attributes(tag: &str, name: &str, rules: &Rules, out: &mut String) {
    let meta_text = name == "meta"
        && attribute(tag, "name")
            .or_else(|| attribute(tag, "property"))
            .is_some_and(|n| READER_META.iter().any(|m| m.eq_ignore_ascii_case(n)));
    let mut copied = 0;
    for (key, start, end) in quoted_values(tag) {
        let key = key.to_ascii_lowercase();
        let read = READER_ATTRIBUTES.contains(&key.as_str())
            || key.starts_with("data-text-")
            || (meta_text && key == "content");
        if !read || start == end {
            continue;
        }
        out.push_str(&tag[copied..start]);
        let mut setter = Typesetter::new(rules);
        let mut value = String::with_capacity(end - start + 8);
        setter.push(&pieces(&tag[start..end]), &mut value);
        // A quotation mark the rules leave straight would end the attribute.
        out.push_str(&value.replace('"', "&quot;"));
        copied = end;
    }
    out.push_str(&tag[copied..]);
}

/// The name and the byte range of each quoted attribute value in a start tag.
fn quoted_values(tag: &str) -> Vec<(&str, usize, usize)> {
    let mut found = Vec::new();
    let bytes = tag.as_bytes();
    let name_end = tag[1..]
        .find(|c: char| c.is_whitespace() || c == '>' || c == '/')
        .map_or(tag.len(), |i| i + 1);
    let mut i = name_end;
    while i < bytes.len() {
        while i < bytes.len() && (bytes[i].is_ascii_whitespace() || bytes[i] == b'/') {
            i += 1;
        }
        let key_start = i;
        while i < bytes.len() && !bytes[i].is_ascii_whitespace() && !matches!(bytes[i], b'=' | b'>' | b'/') {
            i += 1;
        }
        if i == key_start {
            break;
        }
        let key = &tag[key_start..i];
        while i < bytes.len() && bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        if bytes.get(i) != Some(&b'=') {
            continue;
        }
        i += 1;
        while i < bytes.len() && bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        match bytes.get(i) {
            Some(&q @ (b'"' | b'\'')) => {
                let start = i + 1;
                let end = tag[start..].find(q as char).map_or(tag.len(), |e| start + e);
                if q == b'"' {
                    found.push((key, start, end));
                }
                i = end + 1;
            }
            _ => {
                while i < bytes.len() && !bytes[i].is_ascii_whitespace() && bytes[i] != b'>' {
                    i += 1;
                }
            }
        }
    }
    found
}

/// Closes the innermost open `name` (and what was left open inside it); returns whether a
/// language ended.
fn close(stack: &mut Vec<Open>, name: &str) -> bool {
    let Some(at) = stack.iter().rposition(|o| o.name == name) else {
        return false;
    };
    stack.drain(at..).any(|o| o.lang.is_some())
}

/// Byte offset of the next tag, comment or declaration (`<` followed by a letter, `/`, `!`
/// or `?`), or the end.
fn find_markup(text: &str) -> usize {
    let bytes = text.as_bytes();
    let mut from = 0;
    while let Some(i) = text[from..].find('<') {
        let at = from + i;
        if bytes
            .get(at + 1)
            .is_some_and(|b| b.is_ascii_alphabetic() || matches!(b, b'/' | b'!' | b'?'))
        {
            return at;
        }
        from = at + 1;
    }
    text.len()
}

/// Length of the tag, comment or declaration at the start of `text`.
fn markup_len(text: &str) -> usize {
    let end_of = |close: &str| text.find(close).map_or(text.len(), |i| i + close.len());
    if text.starts_with("<!--") {
        return end_of("-->");
    }
    if text.starts_with("<![CDATA[") {
        return end_of("]]>");
    }
    let mut quote = None;
    for (i, c) in text.char_indices().skip(1) {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '>') => return i + 1,
            _ => {}
        }
    }
    text.len()
}

/// The lowercased name of a start or end tag, and whether it is an end tag.
fn tag_name(tag: &str) -> Option<(String, bool)> {
    let (closing, body) = match tag.strip_prefix("</") {
        Some(body) => (true, body),
        None => (false, tag.strip_prefix('<')?),
    };
    if !body.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return None;
    }
    let end = body
        .find(|c: char| c.is_whitespace() || c == '>' || c == '/')
        .unwrap_or(body.len());
    Some((body[..end].to_ascii_lowercase(), closing))
}

/// The value of attribute `name` in a start tag.
fn attribute<'t>(tag: &'t str, name: &str) -> Option<&'t str> {
    let mut rest = tag.trim_start_matches('<');
    rest = rest.trim_start_matches(|c: char| !c.is_whitespace() && c != '>');
    loop {
        rest = rest.trim_start_matches(|c: char| c.is_whitespace() || c == '/');
        let end = rest.find(|c: char| c.is_whitespace() || matches!(c, '=' | '>' | '/'))?;
        let (key, after) = rest.split_at(end);
        if key.is_empty() {
            return None;
        }
        let after = after.trim_start();
        let (value, remainder) = match after.strip_prefix('=') {
            Some(v) => split_value(v.trim_start()),
            None => ("", after),
        };
        if key.eq_ignore_ascii_case(name) {
            return Some(value);
        }
        rest = remainder;
    }
}

fn split_value(text: &str) -> (&str, &str) {
    match text.chars().next() {
        Some(q @ ('"' | '\'')) => {
            let body = &text[1..];
            let end = body.find(q).unwrap_or(body.len());
            (&body[..end], body.get(end + 1..).unwrap_or(""))
        }
        _ => {
            let end = text.find(|c: char| c.is_whitespace() || c == '>').unwrap_or(text.len());
            text.split_at(end)
        }
    }
}

fn find_ignore_case(haystack: &str, needle: &str) -> Option<usize> {
    let needle = needle.as_bytes();
    haystack
        .as_bytes()
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle))
}

/// The characters of a text node; entities for quotes and no-break spaces are read as the
/// characters they stand for, every other entity is kept as written.
fn pieces(text: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::with_capacity(text.len());
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        if c == '&'
            && let Some(end) = rest[1..].find(';').filter(|&e| e <= 10)
        {
            let entity = &rest[..end + 2];
            out.push(entity_piece(entity));
            rest = &rest[entity.len()..];
            continue;
        }
        out.push(Piece::char(c));
        rest = &rest[c.len_utf8()..];
    }
    out
}

fn entity_piece(entity: &str) -> Piece<'_> {
    let name = &entity[1..entity.len() - 1];
    let decoded = match name {
        "quot" => Some('"'),
        "apos" => Some('\''),
        "nbsp" => Some('\u{A0}'),
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        _ => name
            .strip_prefix("#x")
            .or_else(|| name.strip_prefix("#X"))
            .and_then(|hex| u32::from_str_radix(hex, 16).ok())
            .or_else(|| name.strip_prefix('#').and_then(|dec| dec.parse().ok()))
            .and_then(char::from_u32),
    };
    match decoded {
        // Quotes and no-break spaces are typeset, then written as characters.
        Some(c @ ('"' | '\'' | '\u{A0}')) => Piece::char(c),
        Some(c) => Piece {
            ch: c,
            raw: Some(entity),
        },
        None => Piece {
            ch: '&',
            raw: Some(entity),
        },
    }
}
