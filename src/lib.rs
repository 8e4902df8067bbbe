//! moty: a case register for multi-professional collaboration in Finnish primary social and
//! health care. `main` parses the command line, runs one command and maps the outcome to the
//! documented exit codes.

pub mod cli;
pub mod clock;
pub mod commands;
pub mod config;
pub mod domain;
pub mod error;
pub mod files;
pub mod help;
pub mod language;
pub mod ops;
pub mod platform;
pub mod prompt;
pub mod render;
pub mod store;
pub mod term;
pub mod text;
pub mod witness;

use std::process::ExitCode;

use crate::error::Exit;

/// Parses the command line, runs the command, prints its output or its one-line error.
pub fn main() -> ExitCode {
    // Colour is decided before clap parses, so that its help and errors follow `--color` too:
    // the flag, else the configuration file's key (a file that is not valid is reported later).
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    term::init(term::requested(&args).or_else(|| config::load().ok()?.color()));
    // The language too, so that every word after it (the help too) comes in it.
    match language::choose(&args) {
        // JSON for scripts is the same in every language (language::json_requested).
        Ok(_) if language::json_requested(&args) => text::i18n::set_ui(domain::Language::En),
        Ok(language) => text::i18n::set_ui(language),
        Err(refused) => {
            text::i18n::set_ui(refused.speak);
            let e = refused.error();
            render::error(&e.to_string());
            return ExitCode::from(e.exit() as u8);
        }
    }
    // `moty --version` alone is answered before the command line is built: its help in the UI
    // language is most of what starting costs. The same line clap prints.
    if let [_, flag] = args.as_slice() {
        if flag == "--version" || flag == "-V" {
            let line = format!("moty {}\n", env!("CARGO_PKG_VERSION"));
            return match render::emit(&line) {
                Ok(()) => ExitCode::SUCCESS,
                Err(_) => ExitCode::from(Exit::Internal as u8),
            };
        }
    }
    if let Err(e) = check_utf8(args.iter().cloned()) {
        render::error(&e.to_string());
        return ExitCode::from(e.exit() as u8);
    }
    let cli = match cli::parse_from(args) {
        Ok(cli) => cli,
        // clap's usage errors in the UI language (help::errors), else as clap words them.
        Err(e) => match help::errors::render(&e) {
            Some(text) => {
                render::usage_error(&text);
                return ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2));
            }
            None => e.exit(),
        },
    };
    if prompt::interactive() {
        prompt::restore_terminal_on_interrupt();
    }
    store::migrate::on_migrate(render::migrating);
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
    // Where the register lives (a cloud-synced folder), and a rewrite the witness saw, are
    // reported whatever the command did.
    for warning in store::place_warnings() {
        render::warning(&warning);
    }
    for problem in witness::problems() {
        render::error(&problem);
    }
    ExitCode::from(code as u8)
}

/// Refuses an argument that is not UTF-8 naming its flag, which clap's own message does not.
fn check_utf8(args: impl Iterator<Item = std::ffi::OsString>) -> Result<(), error::UserError> {
    let mut previous: Option<String> = None;
    for arg in args.skip(1) {
        let Some(text) = arg.to_str() else {
            let lossy = arg.to_string_lossy();
            let field = match lossy.split_once('=') {
                Some((flag, _)) if flag.starts_with("--") => flag.to_string(),
                _ => previous
                    .filter(|p| p.starts_with('-'))
                    .unwrap_or_else(|| text::argument(&lossy)),
            };
            return Err(error::UserError::invalid(field, text::not_utf8()));
        };
        previous = Some(text.to_string());
    }
    Ok(())
}
