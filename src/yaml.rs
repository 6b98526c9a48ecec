//! YAML reading for config, front matter and data files. serde_yaml is deprecated upstream, so
//! this module is the only one that names it; errors come back as diagnostics at file lines.

use std::path::Path;

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::error::Diagnostic;

/// Parses `text`, which starts on line `first_line` of `path`, into `T`.
pub fn parse<T: DeserializeOwned>(path: &Path, text: &str, first_line: usize) -> Result<T, Diagnostic> {
    serde_yaml::from_str(text).map_err(|error| {
        let message = clean_message(&error.to_string(), first_line);
        let reported = error.location().map_or((1, 1), |at| (at.line(), at.column()));
        // serde_yaml prefixes errors inside nested values with their path ("deals[0].value: …")
        // but places "missing field" errors imprecisely; the path finds the right line.
        let by_path = message
            .split_once(": ")
            .filter(|(path, rest)| {
                !path.contains(' ') && (path.contains('.') || path.contains('[') || rest.starts_with("missing "))
            })
            .and_then(|(path, _)| locate_path(text, path));
        let (line, column) = by_path
            .or_else(|| locate_duplicate(text, &message))
            .map_or_else(|| locate_quoted(text, &message, reported), |line| (line, 1));
        Diagnostic::error(path, message).at(line + first_line - 1, column)
    })
}

/// Parses into a generic tree, for data files whose shape the theme decides.
pub fn parse_value(path: &Path, text: &str) -> Result<serde_json::Value, Diagnostic> {
    parse(path, text, 1)
}

/// Writes `value` as YAML (used by `ingest` and `new` to write front matter).
pub fn to_string<T: Serialize>(value: &T) -> String {
    serde_yaml::to_string(value).expect("front matter types always serialize")
}

/// The 1-based line of the first top-level `key:` in a YAML text, to point at a field whose
/// value parsed but is wrong (an unknown topic, a language that does not match the file).
pub fn key_line(text: &str, key: &str) -> Option<usize> {
    text.lines()
        .position(|line| {
            line.strip_prefix(key)
                .is_some_and(|rest| rest.trim_start().starts_with(':'))
        })
        .map(|index| index + 1)
}

/// The 1-based line and column of the key named by a path such as `source.url`.
pub fn path_position(text: &str, path: &str) -> Option<(usize, usize)> {
    let line = locate_path(text, path)?;
    let content = text.lines().nth(line - 1)?;
    Some((line, content.len() - content.trim_start().len() + 1))
}

/// The 1-based line of a value named by a serde path such as `deals[2].description`, in a
/// block-style YAML text (each key on its own line, lists as `- ` items).
fn locate_path(text: &str, path: &str) -> Option<usize> {
    let lines: Vec<&str> = text.lines().collect();
    let indent = |l: &str| l.len() - l.trim_start().len();
    let blank = |l: &str| l.trim().is_empty() || l.trim_start().starts_with('#');
    let (mut at, mut min_indent) = (0usize, 0usize);
    let mut first = true;
    for segment in path.split('.') {
        let (key, index) = match segment.split_once('[') {
            Some((key, rest)) => (key, rest.trim_end_matches(']').parse::<usize>().ok()),
            None => (segment, None),
        };
        if !key.is_empty() {
            let from = if first { 0 } else { at + 1 };
            let found = (from..lines.len())
                .take_while(|&i| first || blank(lines[i]) || indent(lines[i]) >= min_indent)
                .find(|&i| {
                    let content = lines[i].trim_start().trim_start_matches("- ");
                    content.starts_with(&format!("{key}:")) || content.starts_with(&format!("\"{key}\":"))
                })?;
            at = found;
            min_indent = indent(lines[found]) + 1;
        }
        first = false;
        if let Some(index) = index {
            let items: Vec<usize> = (at + 1..lines.len())
                .take_while(|&i| blank(lines[i]) || indent(lines[i]) >= min_indent.saturating_sub(1))
                .filter(|&i| lines[i].trim_start().starts_with("- "))
                .collect();
            let item_indent = items.first().map(|&i| indent(lines[i]))?;
            at = *items.iter().filter(|&&i| indent(lines[i]) == item_indent).nth(index)?;
            min_indent = item_indent + 1;
        }
    }
    Some(at + 1)
}

/// serde_yaml cannot place errors raised while converting a value (an impossible date), so
/// those point at the document start; when the message quotes the bad value in backticks and
/// the reported line does not hold it, the line that does is the better answer.
fn locate_quoted(text: &str, message: &str, reported: (usize, usize)) -> (usize, usize) {
    let quoted = message.split('`').nth(1).filter(|q| !q.is_empty());
    let Some(quoted) = quoted else { return reported };
    let lines: Vec<&str> = text.lines().collect();
    if lines.get(reported.0 - 1).is_some_and(|l| l.contains(quoted)) {
        return reported;
    }
    lines
        .iter()
        .enumerate()
        .find_map(|(i, l)| l.find(quoted).map(|c| (i + 1, l[..c].chars().count() + 1)))
        .unwrap_or(reported)
}

/// serde_yaml places a duplicate key at the start of its mapping; the second `key:` line is
/// the one to remove.
fn locate_duplicate(text: &str, message: &str) -> Option<usize> {
    let key = message.split("duplicate field `").nth(1)?.split('`').next()?;
    text.lines()
        .enumerate()
        .filter(|(_, l)| {
            let content = l.trim_start().trim_start_matches("- ");
            content
                .strip_prefix(key)
                .is_some_and(|rest| rest.trim_start().starts_with(':'))
        })
        .nth(1)
        .map(|(i, _)| i + 1)
}

/// serde_yaml appends " at line X column Y" to its messages; the diagnostic carries the first
/// position already. A second one (where an unclosed quote or bracket was opened) is kept, as
/// a file line, since it is the place to fix.
fn clean_message(message: &str, first_line: usize) -> String {
    const AT: &str = " at line ";
    let mut out = String::new();
    let mut rest = message;
    let mut first = true;
    while let Some(at) = rest.find(AT) {
        out.push_str(&rest[..at]);
        let tail = &rest[at + AT.len()..];
        let digits = tail.find(|c: char| !c.is_ascii_digit()).unwrap_or(tail.len());
        let Ok(line) = tail[..digits].parse::<usize>() else {
            out.push_str(AT);
            rest = tail;
            continue;
        };
        let mut after = &tail[digits..];
        if let Some(column) = after.strip_prefix(" column ") {
            after = column.trim_start_matches(|c: char| c.is_ascii_digit());
        }
        if !first {
            out.push_str(&format!(" at line {}", line + first_line - 1));
        }
        first = false;
        rest = after;
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code, reason = "only parsed")]
    struct Doc {
        title: String,
    }

    #[test]
    fn error_lines_are_file_lines() {
        let err = parse::<Doc>(Path::new("a.md"), "title: x\ntitel: y\n", 2).unwrap_err();
        assert_eq!(err.line, Some(3));
        assert!(err.message.contains("unknown field `titel`"), "{}", err.message);
    }

    #[test]
    fn nested_paths_find_their_line() {
        let text = "deals:\n  - id: a\n    name: x\n  - id: b\n    # note\n    description: {en: y}\n";
        assert_eq!(locate_path(text, "deals[1].description"), Some(6));
        assert_eq!(locate_path(text, "deals[0]"), Some(2));
        assert_eq!(locate_path(text, "deals[5].name"), None);
    }

    #[test]
    fn duplicate_key_points_at_the_second_one() {
        let err = parse::<Doc>(Path::new("a.md"), "title: x\ntitle: y\n", 2).unwrap_err();
        assert_eq!(err.line, Some(3), "{}", err.message);
    }

    #[test]
    fn unclosed_quote_names_the_line_it_opens_on() {
        let err = parse::<Doc>(Path::new("a.md"), "title: \"x\nsummary: y\n", 2).unwrap_err();
        assert!(err.message.contains("quoted scalar at line 2"), "{}", err.message);
        assert!(!err.message.contains("column"), "{}", err.message);
    }

    #[test]
    fn finds_key_lines() {
        assert_eq!(key_line("title: a\ntopics: [x]\n", "topics"), Some(2));
        assert_eq!(key_line("title: a\n", "topics"), None);
    }
}
