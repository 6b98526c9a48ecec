//! Integration tests: one binary, a module per feature.

mod bench;
mod build;
mod hosting;
mod publish;
mod serve;
mod support;
mod workflow;
