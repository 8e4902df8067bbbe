//! `moty triage`: the coordinator's queue of new referrals and the triage decision. On a terminal
//! without a case it walks the queue interactively (`interactive`); with a case and flags it
//! decides at once for scripts; on a pipe it prints the queue and never waits for input.

mod interactive;

use anyhow::Result;
use chrono::NaiveDate;

use super::Ctx;
use crate::domain::paging::QueueKey;
use crate::domain::{validate, Decision, Role, Urgency};
use crate::error::UserError;
use crate::ops::triage;
use crate::{prompt, render, text};

#[derive(Debug, Default, clap::Args)]
pub struct Args {
    pub case: Option<String>,
    #[arg(long, conflicts_with = "case")]
    pub list: bool,
    #[command(flatten)]
    pub regions: crate::cli::RegionArgs,
    #[arg(long, value_enum)]
    pub decision: Option<Decision>,
    #[arg(long, value_parser = crate::cli::yes_no(), value_name = "yes|no")]
    pub kela_screen: Option<bool>,
    #[arg(long, value_enum, value_delimiter = ',', value_name = "ROLE")]
    pub team: Vec<Role>,
    #[arg(long, value_enum)]
    pub urgency: Option<Urgency>,
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
    #[arg(long, value_name = "TEXT")]
    pub advice: Option<String>,
    #[arg(long, value_name = "WHERE")]
    pub to: Option<String>,
    #[arg(long, value_name = "TEXT")]
    pub reason: Option<String>,
    #[arg(long = "unit", value_name = "UNIT")]
    pub units: Vec<String>,
    #[arg(long, value_name = "DATE")]
    pub on: Option<String>,
    #[command(flatten)]
    pub pages: crate::cli::PageArgs,
}

pub fn run(ctx: &Ctx, args: Args) -> Result<String> {
    match &args.case {
        Some(case) => {
            let case_id = validate::case_id("CASE", case)?;
            // A page of the queue means nothing beside one case's decision.
            let paged = [
                ("--limit", args.pages.limit.is_some()),
                ("--after", args.pages.after.is_some()),
            ];
            if let Some((flag, _)) = paged.iter().find(|(_, given)| *given) {
                return Err(UserError::invalid(*flag, text::only_with_queue()).into());
            }
            decide_from_flags(ctx, &case_id, args)
        }
        None if args.list || !prompt::interactive() => list(ctx, &args.regions, &args.pages),
        None => interactive::walk(ctx, &args.regions),
    }
}

/// The queue as printed by `--list` (and on a pipe), a page at a time. Every client shown is
/// access-logged before the page that shows them is printed.
fn list(
    ctx: &Ctx,
    regions: &crate::cli::RegionArgs,
    pages: &crate::cli::PageArgs,
) -> Result<String> {
    let choice = regions.choice(ctx.region.as_deref())?;
    let after = (pages.after.as_deref())
        .map(|a| QueueKey::parse("--after", a))
        .transpose()?;
    let today = ctx.clock.today();
    let mut out = render::paged::Paged::new("queue", ctx.json);
    let rest = triage::queue_pages(
        &mut ctx.session()?,
        &choice,
        (pages.take(ctx.json), after),
        |rows| render::queue_page(&mut out, rows, today),
    )?;
    render::queue_end(out, rest.as_ref())?;
    Ok(String::new())
}

fn decide_from_flags(ctx: &Ctx, case_id: &str, mut args: Args) -> Result<String> {
    if prompt::interactive() {
        interactive::ask_missing(&mut args)?;
    }
    let decide = decide_input(&args, ctx.clock.today())?;
    let (decision, phase) = triage::decide(&mut ctx.session()?, case_id, &decide)?;
    Ok(render::triaged(case_id, decision, phase, ctx.json))
}

fn missing(flag: &str) -> UserError {
    UserError::Missing {
        flags: vec![flag.to_string()],
    }
}

/// Builds and checks the decision from flags; what is left out comes from the case.
pub fn decide_input(args: &Args, today: NaiveDate) -> Result<triage::Decide, UserError> {
    let decision = args.decision.ok_or_else(|| missing("--decision"))?;
    let kela_screen = args.kela_screen.ok_or_else(|| missing("--kela-screen"))?;
    let wanted = match decision {
        Decision::SingleIssue => Some("--advice"),
        Decision::Redirect => Some("--to"),
        Decision::Decline => Some("--reason"),
        Decision::JointAssessment | Decision::CollaborationTeam => None,
    };
    let mut outcome = None;
    for (flag, value) in [
        ("--advice", &args.advice),
        ("--to", &args.to),
        ("--reason", &args.reason),
    ] {
        match (value, wanted == Some(flag)) {
            (Some(value), true) => outcome = Some(validate::block(flag, value, 2000)?),
            (None, true) => return Err(missing(flag)),
            (Some(_), false) => {
                return Err(UserError::invalid(flag, text::flag_not_for(flag, decision)))
            }
            (None, false) => {}
        }
    }
    let units: Vec<String> = args
        .units
        .iter()
        .map(|u| validate::line("--unit", u, 200))
        .collect::<Result<_, _>>()?;
    match (decision == Decision::CollaborationTeam, units.is_empty()) {
        (true, true) => return Err(missing("--unit")),
        (false, false) => {
            return Err(UserError::invalid(
                "--unit",
                text::flag_not_for("--unit", decision),
            ))
        }
        _ => {}
    }
    Ok(triage::Decide {
        decision,
        kela_screen,
        team: args.team.clone(),
        urgency: args.urgency,
        note: validate::optional_block("--note", &args.note, 2000)?,
        outcome,
        units,
        on: validate::date_or_today("--on", &args.on, today)?,
    })
}
