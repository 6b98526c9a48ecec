//! The one rule for "is this a web address" and "does this link leave the site": every place
//! that accepts, keeps or shows a URL (a `source.url`, the `base_url`, a saved page's canonical
//! link, a `Source:` line) or tells a link to a file of the site from any other (markdown links
//! and images, stylesheet `url()`s, `steppe check`) asks here, so a URL accepted in one place is
//! never dropped or taken for a file in another.

/// The scheme of a URI reference in lowercase (`HTTPS://x` → `https`, `MailTo:a@b` → `mailto`),
/// or `None` for a relative reference (`a/b`, `/a`, `//host/a`, `#x`, `./a:b`). As RFC 3986
/// §3.1 writes it: a letter, then letters, digits, `+`, `-` or `.`, up to the first `:`;
/// schemes are compared without regard to case.
pub fn scheme(reference: &str) -> Option<String> {
    let (scheme, _) = reference.split_once(':')?;
    let mut chars = scheme.chars();
    let first = chars.next()?;
    let valid = first.is_ascii_alphabetic() && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    valid.then(|| scheme.to_ascii_lowercase())
}

/// Whether `reference` leads away from the site's own files: it has a scheme (`https:`,
/// `mailto:`, `data:`) or names a host (`//cdn.example/x.js`).
pub fn is_external(reference: &str) -> bool {
    scheme(reference).is_some() || reference.starts_with("//")
}

/// `text` as an absolute http(s) URL with its scheme in lowercase (`HTTPS://X.org/a` →
/// `https://X.org/a`), or `None`: another scheme, no host, or a character that cannot sit in an
/// HTML attribute or a URL unescaped (whitespace, quotes, angle brackets, backslash).
pub fn web_url(text: &str) -> Option<String> {
    let text = text.trim();
    let scheme = scheme(text).filter(|s| matches!(s.as_str(), "http" | "https"))?;
    let rest = text[scheme.len() + 1..].strip_prefix("//")?;
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
            "https:x.org",
            "a/https://x.org",
        ] {
            assert_eq!(web_url(bad), None, "{bad}");
        }
    }

    #[test]
    fn schemes_follow_rfc_3986_in_any_case() {
        for (reference, expected) in [
            ("HTTPS://x.org", Some("https")),
            ("MailTo:desk@x.org", Some("mailto")),
            ("tel:+77172000000", Some("tel")),
            ("data:image/png;base64,AA", Some("data")),
            ("git+ssh://x.org/r", Some("git+ssh")),
            ("a1.b-c:x", Some("a1.b-c")),
            ("JaVaScRiPt:alert(1)", Some("javascript")),
            // Relative references: a colon after a slash, `?` or `#`, or a first segment that
            // is no scheme (RFC 3986 §4.2 asks authors to write these as `./1a:b`).
            ("articles/a:b.html", None),
            ("./a:b.png", None),
            ("?q=http://x", None),
            ("#a:b", None),
            ("1a:b", None),
            ("a_b:c", None),
            (":x", None),
            ("", None),
            ("/en/", None),
            ("//cdn.example/x.js", None),
        ] {
            assert_eq!(scheme(reference).as_deref(), expected, "{reference}");
        }
        assert!(is_external("//cdn.example/x.js") && is_external("MAILTO:a@b.org"));
        assert!(!is_external("../fr/") && !is_external("/en/") && !is_external("a/b?u=https://x.org"));
    }
}
