//! The built site → a publishing branch (gh-pages) of the site's git repository, pushed to a
//! remote. Git plumbing only: HEAD, the index and the work tree are never touched, the branch
//! only moves after the push succeeded, and a branch of other work is refused unless forced.

mod error;
mod git;
mod tree;

use std::path::{Path, PathBuf};

pub use error::PublishError;
use git::Git;
use tree::{Store, TempIndex};

/// The trailer that marks a commit as a steppe publish; a branch whose last commit lacks it
/// holds someone's work, which `publish` refuses to bury unless forced.
pub const TRAILER: &str = "Published-by: steppe";

/// What to publish where; the fields mirror `steppe publish`'s flags.
#[derive(Debug, Clone)]
pub struct PublishOptions {
    /// A remote configured in the repository (`git remote`).
    pub remote: String,
    /// The branch that receives the site, created as an orphan branch when missing.
    pub branch: String,
    /// A custom domain, written to `CNAME` at the top of the branch.
    pub cname: Option<String>,
    /// The commit message; `None` means `"Publish site from <short id of HEAD>"`.
    pub message: Option<String>,
    /// Work out what would be published, but record and push nothing.
    pub dry_run: bool,
    /// Publish on top of a branch whose last commit was not made by steppe (its history is kept).
    pub force: bool,
}

impl Default for PublishOptions {
    fn default() -> Self {
        PublishOptions {
            remote: "origin".to_owned(),
            branch: "gh-pages".to_owned(),
            cname: None,
            message: None,
            dry_run: false,
            force: false,
        }
    }
}

/// How the branch changed (or, in a dry run, would change).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    /// The branch did not exist; it starts with this publish.
    NewBranch,
    /// A new commit on top of the branch.
    NewCommit,
    /// The branch already holds exactly this site: no commit was made.
    Unchanged,
}

/// The outcome of a publish, for the command line to report.
#[derive(Debug, Clone)]
pub struct Published {
    pub remote: String,
    pub branch: String,
    pub change: Change,
    /// The branch's commit after publishing; `None` in a dry run that would make a new one.
    pub commit: Option<String>,
    /// Files on the branch, `.nojekyll` and `CNAME` included.
    pub files: usize,
    /// Whether the remote received the branch (false in a dry run).
    pub pushed: bool,
}

/// The branch's current commit, if it exists locally or as the remote's tracking branch.
#[derive(Debug, Clone)]
struct Parent {
    commit: String,
    tree: String,
    /// Whether `refs/heads/<branch>` exists (otherwise the parent is the tracking branch).
    local: bool,
}

/// A checked publishing target: repository, remote and branch are known to be usable.
#[derive(Debug)]
pub struct Publisher {
    git: Git,
    git_dir: PathBuf,
    options: PublishOptions,
    parent: Option<Parent>,
}

impl Publisher {
    /// Checks all that can be checked before building: the repository, the remote, the
    /// branch name, and that the branch holds nothing but earlier publishes (unless forced).
    pub fn open(root: &Path, options: PublishOptions) -> Result<Publisher, PublishError> {
        if let Some(domain) = &options.cname {
            check_domain(domain)?;
        }
        if !root.is_dir() {
            let source = std::io::Error::new(std::io::ErrorKind::NotFound, "no such folder");
            return Err(PublishError::Read {
                path: root.to_owned(),
                source,
            });
        }
        let git = Git::new(root);
        let git_dir = git
            .try_run(&["rev-parse", "--absolute-git-dir"])?
            .ok_or_else(|| PublishError::NotARepository { path: root.to_owned() })?;
        check_branch_name(&git, &options.branch)?;
        check_not_checked_out(&git, &options.branch)?;
        check_remote(&git, &options.remote)?;
        let parent = find_parent(&git, &options)?;
        Ok(Publisher {
            git,
            git_dir: PathBuf::from(git_dir),
            options,
            parent,
        })
    }

    /// Records `site_dir` as the branch's new content and pushes it; the local branch moves
    /// only after the remote accepted it.
    pub fn publish(&self, site_dir: &Path) -> Result<Published, PublishError> {
        if !site_dir.join("index.html").is_file() {
            return Err(PublishError::NothingBuilt {
                path: site_dir.to_owned(),
            });
        }
        let files = tree::collect(site_dir)?;
        let cname = self.options.cname.as_ref().map(|d| format!("{d}\n"));
        let mut extra: Vec<(&str, &[u8])> = vec![(".nojekyll", b"")];
        if let Some(cname) = &cname {
            extra.push(("CNAME", cname.as_bytes()));
        }
        let count = files
            .iter()
            .filter(|f| !extra.iter().any(|(p, _)| *p == f.path))
            .count()
            + extra.len();
        let store = if self.options.dry_run {
            Store::HashOnly
        } else {
            Store::Write
        };
        let index = TempIndex::new(&self.git_dir);
        let tree = tree::write_tree(&self.git, index.path(), &files, &extra, store)?;

        let mut published = Published {
            remote: self.options.remote.clone(),
            branch: self.options.branch.clone(),
            change: Change::NewBranch,
            commit: None,
            files: count,
            pushed: false,
        };
        if let Some(parent) = self.parent.as_ref().filter(|p| p.tree == tree) {
            published.change = Change::Unchanged;
            published.commit = Some(parent.commit.clone());
        } else if self.parent.is_some() {
            published.change = Change::NewCommit;
        }
        if self.options.dry_run {
            return Ok(published);
        }
        let commit = match published.change {
            Change::Unchanged => published.commit.clone().expect("an unchanged branch has a commit"),
            _ => self.commit(&tree)?,
        };
        self.push(&commit)?;
        self.move_branch(&commit)?;
        published.commit = Some(commit);
        published.pushed = true;
        Ok(published)
    }

    /// Makes the publish commit (no ref points at it yet).
    fn commit(&self, tree: &str) -> Result<String, PublishError> {
        let message = match &self.options.message {
            Some(message) if !message.trim().is_empty() => message.trim_end().to_owned(),
            _ => match self.git.try_run(&["rev-parse", "--short", "HEAD"])? {
                Some(head) => format!("Publish site from {head}"),
                None => "Publish site".to_owned(),
            },
        };
        let message = format!("{message}\n\n{TRAILER}\n");
        let mut args: Vec<&str> = Vec::new();
        // Without a configured identity git refuses to commit; the branch is machine-made,
        // so a stand-in identity is better than a failed publish.
        if self.git.try_run(&["var", "GIT_COMMITTER_IDENT"])?.is_none() {
            args.extend(["-c", "user.name=steppe", "-c", "user.email=steppe@localhost"]);
        }
        args.extend(["commit-tree", tree]);
        if let Some(parent) = &self.parent {
            args.extend(["-p", &parent.commit]);
        }
        args.extend(["-F", "-"]);
        self.git.run_with_input(&args, Some(message.as_bytes()))
    }

    fn push(&self, commit: &str) -> Result<(), PublishError> {
        let refspec = format!("{commit}:refs/heads/{}", self.options.branch);
        let args = ["push", "--quiet", self.options.remote.as_str(), refspec.as_str()];
        let output = self.git.output(&args, None)?;
        if output.status.success() {
            return Ok(());
        }
        Err(PublishError::PushRejected {
            remote: self.options.remote.clone(),
            branch: self.options.branch.clone(),
            message: git::stderr_of(&output),
        })
    }

    /// Points the local branch at `commit`, provided it still is where `open` found it.
    fn move_branch(&self, commit: &str) -> Result<(), PublishError> {
        let name = format!("refs/heads/{}", self.options.branch);
        let old = match &self.parent {
            Some(parent) if parent.local => parent.commit.as_str(),
            _ => "",
        };
        if old == commit {
            return Ok(());
        }
        let args = ["update-ref", "-m", "steppe publish", name.as_str(), commit, old];
        let output = self.git.output(&args, None)?;
        if output.status.success() {
            return Ok(());
        }
        Err(PublishError::UpdateRef {
            remote: self.options.remote.clone(),
            branch: self.options.branch.clone(),
            message: git::stderr_of(&output),
        })
    }
}

/// A host name as GitHub Pages' CNAME file takes it: letters, digits, `-` and dots.
fn check_domain(domain: &str) -> Result<(), PublishError> {
    let labels: Vec<&str> = domain.split('.').collect();
    let valid = labels.len() >= 2
        && domain.len() <= 253
        && labels.iter().all(|l| {
            !l.is_empty()
                && l.len() <= 63
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        });
    if valid {
        Ok(())
    } else {
        Err(PublishError::InvalidCname {
            domain: domain.to_owned(),
        })
    }
}

fn check_branch_name(git: &Git, name: &str) -> Result<(), PublishError> {
    // `check-ref-format --branch` also expands `@{-1}` and the like: demand a plain name back.
    let plain = !name.starts_with('-') && !name.contains("@{") && name != "HEAD";
    let checked = if plain {
        git.try_run(&["check-ref-format", "--branch", name])?
    } else {
        None
    };
    match checked {
        Some(back) if back == name => Ok(()),
        _ => Err(PublishError::InvalidBranch { name: name.to_owned() }),
    }
}

/// Moving a checked-out branch would leave its work tree and index out of step with it.
fn check_not_checked_out(git: &Git, branch: &str) -> Result<(), PublishError> {
    let listing = git.run(&["worktree", "list", "--porcelain"])?;
    let wanted = format!("branch refs/heads/{branch}");
    let mut worktree = PathBuf::new();
    for line in listing.lines() {
        if let Some(path) = line.strip_prefix("worktree ") {
            worktree = PathBuf::from(path);
        } else if line == wanted {
            return Err(PublishError::CheckedOut {
                branch: branch.to_owned(),
                worktree,
            });
        }
    }
    Ok(())
}

fn check_remote(git: &Git, remote: &str) -> Result<(), PublishError> {
    let known: Vec<String> = git.run(&["remote"])?.lines().map(str::to_owned).collect();
    if known.iter().any(|r| r == remote) {
        Ok(())
    } else {
        Err(PublishError::NoSuchRemote {
            remote: remote.to_owned(),
            known,
        })
    }
}

/// The branch's last commit (local, else the remote's tracking branch), checked to be a publish.
fn find_parent(git: &Git, options: &PublishOptions) -> Result<Option<Parent>, PublishError> {
    let local = format!("refs/heads/{}^{{commit}}", options.branch);
    let tracking = format!("refs/remotes/{}/{}^{{commit}}", options.remote, options.branch);
    let (commit, is_local) = if let Some(c) = git.try_run(&["rev-parse", "--verify", "--quiet", &local])? {
        (c, true)
    } else if let Some(c) = git.try_run(&["rev-parse", "--verify", "--quiet", &tracking])? {
        (c, false)
    } else {
        return Ok(None);
    };
    let raw = git.run(&["cat-file", "commit", &commit])?;
    let message = raw.split_once("\n\n").map_or("", |(_, m)| m);
    if !options.force && !is_publish(message) {
        return Err(PublishError::ForeignBranch {
            branch: options.branch.clone(),
            commit: commit.chars().take(12).collect(),
            subject: message.lines().next().unwrap_or_default().to_owned(),
        });
    }
    let tree = git.run(&["rev-parse", &format!("{commit}^{{tree}}")])?;
    Ok(Some(Parent {
        commit,
        tree,
        local: is_local,
    }))
}

/// Whether a commit message ends with steppe's trailer paragraph.
fn is_publish(message: &str) -> bool {
    let last = message.trim_end().rsplit("\n\n").next().unwrap_or_default();
    last.lines().any(|line| line.trim_end() == TRAILER)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn publish_commits_are_recognised_by_their_trailer() {
        assert!(is_publish("Publish site from abc\n\nPublished-by: steppe\n"));
        assert!(is_publish(
            "Subject\n\nBody text.\n\nSigned-off-by: A <a@b>\nPublished-by: steppe"
        ));
        assert!(!is_publish("Add my notes\n"));
        assert!(!is_publish("Published-by: steppe\n\nbut then a body"));
    }

    #[test]
    fn cname_takes_bare_host_names_only() {
        assert!(check_domain("briefing.example.org").is_ok());
        assert!(check_domain("x-1.example").is_ok());
        for bad in [
            "https://example.org",
            "example.org/briefing",
            "localhost",
            "a..b",
            "-a.org",
            "",
        ] {
            assert!(check_domain(bad).is_err(), "{bad}");
        }
    }
}
