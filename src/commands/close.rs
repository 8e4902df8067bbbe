//! `moty close` and the closing step every command shares: a case closes with a reason, the
//! timeline records from which phase, and nothing already recorded is removed.

use crate::store::Tx;
use anyhow::Result;
use chrono::NaiveDate;

use super::Ctx;
use crate::domain::path::Step;
use crate::domain::{validate, AccessAction, BookingStatus, CloseReason, EventKind, Phase};
use crate::error::UserError;
use crate::store::{access, cases, events, follow_up, plan, schedule, Author};
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

/// A case closes as completed only when its pathway phase is done and it was followed up.
fn refuse_open_steps(tx: &Tx, case: &cases::Case) -> Result<()> {
    let plan = plan::latest(tx, &case.id)?;
    let mut missing = crate::commands::plan::missing_for_completion(plan.as_ref());
    let reached_pathways = matches!(case.phase, Phase::OnwardPathways | Phase::FollowUp);
    if !reached_pathways || follow_up::for_case(tx, &case.id)?.is_empty() {
        missing.push(text::MISSING_FOLLOW_UP);
    }
    if missing.is_empty() {
        Ok(())
    } else {
        Err(UserError::Refused(text::closing_open(&missing)).into())
    }
}

/// Closes `case_id` inside the caller's transaction.
pub fn close_case(
    tx: &Tx,
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
    let jointly = reason == CloseReason::Completed;
    if jointly {
        refuse_open_steps(tx, &case)?;
    }
    cases::set_phase(tx, case_id, to, &on.to_string(), Some(reason))?;
    // Meetings still booked for a closed case are cancelled, so they leave the agenda and the
    // calendars; what was held stays.
    for booking in schedule::for_case(tx, case_id)? {
        if booking.status == BookingStatus::Booked {
            schedule::set_status(
                tx,
                booking.id,
                BookingStatus::Cancelled,
                Some(text::CANCELLED_BY_CLOSE),
            )?;
            let detail = serde_json::json!({
                "meeting": booking.id, "meeting_kind": booking.kind, "starts_at": booking.starts_at,
                "reason": text::CANCELLED_BY_CLOSE,
            });
            events::append(tx, author, case_id, EventKind::MeetingCancelled, detail, on)?;
        }
    }
    let mut detail = serde_json::json!({
        "phase": to, "from": case.phase, "reason": reason, "note": note,
    });
    if jointly {
        // A completed case is ended together with the client (domain.md, "Follow-up").
        detail["jointly"] = serde_json::json!(true);
        detail["ended_by"] = serde_json::json!(author.actor);
    }
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
