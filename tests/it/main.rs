//! Integration tests: one binary, a module per feature.

mod bench;
mod build;
mod check;
mod data;
mod discovery;
mod hosting;
mod ingest;
mod publish;
mod serve;
mod support;
mod workflow;
