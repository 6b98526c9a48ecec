//! What an editor would catch in the content: translations that fell behind their original,
//! undated or unfiled articles, translations filed elsewhere than their original, topics
//! without an introduction, and stubs of `steppe new` left in published pages.

use crate::config::Config;
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

/// The stubs `steppe new` writes into a file for its author to replace (see `ingest::new`).
pub const PLACEHOLDERS: [&str; 4] = [
    "Write the article here.",
    "Écrivez l'article ici.",
    "اكتب المقال هنا.",
    "Translate me:",
];

/// Articles an editor would not publish as they are: with no date, in no topic, filed under
/// other topics than their translations, or still holding a stub of `steppe new`.
pub fn articles(corpus: &Corpus) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    for article in corpus.articles() {
        if article.dating().is_none() {
            problems.push(Diagnostic::warning(
                &article.path,
                "no `date`: the page says \"date unknown\" and lists put it last; give the day, month or year the source gives, or an estimate with a `note`",
            ));
        }
        if article.front.topics.is_empty() {
            problems.push(Diagnostic::warning(
                &article.path,
                "the article is in no topic: only the home page and search lead to it; add `topics`",
            ));
        }
        if let Some(original) = translation::original_of(corpus, article) {
            let sorted = |topics: &[String]| {
                let mut list = topics.to_vec();
                list.sort();
                list
            };
            if sorted(&article.front.topics) != sorted(&original.front.topics) {
                problems.push(Diagnostic::warning(
                    &article.path,
                    format!(
                        "filed under topics [{}], but its original {} under [{}]",
                        article.front.topics.join(", "),
                        original.path.display(),
                        original.front.topics.join(", ")
                    ),
                ));
            }
            // A correction readers of the original are told of, and readers of this language
            // are not: the translation may still carry the error.
            let missing: Vec<String> = original
                .front
                .updates
                .iter()
                .filter(|u| !article.front.updates.iter().any(|t| t.date == u.date))
                .map(|u| u.date.to_string())
                .collect();
            if !missing.is_empty() {
                problems.push(Diagnostic::warning(
                    &article.path,
                    format!(
                        "its original {} records updates on {} that this translation does not: correct the translation too and add the `updates` entry in its language",
                        original.path.display(),
                        missing.join(", ")
                    ),
                ));
            }
        }
        if let Some((line, stub)) = placeholder(&article.body) {
            problems.push(
                Diagnostic::error(
                    &article.path,
                    format!("placeholder text `{stub}` in an article that is not a draft: write the text, or set `draft: true`"),
                )
                .at(article.body_line + line - 1, 1),
            );
        }
    }
    for page in corpus.pages() {
        if let Some((_, stub)) = placeholder(&page.body) {
            problems.push(Diagnostic::error(
                &page.path,
                format!(
                    "placeholder text `{stub}` in a page that is not a draft: write the text, or set `draft: true`"
                ),
            ));
        }
    }
    problems
}

/// Topics with no introduction in a language: their page there opens on the article list alone.
pub fn topic_intros(config: &Config, corpus: &Corpus) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    for topic in &config.topics {
        for lang in config.langs() {
            if corpus.topic_intro(&topic.key, lang).is_none() {
                problems.push(Diagnostic::warning(
                    format!("content/topics/{}.{}.md", topic.key, lang.code()),
                    format!(
                        "topic `{}` has no introduction in {}: write this file",
                        topic.key,
                        config.languages.name(lang)
                    ),
                ));
            }
        }
    }
    problems
}

/// The first stub in `body`, with the body line (from 1) it is on.
fn placeholder(body: &str) -> Option<(usize, &'static str)> {
    body.lines().enumerate().find_map(|(index, line)| {
        PLACEHOLDERS
            .iter()
            .find(|stub| line.contains(*stub))
            .map(|stub| (index + 1, *stub))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::ingest::{NewOptions, new_article};

    /// What `steppe new` writes, blank or as a translation, is caught in every language: if
    /// `new` changes its stubs, this fails until `PLACEHOLDERS` follows.
    #[test]
    fn the_stubs_of_new_are_placeholders() {
        let dir = tempfile::tempdir().unwrap();
        let create = |slug: &str, lang: Lang, from: Option<Lang>| {
            let path = new_article(&NewOptions {
                root: dir.path().to_owned(),
                slug: slug.to_owned(),
                lang,
                from,
                today: crate::date::Date::new(2026, 12, 1).unwrap(),
                title: None,
                slugs: crate::config::SlugStyle::Ascii,
            })
            .unwrap();
            std::fs::read_to_string(path).unwrap()
        };
        for &lang in &Lang::ALL {
            let text = create(&format!("blank-{}", lang.code()), lang, None);
            assert!(placeholder(&text).is_some(), "{text}");
        }
        let translation = create("blank-en", Lang::Fr, Some(Lang::En));
        assert_eq!(placeholder(&translation).map(|(_, s)| s), Some("Translate me:"));
        assert_eq!(placeholder("A finished text.\nIt says: write the article here."), None);
    }
}
