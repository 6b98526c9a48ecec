//! Typography per language, for everything a reader sees: the language's quotation marks, one
//! apostrophe (’), and in French the no-break spaces of the Imprimerie nationale and CLDR
//! (narrow before `; ! ?`, inside « », before `%` and in digit groups; full before `:`).
//! `markup` applies it to the text of rendered pages; code, URLs and attributes stay as written.

pub mod markup;

use crate::i18n::Lang;

/// U+202F, the narrow no-break space of French high punctuation and digit groups.
pub const NARROW_NBSP: char = '\u{202F}';
/// U+00A0, the no-break space French puts before a colon.
pub const NBSP: char = '\u{A0}';

/// The typographic conventions of one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rules {
    /// Opening and closing marks of a quotation, then of a quotation inside it.
    quotes: [char; 4],
    /// French spacing around high punctuation and guillemets.
    french_spacing: bool,
    /// What separates digit groups in the language (CLDR); a space-like one replaces the
    /// plain space authors type in "15 000".
    group_separator: char,
    /// The space CLDR's percent pattern puts between a number and `%`, if any.
    percent_space: Option<char>,
}

impl Rules {
    /// The rules of `lang`, with its digit group separator as ICU4X gives it.
    pub fn new(lang: Lang, group_separator: char) -> Rules {
        // Quotation marks and percent spacing as CLDR's delimiters and number patterns give
        // them (ICU4X does not ship those); a language not listed keeps CLDR's root “ ” ‘ ’.
        let primary = lang.code().split('-').next().unwrap_or_default();
        let (quotes, french_spacing, percent_space) = match primary {
            // fr: percent pattern `#,##0 %` with U+202F; quotes « » with “ ” inside.
            "fr" => (['«', '»', '“', '”'], true, Some(NARROW_NBSP)),
            "ar" => (['«', '»', '“', '”'], false, None),
            // ru: percent pattern `#,##0 %` with U+00A0.
            "ru" => (['«', '»', '„', '“'], false, Some(NBSP)),
            "kk" => (['«', '»', '“', '”'], false, None),
            "de" => (['„', '“', '‚', '‘'], false, Some(NBSP)),
            "he" => (['”', '”', '’', '’'], false, None),
            _ => (['“', '”', '‘', '’'], false, None),
        };
        Rules {
            quotes,
            french_spacing,
            group_separator,
            percent_space,
        }
    }
}

/// One character of text as the typesetter reads it; `raw` is set for a character written as
/// an entity (`&amp;`) that must be written back the same way.
#[derive(Debug, Clone, Copy)]
pub struct Piece<'a> {
    pub ch: char,
    pub raw: Option<&'a str>,
}

impl Piece<'_> {
    pub fn char(ch: char) -> Piece<'static> {
        Piece { ch, raw: None }
    }
}

/// Typesets the text of one block (a paragraph, a heading, a title), carrying what it needs
/// to know across the inline markup inside it: the previous character and open quotations.
#[derive(Debug)]
pub struct Typesetter<'r> {
    rules: &'r Rules,
    prev: Option<char>,
    /// Open quotations (double marks and guillemets), for choosing inner marks.
    depth: u32,
    /// Open single quotation marks, which tell a closing ’ from an apostrophe.
    singles: u32,
    /// A « was just written: the space after it becomes a narrow no-break space.
    after_guillemet: bool,
    /// Digits written since the last other character.
    digits: u32,
}

impl<'r> Typesetter<'r> {
    pub fn new(rules: &'r Rules) -> Self {
        Typesetter {
            rules,
            prev: None,
            depth: 0,
            singles: 0,
            after_guillemet: false,
            digits: 0,
        }
    }

    /// Starts a new block: nothing before it affects what follows.
    pub fn reset(&mut self) {
        *self = Typesetter::new(self.rules);
    }

    /// Text that is not typeset (code inside a paragraph) but reads as a word to what follows.
    pub fn opaque(&mut self) {
        self.after_guillemet = false;
        self.prev = Some('x');
        self.digits = 0;
    }

    /// A line break inside the block.
    pub fn line_break(&mut self) {
        self.after_guillemet = false;
        self.prev = Some(' ');
        self.digits = 0;
    }

    /// Typesets `pieces` onto `out`.
    pub fn push(&mut self, pieces: &[Piece<'_>], out: &mut String) {
        let mut i = 0;
        while i < pieces.len() {
            // The cheap test first: the alphanumeric lookup is slow outside ASCII, and this
            // loop sees every character of every page.
            if matches!(pieces[i].ch, 'h' | 'H' | 'w' | 'W')
                && starts_url(&pieces[i..])
                && !self.prev.is_some_and(char::is_alphanumeric)
            {
                i += self.copy_word(&pieces[i..], out);
                continue;
            }
            let piece = pieces[i];
            if let Some(raw) = piece.raw {
                self.guillemet_space(false, out);
                out.push_str(raw);
                self.note(piece.ch);
            } else {
                i += self.push_char(piece.ch, &pieces[i + 1..], out);
            }
            i += 1;
        }
    }

    /// Copies a URL as written, up to the next space; returns how many pieces it took.
    fn copy_word(&mut self, pieces: &[Piece<'_>], out: &mut String) -> usize {
        let len = pieces.iter().position(|p| p.ch.is_whitespace()).unwrap_or(pieces.len());
        self.guillemet_space(false, out);
        for piece in &pieces[..len] {
            match piece.raw {
                Some(raw) => out.push_str(raw),
                None => out.push(piece.ch),
            }
        }
        self.prev = Some('x');
        self.digits = 0;
        len
    }

    /// Typesets `c`; returns how many of the pieces after it it consumed too (`...` → `…`).
    fn push_char(&mut self, c: char, rest: &[Piece<'_>], out: &mut String) -> usize {
        let next = rest.first().map(|p| p.ch);
        // Only apostrophes ask; most characters are plain letters that need no lookup.
        let next_is_word = || next.is_some_and(char::is_alphanumeric);
        match c {
            '"' | '“' | '„' | '”' => {
                if self.quote_opens(next) {
                    self.open_quote(out);
                } else {
                    self.close_quote(out);
                }
            }
            '«' => self.open_quote(out),
            '»' => self.close_quote(out),
            '.' | '-' if starts_with(rest, if c == '.' { "." } else { "-" }) => {
                // `...` is an ellipsis, `--` and `---` are en and em dashes; other runs stay.
                let run = 1 + rest.iter().take_while(|p| p.raw.is_none() && p.ch == c).count();
                match (c, run) {
                    ('.', 3) => self.emit('…', out),
                    ('-', 2) => self.emit('–', out),
                    ('-', 3) => self.emit('—', out),
                    _ => (0..run).for_each(|_| self.emit(c, out)),
                }
                return run - 1;
            }
            '‘' => self.open_single(out),
            '\'' if self.prev.is_some_and(char::is_alphanumeric) && next_is_word() => self.emit('’', out),
            '\'' if opens(self.prev) && next_is_word() => self.open_single(out),
            '\'' | '’' if self.singles > 0 && !next_is_word() => self.close_single(out),
            '\'' | '’' => self.emit('’', out),
            ';' | '!' | '?' if self.rules.french_spacing => {
                self.space_before(NARROW_NBSP, out);
                self.emit(c, out);
            }
            ':' if self.rules.french_spacing => {
                if self.prev.is_some_and(char::is_whitespace) || next.is_none_or(char::is_whitespace) {
                    self.space_before(NBSP, out);
                }
                self.emit(c, out);
            }
            '%' => self.percent(out),
            ' ' | NBSP if self.joins_digit_groups(rest) => self.emit(self.rules.group_separator, out),
            c => self.emit(c, out),
        }
        0
    }

    /// Whether a double quotation mark opens: by what surrounds it when that is clear (a
    /// space or opening bracket before and a word after, or a word before and a space or
    /// punctuation after), else by whether a quotation is open.
    fn quote_opens(&self, next: Option<char>) -> bool {
        let space_before = opens(self.prev);
        let space_after = next.is_none_or(|n| n.is_whitespace() || ".,;:!?)]…".contains(n));
        match (space_before, space_after) {
            (true, false) => true,
            (false, true) => false,
            // Between two words, or between spaces; right-to-left text is often typed with the
            // marks reversed, so their shape says less than whether a quotation is open.
            _ => self.depth == 0,
        }
    }

    /// Whether a space here sits between digit groups ("15 000"): 1 to 3 digits before it and
    /// exactly 3 after, in a language whose groups are separated by a space.
    fn joins_digit_groups(&self, rest: &[Piece<'_>]) -> bool {
        let group = |i: usize| rest.get(i).is_some_and(|p| p.ch.is_ascii_digit());
        self.rules.group_separator.is_whitespace()
            && (1..=3).contains(&self.digits)
            && group(0)
            && group(1)
            && group(2)
            && !group(3)
    }

    fn percent(&mut self, out: &mut String) {
        if let Some(space) = self.rules.percent_space {
            let after_digit = self.prev.is_some_and(|p| p.is_ascii_digit());
            let spaced_digit = self.prev.is_some_and(char::is_whitespace) && {
                let mut back = out.chars().rev();
                back.next().is_some_and(char::is_whitespace) && back.next().is_some_and(|d| d.is_ascii_digit())
            };
            if after_digit || spaced_digit {
                self.space_before(space, out);
            }
        }
        self.emit('%', out);
    }

    fn open_quote(&mut self, out: &mut String) {
        let mark = if self.depth == 0 {
            self.rules.quotes[0]
        } else {
            self.rules.quotes[2]
        };
        self.depth += 1;
        self.emit(mark, out);
        if mark == '«' && self.rules.french_spacing {
            self.after_guillemet = true;
        }
    }

    fn close_quote(&mut self, out: &mut String) {
        let mark = if self.depth <= 1 {
            self.rules.quotes[1]
        } else {
            self.rules.quotes[3]
        };
        self.depth = self.depth.saturating_sub(1);
        if mark == '»' && self.rules.french_spacing && self.prev.is_some() {
            self.space_before(NARROW_NBSP, out);
            // The space is owed even after a « with nothing between them.
            if !out.ends_with(NARROW_NBSP) {
                out.push(NARROW_NBSP);
            }
        }
        self.emit(mark, out);
    }

    fn open_single(&mut self, out: &mut String) {
        self.singles += 1;
        self.emit(self.rules.quotes[2], out);
    }

    fn close_single(&mut self, out: &mut String) {
        self.singles -= 1;
        self.emit(self.rules.quotes[3], out);
    }

    /// Puts `space` before the mark about to be written: it replaces a space just written,
    /// or is added after a word; nothing is added at the start or after other punctuation.
    fn space_before(&mut self, space: char, out: &mut String) {
        match self.prev {
            Some(p) if p.is_whitespace() => {
                if out.ends_with(p) {
                    out.pop();
                }
                out.push(space);
                self.prev = Some(space);
            }
            Some(p) if ends_word(p) => {
                out.push(space);
                self.prev = Some(space);
            }
            _ => {}
        }
    }

    /// After a «, the space the rules require: `replace` says the character about to be
    /// written is itself a space, which the narrow no-break space then stands for.
    fn guillemet_space(&mut self, replace: bool, out: &mut String) -> bool {
        if !std::mem::take(&mut self.after_guillemet) {
            return false;
        }
        out.push(NARROW_NBSP);
        self.prev = Some(NARROW_NBSP);
        replace
    }

    fn emit(&mut self, c: char, out: &mut String) {
        if self.guillemet_space(c.is_whitespace(), out) {
            return;
        }
        out.push(c);
        self.note(c);
    }

    fn note(&mut self, c: char) {
        self.digits = if c.is_ascii_digit() { self.digits + 1 } else { 0 };
        self.prev = Some(c);
    }
}

/// Whether a quotation mark after `prev` opens a quotation.
fn opens(prev: Option<char>) -> bool {
    prev.is_none_or(|p| p.is_whitespace() || "([{<«“‘„—–-/".contains(p))
}

/// Whether `c` ends a word that French high punctuation then follows.
fn ends_word(c: char) -> bool {
    c.is_alphanumeric() || ")]»”’…%".contains(c)
}

/// Whether `pieces` start with `text`, each character written as itself.
fn starts_with(pieces: &[Piece<'_>], text: &str) -> bool {
    text.chars().count() <= pieces.len()
        && text
            .chars()
            .zip(pieces)
            .all(|(want, piece)| piece.raw.is_none() && piece.ch == want)
}

fn starts_url(pieces: &[Piece<'_>]) -> bool {
    ["https://", "http://", "www."].iter().any(|prefix| {
        prefix.len() <= pieces.len()
            && prefix
                .chars()
                .zip(pieces)
                .all(|(want, piece)| piece.ch.eq_ignore_ascii_case(&want))
    })
}

/// Typesets one plain string in `rules` (a title in a text-only context, a test fixture).
pub fn typeset_text(text: &str, rules: &Rules) -> String {
    let pieces: Vec<Piece<'_>> = text.chars().map(Piece::char).collect();
    let mut out = String::with_capacity(text.len() + 8);
    Typesetter::new(rules).push(&pieces, &mut out);
    out
}

#[cfg(test)]
mod tests;
