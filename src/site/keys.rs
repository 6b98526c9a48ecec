//! The keys of the page cache: a hash of everything a page reads. Coarse on purpose: one
//! "site" hash covers every input file byte for byte, except the markdown bodies of articles,
//! which are hashed apart so that editing one article's text does not invalidate every page.

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::content::Article;
use crate::markdown::links::heading_ids;

use super::inputs::Inputs;
use super::jobs::PageJob;

/// The site's top-level inputs: the config file and the folders the loaders read (the same
/// set `serve` watches). Walking a superset is harmless; leaving one out would not be.
const INPUT_FILES: [&str; 1] = [crate::config::FILE_NAME];
const INPUT_FOLDERS: [&str; 4] = ["content", "themes", "templates", "static"];

/// The hashes page keys are made of, computed once per build.
pub struct Keys {
    /// Everything but the article bodies: the binary, the build options, every input file
    /// (article files as their parsed front matter), the loaded corpus, and each article's
    /// heading anchors (links in other articles check them).
    site: blake3::Hash,
    /// Every article body, in corpus order.
    bodies: blake3::Hash,
    /// The bodies of each article's versions, by the article's key: a translation's page
    /// says whether it is stale, which reads its original's text.
    groups: HashMap<String, blake3::Hash>,
}

/// The keys of `inputs`' pages; `None` when the page cache is off. Fails only when an input
/// file cannot be read.
pub fn of(inputs: &Inputs<'_>) -> Option<std::io::Result<Keys>> {
    let salt = inputs.options.cache.salt()?;
    Some(Keys::new(inputs, &salt))
}

impl Keys {
    /// The keys of `inputs`' pages; `salt` identifies the binary. Fails only when an input
    /// file cannot be read (then nothing can be cached safely).
    pub fn new(inputs: &Inputs<'_>, salt: &blake3::Hash) -> std::io::Result<Keys> {
        let root = &inputs.config.root;
        let articles = inputs.corpus.articles();
        let parsed: BTreeSet<&Path> = articles.iter().map(|a| a.path.as_path()).collect();
        let files = input_files(root)?
            .into_iter()
            .filter(|path| !parsed.contains(path.as_path()))
            .collect::<Vec<_>>();
        let file_hashes = files
            .par_iter()
            .map(|path| std::fs::read(root.join(path)).map(|bytes| blake3::hash(&bytes)))
            .collect::<std::io::Result<Vec<_>>>()?;
        let article_facts: Vec<(blake3::Hash, blake3::Hash)> = articles
            .par_iter()
            .map(|article| (front_hash(article), blake3::hash(article.body.as_bytes())))
            .collect();

        let mut site = blake3::Hasher::new();
        field(&mut site, b"steppe page cache 1");
        field(&mut site, salt.as_bytes());
        field(&mut site, format!("{:?}", inputs.base_url()).as_bytes());
        field(&mut site, format!("search={}", inputs.options.search).as_bytes());
        for (path, hash) in files.iter().zip(&file_hashes) {
            field(&mut site, path.to_string_lossy().as_bytes());
            field(&mut site, hash.as_bytes());
        }
        for (front, _) in &article_facts {
            field(&mut site, front.as_bytes());
        }
        let corpus = inputs.corpus;
        field(&mut site, format!("{:?}", corpus.pages()).as_bytes());
        field(
            &mut site,
            format!("{:?}", corpus.topic_intros().collect::<Vec<_>>()).as_bytes(),
        );
        field(&mut site, format!("{:?}", corpus.withheld()).as_bytes());
        field(&mut site, format!("{:?}", corpus.scheduled()).as_bytes());

        let mut bodies = blake3::Hasher::new();
        for (_, body) in &article_facts {
            field(&mut bodies, body.as_bytes());
        }
        let body_of: HashMap<&Path, &blake3::Hash> = articles
            .iter()
            .zip(&article_facts)
            .map(|(article, (_, body))| (article.path.as_path(), body))
            .collect();
        let mut groups = HashMap::new();
        for article in articles {
            groups.entry(article.slug.clone()).or_insert_with(|| {
                let mut group = blake3::Hasher::new();
                for version in corpus.translations(&article.slug) {
                    match version {
                        Some(version) => field(&mut group, body_of[version.path.as_path()].as_bytes()),
                        None => field(&mut group, b"-"),
                    }
                }
                group.finalize()
            });
        }
        // Heading anchors are all another article reads of a body (a link to `a.md#part`);
        // they change far less often than the text.
        let anchors: Vec<blake3::Hash> = articles.par_iter().map(|a| anchors_hash(&a.body)).collect();
        for hash in &anchors {
            field(&mut site, hash.as_bytes());
        }
        Ok(Keys {
            site: site.finalize(),
            bodies: bodies.finalize(),
            groups,
        })
    }

    /// The key of `job`'s page, or `None` for a page too cheap to be worth a cache entry.
    pub fn page(&self, job: PageJob, inputs: &Inputs<'_>) -> Option<blake3::Hash> {
        let reads = match job {
            PageJob::Alias(..) => return None,
            // An article page reads its own text and its versions' (for staleness); of other
            // articles only what the site hash covers.
            PageJob::Article(index) => self.groups[&inputs.corpus.articles()[index].slug],
            // Lists, topic pages, the people page (which searches every body for names), ...
            _ => self.bodies,
        };
        let mut key = blake3::Hasher::new();
        field(&mut key, self.site.as_bytes());
        field(&mut key, reads.as_bytes());
        // Given the site hash, the output file names the job: no two pages share one.
        field(&mut key, job.file(inputs).as_bytes());
        Some(key.finalize())
    }
}

/// Feeds `bytes` with its length first, so that no two sequences of fields hash alike.
fn field(hasher: &mut blake3::Hasher, bytes: &[u8]) {
    hasher.update(&(bytes.len() as u64).to_le_bytes());
    hasher.update(bytes);
}

/// Everything parsed from an article's file but its body. The destructuring names every
/// field, so a field added to `Article` does not compile here until it is keyed.
fn front_hash(article: &Article) -> blake3::Hash {
    let Article {
        slug,
        lang,
        path,
        front,
        publish_at,
        body: _,
        body_line,
    } = article;
    let text = format!("{slug:?}\n{lang:?}\n{path:?}\n{front:?}\n{publish_at:?}\n{body_line}");
    blake3::hash(text.as_bytes())
}

fn anchors_hash(body: &str) -> blake3::Hash {
    let ids: BTreeSet<String> = heading_ids(body).into_iter().collect();
    let mut hasher = blake3::Hasher::new();
    for id in &ids {
        field(&mut hasher, id.as_bytes());
    }
    hasher.finalize()
}

/// Every file among the site's inputs, relative to `root`, sorted. Symbolic links are
/// followed, as the loaders of content and media follow them.
fn input_files(root: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut files: Vec<PathBuf> = INPUT_FILES
        .iter()
        .map(PathBuf::from)
        .filter(|file| root.join(file).is_file())
        .collect();
    for folder in INPUT_FOLDERS {
        let base = root.join(folder);
        if !base.exists() {
            continue;
        }
        for entry in walkdir::WalkDir::new(&base).follow_links(true).sort_by_file_name() {
            let entry = entry.map_err(std::io::Error::other)?;
            if !entry.file_type().is_dir() {
                let relative = entry.path().strip_prefix(root).map_err(std::io::Error::other)?;
                files.push(relative.to_owned());
            }
        }
    }
    Ok(files)
}
