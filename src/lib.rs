//! moty: a case register for multi-professional collaboration in Finnish primary social and
//! health care. `main` parses the command line, runs one command and maps the outcome to the
//! documented exit codes.

pub mod cli;
pub mod clock;
pub mod commands;
pub mod db;
pub mod domain;
pub mod error;
pub mod prompt;
pub mod render;
pub mod text;

use std::process::ExitCode;

use clap::Parser;

use crate::error::Exit;

/// Parses the command line, runs the command, prints its output or its one-line error.
pub fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    let code = match commands::run(cli) {
        Ok(output) => match render::emit(&output) {
            Ok(()) => Exit::Ok,
            Err(e) => {
                render::error(&format!("{e:#}"));
                Exit::Internal
            }
        },
        Err(e) => {
            render::error(&error::message(&e));
            error::exit_code(&e)
        }
    };
    ExitCode::from(code as u8)
}
