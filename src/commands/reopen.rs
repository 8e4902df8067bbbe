//! `moty reopen`: a closed case goes back to the phase it was closed from. The closing stays in
//! the timeline; reopening is a new event.

use anyhow::Result;

use super::Ctx;
use crate::domain::path::{gate, Step};
use crate::domain::{validate, AccessAction, EventKind, Phase};
use crate::error::UserError;
use crate::store::{access, cases, consents, events};
use crate::{render, text};

/// Reopen a closed case into the phase it was closed from.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The case, e.g. 2026-0007
    pub case: String,
    /// Why the case is reopened
    #[arg(long, value_name = "TEXT")]
    pub note: String,
    /// The date, YYYY-MM-DD or D.M.YYYY [default: today]
    #[arg(long, value_name = "DATE")]
    pub on: Option<String>,
}

pub fn run(ctx: &Ctx, args: Args) -> Result<String> {
    let case_id = validate::case_id("CASE", &args.case)?;
    let note = validate::block("--note", &args.note, 2000)?;
    let on = validate::date_or_today("--on", &args.on, ctx.clock.today())?;
    let author = ctx.author();
    let mut register = ctx.open()?;
    let phase = register.write(|tx| {
        let case = cases::get(tx, &case_id)?
            .ok_or_else(|| UserError::NotFound(text::no_case(&case_id)))?;
        // A case closed at triage goes back to the queue.
        let back = events::phase_before_close(tx, &case_id)?.unwrap_or(Phase::Referred);
        let to = Step::Reopen(back).apply(case.phase)?;
        // Reopening into a phase that needs consent needs that consent in force again.
        let states: Vec<_> = consents::for_case(tx, &case_id)?
            .iter()
            .map(consents::Consent::state)
            .collect();
        gate(Step::Reopen(to), &states, &case_id)?;
        if case
            .closed_on
            .as_deref()
            .is_some_and(|closed| on.to_string().as_str() < closed)
        {
            return Err(UserError::invalid(
                "--on",
                text::before_closed(case.closed_on.as_deref().unwrap_or_default()),
            )
            .into());
        }
        cases::set_phase(tx, &case_id, to, &on.to_string(), None)?;
        let detail = serde_json::json!({ "phase": to, "from": case.phase, "note": note });
        events::append(tx, &author, &case_id, EventKind::CaseReopened, detail, on)?;
        access::log(
            tx,
            &author,
            &access::Access {
                command: "reopen",
                action: AccessAction::Change,
                client_id: Some(case.client_id),
                case_id: Some(&case_id),
                reason: None,
            },
        )?;
        Ok(to)
    })?;
    Ok(render::reopened(&case_id, phase, ctx.json))
}
