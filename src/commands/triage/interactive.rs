//! The interactive triage queue: one case at a time, decide / skip / back / quit. Nothing is
//! written until the coordinator confirms a decision, so quitting or Ctrl-C leaves the current
//! case untouched. A decision the consent gate refuses offers to record the consent first.

use anyhow::Result;

use super::{decide_input, Args};
use crate::commands::Ctx;
use crate::domain::{validate, ConsentKind, ConsentMethod, Decision, MeetingKind, Urgency};
use crate::error::UserError;
use crate::ops::schedule::book::{self, BookRequest};
use crate::ops::triage::{self, Queued};
use crate::ops::{areas, consent, Session};
use crate::{prompt, render, text};

/// Asks for what a single-case triage is missing (flags given on a terminal).
pub fn ask_missing(args: &mut Args) -> Result<()> {
    if args.decision.is_none() {
        args.decision = Some(prompt::choose(text::prompt_decision(), Decision::ALL)?);
    }
    if args.kela_screen.is_none() {
        args.kela_screen = Some(prompt::confirm(text::prompt_kela_screen())?);
    }
    ask_outcome(args)
}

/// The text each decision needs: the advice, where to, why, or the units requested.
fn ask_outcome(args: &mut Args) -> Result<()> {
    match args.decision {
        Some(Decision::SingleIssue) if args.advice.is_none() => {
            args.advice = Some(prompt::text(text::prompt_advice())?);
        }
        Some(Decision::Redirect) if args.to.is_none() => {
            args.to = Some(prompt::text(text::prompt_to())?);
        }
        Some(Decision::Decline) if args.reason.is_none() => {
            args.reason = Some(prompt::text(text::prompt_decline())?);
        }
        Some(Decision::CollaborationTeam) if args.units.is_empty() => {
            args.units = ask_units()?;
        }
        _ => {}
    }
    Ok(())
}

/// The units whose workers are requested, comma-separated.
fn ask_units() -> Result<Vec<String>> {
    let units = prompt::text(text::prompt_units())?;
    Ok(units
        .split(',')
        .map(str::trim)
        .filter(|u| !u.is_empty())
        .map(String::from)
        .collect())
}

/// Every question of a decision, defaults from the case.
fn ask_decision(queued: &Queued) -> Result<Args> {
    let w = &queued.waiting;
    let mut args = Args {
        decision: Some(prompt::choose(text::prompt_decision(), Decision::ALL)?),
        kela_screen: Some(prompt::confirm(text::prompt_kela_screen())?),
        ..Args::default()
    };
    args.team = prompt::choose_many_checked(
        text::prompt_team(),
        crate::domain::Role::ALL,
        &w.summary.client_group.default_team(),
    )?;
    let urgent = usize::from(w.urgency == Urgency::Urgent);
    args.urgency = Some(
        Urgency::ALL[prompt::select(
            text::prompt_urgency(),
            &[Urgency::Normal.as_str(), Urgency::Urgent.as_str()],
            urgent,
        )?],
    );
    ask_outcome(&mut args)?;
    args.note = prompt::optional_text(text::prompt_note())?;
    Ok(args)
}

/// Walks the queue until it is done or the coordinator quits.
pub fn walk(ctx: &Ctx, regions: &crate::cli::RegionArgs) -> Result<String> {
    let today = ctx.clock.today();
    let choice = regions.choice(ctx.region.as_deref())?;
    let mut session = ctx.session()?;
    let mut queue = triage::queue(&mut session, &choice)?;
    if queue.is_empty() {
        return Ok(text::queue_empty().to_string());
    }
    let (mut index, mut decided) = (0, 0);
    while index < queue.len() {
        render::emit(&render::card(&queue[index], index, queue.len(), today))?;
        let action = match prompt::select(text::prompt_action(), &text::actions(), 0) {
            Ok(action) => action,
            Err(e) if prompt::interrupted(&e) => break,
            Err(e) => return Err(e),
        };
        match action {
            0 => match decide_one(ctx, &mut session, &queue[index]) {
                Ok(Some(receipt)) => {
                    render::emit(&receipt)?;
                    queue.remove(index);
                    decided += 1;
                }
                Ok(None) => index += 1,
                Err(e) if prompt::interrupted(&e) => {
                    render::emit(text::not_recorded())?;
                    break;
                }
                Err(e) => return Err(e),
            },
            1 => index += 1,
            2 => index = index.saturating_sub(1),
            _ => break,
        }
    }
    Ok(text::queue_done(decided, queue.len()))
}

/// Asks, confirms and records one decision. `None` means the case was left as it was.
fn decide_one(ctx: &Ctx, session: &mut Session, queued: &Queued) -> Result<Option<String>> {
    let case_id = queued.waiting.summary.case.clone();
    let mut args = ask_decision(queued)?;
    // A unit that is not in the catalogue is asked again before anything is recorded.
    while let Err(e) = areas::check_units(session, "--unit", &args.units) {
        let Some(UserError::Invalid { message, .. }) = e.downcast_ref::<UserError>() else {
            return Err(e);
        };
        render::error(message);
        args.units = ask_units()?;
    }
    if !prompt::confirm(text::prompt_record())? {
        render::emit(text::not_recorded())?;
        return Ok(None);
    }
    let today = ctx.clock.today();
    loop {
        let result = decide_input(&args, today)
            .map_err(anyhow::Error::from)
            .and_then(|decide| triage::decide(session, &case_id, &decide));
        match result {
            Ok((decision, phase)) => {
                let mut receipt = render::triaged(&case_id, decision, phase, false);
                if decision == Decision::JointAssessment {
                    receipt.push_str(&offer_slot(session, &case_id)?);
                }
                return Ok(Some(receipt));
            }
            Err(e) => {
                let Some(UserError::Refused(message) | UserError::Invalid { message, .. }) =
                    e.downcast_ref::<UserError>()
                else {
                    return Err(e);
                };
                render::error(message);
                let needs_consent = matches!(
                    args.decision,
                    Some(Decision::JointAssessment | Decision::CollaborationTeam)
                ) && message.contains("consent");
                if !needs_consent
                    || prompt::select(text::prompt_consent_now(), &text::consent_actions(), 0)? != 0
                {
                    render::emit(text::not_recorded())?;
                    return Ok(None);
                }
                // The Moty track's gate names what is missing: the consent or the contact request.
                let kind = if message.contains("--kind contact-request") {
                    ConsentKind::ContactRequest
                } else {
                    ConsentKind::MultiProfessional
                };
                record_consent(ctx, session, &case_id, args.decision, kind)?;
            }
        }
    }
}

/// After a joint-assessment decision: offers the next free joint assessment and books it when
/// the coordinator accepts.
fn offer_slot(session: &mut Session, case_id: &str) -> Result<String> {
    let request = BookRequest {
        case_id,
        kind: MeetingKind::JointAssessment,
        at: None,
        minutes: 90,
        doctor: false,
        chair: None,
        override_screen: None,
        video_link: None,
    };
    let Some(slot) = book::next_free(session, &request)? else {
        return Ok(String::new());
    };
    if !prompt::confirm(&text::offer_slot(slot.starts_at))? {
        return Ok(String::new());
    }
    let request = BookRequest {
        at: Some(slot.starts_at),
        ..request
    };
    let booking = book::book(session, &request, &[])?;
    Ok(render::booked(&booking, false))
}

/// Records the multi-professional consent (or the contact request) the decision needs, asked
/// for at the terminal.
fn record_consent(
    ctx: &Ctx,
    session: &mut Session,
    case_id: &str,
    decision: Option<Decision>,
    kind: ConsentKind,
) -> Result<()> {
    let methods: &[ConsentMethod] = match (kind, decision) {
        (ConsentKind::MultiProfessional, Some(Decision::JointAssessment)) => {
            &[ConsentMethod::Written]
        }
        _ => kind.methods(),
    };
    let method = prompt::choose(text::prompt_consent_method(), methods)?;
    let today = ctx.clock.today();
    let on = prompt::text_with_default(text::prompt_consent_date(), &today.to_string())?;
    let give = consent::Give {
        case_id: case_id.to_string(),
        kind,
        method,
        on: validate::past_date("--on", &on, today)?,
        scope: None,
        representative: None,
    };
    let consent = consent::give(session, &give)?;
    Ok(render::emit(&render::consent_recorded(
        case_id, &consent, false,
    ))?)
}
