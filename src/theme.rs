//! A theme as data: compiled Tera templates (the site's own `templates/` override the theme's),
//! UI strings per language, and static assets with content-hashed names. The files come from
//! `source`: the built-in theme with the site's `themes/<name>/` over it.

pub mod assets;
pub mod css_urls;
pub mod functions;
pub mod locales;
pub mod source;
pub mod views;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::config::Config;
use crate::error::{Diagnostic, Diagnostics, Error, Result};
use crate::fonts::Fonts;
use crate::i18n::{Lang, Locale};

use crate::typography::markup::Typography;
pub use locales::Locales;

pub use assets::Assets;
pub use source::{BUILTIN_NAME, ThemeFiles};

/// Templates every theme must provide.
pub const REQUIRED_TEMPLATES: [&str; 12] = [
    "timeline.html",
    "people.html",
    "search.html",
    "feed.xml",
    "base.html",
    "root.html",
    "home.html",
    "article.html",
    "topics.html",
    "topic.html",
    "page.html",
    "404.html",
];

pub struct Theme {
    pub tera: tera::Tera,
    pub locales: Arc<Locales>,
    /// What degrades the site without stopping the build (UI strings a language lacks).
    pub warnings: Vec<Diagnostic>,
    /// Applied to every rendered page and feed, in the language of each element.
    pub typography: Typography,
    pub assets: Assets,
    /// The faces of `fonts/`, published cut to the site's characters (see `fonts`).
    pub fonts: Fonts,
    /// Where each template was read from, for messages.
    pub template_paths: BTreeMap<String, PathBuf>,
    /// A hash of every file the theme was made from (theme files and the site's `templates/`):
    /// a preview reuses the compiled theme while it is the same.
    sources: blake3::Hash,
}

impl std::fmt::Debug for Theme {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Theme")
            .field("templates", &self.template_paths.keys())
            .finish()
    }
}

impl Theme {
    /// Loads the theme `config.theme` (the built-in one under the site's `themes/<name>/`
    /// files) and the site's `templates/` overrides.
    pub fn load(config: &Config) -> Result<Theme> {
        let (files, templates, sources) = Theme::read(config)?;
        Theme::compile(config, &files, &templates, sources)
    }

    /// Like `load`, but returns `previous` itself when it was made from the same files
    /// (byte for byte) and `config` is the one it was loaded with: compiling the templates is
    /// most of a theme's cost. The caller checks the config.
    pub fn load_after(config: &Config, previous: Option<&Arc<Theme>>) -> Result<Arc<Theme>> {
        let (files, templates, sources) = Theme::read(config)?;
        match previous {
            Some(previous) if previous.sources == sources => Ok(Arc::clone(previous)),
            _ => Theme::compile(config, &files, &templates, sources).map(Arc::new),
        }
    }

    /// The theme's files, the site's templates, and a hash of both.
    fn read(config: &Config) -> Result<(ThemeFiles, SiteTemplates, blake3::Hash)> {
        let files = ThemeFiles::load(config)?;
        let templates = read_site_templates(config)?;
        let mut hasher = blake3::Hasher::new();
        files.digest(&mut hasher);
        for (name, (path, text)) in &templates {
            for part in [name.as_bytes(), path.as_os_str().as_encoded_bytes(), text.as_bytes()] {
                hasher.update(&(part.len() as u64).to_le_bytes());
                hasher.update(part);
            }
        }
        Ok((files, templates, hasher.finalize()))
    }

    fn compile(config: &Config, files: &ThemeFiles, templates: &SiteTemplates, sources: blake3::Hash) -> Result<Theme> {
        let theme_dir = Path::new("themes").join(&config.theme);
        let mut problems = Diagnostics::default();
        let locales = problems.take(locales::load(config, files, &theme_dir));
        let templates = problems.take(load_templates(files, templates, &theme_dir));
        let assets = problems.take(Assets::load(files));
        let fonts = problems.take(Fonts::load(
            files
                .under("fonts")
                .map(|(name, file)| (name, file.path.as_path(), &file.bytes)),
        ));
        problems.finish()?;
        let (Some((locales, warnings)), Some((mut tera, template_paths)), Some(assets), Some(fonts)) =
            (locales, templates, assets, fonts)
        else {
            unreachable!("finish() returned Ok, so every step succeeded");
        };
        let typography = Typography::new(&config.languages, |lang| locales.get(lang).group_separator());
        let locales = Arc::new(locales);
        functions::register(&mut tera, Arc::clone(&locales));
        Ok(Theme {
            tera,
            locales,
            warnings,
            typography,
            assets,
            fonts,
            template_paths,
            sources,
        })
    }

    pub fn locale(&self, lang: Lang) -> &Locale {
        self.locales.get(lang)
    }

    /// Renders `template` and typesets its text in the language of each element, turning
    /// Tera's nested error into one message with its causes.
    pub fn render(&self, template: &str, context: &tera::Context, page: &str) -> Result<String, Diagnostic> {
        let rendered = self.tera.render(template, context);
        rendered
            .map(|markup| self.typography.typeset(&markup))
            .map_err(|error| {
                let path = self
                    .template_paths
                    .get(template)
                    .cloned()
                    .unwrap_or_else(|| PathBuf::from(template));
                Diagnostic::error(path, format!("rendering {page}: {}", error_chain(&error)))
            })
    }
}

/// Tera hides the useful cause one or two levels below "Failed to render".
pub fn error_chain(error: &dyn std::error::Error) -> String {
    let mut message = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        message.push_str(": ");
        message.push_str(&cause.to_string());
        source = cause.source();
    }
    message
}

/// A theme file as UTF-8 text, or an error naming it.
pub(crate) fn text_of(file: &source::ThemeFile) -> Result<String> {
    String::from_utf8(file.bytes.to_vec()).map_err(|e| {
        Error::io(
            &file.path,
            "read",
            std::io::Error::new(std::io::ErrorKind::InvalidData, e.utf8_error()),
        )
    })
}

/// The site's own `templates/` files by name: where each was read from and its text.
type SiteTemplates = BTreeMap<String, (PathBuf, String)>;

fn read_site_templates(config: &Config) -> Result<SiteTemplates> {
    let mut templates = SiteTemplates::new();
    for (name, path) in list_templates(&config.root, Path::new("templates"))? {
        let text = std::fs::read_to_string(config.root.join(&path)).map_err(|e| Error::io(&path, "read", e))?;
        templates.insert(name, (path, text));
    }
    Ok(templates)
}

fn load_templates(
    files: &ThemeFiles,
    site_templates: &SiteTemplates,
    theme_dir: &Path,
) -> Result<(tera::Tera, BTreeMap<String, PathBuf>)> {
    let mut sources: BTreeMap<String, (PathBuf, String)> = BTreeMap::new();
    for (name, file) in files
        .under("templates")
        .filter(|(name, _)| is_template(Path::new(name)))
    {
        sources.insert(name.to_owned(), (file.path.clone(), text_of(file)?));
    }
    sources.extend(
        site_templates
            .iter()
            .map(|(name, source)| (name.clone(), source.clone())),
    );
    let mut problems = Diagnostics::default();
    for required in REQUIRED_TEMPLATES {
        if !sources.contains_key(required) {
            problems.push(Diagnostic::error(
                theme_dir.join("templates").join(required),
                "missing template: the theme must provide it (or the site, in templates/)",
            ));
        }
    }
    problems.finish()?;
    let mut tera = tera::Tera::default();
    tera.autoescape_on(vec![".html", ".xml", ".svg"]);
    tera.set_escape_fn(escape_markup);
    tera.add_raw_templates(sources.iter().map(|(name, (_, text))| (name.clone(), text.clone())))
        .map_err(|error| {
            // Tera names the failing template in its message: `Failed to parse 'x.html'` (or
            // with double quotes, depending on the call).
            let message = error_chain(&error);
            let path = message
                .split(['"', '\''])
                .nth(1)
                .and_then(|name| sources.get(name))
                .map_or_else(|| theme_dir.join("templates"), |(path, _)| path.clone());
            template_syntax_error(&path, &message)
        })?;
    let paths = sources.into_iter().map(|(name, (path, _))| (name, path)).collect();
    Ok((tera, paths))
}

/// Escapes the five characters that matter in HTML and XML text and quoted attributes.
/// (Tera's default also escapes `/`, which makes every URL in feeds and pages unreadable.)
pub fn escape_markup(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Tera puts the position in its message as ` --> line:column`.
fn template_syntax_error(path: &Path, message: &str) -> Diagnostic {
    let position = message.split("--> ").nth(1).and_then(|rest| {
        let end = rest
            .find(|c: char| !c.is_ascii_digit() && c != ':')
            .unwrap_or(rest.len());
        let (line, column) = rest[..end].split_once(':')?;
        Some((line.parse().ok()?, column.parse().ok()?))
    });
    let summary = message
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.contains("-->"))
        .collect::<Vec<_>>();
    let text = summary
        .last()
        .map_or("template syntax error", |l| l.trim().trim_start_matches("= "));
    let diagnostic = Diagnostic::error(path, format!("template syntax error: {text}"));
    match position {
        Some((line, column)) => diagnostic.at(line, column),
        None => diagnostic,
    }
}

/// Every file under `dir` (relative to `root`), named by its path inside `dir` with `/`
/// separators, sorted; a missing folder is empty.
pub fn list_files(root: &Path, dir: &Path) -> Result<Vec<(String, PathBuf)>> {
    let mut found = Vec::new();
    let base = root.join(dir);
    // Symbolic links are not followed into folders (a link is listed as a file).
    for entry in walkdir::WalkDir::new(&base).min_depth(1) {
        let entry = match entry {
            Ok(entry) => entry,
            Err(e) if e.depth() == 0 && e.io_error().is_some_and(|e| e.kind() == std::io::ErrorKind::NotFound) => {
                return Ok(Vec::new());
            }
            Err(e) => {
                let at = e
                    .path()
                    .and_then(|p| p.strip_prefix(root).ok())
                    .unwrap_or(dir)
                    .to_owned();
                return Err(Error::io(&at, "read folder", e.into()));
            }
        };
        if !entry.file_type().is_dir() {
            let inner = entry.path().strip_prefix(&base).expect("listed under dir");
            let name = inner.to_string_lossy().replace('\\', "/");
            found.push((name, dir.join(inner)));
        }
    }
    found.sort();
    Ok(found)
}

/// Template files under `dir`, named by their path inside it.
fn list_templates(root: &Path, dir: &Path) -> Result<Vec<(String, PathBuf)>> {
    let mut found = list_files(root, dir)?;
    found.retain(|(_, path)| is_template(path));
    Ok(found)
}

fn is_template(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e == "html" || e == "xml" || e == "txt" || e == "svg")
}
