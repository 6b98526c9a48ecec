//! steppe: a static site generator for multilingual briefing microsites.
//!
//! The pipeline runs one way: `config` + `content` + `theme` → `site::build` → `output`.
#![warn(clippy::print_stdout, clippy::print_stderr)]

pub mod check;
pub mod config;
pub mod content;
pub mod date;
pub mod error;
pub mod fonts;
pub mod i18n;
pub mod ingest;
pub mod init;
pub mod markdown;
pub mod media;
pub mod output;
pub mod publish;
pub mod serve;
pub mod site;
pub mod theme;
pub mod translations;
pub mod typography;
pub mod web_url;
pub mod yaml;
