//! Watching the site's inputs (steppe.yaml, content/, themes/, templates/, static/) and turning raw file
//! events into batches of changed files, once the editor has finished writing (debounced).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use notify::{EventKind, RecommendedWatcher, RecursiveMode, Watcher};
use tokio::sync::mpsc;

/// Input folders, watched recursively when present; created later, they are picked up then.
const INPUT_FOLDERS: [&str; 4] = ["content", "themes", "templates", "static"];
const CONFIG_FILE: &str = crate::config::FILE_NAME;
/// The longest a batch keeps collecting changes before its build starts.
const MAX_BATCH_WAIT: Duration = Duration::from_secs(2);

/// Changed inputs, relative to the site root, and when the first of them was seen.
#[derive(Debug)]
pub struct Batch {
    pub paths: BTreeSet<PathBuf>,
    pub first_seen: Instant,
}

pub struct InputWatcher {
    watcher: RecommendedWatcher,
    root: PathBuf,
    events: mpsc::UnboundedReceiver<(PathBuf, Instant)>,
}

impl InputWatcher {
    /// Starts watching `root` (an absolute path); `on_change` runs on the watcher's thread at
    /// each change to an input, before any debouncing.
    pub fn start(root: &Path, on_change: impl Fn() + Send + 'static) -> notify::Result<InputWatcher> {
        let (sender, events) = mpsc::unbounded_channel();
        let prefix = root.to_owned();
        let mut watcher = notify::recommended_watcher(move |result: notify::Result<notify::Event>| {
            // An error or an overflowing event queue may hide changes: report the root, which
            // makes the next build check every file.
            let event = match result {
                Ok(event) if !event.need_rescan() => event,
                _ => {
                    on_change();
                    let _ = sender.send((PathBuf::new(), Instant::now()));
                    return;
                }
            };
            // Reading files (the build itself) must not count as a change.
            if matches!(event.kind, EventKind::Access(_)) {
                return;
            }
            for path in event.paths {
                let Ok(relative) = path.strip_prefix(&prefix) else {
                    continue;
                };
                if is_input(relative) {
                    on_change();
                    let _ = sender.send((relative.to_owned(), Instant::now()));
                }
            }
        })?;
        watcher.watch(root, RecursiveMode::NonRecursive)?;
        let mut input = InputWatcher {
            watcher,
            root: root.to_owned(),
            events,
        };
        input.watch_folders()?;
        Ok(input)
    }

    /// Waits for a change, then for `quiet` without any, and returns everything that changed.
    /// `None` when the watcher has stopped.
    pub async fn next_batch(&mut self, quiet: Duration) -> Option<Batch> {
        let (first, first_seen) = self.events.recv().await?;
        let mut paths = BTreeSet::from([first]);
        // A writer that never pauses (a long checkout) still gets a build now and then.
        while first_seen.elapsed() < MAX_BATCH_WAIT
            && let Ok(Some((path, _))) = tokio::time::timeout(quiet, self.events.recv()).await
        {
            paths.insert(path);
        }
        if paths.iter().any(|p| INPUT_FOLDERS.iter().any(|f| p == Path::new(f))) {
            // An input folder was created or replaced (a checkout, a rename): watch it anew.
            // A failure shows up as the folder's changes being missed; the next batch retries.
            let _ = self.watch_folders();
        }
        Some(Batch { paths, first_seen })
    }

    fn watch_folders(&mut self) -> notify::Result<()> {
        for folder in INPUT_FOLDERS {
            let path = self.root.join(folder);
            if path.is_dir() {
                self.watcher.watch(&path, RecursiveMode::Recursive)?;
            }
        }
        Ok(())
    }
}

/// Whether a path relative to the site root is an input of the build; editors' temporary and
/// backup files are not.
fn is_input(relative: &Path) -> bool {
    let mut components = relative.components();
    let Some(first) = components.next() else { return false };
    let top = first.as_os_str();
    let in_scope = if components.next().is_none() {
        top == CONFIG_FILE || INPUT_FOLDERS.iter().any(|f| top == *f)
    } else {
        INPUT_FOLDERS.iter().any(|f| top == *f)
    };
    in_scope
        && !relative
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(is_editor_scratch)
}

fn is_editor_scratch(name: &str) -> bool {
    name.starts_with(".#")
        || name.ends_with('~')
        || name == "4913"
        || [".swp", ".swx", ".swpx", ".tmp", ".kate-swp"]
            .iter()
            .any(|ext| name.ends_with(ext))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_inputs_count() {
        for input in [
            "steppe.yaml",
            "content/articles/a.en.md",
            "themes/briefing/static/style.css",
            "static/CNAME",
            "content/media/hall.jpg",
            "templates",
            "content",
        ] {
            assert!(is_input(Path::new(input)), "{input}");
        }
        for other in [
            "public/index.html",
            "target/x",
            ".git/index",
            "README.md",
            "content/articles/.a.en.md.swp",
            "content/articles/a.en.md~",
            "content/articles/4913",
            "content/.#a.en.md",
        ] {
            assert!(!is_input(Path::new(other)), "{other}");
        }
    }

    #[tokio::test]
    async fn edits_arrive_debounced_in_one_batch() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().canonicalize().unwrap();
        std::fs::create_dir_all(root.join("content")).unwrap();
        let mut watcher = InputWatcher::start(&root, || {}).unwrap();
        std::fs::write(root.join("content/a.en.md"), "1").unwrap();
        std::fs::write(root.join("content/a.en.md"), "2").unwrap();
        std::fs::write(root.join("steppe.yaml"), "x").unwrap();
        std::fs::write(root.join("notes.txt"), "ignored").unwrap();
        let batch = tokio::time::timeout(Duration::from_secs(5), watcher.next_batch(Duration::from_millis(100)))
            .await
            .unwrap()
            .unwrap();
        let expected = BTreeSet::from([PathBuf::from("content/a.en.md"), PathBuf::from("steppe.yaml")]);
        assert_eq!(batch.paths, expected);
    }

    #[tokio::test]
    async fn a_folder_created_later_is_watched() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().canonicalize().unwrap();
        let mut watcher = InputWatcher::start(&root, || {}).unwrap();
        std::fs::create_dir_all(root.join("templates")).unwrap();
        let quiet = Duration::from_millis(100);
        let first = tokio::time::timeout(Duration::from_secs(5), watcher.next_batch(quiet))
            .await
            .unwrap()
            .unwrap();
        assert!(first.paths.contains(Path::new("templates")));
        std::fs::write(root.join("templates/page.html"), "x").unwrap();
        let second = tokio::time::timeout(Duration::from_secs(5), watcher.next_batch(quiet))
            .await
            .unwrap()
            .unwrap();
        assert!(
            second.paths.contains(Path::new("templates/page.html")),
            "{:?}",
            second.paths
        );
    }
}
