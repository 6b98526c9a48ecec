//! HTTP on axum: site files from memory (with the live-reload script injected into HTML), the
//! script itself, and the live-reload WebSocket.

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::extract::State;
use axum::extract::ws::{self, WebSocket, WebSocketUpgrade};
use axum::http::{HeaderValue, Method, StatusCode, Uri, header};
use axum::response::Response;
use axum::routing::get;
use tokio::sync::broadcast::error::RecvError;
use tokio::sync::watch;

use super::livereload::{self, SCRIPT, SCRIPT_PATH, SOCKET_PATH};
use super::request::{self, BasePath, Target};
use super::state::SiteState;
use crate::site::Preview;

/// Dead sockets are noticed by this ping even when the peer vanished without closing.
const PING_INTERVAL: Duration = Duration::from_secs(20);
/// Pages send nothing but pongs and close frames: keep whatever they send small.
const MAX_CLIENT_MESSAGE_BYTES: usize = 4096;

#[derive(Clone)]
pub struct App {
    state: Arc<SiteState>,
    base: Arc<BasePath>,
    /// Turns true when the server stops: open sockets close.
    stopping: watch::Receiver<bool>,
}

impl App {
    pub fn new(state: Arc<SiteState>, base: BasePath, stopping: watch::Receiver<bool>) -> App {
        App {
            state,
            base: Arc::new(base),
            stopping,
        }
    }

    pub fn into_router(self) -> Router {
        let base = self.base.as_str();
        Router::new()
            .route(&format!("{base}{SOCKET_PATH}"), get(socket))
            .route(&format!("{base}{SCRIPT_PATH}"), get(script))
            .fallback(site_file)
            .with_state(self)
    }
}

async fn site_file(State(app): State<App>, method: Method, uri: Uri) -> Response {
    if method != Method::GET && method != Method::HEAD {
        let mut response = plain(StatusCode::METHOD_NOT_ALLOWED, "only GET and HEAD are served\n");
        response
            .headers_mut()
            .insert(header::ALLOW, HeaderValue::from_static("GET, HEAD"));
        return response;
    }
    let snapshot = app.state.settled().await;
    let head = method == Method::HEAD;
    let Some(site) = snapshot.site else {
        let page = match &snapshot.error {
            Some(failure) => livereload::error_page(failure),
            None => "<p>The site is still being built.</p>".to_owned(),
        };
        let html = livereload::inject(page.as_bytes(), app.base.as_str(), &snapshot.build, "");
        return file(StatusCode::SERVICE_UNAVAILABLE, "error.html", html, head);
    };
    let base = app.base.as_str();
    let page = |status, path: &str, bytes: &[u8]| {
        let body = if path.ends_with(".html") {
            livereload::inject(bytes, base, &snapshot.build, path)
        } else {
            bytes.to_vec()
        };
        file(status, path, body, head)
    };
    let (status, path) = match request::resolve(&app.base, uri.path(), uri.query(), |p| site.contains(p)) {
        Target::File(path) => (StatusCode::OK, path),
        Target::NotFound if site.contains(NOT_FOUND) => (StatusCode::NOT_FOUND, NOT_FOUND.to_owned()),
        Target::NotFound => return plain(StatusCode::NOT_FOUND, "not found\n"),
        Target::MovedPermanently(location) => return redirect(StatusCode::MOVED_PERMANENTLY, &location),
        Target::Found(location) => return redirect(StatusCode::FOUND, &location),
        Target::Refused => {
            return plain(
                StatusCode::BAD_REQUEST,
                "refused: this path does not name a file of the site\n",
            );
        }
    };
    match site_bytes(&site, &path).await {
        Some(Ok(bytes)) => page(status, &path, &bytes),
        Some(Err(error)) => {
            // A page that cannot be rendered shows why, and reloads once the cause is fixed.
            let failure = livereload::BuildFailure::new(error);
            let html = livereload::inject(livereload::error_page(&failure).as_bytes(), base, &snapshot.build, "");
            file(StatusCode::INTERNAL_SERVER_ERROR, "error.html", html, head)
        }
        None => plain(StatusCode::NOT_FOUND, "not found\n"),
    }
}

const NOT_FOUND: &str = "404.html";

/// A file of the site; a page not rendered yet is rendered off the server's threads.
async fn site_bytes(site: &Arc<Preview>, path: &str) -> Option<crate::error::Result<Arc<[u8]>>> {
    if site.is_ready(path) {
        return site.file(path);
    }
    let (site, path) = (Arc::clone(site), path.to_owned());
    tokio::task::spawn_blocking(move || site.file(&path))
        .await
        .ok()
        .flatten()
}

async fn script(method: Method) -> Response {
    file(
        StatusCode::OK,
        SCRIPT_PATH,
        SCRIPT.as_bytes().to_vec(),
        method == Method::HEAD,
    )
}

/// A response for a file; a HEAD request gets the same headers and no body.
fn file(status: StatusCode, path: &str, bytes: Vec<u8>, head: bool) -> Response {
    let length = bytes.len();
    let body = if head { Body::empty() } else { Body::from(bytes) };
    let mut response = Response::new(body);
    *response.status_mut() = status;
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(request::content_type(path)),
    );
    headers.insert(header::CONTENT_LENGTH, HeaderValue::from(length));
    no_store(response)
}

fn plain(status: StatusCode, text: &'static str) -> Response {
    let mut response = Response::new(Body::from(text));
    *response.status_mut() = status;
    let content_type = HeaderValue::from_static("text/plain; charset=utf-8");
    response.headers_mut().insert(header::CONTENT_TYPE, content_type);
    no_store(response)
}

fn redirect(status: StatusCode, location: &str) -> Response {
    // `location` is the request's own path plus a slash, or the base path: both valid in a URI.
    let Ok(value) = HeaderValue::from_str(location) else {
        return plain(StatusCode::BAD_REQUEST, "this path cannot be redirected\n");
    };
    let mut response = Response::new(Body::empty());
    *response.status_mut() = status;
    response.headers_mut().insert(header::LOCATION, value);
    no_store(response)
}

/// A preview must never show a cached, older file.
fn no_store(mut response: Response) -> Response {
    let headers = response.headers_mut();
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    response
}

async fn socket(State(app): State<App>, upgrade: WebSocketUpgrade) -> Response {
    upgrade
        .max_message_size(MAX_CLIENT_MESSAGE_BYTES)
        .max_frame_size(MAX_CLIENT_MESSAGE_BYTES)
        .on_upgrade(move |socket| talk(socket, app))
}

/// Sends one page its hello, then every message, until the page goes or the server stops.
async fn talk(mut socket: WebSocket, app: App) {
    let (hello, mut messages) = app.state.subscribe();
    if socket.send(ws::Message::text(hello)).await.is_err() {
        return;
    }
    let mut stopping = app.stopping.clone();
    let mut ping = tokio::time::interval(PING_INTERVAL);
    ping.tick().await;
    loop {
        let outgoing = tokio::select! {
            received = messages.recv() => match received {
                Ok(json) => ws::Message::text(&*json),
                // The page missed messages: a reload is always right.
                Err(RecvError::Lagged(_)) => ws::Message::text(r#"{"type":"reload","build":""}"#),
                Err(RecvError::Closed) => break,
            },
            incoming = socket.recv() => match incoming {
                Some(Ok(ws::Message::Close(_))) | Some(Err(_)) | None => break,
                Some(Ok(_)) => continue,
            },
            _ = ping.tick() => ws::Message::Ping(Default::default()),
            _ = stopping.wait_for(|stop| *stop) => ws::Message::Close(None),
        };
        let closing = matches!(outgoing, ws::Message::Close(_));
        if socket.send(outgoing).await.is_err() || closing {
            break;
        }
    }
}
