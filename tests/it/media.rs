//! Images in articles (issue 21): figures with responsive variants in every language, metadata
//! stripped, a cache that encodes nothing twice and serves nothing damaged; `static/`; and
//! `url(…)` in theme stylesheets.

use image::{DynamicImage, ImageFormat, Rgb, RgbImage, Rgba, RgbaImage};

use crate::support::{TestSite, attribute_values};

const HALL: &str = "content/media/astana/hall.jpg";
const CHART: &str = "content/media/chart.png";
/// Travels inside the source JPEG's EXIF block, and must not reach the site.
const GPS_MARKER: &[u8] = b"GPS 51.1694N 71.4491E steppe-test";

fn photo(width: u32, height: u32, shade: u8) -> Vec<u8> {
    let pixels = RgbImage::from_fn(width, height, |x, y| Rgb([(x % 256) as u8, (y % 256) as u8, shade]));
    let mut jpeg = Vec::new();
    DynamicImage::ImageRgb8(pixels)
        .write_to(&mut std::io::Cursor::new(&mut jpeg), ImageFormat::Jpeg)
        .unwrap();
    with_exif(&jpeg)
}

/// `jpeg` with an APP1 EXIF segment right after its start marker: a valid little-endian TIFF
/// header with an empty directory, followed by the marker text.
fn with_exif(jpeg: &[u8]) -> Vec<u8> {
    let mut exif = b"Exif\0\0II*\0\x08\0\0\0\0\0\0\0\0\0".to_vec();
    exif.extend_from_slice(GPS_MARKER);
    let length = u16::try_from(exif.len() + 2).unwrap().to_be_bytes();
    let mut out = jpeg[..2].to_vec();
    out.extend_from_slice(&[0xFF, 0xE1, length[0], length[1]]);
    out.extend_from_slice(&exif);
    out.extend_from_slice(&jpeg[2..]);
    out
}

fn chart(width: u32, height: u32) -> Vec<u8> {
    let pixels = RgbaImage::from_fn(width, height, |x, _| Rgba([20, 80, (x % 256) as u8, 200]));
    let mut png = Vec::new();
    DynamicImage::ImageRgba8(pixels)
        .write_to(&mut std::io::Cursor::new(&mut png), ImageFormat::Png)
        .unwrap();
    png
}

/// The fixture with its two images: a 2000×1000 photo and a 700×350 chart.
fn site() -> TestSite {
    let site = TestSite::fixture("media");
    site.write_bytes(HALL, &photo(2000, 1000, 90));
    site.write_bytes(CHART, &chart(700, 350));
    site
}

/// Width and height of a lossy WebP file: from its VP8 frame header, or from the canvas of
/// the extended format that images with transparency use.
fn webp_size(bytes: &[u8]) -> (u32, u32) {
    assert_eq!(
        (&bytes[..4], &bytes[8..12]),
        (&b"RIFF"[..], &b"WEBP"[..]),
        "a WebP file"
    );
    match &bytes[12..16] {
        b"VP8 " => {
            assert_eq!(&bytes[23..26], [0x9d, 0x01, 0x2a], "VP8 start code");
            let read = |at: usize| u32::from(u16::from_le_bytes([bytes[at], bytes[at + 1]]) & 0x3fff);
            (read(26), read(28))
        }
        b"VP8X" => {
            let read = |at: usize| u32::from_le_bytes([bytes[at], bytes[at + 1], bytes[at + 2], 0]) + 1;
            assert!(
                bytes.windows(4).any(|w| w == b"VP8 "),
                "lossy inside the extended format"
            );
            (read(24), read(27))
        }
        other => panic!("unexpected WebP chunk {other:?}"),
    }
}

fn size_of(path: &str, bytes: &[u8]) -> (u32, u32) {
    if path.ends_with(".webp") {
        return webp_size(bytes);
    }
    let decoded = image::load_from_memory(bytes).unwrap();
    (decoded.width(), decoded.height())
}

fn stderr(site: &TestSite) -> String {
    let out = site.run(&["build"]);
    let text = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "{text}");
    text
}

/// Every `(path, width)` of a `srcset` value.
fn candidates(srcset: &str) -> Vec<(String, u32)> {
    srcset
        .split(", ")
        .map(|c| {
            let (url, width) = c.rsplit_once(' ').unwrap();
            (url.to_owned(), width.trim_end_matches('w').parse().unwrap())
        })
        .collect()
}

#[test]
fn images_become_figures_with_variants_at_every_width_and_format() {
    let site = site();
    site.build();
    let page = site.file("en/articles/hall/index.html");
    let srcsets = attribute_values(&page, "srcset");
    let widths = |s: &str| candidates(s).iter().map(|c| c.1).collect::<Vec<_>>();
    assert_eq!(srcsets.len(), 4, "a WebP source and an img per image: {page}");
    assert_eq!(
        widths(&srcsets[0]),
        [480, 960, 1600],
        "the photo is cut to 1600 px, not 2000"
    );
    assert_eq!(widths(&srcsets[2]), [480, 700], "the chart is never upscaled");
    assert!(page.contains("image/webp"), "{page}");
    for srcset in &srcsets {
        for (url, width) in candidates(srcset) {
            let path = url.strip_prefix("../../../").unwrap();
            let bytes = site
                .tree()
                .remove(path)
                .unwrap_or_else(|| panic!("{path} is published"));
            let (w, h) = size_of(path, &bytes);
            assert_eq!(w, width, "{path}");
            assert_eq!(h, width / 2, "{path} keeps the aspect ratio");
        }
    }
    let formats: Vec<&str> = srcsets
        .iter()
        .map(|s| s.split(' ').next().unwrap().rsplit('.').next().unwrap())
        .collect();
    assert_eq!(formats, ["webp", "jpg", "webp", "png"]);
    for wanted in [
        "width=1600",
        "height=800",
        "loading=lazy",
        "decoding=async",
        "sizes=\"(min-width: 42rem) 42rem, 100vw\"",
    ] {
        assert!(page.contains(wanted), "{wanted} in {page}");
    }
    assert!(
        page.contains("The signing hall <span class=credit>Test fixture, generated by the test</span>"),
        "{page}"
    );
    assert!(
        page.contains("A chart from the sidecar <span class=credit>Fixture chart</span>"),
        "{page}"
    );
}

#[test]
fn alt_text_and_captions_are_those_of_each_language() {
    let site = site();
    site.build();
    let alts = |lang: &str| attribute_values(&site.file(&format!("{lang}/articles/hall/index.html")), "alt");
    assert_eq!(alts("en"), ["A long hall with flags", "Bars of three heights"]);
    assert_eq!(
        alts("fr"),
        ["Une longue salle pavoisée", "Des barres de trois hauteurs"]
    );
    assert_eq!(alts("ar"), ["قاعة طويلة بالأعلام", "أعمدة بثلاثة ارتفاعات"]);
    let ar = site.file("ar/articles/hall/index.html");
    assert!(ar.contains("قاعة التوقيع <span class=credit>"), "{ar}");
    let fr = site.file("fr/articles/hall/index.html");
    assert!(
        !fr.contains("A chart from the sidecar"),
        "no English caption on a French page"
    );
}

#[test]
fn variants_carry_no_exif_or_gps_metadata() {
    let site = site();
    let source = std::fs::read(site.root.join(HALL)).unwrap();
    assert!(
        source.windows(GPS_MARKER.len()).any(|w| w == GPS_MARKER),
        "the source has it"
    );
    site.build();
    let variants: Vec<_> = site
        .tree()
        .into_iter()
        .filter(|(path, _)| path.starts_with("media/astana/"))
        .collect();
    assert_eq!(variants.len(), 6);
    for (path, bytes) in variants {
        assert!(!bytes.windows(GPS_MARKER.len()).any(|w| w == GPS_MARKER), "{path}");
        assert!(!bytes.windows(4).any(|w| w == b"Exif"), "{path} has no EXIF block");
    }
}

#[test]
fn a_second_build_encodes_nothing_and_an_edit_encodes_only_that_image() {
    let site = site();
    assert!(stderr(&site).contains("Images: 2 (10 variants encoded, 0 from the cache)"));
    let first = site.tree();
    assert!(stderr(&site).contains("Images: 2 (0 variants encoded, 10 from the cache)"));
    assert_eq!(site.tree(), first, "the cache gives the same bytes");
    site.write_bytes(CHART, &chart(600, 300));
    assert!(stderr(&site).contains("Images: 2 (4 variants encoded, 6 from the cache)"));
    let page = site.file("en/articles/hall/index.html");
    assert!(page.contains(" 600w"), "the edited chart is published: {page}");
}

#[test]
fn a_damaged_cache_entry_is_encoded_again_not_served() {
    let site = site();
    stderr(&site);
    let first = site.tree();
    let cache = site.root.join(".steppe-cache/media");
    let entries: Vec<_> = std::fs::read_dir(&cache).unwrap().map(|e| e.unwrap().path()).collect();
    assert_eq!(entries.len(), 10);
    for (n, entry) in entries.iter().enumerate() {
        let mut bytes = std::fs::read(entry).unwrap();
        match n % 2 {
            0 => *bytes.last_mut().unwrap() ^= 0x55,
            _ => bytes.truncate(bytes.len() / 2),
        }
        std::fs::write(entry, bytes).unwrap();
    }
    assert!(stderr(&site).contains("Images: 2 (10 variants encoded, 0 from the cache)"));
    assert_eq!(site.tree(), first);
}

#[test]
fn a_missing_alt_text_fails_at_file_line_column() {
    let site = site();
    site.write("content/media/chart.png.yaml", "credit: Fixture chart\n");
    let err = site.build_fails();
    assert!(
        err.contains("content/articles/hall.en.md:14:1: image `chart.png` has no alt text"),
        "{err}"
    );
    site.write(
        "content/media/chart.png.yaml",
        "credit: Fixture chart\ndecorative: true\n",
    );
    site.build();
    let page = site.file("en/articles/hall/index.html");
    let chart = page.split("<img").nth(2).and_then(|tag| tag.split('>').next()).unwrap();
    // An empty value, as the minifier writes it (`alt` alone) or as written (`alt=""`).
    let empty_alt = chart
        .split(' ')
        .any(|attribute| attribute == "alt" || attribute == "alt=\"\"");
    assert!(empty_alt, "{chart}");
}

#[test]
fn a_missing_image_or_credit_fails_with_its_place() {
    let site = site();
    let en = std::fs::read_to_string(site.root.join("content/articles/hall.en.md")).unwrap();
    site.write(
        "content/articles/hall.en.md",
        &en.replace("(chart.png)", "(charts.png)"),
    );
    let err = site.build_fails();
    assert!(
        err.contains("content/articles/hall.en.md:14:1: no image content/media/charts.png"),
        "{err}"
    );
    site.write(
        "content/articles/hall.en.md",
        &en.replace("A chart drawn", "A chart ![x](chart.png) drawn"),
    );
    let err = site.build_fails();
    assert!(
        err.contains("hall.en.md:12:9: image `chart.png` is inside a line of text"),
        "{err}"
    );
    site.write("content/articles/hall.en.md", &en);
    site.remove("content/media/astana/hall.jpg.yaml");
    let err = site.build_fails();
    assert!(err.contains("content/media/astana/hall.jpg: no credit"), "{err}");
}

#[test]
fn a_script_or_remote_image_address_stops_the_build() {
    let site = site();
    let en = std::fs::read_to_string(site.root.join("content/articles/hall.en.md")).unwrap();
    for (address, says) in [
        ("javascript:alert(1)", "image `#` has no file"),
        ("https://example.org/a.jpg", "never loaded from elsewhere"),
    ] {
        site.write(
            "content/articles/hall.en.md",
            &en.replace("(chart.png)", &format!("({address})")),
        );
        let err = site.build_fails();
        assert!(err.contains("content/articles/hall.en.md:14:1: image `"), "{err}");
        assert!(err.contains(says), "{err}");
    }
}

#[test]
fn static_files_are_copied_as_they_are_and_may_not_replace_pages() {
    let site = TestSite::fixture("minimal");
    site.write("static/CNAME", "briefing.example.org\n");
    site.write("static/.well-known/security.txt", "Contact: mailto:x@example.org\n");
    site.build();
    assert_eq!(site.file("CNAME"), "briefing.example.org\n");
    assert!(site.exists(".well-known/security.txt"));
    site.write("static/robots.txt", "User-agent: *\n");
    let err = site.build_fails();
    assert!(
        err.contains("static/robots.txt: it would replace the generated robots.txt"),
        "{err}"
    );
}

#[test]
fn stylesheet_urls_point_at_fingerprinted_assets() {
    let site = TestSite::fixture("minimal");
    site.write_bytes("themes/briefing/static/img/dot.png", &chart(4, 4));
    site.write(
        "themes/briefing/static/css/extra.css",
        "/* url(dot.png) */\n.a { background: url(\"../img/dot.png\") }\n.b { background: url(data:image/png;base64,AA==) }\n",
    );
    site.build();
    let tree = site.tree();
    let dot = tree
        .keys()
        .find(|p| p.starts_with("assets/img/dot."))
        .expect("the image is published");
    let (_, css) = tree.iter().find(|(p, _)| p.starts_with("assets/css/extra.")).unwrap();
    let css = String::from_utf8_lossy(css);
    let expected = format!("url(\"../{}\")", dot.strip_prefix("assets/").unwrap());
    assert!(css.contains(&expected), "{css}");
    assert!(
        css.contains("/* url(dot.png) */") && css.contains("url(data:image/png;base64,AA==)"),
        "{css}"
    );
    site.write(
        "themes/briefing/static/css/extra.css",
        ".a {}\n.b { background: url(missing.png) }\n",
    );
    let err = site.build_fails();
    assert!(
        err.contains("themes/briefing/static/css/extra.css:2:22: url(missing.png): no such file"),
        "{err}"
    );
}

#[test]
fn new_sites_ignore_the_cache_folder() {
    let dir = tempfile::tempdir().unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_steppe"))
        .args(["init", "site"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let ignore = std::fs::read_to_string(dir.path().join("site/.gitignore")).unwrap();
    assert!(ignore.lines().any(|l| l == "/.steppe-cache/"), "{ignore}");
}

#[test]
fn the_preview_serves_the_images_and_static_files_the_build_writes() {
    use steppe::content::LoadOptions;
    use steppe::site::{self as steppe_site, BuildOptions, Model, Preview};
    let site = site();
    site.write("static/CNAME", "briefing.example.org\n");
    let options = || BuildOptions {
        base_url: Some("https://example.org".to_owned()),
        search: false,
        ..BuildOptions::default()
    };
    let built = steppe_site::build_from_root(&site.root, options(), LoadOptions::default()).unwrap();
    let model = Model::load(&site.root, options(), LoadOptions::default(), None).unwrap();
    let preview = Preview::on_request(model).unwrap();
    let media: Vec<&String> = built
        .files
        .keys()
        .filter(|p| p.starts_with("media/") || *p == "CNAME")
        .collect();
    assert_eq!(media.len(), 11, "ten variants and the static file");
    for path in media {
        let served = preview.file(path).unwrap().unwrap();
        assert!(*served == *built.files[path], "{path} differs from the build's");
    }
}

#[test]
fn pages_and_topic_introductions_show_images_as_articles_do() {
    let site = site();
    site.write(
        "content/pages/about.en.md",
        "---\ntitle: About\n---\n\nWhere the briefing was made.\n\n![The hall, empty](astana/hall.jpg \"Before the ceremony\")\n",
    );
    site.write(
        "content/topics/deals.en.md",
        "What was agreed.\n\n![Bars of the amounts](chart.png)\n",
    );
    site.build();
    let about = site.file("en/about/index.html");
    assert!(about.contains("<figure") && about.contains("srcset="), "{about}");
    assert!(about.contains("Before the ceremony"), "{about}");
    let deals = site.file("en/topics/deals/index.html");
    assert!(
        deals.contains("<figcaption") && deals.contains("Fixture chart"),
        "{deals}"
    );
    // Their images are checked as an article's are, at the page's own line.
    site.write("content/media/chart.png.yaml", "credit: Fixture chart\n");
    site.write("content/topics/deals.en.md", "What was agreed.\n\n![](chart.png)\n");
    let err = site.build_fails();
    assert!(
        err.contains("content/topics/deals.en.md:3:1: image `chart.png` has no alt text"),
        "{err}"
    );
}
