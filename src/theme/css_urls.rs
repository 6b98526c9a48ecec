//! `url(…)` references in theme stylesheets, found with a small CSS tokenizer: comments and
//! strings are skipped whole, so a `url(` inside either is never touched, and addresses that
//! are not files of the theme (`data:`, `#fragment`, absolute and remote ones) are left as written.

/// One `url(…)` that names a file of the theme, as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UrlRef<'a> {
    /// The address without its `?query` or `#fragment`.
    pub path: &'a str,
    /// 1-based line and column of the address in the stylesheet.
    pub line: usize,
    pub column: usize,
    range: std::ops::Range<usize>,
}

/// Every local `url(…)` of `css`, in order.
pub fn local_urls(css: &str) -> Vec<UrlRef<'_>> {
    let bytes = css.as_bytes();
    let mut found = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        match bytes[at] {
            b'/' if bytes.get(at + 1) == Some(&b'*') => {
                at = css[at + 2..].find("*/").map_or(bytes.len(), |end| at + 2 + end + 2);
            }
            b'"' | b'\'' => at = string_end(bytes, at),
            b'u' | b'U' if starts_url(css, at) => {
                let (range, next) = url_body(bytes, at + 4);
                if let Some(url) = Some(&css[range.clone()]).filter(|url| is_local(url)) {
                    let path_len = url.find(['?', '#']).unwrap_or(url.len());
                    let before = &css[..range.start];
                    found.push(UrlRef {
                        path: &url[..path_len],
                        line: before.matches('\n').count() + 1,
                        column: before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1,
                        range: range.start..range.start + path_len,
                    });
                }
                at = next;
            }
            _ => at += 1,
        }
    }
    found
}

/// `css` with the address of each of `urls` (from `local_urls(css)`) replaced by `new(url)`.
pub fn replace(css: &str, urls: &[UrlRef<'_>], mut new: impl FnMut(&UrlRef<'_>) -> String) -> String {
    let mut out = String::with_capacity(css.len());
    let mut copied = 0;
    for url in urls {
        out.push_str(&css[copied..url.range.start]);
        out.push_str(&new(url));
        copied = url.range.end;
    }
    out.push_str(&css[copied..]);
    out
}

/// Whether a `url(` function starts at `at`, and not as the end of a longer name (`myurl(`).
fn starts_url(css: &str, at: usize) -> bool {
    let is_name = |c: char| c.is_alphanumeric() || c == '-' || c == '_' || c == '\\';
    css.get(at..at + 4).is_some_and(|s| s.eq_ignore_ascii_case("url("))
        && !css[..at].chars().next_back().is_some_and(is_name)
}

/// The index after the string that opens at `at`, escapes honoured.
fn string_end(bytes: &[u8], at: usize) -> usize {
    let quote = bytes[at];
    let mut i = at + 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'\n' => return i,
            b if b == quote => return i + 1,
            _ => i += 1,
        }
    }
    bytes.len()
}

/// The address inside `url(` (which ends just before `at`), and the index after its `)`.
fn url_body(bytes: &[u8], mut at: usize) -> (std::ops::Range<usize>, usize) {
    while bytes.get(at).is_some_and(u8::is_ascii_whitespace) {
        at += 1;
    }
    let (start, end) = match bytes.get(at) {
        Some(b'"' | b'\'') => {
            let close = string_end(bytes, at);
            (at + 1, close.saturating_sub(1).max(at + 1))
        }
        _ => {
            let end = bytes[at..]
                .iter()
                .position(|&b| b == b')' || b.is_ascii_whitespace())
                .map_or(bytes.len(), |n| at + n);
            (at, end)
        }
    };
    let after = bytes[end..]
        .iter()
        .position(|&b| b == b')')
        .map_or(bytes.len(), |n| end + n + 1);
    (start..end, after)
}

/// A relative reference to a file: not empty, no scheme, not absolute, not a bare fragment.
fn is_local(url: &str) -> bool {
    !(url.is_empty() || crate::web_url::is_external(url) || url.starts_with(['/', '#']))
}

/// `target` (a path from the site root) as seen from a file in folder `from` (another one).
pub fn relative(from: &str, target: &str) -> String {
    let from: Vec<&str> = from.split('/').filter(|s| !s.is_empty()).collect();
    let to: Vec<&str> = target.split('/').collect();
    let common = from.iter().zip(&to).take_while(|(a, b)| a == b).count();
    let mut out = "../".repeat(from.len() - common);
    out.push_str(&to[common..].join("/"));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paths(css: &str) -> Vec<(&str, usize, usize)> {
        local_urls(css).iter().map(|u| (u.path, u.line, u.column)).collect()
    }

    #[test]
    fn finds_local_urls_in_every_spelling() {
        let css = "a{background:url(img/a.png)}\nb{src:URL( \"f.woff2?#iefix\" ) format('woff2'), url('c.svg#i')}";
        assert_eq!(paths(css), [("img/a.png", 1, 18), ("f.woff2", 2, 13), ("c.svg", 2, 53)]);
    }

    #[test]
    fn strings_comments_data_and_remote_urls_are_untouched() {
        let css = "/* url(x.png) */ a::after{content:\"url(y.png)\"} b{background:url(data:image/png;base64,AA==), url(https://x.org/a.png), url(/abs.png), url(#f), url()} c{x:myurl(z.png)}";
        assert_eq!(paths(css), []);
    }

    #[test]
    fn replaces_only_the_path() {
        let css = "a{b:url(\"x.png?v=1\")}";
        let urls = local_urls(css);
        assert_eq!(
            replace(css, &urls, |_| "x.123.png".into()),
            "a{b:url(\"x.123.png?v=1\")}"
        );
        assert_eq!(relative("assets/css", "assets/img/x.png"), "../img/x.png");
        assert_eq!(relative("assets", "assets/x.png"), "x.png");
    }
}
