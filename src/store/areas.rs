//! Service areas, the unit catalogue, the unit texts as written (`unit_names`) and the onward
//! services' areas (migration 5, part 5).
//!
//! A unit text is kept as it was typed (in referrals, triage decisions and Yhteistyö-tiimi
//! requests); `unit_names` maps its folded form, `lower(trim(text))` as SQLite computes it, to the
//! catalogue unit it means. Every text written since migration 5 resolved to a unit when it was
//! typed and is mapped; texts written before are mapped where the migration could tell, the rest
//! by a coordinator (`moty settings units map`).

use std::collections::BTreeSet;

use super::db::{params, OptionalExtension};
use anyhow::{Context, Result};

pub use crate::domain::area::{Area, ServiceEntry, Unit, UnitText};
use crate::domain::Source;

use super::Tx;

/// Every service area, in the catalogue's order.
pub fn all(tx: &Tx) -> Result<Vec<Area>> {
    tx.prepare_cached(
        "SELECT code, kind, position, name_fi, name_sv, name_en FROM areas ORDER BY position",
    )?
    .query_map([], |r| {
        Ok(Area {
            code: r.get(0)?,
            kind: r.get(1)?,
            position: r.get(2)?,
            name_fi: r.get(3)?,
            name_sv: r.get(4)?,
            name_en: r.get(5)?,
        })
    })?
    .collect::<super::db::Result<_>>()
    .context("reading the service areas")
}

const UNIT_COLUMNS: &str = "u.code, u.area, u.name_fi, u.name_sv, u.name_en, u.active";

fn unit_row(r: &super::db::Row<'_>) -> super::db::Result<Unit> {
    Ok(Unit {
        code: r.get(0)?,
        area: r.get(1)?,
        name_fi: r.get(2)?,
        name_sv: r.get(3)?,
        name_en: r.get(4)?,
        active: r.get(5)?,
    })
}

/// Every unit, active or not, by area (in the areas' order), then in the order they were added.
pub fn units(tx: &Tx) -> Result<Vec<Unit>> {
    tx.prepare_cached(&format!(
        "SELECT {UNIT_COLUMNS} FROM units u JOIN areas a ON a.code = u.area
         ORDER BY a.position, u.rowid"
    ))?
    .query_map([], unit_row)?
    .collect::<super::db::Result<_>>()
    .context("reading the unit catalogue")
}

/// The unit with `code`, active or not.
pub fn unit(tx: &Tx, code: &str) -> Result<Option<Unit>> {
    tx.prepare_cached(&format!(
        "SELECT {UNIT_COLUMNS} FROM units u WHERE u.code = ?1"
    ))?
    .query_row([code], unit_row)
    .optional()
    .context("reading the unit catalogue")
}

/// Adds a unit, or changes one with the same code (its area and names) and makes it active
/// again; true when it is new.
pub fn save_unit(tx: &Tx, unit: &Unit) -> Result<bool> {
    let existed = tx
        .query_row("SELECT 1 FROM units WHERE code = ?1", [&unit.code], |_| {
            Ok(())
        })
        .optional()
        .context("reading the unit catalogue")?
        .is_some();
    tx.prepare_cached(
        "INSERT INTO units (code, area, name_fi, name_sv, name_en, active)
         VALUES (?1, ?2, ?3, ?4, ?5, TRUE)
         ON CONFLICT (code) DO UPDATE SET area = excluded.area, name_fi = excluded.name_fi,
             name_sv = excluded.name_sv, name_en = excluded.name_en, active = TRUE",
    )?
    .execute(params![
        unit.code,
        unit.area,
        unit.name_fi,
        unit.name_sv,
        unit.name_en
    ])
    .context("saving a unit")?;
    Ok(!existed)
}

/// Marks a unit active or not; false when there is no such unit.
pub fn set_unit_active(tx: &Tx, code: &str, active: bool) -> Result<bool> {
    Ok(tx
        .prepare_cached("UPDATE units SET active = ?2 WHERE code = ?1")?
        .execute(params![code, active])
        .context("changing a unit")?
        > 0)
}

/// Every mapped unit text: (the folded text, the unit).
pub fn mapped_texts(tx: &Tx) -> Result<Vec<(String, String)>> {
    tx.prepare_cached("SELECT name, unit FROM unit_names WHERE unit IS NOT NULL ORDER BY name")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<super::db::Result<_>>()
        .context("reading the unit texts")
}

/// What `unit_names` says of a text: `None` when the text is not there, `Some(None)` when it is
/// there but not mapped yet.
pub fn mapping(tx: &Tx, text: &str) -> Result<Option<Option<String>>> {
    tx.prepare_cached("SELECT unit FROM unit_names WHERE name = lower(trim(?1))")?
        .query_row([text], |r| r.get(0))
        .optional()
        .context("reading the unit texts")
}

/// Maps a text to a unit, replacing any mapping it had (a coordinator's decision); returns the
/// text as `unit_names` keeps it.
pub fn map_text(tx: &Tx, text: &str, unit: &str) -> Result<String> {
    tx.prepare_cached(
        "INSERT INTO unit_names (name, unit) VALUES (lower(trim(?1)), ?2)
         ON CONFLICT (name) DO UPDATE SET unit = excluded.unit RETURNING name",
    )?
    .query_row(params![text, unit], |r| r.get(0))
    .context("mapping a unit text")
}

/// Records that a text just typed means `unit`, unless the text is already mapped (then it
/// resolved through that mapping).
pub fn remember_text(tx: &Tx, text: &str, unit: &str) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO unit_names (name, unit) VALUES (lower(trim(?1)), ?2)
         ON CONFLICT (name) DO UPDATE SET unit = excluded.unit WHERE unit_names.unit IS NULL",
    )?
    .execute(params![text, unit])
    .context("recording a unit text")?;
    Ok(())
}

/// The unit a stored text means: its `unit_names` mapping, or else a catalogue unit whose code or
/// name it is (folded); `None` when neither says.
pub fn unit_of_text(tx: &Tx, text: &str) -> Result<Option<Unit>> {
    let mapped = tx
        .prepare_cached(&format!(
            "SELECT {UNIT_COLUMNS} FROM unit_names n JOIN units u ON u.code = n.unit
             WHERE n.name = lower(trim(?1))"
        ))?
        .query_row([text], unit_row)
        .optional()
        .context("reading the unit texts")?;
    match mapped {
        Some(unit) => Ok(Some(unit)),
        None => Ok(units(tx)?.into_iter().find(|u| u.is_named(text))),
    }
}

/// The unit texts the register holds, with how many referrals and cases' requests use each;
/// `unmapped_only`: only those not mapped to a unit yet. By text.
pub fn texts(tx: &Tx, unmapped_only: bool) -> Result<Vec<UnitText>> {
    tx.prepare_cached(
        "SELECT n.name, n.unit,
             (SELECT count(*) FROM referrals r
                 WHERE r.referrer_unit IS NOT NULL AND lower(trim(r.referrer_unit)) = n.name),
             (SELECT count(*) FROM (
                 SELECT t.case_id FROM triage_decisions t, json_each(t.units) j
                     WHERE lower(trim(j.value)) = n.name
                 UNION SELECT q.case_id FROM team_request_units q
                     WHERE lower(trim(q.unit)) = n.name) AS touched)
         FROM unit_names n
         WHERE ?1 = 0 OR n.unit IS NULL
         ORDER BY n.name",
    )?
    .query_map([unmapped_only], |r| {
        Ok(UnitText {
            text: r.get(0)?,
            unit: r.get(1)?,
            referrals: r.get(2)?,
            requests: r.get(3)?,
        })
    })?
    .collect::<super::db::Result<_>>()
    .context("reading the unit texts")
}

/// The onward services with their areas and names, in the catalogue's order.
pub fn services(tx: &Tx) -> Result<Vec<ServiceEntry>> {
    tx.prepare_cached(
        "SELECT code, name, active, area, name_fi, name_sv, name_en FROM services ORDER BY rowid",
    )?
    .query_map([], |r| {
        Ok(ServiceEntry {
            code: r.get(0)?,
            name: r.get(1)?,
            active: r.get(2)?,
            area: r.get(3)?,
            name_fi: r.get(4)?,
            name_sv: r.get(5)?,
            name_en: r.get(6)?,
        })
    })?
    .collect::<super::db::Result<_>>()
    .context("reading the service catalogue")
}

/// Adds a service with its names, or renames the one with the same code and makes it active
/// again; `name` (kept for scripts) follows the English name. True when it is new.
pub fn save_service(tx: &Tx, code: &str, fi: &str, sv: &str, en: &str) -> Result<bool> {
    let existed = tx
        .query_row("SELECT 1 FROM services WHERE code = ?1", [code], |_| Ok(()))
        .optional()
        .context("reading the service catalogue")?
        .is_some();
    tx.prepare_cached(
        "INSERT INTO services (code, name, name_fi, name_sv, name_en) VALUES (?1, ?4, ?2, ?3, ?4)
         ON CONFLICT (code) DO UPDATE SET name = excluded.name, name_fi = excluded.name_fi,
             name_sv = excluded.name_sv, name_en = excluded.name_en, active = TRUE",
    )?
    .execute(params![code, fi, sv, en])
    .context("adding a service")?;
    Ok(!existed)
}

/// Gives a service its area; false when there is no such service.
pub fn set_service_area(tx: &Tx, code: &str, area: &str) -> Result<bool> {
    Ok(tx
        .prepare_cached("UPDATE services SET area = ?2 WHERE code = ?1")?
        .execute(params![code, area])
        .context("giving a service its area")?
        > 0)
}

/// The clients' municipalities as stored, with how many clients have each, by name.
pub fn municipalities(tx: &Tx) -> Result<Vec<(String, i64)>> {
    tx.prepare_cached(
        "SELECT municipality, count(*) FROM clients WHERE municipality IS NOT NULL
         GROUP BY municipality ORDER BY municipality",
    )?
    .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
    .collect::<super::db::Result<_>>()
    .context("reading the clients' municipalities")
}

/// The service areas a case touches: of its source (the referring unit's area when the unit
/// resolves to one, else the area of the referral source), of the units requested for it (at
/// triage and in the Yhteistyö-tiimi request), and of the services of its latest plan's pathways
/// that were not declined. Texts and services without an area add none.
pub fn areas_of_case(tx: &Tx, case_id: &str) -> Result<BTreeSet<String>> {
    let mut areas = BTreeSet::new();
    let referral: Option<(Source, Option<String>)> = tx
        .prepare_cached("SELECT source, referrer_unit FROM referrals WHERE case_id = ?1")?
        .query_row([case_id], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()
        .context("reading the referral")?;
    if let Some((source, unit)) = referral {
        let by_unit = match unit.as_deref().map(str::trim).filter(|u| !u.is_empty()) {
            Some(text) => unit_of_text(tx, text)?.map(|u| u.area),
            None => None,
        };
        areas.extend(by_unit.or_else(|| source.area().map(String::from)));
    }
    let requested: Vec<String> = tx
        .prepare_cached(
            "SELECT j.value FROM triage_decisions t, json_each(t.units) j WHERE t.case_id = ?1
             UNION SELECT unit FROM team_request_units WHERE case_id = ?1",
        )?
        .query_map([case_id], |r| r.get(0))?
        .collect::<super::db::Result<_>>()
        .context("reading the requested units")?;
    for text in requested {
        areas.extend(unit_of_text(tx, &text)?.map(|u| u.area));
    }
    let services: Vec<String> = tx
        .prepare_cached(
            "SELECT DISTINCT s.area FROM plan_pathways p JOIN services s ON s.code = p.service
             WHERE p.case_id = ?1 AND p.status <> 'declined' AND s.area IS NOT NULL
                 AND p.version = (SELECT max(version) FROM plan_versions WHERE case_id = ?1)",
        )?
        .query_map([case_id], |r| r.get(0))?
        .collect::<super::db::Result<_>>()
        .context("reading the plan's services")?;
    areas.extend(services);
    Ok(areas)
}
