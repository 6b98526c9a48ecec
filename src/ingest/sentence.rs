//! Sentences of a paragraph, for summaries and for headlines made from the text. A full stop
//! after an initial ("Donald J. Trump"), an abbreviation ("Mr.", "U.S.") or a number does not end one.

/// Words after which a full stop does not end a sentence.
#[rustfmt::skip]
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "no", "vs", "etc", "inc", "ltd", "co", "corp", "jr", "sr",
    "gen", "gov", "sen", "rep", "prof", "mme", "mm", "mlle", "me", "p", "pp", "approx", "jan",
    "feb", "aug", "sept", "oct", "nov", "dec", "av", "env", "cf", "art",
];

/// Splits a paragraph into sentences, each with its final mark.
pub fn split(text: &str) -> Vec<&str> {
    let mut sentences = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (k, &(at, c)) in chars.iter().enumerate() {
        if !matches!(c, '.' | '!' | '?' | '؟' | '…') {
            continue;
        }
        // Closing quotes and brackets belong to the sentence they close.
        let mut end = k + 1;
        while end < chars.len() && matches!(chars[end].1, '"' | '”' | '’' | '»' | ')' | ']' | '\'') {
            end += 1;
        }
        let next_is_start = chars.get(end).is_some_and(|(_, c)| c.is_whitespace())
            && chars.get(end + 1).is_some_and(|(_, c)| !c.is_lowercase());
        if next_is_start && !(c == '.' && is_abbreviation(&text[start..at])) {
            let stop = chars.get(end).map_or(text.len(), |(i, _)| *i);
            sentences.push(text[start..stop].trim());
            start = stop;
        }
    }
    let rest = text[start..].trim();
    if !rest.is_empty() {
        sentences.push(rest);
    }
    sentences
}

/// Whether the word before a full stop is an initial, an abbreviation or a dotted acronym.
fn is_abbreviation(before: &str) -> bool {
    let word = before.rsplit(char::is_whitespace).next().unwrap_or_default();
    let word = word.trim_start_matches(|c: char| !c.is_alphanumeric());
    let lower = word.to_lowercase();
    word.chars().count() == 1 || word.contains('.') || ABBREVIATIONS.contains(&lower.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn initials_and_abbreviations_do_not_end_sentences() {
        let text = "President Donald J. Trump met the U.S. envoy. They spoke “at length.” Then they left!";
        assert_eq!(
            split(text),
            [
                "President Donald J. Trump met the U.S. envoy.",
                "They spoke “at length.”",
                "Then they left!"
            ]
        );
    }

    #[test]
    fn arabic_and_french_sentences_split() {
        assert_eq!(
            split("التقى الرئيسان. واتفقا على التعاون؟ نعم."),
            ["التقى الرئيسان.", "واتفقا على التعاون؟", "نعم."]
        );
        assert_eq!(
            split("M. Tileuberdi a parlé. Le ministre a conclu."),
            ["M. Tileuberdi a parlé.", "Le ministre a conclu."]
        );
    }
}
