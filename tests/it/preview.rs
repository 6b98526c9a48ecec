//! The preview's pages rendered on request are the build's pages: same files, same bytes; and
//! its cache of parsed articles never serves an old version of a file.

use std::path::Path;

use steppe::content::{ContentCache, LoadOptions};
use steppe::site::{self, BuildOptions, Model, Preview};

use crate::support::{TestSite, repo};

fn options(base_url: Option<&str>) -> BuildOptions {
    BuildOptions {
        base_url: base_url.map(str::to_owned),
        search: false,
        ..BuildOptions::default()
    }
}

fn assert_same_site(root: &Path, base_url: Option<&str>) {
    let built = site::build_from_root(root, options(base_url), LoadOptions::default()).unwrap();
    let model = Model::load(root, options(base_url), LoadOptions::default(), None).unwrap();
    let preview = Preview::on_request(model).unwrap();
    assert!(
        preview.rendered_pages().is_empty(),
        "nothing is rendered before it is asked for"
    );
    // The one difference: a preview that renders pages when asked cannot know the site's
    // characters, so it serves the fonts whole, under their own stylesheet.
    let fonts = regex::Regex::new(r"assets/fonts\.[0-9a-f]{10}\.css").unwrap();
    let same = |bytes: &[u8]| {
        fonts
            .replace_all(&String::from_utf8_lossy(bytes), "assets/fonts.css")
            .into_owned()
    };
    let mut compared = 0;
    for (path, bytes) in built.files.iter().filter(|(path, _)| !path.starts_with("assets/fonts")) {
        assert!(preview.contains(path), "{path}");
        let served = preview.file(path).unwrap().unwrap();
        let equal = if path.ends_with(".html") {
            same(&served) == same(bytes)
        } else {
            *served == **bytes
        };
        assert!(equal, "{path} differs from the build's");
        compared += 1;
    }
    assert!(compared > 0);
    assert_eq!(preview.warnings(), built.warnings.as_slice());
}

#[test]
fn pages_rendered_on_request_equal_the_build() {
    assert_same_site(&repo(), None);
    assert_same_site(&repo(), Some("https://example.org/briefing"));
    assert_same_site(&TestSite::fixture("trilingual").root, Some("https://example.org"));
}

#[test]
fn the_sitemap_on_request_lists_every_page() {
    let root = repo();
    let model = Model::load(
        &root,
        options(Some("https://example.org")),
        LoadOptions::default(),
        None,
    )
    .unwrap();
    let preview = Preview::on_request(model).unwrap();
    // The sitemap comes from the page table, made before anything renders.
    assert!(preview.is_ready("sitemap.xml"), "the sitemap waits for rendering");
    let sitemap = String::from_utf8(preview.file("sitemap.xml").unwrap().unwrap().to_vec()).unwrap();
    assert_eq!(
        preview.rendered_pages(),
        Vec::<String>::new(),
        "serving the sitemap rendered pages"
    );
    assert!(sitemap.contains("https://example.org/en/articles/kazakhstan-to-join-abraham-accords-trump/"));
    // The Arabic version's own slug, percent-encoded as sitemaps require.
    assert!(
        sitemap.contains("https://example.org/ar/articles/%D9%83%D8%A7%D8%B2%D8%A7%D8%AE%D8%B3%D8%AA%D8%A7%D9%86-")
    );
    assert!(preview.file("en/no-such-page/index.html").is_none());
}

#[test]
fn the_article_cache_sees_every_edit() {
    let site = TestSite::fixture("trilingual");
    let mut cache = ContentCache::default();
    let load = |cache: &mut ContentCache| Model::load(&site.root, options(None), LoadOptions::default(), Some(cache));
    let title = |model: &Model, slug: &str| {
        let article = model
            .corpus
            .articles()
            .iter()
            .find(|a| a.slug == slug && a.lang.code() == "en");
        article.map(|a| a.front.title.clone())
    };
    let first = load(&mut cache).unwrap();
    let slug = first.corpus.articles()[0].slug.clone();
    let file = format!("content/articles/{slug}.en.md");
    let text = std::fs::read_to_string(site.root.join(&file)).unwrap();
    let old_title = title(&first, &slug).unwrap();

    // Same size, same modification time: the bytes decide, so the edit shows with no report.
    let edited = text.replacen(&old_title, &"X".repeat(old_title.len()), 1);
    let modified = std::fs::metadata(site.root.join(&file)).unwrap().modified().unwrap();
    std::fs::write(site.root.join(&file), &edited).unwrap();
    std::fs::File::options()
        .write(true)
        .open(site.root.join(&file))
        .unwrap()
        .set_modified(modified)
        .unwrap();
    assert_eq!(
        std::fs::metadata(site.root.join(&file)).unwrap().len(),
        text.len() as u64
    );
    assert_eq!(
        title(&load(&mut cache).unwrap(), &slug).unwrap(),
        "X".repeat(old_title.len()),
        "an edit that keeps the size and time was served stale"
    );

    // Bytes written again unchanged (a save without edits, a checkout) are not parsed again.
    let before = load(&mut cache).unwrap();
    std::fs::write(site.root.join(&file), &edited).unwrap();
    let after = load(&mut cache).unwrap();
    let version = |model: &Model| {
        model
            .corpus
            .articles()
            .iter()
            .find(|a| a.slug == slug && a.lang.code() == "en")
            .cloned()
            .unwrap()
    };
    assert!(
        std::sync::Arc::ptr_eq(&version(&before), &version(&after)),
        "parsed again"
    );

    // A plain edit needs no report either.
    site.write(&file, &text.replacen(&old_title, "A new title", 1));
    assert_eq!(title(&load(&mut cache).unwrap(), &slug).unwrap(), "A new title");

    // A broken file is an error every time until it is fixed; a deleted one is gone.
    site.write(&file, "---\ntitle: [\n---\n");
    assert!(load(&mut cache).is_err());
    assert!(load(&mut cache).is_err(), "a cached failure is still a failure");
    site.remove(&file);
    assert_eq!(title(&load(&mut cache).unwrap(), &slug), None);
}

#[test]
fn a_watched_cache_checks_what_was_reported_and_everything_after_missed_events() {
    let site = TestSite::fixture("trilingual");
    let mut cache = ContentCache::watched();
    let load = |cache: &mut ContentCache| Model::load(&site.root, options(None), LoadOptions::default(), Some(cache));
    let slugs = |model: &Model| -> Vec<String> {
        model
            .corpus
            .articles()
            .iter()
            .map(|a| format!("{}.{}", a.slug, a.lang))
            .collect()
    };
    let first = slugs(&load(&mut cache).unwrap());
    assert!(first.contains(&"accord.en".to_owned()));

    site.write("content/articles/grain.en.md", "---\ntitle: Grain\n---\n\nText.\n");
    cache.changed(Path::new("content/articles/grain.en.md"));
    site.remove("content/articles/accord.en.md");
    cache.changed(Path::new("content/articles/accord.en.md"));
    let second = slugs(&load(&mut cache).unwrap());
    assert!(second.contains(&"grain.en".to_owned()) && !second.contains(&"accord.en".to_owned()));

    // Events the watcher may have missed: it reports the root, and every file is checked.
    site.write("content/articles/salt.en.md", "---\ntitle: Salt\n---\n\nText.\n");
    cache.changed(Path::new(""));
    assert!(slugs(&load(&mut cache).unwrap()).contains(&"salt.en".to_owned()));

    // A subfolder is warned about on every load, listed or not.
    site.write("content/articles/old/x.en.md", "---\ntitle: X\n---\n");
    cache.changed(Path::new("content/articles/old/x.en.md"));
    for _ in 0..2 {
        let model = load(&mut cache).unwrap();
        assert!(
            model
                .corpus
                .warnings
                .iter()
                .any(|w| w.to_string().contains("folders inside"))
        );
    }
}
