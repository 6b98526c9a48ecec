//! The site's content as data: articles, topic introductions and free pages, read from
//! `content/` and validated against the config. Rendering is left to `markdown` and `site`.

pub mod article;
pub mod corpus;
pub mod data;
pub mod dating;
pub mod embargo;
pub mod front_matter;
pub mod source_text;
pub mod translation;

pub use article::{Article, Page, TopicIntro};
pub use corpus::{ContentCache, Corpus, LoadOptions};
pub use front_matter::{FrontMatter, PageFrontMatter, Source, Update};
