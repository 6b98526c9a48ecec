//! Errors and diagnostics. Every failure a user can cause names the file, and the line and
//! column when there is one, as `path:line:column: message`, so terminals and editors can jump to it.

use std::fmt;
use std::path::{Path, PathBuf};

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// One or more problems in the site's inputs, all reported together.
    #[error("{}", DiagnosticList(.0))]
    Diagnostics(Vec<Diagnostic>),
    /// The file system refused an operation the build needs.
    #[error("{}: cannot {action}: {source}", path.display())]
    Io {
        path: PathBuf,
        action: &'static str,
        source: std::io::Error,
    },
}

impl Error {
    pub fn io(path: impl Into<PathBuf>, action: &'static str, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            action,
            source,
        }
    }

    /// The diagnostics this error carries (an I/O error becomes one).
    pub fn into_diagnostics(self) -> Vec<Diagnostic> {
        match self {
            Error::Diagnostics(list) => list,
            Error::Io { path, action, source } => vec![Diagnostic::error(path, format!("cannot {action}: {source}"))],
        }
    }
}

impl From<Diagnostic> for Error {
    fn from(diagnostic: Diagnostic) -> Self {
        Error::Diagnostics(vec![diagnostic])
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Warning,
    Error,
}

/// A problem found in one input file, with its position when known.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Diagnostic {
    pub path: PathBuf,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub severity: Severity,
    pub message: String,
}

impl Diagnostic {
    pub fn error(path: impl Into<PathBuf>, message: impl Into<String>) -> Self {
        Diagnostic {
            path: path.into(),
            line: None,
            column: None,
            severity: Severity::Error,
            message: message.into(),
        }
    }

    pub fn warning(path: impl Into<PathBuf>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(path, message)
        }
    }

    /// Places the diagnostic at a 1-based line and column of its file.
    pub fn at(mut self, line: usize, column: usize) -> Self {
        self.line = Some(line);
        self.column = Some(column);
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.path.display())?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(column) = self.column {
                write!(f, ":{column}")?;
            }
        }
        let label = match self.severity {
            Severity::Warning => "warning: ",
            Severity::Error => "",
        };
        write!(f, ": {label}{}", self.message)
    }
}

struct DiagnosticList<'a>(&'a [Diagnostic]);

impl fmt::Display for DiagnosticList<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, diagnostic) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{diagnostic}")?;
        }
        Ok(())
    }
}

/// Collects diagnostics from many inputs so a build reports every problem, not just the first.
#[derive(Debug, Default)]
pub struct Diagnostics {
    list: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.list.push(diagnostic);
    }

    pub fn extend(&mut self, error: Error) {
        self.list.extend(error.into_diagnostics());
    }

    /// Keeps the value of a fallible step, recording its error instead.
    pub fn take<T>(&mut self, result: Result<T>) -> Option<T> {
        match result {
            Ok(value) => Some(value),
            Err(error) => {
                self.extend(error);
                None
            }
        }
    }

    pub fn has_errors(&self) -> bool {
        self.list.iter().any(Diagnostic::is_error)
    }

    /// Splits into warnings (kept) and, when any error was recorded, the error.
    pub fn finish(mut self) -> Result<Vec<Diagnostic>> {
        self.list.sort();
        self.list.dedup();
        if self.has_errors() {
            let (mut errors, warnings): (Vec<_>, Vec<_>) = self.list.into_iter().partition(Diagnostic::is_error);
            errors.extend(warnings);
            Err(Error::Diagnostics(errors))
        } else {
            Ok(self.list)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diagnostic_reads_as_path_line_column() {
        let d = Diagnostic::error("content/articles/a.en.md", "missing title").at(3, 1);
        assert_eq!(d.to_string(), "content/articles/a.en.md:3:1: missing title");
        let w = Diagnostic::warning("steppe.yaml", "no base_url");
        assert_eq!(w.to_string(), "steppe.yaml: warning: no base_url");
    }

    #[test]
    fn finish_reports_every_error() {
        let mut all = Diagnostics::default();
        all.push(Diagnostic::error("b.md", "two"));
        all.push(Diagnostic::error("a.md", "one"));
        let text = all.finish().unwrap_err().to_string();
        assert_eq!(text, "a.md: one\nb.md: two");
    }
}
