//! The page cache's store: a few large pack files instead of one file per entry. A build of
//! 30,000 pages makes 60,000 entries; as files, creating them (a temporary file and a rename
//! each) cost a clean build more system time than rendering. A pack is written in one stream
//! and read with one positioned read per entry.
//!
//! A pack file is `seg-<id>` in the store's folder: entries back to back, each
//! `[payload length: u64 LE][BLAKE3 of the payload: 32][payload]`, then an index of
//! `[name: 32][offset of the entry: u64 LE]` per entry, then `[entry count: u64 LE]`
//! `[BLAKE3 of the index: 32]` and the magic `MAGIC`. A pack is written under a temporary name
//! and renamed when whole, and never changed after; one without a valid footer is ignored.
//! Each build adds one pack holding what it made; when the entries no build used outweigh the
//! used ones, or packs pile up, the next build copies the used entries into its own pack and
//! removes the rest.

use std::collections::{HashMap, HashSet};
use std::fs::{self, File};
use std::io::{BufWriter, Write};
use std::os::unix::fs::FileExt;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

pub type Name = [u8; 32];

const MAGIC: &[u8; 8] = b"steppk01";
const PREFIX: &str = "seg-";
/// Length and checksum before each payload.
const ENTRY_HEAD: u64 = 8 + 32;
const INDEX_ROW: u64 = 32 + 8 + 8;
const FOOTER: u64 = 8 + 32 + 8;
/// More packs than this and the next build merges them: each costs an open and an index read.
const MAX_PACKS: usize = 8;

pub struct Pack {
    dir: PathBuf,
    packs: Vec<Segment>,
    /// Where each stored entry is: pack, offset of its head, payload length.
    index: HashMap<Name, (usize, u64, u64)>,
    /// Names this build read or wrote.
    used: Mutex<HashSet<Name>>,
    writer: Mutex<Option<Writer>>,
}

struct Segment {
    path: PathBuf,
    file: File,
}

struct Writer {
    file: BufWriter<tempfile::NamedTempFile>,
    at: u64,
    rows: Vec<(Name, u64, u64)>,
    written: HashSet<Name>,
}

/// What `finish` did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Finished {
    /// Entries left out of the cache because no build used them.
    pub dropped: usize,
}

impl Pack {
    /// The store in `dir`. Packs that cannot be read, or are not whole, are skipped: the
    /// cache may lose entries, never hand out wrong ones.
    pub fn open(dir: &Path) -> Pack {
        let mut pack = Pack {
            dir: dir.to_owned(),
            packs: Vec::new(),
            index: HashMap::new(),
            used: Mutex::default(),
            writer: Mutex::default(),
        };
        let Ok(listing) = fs::read_dir(dir) else {
            return pack;
        };
        let mut paths: Vec<PathBuf> = listing
            .filter_map(|entry| entry.ok())
            .filter(|entry| entry.file_name().to_str().is_some_and(|n| n.starts_with(PREFIX)))
            .map(|entry| entry.path())
            .collect();
        paths.sort();
        for path in paths {
            let Ok(file) = File::open(&path) else { continue };
            let Some(rows) = read_index(&file) else { continue };
            let at = pack.packs.len();
            pack.packs.push(Segment { path, file });
            for (name, offset, len) in rows {
                pack.index.insert(name, (at, offset, len));
            }
        }
        pack
    }

    pub fn path(&self) -> &Path {
        &self.dir
    }

    /// The payload stored under `name`, if its checksum holds. Marks `name` used.
    pub fn get(&self, name: &Name) -> Option<Vec<u8>> {
        self.mark(name);
        let &(at, offset, len) = self.index.get(name)?;
        let mut entry = vec![0; usize::try_from(ENTRY_HEAD + len).ok()?];
        self.packs[at].file.read_exact_at(&mut entry, offset).ok()?;
        let (head, payload) = entry.split_at(ENTRY_HEAD as usize);
        (head[..8] == len.to_le_bytes() && blake3::hash(payload).as_bytes() == &head[8..]).then(|| {
            entry.drain(..ENTRY_HEAD as usize);
            entry
        })
    }

    /// Stores `payload` under `name` in this build's pack (written out by `finish`).
    pub fn put(&self, name: &Name, payload: &[u8]) -> std::io::Result<()> {
        self.mark(name);
        let mut writer = self.writer.lock().unwrap_or_else(|e| e.into_inner());
        let writer = match &mut *writer {
            Some(writer) => writer,
            empty => empty.insert(Writer::new(&self.dir)?),
        };
        writer.append(name, payload)
    }

    fn mark(&self, name: &Name) {
        self.used.lock().unwrap_or_else(|e| e.into_inner()).insert(*name);
    }

    /// Writes this build's pack and drops what no longer earns its place: the entries this
    /// build did not use go once they outweigh the used ones (or packs pile up), and so do
    /// files in the folder that are not packs (an older layout's entries).
    pub fn finish(&self) -> std::io::Result<Finished> {
        let used = std::mem::take(&mut *self.used.lock().unwrap_or_else(|e| e.into_inner()));
        let mut writer = self.writer.lock().unwrap_or_else(|e| e.into_inner()).take();
        let (mut live, mut dead, mut dropped) = (0u64, 0u64, 0usize);
        for (name, &(_, _, len)) in &self.index {
            if used.contains(name) {
                live += len;
            } else {
                dead += len;
                dropped += 1;
            }
        }
        let merge = dead > live || self.packs.len() >= MAX_PACKS;
        if merge && writer.is_none() && !self.index.is_empty() {
            writer = Some(Writer::new(&self.dir)?);
        }
        if merge && let Some(writer) = &mut writer {
            // Sorted, so a merged pack's layout does not depend on hash order.
            let mut kept: Vec<(&Name, &(usize, u64, u64))> = self
                .index
                .iter()
                .filter(|(name, _)| used.contains(*name) && !writer.written.contains(*name))
                .collect();
            kept.sort_by_key(|&(_, &(at, offset, _))| (at, offset));
            for (name, _) in kept {
                if let Some(payload) = self.get(name) {
                    writer.append(name, &payload)?;
                }
            }
        }
        let mut keep: HashSet<PathBuf> = HashSet::new();
        if let Some(writer) = writer {
            keep.insert(writer.persist(&self.dir)?);
        }
        if !merge {
            keep.extend(self.packs.iter().map(|segment| segment.path.clone()));
        }
        self.remove_all_but(&keep)?;
        Ok(Finished {
            dropped: if merge { dropped } else { 0 },
        })
    }

    /// Removes every file of the folder but `keep` and the temporary files of builds that may
    /// still be running.
    fn remove_all_but(&self, keep: &HashSet<PathBuf>) -> std::io::Result<()> {
        let listing = match fs::read_dir(&self.dir) {
            Ok(listing) => listing,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
            Err(e) => return Err(e),
        };
        for entry in listing {
            let entry = entry?;
            let path = entry.path();
            let name = entry.file_name();
            let temporary = name.to_str().is_some_and(|n| n.starts_with(".tmp"));
            if keep.contains(&path) || temporary || !entry.file_type()?.is_file() {
                continue;
            }
            match fs::remove_file(&path) {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(e),
                _ => {}
            }
        }
        Ok(())
    }
}

impl Writer {
    fn new(dir: &Path) -> std::io::Result<Writer> {
        let file = match tempfile::NamedTempFile::new_in(dir) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                fs::create_dir_all(dir)?;
                tempfile::NamedTempFile::new_in(dir)?
            }
            other => other?,
        };
        Ok(Writer {
            file: BufWriter::with_capacity(1 << 20, file),
            at: 0,
            rows: Vec::new(),
            written: HashSet::new(),
        })
    }

    fn append(&mut self, name: &Name, payload: &[u8]) -> std::io::Result<()> {
        if !self.written.insert(*name) {
            return Ok(());
        }
        let len = payload.len() as u64;
        self.file.write_all(&len.to_le_bytes())?;
        self.file.write_all(blake3::hash(payload).as_bytes())?;
        self.file.write_all(payload)?;
        self.rows.push((*name, self.at, len));
        self.at += ENTRY_HEAD + len;
        Ok(())
    }

    /// Writes the index and footer and gives the pack its final name.
    fn persist(mut self, dir: &Path) -> std::io::Result<PathBuf> {
        let mut index = Vec::with_capacity(self.rows.len() * INDEX_ROW as usize);
        for (name, offset, len) in &self.rows {
            index.extend_from_slice(name);
            index.extend_from_slice(&offset.to_le_bytes());
            index.extend_from_slice(&len.to_le_bytes());
        }
        self.file.write_all(&index)?;
        self.file.write_all(&(self.rows.len() as u64).to_le_bytes())?;
        self.file.write_all(blake3::hash(&index).as_bytes())?;
        self.file.write_all(MAGIC)?;
        let file = self.file.into_inner().map_err(|e| e.into_error())?;
        // Named by the time, so packs sort oldest first and a later one wins a (harmless)
        // duplicate; the process id keeps two builds started in the same instant apart.
        let stamp = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap_or_default()
            .as_nanos();
        let path = dir.join(format!("{PREFIX}{stamp:032}-{}", std::process::id()));
        file.persist(&path).map_err(|e| e.error)?;
        Ok(path)
    }
}

/// The rows of a whole pack: name, offset of the entry's head, payload length.
fn read_index(file: &File) -> Option<Vec<(Name, u64, u64)>> {
    let size = file.metadata().ok()?.len();
    let mut footer = [0u8; FOOTER as usize];
    file.read_exact_at(&mut footer, size.checked_sub(FOOTER)?).ok()?;
    if &footer[40..] != MAGIC {
        return None;
    }
    let count = u64::from_le_bytes(footer[..8].try_into().ok()?);
    let index_start = size - FOOTER - count.checked_mul(INDEX_ROW).filter(|&n| n <= size - FOOTER)?;
    let mut index = vec![0u8; usize::try_from(count * INDEX_ROW).ok()?];
    file.read_exact_at(&mut index, index_start).ok()?;
    if blake3::hash(&index).as_bytes() != &footer[8..40] {
        return None;
    }
    let mut rows = Vec::with_capacity(index.len() / INDEX_ROW as usize);
    for row in index.chunks_exact(INDEX_ROW as usize) {
        let name: Name = row[..32].try_into().ok()?;
        let offset = u64::from_le_bytes(row[32..40].try_into().ok()?);
        let len = u64::from_le_bytes(row[40..].try_into().ok()?);
        if offset.checked_add(ENTRY_HEAD)?.checked_add(len)? > index_start {
            return None;
        }
        rows.push((name, offset, len));
    }
    Some(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(n: u8) -> Name {
        [n; 32]
    }

    fn packs(dir: &Path) -> usize {
        fs::read_dir(dir).unwrap().count()
    }

    #[test]
    fn entries_come_back_from_the_next_build_and_damage_is_a_miss() {
        let dir = tempfile::tempdir().unwrap();
        let first = Pack::open(dir.path());
        first.put(&name(1), b"one").unwrap();
        first.put(&name(2), b"two").unwrap();
        first.put(&name(2), b"two").unwrap();
        assert_eq!(first.finish().unwrap(), Finished::default());
        assert_eq!(packs(dir.path()), 1, "one pack, no temporary file left");

        let second = Pack::open(dir.path());
        assert_eq!(second.get(&name(1)).as_deref(), Some(&b"one"[..]));
        assert_eq!(second.get(&name(2)).as_deref(), Some(&b"two"[..]));
        assert_eq!(second.get(&name(3)), None);

        let path = fs::read_dir(dir.path()).unwrap().next().unwrap().unwrap().path();
        let mut bytes = fs::read(&path).unwrap();
        let at = bytes.windows(3).position(|w| w == b"one").unwrap();
        bytes[at] = b'O';
        fs::write(&path, &bytes).unwrap();
        let damaged = Pack::open(dir.path());
        assert_eq!(damaged.get(&name(1)), None, "a changed payload fails its checksum");
        assert_eq!(damaged.get(&name(2)).as_deref(), Some(&b"two"[..]));

        fs::write(&path, &bytes[..bytes.len() - 1]).unwrap();
        assert_eq!(Pack::open(dir.path()).get(&name(2)), None, "a cut pack is ignored");
    }

    #[test]
    fn unused_entries_go_once_they_outweigh_the_used_ones() {
        let dir = tempfile::tempdir().unwrap();
        let first = Pack::open(dir.path());
        for n in 0..4 {
            first.put(&name(n), &[n; 100]).unwrap();
        }
        first.finish().unwrap();
        fs::write(dir.path().join("0123abcd"), b"an entry of the old layout").unwrap();

        // One entry replaced: three used, one unused; the old pack stays, a new one joins it.
        let second = Pack::open(dir.path());
        for n in 1..4 {
            assert!(second.get(&name(n)).is_some());
        }
        second.put(&name(9), &[9; 100]).unwrap();
        assert_eq!(second.finish().unwrap().dropped, 0);
        assert_eq!(packs(dir.path()), 2, "the old layout's file is gone");

        // Only two of five used: merged into one pack of the two.
        let third = Pack::open(dir.path());
        assert!(third.get(&name(9)).is_some());
        assert!(third.get(&name(1)).is_some());
        assert_eq!(third.finish().unwrap().dropped, 3);
        assert_eq!(packs(dir.path()), 1);
        let fourth = Pack::open(dir.path());
        assert_eq!(fourth.get(&name(1)).as_deref(), Some(&[1; 100][..]));
        assert_eq!(fourth.get(&name(9)).as_deref(), Some(&[9; 100][..]));
        assert_eq!(fourth.get(&name(2)), None, "dropped");
    }
}
