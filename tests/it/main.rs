//! Integration tests: one binary, a module per feature.

mod bad_input;
mod bench;
mod build;
mod check;
mod data;
mod discovery;
mod editorial;
mod embargo;
mod hosting;
mod ingest;
mod ingest_eval;
mod init;
mod interrupted;
mod preview;
mod publish;
mod roots;
mod serve;
mod support;
mod translations;
mod typography;
mod untrusted;
mod updates;
mod workflow;
