//! `moty follow-up`: the follow-ups due and overdue (computed at read time), and recording a
//! follow-up call with its next step: close together, follow up again, or reconvene.

use anyhow::Result;
use chrono::NaiveDate;
use serde::Serialize;

use super::Ctx;
use crate::domain::path::Step;
use crate::domain::{
    validate, AccessAction, CloseReason, EventKind, FollowUpStatus, NextStep, Phase, TimeSaved,
};
use crate::error::UserError;
use crate::store::follow_up::{self as db, FollowUp};
use crate::store::{access, cases, clients, events, plan};
use crate::{prompt, render, text};

/// Follow-ups: list those due, or record one for a case.
#[derive(Debug, clap::Args)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
pub struct Args {
    #[command(subcommand)]
    pub command: Option<Command>,
    #[command(flatten)]
    pub record: RecordArgs,
}

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Follow-ups due in the coming week and overdue ones
    Due {
        /// Also those due later
        #[arg(long)]
        all: bool,
    },
}

#[derive(Debug, Default, clap::Args)]
pub struct RecordArgs {
    /// The case, e.g. 2026-0007
    pub case: Option<String>,
    /// Was the client reached (yes or no)
    #[arg(long, value_parser = crate::cli::yes_no(), value_name = "yes|no")]
    pub reached: Option<bool>,
    /// Did the client reach the recommended services
    #[arg(long, value_enum)]
    pub status: Option<FollowUpStatus>,
    /// Does the client know how the pathway goes on and whom to contact (yes or no)
    #[arg(long, value_parser = crate::cli::yes_no(), value_name = "yes|no")]
    pub knows_contact: Option<bool>,
    /// The client's usefulness score, 1–10
    #[arg(long, value_parser = clap::value_parser!(u8).range(1..=10))]
    pub usefulness: Option<u8>,
    /// Appointments the collaboration saved (the professionals' estimate)
    #[arg(long, value_parser = clap::value_parser!(u32).range(0..=100))]
    pub appointments_saved: Option<u32>,
    /// A service whose appointment was saved; repeat for several
    #[arg(long = "saved-service", value_name = "CODE")]
    pub saved_services: Vec<String>,
    /// Time saved (the professionals' estimate)
    #[arg(long, value_enum)]
    pub time_saved: Option<TimeSaved>,
    /// A note
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
    /// What follows: close together with the client, another follow-up, or reconvene
    #[arg(long, value_enum)]
    pub next: Option<NextStep>,
    /// With --next again: the date of the next follow-up
    #[arg(long, value_name = "DATE")]
    pub next_on: Option<String>,
    /// The date of the call, YYYY-MM-DD [default: today]
    #[arg(long, value_name = "DATE")]
    pub on: Option<String>,
}

/// A follow-up ahead, as `due` lists it.
#[derive(Debug, Serialize)]
pub struct Due {
    pub case: String,
    pub name: String,
    pub phone: Option<String>,
    pub key_worker: Option<String>,
    pub due_on: String,
    /// Computed at read time: days past the due date (0 when not yet overdue).
    pub days_overdue: i64,
    pub overdue: bool,
}

pub fn run(ctx: &Ctx, args: Args) -> Result<String> {
    match args.command {
        Some(Command::Due { all }) => due(ctx, all),
        None => {
            let case = args.record.case.clone().ok_or_else(|| UserError::Missing {
                flags: vec!["CASE".to_string()],
            })?;
            let case_id = validate::case_id("CASE", &case)?;
            record(ctx, &case_id, args.record)
        }
    }
}

fn due(ctx: &Ctx, all: bool) -> Result<String> {
    let today = ctx.clock.today();
    let author = ctx.author();
    let mut register = ctx.open()?;
    let list = register.write(|tx| {
        let mut list = Vec::new();
        for (case_id, since, next_on) in db::in_follow_up(tx)? {
            let due_on = match next_on.and_then(|d| d.parse::<NaiveDate>().ok()) {
                Some(date) => date,
                None => super::plan::follow_up_due(tx, since.parse()?)?,
            };
            if !all && (due_on - today).num_days() > 7 {
                continue;
            }
            let case = cases::get(tx, &case_id)?
                .ok_or_else(|| UserError::NotFound(text::no_case(&case_id)))?;
            let client = clients::get(tx, case.client_id)?;
            access::log(
                tx,
                &author,
                &access::Access {
                    command: "follow-up due",
                    action: AccessAction::View,
                    client_id: Some(case.client_id),
                    case_id: Some(&case_id),
                    reason: None,
                },
            )?;
            let overdue = (today - due_on).num_days().max(0);
            list.push(Due {
                case: case_id.clone(),
                name: client.name,
                phone: client.phone,
                key_worker: plan::latest(tx, &case_id)?.and_then(|p| p.key_worker),
                due_on: due_on.to_string(),
                days_overdue: overdue,
                overdue: overdue > 0,
            });
        }
        list.sort_by_key(|due| (due.due_on.clone(), validate::case_sort_key(&due.case)));
        Ok(list)
    })?;
    Ok(render::follow_ups_due(&list, ctx.json))
}

/// Asks for what is missing on a terminal; otherwise names the flags.
fn ask_for_missing(args: &mut RecordArgs) -> Result<()> {
    let mut missing = Vec::new();
    if args.reached.is_none() {
        missing.push("--reached");
    }
    if args.next.is_none() {
        missing.push("--next");
    }
    if missing.is_empty() {
        return Ok(());
    }
    if !prompt::interactive() {
        return Err(UserError::Missing {
            flags: missing.into_iter().map(String::from).collect(),
        }
        .into());
    }
    if args.reached.is_none() {
        args.reached = Some(prompt::confirm(text::PROMPT_REACHED)?);
    }
    if args.reached == Some(true) {
        if args.status.is_none() {
            args.status = Some(prompt::choose(
                text::PROMPT_FOLLOW_STATUS,
                &FollowUpStatus::ALL[..3],
            )?);
        }
        if args.knows_contact.is_none() {
            args.knows_contact = Some(prompt::confirm(text::PROMPT_KNOWS)?);
        }
        if args.usefulness.is_none() {
            let score = prompt::text(text::PROMPT_USEFULNESS)?;
            args.usefulness = Some(
                score
                    .trim()
                    .parse()
                    .ok()
                    .filter(|s| (1..=10).contains(s))
                    .ok_or_else(|| UserError::invalid("--usefulness", text::USEFULNESS_RANGE))?,
            );
        }
        if args.time_saved.is_none() {
            args.time_saved = Some(prompt::choose(text::PROMPT_TIME_SAVED, TimeSaved::ALL)?);
        }
    }
    if args.next.is_none() {
        args.next = Some(prompt::choose(text::PROMPT_NEXT, NextStep::ALL)?);
    }
    if args.next == Some(NextStep::Again) && args.next_on.is_none() {
        args.next_on = Some(prompt::text(text::PROMPT_NEXT_ON)?);
    }
    Ok(())
}

fn record(ctx: &Ctx, case_id: &str, mut args: RecordArgs) -> Result<String> {
    ask_for_missing(&mut args)?;
    let today = ctx.clock.today();
    let on = validate::date_or_today("--on", &args.on, today)?;
    let reached = args.reached.unwrap_or(false);
    let status = match (reached, args.status) {
        (false, None | Some(FollowUpStatus::Unreachable)) => FollowUpStatus::Unreachable,
        (false, Some(_)) => {
            return Err(UserError::invalid("--status", text::UNREACHED_STATUS).into())
        }
        (true, Some(FollowUpStatus::Unreachable)) => {
            return Err(UserError::invalid("--status", text::REACHED_STATUS).into())
        }
        (true, Some(status)) => status,
        (true, None) => {
            return Err(UserError::Missing {
                flags: vec!["--status".to_string()],
            }
            .into())
        }
    };
    if !reached
        && (args.usefulness.is_some()
            || args.knows_contact.is_some()
            || args.time_saved.is_some()
            || args.appointments_saved.is_some())
    {
        return Err(UserError::invalid("--reached", text::UNREACHED_ANSWERS).into());
    }
    if !reached && args.next == Some(NextStep::Close) {
        return Err(UserError::invalid("--next", text::UNREACHED_CLOSE).into());
    }
    let next = args.next.ok_or_else(|| UserError::Missing {
        flags: vec!["--next".to_string()],
    })?;
    let next_on = match (next, &args.next_on) {
        (NextStep::Again, Some(d)) => {
            let date = validate::date("--next-on", d)?;
            if date <= on {
                return Err(UserError::invalid("--next-on", text::next_on_needed()).into());
            }
            Some(date.to_string())
        }
        (NextStep::Again, None) => {
            return Err(UserError::invalid("--next-on", text::next_on_needed()).into())
        }
        (_, Some(_)) => {
            return Err(UserError::invalid("--next-on", text::NEXT_ON_ONLY_AGAIN).into())
        }
        (_, None) => None,
    };
    let note = validate::optional_block("--note", &args.note, 2000)?;
    let author = ctx.author();
    let mut register = ctx.open()?;
    register.write(|tx| {
        let case =
            cases::get(tx, case_id)?.ok_or_else(|| UserError::NotFound(text::no_case(case_id)))?;
        if case.phase != Phase::FollowUp {
            return Err(UserError::Refused(text::not_in_follow_up(case.phase)).into());
        }
        let states: Vec<_> = crate::store::consents::for_case(tx, case_id)?
            .iter()
            .map(crate::store::consents::Consent::state)
            .collect();
        crate::domain::path::gate(Step::Advance(Phase::OnwardPathways), &states, case_id)?;
        if on.to_string() < case.phase_since {
            return Err(UserError::invalid("--on", text::before_phase(&case.phase_since)).into());
        }
        let known: Vec<String> = plan::services(tx)?.into_iter().map(|s| s.0).collect();
        for service in &args.saved_services {
            if !known.contains(service) {
                return Err(UserError::invalid(
                    "--saved-service",
                    text::unknown_service(service, &known),
                )
                .into());
            }
        }
        let follow_up = FollowUp {
            done_on: on.to_string(),
            reached,
            status,
            knows_contact: args.knows_contact,
            usefulness: args.usefulness,
            appointments_saved: args.appointments_saved,
            saved_services: args.saved_services.clone(),
            time_saved: args.time_saved,
            note: note.clone(),
            next_step: next,
            next_on: next_on.clone(),
            recorded_by: author.actor.clone(),
        };
        record_in(tx, &author, &case, &follow_up, on)
    })?;
    Ok(render::follow_up_recorded(case_id, next, ctx.json))
}

/// Records a checked follow-up inside the caller's transaction and takes its next step.
pub fn record_in(
    tx: &crate::store::Tx,
    author: &crate::store::Author,
    case: &cases::Case,
    follow_up: &FollowUp,
    on: NaiveDate,
) -> Result<()> {
    let case_id = case.id.as_str();
    let (status, next, next_on, note) = (
        follow_up.status,
        follow_up.next_step,
        &follow_up.next_on,
        &follow_up.note,
    );
    db::insert(tx, case_id, follow_up)?;
    let mut detail = serde_json::json!({ "status": status, "next_step": next, "next_on": next_on });
    let target = match next {
        NextStep::ReconveneNetwork => Some(Phase::NetworkMeeting),
        NextStep::ReconveneTeam => Some(Phase::CollaborationTeam),
        NextStep::Close | NextStep::Again => None,
    };
    if let Some(to) = target {
        let to = Step::Advance(to).apply(case.phase)?;
        cases::set_phase(tx, case_id, to, &on.to_string(), None)?;
        detail["phase"] = serde_json::json!(to);
        detail["from"] = serde_json::json!(case.phase);
    }
    events::append(tx, author, case_id, EventKind::FollowUpRecorded, detail, on)?;
    access::log(
        tx,
        author,
        &access::Access {
            command: "follow-up",
            action: AccessAction::Change,
            client_id: Some(case.client_id),
            case_id: Some(case_id),
            reason: None,
        },
    )?;
    if next == NextStep::Close {
        super::close::close_case(
            tx,
            author,
            case_id,
            CloseReason::Completed,
            note.as_deref(),
            on,
        )?;
    }
    Ok(())
}
