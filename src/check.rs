//! `steppe check`: what a build does not refuse but a reader or a search engine would trip
//! on. Broken internal links and anchors, pages without `lang`/`dir`, images without alt text
//! (in the built output), and articles missing a translation, a summary, or dated in the future.

mod editorial;
pub mod html;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use crate::config::Config;
use crate::content::Corpus;
use crate::date::Date;
use crate::error::Diagnostic;
use crate::i18n::Languages;
use crate::site::jobs::{PageJob, PageTable};

/// The markdown each output page was rendered from, so a problem of a link the author wrote
/// is reported at the file and line that hold it, not at the built page.
#[derive(Debug, Default)]
pub struct Sources<'a> {
    /// Output file → (markdown file, its body, the file line the body starts on).
    by_output: BTreeMap<String, (&'a Path, &'a str, usize)>,
}

impl<'a> Sources<'a> {
    /// The markdown behind each page of `table` that has one: articles, pages and the topic
    /// pages that have an introduction. The file names come from the page table, as the
    /// build's do.
    pub fn of(corpus: &'a Corpus, config: &Config, table: &PageTable) -> Sources<'a> {
        let mut by_output = BTreeMap::new();
        for entry in table.entries() {
            let source = match entry.job {
                PageJob::Article(index) => {
                    let article = &corpus.articles()[index];
                    (article.path.as_path(), article.body.as_str(), article.body_line)
                }
                PageJob::Page(index) => {
                    let page = &corpus.pages()[index];
                    (page.path.as_path(), page.body.as_str(), page.body_line)
                }
                PageJob::Topic(lang, index) => match corpus.topic_intro(&config.topics[index].key, lang) {
                    Some(intro) => (intro.path.as_path(), intro.body.as_str(), intro.body_line),
                    None => continue,
                },
                _ => continue,
            };
            by_output.insert(entry.file.clone(), source);
        }
        Sources { by_output }
    }

    /// Where in the markdown of output page `page` the link `link` is written, if it is: the
    /// markdown file, line and column.
    fn locate(&self, page: &str, link: &str) -> Option<(&'a Path, usize, usize)> {
        let (path, body, body_line) = self.by_output.get(page)?;
        // pulldown-cmark percent-encodes what the author wrote: look for both spellings.
        let decoded = percent_decode(link);
        let at = [link, decoded.as_str()]
            .into_iter()
            .filter(|l| !l.is_empty())
            .find_map(|l| {
                ["](", "](<", "href=\"", "src=\"", "]: "]
                    .iter()
                    .find_map(|lead| body.find(&format!("{lead}{l}")).map(|i| i + lead.len()))
            })?;
        let before = &body[..at];
        let line = body_line + before.matches('\n').count();
        let column = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
        Some((*path, line, column))
    }
}

/// Problems in the built site; `prefix` is prepended to output paths in messages ("public/").
/// A problem of a link written in an article, page or topic introduction is reported at its
/// markdown file and line (found through `sources`); the output page names only what the theme
/// wrote.
pub fn check_output(files: &BTreeMap<String, Vec<u8>>, prefix: &str, sources: &Sources<'_>) -> Vec<Diagnostic> {
    let pages: BTreeMap<&str, Vec<html::Tag>> = files
        .iter()
        .filter(|(path, _)| path.ends_with(".html"))
        .map(|(path, bytes)| (path.as_str(), html::tags(&String::from_utf8_lossy(bytes))))
        .collect();
    let ids: BTreeMap<&str, BTreeSet<&str>> = pages
        .iter()
        .map(|(path, tags)| {
            (
                *path,
                tags.iter()
                    .filter_map(|t| t.get("id").or_else(|| t.get("name").filter(|_| t.name == "a")))
                    .collect(),
            )
        })
        .collect();
    let mut problems = Vec::new();
    for (path, tags) in &pages {
        let at = |message: String| Diagnostic::error(format!("{prefix}{path}"), message);
        match tags.iter().find(|t| t.name == "html") {
            Some(tag) if tag.get("lang").is_some_and(|v| !v.is_empty()) && tag.get("dir").is_some() => {}
            _ => problems.push(at("the page has no `lang` and `dir` on <html>".to_owned())),
        }
        for tag in tags {
            if tag.name == "img" && tag.get("alt").is_none() {
                problems.push(at(format!("image {} has no alt text", tag.get("src").unwrap_or("?"))));
            }
            // The 404 page is served at any depth and finds its root by script.
            if *path == "404.html" {
                continue;
            }
            for attribute in ["href", "src"] {
                let Some(link) = tag.get(attribute) else { continue };
                if let Some(problem) = check_link(path, link, files, &ids) {
                    let diagnostic = match sources.locate(path, link) {
                        Some((source, line, column)) => {
                            Diagnostic::error(source, format!("{problem} (on {prefix}{path})")).at(line, column)
                        }
                        None => at(problem),
                    };
                    problems.push(diagnostic);
                }
            }
        }
    }
    problems
}

/// Why `link` on the page `from` does not lead anywhere, if it does not.
fn check_link(
    from: &str,
    link: &str,
    files: &BTreeMap<String, Vec<u8>>,
    ids: &BTreeMap<&str, BTreeSet<&str>>,
) -> Option<String> {
    if link.is_empty() || crate::web_url::is_external(link) {
        return None;
    }
    if link.starts_with('/') {
        return Some(format!(
            "link {link} is root-absolute; it breaks when the site is served under a sub-path"
        ));
    }
    let fragment = link.split_once('#').map(|(_, f)| f);
    let Some(target) = link_target(from, link) else {
        return Some(format!("link {link} leads outside the site"));
    };
    if !files.contains_key(&target) {
        return Some(format!("broken link {link}: there is no {target}"));
    }
    match fragment {
        Some(anchor) if !anchor.is_empty() && target.ends_with(".html") => {
            let decoded = percent_decode(anchor);
            let known = ids
                .get(target.as_str())
                .is_some_and(|set| set.contains(decoded.as_str()));
            (!known).then(|| format!("link {link}: {target} has no anchor #{decoded}"))
        }
        _ => None,
    }
}

/// The output file that the relative `link` (fragment and query allowed) on the page `from`
/// leads to, as a browser resolves it; `None` if it climbs out of the site.
pub fn link_target(from: &str, link: &str) -> Option<String> {
    let path = link.split('#').next().unwrap_or_default();
    if path.is_empty() {
        return Some(from.to_owned());
    }
    // A browser asks the server for the decoded path: `%D8%A7…/` is the folder `ا…/`.
    resolve(from, &percent_decode(path.split('?').next().unwrap_or_default()))
}

/// The output file a relative link from `from` points at (`None` if it climbs out).
fn resolve(from: &str, link: &str) -> Option<String> {
    let mut parts: Vec<&str> = from.split('/').collect();
    parts.pop();
    for segment in link.split('/') {
        match segment {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            s => parts.push(s),
        }
    }
    let mut path = parts.join("/");
    if link.ends_with('/') || link.ends_with("..") || link == "." {
        if !path.is_empty() {
            path.push('/');
        }
        path.push_str("index.html");
    }
    Some(path)
}

fn percent_decode(text: &str) -> String {
    // Works on bytes, so an escape next to a multi-byte character (`#%€x`) is left as it is
    // instead of slicing through the character.
    percent_encoding::percent_decode_str(text)
        .decode_utf8_lossy()
        .into_owned()
}

/// What an editor would catch: undated or unfiled articles, translations filed under other
/// topics than their original, topics without an introduction, placeholder text.
pub fn check_editorial(config: &crate::config::Config, corpus: &Corpus) -> Vec<Diagnostic> {
    let mut problems = editorial::articles(corpus);
    problems.extend(editorial::topic_intros(config, corpus));
    problems
}

/// Problems in the content: missing translations and summaries, dates after `today`.
pub fn check_content(corpus: &Corpus, languages: &Languages, today: Date) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    let mut slugs: Vec<&str> = corpus.articles().iter().map(|a| a.slug.as_str()).collect();
    slugs.dedup();
    for slug in slugs {
        let versions = corpus.translations(slug);
        let present: Vec<&crate::content::Article> = versions.iter().flatten().copied().collect();
        let first = present[0];
        for (lang, version) in languages.langs().zip(versions) {
            if version.is_none() {
                problems.push(Diagnostic::warning(
                    &first.path,
                    format!(
                        "article `{slug}` has no {} translation ({})",
                        languages.name(lang),
                        Path::new(&first.path)
                            .with_file_name(format!("{slug}.{lang}.md"))
                            .display()
                    ),
                ));
            }
        }
    }
    problems.extend(editorial::stale_translations(corpus));
    for article in corpus.articles() {
        if article.front.summary.as_deref().is_none_or(|s| s.trim().is_empty()) {
            problems.push(Diagnostic::warning(
                &article.path,
                "no `summary`: lists, feeds and link previews will show nothing",
            ));
        }
        if let Some(date) = article.date().filter(|d| *d > today) {
            problems.push(Diagnostic::error(
                &article.path,
                format!("`date: {date}` is in the future (today is {today})"),
            ));
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site(pages: &[(&str, &str)]) -> BTreeMap<String, Vec<u8>> {
        pages
            .iter()
            .map(|(p, h)| (p.to_string(), h.as_bytes().to_vec()))
            .collect()
    }

    #[test]
    fn finds_broken_links_missing_anchors_lang_and_alt() {
        let files = site(&[
            (
                "en/index.html",
                "<html lang=en dir=ltr><a href=\"a/\">ok</a><a href=\"a/#here\">ok</a><a href=\"a/#gone\">x</a><a href=\"missing/\">x</a><img src=\"p.png\"><a href=\"/abs/\">x</a>",
            ),
            ("en/a/index.html", "<html lang=en><h2 id=here>h</h2>"),
            ("en/p.png", ""),
        ]);
        let problems: Vec<String> = check_output(&files, "public/", &Sources::default())
            .iter()
            .map(ToString::to_string)
            .collect();
        assert!(
            problems
                .iter()
                .any(|p| p.contains("public/en/index.html: link a/#gone: en/a/index.html has no anchor #gone")),
            "{problems:?}"
        );
        assert!(
            problems.iter().any(|p| p.contains("broken link missing/")),
            "{problems:?}"
        );
        assert!(problems.iter().any(|p| p.contains("image p.png has no alt text")));
        assert!(problems.iter().any(|p| p.contains("root-absolute")));
        assert!(
            problems
                .iter()
                .any(|p| p == "public/en/a/index.html: the page has no `lang` and `dir` on <html>"),
            "{problems:?}"
        );
        assert_eq!(problems.len(), 5, "{problems:?}");
    }

    #[test]
    fn only_real_markup_is_checked() {
        // A comment, a script closed in capitals and the text of title and textarea hold
        // what looks like links; none of them is one.
        let files = site(&[(
            "index.html",
            "<html lang=en dir=ltr><title>a <a href=t/>t</a></title><!--><a href=ok.html>ok</a><script>'<a href=s/>'</SCRIPT><textarea><img src=x.png></textarea><a href=real/>r</a>",
        )]);
        let problems: Vec<String> = check_output(&files, "", &Sources::default())
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(
            problems,
            [
                "index.html: broken link ok.html: there is no ok.html",
                "index.html: broken link real/: there is no real/index.html"
            ]
        );
    }

    #[test]
    fn relative_links_resolve_like_a_browser() {
        assert_eq!(
            resolve("en/articles/x/index.html", "../../topics/"),
            Some("en/topics/index.html".into())
        );
        assert_eq!(resolve("index.html", "../x"), None);
        assert_eq!(link_target("en/a.html", "#top"), Some("en/a.html".into()));
        assert_eq!(link_target("en/a.html", "b/?q=1#x"), Some("en/b/index.html".into()));
        assert_eq!(link_target("en/a.html", "caf%C3%A9.png"), Some("en/café.png".into()));
        assert_eq!(percent_decode("caf%C3%A9"), "café");
        // Regression: a `%` followed by a multi-byte character used to panic (issue 15).
        assert_eq!(percent_decode("%€x"), "%€x");
        assert_eq!(percent_decode("%2"), "%2");
    }
}
