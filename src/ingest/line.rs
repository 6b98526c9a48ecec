//! The shapes of a line of raw text that every ingest rule asks about: how many words, whether it
//! ends a sentence, whether it is a whole paragraph. No rule about what a line means lives here.

/// Characters that may follow a sentence's final mark: closing quotes and brackets.
const CLOSERS: &[char] = &['"', '\'', '”', '’', '»', ')', ']', '«', '“'];

/// Marks that end a sentence in English, French and Arabic.
const TERMINALS: &[char] = &['.', '!', '?', '؟', '…', '。'];

pub fn words(line: &str) -> usize {
    line.split_whitespace().count()
}

/// Whether the line ends like a sentence (closing quotes and brackets allowed after the mark).
pub fn ends_sentence(line: &str) -> bool {
    line.trim_end_matches(|c: char| CLOSERS.contains(&c) || c.is_whitespace())
        .ends_with(TERMINALS)
}

/// A line of running text: a sentence of two words or more.
pub fn is_sentence(line: &str) -> bool {
    words(line) >= 2 && ends_sentence(line)
}

/// A line that can open an article's body: a real paragraph, not a headline or a menu.
pub fn is_paragraph(line: &str) -> bool {
    (words(line) >= 8 && ends_sentence(line)) || words(line) >= 20
}

/// A paragraph long enough that no related-article teaser or comment prompt looks like it.
pub fn is_substantial(line: &str) -> bool {
    words(line) >= 30
}

/// Lowercased text with typographic apostrophes folded, for comparing lines and matching phrases.
pub fn key(line: &str) -> String {
    line.chars()
        // Arabic short vowels, tanwin and tatweel are optional in writing.
        .filter(|c| !matches!(c, '\u{064b}'..='\u{0652}' | '\u{0670}' | '\u{0640}'))
        .map(|c| match c {
            '’' | 'ʼ' | '`' | '´' => '\'',
            'أ' | 'إ' | 'آ' => 'ا',
            _ => c,
        })
        .flat_map(char::to_lowercase)
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

pub fn has_arabic(text: &str) -> bool {
    text.chars()
        .any(|c| ('\u{0600}'..='\u{06ff}').contains(&c) && c.is_alphabetic())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_may_end_inside_quotes() {
        assert!(ends_sentence("He said “it deserves respect.”"));
        assert!(ends_sentence("هل هذا صحيح؟"));
        assert!(!ends_sentence("The heart of US-Kazakhstan relations"));
        assert!(!ends_sentence("Partagez cet article:"));
    }

    #[test]
    fn paragraphs_are_long_sentences() {
        assert!(!is_paragraph("Kazakhstan to Join Abraham Accords, Trump Announces"));
        assert!(is_paragraph(
            "The meeting marks a new chapter in the relations of both nations."
        ));
        assert!(!is_paragraph("No comments yet."));
    }

    #[test]
    fn keys_fold_case_and_apostrophes() {
        assert_eq!(key("Why don’t  YOU"), "why don't you");
        assert_eq!(key("إقرأ أيضاً"), key("اقرأ أيضا"));
    }
}
