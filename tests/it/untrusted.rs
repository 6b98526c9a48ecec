//! Untrusted text is never live (issue 10): script, `javascript:` links, `on*=` attributes,
//! iframes and a `</title>` break-out, arriving through an ingested raw article, front matter
//! and data files, come out as harmless text in every page, feed, sitemap, JSON-LD block,
//! data download and search fragment.

use std::cell::RefCell;

use steppe::check::html::tags;

use crate::support::{TestSite, article, gunzip};

const PAYLOAD: &str = "</title><script>alert(1)</script> <iframe src=\"javascript:alert(1)\"></iframe> <img src=x onerror=alert(1)> \"><svg onload=alert(1)>";

/// Each live element in an HTML text that could run script, read by the tokenizer
/// `steppe check` uses (lol_html's), so text that merely looks like a tag inside a comment or
/// the raw text of `title`, `textarea`, `script` and `style` is not counted.
fn live_tags(html: &str) -> Vec<String> {
    let mut found = Vec::new();
    for tag in tags(html) {
        let context = format!("{tag:?}");
        if ["iframe", "object", "embed", "frame"].contains(&tag.name.as_str()) {
            found.push(format!("embedding element: {context}"));
        }
        for (attr, value) in &tag.attributes {
            if attr.starts_with("on") && attr.len() > 2 {
                found.push(format!("event handler attribute: {context}"));
            }
            let squeezed: String = value
                .chars()
                .filter(|c| !c.is_whitespace() && !c.is_control())
                .collect();
            if ["href", "src", "action", "formaction", "xlink:href"].contains(&attr.as_str())
                && squeezed.to_ascii_lowercase().starts_with("javascript:")
            {
                found.push(format!("script URL: {context}"));
            }
        }
    }
    for script in scripts_running_alert(html) {
        found.push(format!("script running alert: {script}"));
    }
    found
}

/// The scripts of `html` (not JSON data blocks) whose text calls `alert(`.
fn scripts_running_alert(html: &str) -> Vec<String> {
    // Each script's text, and whether its `type` says it is data.
    let scripts: RefCell<Vec<(String, bool)>> = RefCell::new(Vec::new());
    let settings = lol_html::Settings::new()
        .with_strict(false)
        .append_element_content_handler(lol_html::element!("script", |el| {
            let data = el.get_attribute("type").is_some_and(|t| t.contains("json"));
            scripts.borrow_mut().push((String::new(), data));
            Ok(())
        }))
        .append_element_content_handler(lol_html::text!("script", |chunk| {
            if let Some((text, _)) = scripts.borrow_mut().last_mut() {
                text.push_str(chunk.as_str());
            }
            Ok(())
        }));
    let mut rewriter = lol_html::HtmlRewriter::new(settings, |_: &[u8]| {});
    rewriter.write(html.as_bytes()).unwrap();
    rewriter.end().unwrap();
    scripts
        .into_inner()
        .into_iter()
        .filter(|(text, data)| !data && text.to_ascii_lowercase().contains("alert("))
        .map(|(text, _)| text.chars().take(120).collect())
        .collect()
}

#[test]
fn live_markup_is_found_and_text_that_looks_like_it_is_not() {
    let live = |html: &str| live_tags(html).len();
    assert_eq!(live("<IFRAME src=x></iframe>"), 1);
    assert_eq!(live("<img src=x ONERROR=alert(1)>"), 1);
    assert_eq!(live("<a href=\" java&#x09;script:alert(1)\">x</a>"), 1);
    assert_eq!(live("<script>alert(1)</SCRIPT>"), 1);
    assert_eq!(live("<noscript><img src=x onerror=alert(1)></noscript>"), 1);
    assert_eq!(
        live("<title><script>alert(1)</script></title><textarea><iframe></textarea><!-- <img onerror=x> -->"),
        0
    );
    assert_eq!(
        live("<script type=application/ld+json>{\"a\":\"alert(1)\"}</script>"),
        0
    );
    assert_eq!(
        live("<p>&lt;script>alert(1)&lt;/script> <a href=https://x.org/javascript:>x</a></p>"),
        0
    );
}

/// JSON strings as a renderer would see them (pagefind's UI puts excerpts into the page).
fn json_unescaped(text: &str) -> String {
    text.replace("\\u003c", "<")
        .replace("\\u003C", "<")
        .replace("\\u003e", ">")
        .replace("\\\"", "\"")
        .replace("\\/", "/")
}

#[test]
fn hostile_text_is_never_live_anywhere_in_the_output() {
    let site = TestSite::fixture("trilingual");
    let raw = format!(
        "Kazakhstan signs deal {PAYLOAD}\nPublished: March 12, 2024\nKazakhstan's railway company signed contracts worth $2.5 billion with American manufacturers on Tuesday, officials said. {PAYLOAD}\nThe deal includes [a link](javascript:alert(1)) and <a href=\"javascript:alert(1)\">another</a> for 300 locomotives from Wabtec, the ministry of transport said.\nAnalysts in Almaty said the purchases reflect a wider push to modernise transport links across the steppe.\n"
    );
    site.write("raw/hostile.txt", &raw);
    let out = site.run(&["ingest", "raw/hostile.txt"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));

    let yaml_payload = PAYLOAD.replace('"', "\\\"");
    let front = format!(
        "title: \"{yaml_payload}\"\ndate: 2025-01-01\nsummary: \"{yaml_payload}\"\ntopics: [deals]\nsource:\n  name: \"{yaml_payload}\"\n  url: \"https://example.org/a?q=%3Cscript%3E\"\n  byline: \"{yaml_payload}\""
    );
    // An article image must be a file of content/media/, so `![x](javascript:…)` stops the build
    // (media::a_script_or_remote_image_address_stops_the_build); pages still render one inert.
    let body = format!(
        "{PAYLOAD}\n\n[click](javascript:alert(1)) [data](data:text/html,<script>alert(1)</script>)\n\n<script>alert(1)</script>\n\n<iframe src=\"https://evil.example\"></iframe>\n"
    );
    site.write("content/articles/hostile.en.md", &article(&front, &body));
    let people = std::fs::read_to_string(site.root.join("content/data/people.yaml")).unwrap();
    site.write(
        "content/data/people.yaml",
        &people.replacen("\"National carrier\"", &format!("\"{yaml_payload}\""), 1),
    );

    let out = site.run(&["build", "--base-url", "https://example.org/briefing/"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let tree = site.tree();
    assert!(tree.contains_key("sitemap.xml"));
    let hostile = site.file("en/articles/hostile/index.html");
    assert!(
        hostile.contains("&lt;script>alert(1)&lt;/script>") || hostile.contains("&lt;script&gt;alert(1)"),
        "the payload shows as text"
    );

    let mut problems = Vec::new();
    let mut fragments = 0;
    let mut hostile_fragments = Vec::new();
    for (path, bytes) in &tree {
        let text = if path.ends_with(".pf_fragment") {
            // A fragment holds the page's text as JSON data, which Pagefind's UI escapes when it
            // shows results (tests/browser/hostile-search.test.mjs). Here: the hostile page's
            // fragment decompresses, holds the payload as the text it was on the page, and its
            // title and URL are the page's.
            let plain = gunzip(bytes).unwrap_or_else(|| panic!("{path} is not gzip"));
            let json = &plain[plain.iter().position(|&b| b == b'{').expect("a JSON object")..];
            let fragment: serde_json::Value = serde_json::from_slice(json).unwrap();
            if fragment["url"]
                .as_str()
                .is_some_and(|u| u.ends_with("/en/articles/hostile/"))
            {
                hostile_fragments.push(fragment);
            }
            fragments += 1;
            continue;
        } else if path.ends_with(".xml") {
            // Feed text is escaped once; `type="html"` content is rendered after decoding.
            let text = String::from_utf8_lossy(bytes).into_owned();
            let mut scanned = text.clone();
            for part in text.split("type=\"html\">").skip(1) {
                let html = part.split("</").next().unwrap_or_default();
                scanned.push_str(&html_escape::decode_html_entities(html));
            }
            scanned
        } else if [".html", ".json", ".csv", ".txt", ".svg", ".js"]
            .iter()
            .any(|e| path.ends_with(e))
        {
            let text = String::from_utf8_lossy(bytes).into_owned();
            if path.ends_with(".json") {
                json_unescaped(&text)
            } else {
                text
            }
        } else {
            continue;
        };
        for problem in live_tags(&text) {
            problems.push(format!("{path}: {problem}"));
        }
    }
    assert!(problems.is_empty(), "live hostile markup:\n{}", problems.join("\n"));
    assert!(fragments > 3, "the search index has a fragment per page ({fragments})");
    let [fragment] = hostile_fragments.as_slice() else {
        panic!("one fragment for the hostile page, found {}", hostile_fragments.len());
    };
    // The index holds what the reader saw: the payload as literal text (the page showed it
    // escaped), not markup that was parsed, run or dropped on the way.
    // Typography sets the page's quotation marks in all text a reader sees, this text too.
    let straight = |text: &str| text.replace(['“', '”'], "\"").replace(['‘', '’'], "'");
    let content = straight(fragment["content"].as_str().unwrap());
    assert!(
        content.contains(PAYLOAD),
        "the payload is indexed as the text it was: {content}"
    );
    let title = straight(fragment["meta"]["title"].as_str().unwrap());
    assert!(title.contains(PAYLOAD), "{title}");
}

#[test]
fn script_source_url_is_refused_with_its_line() {
    let site = TestSite::fixture("trilingual");
    site.write(
        "content/articles/x.en.md",
        &article("title: X\nsource:\n  name: N\n  url: \"javascript:alert(1)\"", "Body"),
    );
    let err = site.build_fails();
    assert!(
        err.contains("content/articles/x.en.md:5:3: source.url `javascript:alert(1)` must be an http(s) URL"),
        "{err}"
    );
}
