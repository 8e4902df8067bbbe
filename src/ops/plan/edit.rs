//! Changing the plan: each change writes one new version holding everything it names; `complete`
//! ends the pathway phase when its required steps are done.

use anyhow::Result;
use chrono::NaiveDate;

use super::super::close::missing_for_completion;
use super::super::follow_up::{interval_of, Interval};
use super::super::{case, consent_states, log_change, not_before_phase, Session};
use crate::domain::path::{gate, Step};
use crate::domain::records::{Action, Case, Need, Pathway, Plan};
use crate::domain::{
    ActionStatus, BookingStatus, EventKind, MeetingKind, NeedArea, PathwayStatus, Phase,
};
use crate::error::UserError;
use crate::store::{cases, directory, events, plan as db, schedule, Author, Tx};
use crate::text;

/// Weeks from the end of the pathway phase to the follow-up, unless the team sets it.
pub const DEFAULT_FOLLOW_UP_WEEKS: u32 = 8;

/// An onward pathway as given: a service from the catalogue, perhaps a professional from the
/// directory (whose name and unit fill what is not given).
#[derive(Debug, Clone)]
pub struct PathwayInput {
    pub pathway: Pathway,
    pub directory_id: Option<i64>,
}

/// The changes one `moty plan CASE …` makes, each already checked for its own shape.
#[derive(Debug, Clone, Default)]
pub struct Changes {
    pub key_worker: Option<String>,
    pub key_worker_unit: Option<String>,
    pub key_worker_contact: Option<String>,
    /// The key worker from the professional directory.
    pub key_worker_from: Option<i64>,
    pub resources: Option<String>,
    pub goals: Option<String>,
    /// A need by area; `None` removes the area's need.
    pub needs: Vec<(NeedArea, Option<String>)>,
    pub actions: Vec<Action>,
    /// An action's new status by its number (from 1).
    pub action_status: Vec<(usize, ActionStatus)>,
    pub pathways: Vec<PathwayInput>,
    /// A pathway's new status by its number (from 1).
    pub pathway_status: Vec<(usize, PathwayStatus)>,
    pub client_confirmed: bool,
    pub note: Option<String>,
    /// End the pathway phase.
    pub complete: bool,
    /// The Kela hour's conclusions to take in as agreed actions.
    pub from_kela: super::super::kela::FromKela,
    /// The case's own follow-up interval in weeks; `Some(None)` gives it back the team's.
    pub follow_up_weeks: Option<Option<u32>>,
    pub on: NaiveDate,
}

/// What a change did: the version written (none if nothing changed), when the pathway phase
/// ended, the follow-up's due date, and the follow-up interval when this change set it.
#[derive(Debug, Clone, Copy)]
pub struct Saved {
    pub version: Option<u32>,
    pub follow_up_due: Option<NaiveDate>,
    pub interval: Option<Interval>,
}

/// Applies the changes to `plan`. Directory look-ups and the catalogue check need the register.
fn apply(tx: &Tx, plan: &mut Plan, c: &Changes) -> Result<()> {
    if let Some(id) = c.key_worker_from {
        let entry =
            directory::get(tx, id)?.ok_or_else(|| UserError::NotFound(text::no_entry(id)))?;
        plan.key_worker = Some(entry.name);
        plan.key_worker_unit = Some(entry.unit);
        plan.key_worker_contact = entry.phone.or(entry.email);
    }
    if let Some(name) = &c.key_worker {
        plan.key_worker = Some(name.clone());
    }
    if let Some(unit) = &c.key_worker_unit {
        plan.key_worker_unit = Some(unit.clone());
    }
    if let Some(contact) = &c.key_worker_contact {
        plan.key_worker_contact = Some(contact.clone());
    }
    if let Some(resources) = &c.resources {
        plan.resources = Some(resources.clone());
    }
    if let Some(goals) = &c.goals {
        plan.goals = Some(goals.clone());
    }
    for (area, body) in &c.needs {
        plan.needs.retain(|n| n.area != *area);
        if let Some(body) = body {
            plan.needs.push(Need {
                area: *area,
                text: body.clone(),
            });
        }
    }
    plan.actions.extend(c.actions.iter().cloned());
    for (n, status) in &c.action_status {
        let count = plan.actions.len();
        let action = plan.actions.get_mut(n - 1).ok_or_else(|| {
            UserError::invalid("--action-status", text::no_item("action", *n, count))
        })?;
        action.status = *status;
    }
    let services: Vec<String> = db::services(tx)?
        .into_iter()
        .filter(|s| s.active)
        .map(|s| s.code)
        .collect();
    for input in &c.pathways {
        let mut p = input.pathway.clone();
        if !services.contains(&p.service) {
            let message = text::unknown_service(&p.service, &services);
            return Err(UserError::invalid("--pathway", message).into());
        }
        if let Some(id) = input.directory_id {
            let entry =
                directory::get(tx, id)?.ok_or_else(|| UserError::NotFound(text::no_entry(id)))?;
            p.professional = p.professional.or(Some(entry.name));
            p.unit = p.unit.or(Some(entry.unit));
            p.directory_id = Some(id);
        }
        if p.booked_for_client && p.status == PathwayStatus::Planned {
            p.status = PathwayStatus::Booked;
        }
        plan.pathways.push(p);
    }
    for (n, status) in &c.pathway_status {
        let count = plan.pathways.len();
        let pathway = plan.pathways.get_mut(n - 1).ok_or_else(|| {
            UserError::invalid("--pathway-status", text::no_item("pathway", *n, count))
        })?;
        pathway.status = *status;
    }
    if c.client_confirmed {
        plan.client_confirmed_on = Some(c.on);
    }
    Ok(())
}

/// The follow-up date of a case that entered the follow-up phase on `since`: its own interval
/// (`case_weeks`) or else the team's.
pub fn follow_up_due(tx: &Tx, since: NaiveDate, case_weeks: Option<u32>) -> Result<NaiveDate> {
    let weeks = match case_weeks {
        Some(weeks) => weeks,
        None => super::super::follow_up::team_weeks(tx)?.0,
    };
    Ok(crate::domain::path::follow_up_due(since, None, weeks))
}

/// Writes the changes as a new version (when anything changed) and, with `complete`, ends the
/// pathway phase.
pub fn change(session: &mut Session, case_id: &str, c: &Changes) -> Result<Saved> {
    session.write(|tx, author| {
        let case = case(tx, case_id)?;
        if matches!(case.phase, Phase::Referred | Phase::Closed) {
            return Err(UserError::Refused(text::plan_not_started(case.phase)).into());
        }
        super::super::refuse_if_withdrawn(tx, case_id)?;
        // Planning the client's services is processing their data: the consent must hold.
        gate(
            Step::Advance(Phase::OnwardPathways),
            &consent_states(tx, case_id)?,
            case_id,
        )?;
        let interval = match c.follow_up_weeks {
            Some(weeks) if weeks != case.follow_up_weeks => {
                Some(set_interval(tx, author, &case, weeks, c.on)?)
            }
            _ => None,
        };
        // Completing below reads the interval just set.
        let case = super::super::case(tx, case_id)?;
        let before = db::latest(tx, case_id)?;
        let mut plan = before.clone().unwrap_or_default();
        apply(tx, &mut plan, c)?;
        let from_kela = super::super::kela::take(tx, case_id, &c.from_kela)?;
        plan.actions
            .extend(from_kela.iter().map(super::super::kela::as_action));
        plan.note = c.note.clone();
        let same = |a: &Plan, b: &Plan| {
            Plan {
                note: None,
                ..a.clone()
            } == Plan {
                note: None,
                ..b.clone()
            }
        };
        // Only an interval given to a case without a plan writes no empty version.
        let unchanged = match &before {
            Some(b) => same(b, &plan),
            None => c.follow_up_weeks.is_some() && same(&Plan::default(), &plan),
        };
        let version = match unchanged {
            true => None,
            false => Some(save(tx, author, &case, &plan, c.on)?),
        };
        if let Some(version) = version {
            super::super::kela::mark_planned(tx, &from_kela, version)?;
        }
        if interval.is_some() && version.is_none() {
            log_change(tx, author, &case, "plan")?;
        }
        let follow_up_due = match c.complete {
            true => Some(complete(tx, author, &case, &plan, c.on)?),
            false => None,
        };
        Ok(Saved {
            version,
            follow_up_due,
            interval,
        })
    })
}

/// Sets the case's own follow-up interval (`None`: the team's), on the timeline; returns the
/// interval now in force.
fn set_interval(
    tx: &Tx,
    author: &Author,
    case: &Case,
    weeks: Option<u32>,
    on: NaiveDate,
) -> Result<Interval> {
    not_before_phase(case, on)?;
    cases::set_follow_up_weeks(tx, &case.id, weeks)?;
    let now = Case {
        follow_up_weeks: weeks,
        ..case.clone()
    };
    let interval = interval_of(tx, &now)?;
    let detail = serde_json::json!({ "weeks": weeks, "in_force": interval.weeks });
    events::append(
        tx,
        author,
        &case.id,
        EventKind::FollowUpIntervalSet,
        detail,
        on,
    )?;
    Ok(interval)
}

pub(crate) fn save(
    tx: &Tx,
    author: &Author,
    case: &Case,
    plan: &Plan,
    on: NaiveDate,
) -> Result<u32> {
    let version = db::save(tx, author, &case.id, plan)?;
    let saved = db::get(tx, &case.id, version)?.unwrap_or_else(|| plan.clone());
    let detail =
        serde_json::json!({ "version": version, "note": plan.note, "plan": saved.snapshot() });
    events::append(tx, author, &case.id, EventKind::PlanChanged, detail, on)?;
    log_change(tx, author, case, "plan")?;
    Ok(version)
}

/// Ends the pathway phase: the case moves to follow-up, due a set time later.
pub(crate) fn complete(
    tx: &Tx,
    author: &Author,
    case: &Case,
    plan: &Plan,
    on: NaiveDate,
) -> Result<NaiveDate> {
    let missing = missing_for_completion(Some(plan));
    if !missing.is_empty() {
        return Err(UserError::Refused(text::pathway_phase_open(&missing)).into());
    }
    // From the joint-assessment phase only once the assessment was held.
    let assessed = schedule::for_case(tx, &case.id)?
        .iter()
        .any(|b| b.kind == MeetingKind::JointAssessment && b.status == BookingStatus::Held);
    if case.phase == Phase::JointAssessment && !assessed {
        return Err(UserError::Refused(text::assessment_first_for_plan().to_string()).into());
    }
    let through = match case.phase {
        Phase::OnwardPathways => Phase::OnwardPathways,
        from => Step::Advance(Phase::OnwardPathways).apply(from)?,
    };
    let to = Step::Advance(Phase::FollowUp).apply(through)?;
    not_before_phase(case, on)?;
    cases::set_phase(tx, &case.id, to, on, None)?;
    let due = follow_up_due(tx, on, case.follow_up_weeks)?;
    let detail = serde_json::json!({
        "phase": to, "from": case.phase, "key_worker": plan.key_worker,
        "follow_up_due": due.to_string(),
    });
    events::append(
        tx,
        author,
        &case.id,
        EventKind::PathwaysCompleted,
        detail,
        on,
    )?;
    Ok(due)
}
