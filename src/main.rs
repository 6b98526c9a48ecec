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
