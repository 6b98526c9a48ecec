//! `steppe new <slug> [--lang LANG] [--from LANG]`: a new article file with its front matter
//! filled in, or a translation of an existing one, marked `draft: true` until its text is written.

use std::path::{Path, PathBuf};

use crate::config::SlugStyle;
use crate::content::article::is_valid_slug;
use crate::content::front_matter::{self, FrontMatter};
use crate::content::source_text;
use crate::content::translation::{TranslatedFrom, text_hash};
use crate::date::Date;
use crate::error::{Diagnostic, Error, Result};
use crate::i18n::Lang;

/// What `steppe new` asks for.
#[derive(Debug, Clone)]
pub struct NewOptions {
    /// Site root; the file goes to `<root>/content/articles/<slug>.<lang>.md`.
    pub root: PathBuf,
    pub slug: String,
    pub lang: Lang,
    /// Make a translation of `<slug>.<from>.md`: its front matter is copied with `lang` changed and
    /// `translated_from: {lang: <from>, hash: …}` set (the hash of the original's text, by which
    /// `check` sees when the original changes), and its text left below a "translate me" note.
    pub from: Option<Lang>,
    /// Today in the site's time zone: the new file's `added`.
    pub today: Date,
    /// The new version's title, when known; a translation's URL slug is made from it.
    pub title: Option<String>,
    /// How a translation's slug is made from its title.
    pub slugs: SlugStyle,
}

const ARTICLES: &str = "content/articles";

/// Creates the article file and returns its path. Never overwrites: an existing file is an error,
/// as are an invalid slug, `--from` naming the new file's own language, and a missing original.
pub fn new_article(options: &NewOptions) -> Result<PathBuf> {
    let relative = Path::new(ARTICLES).join(format!("{}.{}.md", options.slug, options.lang));
    if !is_valid_slug(&options.slug) {
        return Err(Diagnostic::error(
            &relative,
            "a slug is lowercase ASCII letters, digits and `-` (at most 80)",
        )
        .into());
    }
    let path = options.root.join(&relative);
    if path.exists() {
        return Err(Diagnostic::error(&relative, "already exists; `steppe new` never overwrites a file").into());
    }
    let (front, body) = match options.from {
        Some(from) if from == options.lang => {
            return Err(Diagnostic::error(
                &relative,
                format!("--from {from} is the language of the new file itself"),
            )
            .into());
        }
        Some(from) => translation(options, from)?,
        None => blank(options),
    };
    let dir = options.root.join(ARTICLES);
    std::fs::create_dir_all(&dir).map_err(|e| Error::io(ARTICLES, "create folder", e))?;
    // `create_new` keeps the promise even if the file appeared since the check above.
    let mut file = std::fs::File::options()
        .write(true)
        .create_new(true)
        .open(&path)
        .map_err(|e| Error::io(&relative, "create", e))?;
    std::io::Write::write_all(&mut file, front_matter::render(&front, &body).as_bytes())
        .map_err(|e| Error::io(&relative, "write", e))?;
    Ok(path)
}

fn blank(options: &NewOptions) -> (FrontMatter, String) {
    let mut title = options.slug.replace('-', " ");
    if let Some(first) = title.get(..1) {
        title = first.to_uppercase() + &title[1..];
    }
    let front = FrontMatter {
        title: options.title.clone().unwrap_or(title),
        date: None,
        lang: Some(options.lang),
        summary: None,
        topics: Vec::new(),
        source: None,
        translated_from: None,
        added: Some(options.today),
        slug: None,
        aliases: Vec::new(),
        publish_at: None,
        updates: Vec::new(),
        draft: true,
    };
    let body = match options.lang {
        Lang::FR => "Écrivez l'article ici.",
        Lang::AR => "اكتب المقال هنا.",
        _ => "Write the article here.",
    };
    (front, body.to_owned())
}

fn translation(options: &NewOptions, from: Lang) -> Result<(FrontMatter, String)> {
    let relative = Path::new(ARTICLES).join(format!("{}.{from}.md", options.slug));
    let bytes =
        std::fs::read(options.root.join(&relative)).map_err(|e| Error::io(&relative, "read the original", e))?;
    let text = source_text::decode(&relative, bytes)?;
    let split = front_matter::split(&relative, &text)?;
    let original: FrontMatter = front_matter::parse(&relative, &split)?;
    let mut front = original.clone();
    front.lang = Some(options.lang);
    front.translated_from = Some(TranslatedFrom::new(from, Some(text_hash(&original, split.body))));
    front.draft = true;
    // When the briefing took this language version in; its updates are the original's own.
    front.added = Some(options.today);
    front.updates.clear();
    // A URL slug and old URLs belong to the original's language. The translation's own slug
    // comes from its own title: given now, or set as `slug:` once its translator writes one (the
    // key is its URL until then).
    front.aliases.clear();
    front.slug = None;
    if let Some(title) = &options.title {
        front.title = title.clone();
        front.slug = super::slug::version_slug(title, options.slugs, &options.slug);
    }
    let note = format!(
        "> Translate me: below is the original in `{}` ({}). Replace it with the `{}` translation, then remove `draft: true`.",
        from,
        relative.display(),
        options.lang
    );
    Ok((front, format!("{note}\n\n{}", split.body.trim())))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn options(root: &Path, slug: &str, lang: Lang, from: Option<Lang>) -> NewOptions {
        NewOptions {
            root: root.to_owned(),
            slug: slug.to_owned(),
            lang,
            from,
            today: Date::new(2026, 12, 1).unwrap(),
            title: None,
            slugs: SlugStyle::Ascii,
        }
    }

    #[test]
    fn creates_a_draft_and_refuses_to_overwrite() {
        let dir = tempfile::tempdir().unwrap();
        let path = new_article(&options(dir.path(), "kz-deals", Lang::En, None)).unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.starts_with("---\ntitle: Kz deals\nlang: en\n"), "{text}");
        assert!(
            text.contains("draft: true") && text.contains("added: 2026-12-01"),
            "{text}"
        );
        let err = new_article(&options(dir.path(), "kz-deals", Lang::En, None))
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("kz-deals.en.md") && err.contains("already exists"),
            "{err}"
        );
        assert!(new_article(&options(dir.path(), "Bad Slug", Lang::En, None)).is_err());
    }

    #[test]
    fn translation_copies_front_matter_and_marks_its_origin() {
        let dir = tempfile::tempdir().unwrap();
        let articles = dir.path().join(ARTICLES);
        std::fs::create_dir_all(&articles).unwrap();
        let original = "---\ntitle: Deals\ndate: 2025-11-07\nlang: en\nslug: us-deals\naliases: [kz-deals]\ntopics:\n- deals\nsource:\n  name: X\n  file: a.txt\n---\n\nBody *text*.\n";
        std::fs::write(articles.join("kz.en.md"), original).unwrap();
        let path = new_article(&options(dir.path(), "kz", Lang::Fr, Some(Lang::En))).unwrap();
        let text = std::fs::read_to_string(path).unwrap();
        let split = front_matter::split(Path::new("kz.fr.md"), &text).unwrap();
        let front: FrontMatter = front_matter::parse(Path::new("kz.fr.md"), &split).unwrap();
        assert_eq!(
            (front.lang, front.translated_from_lang(), front.draft, front.added),
            (Some(Lang::Fr), Some(Lang::En), true, Date::new(2026, 12, 1).ok())
        );
        assert_eq!(front.topics, ["deals"]);
        assert_eq!(
            (front.slug, front.aliases.len()),
            (None, 0),
            "the original's URLs are its own"
        );
        let original: FrontMatter = front_matter::parse(
            Path::new("kz.en.md"),
            &front_matter::split(Path::new("kz.en.md"), original).unwrap(),
        )
        .unwrap();
        let recorded = front.translated_from.as_ref().and_then(|t| t.hash.clone());
        assert_eq!(recorded, Some(text_hash(&original, "\nBody *text*.\n")));
        assert_eq!(front.source.unwrap().file.as_deref(), Some("a.txt"));
        assert!(
            text.contains("Translate me") && text.ends_with("Body *text*.\n"),
            "{text}"
        );
        assert!(new_article(&options(dir.path(), "nope", Lang::Ar, Some(Lang::Fr))).is_err());
        assert!(new_article(&options(dir.path(), "kz", Lang::En, Some(Lang::En))).is_err());
    }
}
