//! What can go wrong when publishing, each said so that a user knows what to do next.

use std::path::PathBuf;

/// Why nothing (or, for `UpdateRef`, only the push) was published.
#[derive(Debug, thiserror::Error)]
pub enum PublishError {
    #[error(
        "{} is not inside a git repository; `steppe publish` records the site as a commit of the site's repository (run `git init` and add a remote first, or upload the output folder to any static host)",
        path.display()
    )]
    NotARepository { path: PathBuf },
    #[error(
        "the repository has no remote named `{remote}` ({}); add one with `git remote add {remote} <url>`, or name another with --remote",
        known_remotes(known)
    )]
    NoSuchRemote { remote: String, known: Vec<String> },
    #[error("nothing is built in {}: it holds no index.html; run `steppe build` first", path.display())]
    NothingBuilt { path: PathBuf },
    #[error(
        "branch `{branch}` holds work that steppe did not publish (its last commit {commit} is \"{subject}\"), and publishing would bury it under the site; publish to another branch with --branch, or pass --force to publish on top of it (its history is kept)"
    )]
    ForeignBranch {
        branch: String,
        commit: String,
        subject: String,
    },
    #[error(
        "`{branch}` is checked out in {}; steppe publishes only to a branch of its own, such as gh-pages",
        worktree.display()
    )]
    CheckedOut { branch: String, worktree: PathBuf },
    #[error("`{name}` is not a valid git branch name")]
    InvalidBranch { name: String },
    #[error(
        "`{domain}` is not a domain name for CNAME; give the bare host name, such as briefing.example.org (no https://, no path)"
    )]
    InvalidCname { domain: String },
    #[error(
        "the remote `{remote}` rejected the push of branch `{branch}`; the local branch was left as it was. Git said:\n{}{}",
        indent(message),
        fetch_hint(remote, branch, message)
    )]
    PushRejected {
        remote: String,
        branch: String,
        message: String,
    },
    #[error(
        "the site was pushed to `{remote}`, but the local branch `{branch}` could not be moved to it:\n{}",
        indent(message)
    )]
    UpdateRef {
        remote: String,
        branch: String,
        message: String,
    },
    #[error("`git {command}` failed:\n{}", indent(message))]
    Git { command: String, message: String },
    #[error("cannot run git (is it installed and on PATH?)")]
    GitMissing {
        #[source]
        source: std::io::Error,
    },
    #[error("{}: cannot read", path.display())]
    Read {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{}: a file name with control characters or invalid UTF-8 cannot be published", path.display())]
    BadFileName { path: PathBuf },
}

fn known_remotes(known: &[String]) -> String {
    if known.is_empty() {
        "it has none".to_owned()
    } else {
        format!("it has {}", known.join(", "))
    }
}

fn indent(text: &str) -> String {
    text.lines().map(|l| format!("    {l}")).collect::<Vec<_>>().join("\n")
}

fn fetch_hint(remote: &str, branch: &str, message: &str) -> String {
    if message.contains("non-fast-forward") || message.contains("fetch first") {
        format!(
            "\nThe remote branch has commits this repository lacks (published from elsewhere?): run `git fetch {remote} {branch}:{branch}` and publish again."
        )
    } else {
        String::new()
    }
}
