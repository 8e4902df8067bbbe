//! `moty close` and the closing step every command shares: a case closes with a reason, the
//! timeline records from which phase, and nothing already recorded is removed.

use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::Connection;

use super::Ctx;
use crate::db::{access, cases, events, Author};
use crate::domain::path::Step;
use crate::domain::{validate, AccessAction, CloseReason, EventKind};
use crate::error::UserError;
use crate::{render, text};

/// Close a case, saying why.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The case, e.g. 2026-0007
    pub case: String,
    /// Why the case closes
    #[arg(long, value_enum)]
    pub reason: CloseReason,
    /// Anything the next reader should know
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
    /// The date it closed, YYYY-MM-DD or D.M.YYYY [default: today]
    #[arg(long, value_name = "DATE")]
    pub on: Option<String>,
}

pub fn run(ctx: &Ctx, args: Args) -> Result<String> {
    let case_id = validate::case_id("CASE", &args.case)?;
    let note = validate::optional_block("--note", &args.note, 2000)?;
    let on = validate::date_or_today("--on", &args.on, ctx.clock.today())?;
    let author = ctx.author();
    let mut register = ctx.open()?;
    register.write(|tx| close_case(tx, &author, &case_id, args.reason, note.as_deref(), on))?;
    Ok(render::closed(&case_id, args.reason, ctx.json))
}

/// Closes `case_id` inside the caller's transaction.
pub fn close_case(
    tx: &Connection,
    author: &Author,
    case_id: &str,
    reason: CloseReason,
    note: Option<&str>,
    on: NaiveDate,
) -> Result<()> {
    let case =
        cases::get(tx, case_id)?.ok_or_else(|| UserError::NotFound(text::no_case(case_id)))?;
    let to = Step::Close(reason).apply(case.phase)?;
    // A close cannot come before what the timeline already holds for this phase.
    if on.to_string() < case.phase_since {
        return Err(UserError::invalid("--on", text::before_phase(&case.phase_since)).into());
    }
    cases::set_phase(tx, case_id, to, &on.to_string(), Some(reason))?;
    let detail = serde_json::json!({
        "phase": to, "from": case.phase, "reason": reason, "note": note,
    });
    events::append(tx, author, case_id, EventKind::CaseClosed, detail, on)?;
    access::log(
        tx,
        author,
        &access::Access {
            command: "close",
            action: AccessAction::Change,
            client_id: Some(case.client_id),
            case_id: Some(case_id),
            reason: None,
        },
    )
}
