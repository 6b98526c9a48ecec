//! Links the first mention of each known name in running text (not in headings, links or
//! code) to a page about it, as article pages link people and organizations.

use pulldown_cmark::{CowStr, Event, Tag, TagEnd};

/// A name to find and where its first mention should lead.
#[derive(Debug, Clone)]
pub struct NameLink {
    pub name: String,
    pub href: String,
    /// Another name of the same entity; once any is linked, the others are not.
    pub group: usize,
}

/// Finds where a name is mentioned in a text, as the caller defines a mention.
pub type Finder = fn(&str, &str) -> Option<usize>;

/// The names one page links, and the prefix that leads from that page to their `href`s.
#[derive(Clone, Copy)]
pub struct Names<'a> {
    pub links: &'a [NameLink],
    pub find: Finder,
    pub href_prefix: &'a str,
}

impl Default for Names<'_> {
    fn default() -> Self {
        Names {
            links: &[],
            find: |_, _| None,
            href_prefix: "",
        }
    }
}

pub struct AutoLinks<'a, I> {
    inner: I,
    names: &'a Names<'a>,
    linked: Vec<usize>,
    depth_excluded: usize,
    pending: std::vec::IntoIter<Event<'a>>,
}

impl<'a, I: Iterator<Item = Event<'a>>> AutoLinks<'a, I> {
    pub fn new(inner: I, names: &'a Names<'a>) -> Self {
        AutoLinks {
            inner,
            names,
            linked: Vec::new(),
            depth_excluded: 0,
            pending: Vec::new().into_iter(),
        }
    }

    /// Splits `text` around the earliest unlinked name it mentions.
    fn link(&mut self, text: CowStr<'a>) -> Vec<Event<'a>> {
        let found = self
            .names
            .links
            .iter()
            .filter(|n| !self.linked.contains(&n.group))
            .filter_map(|n| (self.names.find)(&text, &n.name).map(|at| (at, n)))
            .min_by_key(|(at, n)| (*at, std::cmp::Reverse(n.name.len())));
        let Some((at, name)) = found else {
            return vec![Event::Text(text)];
        };
        self.linked.push(name.group);
        let end = at + name.name.len();
        let href = format!("{}{}", self.names.href_prefix, name.href);
        let href = html_escape::encode_double_quoted_attribute(&href);
        let mut events = Vec::new();
        if at > 0 {
            events.push(Event::Text(CowStr::from(text[..at].to_owned())));
        }
        events.push(Event::Html(CowStr::from(format!(
            "<a class=\"name-link\" href=\"{href}\">"
        ))));
        events.push(Event::Text(CowStr::from(text[at..end].to_owned())));
        events.push(Event::Html(CowStr::from("</a>")));
        if end < text.len() {
            events.extend(self.link(CowStr::from(text[end..].to_owned())));
        }
        events
    }
}

impl<'a, I: Iterator<Item = Event<'a>>> Iterator for AutoLinks<'a, I> {
    type Item = Event<'a>;

    fn next(&mut self) -> Option<Event<'a>> {
        if let Some(event) = self.pending.next() {
            return Some(event);
        }
        let event = self.inner.next()?;
        match &event {
            Event::Start(Tag::Heading { .. } | Tag::Link { .. } | Tag::CodeBlock(_) | Tag::Image { .. }) => {
                self.depth_excluded += 1
            }
            Event::End(TagEnd::Heading(_) | TagEnd::Link | TagEnd::CodeBlock | TagEnd::Image) => {
                self.depth_excluded = self.depth_excluded.saturating_sub(1)
            }
            Event::Text(_) if self.depth_excluded == 0 && !self.names.links.is_empty() => {
                let Event::Text(text) = event else { unreachable!() };
                self.pending = self.link(text).into_iter();
                return self.pending.next();
            }
            _ => {}
        }
        Some(event)
    }
}
