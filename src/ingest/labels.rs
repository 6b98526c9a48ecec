//! Label lines that some pages (feeds, aggregators, AI rewriters) put before parts of the page:
//! "Summary:", "Original Link:", "Generated Article:", "Source:", in English, French and Arabic.

use super::line;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Label {
    /// The page's own summary follows (it may be in another language than the article).
    Summary,
    /// The original address follows, or a placeholder for it.
    Link,
    /// The article text that follows was machine-generated.
    Generated,
    /// The publication the text comes from follows.
    Source,
}

#[rustfmt::skip]
const LABELS: &[(&str, Label)] = &[
    ("summary", Label::Summary), ("résumé", Label::Summary), ("resume", Label::Summary),
    ("en bref", Label::Summary), ("in brief", Label::Summary), ("abstract", Label::Summary),
    ("synopsis", Label::Summary), ("tl;dr", Label::Summary), ("ملخص", Label::Summary),
    ("الملخص", Label::Summary), ("خلاصة", Label::Summary), ("original link", Label::Link),
    ("original url", Label::Link), ("original article", Label::Link), ("source link", Label::Link),
    ("source url", Label::Link), ("link", Label::Link), ("url", Label::Link), ("lien", Label::Link),
    ("lien original", Label::Link), ("lien d'origine", Label::Link), ("lien source", Label::Link),
    ("article original", Label::Link), ("الرابط", Label::Link), ("الرابط الاصلي", Label::Link),
    ("رابط", Label::Link), ("رابط المصدر", Label::Link), ("generated article", Label::Generated),
    ("ai-generated article", Label::Generated), ("ai generated article", Label::Generated),
    ("article généré", Label::Generated), ("article généré par l'ia", Label::Generated),
    ("المقال المولد", Label::Generated), ("مقال مولد", Label::Generated), ("source", Label::Source),
    ("sources", Label::Source), ("المصدر", Label::Source), ("مصدر", Label::Source),
];

/// The label a line starts with and the text after it ("Source: Reuters" → Source, "Reuters").
/// A label is the whole line, or is followed by a colon.
pub fn parse(line: &str) -> Option<(Label, String)> {
    if line::words(line) > 60 {
        return None;
    }
    let (head, value) = match line.split_once([':', '：']) {
        Some((head, value)) => (head, value.trim()),
        None => (line, ""),
    };
    let head = line::key(head);
    let head = head.trim();
    LABELS
        .iter()
        .find(|(name, _)| line::key(name) == head)
        .map(|(_, label)| (*label, value.to_owned()))
}

/// Whether a label's value is a web address.
pub fn is_url(value: &str) -> bool {
    crate::web_url::web_url(value).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_whole_lines_or_end_in_a_colon() {
        assert_eq!(parse("Summary:"), Some((Label::Summary, String::new())));
        assert_eq!(parse("Original Link:"), Some((Label::Link, String::new())));
        assert_eq!(parse("Link"), Some((Label::Link, String::new())));
        assert_eq!(parse("Generated Article:"), Some((Label::Generated, String::new())));
        assert_eq!(parse("Source : Reuters"), Some((Label::Source, "Reuters".to_owned())));
        assert_eq!(
            parse("الرابط الأصلي: https://x.org/a"),
            Some((Label::Link, "https://x.org/a".to_owned()))
        );
        assert_eq!(
            parse("Résumé : Le Kazakhstan vote."),
            Some((Label::Summary, "Le Kazakhstan vote.".to_owned()))
        );
        assert_eq!(parse("Sources say the talks went well: both sides agreed."), None);
        assert!(is_url("https://x.org/a") && !is_url("Link"));
    }
}
