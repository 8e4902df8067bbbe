//! `moty plan CASE [changes]`: each command writes one new version holding every change it
//! names; `--complete` ends the pathway phase when its required steps are done.

use anyhow::Result;
use chrono::NaiveDate;

use crate::commands::Ctx;
use crate::domain::records::{Action, Pathway};
use crate::domain::{reach, validate, ActionStatus, NeedArea, PathwayStatus};
use crate::error::UserError;
use crate::ops::kela::{self, FromKela};
use crate::ops::plan::{self, Changes, PathwayInput};
use crate::{prompt, render, text};

#[derive(Debug, Default, clap::Args)]
pub struct EditArgs {
    pub case: Option<String>,
    #[arg(long, value_name = "NAME")]
    pub key_worker: Option<String>,
    #[arg(long, value_name = "UNIT")]
    pub key_worker_unit: Option<String>,
    #[arg(long, value_name = "CONTACT")]
    pub key_worker_contact: Option<String>,
    #[arg(long, value_name = "ID", conflicts_with = "key_worker")]
    pub key_worker_from: Option<i64>,
    #[arg(long, value_name = "TEXT")]
    pub resources: Option<String>,
    #[arg(long, value_name = "TEXT")]
    pub goals: Option<String>,
    #[arg(long = "need", value_name = "AREA=TEXT")]
    pub needs: Vec<String>,
    #[arg(long = "action", value_name = "FIELDS")]
    pub actions: Vec<String>,
    #[arg(long = "action-status", value_name = "N=STATUS")]
    pub action_status: Vec<String>,
    #[arg(long = "pathway", value_name = "FIELDS")]
    pub pathways: Vec<String>,
    #[arg(long = "pathway-status", value_name = "N=STATUS")]
    pub pathway_status: Vec<String>,
    #[arg(long)]
    pub client_confirmed: bool,
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
    #[arg(long)]
    pub complete: bool,
    #[arg(long)]
    pub from_kela: bool,
    #[arg(long, value_name = "WEEKS|team", allow_negative_numbers = true)]
    pub follow_up_weeks: Option<String>,
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

/// Reads the flags into the changes they make; each is checked for its own shape here, against
/// the register in the operation.
fn changes(args: &EditArgs, on: NaiveDate) -> Result<Changes, UserError> {
    let mut c = Changes {
        key_worker_from: args.key_worker_from,
        key_worker: args
            .key_worker
            .as_deref()
            .map(|n| validate::person_name("--key-worker", n))
            .transpose()?,
        key_worker_unit: optional_line("--key-worker-unit", args.key_worker_unit.as_ref(), 200)?,
        key_worker_contact: optional_line(
            "--key-worker-contact",
            args.key_worker_contact.as_ref(),
            200,
        )?,
        resources: validate::optional_block("--resources", &args.resources, 4000)?,
        goals: validate::optional_block("--goals", &args.goals, 4000)?,
        client_confirmed: args.client_confirmed,
        note: validate::optional_block("--note", &args.note, 2000)?,
        complete: args.complete,
        from_kela: match args.from_kela {
            true => FromKela::All,
            false => FromKela::Nothing,
        },
        follow_up_weeks: match args.follow_up_weeks.as_deref().map(str::trim) {
            None => None,
            Some("team") => Some(None),
            Some(weeks) => Some(Some(reach::weeks("--follow-up-weeks", weeks)?)),
        },
        on,
        ..Changes::default()
    };
    for need in &args.needs {
        // "AREA=" removes a need; "AREA" alone is a slip (a forgotten "=TEXT"), not a removal.
        let (area, body) = need
            .split_once('=')
            .ok_or_else(|| UserError::invalid("--need", text::need_shape(need)))?;
        let area: NeedArea = area.trim().parse()?;
        let body = match body.trim().is_empty() {
            true => None,
            false => Some(validate::block("--need", body, 2000)?),
        };
        c.needs.push((area, body));
    }
    for action in &args.actions {
        let f = validate::fields("--action", action, ACTION_KEYS)?;
        let required = |key: &str| {
            f.get(key).cloned().ok_or_else(|| {
                UserError::invalid("--action", text::fields_shape(action, ACTION_KEYS))
            })
        };
        c.actions.push(Action {
            what: validate::line("--action", &required("what")?, 500)?,
            who: validate::line("--action", &required("who")?, 200)?,
            due_on: f
                .get("by")
                .map(|d| validate::date("--action", d))
                .transpose()?,
            status: f
                .get("status")
                .map(|s| s.parse::<ActionStatus>())
                .transpose()?
                .unwrap_or(ActionStatus::Open),
        });
    }
    for change in &args.action_status {
        let (n, status) = validate::numbered("--action-status", change)?;
        c.action_status.push((n, status.parse()?));
    }
    for pathway in &args.pathways {
        let f = validate::fields("--pathway", pathway, PATHWAY_KEYS)?;
        let directory_id = match f.get("pro") {
            Some(id) => Some(
                id.parse::<i64>()
                    .map_err(|_| UserError::invalid("--pathway", text::pro_not_a_number()))?,
            ),
            None => None,
        };
        c.pathways.push(PathwayInput {
            pathway: Pathway {
                service: f.get("service").cloned().unwrap_or_default(),
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
                    .transpose()?,
                purpose: optional_line("--pathway", f.get("purpose"), 500)?,
                status: f
                    .get("status")
                    .map(|s| s.parse::<PathwayStatus>())
                    .transpose()?
                    .unwrap_or(PathwayStatus::Planned),
            },
            directory_id,
        });
    }
    for change in &args.pathway_status {
        let (n, status) = validate::numbered("--pathway-status", change)?;
        c.pathway_status.push((n, status.parse()?));
    }
    Ok(c)
}

pub fn run(ctx: &Ctx, case_id: &str, args: EditArgs) -> Result<String> {
    let on = validate::date_or_today("--on", &args.on, ctx.clock.today())?;
    let mut changes = changes(&args, on)?;
    let mut session = ctx.session()?;
    // At a terminal, the Kela hour's conclusions not yet in the plan are offered as actions.
    if !args.from_kela && prompt::interactive() {
        let pending = kela::pending(&mut session, case_id)?;
        if !pending.is_empty() {
            let lines: Vec<String> = pending.iter().map(text::kela_line).collect();
            let chosen = prompt::choose_many_of(&text::prompt_from_kela(), &lines)?;
            changes.from_kela = FromKela::Chosen(chosen.iter().map(|&i| pending[i].id).collect());
        }
    }
    let saved = plan::edit::change(&mut session, case_id, &changes)?;
    Ok(render::plan_saved(case_id, &saved, ctx.json))
}
