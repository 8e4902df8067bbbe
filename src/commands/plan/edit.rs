//! Changing the plan: each command writes one new version holding every change it names;
//! `--complete` ends the pathway phase when its required steps are done.

use crate::store::Tx;
use anyhow::Result;
use chrono::{Days, NaiveDate};

use crate::commands::Ctx;
use crate::domain::path::Step;
use crate::domain::{
    validate, AccessAction, ActionStatus, EventKind, NeedArea, PathwayStatus, Phase,
};
use crate::error::UserError;
use crate::store::plan::{self as db, Action, Need, Pathway, Plan};
use crate::store::{access, cases, directory, events, meta, Author};
use crate::{render, text};

/// Weeks from the end of the pathway phase to the follow-up, unless the team sets it.
pub const DEFAULT_FOLLOW_UP_WEEKS: u64 = 8;

#[derive(Debug, Default, clap::Args)]
pub struct EditArgs {
    /// The case, e.g. 2026-0007
    pub case: Option<String>,
    /// The coordinating professional / key worker (omatyöntekijä)
    #[arg(long, value_name = "NAME")]
    pub key_worker: Option<String>,
    /// The key worker's unit
    #[arg(long, value_name = "UNIT")]
    pub key_worker_unit: Option<String>,
    /// How the client reaches the key worker
    #[arg(long, value_name = "CONTACT")]
    pub key_worker_contact: Option<String>,
    /// The key worker from the professional directory (name, unit and contact)
    #[arg(long, value_name = "ID", conflicts_with = "key_worker")]
    pub key_worker_from: Option<i64>,
    /// The client's own resources
    #[arg(long, value_name = "TEXT")]
    pub resources: Option<String>,
    /// The client's goals
    #[arg(long, value_name = "TEXT")]
    pub goals: Option<String>,
    /// A need by area, AREA=TEXT (health, social, finances, housing, work-study,
    /// functional-capacity, other); AREA= removes it. Repeat for several
    #[arg(long = "need", value_name = "AREA=TEXT")]
    pub needs: Vec<String>,
    /// An agreed action: "what=…;who=…;by=YYYY-MM-DD". Repeat for several
    #[arg(long = "action", value_name = "FIELDS")]
    pub actions: Vec<String>,
    /// An action's status by its number: N=open|done|dropped
    #[arg(long = "action-status", value_name = "N=STATUS")]
    pub action_status: Vec<String>,
    /// An onward pathway: "service=CODE;unit=…;professional=…;pro=DIRECTORY-ID;booked=yes|no;
    /// appointment=YYYY-MM-DD;purpose=…". Repeat for several
    #[arg(long = "pathway", value_name = "FIELDS")]
    pub pathways: Vec<String>,
    /// A pathway's status by its number: N=planned|booked|attended|declined
    #[arg(long = "pathway-status", value_name = "N=STATUS")]
    pub pathway_status: Vec<String>,
    /// The client confirmed they know how the pathway goes on and whom to contact
    #[arg(long)]
    pub client_confirmed: bool,
    /// What changed and why (kept with the version)
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
    /// End the pathway phase: needs a key worker, a pathway and the client's confirmation
    #[arg(long)]
    pub complete: bool,
    /// The date of the change, YYYY-MM-DD [default: today]
    #[arg(long, value_name = "DATE")]
    pub on: Option<String>,
}

const PATHWAY_KEYS: &[&str] = &[
    "service",
    "unit",
    "professional",
    "pro",
    "booked",
    "appointment",
    "purpose",
    "status",
];
const ACTION_KEYS: &[&str] = &["what", "who", "by", "status"];

fn yes_no(field: &str, value: &str) -> Result<bool, UserError> {
    match value {
        "yes" => Ok(true),
        "no" => Ok(false),
        other => Err(UserError::invalid(
            field,
            text::one_of(other, &["yes", "no"]),
        )),
    }
}

fn optional_line(
    field: &str,
    value: Option<&String>,
    max: usize,
) -> Result<Option<String>, UserError> {
    value.map(|v| validate::line(field, v, max)).transpose()
}

/// Applies the flags to `plan`. Directory look-ups and the catalogue check need the register.
fn apply(tx: &Tx, plan: &mut Plan, args: &EditArgs, today: NaiveDate) -> Result<()> {
    if let Some(id) = args.key_worker_from {
        let entry =
            directory::get(tx, id)?.ok_or_else(|| UserError::NotFound(text::no_entry(id)))?;
        plan.key_worker = Some(entry.name);
        plan.key_worker_unit = Some(entry.unit);
        plan.key_worker_contact = entry.phone.or(entry.email);
    }
    if let Some(name) = &args.key_worker {
        plan.key_worker = Some(validate::person_name("--key-worker", name)?);
    }
    if let Some(unit) = optional_line("--key-worker-unit", args.key_worker_unit.as_ref(), 200)? {
        plan.key_worker_unit = Some(unit);
    }
    if let Some(contact) = optional_line(
        "--key-worker-contact",
        args.key_worker_contact.as_ref(),
        200,
    )? {
        plan.key_worker_contact = Some(contact);
    }
    if let Some(resources) = &args.resources {
        plan.resources = Some(validate::block("--resources", resources, 4000)?);
    }
    if let Some(goals) = &args.goals {
        plan.goals = Some(validate::block("--goals", goals, 4000)?);
    }
    for need in &args.needs {
        let (area, body) = need.split_once('=').unwrap_or((need, ""));
        let area: NeedArea = area.trim().parse()?;
        plan.needs.retain(|n| n.area != area);
        if !body.trim().is_empty() {
            plan.needs.push(Need {
                area,
                text: validate::block("--need", body, 2000)?,
            });
        }
    }
    for action in &args.actions {
        let f = validate::fields("--action", action, ACTION_KEYS)?;
        let required = |key: &str| {
            f.get(key).cloned().ok_or_else(|| {
                UserError::invalid("--action", text::fields_shape(action, ACTION_KEYS))
            })
        };
        plan.actions.push(Action {
            what: validate::line("--action", &required("what")?, 500)?,
            who: validate::line("--action", &required("who")?, 200)?,
            due_on: f
                .get("by")
                .map(|d| validate::date("--action", d))
                .transpose()?
                .map(|d| d.to_string()),
            status: f
                .get("status")
                .map(|s| s.parse::<ActionStatus>())
                .transpose()?
                .unwrap_or(ActionStatus::Open),
        });
    }
    for change in &args.action_status {
        let (n, status) = validate::numbered("--action-status", change)?;
        let count = plan.actions.len();
        let action = plan.actions.get_mut(n - 1).ok_or_else(|| {
            UserError::invalid("--action-status", text::no_item("action", n, count))
        })?;
        action.status = status.parse()?;
    }
    let services: Vec<String> = db::services(tx)?
        .into_iter()
        .filter(|s| s.2)
        .map(|s| s.0)
        .collect();
    for pathway in &args.pathways {
        let f = validate::fields("--pathway", pathway, PATHWAY_KEYS)?;
        let service = f.get("service").cloned().unwrap_or_default();
        if !services.contains(&service) {
            return Err(UserError::invalid(
                "--pathway",
                text::unknown_service(&service, &services),
            )
            .into());
        }
        let mut p = Pathway {
            service,
            unit: optional_line("--pathway", f.get("unit"), 200)?,
            professional: optional_line("--pathway", f.get("professional"), 200)?,
            directory_id: None,
            booked_for_client: f
                .get("booked")
                .map(|b| yes_no("--pathway", b))
                .transpose()?
                .unwrap_or(false),
            appointment_on: f
                .get("appointment")
                .map(|d| validate::date("--pathway", d))
                .transpose()?
                .map(|d| d.to_string()),
            purpose: optional_line("--pathway", f.get("purpose"), 500)?,
            status: f
                .get("status")
                .map(|s| s.parse::<PathwayStatus>())
                .transpose()?
                .unwrap_or(PathwayStatus::Planned),
        };
        if let Some(id) = f.get("pro") {
            let id: i64 = id
                .parse()
                .map_err(|_| UserError::invalid("--pathway", text::PRO_NOT_A_NUMBER))?;
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
    for change in &args.pathway_status {
        let (n, status) = validate::numbered("--pathway-status", change)?;
        let count = plan.pathways.len();
        let pathway = plan.pathways.get_mut(n - 1).ok_or_else(|| {
            UserError::invalid("--pathway-status", text::no_item("pathway", n, count))
        })?;
        pathway.status = status.parse()?;
    }
    if args.client_confirmed {
        plan.client_confirmed_on = Some(today.to_string());
    }
    Ok(())
}

/// The follow-up date of a case that entered the follow-up phase on `since`.
pub fn follow_up_due(tx: &Tx, since: NaiveDate) -> Result<NaiveDate> {
    let weeks = meta::get(tx, "follow_up_weeks")?
        .and_then(|w| w.parse().ok())
        .unwrap_or(DEFAULT_FOLLOW_UP_WEEKS);
    Ok(since + Days::new(weeks * 7))
}

/// What a finished pathway phase still lacks.
pub fn missing_for_completion(plan: Option<&Plan>) -> Vec<&'static str> {
    let mut missing = Vec::new();
    if plan.and_then(|p| p.key_worker.as_ref()).is_none() {
        missing.push(text::MISSING_KEY_WORKER);
    }
    if plan.is_none_or(|p| p.pathways.is_empty()) {
        missing.push(text::MISSING_PATHWAY);
    }
    if plan.and_then(|p| p.client_confirmed_on.as_ref()).is_none() {
        missing.push(text::MISSING_CONFIRMATION);
    }
    missing
}

pub fn run(ctx: &Ctx, case_id: &str, args: EditArgs) -> Result<String> {
    let today = validate::date_or_today("--on", &args.on, ctx.clock.today())?;
    let note = validate::optional_block("--note", &args.note, 2000)?;
    let author = ctx.author();
    let mut register = ctx.open()?;
    let (version, due) = register.write(|tx| {
        let case =
            cases::get(tx, case_id)?.ok_or_else(|| UserError::NotFound(text::no_case(case_id)))?;
        if matches!(case.phase, Phase::Referred | Phase::Closed) {
            return Err(UserError::Refused(text::plan_not_started(case.phase)).into());
        }
        // Planning the client's services is processing their data: the consent must hold.
        let states: Vec<_> = crate::store::consents::for_case(tx, case_id)?
            .iter()
            .map(crate::store::consents::Consent::state)
            .collect();
        crate::domain::path::gate(Step::Advance(Phase::OnwardPathways), &states, case_id)?;
        let before = db::latest(tx, case_id)?;
        let mut plan = before.clone().unwrap_or_default();
        apply(tx, &mut plan, &args, today)?;
        plan.note = note.clone();
        let changed = before.as_ref().is_none_or(|b| {
            Plan {
                note: None,
                ..b.clone()
            } != Plan {
                note: None,
                ..plan.clone()
            }
        });
        let version = if changed {
            let version = save(tx, &author, &case, &plan, today)?;
            Some(version)
        } else {
            None
        };
        let due = if args.complete {
            Some(complete(tx, &author, &case, &plan, today)?)
        } else {
            None
        };
        Ok((version, due))
    })?;
    Ok(render::plan_saved(case_id, version, due, ctx.json))
}

pub fn save(
    tx: &Tx,
    author: &Author,
    case: &cases::Case,
    plan: &Plan,
    on: NaiveDate,
) -> Result<u32> {
    let version = db::save(tx, author, &case.id, plan)?;
    let detail = serde_json::json!({ "version": version, "note": plan.note });
    events::append(tx, author, &case.id, EventKind::PlanChanged, detail, on)?;
    access::log(
        tx,
        author,
        &access::Access {
            command: "plan",
            action: AccessAction::Change,
            client_id: Some(case.client_id),
            case_id: Some(&case.id),
            reason: None,
        },
    )?;
    Ok(version)
}

/// Ends the pathway phase: the case moves to follow-up, due a set time later.
pub fn complete(
    tx: &Tx,
    author: &Author,
    case: &cases::Case,
    plan: &Plan,
    on: NaiveDate,
) -> Result<NaiveDate> {
    let missing = missing_for_completion(Some(plan));
    if !missing.is_empty() {
        return Err(UserError::Refused(text::pathway_phase_open(&missing)).into());
    }
    // From the joint-assessment phase only once the assessment was held.
    let assessed = crate::store::schedule::for_case(tx, &case.id)?
        .iter()
        .any(|b| {
            b.kind == crate::domain::MeetingKind::JointAssessment
                && b.status == crate::domain::BookingStatus::Held
        });
    if case.phase == Phase::JointAssessment && !assessed {
        return Err(UserError::Refused(text::assessment_first_for_plan().to_string()).into());
    }
    let through = match case.phase {
        Phase::OnwardPathways => Phase::OnwardPathways,
        from => Step::Advance(Phase::OnwardPathways).apply(from)?,
    };
    let to = Step::Advance(Phase::FollowUp).apply(through)?;
    if on.to_string() < case.phase_since {
        return Err(UserError::invalid("--on", text::before_phase(&case.phase_since)).into());
    }
    cases::set_phase(tx, &case.id, to, &on.to_string(), None)?;
    let due = follow_up_due(tx, on)?;
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
