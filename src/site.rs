//! Turning config, corpus and theme into a `BuiltSite` held in memory: every page, feed and
//! asset by its path in the output. Nothing here touches the disk; `output` writes.

pub mod briefing;
pub mod build;
pub mod cache;
pub mod cards;
pub mod corrections;
pub mod date_view;
pub mod inputs;
pub mod jobs;
pub mod keys;
pub mod lang_site;
pub mod links;
pub mod metadata;
pub mod model;
pub mod pages;
pub mod preview;
pub mod progress;
pub mod render;
pub mod rendered;
pub mod routes;
pub mod search;

pub use build::build;
pub use cache::{CacheReport, PageCache};
pub use inputs::{BuildOptions, BuiltSite, Inputs};
pub use model::{Earlier, Model};
pub use preview::Preview;
pub use progress::{Progress, Stage};

use std::path::Path;

use crate::content::LoadOptions;
use crate::error::Result;

/// Loads everything under `root` and builds the site, reporting the problems of config,
/// content and theme together.
pub fn build_from_root(root: &Path, options: BuildOptions, load: LoadOptions) -> Result<BuiltSite> {
    build(&Model::load(root, options, load, None)?.inputs())
}

/// The modules of `site` must depend on each other one way (inputs ← table ← render ←
/// build/preview); a cycle is how the shared types ended up in `build` before.
#[cfg(test)]
mod module_graph {
    use std::collections::BTreeMap;
    use std::path::Path;

    /// The `site` modules a source names through `super::` or `crate::site::` paths, leaving
    /// out its `#[cfg(test)]` part (whose `super` is the module itself).
    fn dependencies(source: &str, modules: &[String]) -> Vec<String> {
        dependencies_through(source, modules, &["super::", "crate::site::"])
    }

    /// As `dependencies`, for the files of a module's folder (`src/site/cache/*.rs`), whose
    /// `super::` is their own module: only `crate::site::` paths leave it.
    fn dependencies_through(source: &str, modules: &[String], prefixes: &[&str]) -> Vec<String> {
        let source = source.split("#[cfg(test)]").next().unwrap_or_default();
        let mut found = Vec::new();
        for prefix in prefixes {
            for (at, _) in source.match_indices(prefix) {
                let rest = &source[at + prefix.len()..];
                let names: Vec<&str> = match rest.strip_prefix('{') {
                    Some(group) => group.split('}').next().unwrap_or_default().split(',').collect(),
                    None => vec![rest],
                };
                for name in names {
                    let name = name.trim();
                    let end = name
                        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
                        .unwrap_or(name.len());
                    let name = &name[..end];
                    if modules.iter().any(|m| m == name) && !found.iter().any(|f| f == name) {
                        found.push(name.to_owned());
                    }
                }
            }
        }
        found
    }

    /// The first cycle found, as the modules along it (first repeated last).
    fn cycle(graph: &BTreeMap<String, Vec<String>>) -> Option<Vec<String>> {
        fn visit(
            node: &str,
            graph: &BTreeMap<String, Vec<String>>,
            path: &mut Vec<String>,
            done: &mut Vec<String>,
        ) -> Option<Vec<String>> {
            if let Some(at) = path.iter().position(|p| p == node) {
                let mut cycle = path[at..].to_vec();
                cycle.push(node.to_owned());
                return Some(cycle);
            }
            if done.iter().any(|d| d == node) {
                return None;
            }
            path.push(node.to_owned());
            for next in graph.get(node).into_iter().flatten() {
                if let Some(cycle) = visit(next, graph, path, done) {
                    return Some(cycle);
                }
            }
            path.pop();
            done.push(node.to_owned());
            None
        }
        let mut done = Vec::new();
        graph
            .keys()
            .find_map(|node| visit(node, graph, &mut Vec::new(), &mut done))
    }

    #[test]
    fn site_modules_have_no_cycle() {
        let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/site");
        let mut sources = BTreeMap::new();
        for entry in std::fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "rs") {
                let name = path.file_stem().unwrap().to_string_lossy().into_owned();
                sources.insert(name, std::fs::read_to_string(&path).unwrap());
            }
        }
        let modules: Vec<String> = sources.keys().cloned().collect();
        let mut graph: BTreeMap<String, Vec<String>> = sources
            .iter()
            .map(|(name, source)| {
                let deps = dependencies(source, &modules).into_iter().filter(|d| d != name);
                (name.clone(), deps.collect())
            })
            .collect();
        // A module's own folder counts as the module: the loop through `cache/key.rs` hid there.
        for (name, deps) in graph.iter_mut() {
            let sub = folder.join(name);
            if !sub.is_dir() {
                continue;
            }
            for entry in walkdir::WalkDir::new(&sub).sort_by_file_name() {
                let path = entry.unwrap().into_path();
                if path.extension().is_some_and(|e| e == "rs") {
                    let source = std::fs::read_to_string(&path).unwrap();
                    for dep in dependencies_through(&source, &modules, &["crate::site::"]) {
                        if dep != *name && !deps.contains(&dep) {
                            deps.push(dep);
                        }
                    }
                }
            }
        }
        assert!(graph.len() > 5, "read too few modules from {}", folder.display());
        if let Some(cycle) = cycle(&graph) {
            panic!("src/site has a module cycle: {}", cycle.join(" → "));
        }
    }

    #[test]
    fn finds_grouped_and_inline_paths() {
        let modules = ["a", "b", "c", "d"].map(String::from);
        let source = "use super::{a, b::X};\nfn f() { crate::site::c::g(); }\n#[cfg(test)]\nuse super::d;";
        assert_eq!(dependencies(source, &modules), ["a", "b", "c"]);
    }
}
