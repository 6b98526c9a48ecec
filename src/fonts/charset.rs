//! The characters a rendered page shows: its text and attribute values, entities decoded,
//! without the contents of `<script>` and `<style>`.

use std::collections::BTreeSet;

/// Characters every cut keeps whatever the pages say: printable ASCII (what a reader types in
/// the search box) and, on a site with Arabic text, the basic Arabic letters and marks.
const ASCII: std::ops::RangeInclusive<char> = ' '..='~';
const ARABIC_LETTERS: std::ops::RangeInclusive<char> = '\u{0621}'..='\u{0652}';

/// Adds the characters `html` shows to `chars`.
pub fn add_html(chars: &mut BTreeSet<char>, html: &str) {
    let mut seen = Seen::default();
    seen.add_html(html);
    chars.extend(seen.chars());
}

/// The characters of `html`.
pub fn of_html(html: &str) -> BTreeSet<char> {
    let mut seen = Seen::default();
    seen.add_html(html);
    seen.chars().collect()
}

/// The characters met so far. Every character of every page passes through here, and a page
/// shows a few hundred distinct ones among tens of thousands: a bit per character of the
/// Basic Multilingual Plane costs one bit test where a set insertion cost a tree walk.
struct Seen {
    plane: Vec<u64>,
    beyond: BTreeSet<char>,
}

impl Default for Seen {
    fn default() -> Seen {
        Seen {
            plane: vec![0; 0x10000 / 64],
            beyond: BTreeSet::new(),
        }
    }
}

impl Seen {
    fn add_html(&mut self, html: &str) {
        let mut rest = html;
        while !rest.is_empty() {
            let (shown, after) = match next_raw_text(rest) {
                Some((start, end)) => (&rest[..start], &rest[end..]),
                None => (rest, ""),
            };
            self.add_text(&html_escape::decode_html_entities(shown));
            rest = after;
        }
    }

    fn add_text(&mut self, text: &str) {
        for c in text.chars().filter(|c| !c.is_control()) {
            match usize::try_from(u32::from(c)) {
                Ok(at) if at < 0x10000 => self.plane[at / 64] |= 1 << (at % 64),
                _ => {
                    self.beyond.insert(c);
                }
            }
        }
    }

    /// In order, as a `BTreeSet` would give them.
    fn chars(&self) -> impl Iterator<Item = char> + '_ {
        // Only the set bits are visited: testing all 65,536 per page cost 3% of a build.
        let plane = self.plane.iter().enumerate().flat_map(|(word, &bits)| {
            let mut rest = bits;
            std::iter::from_fn(move || {
                (rest != 0).then(|| {
                    let bit = rest.trailing_zeros() as usize;
                    rest &= rest - 1;
                    word * 64 + bit
                })
            })
            .filter_map(|at| char::from_u32(at as u32))
        });
        plane.chain(self.beyond.iter().copied())
    }
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

/// Byte range of the next `<script>…</script>` or `<style>…</style>` element (names matched
/// without regard to case, as prefixes: `<scripts` counts too).
fn next_raw_text(html: &str) -> Option<(usize, usize)> {
    let bytes = html.as_bytes();
    // Each `<` is looked at once: a scan per tag name from every `<` was the costliest part of
    // the function on long pages.
    let opens_with = |at: usize, name: &[u8]| {
        bytes
            .get(at + 1..at + 1 + name.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(name))
    };
    let (start, close) = memchr::memchr_iter(b'<', bytes).find_map(|at| {
        if opens_with(at, b"script") {
            Some((at, &b"/script"[..]))
        } else if opens_with(at, b"style") {
            Some((at, &b"/style"[..]))
        } else {
            None
        }
    })?;
    let closing = memchr::memchr_iter(b'<', &bytes[start..])
        .map(|at| at + start)
        .find(|&at| opens_with(at, close));
    let end = closing.map_or(html.len(), |at| {
        memchr::memchr(b'>', &bytes[at..]).map_or(html.len(), |e| at + e + 1)
    });
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
