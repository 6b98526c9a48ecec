//! One notion of where the output is (issue 15): `--output` and `--public` are relative to the
//! site's folder (`--root`), as in `hugo -s` and `zola --root`, in every command; `publish`
//! never rewrites the working tree.

use std::path::Path;
use std::process::Output;

use crate::publish::{git, steppe};
use crate::serve::Server;
use crate::support::{TestSite, tree};

fn ok(out: Output) -> String {
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "{stderr}");
    stderr
}

/// The fixture site at `<tmp>/site`, and `<tmp>`, the folder commands run in.
fn site_below() -> (TestSite, std::path::PathBuf) {
    let site = TestSite::fixture("trilingual");
    let above = site.root.parent().unwrap().to_owned();
    (site, above)
}

/// Every file of the working tree (git's own folder aside, which publishing writes to).
fn files_outside_git(root: &Path) -> std::collections::BTreeMap<String, Vec<u8>> {
    let mut files = tree(root);
    // The caches of pure work (cut fonts, social cards, image variants) are the site's to
    // keep, like public/: a build may fill them.
    files.retain(|path, _| !path.starts_with(".git/") && !path.starts_with(".steppe-cache/"));
    files
}

#[test]
fn build_and_check_use_the_sites_own_public_folder() {
    let (site, above) = site_below();
    let stderr = ok(steppe(&above, &["build", "--root", "site", "--no-search"]));
    assert!(
        site.root.join("public/en/index.html").is_file(),
        "built into site/public"
    );
    assert!(!above.join("public").exists(), "nothing written to ./public: {stderr}");
    assert!(stderr.contains("into site/public"), "{stderr}");

    let stderr = ok(steppe(&above, &["check", "--root", "site", "--public"]));
    assert!(stderr.contains("pages checked: 0 errors"), "{stderr}");
    // The folder checked is site/public: removing it makes the same command fail, naming it.
    std::fs::rename(site.root.join("public"), site.root.join("elsewhere")).unwrap();
    let out = steppe(&above, &["check", "--root", "site", "--public"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("site/public: no built site here"), "{stderr}");
    ok(steppe(&above, &["check", "--root", "site", "--public", "elsewhere"]));

    // An explicit --output is relative to the site too; an absolute one is used as it is.
    ok(steppe(
        &above,
        &["build", "--root", "site", "--no-search", "--output", "out"],
    ));
    assert!(site.root.join("out/en/index.html").is_file());
    let absolute = above.join("absolute");
    ok(steppe(
        &above,
        &[
            "build",
            "--root",
            "site",
            "--no-search",
            "--output",
            absolute.to_str().unwrap(),
        ],
    ));
    assert!(absolute.join("en/index.html").is_file());
}

#[test]
fn serve_previews_the_site_of_its_root_and_writes_no_output() {
    let (site, above) = site_below();
    let server = Server::start_in(&above, &["--root", "site"]);
    let home = server.get("/en/");
    assert_eq!(home.status, 200);
    let body = String::from_utf8_lossy(&home.body);
    assert!(
        body.contains("<html lang=\"en\" dir=\"ltr\" data-script=\"Latn\">") && body.contains("Briefing"),
        "{body}"
    );
    drop(server);
    assert!(!above.join("public").exists() && !site.root.join("public").exists());
}

#[test]
fn publish_uses_the_sites_public_and_never_rewrites_it() {
    let (site, above) = site_below();
    ok(steppe(&above, &["build", "--root", "site"]));
    let remote = above.join("remote.git");
    git(&above, &["init", "--quiet", "--bare", "remote.git"]);
    git(&site.root, &["init", "--quiet", "-b", "main"]);
    git(&site.root, &["add", "-A"]);
    git(&site.root, &["commit", "--quiet", "-m", "Site sources"]);
    git(&site.root, &["remote", "add", "origin", remote.to_str().unwrap()]);
    let working_tree = files_outside_git(&site.root);

    // --no-build publishes site/public as it is.
    ok(steppe(&above, &["publish", "--root", "site", "--no-build"]));
    let published = git(&remote, &["show", "gh-pages:en/index.html"]);
    assert_eq!(published.as_bytes(), &working_tree["public/en/index.html"][..]);

    // A build for another base URL goes to a private folder: the working tree, public/
    // included, stays byte-identical, and the branch gets the other URLs.
    ok(steppe(
        &above,
        &["publish", "--root", "site", "--base-url", "https://other.example/b/"],
    ));
    assert!(
        files_outside_git(&site.root) == working_tree,
        "publish --base-url changed the working tree"
    );
    let feed = git(&remote, &["show", "gh-pages:en/feed.xml"]);
    assert!(feed.contains("https://other.example/b/en/"), "{feed}");
    assert!(!above.join("public").exists());
}
