//! How far a long build has come, told to a callback the caller supplies: the command line
//! draws a progress bar from it. The library itself never prints.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

/// The part of a build that reports progress, in the order they run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Rendering articles (the bulk of the pages).
    Render,
    /// Adding pages to the search index.
    Index,
    /// Minifying and writing files to the output folder.
    Write,
}

type Report = dyn Fn(Stage, usize, usize) + Send + Sync;

/// A callback told `(stage, done, total)` each time a unit of work finishes, from any thread.
/// The default reports nowhere.
#[derive(Clone, Default)]
pub struct Progress(Option<Arc<Report>>);

impl Progress {
    pub fn new(report: impl Fn(Stage, usize, usize) + Send + Sync + 'static) -> Self {
        Progress(Some(Arc::new(report)))
    }

    /// A counter of `total` units of `stage`; it reports 0 at once and each tick after.
    pub fn counter(&self, stage: Stage, total: usize) -> Counter<'_> {
        if let Some(report) = &self.0 {
            report(stage, 0, total);
        }
        Counter {
            progress: self,
            stage,
            total,
            done: AtomicUsize::new(0),
        }
    }
}

impl std::fmt::Debug for Progress {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(if self.0.is_some() {
            "Progress(reporting)"
        } else {
            "Progress(none)"
        })
    }
}

/// Counts finished units of one stage; shared by the threads doing the work.
pub struct Counter<'p> {
    progress: &'p Progress,
    stage: Stage,
    total: usize,
    done: AtomicUsize,
}

impl Counter<'_> {
    pub fn tick(&self) {
        if let Some(report) = &self.progress.0 {
            let done = self.done.fetch_add(1, Ordering::Relaxed) + 1;
            report(self.stage, done, self.total);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Mutex;

    #[test]
    fn counter_reports_start_and_each_unit() {
        let seen = Arc::new(Mutex::new(Vec::new()));
        let sink = Arc::clone(&seen);
        let progress = Progress::new(move |stage, done, total| sink.lock().unwrap().push((stage, done, total)));
        let counter = progress.counter(Stage::Write, 2);
        counter.tick();
        counter.tick();
        assert_eq!(
            *seen.lock().unwrap(),
            [(Stage::Write, 0, 2), (Stage::Write, 1, 2), (Stage::Write, 2, 2)]
        );
        Progress::default().counter(Stage::Render, 5).tick();
    }
}
