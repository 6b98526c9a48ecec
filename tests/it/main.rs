//! Integration tests: one binary, a module per feature.

mod build;
mod support;
