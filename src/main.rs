//! The `steppe` binary: parse the command line, run it, print any error with its causes.

mod cli;

use std::process::ExitCode;

use clap::Parser;

/// A build allocates and frees millions of small strings from several threads at once (markdown
/// events, template values, index words); mimalloc does that with far less time in the allocator
/// than the system's malloc (measured in BENCHMARKS.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    match cli.run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            // Context first, then each cause on its own line: the causes are the
            // `path:line:column: message` lines a user acts on.
            // A cause already quoted at the end of the line above (an I/O error's reason) is
            // not repeated.
            eprintln!("error: {error}");
            let mut previous = error.to_string();
            for cause in error.chain().skip(1) {
                let text = cause.to_string();
                if !previous.ends_with(&text) {
                    eprintln!("{text}");
                }
                previous = text;
            }
            ExitCode::FAILURE
        }
    }
}
