//! `moty triage`: the coordinator's queue of new referrals and the triage decision. On a terminal
//! without a case it walks the queue interactively (`interactive`); with a case and flags it
//! decides at once for scripts; on a pipe it prints the queue and never waits for input.

mod interactive;

use crate::store::Tx;
use anyhow::Result;
use chrono::NaiveDate;

use super::Ctx;
use crate::domain::path::{gate, Step};
use crate::domain::{validate, AccessAction, Decision, EventKind, Phase, Role, Urgency};
use crate::error::UserError;
use crate::store::triage::Triage;
use crate::store::{access, cases, consents, events, triage, Author};
use crate::{prompt, render, text};

/// Work through the triage queue, or decide one case.
///
/// Without CASE on a terminal: the queue, one case at a time (urgent first, then oldest).
/// Without CASE otherwise, or with --list: print the queue. With CASE: decide it from flags,
/// asking on a terminal for what is missing.
#[derive(Debug, Default, clap::Args)]
pub struct Args {
    /// The case to triage, e.g. 2026-0007
    pub case: Option<String>,
    /// Print the queue and exit
    #[arg(long, conflicts_with = "case")]
    pub list: bool,
    /// The decision
    #[arg(long, value_enum)]
    pub decision: Option<Decision>,
    /// The first Kela screen: does the client's situation call for Kela? (yes or no)
    #[arg(long, value_parser = crate::cli::yes_no(), value_name = "yes|no")]
    pub kela_screen: Option<bool>,
    /// The team composition; repeat or separate with commas [default: from the client group]
    #[arg(long, value_enum, value_delimiter = ',', value_name = "ROLE")]
    pub team: Vec<Role>,
    /// How pressing the case is [default: as referred]
    #[arg(long, value_enum)]
    pub urgency: Option<Urgency>,
    /// A note for the team
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
    /// What was advised (with --decision single-issue)
    #[arg(long, value_name = "TEXT")]
    pub advice: Option<String>,
    /// Where the case is redirected (with --decision redirect)
    #[arg(long, value_name = "WHERE")]
    pub to: Option<String>,
    /// Why the case is declined (with --decision decline)
    #[arg(long, value_name = "TEXT")]
    pub reason: Option<String>,
    /// A unit whose worker is requested (with --decision collaboration-team); repeat for several
    #[arg(long = "unit", value_name = "UNIT")]
    pub units: Vec<String>,
    /// The date of the decision, YYYY-MM-DD or D.M.YYYY [default: today]
    #[arg(long, value_name = "DATE")]
    pub on: Option<String>,
}

pub fn run(ctx: &Ctx, args: Args) -> Result<String> {
    match &args.case {
        Some(case) => {
            let case_id = validate::case_id("CASE", case)?;
            decide_from_flags(ctx, &case_id, args)
        }
        None if args.list || !prompt::interactive() => list(ctx),
        None => interactive::walk(ctx),
    }
}

/// The queue as printed by `--list` (and on a pipe). Every client shown is access-logged.
fn list(ctx: &Ctx) -> Result<String> {
    let author = ctx.author();
    let mut register = ctx.open()?;
    let queue = register.write(|tx| load_queue(tx, &author))?;
    Ok(render::queue(&queue, ctx.clock.today(), ctx.json))
}

/// A queued case with its consents, as the coordinator sees it.
pub struct Queued {
    pub waiting: cases::Waiting,
    pub consents: Vec<consents::Consent>,
    pub referral: Option<cases::Referral>,
}

fn load_queue(tx: &Tx, author: &Author) -> Result<Vec<Queued>> {
    let waiting = cases::queue(tx)?;
    let summaries: Vec<cases::Summary> = waiting.iter().map(|w| w.summary.clone()).collect();
    super::find::log_views(tx, author, "triage", &summaries, None)?;
    waiting
        .into_iter()
        .map(|w| {
            Ok(Queued {
                consents: consents::for_case(tx, &w.summary.case)?,
                referral: cases::referral(tx, &w.summary.case)?,
                waiting: w,
            })
        })
        .collect()
}

fn decide_from_flags(ctx: &Ctx, case_id: &str, mut args: Args) -> Result<String> {
    if prompt::interactive() {
        interactive::ask_missing(&mut args)?;
    }
    let today = ctx.clock.today();
    let author = ctx.author();
    let mut register = ctx.open()?;
    let (decision, phase) = register.write(|tx| {
        let case =
            cases::get(tx, case_id)?.ok_or_else(|| UserError::NotFound(text::no_case(case_id)))?;
        let triage = triage_from(&args, &case, today)?;
        let phase = decide(tx, &author, case_id, &triage)?;
        Ok((triage.decision, phase))
    })?;
    Ok(render::triaged(case_id, decision, phase, ctx.json))
}

fn missing(flag: &str) -> UserError {
    UserError::Missing {
        flags: vec![flag.to_string()],
    }
}

/// Builds and checks the decision from flags; defaults come from the case.
pub fn triage_from(args: &Args, case: &cases::Case, today: NaiveDate) -> Result<Triage, UserError> {
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
    let mut team = if args.team.is_empty() {
        case.client_group.default_team()
    } else {
        args.team.clone()
    };
    let mut seen = Vec::new();
    team.retain(|role| {
        let first = !seen.contains(role);
        seen.push(*role);
        first
    });
    Ok(Triage {
        decision,
        kela_screen,
        team,
        urgency: args.urgency.unwrap_or(case.urgency),
        note: validate::optional_block("--note", &args.note, 2000)?,
        outcome,
        units,
        decided_on: validate::date_or_today("--on", &args.on, today)?.to_string(),
    })
}

/// Records a triage decision inside the caller's transaction: the path must allow it and the
/// client must have given the consent it needs. Returns the phase the case moved to.
pub fn decide(tx: &Tx, author: &Author, case_id: &str, triage: &Triage) -> Result<Phase> {
    let case =
        cases::get(tx, case_id)?.ok_or_else(|| UserError::NotFound(text::no_case(case_id)))?;
    let step = Step::Triage(triage.decision);
    let to = step.apply(case.phase)?;
    let states: Vec<_> = consents::for_case(tx, case_id)?
        .iter()
        .map(consents::Consent::state)
        .collect();
    gate(step, &states, case_id)?;
    if triage.decided_on < case.phase_since {
        return Err(UserError::invalid("--on", text::before_phase(&case.phase_since)).into());
    }
    triage::insert(tx, case_id, triage, &author.actor)?;
    cases::set_phase(
        tx,
        case_id,
        to,
        &triage.decided_on,
        triage.decision.outcome().1,
    )?;
    cases::set_urgency(tx, case_id, triage.urgency)?;
    let detail = serde_json::json!({
        "decision": triage.decision,
        "phase": to,
        "from": case.phase,
        "reason": triage.decision.outcome().1,
        "kela_screen": triage.kela_screen,
        "team": triage.team,
        "urgency": triage.urgency,
        "outcome": triage.outcome,
        "units": triage.units,
        "note": triage.note,
    });
    let on: NaiveDate = triage.decided_on.parse()?;
    events::append(tx, author, case_id, EventKind::Triaged, detail, on)?;
    access::log(
        tx,
        author,
        &access::Access {
            command: "triage",
            action: AccessAction::Change,
            client_id: Some(case.client_id),
            case_id: Some(case_id),
            reason: None,
        },
    )?;
    Ok(to)
}
