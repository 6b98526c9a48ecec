//! `steppe build`: flags → options, the build, the output folder written, and with
//! `--verify-cache` a clean build beside the cached one, compared byte for byte.

use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{Context, Result, bail};
use clap::Args;

use steppe::config::normalize_base_url;
use steppe::content::LoadOptions;
use steppe::output::{self, OutputOptions};
use steppe::site::{self, BuildOptions, BuiltSite, PageCache};

use super::{progress_bar, report, under_root};

#[derive(Debug, Args)]
pub struct BuildArgs {
    /// Folder of the site (the one holding steppe.yaml).
    #[arg(long, default_value = ".")]
    root: PathBuf,
    /// Folder to write the site to, relative to the site's folder (--root).
    #[arg(long, default_value = "public")]
    output: PathBuf,
    /// Absolute URL the site will be served from, for feeds, sitemap and canonical links
    /// (overrides base_url in steppe.yaml).
    #[arg(long)]
    base_url: Option<String>,
    /// Include articles and pages marked `draft: true`.
    #[arg(long)]
    drafts: bool,
    /// Skip the search index (faster; the search box then finds nothing).
    #[arg(long)]
    no_search: bool,
    /// Render every page anew: neither read nor write the page cache in .steppe-cache/.
    #[arg(long, conflicts_with = "verify_cache")]
    no_cache: bool,
    /// Also build the site clean (no page cache) and fail if the cached build differs from it
    /// in any byte; the clean build is the one written.
    #[arg(long)]
    verify_cache: bool,
}

impl BuildArgs {
    pub(super) fn run(self) -> Result<()> {
        let started = Instant::now();
        // Resolved against the site, as `hugo -s` and `zola --root` do: `build --root site`
        // writes site/public, the folder `check --public` and `publish --no-build` read.
        let out = under_root(&self.root, &self.output);
        let cache = if self.no_cache {
            PageCache::off()
        } else {
            PageCache::open(&self.root).unwrap_or_else(|message| {
                eprintln!("warning: {message}; building without the page cache");
                PageCache::off()
            })
        };
        let site = if self.verify_cache {
            self.verify(&cache, &out)?
        } else {
            let spare = cache.is_on().then(|| spare_folder(&self.root));
            self.build_into(&cache, &out, spare, true)?
        };
        eprintln!(
            "Built {} files into {} in {} ms",
            site.files.len(),
            out.display(),
            started.elapsed().as_millis()
        );
        report_caches(&site, &cache);
        Ok(())
    }

    /// Builds with `cache` and writes the site to `out`; `warn` prints the build's warnings.
    fn build_into(&self, cache: &PageCache, out: &Path, spare: Option<PathBuf>, warn: bool) -> Result<BuiltSite> {
        let base_url = match self.base_url.as_deref() {
            Some(url) => Some(
                normalize_base_url(url)
                    .map_err(anyhow::Error::msg)
                    .context("--base-url")?,
            ),
            None => None,
        };
        let (progress, bar) = progress_bar();
        let options = BuildOptions {
            base_url,
            search: !self.no_search,
            progress: progress.clone(),
            cache: cache.clone(),
            ..BuildOptions::default()
        };
        let load = LoadOptions {
            drafts: self.drafts,
            now: steppe::date::now(),
        };
        let site = site::build_from_root(&self.root, options, load)
            .context("the site was not built; the output folder was left as it was")?;
        if warn {
            report(&site.warnings);
        }
        let written = output::write(
            &site,
            out,
            OutputOptions {
                progress,
                cache: cache.clone(),
                spare,
                ..OutputOptions::default()
            },
        );
        bar.finish_and_clear();
        written.context("the site was built but could not be written; the output folder was left as it was")?;
        if let Err(e) = cache.prune() {
            eprintln!("warning: cannot remove old entries of the page cache: {e}");
        }
        Ok(site)
    }

    /// The cached build into a scratch folder, then the clean one into `out`, then the two
    /// compared file by file: a difference means an entry was keyed without one of its inputs.
    fn verify(&self, cache: &PageCache, out: &Path) -> Result<BuiltSite> {
        let scratch = tempfile::Builder::new()
            .prefix("steppe-verify-")
            .tempdir()
            .context("cannot create a temporary folder for the cached build")?;
        let cached_out = scratch.path().join("cached");
        self.build_into(cache, &cached_out, None, false)?;
        let site = self.build_into(&PageCache::off(), out, None, true)?;
        let differences = differences(&cached_out, out)?;
        if let Some(first) = differences.first() {
            let more = match differences.len() {
                1 => String::new(),
                n => format!(
                    " and {} more: {}",
                    n - 1,
                    differences[1..].iter().take(9).cloned().collect::<Vec<_>>().join(", ")
                ),
            };
            bail!(
                "--verify-cache: the cached build differs from a clean build in {first}{more}; {} holds the clean build. \
                 The cache in {} is wrong: remove it, and please report this",
                out.display(),
                self.root.join(".steppe-cache").display()
            );
        }
        eprintln!("Verified: the cached build is byte-identical to a clean build");
        Ok(site)
    }
}

/// Where the output tree a build swaps out is kept for the next build to start from: in the
/// site's cache folder, which may be removed at any time.
fn spare_folder(root: &Path) -> PathBuf {
    root.join(".steppe-cache").join("output")
}

/// The files that differ between two folder trees (or are in one only), by relative path, sorted.
fn differences(a: &Path, b: &Path) -> Result<Vec<String>> {
    let (left, right) = (tree(a)?, tree(b)?);
    let mut paths: Vec<&String> = left.keys().chain(right.keys()).collect();
    paths.sort();
    paths.dedup();
    let mut differing = Vec::new();
    for path in paths {
        let same = match (left.get(path), right.get(path)) {
            (Some(x), Some(y)) => std::fs::read(x)? == std::fs::read(y)?,
            _ => false,
        };
        if !same {
            differing.push(path.clone());
        }
    }
    Ok(differing)
}

/// Every file under `dir`, by its `/`-separated path inside it.
fn tree(dir: &Path) -> Result<std::collections::BTreeMap<String, PathBuf>> {
    let mut files = std::collections::BTreeMap::new();
    for entry in walkdir::WalkDir::new(dir).min_depth(1) {
        let entry = entry.with_context(|| format!("cannot read {}", dir.display()))?;
        if !entry.file_type().is_dir() {
            let relative = entry.path().strip_prefix(dir).expect("walked under dir");
            let name = relative
                .components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/");
            files.insert(name, entry.into_path());
        }
    }
    Ok(files)
}

fn report_caches(site: &BuiltSite, cache: &PageCache) {
    let pages = cache.report();
    if cache.is_on() {
        eprintln!(
            "Pages: {} from the cache, {} rendered; minified: {} from the cache, {} anew",
            pages.pages_cached, pages.pages_rendered, pages.minified_cached, pages.minified_made
        );
    }
    let media = site.media;
    if media.images > 0 {
        eprintln!(
            "Images: {} ({} variants encoded, {} from the cache)",
            media.images, media.variants_encoded, media.variants_cached
        );
    }
    let cards = site.cards;
    if cards.drawn + cards.cached > 0 {
        eprintln!("Social cards: {} drawn, {} from the cache", cards.drawn, cards.cached);
    }
    let fonts = site.fonts;
    if fonts.faces > 0 {
        eprintln!(
            "Fonts: {} faces, {} KB ({} cut, {} from the cache)",
            fonts.faces,
            fonts.bytes.div_ceil(1024),
            fonts.subset,
            fonts.cached
        );
    }
}
