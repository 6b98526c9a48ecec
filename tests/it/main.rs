//! Integration tests: one binary, a module per feature.

mod build;
mod hosting;
mod publish;
mod support;
mod workflow;
