//! What the preview serves: the last good `Preview` of the site, the last error, and whether a rebuild is
//! under way. One owner (`SiteState`), replaced whole on each build, read through a watch channel;
//! every change also goes out to open pages as a live-reload message.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use tokio::sync::{broadcast, watch};

use super::diff::{self, Change};
use super::livereload::{BuildFailure, Message};
use crate::error::{Diagnostic, Error};
use crate::site::Preview;

/// How long a request waits for a rebuild under way before it gets the previous site.
const SETTLE_TIMEOUT: Duration = Duration::from_secs(20);
/// Messages kept for a slow page before it is told to reload instead.
const MESSAGE_BACKLOG: usize = 16;

/// The served state at one moment; cheap to clone.
#[derive(Debug, Clone, Default)]
pub struct Snapshot {
    /// The last site that built, if any did.
    pub site: Option<Arc<Preview>>,
    /// Names `site`; changes whenever its files change.
    pub build: String,
    /// Why the last build failed, until a build succeeds.
    pub error: Option<BuildFailure>,
    /// A change was seen and its rebuild has not finished: requests wait for it.
    pending: bool,
}

/// What a finished build changed for the open pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reload {
    /// The first site built.
    First,
    /// Same files as before: nothing to do.
    Unchanged,
    /// Only stylesheets changed; pages swapped them in place.
    Stylesheets,
    /// Pages were told to reload.
    Pages,
}

pub struct SiteState {
    current: watch::Sender<Snapshot>,
    messages: broadcast::Sender<Arc<str>>,
    instance: String,
    builds: AtomicU64,
}

impl SiteState {
    /// `instance` tells this server's builds from a previous server's, for pages that reconnect.
    pub fn new(instance: String) -> SiteState {
        let initial = Snapshot {
            pending: true,
            ..Snapshot::default()
        };
        SiteState {
            current: watch::channel(initial).0,
            messages: broadcast::channel(MESSAGE_BACKLOG).0,
            instance,
            builds: AtomicU64::new(0),
        }
    }

    /// Called as soon as an input changes, before the debounce: from now on requests wait for
    /// the rebuild, so no request is answered from a site older than the last save.
    pub fn mark_pending(&self) {
        self.current
            .send_if_modified(|s| !std::mem::replace(&mut s.pending, true));
    }

    /// The current snapshot once no rebuild is pending (or after a bounded wait).
    pub async fn settled(&self) -> Snapshot {
        let mut receiver = self.current.subscribe();
        let waited = tokio::time::timeout(SETTLE_TIMEOUT, receiver.wait_for(|s| !s.pending)).await;
        match waited {
            Ok(Ok(snapshot)) => snapshot.clone(),
            _ => self.current.borrow().clone(),
        }
    }

    /// A new page's first message and the stream of the following ones. Subscribing first
    /// means no change can fall between the two.
    pub fn subscribe(&self) -> (String, broadcast::Receiver<Arc<str>>) {
        let receiver = self.messages.subscribe();
        let snapshot = self.current.borrow().clone();
        let hello = Message::Hello {
            build: snapshot.build,
            error: snapshot.error,
        };
        (hello.to_json(), receiver)
    }

    /// The last good site, if any.
    pub fn site(&self) -> Option<Arc<Preview>> {
        self.current.borrow().site.clone()
    }

    /// Serves `site` from now on and tells the open pages what to do about it. Pages of the
    /// previous site that were rendered should be rendered in `site` too: they are compared.
    pub fn publish_site(&self, site: Preview) -> Reload {
        let previous = self.current.borrow().clone();
        let change = match &previous.site {
            Some(old) => diff::between(old, &site),
            None => Change::Full,
        };
        let (reload, css) = match (change, previous.error.is_some()) {
            _ if previous.site.is_none() => (Reload::First, None),
            (Change::None, false) => (Reload::Unchanged, None),
            (Change::CssOnly { swaps, reload }, false) => (Reload::Stylesheets, Some((swaps, reload))),
            // Fixing an error always reloads: the overlay must go, and the page may be stale.
            _ => (Reload::Pages, None),
        };
        let build = match reload {
            Reload::Unchanged => previous.build,
            _ => format!("{}-{}", self.instance, self.builds.fetch_add(1, Ordering::Relaxed) + 1),
        };
        let replaced = self.current.send_replace(Snapshot {
            site: Some(Arc::new(site)),
            build: build.clone(),
            error: None,
            pending: false,
        });
        match reload {
            Reload::Unchanged => {}
            Reload::Stylesheets => {
                let (changes, reload) = css.expect("a stylesheet change carries its swaps");
                self.broadcast(Message::Css { build, changes, reload })
            }
            Reload::First | Reload::Pages => self.broadcast(Message::Reload { build }),
        }
        drop(previous.site);
        // Freeing a large site's last preview takes milliseconds that the pages told to reload
        // should not wait for. If no thread can be started, the closure is dropped here.
        let _ = std::thread::Builder::new()
            .name("drop-preview".into())
            .spawn(move || drop(replaced));
        reload
    }

    /// Keeps serving the last good site and shows `error` on every open page.
    pub fn publish_error(&self, error: Error) -> BuildFailure {
        let failure = BuildFailure::new(error);
        self.current.send_modify(|s| {
            s.error = Some(failure.clone());
            s.pending = false;
        });
        self.broadcast(Message::Error { error: failure.clone() });
        failure
    }

    pub fn has_site(&self) -> bool {
        self.current.borrow().site.is_some()
    }

    /// Warnings of the site now served.
    pub fn warnings(&self) -> Vec<Diagnostic> {
        self.current
            .borrow()
            .site
            .as_ref()
            .map(|s| s.warnings().to_vec())
            .unwrap_or_default()
    }

    fn broadcast(&self, message: Message) {
        // No open page is not an error.
        let _ = self.messages.send(message.to_json().into());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site(files: &[(&str, &str)]) -> Preview {
        Preview::of(crate::site::BuiltSite::of(files))
    }

    #[test]
    fn each_outcome_sends_the_right_message() {
        let state = SiteState::new("t".into());
        let (_, mut messages) = state.subscribe();
        assert_eq!(state.publish_site(site(&[("a.html", "1")])), Reload::First);
        assert!(
            messages
                .try_recv()
                .unwrap()
                .contains(r#""type":"reload","build":"t-1""#)
        );
        assert_eq!(state.publish_site(site(&[("a.html", "1")])), Reload::Unchanged);
        assert!(messages.try_recv().is_err());
        assert_eq!(
            state.publish_site(site(&[("a.html", "1"), ("x.css", "p{}")])),
            Reload::Pages
        );
        assert_eq!(
            state.publish_site(site(&[("a.html", "1"), ("x.css", "b{}")])),
            Reload::Stylesheets
        );
        messages.try_recv().unwrap();
        assert!(messages.try_recv().unwrap().contains(r#""type":"css","build":"t-3""#));
    }

    #[tokio::test]
    async fn an_error_keeps_the_site_and_its_fix_reloads() {
        let state = SiteState::new("t".into());
        state.publish_site(site(&[("a.html", "1")]));
        let (_, mut messages) = state.subscribe();
        state.mark_pending();
        state.publish_error(Diagnostic::error("a.md", "broken").into());
        let snapshot = state.settled().await;
        let page = snapshot.site.unwrap().file("a.html").unwrap().unwrap();
        assert_eq!(&*page, b"1");
        assert!(messages.try_recv().unwrap().contains(r#""type":"error""#));
        assert!(state.subscribe().0.contains("a.md"), "new pages see the error at once");
        assert_eq!(state.publish_site(site(&[("a.html", "1")])), Reload::Pages);
        assert!(messages.try_recv().unwrap().contains(r#""type":"reload""#));
    }
}
