//! `steppe publish`: the site goes to a branch of a local bare "remote"; the source branch,
//! the index and the working tree stay as they were; bad targets fail with exit code 1.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use crate::support::{TestSite, tree};

/// Git settings of every git and steppe call here: no user or system config, a fixed identity.
pub(crate) const GIT_ENV: &[(&str, &str)] = &[
    ("GIT_CONFIG_GLOBAL", "/dev/null"),
    ("GIT_CONFIG_NOSYSTEM", "1"),
    ("GIT_AUTHOR_NAME", "Test Author"),
    ("GIT_AUTHOR_EMAIL", "author@example.org"),
    ("GIT_COMMITTER_NAME", "Test Author"),
    ("GIT_COMMITTER_EMAIL", "author@example.org"),
];

pub(crate) fn git(dir: &Path, args: &[&str]) -> String {
    let out = Command::new("git")
        .args(args)
        .current_dir(dir)
        .envs(GIT_ENV.iter().copied())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "git {args:?} failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap().trim_end().to_owned()
}

/// `None` when git exits non-zero (a ref that does not exist).
fn git_maybe(dir: &Path, args: &[&str]) -> Option<String> {
    let out = Command::new("git")
        .args(args)
        .current_dir(dir)
        .envs(GIT_ENV.iter().copied())
        .output()
        .unwrap();
    out.status
        .success()
        .then(|| String::from_utf8(out.stdout).unwrap().trim_end().to_owned())
}

/// A built, committed trilingual site whose `origin` is a bare repository in the same tempdir.
struct Published {
    site: TestSite,
    remote: PathBuf,
}

impl Published {
    fn new() -> Published {
        let site = TestSite::fixture("trilingual");
        site.build();
        let remote = site.root.parent().unwrap().join("remote.git");
        git(
            site.root.parent().unwrap(),
            &["init", "--quiet", "--bare", "remote.git"],
        );
        git(&site.root, &["init", "--quiet", "-b", "main"]);
        git(&site.root, &["add", "-A"]);
        git(&site.root, &["commit", "--quiet", "-m", "Site sources"]);
        git(&site.root, &["remote", "add", "origin", remote.to_str().unwrap()]);
        Published { site, remote }
    }

    fn publish(&self, args: &[&str]) -> Output {
        steppe(&self.site.root, &[&["publish"], args].concat())
    }

    fn publish_ok(&self, args: &[&str]) -> String {
        let out = self.publish(args);
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        assert!(out.status.success(), "publish failed:\n{stderr}");
        stderr
    }

    fn publish_fails(&self, args: &[&str]) -> String {
        failure(self.publish(args))
    }

    /// What a reader of the source side sees: HEAD, `git status`, the index file's bytes.
    fn source_state(&self) -> (String, Vec<u8>, String) {
        let head = git(&self.site.root, &["rev-parse", "HEAD"]);
        let index = std::fs::read(self.site.root.join(".git/index")).unwrap();
        let status = git(&self.site.root, &["status", "--porcelain", "--untracked-files=all"]);
        (head, index, status)
    }

    /// The files of `branch` in the remote, path → bytes.
    fn remote_files(&self, branch: &str) -> std::collections::BTreeMap<String, Vec<u8>> {
        let out = self.site.root.parent().unwrap().join(format!("checkout-{branch}"));
        let _ = std::fs::remove_dir_all(&out);
        std::fs::create_dir_all(&out).unwrap();
        let archive = Command::new("git")
            .args(["archive", "--format=tar", branch])
            .current_dir(&self.remote)
            .output()
            .unwrap();
        assert!(archive.status.success(), "{}", String::from_utf8_lossy(&archive.stderr));
        let mut tar = Command::new("tar")
            .args(["-x", "-C", out.to_str().unwrap()])
            .stdin(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        std::io::Write::write_all(tar.stdin.as_mut().unwrap(), &archive.stdout).unwrap();
        assert!(tar.wait().unwrap().success());
        tree(&out)
    }
}

/// Runs steppe in `dir` with the tests' git settings.
pub(crate) fn steppe(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_steppe"))
        .args(args)
        .current_dir(dir)
        .envs(GIT_ENV.iter().copied())
        .output()
        .unwrap()
}

fn failure(out: Output) -> String {
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(1), "expected exit code 1:\n{stderr}");
    stderr
}

#[test]
fn branch_holds_exactly_the_built_site_plus_nojekyll_and_cname() {
    let repo = Published::new();
    let before = repo.source_state();
    let stderr = repo.publish_ok(&["--cname", "briefing.example.org"]);
    assert!(stderr.contains("as new branch `gh-pages`"), "{stderr}");

    let mut expected = repo.site.tree();
    expected.insert(".nojekyll".to_owned(), Vec::new());
    expected.insert("CNAME".to_owned(), b"briefing.example.org\n".to_vec());
    let published = repo.remote_files("gh-pages");
    assert_eq!(
        published.keys().collect::<Vec<_>>(),
        expected.keys().collect::<Vec<_>>()
    );
    assert!(published == expected, "file contents differ from public/");

    let local = git(&repo.site.root, &["rev-parse", "gh-pages"]);
    assert_eq!(
        local,
        git(&repo.remote, &["rev-parse", "gh-pages"]),
        "local and remote branch agree"
    );
    let message = git(&repo.site.root, &["log", "-1", "--format=%B", "gh-pages"]);
    let head = git(&repo.site.root, &["rev-parse", "--short", "HEAD"]);
    assert_eq!(message, format!("Publish site from {head}\n\nPublished-by: steppe"));
    assert_eq!(
        git(&repo.site.root, &["rev-list", "--count", "gh-pages"]),
        "1",
        "an orphan branch"
    );
    assert_eq!(
        repo.source_state(),
        before,
        "HEAD, index and working tree are untouched"
    );
    assert_eq!(git(&repo.site.root, &["symbolic-ref", "HEAD"]), "refs/heads/main");
}

#[test]
fn publishing_unchanged_output_adds_no_commit() {
    let repo = Published::new();
    repo.publish_ok(&[]);
    let first = git(&repo.remote, &["rev-parse", "gh-pages"]);
    let stderr = repo.publish_ok(&["--message", "Again"]);
    assert!(stderr.contains("Already published"), "{stderr}");
    assert_eq!(git(&repo.remote, &["rev-parse", "gh-pages"]), first);
    assert_eq!(git(&repo.site.root, &["rev-parse", "gh-pages"]), first);
}

#[test]
fn a_changed_site_becomes_one_commit_on_top_of_the_last_publish() {
    let repo = Published::new();
    repo.publish_ok(&[]);
    let first = git(&repo.remote, &["rev-parse", "gh-pages"]);
    repo.site.write(
        "content/pages/about.en.md",
        "---\ntitle: About this briefing\n---\n\nA new sentence.\n",
    );
    let stderr = repo.publish_ok(&["--message", "Update the about page"]);
    assert!(
        stderr.contains("Published") && stderr.contains("to `gh-pages`"),
        "{stderr}"
    );
    let second = git(&repo.remote, &["rev-parse", "gh-pages"]);
    assert_ne!(second, first);
    assert_eq!(git(&repo.remote, &["rev-parse", "gh-pages^"]), first);
    assert_eq!(
        git(&repo.remote, &["log", "-1", "--format=%B", "gh-pages"]),
        "Update the about page\n\nPublished-by: steppe"
    );
    let about = repo.remote_files("gh-pages").remove("en/about/index.html").unwrap();
    assert!(String::from_utf8(about).unwrap().contains("A new sentence."));
}

#[test]
fn a_fresh_clone_continues_the_remote_branch() {
    let repo = Published::new();
    repo.publish_ok(&[]);
    git(&repo.site.root, &["push", "--quiet", "origin", "main"]);
    let first = git(&repo.remote, &["rev-parse", "gh-pages"]);
    let parent = repo.site.root.parent().unwrap();
    git(
        parent,
        &[
            "clone",
            "--quiet",
            "--branch",
            "main",
            repo.remote.to_str().unwrap(),
            "clone",
        ],
    );
    let clone = parent.join("clone");
    std::fs::write(
        clone.join("content/pages/about.en.md"),
        "---\ntitle: About\n---\n\nFrom a clone.\n",
    )
    .unwrap();
    let out = steppe(&clone, &["publish"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(
        git(&repo.remote, &["rev-parse", "gh-pages^"]),
        first,
        "history continues"
    );
}

#[test]
fn dry_run_records_and_pushes_nothing() {
    let repo = Published::new();
    let stderr = repo.publish_ok(&["--dry-run"]);
    assert!(stderr.contains("Dry run: would create branch `gh-pages`"), "{stderr}");
    assert_eq!(
        git_maybe(&repo.site.root, &["rev-parse", "--verify", "--quiet", "gh-pages"]),
        None
    );
    assert_eq!(
        git_maybe(&repo.remote, &["rev-parse", "--verify", "--quiet", "gh-pages"]),
        None
    );
}

#[test]
fn outside_a_git_repository_is_an_error() {
    let site = TestSite::fixture("trilingual");
    // Stop git from finding a repository in a folder above the tempdir.
    let out = Command::new(env!("CARGO_BIN_EXE_steppe"))
        .arg("publish")
        .current_dir(&site.root)
        .env("GIT_CEILING_DIRECTORIES", site.root.parent().unwrap())
        .envs(GIT_ENV.iter().copied())
        .output()
        .unwrap();
    let stderr = failure(out);
    assert!(stderr.contains("error: nothing was published"), "{stderr}");
    assert!(stderr.contains("is not inside a git repository"), "{stderr}");
    assert!(
        !site.exists("index.html"),
        "nothing is built when publishing cannot happen"
    );
}

#[test]
fn an_unknown_remote_is_an_error() {
    let repo = Published::new();
    let stderr = repo.publish_fails(&["--remote", "upstream"]);
    assert!(
        stderr.contains("the repository has no remote named `upstream` (it has origin)"),
        "{stderr}"
    );
}

#[test]
fn nothing_built_is_an_error() {
    let repo = Published::new();
    std::fs::remove_dir_all(repo.site.root.join("public")).unwrap();
    let stderr = repo.publish_fails(&["--no-build"]);
    assert!(
        stderr.contains("holds no index.html; run `steppe build` first"),
        "{stderr}"
    );
    assert_eq!(
        git_maybe(&repo.site.root, &["rev-parse", "--verify", "--quiet", "gh-pages"]),
        None
    );
}

#[test]
fn a_rejected_push_leaves_the_local_branch_as_it_was() {
    let repo = Published::new();
    repo.publish_ok(&[]);
    let before = git(&repo.site.root, &["rev-parse", "gh-pages"]);
    let reflog = git(&repo.site.root, &["reflog", "show", "gh-pages"]);
    let hook = repo.remote.join("hooks/pre-receive");
    std::fs::write(&hook, "#!/bin/sh\necho 'pushes are closed today' >&2\nexit 1\n").unwrap();
    make_executable(&hook);
    repo.site
        .write("content/pages/about.en.md", "---\ntitle: About\n---\n\nChanged.\n");
    let source = repo.source_state();

    let stderr = repo.publish_fails(&[]);
    assert!(
        stderr.contains(
            "the remote `origin` rejected the push of branch `gh-pages`; the local branch was left as it was"
        ),
        "{stderr}"
    );
    assert!(
        stderr.contains("pushes are closed today"),
        "git's reason is shown: {stderr}"
    );
    assert_eq!(git(&repo.site.root, &["rev-parse", "gh-pages"]), before);
    assert_eq!(git(&repo.site.root, &["reflog", "show", "gh-pages"]), reflog);
    assert_eq!(git(&repo.remote, &["rev-parse", "gh-pages"]), before);
    assert_eq!(repo.source_state().0, source.0);
}

#[test]
fn a_rejected_first_push_creates_no_local_branch() {
    let repo = Published::new();
    let hook = repo.remote.join("hooks/pre-receive");
    std::fs::write(&hook, "#!/bin/sh\nexit 1\n").unwrap();
    make_executable(&hook);
    let stderr = repo.publish_fails(&[]);
    assert!(stderr.contains("rejected the push"), "{stderr}");
    assert_eq!(
        git_maybe(&repo.site.root, &["rev-parse", "--verify", "--quiet", "gh-pages"]),
        None
    );
}

#[test]
fn a_branch_with_other_work_is_refused_unless_forced() {
    let repo = Published::new();
    // Someone's hand-made gh-pages: one commit that steppe did not make.
    let tree = git(&repo.site.root, &["rev-parse", "HEAD^{tree}"]);
    let theirs = git(&repo.site.root, &["commit-tree", &tree, "-m", "My notes"]);
    git(&repo.site.root, &["update-ref", "refs/heads/gh-pages", &theirs]);

    let stderr = repo.publish_fails(&[]);
    assert!(
        stderr.contains("branch `gh-pages` holds work that steppe did not publish"),
        "{stderr}"
    );
    assert!(
        stderr.contains("\"My notes\"") && stderr.contains("--force"),
        "{stderr}"
    );
    assert_eq!(git(&repo.site.root, &["rev-parse", "gh-pages"]), theirs);
    assert_eq!(
        git_maybe(&repo.remote, &["rev-parse", "--verify", "--quiet", "gh-pages"]),
        None
    );

    repo.publish_ok(&["--force"]);
    assert_eq!(
        git(&repo.remote, &["rev-parse", "gh-pages^"]),
        theirs,
        "their work stays in the history"
    );
    // The branch is a publish now: the next one needs no force.
    repo.site
        .write("content/pages/about.en.md", "---\ntitle: About\n---\n\nChanged.\n");
    repo.publish_ok(&[]);
}

#[test]
fn the_checked_out_branch_is_refused_even_when_forced() {
    let repo = Published::new();
    let before = repo.source_state();
    let stderr = repo.publish_fails(&["--branch", "main", "--force"]);
    assert!(stderr.contains("`main` is checked out in"), "{stderr}");
    assert_eq!(repo.source_state(), before);
}

#[test]
fn bad_branch_names_and_domains_are_refused() {
    let repo = Published::new();
    let stderr = repo.publish_fails(&["--branch", "bad..name"]);
    assert!(
        stderr.contains("`bad..name` is not a valid git branch name"),
        "{stderr}"
    );
    let stderr = repo.publish_fails(&["--cname", "https://briefing.example.org/"]);
    assert!(stderr.contains("is not a domain name for CNAME"), "{stderr}");
}

fn make_executable(path: &Path) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755)).unwrap();
}
