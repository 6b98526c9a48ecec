//! Any static host: a site built without `base_url`, served by a real static HTTP server
//! (Python's `http.server`) at `/` and at `/org/briefing/`, is crawled from each language home;
//! every page, stylesheet, script, image and feed it links to must answer 200.

use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use crate::support::{TestSite, attribute_values};

/// A `python3 -m http.server`-style server on a free loopback port, stopped when dropped.
struct StaticServer {
    child: Child,
    port: u16,
}

// The standard library's handler, bound to port 0 so the OS picks a free port, which it prints.
const SERVER: &str = r#"
import functools, http.server, sys
class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args): pass
handler = functools.partial(Quiet, directory=sys.argv[1])
with http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler) as server:
    print(server.server_address[1], flush=True)
    server.serve_forever()
"#;

impl StaticServer {
    fn start(dir: &Path) -> StaticServer {
        let mut child = Command::new("python3")
            .args(["-c", SERVER])
            .arg(dir)
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("python3 runs the static server");
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let port = line
            .trim()
            .parse()
            .unwrap_or_else(|_| panic!("server printed {line:?}"));
        StaticServer { child, port }
    }
}

impl Drop for StaticServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

struct Response {
    status: u16,
    content_type: String,
    body: Vec<u8>,
}

/// One HTTP/1.0 GET of `path` (already absolute, e.g. `/org/briefing/en/`).
fn get(port: u16, path: &str) -> Response {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    write!(
        stream,
        "GET {} HTTP/1.0\r\nHost: 127.0.0.1:{port}\r\n\r\n",
        percent_encode(path)
    )
    .unwrap();
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).unwrap();
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("a complete response");
    let head = String::from_utf8_lossy(&raw[..split]).into_owned();
    let status = head
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .expect("a status code");
    let content_type = head
        .lines()
        .find_map(|l| {
            l.to_ascii_lowercase()
                .strip_prefix("content-type:")
                .map(|v| v.trim().to_owned())
        })
        .unwrap_or_default();
    Response {
        status,
        content_type,
        body: raw[split + 4..].to_vec(),
    }
}

/// Escapes what may not appear raw in a request line (spaces, non-ASCII).
fn percent_encode(path: &str) -> String {
    let mut out = String::new();
    for byte in path.bytes() {
        if byte.is_ascii_graphic() {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Resolves a link found in the document at `base` (an absolute path) as a browser does,
/// with the resolver `steppe check` uses between output files; `None` for other origins,
/// other schemes and same-page fragments. Panics on a link that climbs above the server's root.
fn resolve(base: &str, link: &str, port: u16) -> Option<String> {
    let link = link.trim();
    let link = link.strip_prefix(&format!("http://127.0.0.1:{port}")).unwrap_or(link);
    if link.split('#').next().unwrap_or_default().is_empty() || steppe::web_url::is_external(link) {
        return None;
    }
    // check works on files: a folder's URL is its index.html, and only a link's folder counts.
    let (from, relative) = match link.strip_prefix('/') {
        Some(rooted) => ("index.html".to_owned(), rooted),
        None => (format!("{}index.html", &base[1..=base.rfind('/').unwrap()]), link),
    };
    let target = steppe::check::link_target(&from, relative)
        .unwrap_or_else(|| panic!("{base}: link {link} climbs above the server's root"));
    let folder = if target == "index.html" {
        Some("")
    } else {
        target.strip_suffix("/index.html")
    };
    Some(match folder {
        Some("") => "/".to_owned(),
        Some(folder) => format!("/{folder}/"),
        None => format!("/{target}"),
    })
}

/// The links of a fetched document: attributes of HTML and feeds, `url()` of stylesheets.
fn links(response: &Response) -> Vec<String> {
    let text = String::from_utf8_lossy(&response.body);
    if response.content_type.starts_with("text/css") {
        // The theme's own CSS tokenizer: a `url(` in a comment or a string is no link.
        return steppe::theme::css_urls::local_urls(&text)
            .iter()
            .map(|url| url.path.to_owned())
            .collect();
    }
    if !response.content_type.contains("html") && !response.content_type.contains("xml") {
        return Vec::new();
    }
    let mut found = attribute_values(&text, "href");
    found.extend(attribute_values(&text, "src"));
    // The header's search form leads to the search page.
    found.extend(attribute_values(&text, "action"));
    for srcset in attribute_values(&text, "srcset") {
        found.extend(
            srcset
                .split(',')
                .filter_map(|c| c.split_whitespace().next())
                .map(str::to_owned),
        );
    }
    found
}

/// Crawls everything reachable from `starts`; returns each URL's status and who linked it.
fn crawl(port: u16, starts: &[String]) -> BTreeMap<String, (u16, String)> {
    let mut seen: BTreeMap<String, (u16, String)> = BTreeMap::new();
    let mut queue: VecDeque<(String, String)> = starts.iter().map(|s| (s.clone(), "start".to_owned())).collect();
    let mut queued: BTreeSet<String> = starts.iter().cloned().collect();
    while let Some((url, from)) = queue.pop_front() {
        assert!(seen.len() < 5000, "the crawl does not end");
        let response = get(port, &url);
        if response.status == 200 {
            for link in links(&response) {
                if link.starts_with("data:") {
                    continue;
                }
                if let Some(target) = resolve(&url, &link, port)
                    && queued.insert(target.clone())
                {
                    queue.push_back((target, url.clone()));
                }
            }
        }
        seen.insert(url, (response.status, from));
    }
    seen
}

/// The links reachable from the homes at `prefix` that do not answer 200, and all URLs seen.
fn broken_links(port: u16, prefix: &str) -> (Vec<String>, BTreeMap<String, (u16, String)>) {
    let starts: Vec<String> = ["", "en/", "fr/", "ar/"]
        .iter()
        .map(|p| format!("{prefix}{p}"))
        .collect();
    let seen = crawl(port, &starts);
    let broken = seen
        .iter()
        .filter(|(_, (status, _))| *status != 200)
        .map(|(url, (status, from))| format!("{status} {url} (linked from {from})"))
        .collect();
    (broken, seen)
}

/// Serves the trilingual site at `prefix` and checks every link reachable from its homes.
fn crawl_at(site: &TestSite, server: &StaticServer, prefix: &str) {
    let (broken, seen) = broken_links(server.port, prefix);
    assert!(broken.is_empty(), "broken links at {prefix}:\n{}", broken.join("\n"));

    // Every page and asset of the site was reached, so the crawl really walked the site.
    let reached: BTreeSet<String> = seen
        .keys()
        .map(|url| {
            let path = url
                .strip_prefix(prefix)
                .unwrap_or(url)
                .split('?')
                .next()
                .unwrap()
                .to_owned();
            if path.is_empty() || path.ends_with('/') {
                format!("{path}index.html")
            } else {
                path
            }
        })
        .collect();
    let unreached: Vec<String> = site
        .tree()
        .into_keys()
        .filter(|p| p.ends_with(".html") || p.ends_with(".css") || p.ends_with(".js") || p.ends_with("feed.xml"))
        // Pagefind's own scripts are loaded by pagefind-ui.js at run time (tested in the browser).
        .filter(|p| {
            p != "404.html"
                && !reached.contains(p)
                && !(p.starts_with("pagefind/pagefind") && p != "pagefind/pagefind-ui.js")
        })
        .collect();
    assert!(
        unreached.is_empty(),
        "not reachable from the homes at {prefix}: {unreached:?}"
    );
}

fn built_site() -> TestSite {
    let site = TestSite::fixture("trilingual");
    site.build();
    site
}

#[test]
fn site_works_served_from_the_domain_root() {
    let site = built_site();
    let server = StaticServer::start(&site.root.join("public"));
    crawl_at(&site, &server, "/");
}

#[test]
fn site_works_served_from_a_deep_sub_path() {
    let site = built_site();
    let (_host, server) = serve_at_sub_path(&site);
    crawl_at(&site, &server, "/org/briefing/");
    // Nothing above the sub-path exists: a link escaping it would have been reported broken.
    assert_eq!(get(server.port, "/org/briefing/en/").status, 200);
    assert_eq!(get(server.port, "/en/").status, 404);
}

/// Serves `site`'s output at `/org/briefing/` from a temporary host folder.
fn serve_at_sub_path(site: &TestSite) -> (tempfile::TempDir, StaticServer) {
    let host = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(host.path().join("org")).unwrap();
    std::os::unix::fs::symlink(site.root.join("public"), host.path().join("org/briefing")).unwrap();
    let server = StaticServer::start(host.path());
    (host, server)
}

#[test]
fn the_crawl_finds_a_root_absolute_link_at_a_sub_path() {
    let site = built_site();
    let home = site.root.join("public/en/index.html");
    let page = std::fs::read_to_string(&home).unwrap();
    let page = page.replacen("<main", "<a href=/en/topics/>topics</a><main", 1);
    std::fs::write(&home, page).unwrap();
    let (_host, server) = serve_at_sub_path(&site);
    let (broken, _) = broken_links(server.port, "/org/briefing/");
    assert_eq!(broken, ["404 /en/topics/ (linked from /org/briefing/en/)"]);
}

/// The stylesheet path that 404.html's script probes for to find the site root.
fn probe_marker(page: &str) -> String {
    let script_start = page.find("<script").expect("404.html has a script");
    let script = &page[script_start..script_start + page[script_start..].find("</script>").unwrap()];
    let marker = script
        .split(['"', '\'', '`'])
        .find(|s| s.contains("assets") && s.ends_with(".css"))
        .expect("the script names a stylesheet to probe for");
    marker.to_owned()
}

#[test]
fn not_found_page_needs_no_root_absolute_link_and_carries_its_own_css() {
    let site = built_site();
    let page = site.file("404.html");
    for link in attribute_values(&page, "href")
        .into_iter()
        .chain(attribute_values(&page, "src"))
    {
        assert!(!link.starts_with('/'), "404.html links {link} from the domain root");
    }
    assert!(
        page.contains("<style"),
        "404.html carries its own CSS, whatever the depth it is served at"
    );
    // The fonts' stylesheet waits, inert in a <template>, until the script has found the root.
    let (before, after) = page
        .split_once("<template id=fonts-link>")
        .expect("404.html keeps the fonts' stylesheet link in a template");
    let (fonts, after) = after.split_once("</template>").unwrap();
    assert!(fonts.contains("rel=stylesheet") && fonts.contains("assets/fonts."));
    assert!(
        !before.contains("rel=stylesheet") && !after.contains("rel=stylesheet"),
        "a stylesheet link breaks at an unknown depth"
    );
    assert!(
        after.contains("fonts-link"),
        "the script adds the fonts' stylesheet once the root is known"
    );
    for lang in ["en", "fr", "ar"] {
        assert!(page.contains(&format!("lang={lang}")), "404.html speaks {lang}");
    }
}

/// A host serves 404.html for an unknown deep URL; its script probes ever shorter prefixes
/// of that URL for a stylesheet of the site and makes the first one found the base of its
/// links. This replays the probe against a real server at a sub-path and follows the links.
#[test]
fn not_found_page_links_work_from_an_unknown_deep_url() {
    let site = built_site();
    let (_host, server) = serve_at_sub_path(&site);
    let page = site.file("404.html");
    let marker = probe_marker(&page);
    let unknown = "/org/briefing/en/articles/no-such-article/";
    let parts: Vec<&str> = unknown.split('/').skip(1).collect();
    let parts = &parts[..parts.len() - 1];
    let base = (0..=parts.len())
        .rev()
        .map(|depth| {
            let joined = parts[..depth].join("/");
            if joined.is_empty() {
                "/".to_owned()
            } else {
                format!("/{joined}/")
            }
        })
        .find(|prefix| get(server.port, &format!("{prefix}{marker}")).status == 200)
        .unwrap_or_else(|| panic!("the probe for {marker:?} finds no site root above {unknown}"));
    assert_eq!(base, "/org/briefing/");
    for link in attribute_values(&page, "href") {
        if let Some(target) = resolve(&base, &link, server.port) {
            assert_eq!(get(server.port, &target).status, 200, "404.html link {link} → {target}");
        }
    }
}

#[test]
fn links_resolve_like_a_browser() {
    let r = |base: &str, link: &str| resolve(base, link, 8000);
    assert_eq!(r("/org/b/en/articles/a/", "../../../fr/"), Some("/org/b/fr/".into()));
    assert_eq!(r("/org/b/en/", "../assets/s.css"), Some("/org/b/assets/s.css".into()));
    assert_eq!(r("/org/b/en/", ".."), Some("/org/b/".into()));
    assert_eq!(r("/org/b/en/", "feed.xml#x"), Some("/org/b/en/feed.xml".into()));
    assert_eq!(r("/org/b/en/feed.xml", "./"), Some("/org/b/en/".into()));
    assert_eq!(r("/org/b/en/", "/en/?q=1"), Some("/en/".into()));
    assert_eq!(r("/org/b/en/", "../a/index.html"), Some("/org/b/a/".into()));
    assert_eq!(r("/org/b/", "http://127.0.0.1:8000/x"), Some("/x".into()));
    assert_eq!(r("/org/b/", "https://example.org/"), None);
    assert_eq!(r("/org/b/", "mailto:a@b.org"), None);
    assert_eq!(r("/org/b/", "MAILTO:a@b.org"), None);
    assert_eq!(r("/org/b/", "//cdn.example/x.js"), None);
    assert_eq!(r("/org/b/", "#main"), None);
}
