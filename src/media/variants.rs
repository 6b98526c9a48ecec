//! Responsive variants of one image: the widths it is cut to (never wider than the original),
//! the formats it is written in (WebP and its own), and the encoding itself. Decoding and
//! re-encoding keeps only pixels, so EXIF, GPS and every other metadata block are dropped; the
//! EXIF orientation is applied to the pixels first, so a phone photo stays upright.

use std::io::Cursor;

use image::codecs::jpeg::JpegEncoder;
use image::codecs::png::{CompressionType, FilterType as PngFilter, PngEncoder};
use image::imageops::FilterType;
use image::{DynamicImage, ImageDecoder, ImageReader};

/// The widths, in pixels, each image is offered at; an image narrower than the widest is also
/// offered at its own width, and never above it.
pub const WIDTHS: [u32; 3] = [480, 960, 1600];
pub const JPEG_QUALITY: u8 = 82;
pub const WEBP_QUALITY: f32 = 80.0;
const RESIZE_FILTER: FilterType = FilterType::CatmullRom;

/// Everything about encoding that changes the bytes of a variant, for the cache key: a change
/// here makes every cached variant a miss.
pub fn settings() -> String {
    format!(
        "widths {WIDTHS:?}; formats webp+source; jpeg q{JPEG_QUALITY}; webp lossy q{WEBP_QUALITY}; png default adaptive; resize {RESIZE_FILTER:?}; orientation applied"
    )
}

/// The format an image is read in and written back in, next to WebP.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceFormat {
    Jpeg,
    Png,
}

/// A format a variant is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Format {
    Webp,
    Jpeg,
    Png,
}

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Format::Webp => "webp",
            Format::Jpeg => "jpg",
            Format::Png => "png",
        }
    }

    pub fn mime(self) -> &'static str {
        match self {
            Format::Webp => "image/webp",
            Format::Jpeg => "image/jpeg",
            Format::Png => "image/png",
        }
    }
}

impl SourceFormat {
    /// From a file extension, in any case; `None` for files that are not processed images.
    pub fn from_extension(extension: &str) -> Option<SourceFormat> {
        match extension.to_ascii_lowercase().as_str() {
            "jpg" | "jpeg" => Some(SourceFormat::Jpeg),
            "png" => Some(SourceFormat::Png),
            _ => None,
        }
    }

    /// The formats its variants are written in: WebP first (browsers take the first they know).
    pub fn outputs(self) -> [Format; 2] {
        match self {
            SourceFormat::Jpeg => [Format::Webp, Format::Jpeg],
            SourceFormat::Png => [Format::Webp, Format::Png],
        }
    }

    fn image_format(self) -> image::ImageFormat {
        match self {
            SourceFormat::Jpeg => image::ImageFormat::Jpeg,
            SourceFormat::Png => image::ImageFormat::Png,
        }
    }
}

/// One width of an image, in its display orientation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Size {
    pub width: u32,
    pub height: u32,
}

/// The sizes an image of `original` size is cut to, narrowest first.
pub fn plan(original: Size) -> Vec<Size> {
    let widest = original.width.min(WIDTHS[WIDTHS.len() - 1]);
    let mut widths: Vec<u32> = WIDTHS.iter().copied().filter(|&w| w < widest).collect();
    widths.push(widest);
    widths
        .into_iter()
        .map(|width| Size {
            width,
            height: scaled_height(original, width),
        })
        .collect()
}

fn scaled_height(original: Size, width: u32) -> u32 {
    let height =
        (u64::from(original.height) * u64::from(width) + u64::from(original.width) / 2) / u64::from(original.width);
    u32::try_from(height.max(1)).expect("never taller than the original")
}

/// The display size of an image (EXIF orientation applied), read from its header only.
pub fn probe(bytes: &[u8], format: SourceFormat) -> Result<Size, String> {
    let mut decoder = reader(bytes, format).into_decoder().map_err(|e| e.to_string())?;
    let (width, height) = decoder.dimensions();
    let turned = decoder.orientation().map_err(|e| e.to_string())?;
    let (width, height) = if swaps_sides(turned) {
        (height, width)
    } else {
        (width, height)
    };
    if width == 0 || height == 0 {
        return Err("the image has no pixels".to_owned());
    }
    Ok(Size { width, height })
}

fn swaps_sides(orientation: image::metadata::Orientation) -> bool {
    use image::metadata::Orientation::*;
    matches!(orientation, Rotate90 | Rotate270 | Rotate90FlipH | Rotate270FlipH)
}

fn reader(bytes: &[u8], format: SourceFormat) -> ImageReader<Cursor<&[u8]>> {
    let mut reader = ImageReader::new(Cursor::new(bytes));
    reader.set_format(format.image_format());
    reader
}

/// Decodes an image into upright pixels, leaving every metadata block behind.
pub fn decode(bytes: &[u8], format: SourceFormat) -> Result<DynamicImage, String> {
    let mut decoder = reader(bytes, format).into_decoder().map_err(|e| e.to_string())?;
    let orientation = decoder.orientation().map_err(|e| e.to_string())?;
    let mut pixels = DynamicImage::from_decoder(decoder).map_err(|e| e.to_string())?;
    pixels.apply_orientation(orientation);
    Ok(pixels)
}

/// The pixels of `original` at `size` (a copy of the original at its own width).
pub fn resize(original: &DynamicImage, size: Size) -> DynamicImage {
    if size.width == original.width() {
        return original.clone();
    }
    original.resize_exact(size.width, size.height, RESIZE_FILTER)
}

/// Encodes pixels in `format`; nothing but the pixels is written.
pub fn encode(pixels: &DynamicImage, format: Format) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    match format {
        Format::Jpeg => {
            let rgb = DynamicImage::ImageRgb8(pixels.to_rgb8());
            rgb.write_with_encoder(JpegEncoder::new_with_quality(&mut out, JPEG_QUALITY))
                .map_err(|e| e.to_string())?;
        }
        Format::Png => {
            let encoder = PngEncoder::new_with_quality(&mut out, CompressionType::Default, PngFilter::Adaptive);
            pixels.write_with_encoder(encoder).map_err(|e| e.to_string())?;
        }
        Format::Webp => out = encode_webp(pixels)?,
    }
    Ok(out)
}

fn encode_webp(pixels: &DynamicImage) -> Result<Vec<u8>, String> {
    let (width, height) = (pixels.width(), pixels.height());
    let encoded = if pixels.color().has_alpha() {
        let rgba = pixels.to_rgba8();
        webp::Encoder::from_rgba(rgba.as_raw(), width, height).encode_simple(false, WEBP_QUALITY)
    } else {
        let rgb = pixels.to_rgb8();
        webp::Encoder::from_rgb(rgb.as_raw(), width, height).encode_simple(false, WEBP_QUALITY)
    };
    encoded
        .map(|memory| memory.to_vec())
        .map_err(|e| format!("WebP encoding failed: {e:?}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn size(width: u32, height: u32) -> Size {
        Size { width, height }
    }

    #[test]
    fn plan_never_upscales_and_keeps_the_aspect_ratio() {
        let widths = |s: Size| plan(s).iter().map(|s| s.width).collect::<Vec<_>>();
        assert_eq!(widths(size(4000, 3000)), [480, 960, 1600]);
        assert_eq!(widths(size(1200, 800)), [480, 960, 1200]);
        assert_eq!(widths(size(960, 10)), [480, 960]);
        assert_eq!(widths(size(300, 200)), [300]);
        assert_eq!(plan(size(4000, 3000))[0], size(480, 360));
        assert_eq!(plan(size(1000, 1))[0], size(480, 1), "never 0 pixels high");
    }

    /// A 40×20 JPEG whose EXIF block says "turn 90° clockwise to show" (orientation 6).
    fn sideways_jpeg() -> Vec<u8> {
        let pixels = DynamicImage::ImageRgb8(image::RgbImage::from_pixel(40, 20, image::Rgb([200, 10, 10])));
        let jpeg = encode(&pixels, Format::Jpeg).unwrap();
        let tiff = b"II*\0\x08\0\0\0\x01\0\x12\x01\x03\0\x01\0\0\0\x06\0\0\0\0\0\0\0";
        let mut exif = b"Exif\0\0".to_vec();
        exif.extend_from_slice(tiff);
        let length = u16::try_from(exif.len() + 2).unwrap().to_be_bytes();
        let mut out = jpeg[..2].to_vec();
        out.extend_from_slice(&[0xFF, 0xE1, length[0], length[1]]);
        out.extend_from_slice(&exif);
        out.extend_from_slice(&jpeg[2..]);
        out
    }

    #[test]
    fn exif_orientation_is_applied_before_the_metadata_is_dropped() {
        let bytes = sideways_jpeg();
        assert_eq!(probe(&bytes, SourceFormat::Jpeg).unwrap(), size(20, 40));
        let upright = decode(&bytes, SourceFormat::Jpeg).unwrap();
        assert_eq!((upright.width(), upright.height()), (20, 40));
        let variant = encode(&upright, Format::Jpeg).unwrap();
        assert!(
            !variant.windows(4).any(|w| w == b"Exif"),
            "no EXIF block, so no second turn"
        );
        assert_eq!(probe(&variant, SourceFormat::Jpeg).unwrap(), size(20, 40));
    }

    #[test]
    fn variants_decode_at_their_size_in_their_format() {
        let pixels = DynamicImage::ImageRgb8(image::RgbImage::from_fn(64, 32, |x, y| {
            image::Rgb([x as u8 * 4, y as u8 * 8, 90])
        }));
        for format in [Format::Webp, Format::Jpeg, Format::Png] {
            let bytes = encode(&resize(&pixels, size(16, 8)), format).unwrap();
            let read = image::load_from_memory(&bytes);
            if format == Format::Webp {
                // The image crate is built without its WebP decoder; check the RIFF header.
                assert_eq!((&bytes[..4], &bytes[8..12]), (&b"RIFF"[..], &b"WEBP"[..]));
                continue;
            }
            let read = read.unwrap();
            assert_eq!((read.width(), read.height()), (16, 8), "{format:?}");
        }
    }
}
