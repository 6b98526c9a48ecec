//! The only ingest code that touches the output folder: finds what earlier runs wrote (by
//! `source.file`, so a hand-edited title or a renamed file keeps its slug), picks unique slugs, and
//! writes a file only when it is new, unchanged, or `--force` says so. A file that differs from
//! what ingest would write is a hand edit: it is kept and the difference reported.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use similar::TextDiff;

use super::{Status, slug};
use crate::content::article::split_file_name;
use crate::content::front_matter::{self, FrontMatter};
use crate::date::Date;
use crate::error::{Diagnostic, Error, Result};
use crate::i18n::Lang;

/// Longest diff shown for a kept hand edit, in lines.
const MAX_DIFF_LINES: usize = 40;

/// An article file already in the output folder.
#[derive(Debug)]
struct Existing {
    path: PathBuf,
    slug: String,
    /// `source.file` of an original (not a translation), when its front matter reads.
    source_file: Option<String>,
    /// The front matter, when it reads: `added`, `slug` and `aliases` are kept on re-ingest.
    front: Option<FrontMatter>,
}

/// The output folder as earlier runs and authors left it.
#[derive(Debug)]
pub struct Folder {
    dir: PathBuf,
    files: Vec<Existing>,
}

/// What an earlier run's file records that a new run keeps (see `Folder::kept_record`).
#[derive(Debug, Default)]
pub struct KeptRecord {
    pub added: Option<Date>,
    pub slug: Option<String>,
    pub aliases: Vec<String>,
}

/// Where an article goes and what to do there.
#[derive(Debug, Clone, Copy)]
pub struct Mode {
    pub force: bool,
    pub dry_run: bool,
}

impl Folder {
    /// Reads the front matter of every article in `dir` (a missing folder is empty).
    pub fn scan(dir: &Path) -> Result<Folder> {
        let entries = match std::fs::read_dir(dir) {
            Ok(entries) => entries,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Ok(Folder {
                    dir: dir.to_owned(),
                    files: Vec::new(),
                });
            }
            Err(e) => return Err(Error::io(dir, "read folder", e)),
        };
        let mut files: Vec<Existing> = entries
            .filter_map(|entry| entry.ok().map(|e| e.path()))
            .filter(|path| path.extension().is_some_and(|x| x == "md"))
            .filter_map(|path| {
                let slug = split_file_name(&path)?.0.to_owned();
                let front = std::fs::read_to_string(&path)
                    .ok()
                    .and_then(|text| read_front(&path, &text));
                let source_file = front
                    .as_ref()
                    .filter(|f| f.translated_from.is_none())
                    .and_then(|f| f.source.as_ref()?.file.clone());
                Some(Existing {
                    path,
                    slug,
                    source_file,
                    front,
                })
            })
            .collect();
        files.sort_by(|a, b| a.path.cmp(&b.path));
        Ok(Folder {
            dir: dir.to_owned(),
            files,
        })
    }

    /// The file an earlier run wrote for the raw file `source_file`.
    fn ingested(&self, source_file: &str) -> Option<&Existing> {
        self.files
            .iter()
            .find(|f| f.source_file.as_deref() == Some(source_file))
    }

    /// What the file an earlier run wrote for `source_file` records that ingest must keep: when
    /// the article was first taken in, and the old URLs that redirect to it. Given the new
    /// `slug` of a rename, the old one joins the aliases (unless the version has a `slug:` of
    /// its own, whose URL the rename does not change).
    pub fn kept_record(&self, source_file: &str, slug: &str) -> KeptRecord {
        let Some(existing) = self.ingested(source_file) else {
            return KeptRecord::default();
        };
        let Some(front) = &existing.front else {
            return KeptRecord::default();
        };
        KeptRecord {
            added: front.added,
            slug: front.slug.clone(),
            aliases: aliases_after_move(existing, slug),
        }
    }

    /// The slug for `source_file`: the one it already has, else a free one made from the title.
    /// `claimed` holds the slugs given out earlier in this run.
    pub fn slug_for(&self, source_file: &str, title: &str, claimed: &mut BTreeSet<String>) -> String {
        let slug = match self.ingested(source_file) {
            Some(existing) => existing.slug.clone(),
            None => {
                let stem = Path::new(source_file)
                    .file_stem()
                    .and_then(|s| s.to_str())
                    .unwrap_or("article");
                let base = slug::from_title(title)
                    .or_else(|| slug::from_title(stem))
                    .unwrap_or_else(|| "article".to_owned());
                slug::unique(&base, |s| claimed.contains(s) || self.files.iter().any(|f| f.slug == s))
            }
        };
        claimed.insert(slug.clone());
        slug
    }

    /// Writes (or, in a dry run, shows) `text` as `<slug>.<lang>.md` unless a hand edit is in the way.
    /// When the article an earlier run wrote for `source_file` has another slug (`--slug`), its
    /// files in every language move to the new slug first, as they are: a hand edit moves with
    /// them and is kept. A new name already taken by another file is an error, before any move.
    pub fn place(&self, source_file: &str, slug: &str, lang: Lang, text: &str, mode: Mode) -> Result<Placed> {
        let target = self.dir.join(format!("{slug}.{lang}.md"));
        let existing = self.ingested(source_file);
        let moves = match existing {
            Some(e) if e.slug != slug => self.renames(&e.slug, slug)?,
            _ => Vec::new(),
        };
        // Where the earlier file is once the moves are done.
        let previous = existing
            .map(|e| moved(&e.path, &moves))
            .unwrap_or_else(|| target.clone());
        let old_path = existing.map_or_else(|| target.clone(), |e| e.path.clone());
        let old = match std::fs::read_to_string(&old_path) {
            Ok(old) => Some(old),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => return Err(Error::io(&old_path, "read", e)),
        };
        // A moved version whose URL was its key gets the old key as an alias, so the old URL
        // keeps working; the rest of the file moves as it is.
        let old = match (old, existing) {
            (Some(text), Some(e)) if e.slug != slug => Some(with_aliases(&e.path, &text, &aliases_after_move(e, slug))),
            (old, _) => old,
        };
        if !mode.dry_run {
            for (from, to) in &moves {
                self.move_file(from, to, slug)?;
            }
        }
        let status = match old {
            Some(old) if old == text && previous == target => Status::Unchanged,
            Some(old) if !mode.force => Status::Kept {
                diff: diff(&previous, &old, &target, text),
            },
            _ if mode.dry_run => Status::WouldWrite { text: text.to_owned() },
            _ => {
                std::fs::create_dir_all(&self.dir).map_err(|e| Error::io(&self.dir, "create folder", e))?;
                std::fs::write(&target, text).map_err(|e| Error::io(&target, "write", e))?;
                if previous != target {
                    // The language changed under --force: the old file would be a stale duplicate.
                    std::fs::remove_file(&previous).map_err(|e| Error::io(&previous, "remove", e))?;
                }
                Status::Written
            }
        };
        Ok(Placed {
            path: target,
            status,
            moves,
        })
    }

    /// Moves one version of a renamed article to `to`, adding its old URL to its aliases.
    fn move_file(&self, from: &Path, to: &Path, slug: &str) -> Result<()> {
        let existing = self.files.iter().find(|f| f.path == from);
        let text = std::fs::read_to_string(from).map_err(|e| Error::io(from, "read", e))?;
        let aliases = existing.map(|e| aliases_after_move(e, slug)).unwrap_or_default();
        let moved = with_aliases(from, &text, &aliases);
        if moved == text {
            return std::fs::rename(from, to).map_err(|e| Error::io(from, "move", e));
        }
        std::fs::write(to, moved).map_err(|e| Error::io(to, "write", e))?;
        std::fs::remove_file(from).map_err(|e| Error::io(from, "remove", e))
    }

    /// The moves that give every file of the article `from` (original and translations) the slug
    /// `to`; an error when one of the new names is taken.
    fn renames(&self, from: &str, to: &str) -> Result<Vec<(PathBuf, PathBuf)>> {
        let mut moves = Vec::new();
        for file in self.files.iter().filter(|f| f.slug == from) {
            let Some(name) = file.path.file_name().and_then(|n| n.to_str()) else {
                continue;
            };
            let renamed = self.dir.join(format!("{to}{}", &name[from.len()..]));
            if renamed.exists() {
                let message = format!(
                    "cannot give the article {} the slug {to}: {} already exists (another article)",
                    file.path.display(),
                    renamed.display()
                );
                return Err(Error::Diagnostics(vec![Diagnostic::error(&renamed, message)]));
            }
            moves.push((file.path.clone(), renamed));
        }
        Ok(moves)
    }
}

/// What `Folder::place` did: the article's file, what happened to it, and the files it moved.
#[derive(Debug)]
pub struct Placed {
    pub path: PathBuf,
    pub status: Status,
    /// Files moved to the new slug (or that would be, in a dry run), as (from, to).
    pub moves: Vec<(PathBuf, PathBuf)>,
}

/// Where `path` is after `moves`.
fn moved(path: &Path, moves: &[(PathBuf, PathBuf)]) -> PathBuf {
    moves
        .iter()
        .find(|(from, _)| from == path)
        .map_or_else(|| path.to_owned(), |(_, to)| to.clone())
}

fn read_front(path: &Path, text: &str) -> Option<FrontMatter> {
    let split = front_matter::split(path, text).ok()?;
    front_matter::parse(path, &split).ok()
}

/// The aliases of `existing` once its article has the key `slug`.
fn aliases_after_move(existing: &Existing, slug: &str) -> Vec<String> {
    let Some(front) = &existing.front else {
        return Vec::new();
    };
    let mut aliases = front.aliases.clone();
    if existing.slug != slug && front.slug.is_none() && !aliases.contains(&existing.slug) {
        aliases.push(existing.slug.clone());
    }
    aliases
}

/// `text` with its `aliases` entry set to `aliases`, written as ingest writes it; unchanged when
/// it already lists them or its front matter does not read.
fn with_aliases(path: &Path, text: &str, aliases: &[String]) -> String {
    let Ok(split) = front_matter::split(path, text) else {
        return text.to_owned();
    };
    let current = front_matter::parse::<FrontMatter>(path, &split).map(|f| f.aliases);
    if current.as_deref().is_ok_and(|current| current == aliases) || aliases.is_empty() {
        return text.to_owned();
    }
    #[derive(serde::Serialize)]
    struct Entry<'a> {
        aliases: &'a [String],
    }
    front_matter::set_entry(text, split.yaml, "aliases", &crate::yaml::to_string(&Entry { aliases }))
}

/// A unified diff from the file on disk to what ingest would write, cut to `MAX_DIFF_LINES`.
fn diff(old_path: &Path, old: &str, new_path: &Path, new: &str) -> String {
    let text = TextDiff::from_lines(old, new)
        .unified_diff()
        .context_radius(1)
        .header(
            &old_path.display().to_string(),
            &format!("{} (as ingest would write it)", new_path.display()),
        )
        .to_string();
    let mut lines: Vec<&str> = text.lines().collect();
    if lines.len() > MAX_DIFF_LINES {
        let more = lines.len() - MAX_DIFF_LINES;
        lines.truncate(MAX_DIFF_LINES);
        return format!("{}\n… {more} more lines\n", lines.join("\n"));
    }
    text
}

/// A diagnostic for an output problem, naming the input it came from.
pub fn output_error(input: &Path, error: Error) -> Diagnostic {
    let message = error
        .into_diagnostics()
        .into_iter()
        .map(|d| d.to_string())
        .collect::<Vec<_>>()
        .join("; ");
    Diagnostic::error(input, message)
}
