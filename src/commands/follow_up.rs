//! `moty follow-up`: the follow-ups due and overdue (computed at read time), and recording a
//! follow-up call with its next step: close together, follow up again, or reconvene.

use anyhow::Result;

use super::Ctx;
use crate::domain::records::FollowUp;
use crate::domain::{validate, FollowUpStatus, NextStep, TimeSaved};
use crate::error::UserError;
use crate::ops::follow_up;
use crate::{prompt, render, text};

/// Follow-ups: those due, and recording one
///
/// Use `moty follow-up CASE` after the follow-up call that comes once the pathway phase has
/// ended: was the client reached, did they reach the recommended services, do they know how the
/// pathway goes on and whom to contact, how useful the collaboration was, and what follows —
/// close the case together with the client, call again, or reconvene the network meeting or the
/// Yhteistyö-tiimi. At a terminal moty asks for what is missing. `moty follow-up due` lists the
/// calls to make.
#[derive(Debug, clap::Args)]
#[command(
    args_conflicts_with_subcommands = true,
    subcommand_negates_reqs = true,
    after_long_help = crate::text::help_a::FOLLOW_UP
)]
pub struct Args {
    #[command(subcommand)]
    pub command: Option<Command>,
    #[command(flatten)]
    pub record: RecordArgs,
}

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Follow-ups due in the coming week and overdue ones
    ///
    /// Use it to plan the follow-up calls, e.g. before the phone hour: each case whose follow-up
    /// is due within a week or overdue, with the client's name and phone and the due date (the
    /// follow-up interval after the pathway phase ended). Every client shown is written to the
    /// access log.
    #[command(after_long_help = crate::text::help_a::FOLLOW_UP_DUE)]
    Due {
        /// Also those due later
        #[arg(long)]
        all: bool,
        #[command(flatten)]
        regions: crate::cli::RegionArgs,
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
    /// The client's usefulness score, 1–10 (the client's follow-up feedback)
    #[arg(long, value_parser = clap::value_parser!(u8).range(1..=10))]
    pub usefulness: Option<u8>,
    /// For scripts: the SOTE pair's estimate of the appointments saved in all, 0–100, recorded
    /// as an estimate entered at follow-up (per reception: schedule held or moty estimate)
    #[arg(long, value_parser = clap::value_parser!(u32).range(0..=100))]
    pub appointments_saved: Option<u32>,
    /// For scripts: a service whose appointments were saved, with how many (default 1); repeat
    /// for several; recorded as an estimate entered at follow-up
    #[arg(long = "saved-service", value_name = "CODE[=N]")]
    pub saved_services: Vec<String>,
    /// For scripts: the SOTE pair's estimate of the time saved, recorded as an estimate entered
    /// at follow-up
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

pub fn run(ctx: &Ctx, args: Args) -> Result<String> {
    match args.command {
        Some(Command::Due { all, regions }) => due(ctx, all, &regions),
        None => {
            let case = args.record.case.clone().ok_or_else(|| UserError::Missing {
                flags: vec!["CASE".to_string()],
            })?;
            let case_id = validate::case_id("CASE", &case)?;
            record(ctx, &case_id, args.record)
        }
    }
}

fn due(ctx: &Ctx, all: bool, regions: &crate::cli::RegionArgs) -> Result<String> {
    let choice = regions.choice(ctx.region.as_deref())?;
    let list = follow_up::due(&mut ctx.session()?, all, &choice)?;
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
        args.reached = Some(prompt::confirm(&text::prompt_reached())?);
    }
    if args.reached == Some(true) {
        if args.status.is_none() {
            args.status = Some(prompt::choose(
                &text::prompt_follow_status(),
                &FollowUpStatus::ALL[..3],
            )?);
        }
        if args.knows_contact.is_none() {
            args.knows_contact = Some(prompt::confirm(&text::prompt_knows())?);
        }
        if args.usefulness.is_none() {
            let score = prompt::text(&text::prompt_usefulness())?;
            args.usefulness = Some(
                score
                    .trim()
                    .parse()
                    .ok()
                    .filter(|s| (1..=10).contains(s))
                    .ok_or_else(|| UserError::invalid("--usefulness", text::usefulness_range()))?,
            );
        }
    }
    if args.next.is_none() {
        args.next = Some(prompt::choose(&text::prompt_next(), NextStep::ALL)?);
    }
    if args.next == Some(NextStep::Again) && args.next_on.is_none() {
        args.next_on = Some(prompt::text(&text::prompt_next_on())?);
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
            return Err(UserError::invalid("--status", text::unreached_status()).into())
        }
        (true, Some(FollowUpStatus::Unreachable)) => {
            return Err(UserError::invalid("--status", text::reached_status()).into())
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
        return Err(UserError::invalid("--reached", text::unreached_answers()).into());
    }
    if !reached && args.next == Some(NextStep::Close) {
        return Err(UserError::invalid("--next", text::unreached_close()).into());
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
            Some(date)
        }
        (NextStep::Again, None) => {
            return Err(UserError::invalid("--next-on", text::next_on_needed()).into())
        }
        (_, Some(_)) => {
            return Err(UserError::invalid("--next-on", text::next_on_only_again()).into())
        }
        (_, None) => None,
    };
    let note = validate::optional_block("--note", &args.note, 2000)?;
    let estimate = crate::domain::estimate::answers(
        "--saved-service",
        &args.saved_services,
        args.appointments_saved,
        args.time_saved,
        &None,
    )?;
    let record = FollowUp {
        done_on: on,
        reached,
        status,
        knows_contact: args.knows_contact,
        usefulness: args.usefulness,
        appointments_saved: None,
        saved_services: Vec::new(),
        time_saved: None,
        note,
        next_step: next,
        next_on,
        recorded_by: ctx.actor()?.to_string(),
    };
    follow_up::record(&mut ctx.session()?, case_id, &record, estimate.as_ref())?;
    Ok(render::follow_up_recorded(case_id, next, ctx.json))
}
