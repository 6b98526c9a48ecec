//! Files that travel with the site: the site's `static/` folder, copied as it is, and the
//! images of `content/media/`, shared by every language version of the articles that show
//! them, each published as responsive variants (see `variants`) kept in a cache across builds.

pub mod cache;
pub mod figure;
pub mod sidecar;
pub mod variants;
mod walk;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::config::Config;
use crate::error::{Diagnostic, Diagnostics, Error, Result};
use crate::i18n::Lang;

pub use cache::VariantCache;
pub use sidecar::Sidecar;
use variants::{Format, Size, SourceFormat};

/// Where article images live, relative to the site root.
pub const MEDIA_DIR: &str = "content/media";
/// The site's files copied as they are to the output root.
pub const STATIC_DIR: &str = "static";
/// Where variants and other media files are published.
pub const OUTPUT_DIR: &str = "media";

/// One image of `content/media/`, its sidecar and the variants it is published as.
#[derive(Debug, Clone)]
pub struct Image {
    /// Path inside `content/media/`, with `/` separators: what markdown refers to.
    pub name: String,
    pub sidecar: Sidecar,
    format: SourceFormat,
    bytes: Vec<u8>,
    key: blake3::Hash,
    variants: Vec<Variant>,
}

/// One width of one image in one format.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Variant {
    pub size: Size,
    pub format: Format,
    /// Path in the built site, such as `media/hall.1a2b3c4d5e.960.webp`.
    pub output: String,
}

impl Image {
    /// The image file, relative to the site root, for messages.
    pub fn path(&self) -> PathBuf {
        Path::new(MEDIA_DIR).join(&self.name)
    }

    pub fn sidecar_path(&self) -> PathBuf {
        Path::new(MEDIA_DIR).join(format!("{}.yaml", self.name))
    }

    /// Its variants in `format`, narrowest first.
    pub fn variants(&self, format: Format) -> impl Iterator<Item = &Variant> {
        self.variants.iter().filter(move |v| v.format == format)
    }

    /// The cache entry of a variant: the key covers everything that made its bytes.
    fn cache_name(&self, variant: &Variant) -> String {
        format!(
            "{}.{}.{}",
            self.key.to_hex(),
            variant.size.width,
            variant.format.extension()
        )
    }
}

/// What a build did with the images, for the build report.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct MediaReport {
    pub images: usize,
    /// Images decoded and encoded again because a variant was not in the cache.
    pub encoded: usize,
    pub variants_encoded: usize,
    pub variants_cached: usize,
}

/// The site's static files and images, read and checked; variants are encoded by `publish`.
#[derive(Debug, Clone, Default)]
pub struct Media {
    images: BTreeMap<String, Image>,
    /// Output path → (source path relative to the root, bytes), for static and other files.
    copies: BTreeMap<String, (PathBuf, Vec<u8>)>,
}

impl Media {
    /// Reads `static/` and `content/media/` of the site; all problems are reported together.
    pub fn load(config: &Config) -> Result<Media> {
        let mut problems = Diagnostics::default();
        let mut media = Media::default();
        let statics = problems.take(walk::files(&config.root, Path::new(STATIC_DIR)));
        for (name, bytes) in statics.unwrap_or_default() {
            media
                .copies
                .insert(name.clone(), (Path::new(STATIC_DIR).join(&name), bytes));
        }
        let files = problems
            .take(walk::files(&config.root, Path::new(MEDIA_DIR)))
            .unwrap_or_default();
        let files: BTreeMap<String, Vec<u8>> = files.into_iter().filter(|(name, _)| !is_hidden(name)).collect();
        let langs: Vec<&str> = Lang::ALL.iter().map(|lang| lang.code()).collect();
        let loaded: Vec<_> = files
            .par_iter()
            .filter_map(|(name, bytes)| Some((name, bytes, source_format(name)?)))
            .map(|(name, bytes, format)| load_image(name, bytes, format, files.get(&format!("{name}.yaml")), &langs))
            .collect();
        for image in loaded {
            if let Some(image) = problems.take(image.map_err(Error::from)) {
                media.images.insert(image.name.clone(), image);
            }
        }
        for (name, bytes) in &files {
            if source_format(name).is_some() {
                continue;
            }
            if let Some(image) = name.strip_suffix(".yaml")
                && source_format(image).is_some()
            {
                if !files.contains_key(image) {
                    let message = format!("a sidecar without its image: no {MEDIA_DIR}/{image}");
                    problems.push(Diagnostic::error(Path::new(MEDIA_DIR).join(name), message));
                }
                continue;
            }
            let output = format!("{OUTPUT_DIR}/{name}");
            let path = Path::new(MEDIA_DIR).join(name);
            if media.copies.contains_key(&output) {
                let message = format!("{STATIC_DIR}/{output} is published at the same place; keep one of the two");
                problems.push(Diagnostic::error(path, message));
                continue;
            }
            media.copies.insert(output, (path, bytes.clone()));
        }
        problems.finish()?;
        Ok(media)
    }

    /// The image markdown calls `name` (a path inside `content/media/`).
    pub fn image(&self, name: &str) -> Option<&Image> {
        self.images.get(name)
    }

    pub fn is_empty(&self) -> bool {
        self.images.is_empty() && self.copies.is_empty()
    }

    /// The files copied as they are (static files, and other files of `content/media/`):
    /// output path, source path for messages, bytes.
    pub fn copies(&self) -> impl Iterator<Item = (&str, &Path, &[u8])> {
        self.copies
            .iter()
            .map(|(output, (source, bytes))| (output.as_str(), source.as_path(), bytes.as_slice()))
    }

    /// Every variant of every image, from the cache when it holds them and encoded (in parallel)
    /// when it does not. A cache that cannot be written is a warning: the build still succeeds.
    pub fn publish(&self, cache: &VariantCache) -> Result<Published> {
        let results: Vec<_> = self
            .images
            .par_iter()
            .map(|(_, image)| publish_image(image, cache))
            .collect();
        let mut problems = Diagnostics::default();
        let mut published = Published::default();
        published.report.images = self.images.len();
        for result in results {
            let Some(image) = problems.take(result.map_err(Error::from)) else {
                continue;
            };
            published.report.encoded += usize::from(image.encoded > 0);
            published.report.variants_encoded += image.encoded;
            published.report.variants_cached += image.files.len() - image.encoded;
            published.files.extend(image.files);
            published.warnings.extend(image.warning);
        }
        problems.finish()?;
        Ok(published)
    }
}

/// The variants of every image, ready for the output.
#[derive(Debug, Default)]
pub struct Published {
    pub files: Vec<(String, Vec<u8>)>,
    pub report: MediaReport,
    pub warnings: Vec<Diagnostic>,
}

struct PublishedImage {
    files: Vec<(String, Vec<u8>)>,
    encoded: usize,
    warning: Option<Diagnostic>,
}

fn publish_image(image: &Image, cache: &VariantCache) -> Result<PublishedImage, Diagnostic> {
    let cached: Vec<Option<Vec<u8>>> = image.variants.iter().map(|v| cache.get(&image.cache_name(v))).collect();
    let mut out = PublishedImage {
        files: Vec::with_capacity(image.variants.len()),
        encoded: 0,
        warning: None,
    };
    if cached.iter().all(Option::is_some) {
        out.files = image
            .variants
            .iter()
            .map(|v| v.output.clone())
            .zip(cached.into_iter().flatten())
            .collect();
        return Ok(out);
    }
    let fail = |message: String| Diagnostic::error(image.path(), message);
    let pixels =
        variants::decode(&image.bytes, image.format).map_err(|e| fail(format!("cannot decode the image: {e}")))?;
    let encoded: Vec<Result<Vec<u8>, String>> = image
        .variants
        .par_iter()
        .zip(cached.into_par_iter())
        .map(|(variant, cached)| match cached {
            Some(bytes) => Ok(bytes),
            None => variants::encode(&variants::resize(&pixels, variant.size), variant.format),
        })
        .collect();
    for (variant, bytes) in image.variants.iter().zip(encoded) {
        let bytes = bytes.map_err(|e| fail(format!("cannot encode its {}w variant: {e}", variant.size.width)))?;
        let name = image.cache_name(variant);
        if cache.get(&name).is_none() {
            out.encoded += 1;
            if let Err(e) = cache.put(&name, &bytes)
                && out.warning.is_none()
            {
                let message = format!("cannot write the image cache, so images are encoded again next build: {e}");
                out.warning = Some(Diagnostic::warning(cache.path(), message));
            }
        }
        out.files.push((variant.output.clone(), bytes));
    }
    Ok(out)
}

fn load_image(
    name: &str,
    bytes: &[u8],
    format: SourceFormat,
    sidecar: Option<&Vec<u8>>,
    langs: &[&str],
) -> Result<Image, Diagnostic> {
    let path = Path::new(MEDIA_DIR).join(name);
    let sidecar_path = Path::new(MEDIA_DIR).join(format!("{name}.yaml"));
    let sidecar = sidecar.ok_or_else(|| {
        let message = format!(
            "no credit: write {} with `credit: …` (who made the picture)",
            sidecar_path.display()
        );
        Diagnostic::error(&path, message)
    })?;
    let text = std::str::from_utf8(sidecar).map_err(|_| Diagnostic::error(&sidecar_path, "not UTF-8 text"))?;
    let sidecar = Sidecar::parse(&sidecar_path, text, langs)?;
    let size =
        variants::probe(bytes, format).map_err(|e| Diagnostic::error(&path, format!("cannot read the image: {e}")))?;
    let key = cache_key(bytes);
    let stem = name.rsplit_once('.').map_or(name, |(stem, _)| stem);
    let short = &key.to_hex()[..10];
    let variants = format
        .outputs()
        .into_iter()
        .flat_map(|format| {
            variants::plan(size).into_iter().map(move |size| Variant {
                size,
                format,
                output: format!("{OUTPUT_DIR}/{stem}.{short}.{}.{}", size.width, format.extension()),
            })
        })
        .collect();
    Ok(Image {
        name: name.to_owned(),
        sidecar,
        format,
        bytes: bytes.to_vec(),
        key,
        variants,
    })
}

/// The key of an image's variants: its bytes, the encoder settings (widths, formats, qualities)
/// and the steppe version, so no change to any of them can serve an old variant.
fn cache_key(bytes: &[u8]) -> blake3::Hash {
    let mut hasher = blake3::Hasher::new();
    hasher.update(b"steppe media variants\0");
    hasher.update(env!("CARGO_PKG_VERSION").as_bytes());
    hasher.update(b"\0");
    hasher.update(variants::settings().as_bytes());
    hasher.update(b"\0");
    hasher.update(bytes);
    hasher.finalize()
}

fn source_format(name: &str) -> Option<SourceFormat> {
    let (_, extension) = name.rsplit_once('.')?;
    SourceFormat::from_extension(extension)
}

fn is_hidden(name: &str) -> bool {
    name.split('/').any(|part| part.starts_with('.'))
}

/// The `content/media/` name of an image address in markdown (`hall.jpg`, `./astana/hall.jpg`,
/// `hall%20north.jpg`); remote and escaping addresses are refused.
pub fn image_name(src: &str) -> Result<String, String> {
    if crate::web_url::is_external(src) {
        return Err(format!(
            "image `{src}` is not a file of {MEDIA_DIR}/: images are published from the site, never loaded from elsewhere"
        ));
    }
    let decoded = percent_encoding::percent_decode_str(src)
        .decode_utf8()
        .map_err(|_| format!("image `{src}`: the address is not UTF-8"))?;
    let path = decoded.split(['?', '#']).next().unwrap_or_default();
    let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty() && *p != ".").collect();
    if parts.is_empty() {
        // `neutralize` turns a `javascript:` or `data:` address into `#`.
        return Err(format!(
            "image `{src}` has no file of {MEDIA_DIR}/ (script and data addresses are dropped)"
        ));
    }
    if path.starts_with('/') || parts.contains(&"..") {
        return Err(format!(
            "image `{src}`: image paths are relative to {MEDIA_DIR}/ and stay inside it"
        ));
    }
    Ok(parts.join("/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn image_names_are_paths_inside_the_media_folder() {
        assert_eq!(image_name("hall.jpg").unwrap(), "hall.jpg");
        assert_eq!(
            image_name("./astana//hall%20north.jpg").unwrap(),
            "astana/hall north.jpg"
        );
        for bad in [
            "https://x.org/a.jpg",
            "//x.org/a.jpg",
            "../secret.png",
            "/abs.png",
            "data:image/png;base64,AA",
        ] {
            assert!(image_name(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn the_key_changes_with_the_bytes() {
        assert_ne!(cache_key(b"a"), cache_key(b"b"));
        assert_eq!(cache_key(b"a"), cache_key(b"a"));
    }
}
