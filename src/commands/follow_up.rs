//! `moty follow-up`: the follow-ups due and overdue (computed at read time), and recording a
//! follow-up call with its next step: close together, follow up again, or reconvene.

use anyhow::Result;

use super::Ctx;
use crate::domain::records::FollowUp;
use crate::domain::{validate, FollowUpStatus, NextStep, TimeSaved};
use crate::error::UserError;
use crate::ops::follow_up;
use crate::{prompt, render, text};

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
    Due {
        #[arg(long)]
        all: bool,
        #[command(flatten)]
        regions: crate::cli::RegionArgs,
        #[command(flatten)]
        pages: crate::cli::PageArgs,
    },
}

#[derive(Debug, Default, clap::Args)]
pub struct RecordArgs {
    pub case: Option<String>,
    #[arg(long, value_parser = crate::cli::yes_no(), value_name = "yes|no")]
    pub reached: Option<bool>,
    #[arg(long, value_enum)]
    pub status: Option<FollowUpStatus>,
    #[arg(long, value_parser = crate::cli::yes_no(), value_name = "yes|no")]
    pub knows_contact: Option<bool>,
    #[arg(long, value_parser = clap::value_parser!(u8).range(1..=10))]
    pub usefulness: Option<u8>,
    #[arg(long, value_parser = clap::value_parser!(u32).range(0..=100))]
    pub appointments_saved: Option<u32>,
    #[arg(long = "saved-service", value_name = "CODE[=N]")]
    pub saved_services: Vec<String>,
    #[arg(long, value_enum)]
    pub time_saved: Option<TimeSaved>,
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
    #[arg(long, value_enum)]
    pub next: Option<NextStep>,
    #[arg(long, value_name = "DATE")]
    pub next_on: Option<String>,
    #[arg(long, value_name = "DATE")]
    pub on: Option<String>,
}

pub fn run(ctx: &Ctx, args: Args) -> Result<String> {
    match args.command {
        Some(Command::Due {
            all,
            regions,
            pages,
        }) => due(ctx, all, &regions, &pages),
        None => {
            let case = args.record.case.clone().ok_or_else(|| UserError::Missing {
                flags: vec!["CASE".to_string()],
            })?;
            let case_id = validate::case_id("CASE", &case)?;
            record(ctx, &case_id, args.record)
        }
    }
}

/// The follow-ups due, a page at a time as `list` prints them.
fn due(
    ctx: &Ctx,
    all: bool,
    regions: &crate::cli::RegionArgs,
    pages: &crate::cli::PageArgs,
) -> Result<String> {
    let choice = regions.choice(ctx.region.as_deref())?;
    let after = (pages.after.as_deref())
        .map(|a| crate::domain::paging::ListKey::parse("--after", a))
        .transpose()?;
    let mut out = render::paged::Paged::new("follow_ups", ctx.json);
    let rest = follow_up::due(
        &mut ctx.session()?,
        all,
        &choice,
        (pages.take(ctx.json), after),
        |rows| render::follow_ups_due_page(&mut out, rows),
    )?;
    render::follow_ups_due_end(out, rest.as_ref())?;
    Ok(String::new())
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
