//! The one rule for "is this a web address": every place that accepts, keeps or shows a URL
//! (a `source.url`, the `base_url`, a saved page's canonical link, a `Source:` line) asks here,
//! so a URL accepted in one place is never dropped in another.

/// `text` as an absolute http(s) URL with its scheme in lowercase (`HTTPS://X.org/a` →
/// `https://X.org/a`), or `None`: another scheme, no host, or a character that cannot sit in an
/// HTML attribute or a URL unescaped (whitespace, quotes, angle brackets, backslash).
pub fn web_url(text: &str) -> Option<String> {
    let text = text.trim();
    let (scheme, rest) = text.split_once("://")?;
    let scheme = scheme.to_ascii_lowercase();
    if !matches!(scheme.as_str(), "http" | "https") {
        return None;
    }
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    let bad = |c: char| c.is_whitespace() || c.is_control() || matches!(c, '"' | '\'' | '<' | '>' | '\\' | '`');
    if host.is_empty() || host.starts_with(':') || rest.contains(bad) {
        return None;
    }
    Some(format!("{scheme}://{rest}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn web_urls_are_recognised_whatever_the_case_of_their_scheme() {
        assert_eq!(
            web_url(" HTTPS://Example.org/a?b#c ").as_deref(),
            Some("https://Example.org/a?b#c")
        );
        assert_eq!(web_url("http://x.kz").as_deref(), Some("http://x.kz"));
        for bad in [
            "ftp://x.org",
            "https:///path",
            "https://",
            "https://x.org/a b",
            "https://x.org/\"onload=",
            "javascript://x.org/%0Aalert(1)",
            "example.org",
            "https://:80/",
        ] {
            assert_eq!(web_url(bad), None, "{bad}");
        }
    }
}
