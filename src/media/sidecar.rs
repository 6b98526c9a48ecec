//! An image's sidecar, `photo.jpg.yaml` beside `photo.jpg`: its credit, and the alt text and
//! caption each language uses when the markdown gives none. The credit lives with the image,
//! not in an article's front matter, because it belongs to the picture: every article and every
//! language version that shows the image shows the same credit.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;

use crate::error::Diagnostic;

#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sidecar {
    /// Who made the picture, as printed under it ("Photo: A. Name / Agency"). Required.
    pub credit: String,
    /// Alt text per language code, for markdown that leaves the brackets empty.
    #[serde(default)]
    pub alt: BTreeMap<String, String>,
    /// Caption per language code, for markdown without a title.
    #[serde(default)]
    pub caption: BTreeMap<String, String>,
    /// A purely decorative image: empty alt text is then right, not a mistake.
    #[serde(default)]
    pub decorative: bool,
}

impl Sidecar {
    /// Parses the sidecar at `path`; `langs` are the language codes the site knows.
    pub fn parse(path: &Path, text: &str, langs: &[&str]) -> Result<Sidecar, Diagnostic> {
        let sidecar: Sidecar = crate::yaml::parse(path, text, 1)?;
        if sidecar.credit.trim().is_empty() {
            let line = crate::yaml::key_line(text, "credit").unwrap_or(1);
            return Err(Diagnostic::error(path, "the credit is empty: say who made the picture").at(line, 1));
        }
        for (field, map) in [("alt", &sidecar.alt), ("caption", &sidecar.caption)] {
            if let Some(code) = map.keys().find(|code| !langs.contains(&code.as_str())) {
                let line = crate::yaml::key_line(text, field).unwrap_or(1);
                let known = langs.join(", ");
                let message = format!("{field}: `{code}` is not a language of the site ({known})");
                return Err(Diagnostic::error(path, message).at(line, 1));
            }
        }
        Ok(sidecar)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LANGS: [&str; 3] = ["en", "fr", "ar"];

    #[test]
    fn reads_credit_and_per_language_text() {
        let text = "credit: \"Photo: A. Name\"\nalt:\n  en: A hall\n  ar: قاعة\ncaption: {fr: Une salle}\n";
        let sidecar = Sidecar::parse(Path::new("x.jpg.yaml"), text, &LANGS).unwrap();
        assert_eq!(sidecar.credit, "Photo: A. Name");
        assert_eq!(sidecar.alt["ar"], "قاعة");
        assert_eq!(sidecar.caption["fr"], "Une salle");
        assert!(!sidecar.decorative);
    }

    #[test]
    fn missing_or_empty_credit_and_unknown_languages_are_errors() {
        let path = Path::new("x.jpg.yaml");
        let missing = Sidecar::parse(path, "alt: {en: A}\n", &LANGS).unwrap_err();
        assert!(missing.message.contains("credit"), "{missing}");
        let empty = Sidecar::parse(path, "decorative: true\ncredit: \" \"\n", &LANGS).unwrap_err();
        assert_eq!(
            (empty.line, empty.message.contains("empty")),
            (Some(2), true),
            "{empty}"
        );
        let lang = Sidecar::parse(path, "credit: c\nalt: {de: Halle}\n", &LANGS).unwrap_err();
        assert!(lang.to_string().starts_with("x.jpg.yaml:2:1: alt: `de`"), "{lang}");
    }
}
