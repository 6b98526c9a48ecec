//! Integration tests: one binary, a module per feature.

mod bad_input;
mod bench;
mod build;
mod check;
mod data;
mod discovery;
mod editorial;
mod hosting;
mod ingest;
mod ingest_eval;
mod ingest_html;
mod ingest_slug;
mod init;
mod interrupted;
mod languages;
mod links;
mod media;
mod preview;
mod publish;
mod roots;
mod serve;
mod support;
mod typography;
mod untrusted;
mod workflow;
