//! `steppe serve`: the real binary on a free port against a temporary fixture site, spoken to
//! with plain TCP (HTTP/1.1 and a minimal WebSocket client).

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{Receiver, channel};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::support::TestSite;

const WAIT: Duration = Duration::from_secs(30);

/// A running `steppe serve`, killed when dropped (also when a test fails).
pub(crate) struct Server {
    child: Child,
    addr: String,
    base: String,
    log: Arc<Mutex<String>>,
    lines: Receiver<String>,
}

impl Server {
    fn start(site: &TestSite, extra: &[&str]) -> Server {
        Server::start_in(&site.root, extra)
    }

    /// `steppe serve --port 0 <extra>` run in the folder `dir`.
    pub(crate) fn start_in(dir: &std::path::Path, extra: &[&str]) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_steppe"))
            .args(["serve", "--port", "0"])
            .args(extra)
            .current_dir(dir)
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let stderr = child.stderr.take().unwrap();
        let log = Arc::new(Mutex::new(String::new()));
        let (sender, lines) = channel();
        let copy = Arc::clone(&log);
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines() {
                let Ok(line) = line else { break };
                copy.lock().unwrap().push_str(&format!("{line}\n"));
                let _ = sender.send(line);
            }
        });
        let mut server = Server {
            child,
            addr: String::new(),
            base: String::new(),
            log,
            lines,
        };
        let line = server.wait_for_line("Serving the site at http://");
        let url = line.split_whitespace().find(|w| w.starts_with("http://")).unwrap();
        let rest = url.strip_prefix("http://").unwrap();
        let slash = rest.find('/').unwrap();
        server.addr = rest[..slash].to_owned();
        server.base = rest[slash..].to_owned();
        server.wait_for_line("Built ");
        server
    }

    /// Waits for a line of the terminal output containing `text`, and returns it.
    pub(crate) fn wait_for_line(&self, text: &str) -> String {
        let deadline = Instant::now() + WAIT;
        while let Some(left) = deadline.checked_duration_since(Instant::now()) {
            match self.lines.recv_timeout(left) {
                Ok(line) if line.contains(text) => return line,
                Ok(_) => {}
                Err(_) => break,
            }
        }
        panic!("no line with {text:?}; output so far:\n{}", self.log.lock().unwrap());
    }

    pub(crate) fn get(&self, path: &str) -> Response {
        self.send(&format!(
            "GET {path} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n\r\n",
            self.addr
        ))
    }

    fn send(&self, raw: &str) -> Response {
        send(&self.addr, raw.as_bytes())
    }

    fn live_reload(&self) -> LiveReload {
        LiveReload::connect(&self.addr, &format!("{}__steppe/livereload", self.base))
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[derive(Debug)]
pub(crate) struct Response {
    pub(crate) status: u16,
    headers: Vec<(String, String)>,
    pub(crate) body: Vec<u8>,
}

impl Response {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

fn send(addr: &str, raw: &[u8]) -> Response {
    let mut stream = TcpStream::connect(addr).unwrap();
    stream.set_read_timeout(Some(WAIT)).unwrap();
    stream.write_all(raw).unwrap();
    let mut bytes = Vec::new();
    stream.read_to_end(&mut bytes).unwrap();
    parse_response(&bytes)
}

fn parse_response(bytes: &[u8]) -> Response {
    let end = bytes
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("a complete response head");
    let head = String::from_utf8_lossy(&bytes[..end]);
    let mut lines = head.lines();
    let status = lines.next().unwrap().split(' ').nth(1).unwrap().parse().unwrap();
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_owned(), v.trim().to_owned()))
        .collect();
    Response {
        status,
        headers,
        body: bytes[end + 4..].to_vec(),
    }
}

/// The page side of live reload: a WebSocket that reads the server's text messages.
struct LiveReload {
    reader: BufReader<TcpStream>,
}

impl LiveReload {
    fn connect(addr: &str, path: &str) -> LiveReload {
        let mut stream = TcpStream::connect(addr).unwrap();
        stream.set_read_timeout(Some(WAIT)).unwrap();
        let handshake = format!(
            "GET {path} HTTP/1.1\r\nHost: {addr}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\
             Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n"
        );
        stream.write_all(handshake.as_bytes()).unwrap();
        let mut reader = BufReader::new(stream);
        let mut status = String::new();
        reader.read_line(&mut status).unwrap();
        assert!(status.starts_with("HTTP/1.1 101"), "{status}");
        loop {
            let mut line = String::new();
            reader.read_line(&mut line).unwrap();
            if line == "\r\n" {
                break;
            }
        }
        LiveReload { reader }
    }

    /// The next text message (pings are skipped).
    fn next(&mut self) -> String {
        loop {
            let mut head = [0u8; 2];
            self.reader.read_exact(&mut head).unwrap();
            let opcode = head[0] & 0x0f;
            let length = match head[1] & 0x7f {
                126 => {
                    let mut n = [0u8; 2];
                    self.reader.read_exact(&mut n).unwrap();
                    u16::from_be_bytes(n) as usize
                }
                127 => {
                    let mut n = [0u8; 8];
                    self.reader.read_exact(&mut n).unwrap();
                    u64::from_be_bytes(n) as usize
                }
                n => n as usize,
            };
            let mut payload = vec![0u8; length];
            self.reader.read_exact(&mut payload).unwrap();
            match opcode {
                1 => return String::from_utf8(payload).unwrap(),
                8 => panic!("the server closed the live-reload socket"),
                _ => continue,
            }
        }
    }

    /// Skips messages until one of the given type, and returns it.
    fn wait_for(&mut self, kind: &str) -> String {
        let tag = format!(r#""type":"{kind}""#);
        let deadline = Instant::now() + WAIT;
        loop {
            assert!(Instant::now() < deadline, "no {kind} message in {WAIT:?}");
            let message = self.next();
            if message.contains(&tag) {
                return message;
            }
        }
    }
}

fn accord(title: &str) -> String {
    format!(
        "---\ntitle: \"{title}\"\ndate: 2025-11-07\nlang: en\nsummary: \"An order.\"\ntopics: [deals]\n---\n\nThe order is worth **$7 billion**.\n"
    )
}

/// The path of the stylesheet a page links, as an absolute path on the server.
fn stylesheet(server: &Server, page: &str) -> String {
    let at = page.find("style.").expect("a stylesheet link");
    let start = page[..at].rfind("assets/").unwrap();
    let end = at + page[at..].find(".css").unwrap() + 4;
    format!("{}{}", server.base, &page[start..end])
}

#[test]
fn pages_and_assets_have_their_types_statuses_and_no_caching() {
    let site = TestSite::fixture("trilingual");
    let server = Server::start(&site, &[]);

    let home = server.get("/en/");
    assert_eq!(home.status, 200);
    assert_eq!(home.header("content-type"), Some("text/html; charset=utf-8"));
    assert_eq!(home.header("cache-control"), Some("no-store"));
    let page = home.text();
    assert!(
        page.contains(r#"<script src="/__steppe/livereload.js""#),
        "script injected into HTML"
    );
    assert!(page.find("__steppe").unwrap() < page.rfind("</body>").unwrap());
    assert_eq!(server.get("/").status, 200);

    let css = server.get(&stylesheet(&server, &page));
    assert_eq!(css.status, 200);
    assert_eq!(css.header("content-type"), Some("text/css; charset=utf-8"));
    assert!(!css.text().contains("__steppe"), "nothing injected outside HTML");
    let script = server.get("/__steppe/livereload.js");
    assert_eq!(script.header("content-type"), Some("text/javascript; charset=utf-8"));

    let folder = server.get("/en/articles/accord?x=1");
    assert_eq!(folder.status, 301);
    assert_eq!(folder.header("location"), Some("/en/articles/accord/?x=1"));

    let missing = server.get("/en/no-such-page/");
    assert_eq!(missing.status, 404);
    assert_eq!(missing.header("content-type"), Some("text/html; charset=utf-8"));
    assert!(
        missing.text().contains("<title>") && missing.text().contains("__steppe"),
        "the site's 404 page"
    );

    let head = server.send(&format!(
        "HEAD /en/ HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n\r\n",
        server.addr
    ));
    assert_eq!(head.status, 200);
    assert!(head.body.is_empty());
    assert_eq!(
        head.header("content-length"),
        Some(home.body.len().to_string().as_str())
    );

    let post = server.send(&format!(
        "POST /en/ HTTP/1.1\r\nHost: {}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
        server.addr
    ));
    assert_eq!(post.status, 405);
}

#[test]
fn base_path_mounts_the_site_and_its_live_reload() {
    let site = TestSite::fixture("trilingual");
    let server = Server::start(&site, &["--base-path", "/briefing/"]);
    assert_eq!(server.base, "/briefing/");
    let root = server.get("/");
    assert_eq!(root.status, 302);
    assert_eq!(root.header("location"), Some("/briefing/"));
    assert_eq!(server.get("/briefing").header("location"), Some("/briefing/"));
    let home = server.get("/briefing/en/");
    assert_eq!(home.status, 200);
    assert!(
        home.text()
            .contains(r#"<script src="/briefing/__steppe/livereload.js""#)
    );
    assert_eq!(server.get(&stylesheet(&server, &home.text())).status, 200);
    assert_eq!(server.get("/briefing/en").header("location"), Some("/briefing/en/"));
    assert_eq!(server.get("/en/").status, 404);
    assert!(server.live_reload().next().contains(r#""type":"hello""#));
}

#[test]
fn traversal_attempts_are_refused() {
    let site = TestSite::fixture("trilingual");
    let server = Server::start(&site, &["--base-path", "/b/"]);
    let config = std::fs::read_to_string(site.root.join("steppe.yaml")).unwrap();
    let secret = config.lines().next().unwrap();
    for path in [
        "/b/../steppe.yaml",
        "/b/en/../../steppe.yaml",
        "/b/%2e%2e/steppe.yaml",
        "/b/%2E%2E/%2E%2E/etc/passwd",
        "/b/%252e%252e/steppe.yaml",
        "/b/..%2fsteppe.yaml",
        "/b/..%5csteppe.yaml",
        "/b/..\\steppe.yaml",
        "/b//etc/passwd",
        "/b/%2fetc/passwd",
        "/../../etc/passwd",
        "/b/content/articles/accord.en.md",
        "/b/en/%00",
    ] {
        let response = server.send(&format!("GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
        assert!(matches!(response.status, 400 | 404), "{path}: {}", response.status);
        let body = response.text();
        assert!(
            !body.contains(secret) && !body.contains("root:"),
            "{path} leaked a file"
        );
    }
    let absolute = server.send("GET http://x/b/../steppe.yaml HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    assert!(matches!(absolute.status, 400 | 404), "{}", absolute.status);
    assert_eq!(server.get("/b/en/").status, 200, "the server still answers");
}

/// Pages rendered after every change (a small site), or when requested (what a large site gets).
const ON_REQUEST: &[&str] = &["--render-all-up-to", "0"];

#[test]
fn an_edit_reloads_open_pages_and_shows_in_the_next_request() {
    an_edit_reloads_open_pages(&[]);
    an_edit_reloads_open_pages(ON_REQUEST);
}

fn an_edit_reloads_open_pages(extra: &[&str]) {
    let site = TestSite::fixture("trilingual");
    let server = Server::start(&site, extra);
    // The open page was served before its socket connects, as in a browser.
    assert!(
        server
            .get("/en/articles/accord/")
            .text()
            .contains("Aircraft order signed")
    );
    let mut page = server.live_reload();
    let hello = page.next();
    assert!(
        hello.contains(r#""type":"hello""#) && hello.contains(r#""error":null"#),
        "{hello}"
    );

    site.write("content/articles/accord.en.md", &accord("Aircraft order revised"));
    page.wait_for("reload");
    let article = server.get("/en/articles/accord/").text();
    assert!(article.contains("Aircraft order revised"), "{article}");
    assert!(server.wait_for_line("Rebuilt").contains("accord.en.md"));

    site.remove("content/articles/undated.fr.md");
    page.wait_for("reload");
    assert_eq!(
        server.get("/fr/articles/undated/").status,
        404,
        "a deleted page is gone at once"
    );
}

#[test]
fn a_broken_front_matter_keeps_the_old_page_and_fixing_it_reloads() {
    a_broken_front_matter_keeps_the_old_page(&[]);
    a_broken_front_matter_keeps_the_old_page(ON_REQUEST);
}

fn a_broken_front_matter_keeps_the_old_page(extra: &[&str]) {
    let site = TestSite::fixture("trilingual");
    let server = Server::start(&site, extra);
    assert_eq!(server.get("/en/articles/accord/").status, 200);
    let mut page = server.live_reload();
    page.next();

    site.write(
        "content/articles/accord.en.md",
        "---\ntitle: [unclosed\ndate: 2025-11-07\n---\n\nText.\n",
    );
    let error = page.wait_for("error");
    assert!(error.contains("content/articles/accord.en.md"), "{error}");
    assert!(error.contains(r#""line":"#), "{error}");
    let article = server.get("/en/articles/accord/");
    assert_eq!(article.status, 200);
    assert!(
        article.text().contains("Aircraft order signed"),
        "the last good page is still served"
    );
    let terminal = server.wait_for_line("Build failed");
    assert!(terminal.contains("still serving the last good site"), "{terminal}");
    // The terminal prints the error's `path:line:column: message` lines after that one.
    server.wait_for_line("content/articles/accord.en.md:");
    let hello = server.live_reload().next();
    assert!(
        hello.contains("accord.en.md"),
        "a page opened now shows the error too: {hello}"
    );

    site.write("content/articles/accord.en.md", &accord("Aircraft order fixed"));
    page.wait_for("reload");
    assert!(
        server
            .get("/en/articles/accord/")
            .text()
            .contains("Aircraft order fixed")
    );
    assert!(server.live_reload().next().contains(r#""error":null"#));
}

#[test]
fn a_stylesheet_change_swaps_stylesheets_without_reload() {
    a_stylesheet_change_swaps_stylesheets(&[]);
    a_stylesheet_change_swaps_stylesheets(ON_REQUEST);
}

fn a_stylesheet_change_swaps_stylesheets(extra: &[&str]) {
    let site = TestSite::fixture("trilingual");
    let server = Server::start(&site, extra);
    let before = stylesheet(&server, &server.get("/en/").text());
    // A page showing the 404 page, which inlines its CSS.
    assert_eq!(server.get("/en/gone/").status, 404);
    let mut page = server.live_reload();
    page.next();

    let css_path = site.root.join("themes/briefing/static/style.css");
    let mut css = std::fs::read_to_string(&css_path).unwrap();
    css.push_str("\n.steppe-test { color: rebeccapurple; }\n");
    std::fs::write(&css_path, css).unwrap();
    let message = page.wait_for("css");
    let old = before.trim_start_matches('/');
    assert!(message.contains(&format!(r#""old":"{old}""#)), "{message}");
    let after = stylesheet(&server, &server.get("/en/").text());
    assert_ne!(before, after);
    assert!(
        message.contains(&format!(r#""new":"{}""#, after.trim_start_matches('/'))),
        "{message}"
    );
    assert!(server.get(&after).text().contains("rebeccapurple"));
    assert!(
        message.contains(r#""reload":["404.html"]"#),
        "the 404 page inlines its CSS: {message}"
    );
    assert!(server.wait_for_line("Rebuilt").contains("stylesheets swapped"));
}

#[test]
fn a_port_in_use_is_a_clear_error() {
    let taken = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port().to_string();
    let site = TestSite::fixture("trilingual");
    let out = site.run(&["serve", "--port", &port]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("already in use") && stderr.contains("--port 0"),
        "{stderr}"
    );
}

#[test]
fn ctrl_c_stops_the_server_cleanly() {
    let site = TestSite::fixture("trilingual");
    let mut server = Server::start(&site, &[]);
    let _socket = server.live_reload();
    let pid = server.child.id().to_string();
    assert!(Command::new("kill").args(["-INT", &pid]).status().unwrap().success());
    let deadline = Instant::now() + Duration::from_secs(10);
    let status = loop {
        if let Some(status) = server.child.try_wait().unwrap() {
            break status;
        }
        assert!(Instant::now() < deadline, "still running 10 s after Ctrl-C");
        std::thread::sleep(Duration::from_millis(20));
    };
    assert!(status.success(), "{status:?}");
    server.wait_for_line("Stopped.");
}

#[test]
fn the_server_stays_up_under_abuse() {
    // Regression guard for issue 10: long URLs, garbage, many requests, sockets dropped abruptly.
    let site = TestSite::fixture("trilingual");
    let server = Server::start(&site, &[]);
    let long = format!("/{}", "a/".repeat(20_000));
    let response = server.get(&long);
    assert!((400..500).contains(&response.status), "{}", response.status);
    for garbage in [
        "GARBAGE\r\n\r\n",
        "GET\r\n\r\n",
        "GET / HTTP/9.9\r\n\r\n",
        "\x00\x01\x02\r\n\r\n",
    ] {
        let mut stream = TcpStream::connect(&server.addr).unwrap();
        stream.set_read_timeout(Some(WAIT)).unwrap();
        let _ = stream.write_all(garbage.as_bytes());
        let mut answer = Vec::new();
        let _ = stream.read_to_end(&mut answer);
    }
    let dropped: Vec<LiveReload> = (0..100).map(|_| server.live_reload()).collect();
    drop(dropped);
    let workers: Vec<_> = (0..8)
        .map(|_| {
            let addr = server.addr.clone();
            std::thread::spawn(move || {
                (0..50)
                    .map(|_| {
                        send(
                            &addr,
                            format!("GET /en/ HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n").as_bytes(),
                        )
                        .status
                    })
                    .all(|s| s == 200)
            })
        })
        .collect();
    assert!(
        workers.into_iter().all(|w| w.join().unwrap()),
        "400 requests, all answered"
    );
    let mut page = server.live_reload();
    page.next();
    site.write("content/articles/accord.en.md", &accord("Still alive"));
    page.wait_for("reload");
    assert!(server.get("/en/articles/accord/").text().contains("Still alive"));
}

#[test]
fn pages_rendered_on_request_are_never_stale() {
    let site = TestSite::fixture("trilingual");
    let server = Server::start(&site, ON_REQUEST);
    assert!(server.get("/fr/").text().contains("<html"));
    let mut page = server.live_reload();
    page.next();

    // Nobody has the English article or home page open: nothing to reload, yet the next
    // request for either shows the edit.
    site.write("content/articles/accord.en.md", &accord("Aircraft order revised"));
    let line = server.wait_for_line("Rebuilt");
    assert!(
        line.contains("nothing to reload"),
        "the open French page is unchanged: {line}"
    );
    assert!(
        server
            .get("/en/articles/accord/")
            .text()
            .contains("Aircraft order revised")
    );
    assert!(server.get("/en/").text().contains("Aircraft order revised"));

    // A new page appears at once, and open pages reload (their lists may show it).
    site.write("content/articles/grain.en.md", &accord("Grain corridor"));
    page.wait_for("reload");
    assert!(server.get("/en/articles/grain/").text().contains("Grain corridor"));

    // A template that fails only when rendered shows its error on the page that needs it.
    site.write("templates/page.html", "{{ no_such_value.field }}");
    server.wait_for_line("after templates");
    let broken = server.get("/en/about/");
    assert_eq!(broken.status, 500);
    assert!(broken.text().contains("page.html"), "{}", broken.text());
    assert!(broken.text().contains("__steppe"), "it reloads once fixed");
    site.remove("templates/page.html");
    server.wait_for_line("after templates");
    assert_eq!(server.get("/en/about/").status, 200);
}
