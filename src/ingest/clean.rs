//! Raw text → clean lines: LF line ends, no markup (script and style blocks go whole, other tags
//! go and leave their text), HTML entities decoded, invisible characters dropped, spaces collapsed.
//! Decoding bytes is `content::source_text`'s job; what the lines mean is left to the other modules.

use std::sync::LazyLock;

use regex::Regex;

/// Elements whose content is never article text.
const HIDDEN_ELEMENTS: [&str; 6] = ["script", "style", "noscript", "template", "iframe", "svg"];

/// Elements that start a new line when a browser renders them.
const BLOCK_TAGS: &str = "p|div|br|hr|li|ul|ol|h[1-6]|tr|td|th|table|section|article|header|footer|\
                          blockquote|figure|figcaption|nav|aside|main|pre|dd|dt|dl|form|title|body|html";

static HIDDEN: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    HIDDEN_ELEMENTS
        .iter()
        .map(|tag| Regex::new(&format!(r"(?is)<{tag}\b[^>]*>.*?</\s*{tag}\s*>")).expect("valid pattern"))
        .collect()
});
static COMMENT: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?s)<!--.*?(?:-->|\z)").expect("valid pattern"));
static BLOCK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?i)</?(?:{BLOCK_TAGS})\b[^<>]*>")).expect("valid pattern"));
// A tag is `<` then a name, `/` or `!`; "a < b" and "<3" in prose are left alone.
static TAG: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"</?[a-zA-Z][a-zA-Z0-9:-]*(?:\s[^<>]*)?/?>|<![^<>]*>").expect("valid pattern"));

/// Cleans a page's text into trimmed lines; blank lines stay (as "") because they separate paragraphs.
pub fn lines(text: &str) -> Vec<String> {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let text = strip_markup(&text);
    // Entities are decoded after tags are gone, so "&lt;b&gt;" stays visible text, as the page showed it.
    let text = html_escape::decode_html_entities(&text);
    text.lines().map(normalize_spaces).collect()
}

fn strip_markup(text: &str) -> String {
    if !text.contains('<') {
        return text.to_owned();
    }
    let mut text = COMMENT.replace_all(text, "").into_owned();
    for hidden in HIDDEN.iter() {
        text = hidden.replace_all(&text, "\n").into_owned();
    }
    let text = BLOCK.replace_all(&text, "\n");
    TAG.replace_all(&text, "").into_owned()
}

/// Non-breaking and other special spaces become plain spaces; zero-width and direction marks go.
fn normalize_spaces(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    for c in line.chars() {
        match c {
            '\u{200b}' | '\u{200e}' | '\u{200f}' | '\u{feff}' | '\u{ad}' | '\u{2060}' => {}
            '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => {}
            c if c.is_whitespace() => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crlf_and_lone_cr_become_lines() {
        assert_eq!(lines("a\r\nb\rc\n\nd"), ["a", "b", "c", "", "d"]);
    }

    #[test]
    fn scripts_and_styles_go_whole() {
        let text = "Hi<script type=\"x\">alert('<b>')</script> there<STYLE>p{}</STYLE>!";
        assert_eq!(lines(text), ["Hi", "there", "!"]);
    }

    #[test]
    fn tags_go_and_entities_are_decoded_after() {
        assert_eq!(
            lines("<p>Tom &amp; <b>Jerry</b> &lt;b&gt;</p>"),
            ["", "Tom & Jerry <b>"]
        );
        assert_eq!(lines("a < b and <3"), ["a < b and <3"]);
        assert_eq!(lines("x<!-- hidden -->y"), ["xy"]);
    }

    #[test]
    fn invisible_characters_and_odd_spaces_are_normalized() {
        assert_eq!(lines("\u{200f}Le\u{a0}:  mot\u{200b}\t fin "), ["Le : mot fin"]);
    }
}
