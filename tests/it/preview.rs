//! The preview's pages rendered on request are the build's pages: same files, same bytes; and
//! its cache of parsed articles never serves an old version of a file.

use std::path::Path;

use steppe::content::{ContentCache, LoadOptions};
use steppe::site::{self, BuildOptions, Earlier, Model, Preview};

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

/// A preview that keeps what its inputs allow from the one before, as `serve` makes them: the
/// content cache told of each change, the previous preview's pages rendered again.
struct Incremental {
    site: TestSite,
    cache: ContentCache,
    preview: Preview,
}

impl Incremental {
    fn new(fixture: &str) -> Incremental {
        let site = TestSite::fixture(fixture);
        let mut cache = ContentCache::watched();
        let model = Model::load(
            &site.root,
            options(Some("https://example.org")),
            LoadOptions::default(),
            Some(&mut cache),
        )
        .unwrap();
        // 0: rendered on request, whatever the size.
        let preview = Preview::after(model, None, 0).unwrap();
        let mut this = Incremental { site, cache, preview };
        this.render_everything();
        this
    }

    /// Renders every page, so that each is compared after the next edit.
    fn render_everything(&mut self) {
        self.preview.render(&self.preview.page_files()).unwrap();
    }

    /// Applies an edit (files changed, relative to the root) and makes the next preview;
    /// returns whether it kept the previous one's page table.
    fn edit(&mut self, changed: &[&str], edit: impl FnOnce(&TestSite)) -> bool {
        edit(&self.site);
        changed.iter().for_each(|path| self.cache.changed(Path::new(path)));
        let model = Model::load_after(
            &self.site.root,
            options(Some("https://example.org")),
            LoadOptions::default(),
            Earlier {
                cache: Some(&mut self.cache),
                model: self.preview.model(),
            },
        )
        .unwrap();
        let next = Preview::after(model, Some(&self.preview), 0).unwrap();
        next.render(&self.preview.rendered_pages()).unwrap();
        let kept = next.shares_pages_with(&self.preview);
        self.preview = next;
        self.render_everything();
        kept
    }

    /// The preview made from nothing but the files as they are now.
    fn fresh(&self) -> Preview {
        let model = Model::load(
            &self.site.root,
            options(Some("https://example.org")),
            LoadOptions::default(),
            None,
        )
        .unwrap();
        let preview = Preview::on_request(model).unwrap();
        preview.render(&preview.page_files()).unwrap();
        preview
    }

    /// Every file the kept preview serves is the fresh one's, and it has no other.
    fn assert_fresh(&self, what: &str) {
        let fresh = self.fresh();
        let (kept, fresh) = (self.preview.ready_files(), fresh.ready_files());
        assert_eq!(
            kept.keys().collect::<Vec<_>>(),
            fresh.keys().collect::<Vec<_>>(),
            "after {what}: not the same files"
        );
        for (path, bytes) in &fresh {
            assert!(kept[path] == *bytes, "after {what}: {path} is stale");
        }
    }

    fn page(&self, path: &str) -> String {
        String::from_utf8(self.preview.file(path).unwrap().unwrap().to_vec()).unwrap()
    }
}

#[test]
fn a_preview_after_an_edit_serves_what_a_fresh_one_would() {
    let mut site = Incremental::new("trilingual");
    let article = "content/articles/accord.en.md";
    let text = std::fs::read_to_string(site.site.root.join(article)).unwrap();
    let home = site.page("en/index.html");
    let before = site.preview.page_files();

    // The body alone: the article changes, its lists do not, and the page table is kept.
    let kept = site.edit(&[article], |s| {
        s.write(article, &text.replace("worth", "valued at"));
    });
    site.assert_fresh("a body edit");
    assert!(kept, "a body edit made the page table again");
    assert!(site.page("en/articles/accord/index.html").contains("valued at"));
    assert_eq!(site.page("en/index.html"), home, "a body edit changed the home page");

    // The title: every list that shows it follows; no route changed.
    let kept = site.edit(&[article], |s| {
        s.write(article, &text.replace("Aircraft order signed", "Jet order signed"));
    });
    assert!(kept);
    site.assert_fresh("a title edit");
    for list in ["en/index.html", "en/topics/deals/index.html", "en/feed.xml"] {
        assert!(
            site.page(list).contains("Jet order signed"),
            "{list} kept the old title"
        );
    }

    // Its own slug: the other languages' switchers link to the new address.
    let kept = site.edit(&[article], |s| {
        s.write(article, &text.replace("lang: en\n", "lang: en\nslug: aircraft\n"));
    });
    site.assert_fresh("a slug edit");
    assert!(!kept, "a route changed and the page table was kept");
    assert!(
        site.page("fr/articles/accord/index.html")
            .contains("en/articles/aircraft/")
    );
    assert!(!site.preview.contains("en/articles/accord/index.html"));

    // Renamed, then deleted: the old pages are gone and the lists without them.
    site.edit(&[article, "content/articles/deal.en.md"], |s| {
        s.remove(article);
        s.write("content/articles/deal.en.md", &text);
    });
    site.assert_fresh("a rename");
    assert!(site.preview.contains("en/articles/deal/index.html"));
    site.edit(&["content/articles/deal.en.md"], |s| {
        s.remove("content/articles/deal.en.md")
    });
    site.assert_fresh("a deletion");
    assert!(!site.page("en/index.html").contains("Aircraft order signed"));
    assert_ne!(site.preview.page_files(), before);

    // The stylesheet, a template and a UI string: every page follows.
    let css = "themes/briefing/static/style.css";
    let sheet = std::fs::read_to_string(site.site.root.join(css)).unwrap();
    let kept = site.edit(&[css], |s| {
        s.write(css, &format!("{sheet}\nbody {{ outline: 1px solid red; }}\n"));
    });
    site.assert_fresh("a stylesheet edit");
    assert!(kept);
    let template = "themes/briefing/templates/base.html";
    let base = std::fs::read_to_string(site.site.root.join(template)).unwrap();
    site.edit(&[template], |s| {
        s.write(template, &base.replace("</body>", "<p>footnote</p></body>"));
    });
    site.assert_fresh("a template edit");
    assert!(site.page("fr/index.html").contains("footnote"));
}
