//! The `steppe` binary: parse the command line, run it, print any error with its causes.

mod cli;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    match cli.run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            // Context first, then each cause on its own line: the causes are the
            // `path:line:column: message` lines a user acts on.
            eprintln!("error: {error}");
            for cause in error.chain().skip(1) {
                eprintln!("{cause}");
            }
            ExitCode::FAILURE
        }
    }
}
