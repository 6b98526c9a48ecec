//! `steppe serve`: flags → `ServeOptions`; prints the server's events and opens the browser.

use std::path::PathBuf;
use std::process::{Command, Stdio};

use anyhow::{Context, Result};
use clap::Args;

use steppe::serve::{self, BasePath, Event, ServeOptions};
use steppe::site::BuildOptions;

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Folder of the site (the one holding steppe.yaml).
    #[arg(long, default_value = ".")]
    root: PathBuf,
    /// Address to listen on; the default keeps the preview private to this machine.
    #[arg(long, default_value = "127.0.0.1")]
    bind: std::net::IpAddr,
    /// Port to listen on; 0 picks a free one (the address is printed).
    #[arg(long, default_value_t = 1111)]
    port: u16,
    /// Serve the site under this path, as a GitHub Pages project site is (e.g. /briefing/).
    #[arg(long, default_value = "/")]
    base_path: String,
    /// Open the site in the default browser once the server listens.
    #[arg(long)]
    open: bool,
    /// Include articles and pages marked `draft: true`.
    #[arg(long)]
    drafts: bool,
    /// Also build the search index on every rebuild (slower; without it the search box finds nothing).
    #[arg(long)]
    search: bool,
    /// Render every page after each change when the site has at most this many pages, so every
    /// error shows at once; larger sites render each page when it is requested.
    #[arg(long, value_name = "PAGES", default_value_t = serve::RENDER_ALL_UP_TO)]
    render_all_up_to: usize,
}

impl ServeArgs {
    pub fn run(self) -> Result<()> {
        let base_path = BasePath::parse(&self.base_path)
            .map_err(anyhow::Error::msg)
            .context("--base-path")?;
        let options = ServeOptions {
            root: self.root,
            bind: self.bind,
            port: self.port,
            base_path,
            // The search index takes longer than the rest of a small site's build.
            build: BuildOptions {
                search: self.search,
                ..BuildOptions::default()
            },
            drafts: self.drafts,
            render_all_up_to: self.render_all_up_to,
        };
        let open = self.open;
        serve::serve(options, move |event| {
            eprintln!("{event}");
            if let (true, Event::Listening { url }) = (open, &event) {
                open_browser(url);
            }
        })
        .context("the preview server stopped")
    }
}

/// A missing or failing opener must not stop the preview.
fn open_browser(url: &str) {
    let opener = Command::new("xdg-open")
        .arg(url)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn();
    if let Ok(mut child) = opener {
        std::thread::spawn(move || child.wait());
    }
}
