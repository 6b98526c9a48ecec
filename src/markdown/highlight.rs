//! Build-time code highlighting with syntect, as CSS classes (`hl-*`) so one generated
//! stylesheet serves light and dark schemes. Syntax definitions load once, on first use.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use pulldown_cmark::{CodeBlockKind, CowStr, Event, Tag, TagEnd};
use syntect::highlighting::ThemeSet;
use syntect::html::{ClassStyle, ClassedHTMLGenerator, css_for_theme_with_class_style};
use syntect::parsing::SyntaxSet;
use syntect::util::LinesWithEndings;

const CLASS_STYLE: ClassStyle = ClassStyle::SpacedPrefixed { prefix: "hl-" };

/// Highlights fenced code; cheap to create, the syntax set is shared and loaded lazily.
#[derive(Debug, Default, Clone, Copy)]
pub struct Highlighter<'c> {
    cache: Option<&'c HighlightCache>,
}

/// Highlighted blocks by a hash of their language and code, for one build: the translations
/// of an article share its code blocks, so each is highlighted once. Keyed by content, an
/// entry can never be stale.
#[derive(Debug, Default)]
pub struct HighlightCache {
    blocks: Mutex<HashMap<blake3::Hash, Arc<str>>>,
}

fn syntaxes() -> &'static SyntaxSet {
    static SET: OnceLock<SyntaxSet> = OnceLock::new();
    SET.get_or_init(SyntaxSet::load_defaults_newlines)
}

impl<'c> Highlighter<'c> {
    pub fn new() -> Self {
        Highlighter { cache: None }
    }

    /// A highlighter that reuses the blocks already in `cache` and adds the ones it makes.
    pub fn with_cache(cache: &'c HighlightCache) -> Self {
        Highlighter { cache: Some(cache) }
    }

    /// Replaces each fenced code block of `events` with highlighted HTML.
    pub fn adapt<'a, I: Iterator<Item = Event<'a>>>(self, events: I) -> CodeBlocks<'c, I> {
        CodeBlocks {
            inner: events,
            highlighter: self,
        }
    }

    /// The `<pre>` HTML for one block; an unknown or missing language gives plain code.
    pub fn highlight(self, code: &str, lang: &str) -> String {
        let token = lang.split([' ', ',', '{']).next().unwrap_or_default();
        let Some(cache) = self.cache else {
            return render_block(code, token);
        };
        let key = blake3::Hasher::new()
            .update(token.as_bytes())
            .update(b"\0")
            .update(code.as_bytes())
            .finalize();
        let cached = cache
            .blocks
            .lock()
            .expect("no panic while holding the lock")
            .get(&key)
            .cloned();
        if let Some(html) = cached {
            return html.to_string();
        }
        // Highlight outside the lock; two threads may rarely highlight the same block twice.
        let html = render_block(code, token);
        cache
            .blocks
            .lock()
            .expect("no panic while holding the lock")
            .insert(key, Arc::from(html.as_str()));
        html
    }

    /// The stylesheet for the `hl-*` classes: a light scheme, and a dark one by media query.
    pub fn stylesheet() -> String {
        let themes = ThemeSet::load_defaults();
        let light = css_for_theme_with_class_style(&themes.themes["InspiredGitHub"], CLASS_STYLE)
            .expect("bundled themes produce CSS");
        let dark = css_for_theme_with_class_style(&themes.themes["base16-ocean.dark"], CLASS_STYLE)
            .expect("bundled themes produce CSS");
        format!("{light}\n@media (prefers-color-scheme: dark) {{\n{dark}\n}}\n")
    }
}

/// Highlights one block whose language token is `token`.
fn render_block(code: &str, token: &str) -> String {
    let set = syntaxes();
    let syntax = (!token.is_empty()).then(|| set.find_syntax_by_token(token)).flatten();
    let Some(syntax) = syntax else {
        return format!("<pre><code>{}</code></pre>\n", html_escape::encode_text(code));
    };
    let mut generator = ClassedHTMLGenerator::new_with_class_style(syntax, set, CLASS_STYLE);
    for line in LinesWithEndings::from(code) {
        if generator.parse_html_for_line_which_includes_newline(line).is_err() {
            return format!("<pre><code>{}</code></pre>\n", html_escape::encode_text(code));
        }
    }
    let class = html_escape::encode_double_quoted_attribute(token);
    format!(
        "<pre class=\"hl-code\"><code class=\"language-{class}\">{}</code></pre>\n",
        generator.finalize()
    )
}

pub struct CodeBlocks<'c, I> {
    inner: I,
    highlighter: Highlighter<'c>,
}

impl<'a, I: Iterator<Item = Event<'a>>> Iterator for CodeBlocks<'_, I> {
    type Item = Event<'a>;

    fn next(&mut self) -> Option<Event<'a>> {
        match self.inner.next()? {
            Event::Start(Tag::CodeBlock(kind)) => {
                let lang = match &kind {
                    CodeBlockKind::Fenced(lang) => lang.to_string(),
                    CodeBlockKind::Indented => String::new(),
                };
                let mut code = String::new();
                for event in self.inner.by_ref() {
                    match event {
                        Event::End(TagEnd::CodeBlock) => break,
                        Event::Text(text) => code.push_str(&text),
                        _ => {}
                    }
                }
                Some(Event::Html(CowStr::from(self.highlighter.highlight(&code, &lang))))
            }
            other => Some(other),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_language_gets_classes() {
        let html = Highlighter::new().highlight("fn main() {}\n", "rust");
        assert!(html.contains("class=\"hl-"), "{html}");
        assert!(html.contains("language-rust"));
    }

    #[test]
    fn unknown_language_is_plain_code() {
        let html = Highlighter::new().highlight("<b>x</b>\n", "klingon");
        assert_eq!(html, "<pre><code>&lt;b&gt;x&lt;/b&gt;\n</code></pre>\n");
    }

    #[test]
    fn stylesheet_covers_both_schemes() {
        let css = Highlighter::stylesheet();
        assert!(css.contains(".hl-"));
        assert!(css.contains("prefers-color-scheme: dark"));
    }
}
