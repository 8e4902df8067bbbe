//! User errors and their exit codes.
//!
//! Expected failures are `UserError`s carrying a documented exit code; anything else is an
//! internal error (exit 1). SQLite's "busy" and "locked" are recognised wherever they surface, so
//! a concurrent writer never shows up as an internal error.

use std::fmt;

use crate::store::Failure;
use crate::text;

/// The documented exit codes (the book's "Exit codes": docs/src/reference/exit-codes.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    Ok = 0,
    Internal = 1,
    Invalid = 2,
    NotFound = 3,
    Refused = 4,
    Busy = 5,
}

/// A failure the user can act on. The message is complete: it names the field and what is allowed.
#[derive(Debug, PartialEq, Eq)]
pub enum UserError {
    /// A flag, argument or environment variable has a value that is not allowed.
    Invalid { field: String, message: String },
    /// Required flags were not given and there is no terminal to ask on.
    Missing { flags: Vec<String> },
    /// A case, client or consent that does not exist.
    NotFound(String),
    /// A rule of the register refuses the command (e.g. a second open case, consent missing).
    Refused(String),
    /// The file at the register path is not a moty register, or is from a newer moty.
    BadRegister(String),
    /// Another process holds the register for longer than the busy timeout.
    Busy,
}

impl UserError {
    pub fn invalid(field: impl Into<String>, message: impl Into<String>) -> UserError {
        UserError::Invalid {
            field: field.into(),
            message: message.into(),
        }
    }

    pub fn exit(&self) -> Exit {
        match self {
            UserError::Invalid { .. } | UserError::Missing { .. } | UserError::BadRegister(_) => {
                Exit::Invalid
            }
            UserError::NotFound(_) => Exit::NotFound,
            UserError::Refused(_) => Exit::Refused,
            UserError::Busy => Exit::Busy,
        }
    }
}

impl fmt::Display for UserError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            UserError::Invalid { field, message } => write!(f, "{field}: {message}"),
            UserError::Missing { flags } => f.write_str(&text::missing_flags(flags)),
            UserError::NotFound(message)
            | UserError::Refused(message)
            | UserError::BadRegister(message) => f.write_str(message),
            UserError::Busy => f.write_str(&text::busy()),
        }
    }
}

impl std::error::Error for UserError {}

/// The exit code for any error that reached `main`, looking through the whole context chain.
pub fn exit_code(error: &anyhow::Error) -> Exit {
    for cause in error.chain() {
        if let Some(user) = cause.downcast_ref::<UserError>() {
            return user.exit();
        }
        if let Some(Failure::Busy | Failure::BusyAtOnce) = crate::store::failure(cause) {
            return Exit::Busy;
        }
    }
    Exit::Internal
}

/// The one line printed for an error: a busy register gets a plain busy message instead of
/// SQLite's wording (whether the command waited the whole timeout or could not wait at all),
/// everything else the whole context chain.
pub fn message(error: &anyhow::Error) -> String {
    if exit_code(error) == Exit::Busy {
        let at_once = error
            .chain()
            .any(|cause| crate::store::failure(cause) == Some(Failure::BusyAtOnce));
        return if at_once {
            text::busy_at_once()
        } else {
            text::busy()
        };
    }
    // The storage failures a coordinator can act on get a plain sentence; the transaction was
    // rolled back, so nothing of the command was kept.
    for cause in error.chain() {
        match crate::store::failure(cause) {
            Some(Failure::DiskFull) => return text::disk_full(),
            Some(Failure::ReadOnly) => return text::read_only(),
            Some(Failure::CannotOpen) => return format!("{error:#}"),
            _ => {}
        }
    }
    format!("{error:#}")
}
