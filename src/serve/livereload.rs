//! The live-reload protocol: the messages sent to open pages over the WebSocket, the small
//! script injected into HTML responses that acts on them, and the error overlay's data.

use serde::Serialize;

use super::diff::CssSwap;
use crate::error::{Diagnostic, Error};

/// Where the script and the socket live, below the base path.
pub const SCRIPT_PATH: &str = "__steppe/livereload.js";
pub const SOCKET_PATH: &str = "__steppe/livereload";

/// The browser side; it reads its socket address and the page's build from its own tag.
pub const SCRIPT: &str = include_str!("livereload.js");

/// A message to every open page, sent as JSON text.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum Message {
    /// First message on a new socket: the build now served, and the current error if any.
    /// A page built from another build reloads, so a page is never left stale.
    Hello {
        build: String,
        error: Option<BuildFailure>,
    },
    Reload {
        build: String,
    },
    /// Only stylesheets changed: swap them in place, except on the pages of `reload` (site
    /// paths, such as `404.html`), which changed otherwise too.
    Css {
        build: String,
        changes: Vec<CssSwap>,
        reload: Vec<String>,
    },
    /// The last rebuild failed; the old site is still served.
    Error {
        error: BuildFailure,
    },
}

impl Message {
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("messages are plain data")
    }
}

/// A failed build as the overlay shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BuildFailure {
    /// The whole error as the terminal prints it.
    pub text: String,
    pub problems: Vec<Problem>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    pub file: String,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub message: String,
    pub warning: bool,
}

impl BuildFailure {
    pub fn new(error: Error) -> BuildFailure {
        let text = error.to_string();
        let problems = error.into_diagnostics().iter().map(Problem::new).collect();
        BuildFailure { text, problems }
    }
}

impl Problem {
    fn new(d: &Diagnostic) -> Problem {
        Problem {
            file: d.path.display().to_string(),
            line: d.line,
            column: d.column,
            message: d.message.clone(),
            warning: !d.is_error(),
        }
    }
}

/// Inserts the live-reload script tag before the last `</body>` (or at the end). `page` is the
/// served file's path in the site; `base` and `build` are safe in an attribute (checked chars).
pub fn inject(html: &[u8], base: &str, build: &str, page: &str) -> Vec<u8> {
    let page = html_escape::encode_double_quoted_attribute(page);
    let tag = format!(r#"<script src="{base}{SCRIPT_PATH}" data-build="{build}" data-page="{page}"></script>"#);
    let at = rfind_ascii_case_insensitive(html, b"</body>").unwrap_or(html.len());
    let mut out = Vec::with_capacity(html.len() + tag.len());
    out.extend_from_slice(&html[..at]);
    out.extend_from_slice(tag.as_bytes());
    out.extend_from_slice(&html[at..]);
    out
}

fn rfind_ascii_case_insensitive(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .rposition(|w| w.eq_ignore_ascii_case(needle))
}

/// The page served while no build has ever succeeded: the overlay shows the error on it.
pub fn error_page(failure: &BuildFailure) -> String {
    let text = html_escape::encode_text(&failure.text);
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">\n<head><meta charset=\"utf-8\"><title>Build failed · steppe serve</title></head>\n\
         <body>\n<h1>The site could not be built</h1>\n<p>Fix the problem below and save: this page reloads by itself.</p>\n<pre>{text}</pre>\n</body>\n</html>\n"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn script_goes_before_the_last_body_end() {
        let page = inject(b"<body><p>x</p></BODY></html>", "/b/", "7", "en/index.html");
        let page = String::from_utf8(page).unwrap();
        assert_eq!(
            page,
            r#"<body><p>x</p><script src="/b/__steppe/livereload.js" data-build="7" data-page="en/index.html"></script></BODY></html>"#
        );
        let bare = String::from_utf8(inject(b"<p>x", "/", "1", "404.html")).unwrap();
        assert!(bare.starts_with("<p>x<script"), "{bare}");
    }

    #[test]
    fn messages_are_tagged_json() {
        let json = Message::Reload { build: "3".into() }.to_json();
        assert_eq!(json, r#"{"type":"reload","build":"3"}"#);
    }

    #[test]
    fn failures_keep_file_line_and_message() {
        let error = Error::from(Diagnostic::error("content/a.en.md", "bad <title>").at(2, 8));
        let failure = BuildFailure::new(error);
        assert_eq!(failure.text, "content/a.en.md:2:8: bad <title>");
        assert_eq!(failure.problems[0].line, Some(2));
        assert!(error_page(&failure).contains("bad &lt;title&gt;"));
    }
}
