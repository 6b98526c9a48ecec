//! Integration tests: one binary, a module per feature.

mod bad_input;
mod bench;
mod build;
mod check;
mod data;
mod discovery;
mod hosting;
mod ingest;
mod ingest_eval;
mod interrupted;
mod preview;
mod publish;
mod serve;
mod support;
mod untrusted;
mod workflow;
