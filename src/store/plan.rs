//! The joint care and service plan (HOPA), one full copy per version, and the service catalogue.

pub use crate::domain::records::{Action, Need, Pathway, Plan};

use super::db::{params, Params, Value};
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
    let values = params![case_id, version].into_values();
    let plans = read(tx, "case_id = ?1 AND version = ?2", values)?;
    Ok(plans.into_iter().next().map(|(_, plan)| plan))
}

/// Every version of the plans of the cases `cases` (a query of case ids with parameters ?1 and
/// ?2) selects, each with its case, by case and then by version.
pub(super) fn of_cases(tx: &Tx, cases: &str, after: i64, last: i64) -> Result<Vec<(String, Plan)>> {
    let values = params![after, last].into_values();
    read(tx, &format!("case_id IN ({cases})"), values)
}

/// The plan versions `filter` (a condition on `case_id` and `version`) selects, each with its
/// case, by case and then by version: four queries, however many versions.
fn read(tx: &Tx, filter: &str, values: Vec<Value>) -> Result<Vec<(String, Plan)>> {
    let mut plans: Vec<(String, Plan)> = Vec::new();
    // Where each (case, version) is in `plans`.
    let mut at: std::collections::HashMap<(String, u32), usize> = Default::default();
    let mut rows = tx
        .prepare(&format!(
            "SELECT case_id, version, key_worker, key_worker_unit, key_worker_contact, resources,
                 goals, client_confirmed_on, note, entered_at, actor
             FROM plan_versions WHERE {filter} ORDER BY case_id, version"
        ))?
        .query(values.clone())
        .context("reading the plan")?;
    while let Some(r) = rows.next()? {
        let case: String = r.get(0)?;
        let version: u32 = r.get(1)?;
        at.insert((case.clone(), version), plans.len());
        plans.push((
            case,
            Plan {
                version,
                key_worker: r.get(2)?,
                key_worker_unit: r.get(3)?,
                key_worker_contact: r.get(4)?,
                resources: r.get(5)?,
                goals: r.get(6)?,
                client_confirmed_on: r.get(7)?,
                note: r.get(8)?,
                entered_at: r.get(9)?,
                actor: r.get(10)?,
                ..Plan::default()
            },
        ));
    }
    if plans.is_empty() {
        return Ok(plans);
    }
    // The parts of each version, in the order they were written.
    let mut part = |sql: &str,
                    each: &mut dyn FnMut(&mut Plan, &super::db::Row) -> super::db::Result<()>|
     -> Result<()> {
        let mut rows = tx.prepare(sql)?.query(values.clone())?;
        while let Some(r) = rows.next()? {
            let key = (r.get::<_, String>(0)?, r.get::<_, u32>(1)?);
            if let Some(i) = at.get(&key) {
                each(&mut plans[*i].1, &r)?;
            }
        }
        Ok(())
    };
    part(
        &format!(
            "SELECT case_id, version, area, text FROM plan_needs WHERE {filter}
             ORDER BY case_id, version, rowid"
        ),
        &mut |plan, r| {
            plan.needs.push(Need {
                area: r.get(2)?,
                text: r.get(3)?,
            });
            Ok(())
        },
    )?;
    part(
        &format!(
            "SELECT case_id, version, what, who, due_on, status FROM plan_actions WHERE {filter}
             ORDER BY case_id, version, position"
        ),
        &mut |plan, r| {
            plan.actions.push(Action {
                what: r.get(2)?,
                who: r.get(3)?,
                due_on: r.get(4)?,
                status: r.get(5)?,
            });
            Ok(())
        },
    )?;
    part(
        &format!(
            "SELECT case_id, version, service, unit, professional, directory_id,
                 booked_for_client, appointment_on, purpose, status
             FROM plan_pathways WHERE {filter} ORDER BY case_id, version, position"
        ),
        &mut |plan, r| {
            plan.pathways.push(Pathway {
                service: r.get(2)?,
                unit: r.get(3)?,
                professional: r.get(4)?,
                directory_id: r.get(5)?,
                booked_for_client: r.get(6)?,
                appointment_on: r.get(7)?,
                purpose: r.get(8)?,
                status: r.get(9)?,
            });
            Ok(())
        },
    )?;
    Ok(plans)
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
