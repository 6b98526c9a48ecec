//! The variant cache: encoded variants kept in a folder across builds (`.steppe-cache/media/`),
//! each under the key of everything that made it. An entry starts with the BLAKE3 hash of its
//! payload and is served only when the payload still matches it, so a truncated or edited file
//! is encoded again, never published.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

/// The folder, under the site root, that holds steppe's caches.
pub const FOLDER: &str = ".steppe-cache";

const HASH_LEN: usize = blake3::OUT_LEN;

#[derive(Debug, Clone)]
pub struct VariantCache {
    dir: PathBuf,
}

impl VariantCache {
    /// The cache of the site at `root`; nothing is created until the first write.
    pub fn new(root: &Path) -> VariantCache {
        VariantCache::in_folder(root, "media")
    }

    /// The cache of the site at `root` kept in `.steppe-cache/<folder>/` (fonts have their own).
    pub fn in_folder(root: &Path, folder: &str) -> VariantCache {
        VariantCache {
            dir: root.join(FOLDER).join(folder),
        }
    }

    fn entry(&self, name: &str) -> PathBuf {
        self.dir.join(name)
    }

    /// The payload stored under `name`, if there is one whose hash still matches.
    pub fn get(&self, name: &str) -> Option<Vec<u8>> {
        let stored = fs::read(self.entry(name)).ok()?;
        if stored.len() < HASH_LEN {
            return None;
        }
        let (hash, payload) = stored.split_at(HASH_LEN);
        (blake3::hash(payload).as_bytes() == hash).then(|| payload.to_vec())
    }

    /// Stores `payload` under `name`, atomically: a reader sees the old entry or the new one.
    pub fn put(&self, name: &str, payload: &[u8]) -> std::io::Result<()> {
        // The folder is made on the first entry only: a build writes thousands of entries, and
        // asking for the folder before each one cost a system call apiece.
        let mut file = match tempfile::NamedTempFile::new_in(&self.dir) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                fs::create_dir_all(&self.dir)?;
                tempfile::NamedTempFile::new_in(&self.dir)?
            }
            other => other?,
        };
        file.write_all(blake3::hash(payload).as_bytes())?;
        file.write_all(payload)?;
        file.persist(self.entry(name)).map_err(|e| e.error)?;
        Ok(())
    }

    /// Where the cache lives, for messages.
    pub fn path(&self) -> &Path {
        &self.dir
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serves_what_was_stored_and_nothing_damaged() {
        let dir = tempfile::tempdir().unwrap();
        let cache = VariantCache::new(dir.path());
        assert_eq!(cache.get("a.webp"), None);
        cache.put("a.webp", b"pixels").unwrap();
        assert_eq!(cache.get("a.webp").as_deref(), Some(&b"pixels"[..]));
        let path = cache.path().join("a.webp");
        let mut stored = fs::read(&path).unwrap();
        *stored.last_mut().unwrap() ^= 1;
        fs::write(&path, &stored).unwrap();
        assert_eq!(cache.get("a.webp"), None, "a flipped bit is a miss");
        fs::write(&path, b"short").unwrap();
        assert_eq!(cache.get("a.webp"), None, "a truncated entry is a miss");
    }
}
