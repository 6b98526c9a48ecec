//! Request paths → what to answer, as pure functions of the path and the built site's file set:
//! base-path mounting, folder `index.html`, the `/x` → `/x/` redirect, and refusing every path
//! that tries to leave the site (the site is a map in memory, but we refuse loudly anyway).

use std::fmt;

use percent_encoding::percent_decode_str;

/// The URL prefix the site is mounted under: always starts and ends with `/` (`/`, `/briefing/`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BasePath(String);

impl BasePath {
    /// Accepts `briefing`, `/briefing`, `/briefing/` or `/a/b/`; segments may use letters,
    /// digits and `-._~` only, and `.`/`..` are refused.
    pub fn parse(text: &str) -> Result<BasePath, String> {
        let trimmed = text.trim_matches('/');
        if trimmed.is_empty() {
            return Ok(BasePath("/".to_owned()));
        }
        for segment in trimmed.split('/') {
            let allowed = |c: char| c.is_ascii_alphanumeric() || "-._~".contains(c);
            if segment.is_empty() || segment == "." || segment == ".." || !segment.chars().all(allowed) {
                return Err(format!(
                    "`{text}` is not a usable base path: use folder names made of letters, digits and -._~, such as /briefing/"
                ));
            }
        }
        Ok(BasePath(format!("/{trimmed}/")))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Default for BasePath {
    fn default() -> Self {
        BasePath("/".to_owned())
    }
}

impl fmt::Display for BasePath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// What a request path asks for.
#[derive(Debug, PartialEq, Eq)]
pub enum Target {
    /// A file of the built site, by its path in the site (`en/index.html`).
    File(String),
    /// A permanent redirect (a folder without its trailing slash).
    MovedPermanently(String),
    /// A temporary redirect (the server root to the base path).
    Found(String),
    /// Nothing there: answer with the site's 404 page.
    NotFound,
    /// A path that tries to leave the site or cannot name a file of it.
    Refused,
}

/// Resolves the raw (still percent-encoded) request path against the site's files.
/// `has_file` tells whether a site path exists; `query` is kept on redirects.
pub fn resolve(base: &BasePath, raw_path: &str, query: Option<&str>, has_file: impl Fn(&str) -> bool) -> Target {
    let with_query = |location: String| match query {
        Some(q) => format!("{location}?{q}"),
        None => location,
    };
    let Some(rest) = raw_path.strip_prefix(base.as_str()) else {
        if raw_path == "/" || format!("{raw_path}/") == base.as_str() {
            return Target::Found(with_query(base.as_str().to_owned()));
        }
        return if is_refused(raw_path) {
            Target::Refused
        } else {
            Target::NotFound
        };
    };
    let Some(decoded) = decode(rest) else {
        return Target::Refused;
    };
    if decoded.is_empty() || decoded.ends_with('/') {
        let index = format!("{decoded}index.html");
        return if has_file(&index) {
            Target::File(index)
        } else {
            Target::NotFound
        };
    }
    if has_file(&decoded) {
        return Target::File(decoded);
    }
    if has_file(&format!("{decoded}/index.html")) {
        return Target::MovedPermanently(with_query(format!("{raw_path}/")));
    }
    Target::NotFound
}

fn is_refused(raw_path: &str) -> bool {
    decode(raw_path.trim_start_matches('/')).is_none()
}

/// Decodes a path relative to the site root once, or `None` when it is not a plain relative path:
/// `.`/`..` segments (in any encoding), empty segments (`//`, absolute paths), backslashes,
/// control characters, invalid UTF-8, or anything still percent-encoded after one decoding
/// (double encoding such as `%252e%252e`).
fn decode(rest: &str) -> Option<String> {
    let decoded = percent_decode_str(rest).decode_utf8().ok()?;
    if decoded.contains(['\\', '%']) || decoded.chars().any(char::is_control) || decoded.contains(':') {
        return None;
    }
    let body = decoded.strip_suffix('/').unwrap_or(&decoded);
    if !body.is_empty() && body.split('/').any(|s| s.is_empty() || s == "." || s == "..") {
        return None;
    }
    Some(decoded.into_owned())
}

/// The Content-Type of a site file, by extension; text is always UTF-8 in this site.
pub fn content_type(path: &str) -> &'static str {
    let ext = path
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "html" | "htm" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "json" | "map" => "application/json",
        "webmanifest" => "application/manifest+json",
        "xml" => "application/xml",
        "atom" => "application/atom+xml",
        "rss" => "application/rss+xml",
        "txt" | "md" => "text/plain; charset=utf-8",
        "csv" => "text/csv; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "avif" => "image/avif",
        "ico" => "image/x-icon",
        "woff" => "font/woff",
        "woff2" => "font/woff2",
        "ttf" => "font/ttf",
        "otf" => "font/otf",
        "pdf" => "application/pdf",
        "wasm" => "application/wasm",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILES: [&str; 4] = [
        "index.html",
        "en/index.html",
        "en/articles/a/index.html",
        "assets/s.css",
    ];

    fn at(base: &str, path: &str) -> Target {
        resolve(&BasePath::parse(base).unwrap(), path, None, |p| FILES.contains(&p))
    }

    #[test]
    fn content_types_follow_the_extension() {
        assert_eq!(content_type("en/index.html"), "text/html; charset=utf-8");
        assert_eq!(content_type("assets/style.0123456789.css"), "text/css; charset=utf-8");
        assert_eq!(content_type("en/feed.xml"), "application/xml");
        assert_eq!(content_type(".nojekyll"), "application/octet-stream");
        assert_eq!(content_type("pagefind/pagefind.wasm"), "application/wasm");
    }

    #[test]
    fn base_paths_are_normalized_and_checked() {
        assert_eq!(BasePath::parse("").unwrap().as_str(), "/");
        assert_eq!(BasePath::parse("briefing").unwrap().as_str(), "/briefing/");
        assert_eq!(BasePath::parse("/a/b/").unwrap().as_str(), "/a/b/");
        assert!(BasePath::parse("/a/../b/").is_err());
        assert!(BasePath::parse("/a b/").is_err());
        assert!(BasePath::parse("/a//b/").is_err());
    }

    #[test]
    fn folders_serve_their_index_and_redirect_without_slash() {
        assert_eq!(at("/", "/"), Target::File("index.html".into()));
        assert_eq!(at("/", "/en/"), Target::File("en/index.html".into()));
        assert_eq!(at("/", "/en"), Target::MovedPermanently("/en/".into()));
        assert_eq!(at("/", "/assets/s.css"), Target::File("assets/s.css".into()));
        assert_eq!(at("/", "/nope"), Target::NotFound);
        assert_eq!(at("/", "/assets/"), Target::NotFound);
    }

    #[test]
    fn redirects_keep_the_query() {
        let base = BasePath::default();
        let target = resolve(&base, "/en", Some("x=1"), |p| FILES.contains(&p));
        assert_eq!(target, Target::MovedPermanently("/en/?x=1".into()));
    }

    #[test]
    fn base_path_mounts_the_site() {
        assert_eq!(at("/b/", "/"), Target::Found("/b/".into()));
        assert_eq!(at("/b/", "/b"), Target::Found("/b/".into()));
        assert_eq!(at("/b/", "/b/"), Target::File("index.html".into()));
        assert_eq!(at("/b/", "/b/en"), Target::MovedPermanently("/b/en/".into()));
        assert_eq!(at("/b/", "/en/"), Target::NotFound);
    }

    #[test]
    fn traversal_is_refused_in_every_encoding() {
        for path in [
            "/../etc/passwd",
            "/en/../../etc/passwd",
            "/%2e%2e/etc/passwd",
            "/%2E%2E/%2E%2E/etc/passwd",
            "/en/%2e%2e/index.html",
            "/%252e%252e/etc/passwd",
            "/..%2fetc%2fpasswd",
            "/..%5cetc%5cpasswd",
            "/en\\..\\..\\etc\\passwd",
            "//etc/passwd",
            "/%2fetc/passwd",
            "/C:/Windows/win.ini",
            "/en/./index.html",
            "/en/%00index.html",
            "/%ff%fe",
        ] {
            assert_eq!(at("/", path), Target::Refused, "{path}");
        }
        assert_eq!(at("/b/", "/b/../x"), Target::Refused);
        assert_eq!(at("/b/", "/../b/x"), Target::Refused);
    }
}
