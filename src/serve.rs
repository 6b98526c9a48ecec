//! `steppe serve`: builds the site in memory, serves it over HTTP and rebuilds it when an input
//! changes, telling open pages to reload (or to swap stylesheets) over a WebSocket. Owns the last
//! good `BuiltSite` and the last error; never writes `public/` (that is `output`'s job).

pub mod diff;
pub mod livereload;
pub mod request;
pub mod server;
pub mod state;
pub mod watch;

use std::fmt;
use std::future::Future;
use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use tokio::net::TcpListener;

use crate::content::{ContentCache, LoadOptions};
use crate::error::{Diagnostic, Result as BuildResult};
use crate::site::{BuildOptions, Earlier, Model, Preview};

pub use request::BasePath;
pub use state::Reload;

use state::SiteState;
use watch::{Batch, InputWatcher};

/// Editors write a file in several steps; wait this long without events before building.
const DEBOUNCE: Duration = Duration::from_millis(30);
/// After Ctrl-C, open connections get this long to finish.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(2);

#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// Folder of the site (the one holding steppe.yaml).
    pub root: PathBuf,
    pub bind: IpAddr,
    /// 0 picks a free port.
    pub port: u16,
    pub base_path: BasePath,
    pub build: BuildOptions,
    /// Show articles and pages marked `draft: true`. (Embargoes are judged by the clock at
    /// each rebuild, `date::now`, or one would stay in force for as long as the preview runs.)
    pub drafts: bool,
    /// Sites with at most this many pages are rendered whole after each change, so every
    /// error shows at once; larger ones render a page when it is asked for.
    pub render_all_up_to: usize,
}

/// The default of `ServeOptions::render_all_up_to`: about a second of rendering on two cores.
pub const RENDER_ALL_UP_TO: usize = 2_000;

/// What the server has to say; the caller decides how to show it (the library never prints).
#[derive(Debug)]
pub enum Event {
    /// The server accepts requests at `url` (the initial build may still be running).
    Listening {
        url: String,
    },
    Built {
        files: usize,
        /// From the first change seen (or the start) to the new site being served.
        elapsed: Duration,
        /// The build itself, within `elapsed`.
        build: Duration,
        reload: Reload,
        /// The inputs that changed, relative to the root; empty for the first build.
        changed: Vec<PathBuf>,
        /// The site's warnings, when they differ from the previous build's.
        warnings: Option<Vec<Diagnostic>>,
    },
    /// The build failed; the last good site is still served and pages show the error.
    Failed {
        elapsed: Duration,
        changed: Vec<PathBuf>,
        /// `path:line:column: message` lines.
        error: String,
        /// Whether an earlier build is still served (false when no build has succeeded yet).
        serving_previous: bool,
    },
    Stopped,
}

/// The line the terminal shows for each event.
impl fmt::Display for Event {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Event::Listening { url } => write!(f, "Serving the site at {url} (Ctrl-C to stop)"),
            Event::Built {
                files,
                elapsed,
                build,
                reload,
                changed,
                warnings,
            } => {
                let ms = elapsed.as_millis();
                let build_ms = build.as_millis();
                let outcome = match reload {
                    Reload::First => format!("Built {files} files in {build_ms} ms"),
                    Reload::Unchanged => format!("Rebuilt in {ms} ms (build {build_ms} ms): nothing to reload"),
                    Reload::Stylesheets => format!("Rebuilt in {ms} ms (build {build_ms} ms): stylesheets swapped"),
                    Reload::Pages => format!("Rebuilt {files} files in {ms} ms (build {build_ms} ms): pages reloaded"),
                };
                write!(f, "{outcome}{}", after(changed))?;
                for warning in warnings.iter().flatten() {
                    write!(f, "\n{warning}")?;
                }
                Ok(())
            }
            Event::Failed {
                elapsed,
                changed,
                error,
                serving_previous,
            } => {
                let serving = match serving_previous {
                    true => "still serving the last good site",
                    false => "pages show the error until it is fixed",
                };
                let ms = elapsed.as_millis();
                write!(f, "Build failed in {ms} ms{}; {serving}:\n{error}", after(changed))
            }
            Event::Stopped => write!(f, "Stopped."),
        }
    }
}

fn after(changed: &[PathBuf]) -> String {
    // The watcher reports the root (an empty path) when it may have missed events.
    let shown = |path: &PathBuf| match path.as_os_str().is_empty() {
        true => "the site".to_owned(),
        false => path.display().to_string(),
    };
    match changed {
        [] => String::new(),
        [one] => format!(" after {} changed", shown(one)),
        [one, rest @ ..] => format!(" after {} and {} more changed", shown(one), rest.len()),
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    #[error(
        "cannot listen on {addr}: the port is already in use (choose another with --port, or --port 0 for any free port)"
    )]
    PortInUse { addr: SocketAddr },
    #[error("cannot listen on {addr}: {source}")]
    Bind { addr: SocketAddr, source: std::io::Error },
    #[error("{}: cannot watch for changes: {source}", path.display())]
    Watch { path: PathBuf, source: notify::Error },
    #[error("the server failed: {0}")]
    Io(#[from] std::io::Error),
}

/// Serves until Ctrl-C. `on_event` is called from the server's threads.
pub fn serve(options: ServeOptions, on_event: impl Fn(Event) + Send + Sync + 'static) -> Result<(), ServeError> {
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    let shutdown = async {
        // If Ctrl-C cannot be caught, the default handler still ends the process.
        let _ = tokio::signal::ctrl_c().await;
    };
    let result = runtime.block_on(serve_until(options, Arc::new(on_event), shutdown));
    // A build under way when Ctrl-C came is not waited for.
    runtime.shutdown_timeout(Duration::from_millis(200));
    result
}

/// Serves until `shutdown` completes.
pub async fn serve_until(
    options: ServeOptions,
    on_event: Arc<dyn Fn(Event) + Send + Sync>,
    shutdown: impl Future<Output = ()>,
) -> Result<(), ServeError> {
    let listener = bind(options.bind, options.port).await?;
    let address = listener.local_addr()?;
    let state = Arc::new(SiteState::new(instance_id()));
    let watch_root = options.root.canonicalize().unwrap_or_else(|_| options.root.clone());
    let pending = Arc::clone(&state);
    let watcher =
        InputWatcher::start(&watch_root, move || pending.mark_pending()).map_err(|source| ServeError::Watch {
            path: options.root.clone(),
            source,
        })?;
    on_event(Event::Listening {
        url: format!("http://{address}{}", options.base_path),
    });
    let builder = Builder {
        options: options.clone(),
        state: Arc::clone(&state),
        on_event: Arc::clone(&on_event),
        cache: std::sync::Mutex::new(ContentCache::watched()),
    };
    tokio::spawn(builder.run(watcher));

    let (stop, stopping) = tokio::sync::watch::channel(false);
    let app = server::App::new(state, options.base_path, stopping.clone());
    let mut stopped = stopping.clone();
    let serving = axum::serve(listener, app.into_router()).with_graceful_shutdown(async move {
        let _ = stopped.wait_for(|s| *s).await;
    });
    let mut serving = tokio::spawn(serving.into_future());
    tokio::select! {
        result = &mut serving => return finished(result),
        () = shutdown => {}
    }
    let _ = stop.send(true);
    let _ = tokio::time::timeout(SHUTDOWN_GRACE, serving).await;
    on_event(Event::Stopped);
    Ok(())
}

async fn bind(ip: IpAddr, port: u16) -> Result<TcpListener, ServeError> {
    let addr = SocketAddr::new(ip, port);
    TcpListener::bind(addr).await.map_err(|source| match source.kind() {
        std::io::ErrorKind::AddrInUse => ServeError::PortInUse { addr },
        _ => ServeError::Bind { addr, source },
    })
}

fn finished(result: Result<std::io::Result<()>, tokio::task::JoinError>) -> Result<(), ServeError> {
    match result {
        Ok(served) => Ok(served?),
        Err(join) => Err(std::io::Error::other(join.to_string()).into()),
    }
}

/// Tells this server's builds from those of a server that ran before on the same port.
fn instance_id() -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or_default();
    format!("{:x}", nanos ^ u128::from(std::process::id()))
}

/// Builds once, then again after every batch of changes.
struct Builder {
    options: ServeOptions,
    state: Arc<SiteState>,
    on_event: Arc<dyn Fn(Event) + Send + Sync>,
    /// Articles parsed by earlier builds; only one build runs at a time.
    cache: std::sync::Mutex<ContentCache>,
}

impl Builder {
    async fn run(self, mut watcher: InputWatcher) {
        let this = Arc::new(self);
        let first = Batch {
            paths: Default::default(),
            first_seen: Instant::now(),
        };
        let mut next = Some(first);
        while let Some(batch) = next {
            let builder = Arc::clone(&this);
            // Building is CPU work on rayon's threads: keep it off the server's.
            let Ok(release) = tokio::task::spawn_blocking(move || builder.rebuild(batch)).await else {
                return;
            };
            next = match release.map(until) {
                // An embargo ends with no file changing: build again when it does.
                Some(wait) => tokio::select! {
                    batch = watcher.next_batch(DEBOUNCE) => batch,
                    () = tokio::time::sleep(wait) => Some(Batch {
                        paths: Default::default(),
                        first_seen: Instant::now(),
                    }),
                },
                None => watcher.next_batch(DEBOUNCE).await,
            };
        }
    }

    /// Builds the current inputs and publishes the result; returns when the next embargoed
    /// article is due, if any.
    fn rebuild(&self, batch: Batch) -> Option<jiff::Timestamp> {
        let changed: Vec<PathBuf> = batch.paths.into_iter().collect();
        let started = Instant::now();
        let built = self.preview(&changed);
        let build = started.elapsed();
        match built {
            Ok((site, release)) => {
                let files = site.len();
                let previous_warnings = self.state.warnings();
                let warnings =
                    (site.warnings() != previous_warnings || changed.is_empty()).then(|| site.warnings().to_vec());
                let reload = self.state.publish_site(site);
                (self.on_event)(Event::Built {
                    files,
                    elapsed: batch.first_seen.elapsed(),
                    build,
                    reload,
                    changed,
                    warnings,
                });
                release
            }
            Err(error) => {
                let failure = self.state.publish_error(error);
                (self.on_event)(Event::Failed {
                    elapsed: batch.first_seen.elapsed(),
                    changed,
                    error: failure.text,
                    serving_previous: self.state.has_site(),
                });
                None
            }
        }
    }
}

/// How long until `at`, a little after it so the rebuild's clock is past it; at most a day, so
/// a far-off embargo only means a rebuild now and then.
fn until(at: jiff::Timestamp) -> Duration {
    let wait = Duration::try_from(at.duration_since(crate::date::now())).unwrap_or(Duration::ZERO);
    wait.min(Duration::from_secs(86_400)) + Duration::from_millis(50)
}

impl Builder {
    /// The site of the current inputs: rendered whole when small (or when the search index,
    /// which reads every page, is wanted), otherwise with the pages served so far rendered
    /// again, so they can be compared and answer at once.
    fn preview(&self, changed: &[PathBuf]) -> BuildResult<(Preview, Option<jiff::Timestamp>)> {
        let options = &self.options;
        let load = LoadOptions {
            drafts: options.drafts,
            now: crate::date::now(),
        };
        let previous = self.state.site();
        let model = {
            let mut cache = self.cache.lock().unwrap_or_else(|e| e.into_inner());
            changed.iter().for_each(|path| cache.changed(path));
            let last = previous.as_deref().and_then(Preview::model);
            let earlier = Earlier {
                cache: Some(&mut cache),
                model: last,
            };
            Model::load_after(&options.root, options.build.clone(), load, earlier)?
        };
        let release = model.corpus.scheduled().first().map(|s| s.at);
        let preview = Preview::after(model, previous.as_deref(), options.render_all_up_to)?;
        if let Some(previous) = &previous {
            preview.render(&previous.rendered_pages())?;
        }
        Ok((preview, release))
    }
}
