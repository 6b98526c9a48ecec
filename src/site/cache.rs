//! The build cache kept between `steppe build` runs in `.steppe-cache/pages/`: rendered pages
//! and minified pages, in pack files (see `pack`). Every entry is named by a hash of everything
//! that made it (see `key`), so an entry can be missing or unused but never stale; file times
//! and watcher reports play no part. Entries carry a checksum of their bytes (as the media
//! cache's do): a damaged entry is a miss, not a page.

pub mod entry;
pub mod pack;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use pack::Pack;

pub use entry::Page;

/// The folder of `.steppe-cache/` this cache owns.
const PAGES: &str = "pages";
/// Where minified pages were kept, one file each, before packs; removed on sight.
const OLD_MINIFIED: &str = "minified";

/// A handle on the cache, cheap to clone; `off()` reads and writes nothing.
#[derive(Clone, Default)]
pub struct PageCache(Option<Arc<Store>>);

struct Store {
    pack: Pack,
    /// Identifies the binary: a new steppe renders anew.
    salt: blake3::Hash,
    counts: [AtomicUsize; 4],
    /// The first failure to write an entry (the build goes on without it).
    write_error: Mutex<Option<String>>,
}

/// What a build took from the cache and what it had to make.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CacheReport {
    pub pages_cached: usize,
    pub pages_rendered: usize,
    pub minified_cached: usize,
    pub minified_made: usize,
}

const PAGES_CACHED: usize = 0;
const PAGES_RENDERED: usize = 1;
const MINIFIED_CACHED: usize = 2;
const MINIFIED_MADE: usize = 3;

impl std::fmt::Debug for PageCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.0 {
            None => f.write_str("PageCache(off)"),
            Some(store) => write!(f, "PageCache({})", store.pack.path().display()),
        }
    }
}

impl PageCache {
    /// No cache: every page rendered and minified anew, nothing written.
    pub fn off() -> PageCache {
        PageCache(None)
    }

    /// The cache of the site at `root`, for the running binary. Fails when the binary cannot
    /// be read to fingerprint it (then no entry could be trusted to come from this steppe).
    pub fn open(root: &std::path::Path) -> Result<PageCache, String> {
        let salt = binary_fingerprint().map_err(|e| format!("cannot read the steppe binary to fingerprint it: {e}"))?;
        Ok(PageCache::with_salt(root, salt))
    }

    fn with_salt(root: &std::path::Path, salt: blake3::Hash) -> PageCache {
        PageCache(Some(Arc::new(Store {
            pack: Pack::open(&root.join(crate::media::cache::FOLDER).join(PAGES)),
            salt,
            counts: Default::default(),
            write_error: Mutex::default(),
        })))
    }

    pub fn is_on(&self) -> bool {
        self.0.is_some()
    }

    /// What identifies the running binary in every key; `None` when the cache is off.
    pub fn salt(&self) -> Option<blake3::Hash> {
        self.0.as_ref().map(|store| store.salt)
    }

    /// The page stored under `key`, or `render`'s, stored for the next build.
    pub fn page<E>(&self, key: Option<blake3::Hash>, render: impl FnOnce() -> Result<Page, E>) -> Result<Page, E> {
        let (Some(store), Some(key)) = (&self.0, key) else {
            return render();
        };
        let name = key.as_bytes();
        if let Some(page) = store.pack.get(name).and_then(|bytes| entry::decode(&bytes)) {
            store.count(PAGES_CACHED);
            return Ok(page);
        }
        let page = render()?;
        store.count(PAGES_RENDERED);
        store.put(name, &entry::encode(&page));
        Ok(page)
    }

    /// `minify(html)`, from the cache when this binary minified the same bytes before. The key
    /// is the bytes themselves (minifying reads nothing else), or `identity` when the caller
    /// knows a hash that names those bytes (see `BuiltSite::identities`).
    pub fn minified(
        &self,
        html: &[u8],
        identity: Option<&blake3::Hash>,
        minify: impl FnOnce(&[u8]) -> Vec<u8>,
    ) -> Vec<u8> {
        let Some(store) = &self.0 else {
            return minify(html);
        };
        let mut key = blake3::Hasher::new();
        match identity {
            Some(identity) => {
                key.update(b"steppe minified page 1\0");
                key.update(store.salt.as_bytes());
                key.update(identity.as_bytes());
            }
            None => {
                key.update(b"steppe minified 1\0");
                key.update(store.salt.as_bytes());
                key.update(html);
            }
        }
        let name = key.finalize();
        if let Some(bytes) = store.pack.get(name.as_bytes()) {
            store.count(MINIFIED_CACHED);
            return bytes;
        }
        let bytes = minify(html);
        store.count(MINIFIED_MADE);
        store.put(name.as_bytes(), &bytes);
        bytes
    }

    pub fn report(&self) -> CacheReport {
        let Some(store) = &self.0 else {
            return CacheReport::default();
        };
        let count = |at: usize| store.counts[at].load(Ordering::Relaxed);
        CacheReport {
            pages_cached: count(PAGES_CACHED),
            pages_rendered: count(PAGES_RENDERED),
            minified_cached: count(MINIFIED_CACHED),
            minified_made: count(MINIFIED_MADE),
        }
    }

    /// The first entry that could not be written, if any (a warning: the build is complete).
    pub fn write_error(&self) -> Option<String> {
        self.0
            .as_ref()?
            .write_error
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    /// Writes what this build made to the cache, and drops the entries it did not use once
    /// they outweigh the rest (see `pack`). Returns how many were dropped.
    pub fn prune(&self) -> std::io::Result<usize> {
        let Some(store) = &self.0 else { return Ok(0) };
        let old = store.pack.path().with_file_name(OLD_MINIFIED);
        match std::fs::remove_dir_all(&old) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(e),
            _ => {}
        }
        Ok(store.pack.finish()?.dropped)
    }
}

impl Store {
    fn count(&self, at: usize) {
        self.counts[at].fetch_add(1, Ordering::Relaxed);
    }

    fn put(&self, name: &pack::Name, bytes: &[u8]) {
        if let Err(e) = self.pack.put(name, bytes) {
            let mut first = self.write_error.lock().unwrap_or_else(|e| e.into_inner());
            first.get_or_insert_with(|| format!("cannot write to {}: {e}", self.pack.path().display()));
        }
    }
}

/// A hash of the running executable: the version alone would let a rebuilt binary with
/// different rendering code (or a different embedded theme) serve its predecessor's pages.
fn binary_fingerprint() -> std::io::Result<blake3::Hash> {
    let bytes = std::fs::read(std::env::current_exe()?)?;
    let mut hasher = blake3::Hasher::new();
    hasher.update(env!("CARGO_PKG_VERSION").as_bytes());
    hasher.update(b"\0");
    hasher.update(&bytes);
    Ok(hasher.finalize())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minified_pages_come_back_only_for_the_same_bytes_and_binary() {
        let dir = tempfile::tempdir().unwrap();
        let upper = |b: &[u8]| b.to_ascii_uppercase();
        let first = PageCache::with_salt(dir.path(), blake3::hash(b"one"));
        assert_eq!(first.minified(b"<p>a</p>", None, upper), b"<P>A</P>");
        first.prune().unwrap();
        let cache = PageCache::with_salt(dir.path(), blake3::hash(b"one"));
        assert_eq!(
            cache.minified(b"<p>a</p>", None, |_| unreachable!("cached")),
            b"<P>A</P>"
        );
        assert_eq!(cache.minified(b"<p>b</p>", None, upper), b"<P>B</P>");
        let other = PageCache::with_salt(dir.path(), blake3::hash(b"two"));
        assert_eq!(
            other.minified(b"<p>a</p>", None, |_| b"new".to_vec()),
            b"new",
            "another binary"
        );
        let report = cache.report();
        assert_eq!((report.minified_cached, report.minified_made), (1, 1));
    }

    #[test]
    fn prune_keeps_what_the_last_build_used() {
        let dir = tempfile::tempdir().unwrap();
        let salt = blake3::hash(b"one");
        let first = PageCache::with_salt(dir.path(), salt);
        first.minified(b"a", None, <[u8]>::to_vec);
        first.minified(b"bbbb", None, <[u8]>::to_vec);
        first.prune().unwrap();
        let second = PageCache::with_salt(dir.path(), salt);
        second.minified(b"a", None, |_| unreachable!("cached"));
        assert_eq!(second.prune().unwrap(), 1, "the unused entry outweighs the used one");
        let third = PageCache::with_salt(dir.path(), salt);
        assert_eq!(third.minified(b"bbbb", None, |_| b"again".to_vec()), b"again", "pruned");
        assert_eq!(third.minified(b"a", None, |_| unreachable!("kept")), b"a");
    }
}
