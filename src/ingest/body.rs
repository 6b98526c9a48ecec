//! The article body as markdown: paragraphs separated by blank lines, `## ` headings, `- ` list
//! items. Text is escaped so that nothing in it acts as markdown or HTML: a raw article's `*`, `_`,
//! `[`, `<` or leading `#` stays the character the page showed.

use super::layout::Block;

/// Writes the body blocks as markdown.
pub fn to_markdown(blocks: &[Block]) -> String {
    let mut out = String::new();
    for (index, block) in blocks.iter().enumerate() {
        let previous_is_item = index > 0 && matches!(blocks[index - 1], Block::Item(_));
        match block {
            Block::Paragraph(text) => push_block(&mut out, &escape(text)),
            Block::Heading(text) => push_block(&mut out, &format!("## {}", escape_inline(text))),
            // Items of one list sit on consecutive lines.
            Block::Item(text) if previous_is_item => {
                out.push('\n');
                out.push_str(&format!("- {}", escape_inline(text)));
            }
            Block::Item(text) => push_block(&mut out, &format!("- {}", escape_inline(text))),
        }
    }
    out
}

fn push_block(out: &mut String, text: &str) {
    if !out.is_empty() {
        out.push_str("\n\n");
    }
    out.push_str(text);
}

/// Escapes a paragraph: inline markup anywhere, block markup at its start.
pub fn escape(text: &str) -> String {
    let inline = escape_inline(text);
    let first = inline.chars().next().unwrap_or(' ');
    // "#", ">", "-", "+", "=" open headings, quotes, lists and rules at the start of a paragraph.
    if matches!(first, '#' | '>' | '-' | '+' | '=' | '|') {
        return format!("\\{inline}");
    }
    // "2024. Text" and "1) Text" open ordered lists.
    let digits = inline.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 && matches!(inline[digits..].chars().next(), Some('.' | ')')) {
        return format!("{}\\{}", &inline[..digits], &inline[digits..]);
    }
    inline
}

/// Escapes characters that mark up text inside a line: emphasis, code, links, HTML, entities.
pub fn escape_inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (at, c) in text.char_indices() {
        let escape = match c {
            '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '~' => true,
            '&' => looks_like_entity(&text[at + 1..]),
            _ => false,
        };
        if escape {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// "&amp;" or "&#39;" after `&` would be decoded again by the markdown renderer.
fn looks_like_entity(rest: &str) -> bool {
    let name: String = rest
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '#')
        .take(12)
        .collect();
    !name.is_empty() && rest[name.len()..].starts_with(';')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_characters_are_escaped() {
        assert_eq!(
            escape("a *b* _c_ `d` [e](f) <script> &amp; AT&T"),
            r"a \*b\* \_c\_ \`d\` \[e\](f) \<script\> \&amp; AT&T"
        );
        assert_eq!(escape("# not a heading"), r"\# not a heading");
        assert_eq!(escape("- not a list"), r"\- not a list");
        assert_eq!(escape("2024. An odd start."), r"2024\. An odd start.");
        assert_eq!(escape("$7 billion, 80% and “quotes”."), "$7 billion, 80% and “quotes”.");
    }

    #[test]
    fn blocks_become_paragraphs_headings_and_lists() {
        let blocks = [
            Block::Paragraph("One.".into()),
            Block::Heading("The heart".into()),
            Block::Paragraph("They include:".into()),
            Block::Item("Boeing".into()),
            Block::Item("Wabtec".into()),
        ];
        assert_eq!(
            to_markdown(&blocks),
            "One.\n\n## The heart\n\nThey include:\n\n- Boeing\n- Wabtec"
        );
    }
}
