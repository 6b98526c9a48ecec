//! The ingest evaluation: raw pages written in the manner of many kinds of sites
//! (tests/fixtures/ingest-eval/{tune,holdout,holdout2,…,holdout7}/*.txt) and saved web pages (`*.html`), each with an
//! answer file (`*.yaml`). The scorer compares what `ingest::extract` (`extract_html` for saved
//! pages) finds with the answers, field by field and body by body,
//! prints the figures (`cargo test --release ingest_eval -- --nocapture`) and asserts a floor per
//! part. `holdout/`, `holdout2/`, `holdout3/` and `holdout4/` are only scored, never tuned on (holdout3 was, once: see docs/ingest.md): it tells whether a rule generalises.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use steppe::config::{Config, Topic};
use steppe::ingest::{self, Draft};

/// Floors for each part, as (fields right, bodies clean) out of (5 × pages, pages). Set to what the
/// rules achieve, so that any regression fails the test.
const TUNE_FLOOR: (usize, usize) = (148, 30);
const HOLDOUT_FLOOR: (usize, usize) = (74, 14);
/// A second holdout, written later against the failure kinds of issue 20: only ever scored.
const HOLDOUT2_FLOOR: (usize, usize) = (44, 9);
/// A third holdout of kinds of site no other part has (forum thread, PDF export, syndication
/// portal, parliament, academic journal, opinion column, AMP page...): written and scored before
/// any rule of its turn changed (38/50 and 7/10 cold); turn 4 wrote general rules for its misses,
/// so it is no longer unseen (docs/ingest.md).
const HOLDOUT3_FLOOR: (usize, usize) = (47, 9);
const HOLDOUT3_HTML_FLOOR: (usize, usize) = (10, 2);
/// A fourth holdout (trade association, local TV, chamber of commerce, blog platform, Maghreb
/// portal, ministry page), written after turn 4's rules and scored cold (27/30, 3/6); turn 5 wrote
/// general rules for its misses, so it is no longer unseen (docs/ingest.md).
const HOLDOUT4_FLOOR: (usize, usize) = (29, 6);
/// A fifth holdout (wire business desk, university news office, French regional daily, French
/// company release, Arabic news network, Arabic business council), written and committed before
/// any run, after turn 5's rules, and scored cold (30/30, 3/6); turn 6 wrote general rules for
/// its misses, so it is no longer unseen.
const HOLDOUT5_FLOOR: (usize, usize) = (30, 6);
/// A sixth holdout (podcast page, live blog, rail trade magazine, investor news site, museum,
/// wiki explainer, Telegram mirror, aviation magazine, photo agency, international broadcaster),
/// written blind by another hand and merged after turn 6's first rules; scored once cold (27/40,
/// 2/8; html 9/10, 0/2); turn 6 then wrote rules for its misses, so it is seen now and floored at
/// its after-score.
const HOLDOUT6_FLOOR: (usize, usize) = (27, 8);
const HOLDOUT6_HTML_FLOOR: (usize, usize) = (9, 1);
/// A seventh holdout (Central Asian English daily, press-release wire, fact-checking site,
/// opinion platform, Africa-focused French weekly, Belgian daily, Québec daily, Lebanese portal,
/// Gulf markets page, print view), written blind by another hand while turn 6's rules were
/// written, merged after them and scored once, cold (30/40, 6/8; html 8/10, 2/2): its floor is
/// that score. No rule was tuned on it.
const HOLDOUT7_FLOOR: (usize, usize) = (30, 6);
const HOLDOUT7_HTML_FLOOR: (usize, usize) = (8, 2);
/// The same for the saved web pages of each part.
const TUNE_HTML_FLOOR: (usize, usize) = (29, 6);
const HOLDOUT_HTML_FLOOR: (usize, usize) = (30, 6);

/// An answer file: what a careful editor would take from the page.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Answer {
    lang: String,
    /// The headline; a list when the page supports more than one reading.
    title: OneOrMore,
    /// The publication date (`YYYY-MM-DD`), or null when the page gives none.
    date: Option<String>,
    /// The publication's name, or null when the page does not say.
    source: Option<OneOrMore>,
    topics: Vec<String>,
    /// Sentences (or parts of them) that the body must contain.
    must_have: Vec<String>,
    /// Lines of the page that must not be in the body.
    must_not: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum OneOrMore {
    One(String),
    More(Vec<String>),
}

impl OneOrMore {
    fn accepts(&self, found: &str) -> bool {
        let found = fold(found);
        match self {
            OneOrMore::One(one) => fold(one) == found,
            OneOrMore::More(more) => more.iter().any(|one| fold(one) == found),
        }
    }

    fn first(&self) -> &str {
        match self {
            OneOrMore::One(one) => one,
            OneOrMore::More(more) => more.first().map_or("", String::as_str),
        }
    }
}

const FIELDS: [&str; 5] = ["lang", "title", "date", "source", "topics"];

/// The figures for one part of the corpus, and what went wrong, page by page.
#[derive(Debug, Default)]
struct Score {
    pages: usize,
    /// Right answers per field, in the order of `FIELDS`.
    right: [usize; 5],
    clean_bodies: usize,
    misses: Vec<String>,
}

impl Score {
    fn fields_right(&self) -> usize {
        self.right.iter().sum()
    }

    fn add(&mut self, page: &str, answer: &Answer, draft: Result<&Draft, &str>) {
        self.pages += 1;
        let draft = match draft {
            Ok(draft) => draft,
            Err(message) => {
                self.misses.push(format!("{page}: no article: {message}"));
                return;
            }
        };
        let front = &draft.front;
        let lang = draft.lang().to_string();
        let date = front.date.as_ref().map(ToString::to_string);
        let source = front.source.as_ref().and_then(|s| s.name.clone());
        let verdicts = [
            (lang == answer.lang, lang, answer.lang.clone()),
            (
                answer.title.accepts(&front.title),
                front.title.clone(),
                answer.title.first().to_owned(),
            ),
            (date == answer.date, format!("{date:?}"), format!("{:?}", answer.date)),
            (
                match (&source, &answer.source) {
                    (Some(found), Some(wanted)) => wanted.accepts(found),
                    (None, None) => true,
                    _ => false,
                },
                format!("{source:?}"),
                format!("{:?}", answer.source.as_ref().map(OneOrMore::first)),
            ),
            (
                sorted(&front.topics) == sorted(&answer.topics),
                format!("{:?}", front.topics),
                format!("{:?}", answer.topics),
            ),
        ];
        for (index, (ok, found, wanted)) in verdicts.into_iter().enumerate() {
            if ok {
                self.right[index] += 1;
            } else {
                self.misses
                    .push(format!("{page}: {}: got {found}, want {wanted}", FIELDS[index]));
            }
        }
        let body_misses = body_misses(&draft.body, answer);
        if body_misses.is_empty() {
            self.clean_bodies += 1;
        }
        self.misses
            .extend(body_misses.into_iter().map(|miss| format!("{page}: body {miss}")));
    }

    fn table_row(&self, part: &str) -> String {
        let mut row = format!("{part:<13} {:>5}", self.pages);
        for right in self.right {
            let _ = write!(row, " {:>6}", format!("{right}/{}", self.pages));
        }
        let _ = write!(
            row,
            " {:>8} {:>7}",
            format!("{}/{}", self.fields_right(), 5 * self.pages),
            format!("{}/{}", self.clean_bodies, self.pages)
        );
        row
    }
}

/// What is wrong with a body: required sentences it lacks, page lines it keeps.
fn body_misses(markdown: &str, answer: &Answer) -> Vec<String> {
    let body = fold(&plain(markdown));
    let missing = answer
        .must_have
        .iter()
        .filter(|s| !body.contains(&fold(s)))
        .map(|s| format!("lacks {s:?}"));
    let kept = answer
        .must_not
        .iter()
        .filter(|s| body.contains(&fold(s)))
        .map(|s| format!("keeps {s:?}"));
    missing.chain(kept).collect()
}

/// The body's text without markdown: escapes, heading and list marks gone, one line.
fn plain(markdown: &str) -> String {
    let mut text = String::new();
    for line in markdown.lines() {
        let line = line
            .strip_prefix("## ")
            .or_else(|| line.strip_prefix("- "))
            .unwrap_or(line);
        let mut chars = line.chars().peekable();
        while let Some(c) = chars.next() {
            if c == '\\' && chars.peek().is_some_and(char::is_ascii_punctuation) {
                continue;
            }
            text.push(c);
        }
        text.push(' ');
    }
    text
}

/// Whitespace collapsed, typographic apostrophes folded: the same text however it was typed.
fn fold(text: &str) -> String {
    let text: String = text
        .chars()
        .map(|c| match c {
            '’' | '‘' | 'ʼ' => '\'',
            '\u{a0}' | '\u{202f}' => ' ',
            _ => c,
        })
        .collect();
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn sorted(list: &[String]) -> Vec<String> {
    let mut list = list.to_vec();
    list.sort();
    list
}

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/ingest-eval")
}

fn topics() -> Vec<Topic> {
    Config::load(Path::new(env!("CARGO_MANIFEST_DIR"))).unwrap().topics
}

/// The pages of a part of one kind (`txt`, `html`) with their answers, in file-name order.
fn pages(part: &str, kind: &str) -> Vec<(String, String, Answer)> {
    let mut names: Vec<PathBuf> = std::fs::read_dir(corpus().join(part))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == kind))
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|path| {
            let answer_path = path.with_extension("yaml");
            let answer_text = std::fs::read_to_string(&answer_path)
                .unwrap_or_else(|e| panic!("{}: every page needs an answer file: {e}", answer_path.display()));
            let answer: Answer = steppe::yaml::parse(&answer_path, &answer_text, 1).unwrap_or_else(|d| panic!("{d}"));
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read_to_string(&path).unwrap(), answer)
        })
        .collect()
}

fn score(part: &str, kind: &str, topics: &[Topic]) -> Score {
    let mut score = Score::default();
    for (name, text, answer) in pages(part, kind) {
        let draft = match kind {
            "html" => ingest::extract_html(&name, &text, topics),
            _ => ingest::extract(&name, &text, topics),
        };
        score.add(
            &format!("{part}/{name}"),
            &answer,
            draft.as_ref().map_err(String::as_str),
        );
    }
    score
}

#[test]
fn ingest_eval_meets_its_floor_on_both_parts() {
    let topics = topics();
    let floors = [
        ("tune", "txt", TUNE_FLOOR, 30),
        ("holdout", "txt", HOLDOUT_FLOOR, 15),
        ("holdout2", "txt", HOLDOUT2_FLOOR, 9),
        ("tune", "html", TUNE_HTML_FLOOR, 6),
        ("holdout", "html", HOLDOUT_HTML_FLOOR, 6),
        ("holdout3", "txt", HOLDOUT3_FLOOR, 10),
        ("holdout3", "html", HOLDOUT3_HTML_FLOOR, 2),
        ("holdout4", "txt", HOLDOUT4_FLOOR, 6),
        ("holdout5", "txt", HOLDOUT5_FLOOR, 6),
        ("holdout6", "txt", HOLDOUT6_FLOOR, 8),
        ("holdout6", "html", HOLDOUT6_HTML_FLOOR, 2),
        ("holdout7", "txt", HOLDOUT7_FLOOR, 8),
        ("holdout7", "html", HOLDOUT7_HTML_FLOOR, 2),
    ];
    let scores: Vec<Score> = floors
        .iter()
        .map(|(part, kind, ..)| score(part, kind, &topics))
        .collect();
    println!("part          pages   lang  title   date source topics   fields  bodies");
    for ((part, kind, ..), score) in floors.iter().zip(&scores) {
        println!("{}", score.table_row(&format!("{part} {kind}")));
    }
    for miss in scores.iter().flat_map(|s| &s.misses) {
        println!("  {miss}");
    }
    for ((part, kind, (fields, bodies), pages), score) in floors.iter().zip(&scores) {
        assert!(score.pages >= *pages, "{part} {kind}: the corpus lost pages");
        assert!(
            score.fields_right() >= *fields && score.clean_bodies >= *bodies,
            "{part} {kind}: {} fields right (floor {fields}), {} clean bodies (floor {bodies})",
            score.fields_right(),
            score.clean_bodies
        );
    }
}

#[test]
fn ingest_eval_counts_wrong_answers_as_wrong() {
    let topics = topics();
    let (name, text, mut answer) = pages("holdout", "txt").remove(0);
    let draft = ingest::extract(&name, &text, &topics).unwrap();
    // A body sentence as a forbidden line, a sentence the page lacks, another title and date.
    let kept = plain(&draft.body).split(". ").next().unwrap().to_owned();
    answer.must_not.push(kept);
    answer
        .must_have
        .push("A sentence that no page of the corpus contains.".to_owned());
    answer.title = OneOrMore::One(format!("{} (changed)", draft.front.title));
    answer.date = Some("1999-01-01".to_owned());
    let mut score = Score::default();
    score.add(&name, &answer, Ok(&draft));
    assert_eq!(score.clean_bodies, 0, "{:?}", score.misses);
    assert_eq!((score.right[1], score.right[2]), (0, 0), "{:?}", score.misses);
    assert!(score.misses.iter().any(|m| m.contains("keeps")) && score.misses.iter().any(|m| m.contains("lacks")));
}
