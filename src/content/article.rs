//! One content file as data: an article, a topic introduction or a free page, validated
//! against the config (known topics, language matching the file name, a usable slug).

use std::path::{Path, PathBuf};

use crate::config::Config;
use crate::date::Date;
use crate::error::Diagnostic;
use crate::i18n::{Lang, Languages};
use crate::yaml;

use super::dating::{Basis, Dated};
use super::embargo;
use super::front_matter::{self, FrontMatter, PageFrontMatter};

/// One language version of an article.
#[derive(Debug, Clone)]
pub struct Article {
    pub slug: String,
    pub lang: Lang,
    /// Path relative to the site root, for messages.
    pub path: PathBuf,
    pub front: FrontMatter,
    /// `publish_at` as an instant, read in the site's time zone.
    pub publish_at: Option<jiff::Timestamp>,
    /// Markdown body, and the file line it starts on.
    pub body: String,
    pub body_line: usize,
}

impl Article {
    pub fn title(&self) -> &str {
        &self.front.title
    }

    /// The day the article was published, when known exactly (not an estimate).
    pub fn date(&self) -> Option<Date> {
        self.front.date.as_ref().and_then(Dated::exact_day)
    }

    /// The URL slug of this version: its own `slug`, or the article's key.
    pub fn url_slug(&self) -> &str {
        self.front.slug.as_deref().unwrap_or(&self.slug)
    }

    /// The article's date with its precision and basis, as the front matter gives it.
    pub fn dating(&self) -> Option<&Dated<String>> {
        self.front.date.as_ref()
    }

    /// The day of the latest correction or update, if any.
    pub fn last_update(&self) -> Option<Date> {
        self.front.updates.iter().map(|u| u.date).max()
    }

    /// Parses one article file; `path` is relative to the site root.
    pub fn parse(config: &Config, path: &Path, text: &str) -> Result<Article, Vec<Diagnostic>> {
        let (slug, lang) = parse_file_name(path, &config.languages).map_err(|d| vec![d])?;
        let split = front_matter::split(path, text).map_err(|d| vec![d])?;
        let front: FrontMatter = front_matter::parse(path, &split).map_err(|d| vec![d])?;
        let at = |key: &str| yaml::key_line(split.yaml, key).map_or(split.yaml_line, |l| l + split.yaml_line - 1);
        let mut problems = Vec::new();
        if front.title.trim().is_empty() {
            problems.push(Diagnostic::error(path, "`title` is empty").at(at("title"), 1));
        }
        if let Some(declared) = front.lang
            && declared != lang
        {
            problems.push(
                Diagnostic::error(
                    path,
                    format!("`lang: {declared}` does not match the file name, which says `{lang}`"),
                )
                .at(at("lang"), 1),
            );
        }
        if front.date.as_ref().is_some_and(|d| d.basis == Basis::Reported) {
            problems.push(
                Diagnostic::error(
                    path,
                    "an article's `date` is when it was published: use a plain date, or `basis: estimated` with a `note`",
                )
                .at(at("date"), 1),
            );
        }
        if front.translated_from_lang() == Some(lang) {
            problems.push(
                Diagnostic::error(
                    path,
                    format!("`translated_from: {lang}` names the article's own language"),
                )
                .at(at("translated_from"), 1),
            );
        }
        // The template links to the source: only a web address may become that link.
        if let Some(url) = front.source.as_ref().and_then(|s| s.url.as_deref())
            && !url.trim().is_empty()
            && crate::web_url::web_url(url).is_none()
        {
            let (line, column) = yaml::path_position(split.yaml, "source.url").unwrap_or((1, 1));
            problems.push(
                Diagnostic::error(
                    path,
                    format!("source.url `{url}` must be an http(s) URL such as https://example.org/story"),
                )
                .at(line + split.yaml_line - 1, column),
            );
        }
        if let Some(own) = front.slug.as_deref().filter(|s| !is_valid_url_slug(s)) {
            problems.push(
                Diagnostic::error(
                    path,
                    format!("slug `{own}` must be lowercase letters (of any script), digits and `-` (at most 80)"),
                )
                .at(at("slug"), 1),
            );
        }
        for alias in &front.aliases {
            let segments_ok = alias
                .trim_matches('/')
                .split('/')
                .all(|s| !s.is_empty() && s != "." && s != ".." && !s.contains(['\\', '?', '#', '"', '<', '>', ' ']));
            if !segments_ok {
                problems.push(
                    Diagnostic::error(
                        path,
                        format!("alias `{alias}` must be an old slug or a path such as en/articles/old-slug/"),
                    )
                    .at(at("aliases"), 1),
                );
            }
        }
        let publish_at = match front.publish_at.as_deref().map(|t| embargo::parse(t, &config.timezone)) {
            Some(Err(message)) => {
                problems.push(Diagnostic::error(path, message).at(at("publish_at"), 1));
                None
            }
            Some(Ok(at)) => Some(at),
            None => None,
        };
        for (index, update) in front.updates.iter().enumerate() {
            if update.note.trim().is_empty() {
                let (line, column) = yaml::path_position(split.yaml, &format!("updates[{index}].note"))
                    .unwrap_or((at("updates") - split.yaml_line + 1, 1));
                problems.push(
                    Diagnostic::error(path, "an update needs a `note` saying what changed")
                        .at(line + split.yaml_line - 1, column),
                );
            }
            if front.date.as_ref().is_some_and(|d| d.on.start() > update.date) {
                problems.push(
                    Diagnostic::error(
                        path,
                        format!("update of {} is earlier than the article's `date`", update.date),
                    )
                    .at(at("updates"), 1),
                );
            }
        }
        for topic in &front.topics {
            if config.topic(topic).is_none() {
                let known: Vec<_> = config.topics.iter().map(|t| t.key.as_str()).collect();
                problems.push(
                    Diagnostic::error(path, format!("unknown topic `{topic}` (known: {})", known.join(", ")))
                        .at(at("topics"), 1),
                );
            }
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        Ok(Article {
            slug,
            lang,
            path: path.to_owned(),
            front,
            publish_at,
            body: split.body.to_owned(),
            body_line: split.body_line,
        })
    }
}

/// The introduction of a topic in one language: markdown, with optional front matter that
/// lists the articles it cites (`sources: [key, ...]`), so the page can link and mark them.
#[derive(Debug, Clone)]
pub struct TopicIntro {
    pub key: String,
    pub lang: Lang,
    pub path: PathBuf,
    pub body: String,
    /// The file line the body starts on.
    pub body_line: usize,
    /// Articles the introduction cites, and the file line that lists them.
    pub sources: Vec<String>,
    pub sources_line: usize,
}

#[derive(Debug, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct TopicFrontMatter {
    #[serde(default)]
    sources: Vec<String>,
}

impl TopicIntro {
    pub fn parse(config: &Config, path: &Path, text: &str) -> Result<TopicIntro, Diagnostic> {
        let (key, lang) = parse_file_name(path, &config.languages)?;
        if config.topic(&key).is_none() {
            return Err(Diagnostic::error(
                path,
                format!("no topic `{key}` is declared in steppe.yaml"),
            ));
        }
        let (front, body, body_line, sources_line) = if text.starts_with("---") {
            let split = front_matter::split(path, text)?;
            let front: TopicFrontMatter = yaml::parse(path, split.yaml, split.yaml_line)?;
            let line = yaml::key_line(split.yaml, "sources").map_or(split.yaml_line, |l| l + split.yaml_line - 1);
            (front, split.body.to_owned(), split.body_line, line)
        } else {
            (TopicFrontMatter::default(), text.to_owned(), 1, 1)
        };
        Ok(TopicIntro {
            key,
            lang,
            path: path.to_owned(),
            body,
            body_line,
            sources: front.sources,
            sources_line,
        })
    }
}

/// A free page (about, methodology) in one language.
#[derive(Debug, Clone)]
pub struct Page {
    pub slug: String,
    pub lang: Lang,
    pub path: PathBuf,
    pub front: PageFrontMatter,
    pub body: String,
    /// The file line the body starts on.
    pub body_line: usize,
}

/// Slugs a page may not take because the language tree uses them.
pub const RESERVED_PAGE_SLUGS: [&str; 9] = [
    "articles",
    "topics",
    "assets",
    "feed",
    "search",
    "timeline",
    "people",
    "data",
    "corrections",
];

impl Page {
    pub fn parse(config: &Config, path: &Path, text: &str) -> Result<Page, Diagnostic> {
        let (slug, lang) = parse_file_name(path, &config.languages)?;
        if RESERVED_PAGE_SLUGS.contains(&slug.as_str()) {
            return Err(Diagnostic::error(
                path,
                format!("`{slug}` is reserved for the site's own pages; rename the file"),
            ));
        }
        let split = front_matter::split(path, text)?;
        let front: PageFrontMatter = front_matter::parse(path, &split)?;
        if front.title.trim().is_empty() {
            return Err(Diagnostic::error(path, "`title` is empty").at(split.yaml_line, 1));
        }
        Ok(Page {
            slug,
            lang,
            path: path.to_owned(),
            front,
            body: split.body.to_owned(),
            body_line: split.body_line,
        })
    }
}

/// Cuts `<slug>.<code>.md` into its slug and language code, whatever the code.
pub fn split_file_name(path: &Path) -> Option<(&str, &str)> {
    let name = path.file_name()?.to_str()?;
    name.strip_suffix(".md")?.rsplit_once('.')
}

/// Reads `<slug>.<lang>.md` into its slug and language.
pub fn parse_file_name(path: &Path, languages: &Languages) -> Result<(String, Lang), Diagnostic> {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default();
    let stem = name.strip_suffix(".md").unwrap_or(name);
    let Some((slug, code)) = stem.rsplit_once('.') else {
        return Err(Diagnostic::error(
            path,
            format!(
                "file name must be `<slug>.<lang>.md` with lang one of {}",
                languages.codes()
            ),
        ));
    };
    let lang = languages.find(code).ok_or_else(|| {
        Diagnostic::error(
            path,
            format!(
                "`{code}` is not a language of this site ({}); name the file `<slug>.<lang>.md` or add the language to steppe.yaml",
                languages.codes()
            ),
        )
    })?;
    if !is_valid_slug(slug) {
        return Err(Diagnostic::error(
            path,
            format!("`{slug}` is not a valid slug: use lowercase ASCII letters, digits and `-` (at most 80)"),
        ));
    }
    Ok((slug.to_owned(), lang))
}

/// A language version's own URL slug (`slug:`) may be in its own script, as readers of that
/// language expect (`/ar/articles/كازاخستان-تنضم/`): lowercase letters of any script, digits,
/// combining marks and `-`, at most 80 characters. ASCII punctuation, spaces, controls and
/// capitals are refused, so the slug stays one clean path segment; an article's key (the file
/// name) keeps to ASCII, since it is also typed on the command line and in links.
pub fn is_valid_url_slug(slug: &str) -> bool {
    let allowed = |c: char| match c {
        'a'..='z' | '0'..='9' | '-' => true,
        c if c.is_ascii() => false,
        c => !c.is_whitespace() && !c.is_control() && !c.is_uppercase() && !is_punctuation(c),
    };
    !slug.is_empty()
        && slug.chars().count() <= 80
        && !slug.starts_with('-')
        && !slug.ends_with('-')
        && slug.chars().all(allowed)
}

/// Non-ASCII punctuation that has no place in a path segment: Latin-1 symbols, general
/// punctuation (dashes, quotes, spaces), CJK and Arabic punctuation, and the replacement
/// character.
fn is_punctuation(c: char) -> bool {
    matches!(c,
        '\u{A0}'..='\u{BF}' | '\u{D7}' | '\u{F7}' | '\u{2000}'..='\u{206F}' | '\u{3000}'..='\u{303F}'
        | '\u{60C}' | '\u{61B}' | '\u{61F}' | '\u{66A}'..='\u{66D}' | '\u{6D4}' | '\u{FEFF}' | '\u{FFFD}')
}

/// Slugs become URL path segments, so they are kept to a safe ASCII alphabet.
pub fn is_valid_slug(slug: &str) -> bool {
    !slug.is_empty()
        && slug.len() <= 80
        && !slug.starts_with('-')
        && slug
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_give_slug_and_language() {
        let languages = crate::config::Config::parse(Path::new("."), crate::config::tests::MINIMAL)
            .unwrap()
            .languages;
        let parse = |name: &str| parse_file_name(Path::new(name), &languages);
        let (slug, lang) = parse("content/articles/kz-deals.ar.md").unwrap();
        assert_eq!((slug.as_str(), lang), ("kz-deals", Lang::AR));
        let unknown = parse("x.de.md").unwrap_err().to_string();
        assert!(unknown.contains("(en, fr, ar)"), "{unknown}");
        assert!(parse("x.md").is_err());
        assert!(parse("..\\evil.en.md").is_err());
        assert!(parse("Upper.en.md").is_err());
    }

    #[test]
    fn a_versions_own_slug_may_be_in_its_script_but_stays_one_clean_segment() {
        for good in [
            "kazakhstan-joins",
            "كازاخستان-تنضم-إلى-اتفاقيات",
            "казахстан-2025",
            "अनुच्छेद-४",
        ] {
            assert!(is_valid_url_slug(good), "{good}");
        }
        for bad in [
            "",
            "-lead",
            "trail-",
            "Capital",
            "Казахстан",
            "two words",
            "a/b",
            "a?b",
            "a%20b",
            "quote«",
            "a\u{200F}b",
            "a\u{60C}b",
        ] {
            assert!(!is_valid_url_slug(bad), "{bad:?}");
        }
        assert!(!is_valid_url_slug(&"ك".repeat(81)));
    }
}
