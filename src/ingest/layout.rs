//! Where each line of a page stands: the head (headline, date, byline and menus before the
//! article), the body (paragraphs, headings, list items), labelled parts (summary, link) and the
//! tail (comments, related articles, footers). What counts as boilerplate is `boilerplate`'s rule.

use std::collections::HashMap;

use super::boilerplate::{self, Ending};
use super::date::{self, Stamp};
use super::labels::{self, Label};
use super::{about, line, masthead, source};

/// A page read into its parts.
#[derive(Debug, Default)]
pub struct Layout {
    /// Lines before the body that no rule removed.
    pub head: Vec<HeadLine>,
    /// The publication's name at the top of the page, when the page corroborates it.
    pub masthead: Option<String>,
    pub blocks: Vec<Block>,
    /// The text after a "Summary:" label.
    pub summary: Option<String>,
    /// The address after a "Link:"/"Source:" label.
    pub link: Option<String>,
    /// The name after a "Source:" label.
    pub source: Option<String>,
    /// The author's name from a "By …"/"Par …"/"بقلم …" line.
    pub byline: Option<String>,
    /// The page labels its text as generated.
    pub generated: bool,
    pub stamps: Vec<Stamp>,
    /// Non-blank lines of the page that are not in the body.
    pub removed: usize,
}

/// A line before the body: a headline, a standfirst, a section name, a tagline...
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeadLine {
    pub text: String,
    /// How often the line appears on the page.
    pub count: usize,
    /// Its line number (0-based) on the page.
    pub at: usize,
    /// The line comes right after the masthead: the site's tagline, if anything.
    pub under_masthead: bool,
}

/// A piece of the article body, as plain text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    Paragraph(String),
    Heading(String),
    Item(String),
}

impl Block {
    pub fn text(&self) -> &str {
        match self {
            Block::Paragraph(t) | Block::Heading(t) | Block::Item(t) => t,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Blank,
    /// Not decided yet: article text, or head material.
    Open,
    /// Used for a fact (label, summary, date), not for the body.
    Meta,
    Removed,
    Body,
}

struct Page<'a> {
    lines: &'a [String],
    roles: Vec<Role>,
    endings: Vec<Option<Ending>>,
    layout: Layout,
}

/// Reads clean lines into a layout.
pub fn read(lines: &[String]) -> Layout {
    let mut page = Page {
        lines,
        roles: lines
            .iter()
            .map(|l| if l.is_empty() { Role::Blank } else { Role::Open })
            .collect(),
        endings: (0..lines.len()).map(|i| ending_at(lines, i)).collect(),
        layout: Layout::default(),
    };
    page.take_labels();
    page.take_dates();
    page.take_bare_byline();
    let counts = page.drop_repeats();
    page.drop_boilerplate();
    if let Some(start) = page.body_start() {
        let end = page.body_end(start);
        page.build_body(start, end, &counts);
        page.take_dateline();
        page.collect_head(start, &counts);
        let outside: Vec<bool> = page.roles.iter().map(|r| *r != Role::Body).collect();
        // The author is not the publication, however often the page names them.
        let author = page.layout.byline.as_deref().map(line::key);
        if let Some((at, name)) = masthead::find(lines, &outside, start)
            .filter(|(_, name)| author.as_deref() != Some(line::key(name).as_str()))
        {
            page.layout.head.retain(|h| h.at != at);
            let next = page.next_filled(at + 1);
            for h in &mut page.layout.head {
                h.under_masthead = Some(h.at) == next;
            }
            page.layout.masthead = Some(name);
        }
    }
    page.finish()
}

impl<'a> Page<'a> {
    fn open(&self, i: usize) -> Option<&'a str> {
        let lines: &'a [String] = self.lines;
        (self.roles.get(i) == Some(&Role::Open)).then(|| lines[i].as_str())
    }

    /// The next line at or after `i` that is not blank, with its index.
    fn next_filled(&self, i: usize) -> Option<usize> {
        (i..self.lines.len()).find(|&j| self.roles[j] != Role::Blank)
    }

    fn take_labels(&mut self) {
        for i in 0..self.lines.len() {
            let Some((label, value)) = self.open(i).and_then(labels::parse) else {
                continue;
            };
            self.roles[i] = Role::Meta;
            match label {
                Label::Summary if value.is_empty() => self.take_summary(i + 1),
                Label::Summary => self.layout.summary = Some(value),
                Label::Generated => self.layout.generated = true,
                Label::Link | Label::Source => {
                    let value = if value.is_empty() {
                        self.take_value(i + 1)
                    } else {
                        Some(value)
                    };
                    match value {
                        Some(v) if labels::is_url(&v) => self.layout.link = Some(v),
                        Some(v) if label == Label::Source && line::words(&v) <= 8 => self.layout.source = Some(v),
                        _ => {}
                    }
                }
            }
        }
    }

    /// The paragraph after an empty "Summary:" label, up to a blank line, the next label, or the
    /// line that ends its last sentence: a summary is one paragraph, and a page copied without
    /// blank lines runs on into the article after it.
    fn take_summary(&mut self, from: usize) {
        let Some(first) = self.next_filled(from) else {
            return;
        };
        let mut parts = Vec::new();
        for i in first..self.lines.len() {
            match self.open(i) {
                Some(text) if labels::parse(text).is_none() => {
                    parts.push(text.to_owned());
                    self.roles[i] = Role::Meta;
                    let next = self.open(i + 1);
                    if line::ends_sentence(text) && !next.is_some_and(|n| n.starts_with(char::is_lowercase)) {
                        break;
                    }
                }
                _ => break,
            }
        }
        if !parts.is_empty() {
            self.layout.summary = Some(parts.join(" "));
        }
    }

    /// The short line after an empty "Link:" or "Source:" label: an address, a name or a placeholder.
    fn take_value(&mut self, from: usize) -> Option<String> {
        let i = self.next_filled(from)?;
        let text = self.open(i)?;
        if line::is_paragraph(text) || line::words(text) > 8 {
            return None;
        }
        self.roles[i] = Role::Meta;
        Some(text.to_owned())
    }

    fn take_dates(&mut self) {
        for i in 0..self.lines.len() {
            let Some(text) = self.open(i) else { continue };
            let stamps = date::stamps(text);
            if !stamps.is_empty() {
                self.layout.stamps.extend(stamps);
                self.roles[i] = Role::Meta;
            } else if let Some(name) = source::byline(text) {
                // Bylines can sit between a standfirst and the text; they are never body.
                self.layout.byline.get_or_insert(name);
                self.roles[i] = Role::Meta;
            } else if date::is_date_label(text) || date::is_relative(text) {
                // "Publié le" with its date missing, "il y a 5 heures": no date, and no headline.
                self.roles[i] = Role::Removed;
            }
        }
    }

    /// A byline without "By": a person's name alone on its line between the headline and the date
    /// line (blog platforms print "Jane Doe" then "6 min read · Dec 2, 2025"). It is the author,
    /// never the masthead.
    fn take_bare_byline(&mut self) {
        if self.layout.byline.is_some() {
            return;
        }
        for i in 1..self.lines.len() {
            let Some(text) = self.open(i) else { continue };
            let next = self.next_filled(i + 1);
            let dated = next.is_some_and(|j| self.roles[j] == Role::Meta && !date::stamps(&self.lines[j]).is_empty());
            let previous = (0..i).rev().find(|&j| self.roles[j] != Role::Blank);
            let under_headline = previous
                .and_then(|j| self.open(j))
                .is_some_and(|p| line::words(p) >= 4 && !line::ends_sentence(p) && !boilerplate::is_boilerplate(p));
            // A name the footer's copyright line gives is the site's, printed over the date.
            let owner = self
                .lines
                .iter()
                .any(|l| l.contains('©') && line::key(l).contains(&line::key(text)));
            if dated && under_headline && !owner && is_person_name(text) {
                self.layout.byline = Some(text.to_owned());
                self.roles[i] = Role::Meta;
                return;
            }
        }
    }

    /// Removes second and later copies of a line; returns how often each line appears.
    fn drop_repeats(&mut self) -> HashMap<String, usize> {
        let mut counts: HashMap<String, usize> = HashMap::new();
        for i in 0..self.lines.len() {
            if self.roles[i] == Role::Blank {
                continue;
            }
            let count = counts.entry(line::key(&self.lines[i])).or_default();
            *count += 1;
            if *count > 1 && self.roles[i] == Role::Open {
                self.roles[i] = Role::Removed;
            }
        }
        counts
    }

    fn drop_boilerplate(&mut self) {
        let author = self
            .layout
            .byline
            .as_deref()
            .map(|name| format!("{} ", line::key(name)));
        for i in 0..self.lines.len() {
            let Some(text) = self.open(i) else { continue };
            // "Jane Doe covers trade for…", "ليلى منصور باحثة في…": the author's note, not the article.
            let about_author = author
                .as_deref()
                .is_some_and(|name| line::key(text).starts_with(name) && line::words(text) <= 30);
            if about_author || boilerplate::is_boilerplate(text) || boilerplate::is_breadcrumb(text, self.lines) {
                self.roles[i] = Role::Removed;
            }
        }
    }

    /// The first real paragraph, moved back over a short lead sentence right before it.
    fn body_start(&self) -> Option<usize> {
        let open = |i: usize| self.open(i);
        let first = (0..self.lines.len())
            .find(|&i| open(i).is_some_and(line::is_paragraph) && !self.is_isolated(i))
            .or_else(|| (0..self.lines.len()).find(|&i| open(i).is_some_and(line::is_sentence)))?;
        let mut start = first;
        while let Some(prev) = (0..start).rev().find(|&j| self.roles[j] != Role::Blank)
            && open(prev).is_some_and(|t| line::words(t) >= 4 && t.trim_end().ends_with('.'))
        {
            start = prev;
        }
        Some(start)
    }

    /// A short paragraph above the article's own header (a headline-like line, then its date or
    /// byline) before the next paragraph: a site's tagline, not the lede. jusText's rule that a
    /// short block between bad ones is bad too.
    fn is_isolated(&self, i: usize) -> bool {
        if line::words(&self.lines[i]) >= 25 {
            return false;
        }
        let (mut heading, mut meta) = (false, false);
        for j in i + 1..self.lines.len() {
            match self.roles[j] {
                Role::Open if line::is_paragraph(&self.lines[j]) => return heading && meta,
                Role::Open if !line::ends_sentence(&self.lines[j]) => heading |= !meta,
                Role::Meta => meta = true,
                _ => {}
            }
        }
        false
    }

    /// Where the article stops: a comment section, or a related-articles list with no real paragraph after it.
    fn body_end(&self, start: usize) -> usize {
        let n = self.lines.len();
        (start + 1..n)
            .find(|&i| match self.endings[i] {
                Some(Ending::Hard) => true,
                Some(Ending::Soft) => !(i + 1..n).any(|j| self.open(j).is_some_and(line::is_substantial)),
                None => false,
            })
            .unwrap_or(n)
    }

    fn build_body(&mut self, start: usize, end: usize, counts: &HashMap<String, usize>) {
        // The lines each block was made from, so that a block dropped at the end leaves the body.
        let mut made_from: Vec<std::ops::Range<usize>> = Vec::new();
        let mut i = start;
        while i < end {
            let Some(text) = self.open(i) else {
                i += 1;
                continue;
            };
            // A line the page repeats that is no sentence, met inside the article, is a running
            // header or footer (a PDF export's "Institute | Brief No. 3", a section label): none of
            // its copies is text.
            if counts.get(&line::key(text)).is_some_and(|n| *n > 1) && !line::is_sentence(text) {
                self.roles[i] = Role::Removed;
                i += 1;
                continue;
            }
            if self.endings[i] == Some(Ending::Soft) {
                i = self.skip_link_list(i, end);
                continue;
            }
            let (block, used) = self.block_at(i, end, text);
            for j in i..i + used {
                self.roles[j] = if block.is_some() { Role::Body } else { Role::Removed };
            }
            if let Some(block) = block {
                self.layout.blocks.push(block);
                made_from.push(i..i + used);
            }
            i += used;
        }
        // The article ends with its last sentence: headings and headline links after it are not text.
        while let Some(Block::Heading(text) | Block::Paragraph(text)) = self.layout.blocks.last()
            && !line::ends_sentence(text)
            && line::words(text) < 13
        {
            self.layout.blocks.pop();
            for j in made_from.pop().expect("one range per block") {
                self.roles[j] = Role::Removed;
            }
        }
    }

    /// What line `i` is in the body, and how many lines it takes (wrapped paragraphs take several).
    fn block_at(&self, i: usize, end: usize, text: &str) -> (Option<Block>, usize) {
        let words = line::words(text);
        let wrapped = !line::ends_sentence(text)
            && self
                .open(i + 1)
                .is_some_and(|next| next.starts_with(char::is_lowercase));
        if wrapped || line::is_sentence(text) || words >= 13 || (words >= 3 && text.ends_with(':')) {
            return self.paragraph_at(i, end);
        }
        let heading = is_heading(text) && self.next_is_sentence(i + 1, end);
        // Short lines after "…include:" are a list.
        let in_list = match self.layout.blocks.last() {
            Some(Block::Paragraph(p)) => p.ends_with(':'),
            // A short line after an item is one more item: a heading there cannot be told apart.
            Some(Block::Item(_)) => true,
            _ => false,
        };
        if in_list {
            return (Some(Block::Item(text.to_owned())), 1);
        }
        if heading {
            return (Some(Block::Heading(text.to_owned())), 1);
        }
        if words >= 6 {
            return self.paragraph_at(i, end);
        }
        (None, 1)
    }

    /// A paragraph, joined with the lines that continue it when the text was hard-wrapped.
    fn paragraph_at(&self, i: usize, end: usize) -> (Option<Block>, usize) {
        let mut text = self.lines[i].clone();
        let mut used = 1;
        while !line::ends_sentence(&text)
            && let Some(next) = self.open(i + used).filter(|_| i + used < end)
            && next.starts_with(char::is_lowercase)
        {
            text.push(' ');
            text.push_str(next);
            used += 1;
        }
        (Some(Block::Paragraph(text)), used)
    }

    fn next_is_sentence(&self, from: usize, end: usize) -> bool {
        (from..end)
            .find(|&j| self.roles[j] == Role::Open)
            .is_some_and(|j| line::is_sentence(&self.lines[j]) || line::words(&self.lines[j]) >= 13)
    }

    /// The dateline opening the article's first paragraph, kept in the text as wire copy prints it.
    fn take_dateline(&mut self) {
        let year = date::page_year(&self.layout.stamps, self.lines);
        let first = self.layout.blocks.iter().find_map(|b| match b {
            Block::Paragraph(p) => Some(p.as_str()),
            _ => None,
        });
        if let Some(stamp) = first.and_then(|p| date::dateline(p, year)) {
            self.layout.stamps.push(stamp);
        }
    }

    /// Drops a "Read also"/"Related" marker and the headline links under it; returns where text resumes.
    fn skip_link_list(&mut self, marker: usize, end: usize) -> usize {
        self.roles[marker] = Role::Removed;
        let mut i = marker + 1;
        while i < end {
            match self.open(i) {
                Some(text) if line::is_sentence(text) => break,
                Some(_) => self.roles[i] = Role::Removed,
                None => {}
            }
            i += 1;
        }
        i
    }

    fn collect_head(&mut self, start: usize, counts: &HashMap<String, usize>) {
        for i in 0..start {
            if let Some(text) = self.open(i) {
                let count = counts.get(&line::key(text)).copied().unwrap_or(1);
                self.layout.head.push(HeadLine {
                    text: text.to_owned(),
                    count,
                    at: i,
                    under_masthead: false,
                });
            }
        }
    }

    fn finish(mut self) -> Layout {
        let filled = self.roles.iter().filter(|r| **r != Role::Blank).count();
        let kept = self.roles.iter().filter(|r| **r == Role::Body).count();
        self.layout.removed = filled - kept;
        self.layout
    }
}

/// How line `i` ends the article, if it does: a comment section or a related list, or the issuer's
/// "About …" section that closes a release (judged with the line under it).
fn ending_at(lines: &[String], i: usize) -> Option<Ending> {
    let next = lines[i + 1..].iter().find(|l| !l.is_empty()).map(String::as_str);
    boilerplate::ending(&lines[i]).or_else(|| about::opens_section(&lines[i], next).then_some(Ending::Hard))
}

/// Two to four capitalised words in Latin script, with no figures and no punctuation but hyphens and
/// apostrophes ("Nour Abdrakhmanova", "Jean-Marc O'Neill"): shaped like a person's name. Arabic
/// names have no capitals to tell them from a site's name, so only Latin ones count.
fn is_person_name(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    (2..=4).contains(&words.len())
        && !line::has_arabic(text)
        && words.iter().all(|w| {
            w.starts_with(char::is_uppercase)
                && w.chars().skip(1).any(char::is_lowercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'))
        })
}

/// A short line that can title a section: a few words, no sentence or list punctuation at the end.
fn is_heading(text: &str) -> bool {
    let words = line::words(text);
    (2..=12).contains(&words)
        && text.chars().count() <= 100
        && !text.ends_with([':', ',', ';', '-', '–'])
        && text
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || (c.is_alphabetic() && !c.is_lowercase()))
}

#[cfg(test)]
mod tests;
