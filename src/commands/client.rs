//! `moty client`: the client's protection and language after the referral — a non-disclosure
//! order for personal safety (turvakielto) marked or cleared with the reason why, the client's
//! language, and the interpreter they need.

use anyhow::Result;

use super::Ctx;
use crate::domain::{protection, validate, ClientLanguage};
use crate::error::UserError;
use crate::ops::client::{self, Change};
use crate::{render, text};

/// Mark or clear a client's non-disclosure order; record language and interpreter
///
/// Use it when the referral's details about the client change: the population register's
/// non-disclosure order for personal safety (turvakielto), which makes every screen that shows
/// the client warn and keeps their municipality out of every export; the client's language, which
/// chooses the language of their documents; the interpreter they need. Each change goes on the
/// case's timeline and into the access log. After consent is withdrawn only the order may change.
#[derive(Debug, clap::Args)]
#[command(after_long_help = crate::text::help_b::CLIENT)]
pub struct Args {
    /// A case of the client, e.g. 2026-0007
    pub case: String,
    /// Mark (yes) or clear (no) a non-disclosure order for personal safety (turvakielto); needs
    /// --reason
    #[arg(long, value_parser = crate::cli::yes_no(), value_name = "yes|no")]
    pub non_disclosure: Option<bool>,
    /// Why the order is marked or cleared, e.g. the population register's decision (at most 400
    /// characters)
    #[arg(long, value_name = "TEXT")]
    pub reason: Option<String>,
    /// The client's language, which chooses the language of their documents
    #[arg(long, value_enum)]
    pub language: Option<ClientLanguage>,
    /// The client needs an interpreter, for this language (at most 60 characters)
    #[arg(long, value_name = "LANGUAGE", conflicts_with = "no_interpreter")]
    pub interpreter: Option<String>,
    /// The client no longer needs an interpreter
    #[arg(long)]
    pub no_interpreter: bool,
}

pub fn run(ctx: &Ctx, args: Args) -> Result<String> {
    let case_id = validate::case_id("CASE", &args.case)?;
    let reason = args
        .reason
        .as_deref()
        .map(|r| validate::line("--reason", r, 400))
        .transpose()?;
    let non_disclosure = match (args.non_disclosure, reason) {
        (Some(on), Some(reason)) => Some((on, reason)),
        (Some(_), None) => {
            return Err(UserError::invalid("--reason", text::non_disclosure_reason_needed()).into())
        }
        (None, Some(_)) => {
            return Err(UserError::invalid("--reason", text::reason_only_with_order()).into())
        }
        (None, None) => None,
    };
    let interpreter = match (&args.interpreter, args.no_interpreter) {
        (Some(language), _) => Some(Some(protection::interpreter("--interpreter", language)?)),
        (None, true) => Some(None),
        (None, false) => None,
    };
    if non_disclosure.is_none() && args.language.is_none() && interpreter.is_none() {
        return Err(UserError::invalid("moty client", text::client_nothing_to_change()).into());
    }
    let change = Change {
        case_id,
        non_disclosure,
        language: args.language,
        interpreter,
    };
    let changed = client::change(&mut ctx.session()?, &change)?;
    Ok(render::client_changed(&changed, ctx.json))
}
