//! Turning the bytes of a content file into text: UTF-8 only, BOM dropped, no NUL bytes.

use std::path::Path;

use crate::error::Diagnostic;
use crate::i18n::line_column;

/// Decodes a file's bytes, pointing at the first byte that is not valid UTF-8 or is NUL.
pub fn decode(path: &Path, bytes: Vec<u8>) -> Result<String, Diagnostic> {
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(error) => {
            let valid = error.utf8_error().valid_up_to();
            let bytes = error.into_bytes();
            let prefix = String::from_utf8_lossy(&bytes[..valid]);
            let (line, column) = line_column(&prefix, prefix.len());
            return Err(Diagnostic::error(path, "the file is not valid UTF-8 text; save it as UTF-8").at(line, column));
        }
    };
    let text = match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_owned(),
        None => text,
    };
    if let Some(offset) = text.find('\0') {
        let (line, column) = line_column(&text, offset);
        return Err(Diagnostic::error(path, "the file contains a NUL byte").at(line, column));
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drops_bom_and_rejects_bad_bytes() {
        let p = Path::new("a.md");
        assert_eq!(decode(p, b"\xef\xbb\xbfhi".to_vec()).unwrap(), "hi");
        let err = decode(p, b"ok\nab\xff".to_vec()).unwrap_err();
        assert_eq!((err.line, err.column), (Some(2), Some(3)));
        let err = decode(p, b"a\0".to_vec()).unwrap_err();
        assert!(err.message.contains("NUL"));
    }
}
