//! The joint care and service plan (HOPA), one full copy per version, and the service catalogue.

pub use crate::domain::records::{Action, Need, Pathway, Plan};

use super::db::{params, OptionalExtension};
use super::Tx;
use anyhow::{Context, Result};

use super::Author;

/// The plan's versions of a case, newest last.
pub fn versions(tx: &Tx, case_id: &str) -> Result<Vec<u32>> {
    tx.prepare_cached("SELECT version FROM plan_versions WHERE case_id = ?1 ORDER BY version")?
        .query_map([case_id], |r| r.get(0))?
        .collect::<super::db::Result<_>>()
        .context("reading the plan's versions")
}

/// One version of the plan exactly as it was written.
pub fn get(tx: &Tx, case_id: &str, version: u32) -> Result<Option<Plan>> {
    let head = tx
        .prepare_cached(
            "SELECT key_worker, key_worker_unit, key_worker_contact, resources, goals,
                 client_confirmed_on, note, entered_at, actor
             FROM plan_versions WHERE case_id = ?1 AND version = ?2",
        )?
        .query_row(params![case_id, version], |r| {
            Ok(Plan {
                version,
                key_worker: r.get(0)?,
                key_worker_unit: r.get(1)?,
                key_worker_contact: r.get(2)?,
                resources: r.get(3)?,
                goals: r.get(4)?,
                client_confirmed_on: r.get(5)?,
                note: r.get(6)?,
                entered_at: r.get(7)?,
                actor: r.get(8)?,
                ..Plan::default()
            })
        })
        .optional()
        .context("reading the plan")?;
    let Some(mut plan) = head else {
        return Ok(None);
    };
    plan.needs = tx
        .prepare_cached(
            "SELECT area, text FROM plan_needs WHERE case_id = ?1 AND version = ?2 ORDER BY rowid",
        )?
        .query_map(params![case_id, version], |r| {
            Ok(Need {
                area: r.get(0)?,
                text: r.get(1)?,
            })
        })?
        .collect::<super::db::Result<_>>()?;
    plan.actions = tx
        .prepare_cached(
            "SELECT what, who, due_on, status FROM plan_actions
             WHERE case_id = ?1 AND version = ?2 ORDER BY position",
        )?
        .query_map(params![case_id, version], |r| {
            Ok(Action {
                what: r.get(0)?,
                who: r.get(1)?,
                due_on: r.get(2)?,
                status: r.get(3)?,
            })
        })?
        .collect::<super::db::Result<_>>()?;
    plan.pathways = tx
        .prepare_cached(
            "SELECT service, unit, professional, directory_id, booked_for_client, appointment_on,
                 purpose, status
             FROM plan_pathways WHERE case_id = ?1 AND version = ?2 ORDER BY position",
        )?
        .query_map(params![case_id, version], |r| {
            Ok(Pathway {
                service: r.get(0)?,
                unit: r.get(1)?,
                professional: r.get(2)?,
                directory_id: r.get(3)?,
                booked_for_client: r.get(4)?,
                appointment_on: r.get(5)?,
                purpose: r.get(6)?,
                status: r.get(7)?,
            })
        })?
        .collect::<super::db::Result<_>>()?;
    Ok(Some(plan))
}

/// The newest version, if the case has a plan.
pub fn latest(tx: &Tx, case_id: &str) -> Result<Option<Plan>> {
    match versions(tx, case_id)?.last() {
        Some(v) => get(tx, case_id, *v),
        None => Ok(None),
    }
}

/// Writes `plan` as the next version; returns its number.
pub fn save(tx: &Tx, author: &Author, case_id: &str, plan: &Plan) -> Result<u32> {
    let version = versions(tx, case_id)?.last().copied().unwrap_or(0) + 1;
    tx.prepare_cached(
        "INSERT INTO plan_versions (case_id, version, key_worker, key_worker_unit,
             key_worker_contact, resources, goals, client_confirmed_on, note, entered_at, actor)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    )?
    .execute(params![
        case_id,
        version,
        plan.key_worker,
        plan.key_worker_unit,
        plan.key_worker_contact,
        plan.resources,
        plan.goals,
        plan.client_confirmed_on,
        plan.note,
        author.at,
        author.actor
    ])
    .context("writing the plan")?;
    let mut need = tx.prepare_cached(
        "INSERT INTO plan_needs (case_id, version, area, text) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for n in &plan.needs {
        need.execute(params![case_id, version, n.area, n.text])?;
    }
    let mut action = tx.prepare_cached(
        "INSERT INTO plan_actions (case_id, version, position, what, who, due_on, status)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    for (position, a) in (1_i64..).zip(&plan.actions) {
        action.execute(params![
            case_id, version, position, a.what, a.who, a.due_on, a.status
        ])?;
    }
    let mut pathway = tx.prepare_cached(
        "INSERT INTO plan_pathways (case_id, version, position, service, unit, professional,
             directory_id, booked_for_client, appointment_on, purpose, status)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    )?;
    for (position, p) in (1_i64..).zip(&plan.pathways) {
        pathway
            .execute(params![
                case_id,
                version,
                position,
                p.service,
                p.unit,
                p.professional,
                p.directory_id,
                p.booked_for_client,
                p.appointment_on,
                p.purpose,
                p.status
            ])
            .context("writing an onward pathway")?;
    }
    // Whether the plan now names the key worker the work list asks for.
    super::work_list::keep_asked(tx, case_id)?;
    Ok(version)
}

/// The service catalogue, with each service's names (`store::areas::services`).
pub fn services(tx: &Tx) -> Result<Vec<crate::domain::area::ServiceEntry>> {
    super::areas::services(tx)
}
