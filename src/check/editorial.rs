//! What an editor would catch in the content: translations that fell behind their original.

use crate::content::Corpus;
use crate::content::translation::{self, Status};
use crate::error::Diagnostic;

/// Translations whose original's text changed since they were made or marked current.
pub fn stale_translations(corpus: &Corpus) -> Vec<Diagnostic> {
    corpus
        .articles()
        .iter()
        .filter(|a| translation::status(corpus, a) == Status::Stale)
        .filter_map(|a| {
            let original = translation::original_of(corpus, a)?;
            Some(Diagnostic::warning(
                &a.path,
                format!(
                    "the translation is stale: its original {} changed since it was translated; update it, then run `steppe translations --mark-current {}`",
                    original.path.display(),
                    a.path.display()
                ),
            ))
        })
        .collect()
}
