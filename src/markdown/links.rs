//! Links by file, as Zola and Hugo users write them: `[talks](other.en.md)` (that language),
//! `[talks](other.md)` (the page's own language), `[talks](other.md#part)` and `[x](#part)`.
//! Each becomes the relative URL of the page it names; a link to a file, language or heading
//! that does not exist is a problem at its offset in the markdown, which the caller turns into
//! a build error at `file:line:column`.

use std::collections::HashSet;
use std::ops::Range;

use pulldown_cmark::{CowStr, Event, Parser, Tag};

/// What the site answers about the file a link names, seen from the page being rendered.
pub trait Targets {
    /// The link from the page to `file`'s page (`other.en.md`, or `other.md` in the page's
    /// language), as the site's routes make it, or why there is none.
    fn href(&self, file: &str) -> Result<String, String>;
    /// The heading ids of `file`'s page, to check a `#part` against.
    fn anchors(&self, file: &str) -> HashSet<String>;
}

/// A link that leads nowhere, at a byte range of the markdown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BrokenLink {
    pub at: Range<usize>,
    pub message: String,
}

/// Rewrites `.md` links in `events` to page URLs; `broken` collects those that lead nowhere.
/// `own_ids` are the page's heading ids, for `#part` links within it.
pub fn rewrite<'a>(
    events: impl Iterator<Item = (Event<'a>, Range<usize>)>,
    targets: &dyn Targets,
    own_ids: &HashSet<String>,
    broken: &mut Vec<BrokenLink>,
) -> Vec<(Event<'a>, Range<usize>)> {
    events
        .map(|(event, at)| match event {
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let dest_url = match resolve(&dest_url, targets, own_ids) {
                    Ok(Some(url)) => CowStr::from(url),
                    Ok(None) => dest_url,
                    Err(message) => {
                        broken.push(BrokenLink {
                            at: at.clone(),
                            message,
                        });
                        dest_url
                    }
                };
                let link = Event::Start(Tag::Link {
                    link_type,
                    dest_url,
                    title,
                    id,
                });
                (link, at)
            }
            other => (other, at),
        })
        .collect()
}

/// `Ok(Some(url))` for a link by file, `Ok(None)` for any other link (left as it is).
fn resolve(dest: &str, targets: &dyn Targets, own_ids: &HashSet<String>) -> Result<Option<String>, String> {
    let (path, anchor) = match dest.split_once('#') {
        Some((path, anchor)) => (path, Some(anchor)),
        None => (dest, None),
    };
    if path.is_empty() {
        return match anchor {
            Some(anchor) if !anchor.is_empty() && !own_ids.contains(&decode(anchor)) => {
                Err(format!("link to `#{anchor}`: this page has no heading with that id"))
            }
            _ => Ok(None),
        };
    }
    let is_file_link = !crate::web_url::is_external(path) && !path.starts_with('/') && path.ends_with(".md");
    if !is_file_link {
        return Ok(None);
    }
    // `./other.md` and `../articles/other.md` name the same file as `other.md`: files are
    // found by name, since every article lives in one folder.
    let file = path.rsplit('/').next().unwrap_or(path);
    let mut href = targets.href(file).map_err(|m| format!("link to `{dest}`: {m}"))?;
    if let Some(anchor) = anchor.filter(|a| !a.is_empty()) {
        if !targets.anchors(file).contains(&decode(anchor)) {
            return Err(format!(
                "link to `{dest}`: that page has no heading with the id `{anchor}`"
            ));
        }
        href.push('#');
        href.push_str(anchor);
    }
    Ok(Some(href))
}

fn decode(anchor: &str) -> String {
    percent_encoding::percent_decode_str(anchor)
        .decode_utf8_lossy()
        .into_owned()
}

/// The ids `render` gives the headings of `markdown`.
pub fn heading_ids(markdown: &str) -> HashSet<String> {
    let events = Parser::new_ext(markdown, super::OPTIONS);
    let mut anchors = super::HeadingAnchors::new(events);
    anchors.by_ref().for_each(drop);
    anchors
        .used
        .into_iter()
        .map(|id| html_escape::decode_html_entities(&id).into_owned())
        .collect()
}

/// True when `markdown` has a link `rewrite` would check or change, so plain pages skip the
/// work.
pub fn has_checked_links(markdown: &str) -> bool {
    markdown.contains(".md") || markdown.contains("](#")
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Site;

    impl Targets for Site {
        fn href(&self, file: &str) -> Result<String, String> {
            match file {
                "talks.fr.md" => Ok("../../fr/articles/talks/".to_owned()),
                "talks.md" => Ok("../../en/articles/talks/".to_owned()),
                _ => Err("there is no such article or page".to_owned()),
            }
        }
        fn anchors(&self, _: &str) -> HashSet<String> {
            heading_ids("## The talks\n\n## Les accords\n")
        }
    }

    fn run(dest: &str) -> Result<Option<String>, String> {
        resolve(dest, &Site, &heading_ids("# Mine\n"))
    }

    #[test]
    fn file_links_become_page_urls() {
        assert_eq!(run("talks.fr.md").unwrap().unwrap(), "../../fr/articles/talks/");
        assert_eq!(
            run("./talks.md#the-talks").unwrap().unwrap(),
            "../../en/articles/talks/#the-talks"
        );
        assert_eq!(run("https://example.org/a.md").unwrap(), None);
        assert_eq!(run("#mine").unwrap(), None);
    }

    #[test]
    fn broken_files_and_anchors_are_refused() {
        assert!(run("nowhere.md").unwrap_err().contains("no such article"));
        assert!(
            run("talks.md#nope")
                .unwrap_err()
                .contains("no heading with the id `nope`")
        );
        assert!(run("#nope").unwrap_err().contains("this page has no heading"));
    }
}
