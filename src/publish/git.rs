//! A thin runner for the `git` command: every call runs in the site's repository with the
//! caller's index and work tree variables removed, so nothing but what a call names is touched.

use std::ffi::OsStr;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use super::PublishError;

/// The repository `git` commands run in.
#[derive(Debug, Clone)]
pub(super) struct Git {
    dir: PathBuf,
    /// A private index file for building trees; the repository's own index is never used.
    index: Option<PathBuf>,
}

impl Git {
    pub(super) fn new(dir: &Path) -> Git {
        Git {
            dir: dir.to_owned(),
            index: None,
        }
    }

    /// The same repository, with `GIT_INDEX_FILE` pointing at `index`.
    pub(super) fn with_index(&self, index: &Path) -> Git {
        Git {
            dir: self.dir.clone(),
            index: Some(index.to_owned()),
        }
    }

    fn command<S: AsRef<OsStr>>(&self, args: &[S]) -> Command {
        let mut command = Command::new("git");
        command
            .args(args)
            .current_dir(&self.dir)
            // Variables a hook or a shell may have set would redirect these calls elsewhere.
            .env_remove("GIT_INDEX_FILE")
            .env_remove("GIT_WORK_TREE")
            // Never wait for a password prompt that no one will answer.
            .env("GIT_TERMINAL_PROMPT", "0")
            .stdin(Stdio::null());
        if let Some(index) = &self.index {
            command.env("GIT_INDEX_FILE", index);
        }
        command
    }

    /// Runs git and returns its raw output, whatever its exit status.
    pub(super) fn output<S: AsRef<OsStr>>(&self, args: &[S], input: Option<&[u8]>) -> Result<Output, PublishError> {
        let mut command = self.command(args);
        command.stdout(Stdio::piped()).stderr(Stdio::piped());
        if input.is_some() {
            command.stdin(Stdio::piped());
        }
        let mut child = command.spawn().map_err(|source| PublishError::GitMissing { source })?;
        let writer = match (input, child.stdin.take()) {
            (Some(bytes), Some(mut stdin)) => {
                let bytes = bytes.to_vec();
                // A separate thread, so a full stdout pipe cannot block the write.
                Some(std::thread::spawn(move || stdin.write_all(&bytes)))
            }
            _ => None,
        };
        let output = child
            .wait_with_output()
            .map_err(|source| PublishError::GitMissing { source })?;
        if let Some(writer) = writer {
            let written = writer.join().expect("the stdin writer does not panic");
            if let Err(source) = written
                && output.status.success()
            {
                return Err(PublishError::GitMissing { source });
            }
        }
        Ok(output)
    }

    /// Runs git and returns its trimmed standard output; a non-zero exit is an error.
    pub(super) fn run<S: AsRef<OsStr>>(&self, args: &[S]) -> Result<String, PublishError> {
        self.run_with_input(args, None)
    }

    pub(super) fn run_with_input<S: AsRef<OsStr>>(
        &self,
        args: &[S],
        input: Option<&[u8]>,
    ) -> Result<String, PublishError> {
        let output = self.output(args, input)?;
        if !output.status.success() {
            return Err(failure(args, &output));
        }
        Ok(String::from_utf8_lossy(&output.stdout).trim_end().to_owned())
    }

    /// Runs git; `None` when it exits non-zero (a missing ref, an unknown remote).
    pub(super) fn try_run<S: AsRef<OsStr>>(&self, args: &[S]) -> Result<Option<String>, PublishError> {
        let output = self.output(args, None)?;
        Ok(output
            .status
            .success()
            .then(|| String::from_utf8_lossy(&output.stdout).trim_end().to_owned()))
    }
}

/// The error for a git call that failed where it should not have.
pub(super) fn failure<S: AsRef<OsStr>>(args: &[S], output: &Output) -> PublishError {
    let command = args
        .iter()
        .map(|a| a.as_ref().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join(" ");
    PublishError::Git {
        command,
        message: stderr_of(output),
    }
}

/// Git's error output, trimmed, or a note that it said nothing.
pub(super) fn stderr_of(output: &Output) -> String {
    let text = String::from_utf8_lossy(&output.stderr).trim().to_owned();
    if text.is_empty() {
        format!("git exited with {} and said nothing", output.status)
    } else {
        text
    }
}
