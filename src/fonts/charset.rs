//! The characters a rendered page shows: its text and attribute values, entities decoded,
//! without the contents of `<script>` and `<style>`.

use std::collections::BTreeSet;

/// Characters every cut keeps whatever the pages say: printable ASCII (what a reader types in
/// the search box) and, on a site with Arabic text, the basic Arabic letters and marks.
const ASCII: std::ops::RangeInclusive<char> = ' '..='~';
const ARABIC_LETTERS: std::ops::RangeInclusive<char> = '\u{0621}'..='\u{0652}';

/// Adds the characters `html` shows to `chars`.
pub fn add_html(chars: &mut BTreeSet<char>, html: &str) {
    let mut rest = html;
    while !rest.is_empty() {
        let (shown, after) = match next_raw_text(rest) {
            Some((start, end)) => (&rest[..start], &rest[end..]),
            None => (rest, ""),
        };
        chars.extend(
            html_escape::decode_html_entities(shown)
                .chars()
                .filter(|c| !c.is_control()),
        );
        rest = after;
    }
}

/// The characters of `html`.
pub fn of_html(html: &str) -> BTreeSet<char> {
    let mut chars = BTreeSet::new();
    add_html(&mut chars, html);
    chars
}

/// `used` with the characters every cut keeps.
pub fn with_baseline(used: &BTreeSet<char>) -> BTreeSet<char> {
    let mut chars = used.clone();
    chars.extend(ASCII);
    if used.iter().any(|c| ('\u{0600}'..='\u{06FF}').contains(c)) {
        chars.extend(ARABIC_LETTERS);
    }
    chars
}

/// Byte range of the next `<script>…</script>` or `<style>…</style>` element.
fn next_raw_text(html: &str) -> Option<(usize, usize)> {
    let find = |needle: &str, from: usize| {
        html.as_bytes()[from..]
            .windows(needle.len())
            .position(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
            .map(|at| at + from)
    };
    let (start, close) = match (find("<script", 0), find("<style", 0)) {
        (Some(a), Some(b)) if b < a => (b, "</style"),
        (Some(a), _) => (a, "</script"),
        (None, Some(b)) => (b, "</style"),
        (None, None) => return None,
    };
    let end = find(close, start).map_or(html.len(), |at| html[at..].find('>').map_or(html.len(), |e| at + e + 1));
    Some((start, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_attributes_count_scripts_and_styles_do_not() {
        let chars = of_html(
            "<p title=\"Ж\">é&amp;&#x202F;&nbsp;</p><script>var q = 'ψ';</script><STYLE>b{content:'ω'}</style>ب",
        );
        for c in ['Ж', 'é', '&', '\u{202F}', '\u{A0}', 'ب', 'p'] {
            assert!(chars.contains(&c), "{c:?}");
        }
        for c in ['ψ', 'ω', '\n'] {
            assert!(!chars.contains(&c), "{c:?}");
        }
    }

    #[test]
    fn arabic_letters_join_the_baseline_only_with_arabic_text() {
        let latin = with_baseline(&of_html("abc"));
        assert!(latin.contains(&'~') && !latin.contains(&'\u{0628}'));
        let arabic = with_baseline(&of_html("ب"));
        assert!(arabic.contains(&'\u{0645}'));
    }
}
