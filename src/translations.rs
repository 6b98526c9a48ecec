//! `steppe translations`: where every article stands in every language (original, current,
//! stale, unknown, missing), and marking a reviewed translation current by rewriting its
//! `translated_from` line. Staleness itself is decided in `content::translation`.

use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::content::front_matter::{self, FrontMatter};
use crate::content::translation::{self, Status, TranslatedFrom, text_hash};
use crate::content::{Corpus, article, source_text};
use crate::error::{Diagnostic, Error, Result};

/// One article's versions, in the order of the site's languages.
#[derive(Debug, Clone, Serialize)]
pub struct Row {
    pub article: String,
    pub versions: Vec<Version>,
}

/// One language version of an article, or its absence.
#[derive(Debug, Clone, Serialize)]
pub struct Version {
    pub lang: &'static str,
    pub status: Status,
    /// The file, relative to the site root; absent when the version is missing.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file: Option<PathBuf>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub draft: bool,
}

/// The status of every article in every language, by article key.
pub fn table(corpus: &Corpus) -> Vec<Row> {
    let mut keys: Vec<&str> = corpus.articles().iter().map(|a| a.slug.as_str()).collect();
    keys.dedup();
    keys.into_iter()
        .map(|key| Row {
            article: key.to_owned(),
            versions: corpus
                .langs()
                .iter()
                .map(|&lang| match corpus.translation(key, lang) {
                    Some(version) => Version {
                        lang: lang.code(),
                        status: translation::status(corpus, version),
                        file: Some(version.path.clone()),
                        draft: version.front.draft,
                    },
                    None => Version {
                        lang: lang.code(),
                        status: Status::Missing,
                        file: None,
                        draft: false,
                    },
                })
                .collect(),
        })
        .collect()
}

/// What `mark_current` did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Marked {
    /// The file now records the original's present text.
    Rewritten { original: PathBuf },
    /// The file already recorded it; nothing was written.
    AlreadyCurrent { original: PathBuf },
}

/// Records in the translation `file` (relative to `root`, or absolute) the hash of its
/// original's present text, after a translator has reviewed it. Only the `translated_from`
/// entry is rewritten, as one line; every other byte of the file stays as it was.
pub fn mark_current(root: &Path, file: &Path) -> Result<Marked> {
    let path = if file.is_absolute() {
        file.to_owned()
    } else {
        root.join(file)
    };
    let text = read(file, &path)?;
    let split = front_matter::split(file, &text)?;
    let front: FrontMatter = front_matter::parse(file, &split)?;
    let Some(from) = front.translated_from else {
        return Err(Diagnostic::error(file, "not a translation: its front matter has no `translated_from`").into());
    };
    let (key, _) =
        article::split_file_name(file).ok_or_else(|| Diagnostic::error(file, "file name must be `<key>.<lang>.md`"))?;
    let original = file.with_file_name(format!("{key}.{}.md", from.lang));
    let original_text = read(
        &original,
        &path.with_file_name(original.file_name().expect("named above")),
    )?;
    let original_split = front_matter::split(&original, &original_text)?;
    let original_front: FrontMatter = front_matter::parse(&original, &original_split)?;
    let hash = text_hash(&original_front, original_split.body);
    if from.hash.as_deref() == Some(hash.as_str()) {
        return Ok(Marked::AlreadyCurrent { original });
    }
    let record = TranslatedFrom::new(from.lang, Some(hash));
    let rewritten = replace_entry(&text, split.yaml, &record).ok_or_else(|| {
        Diagnostic::error(
            file,
            "`translated_from` must be a top-level key on a line of its own to be rewritten",
        )
    })?;
    std::fs::write(&path, rewritten).map_err(|e| Error::io(file, "write", e))?;
    Ok(Marked::Rewritten { original })
}

fn read(shown: &Path, path: &Path) -> Result<String> {
    let bytes = std::fs::read(path).map_err(|e| Error::io(shown, "read", e))?;
    Ok(source_text::decode(shown, bytes)?)
}

/// `text` with its top-level `translated_from:` entry replaced by one flow-style line.
fn replace_entry(text: &str, yaml: &str, record: &TranslatedFrom) -> Option<String> {
    let value = match &record.hash {
        Some(hash) => format!("{{lang: {}, hash: \"{hash}\"}}", record.lang),
        None => record.lang.code().to_owned(),
    };
    front_matter::replace_entry(text, yaml, "translated_from", &format!("translated_from: {value}\n"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    fn rewrite(text: &str) -> Option<String> {
        let split = front_matter::split(Path::new("a.fr.md"), text).unwrap();
        let record = TranslatedFrom::new(Lang::En, Some("0123456789abcdef".into()));
        replace_entry(text, split.yaml, &record)
    }

    #[test]
    fn only_the_translated_from_entry_changes() {
        let text = "---\ntitle: \"A\"   # kept\ntranslated_from: en\ntopics: [deals]\n---\n\ntranslated_from: body\n";
        assert_eq!(
            rewrite(text).unwrap(),
            "---\ntitle: \"A\"   # kept\ntranslated_from: {lang: en, hash: \"0123456789abcdef\"}\ntopics: [deals]\n---\n\ntranslated_from: body\n"
        );
        // The block form `new` writes becomes the same single line; CRLF files keep CRLF.
        let block =
            "---\r\ntitle: A\r\ntranslated_from:\r\n  lang: en\r\n  hash: ffffffffffffffff\r\ndraft: true\r\n---\r\n";
        assert_eq!(
            rewrite(block).unwrap(),
            "---\r\ntitle: A\r\ntranslated_from: {lang: en, hash: \"0123456789abcdef\"}\r\ndraft: true\r\n---\r\n"
        );
        assert_eq!(rewrite("---\ntitle: A\n---\n"), None);
    }
}
