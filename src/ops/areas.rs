//! The catalogues of service areas, units and the onward services' areas (`moty settings areas`,
//! `moty settings units`, `moty plan services`), and resolving a unit as a coordinator types it:
//! a referral's referring unit, the units requested at triage, a unit's answer to the
//! Yhteistyö-tiimi request. A typed unit must name an active catalogue unit — by its code, by its
//! Finnish, Swedish or English name (trimmed, any case, diacritics ignored) or by a text already
//! mapped to it; the text is kept as typed and `unit_names` maps it to the unit, so every figure
//! can tell the unit and its area.

use anyhow::Result;

use super::Session;
use crate::domain::area::{close_units, fold_unit, Area, ServiceEntry, Unit, UnitText};
use crate::error::UserError;
use crate::store::{areas as db, Tx};
use crate::text;

/// The unit catalogue with the areas it refers to.
#[derive(Debug)]
pub struct UnitCatalogue {
    pub areas: Vec<Area>,
    pub units: Vec<Unit>,
}

/// A unit to add (or change, when the code exists), every field checked for shape.
#[derive(Debug, Clone)]
pub struct NewUnit {
    pub code: String,
    pub area: String,
    pub name_fi: String,
    pub name_sv: String,
    pub name_en: String,
}

/// Every service area, in the catalogue's order.
pub fn areas(session: &mut Session) -> Result<Vec<Area>> {
    session.read(db::all)
}

/// Every unit, active or not, with the areas.
pub fn units(session: &mut Session) -> Result<UnitCatalogue> {
    session.read(catalogue)
}

fn catalogue(tx: &Tx) -> Result<UnitCatalogue> {
    Ok(UnitCatalogue {
        areas: db::all(tx)?,
        units: db::units(tx)?,
    })
}

/// Refuses an area that is not in the catalogue, naming `flag` and the areas there are.
fn check_area(tx: &Tx, flag: &str, area: &str) -> Result<()> {
    let areas = db::all(tx)?;
    if areas.iter().any(|a| a.code == area) {
        return Ok(());
    }
    let allowed: Vec<String> = areas.into_iter().map(|a| a.code).collect();
    Err(UserError::invalid(flag, text::unknown_area(area, &allowed)).into())
}

/// Adds a unit, or changes the one with the same code; true when it is new. Its names may not
/// name another unit (a typed text must mean one unit).
pub fn add_unit(session: &mut Session, new: &NewUnit) -> Result<(bool, UnitCatalogue)> {
    session.write(|tx, _| {
        check_area(tx, "--area", &new.area)?;
        let others: Vec<Unit> = db::units(tx)?
            .into_iter()
            .filter(|u| u.code != new.code)
            .collect();
        for (flag, name) in [
            ("CODE", &new.code),
            ("--fi", &new.name_fi),
            ("--sv", &new.name_sv),
            ("--en", &new.name_en),
        ] {
            if let Some(other) = others.iter().find(|u| u.is_named(name)) {
                return Err(
                    UserError::invalid(flag, text::unit_name_taken(name, &other.code)).into(),
                );
            }
            // A text mapped to another unit would keep meaning that unit.
            if let Some(other) = db::mapping(tx, name)?.flatten().filter(|u| *u != new.code) {
                return Err(UserError::invalid(flag, text::unit_name_taken(name, &other)).into());
            }
        }
        let unit = Unit {
            code: new.code.clone(),
            area: new.area.clone(),
            name_fi: new.name_fi.clone(),
            name_sv: new.name_sv.clone(),
            name_en: new.name_en.clone(),
            active: true,
        };
        let added = db::save_unit(tx, &unit)?;
        Ok((added, catalogue(tx)?))
    })
}

/// Deactivates a unit: no longer offered, what was written with it stays and still resolves.
pub fn deactivate_unit(session: &mut Session, code: &str) -> Result<UnitCatalogue> {
    session.write(|tx, _| {
        if !db::set_unit_active(tx, code, false)? {
            let codes: Vec<String> = db::units(tx)?.into_iter().map(|u| u.code).collect();
            return Err(UserError::invalid("CODE", text::unknown_unit_code(code, &codes)).into());
        }
        catalogue(tx)
    })
}

/// Maps a unit text (one written before, or a name people use) to an active unit, given by code
/// or name; returns the text with its use. A text that is the code or a name of another unit is
/// refused: it means that unit already.
pub fn map_text(session: &mut Session, text: &str, unit: &str) -> Result<UnitText> {
    session.write(|tx, _| {
        let units = db::units(tx)?;
        let target = units
            .iter()
            .filter(|u| u.active)
            .find(|u| u.code == unit.trim())
            .or_else(|| units.iter().filter(|u| u.active).find(|u| u.is_named(unit)));
        let Some(target) = target else {
            let codes: Vec<String> = units
                .iter()
                .filter(|u| u.active)
                .map(|u| u.code.clone())
                .collect();
            return Err(UserError::invalid("UNIT", text::unknown_unit_code(unit, &codes)).into());
        };
        if let Some(other) = units
            .iter()
            .find(|u| u.code != target.code && u.is_named(text))
        {
            return Err(
                UserError::invalid("TEXT", text::text_names_unit(text, &other.code)).into(),
            );
        }
        let key = db::map_text(tx, text, &target.code)?;
        let mapped = db::texts(tx, false)?.into_iter().find(|t| t.text == key);
        mapped.ok_or_else(|| anyhow::anyhow!("the mapped text is missing"))
    })
}

/// The unit texts the register holds (only those not mapped yet, with `unmapped_only`), with how
/// many referrals and cases' requests use each.
pub fn texts(session: &mut Session, unmapped_only: bool) -> Result<Vec<UnitText>> {
    session.read(|tx| db::texts(tx, unmapped_only))
}

/// What a typed unit text names.
enum Found {
    Active(Unit),
    Inactive(Unit),
    Unknown(Vec<Unit>),
}

/// Finds the unit a typed text names: a mapping of exactly this text first (a coordinator's
/// decision), then a unit's code, then a unit's name, then a mapped text, each compared folded.
fn find(tx: &Tx, text: &str) -> Result<Found> {
    let kind = |unit: Unit| {
        if unit.active {
            Found::Active(unit)
        } else {
            Found::Inactive(unit)
        }
    };
    // A mapping or a code names its unit by key (a referral names its unit so nearly always):
    // the whole catalogue is read only to match a name.
    if let Some(code) = db::mapping(tx, text)?.flatten() {
        if let Some(unit) = db::unit(tx, &code)? {
            return Ok(kind(unit));
        }
    }
    if let Some(unit) = db::unit(tx, text.trim())? {
        return Ok(kind(unit));
    }
    let units = db::units(tx)?;
    let by_code = |code: &str| units.iter().find(|u| u.code == code).cloned();
    let folded = fold_unit(text);
    let found = units
        .iter()
        .find(|u| u.active && u.is_named(text))
        .cloned()
        .or_else(|| units.iter().find(|u| u.is_named(text)).cloned());
    let found = match found {
        Some(unit) => Some(unit),
        None => db::mapped_texts(tx)?
            .into_iter()
            .find(|(name, _)| fold_unit(name) == folded)
            .and_then(|(_, code)| by_code(&code)),
    };
    Ok(match found {
        Some(unit) if unit.active => Found::Active(unit),
        Some(unit) => Found::Inactive(unit),
        None => Found::Unknown(units),
    })
}

/// The active unit `text` names, or bad input naming `flag` (with the close units and how to add
/// one).
fn resolve(tx: &Tx, flag: &str, text: &str) -> Result<Unit> {
    match find(tx, text)? {
        Found::Active(unit) => Ok(unit),
        Found::Inactive(unit) => {
            Err(UserError::invalid(flag, text::unit_inactive(text, &unit.code)).into())
        }
        Found::Unknown(units) => {
            let close: Vec<(String, String)> = close_units(&units, text, 5)
                .into_iter()
                .map(|u| (u.code.clone(), u.name_en.clone()))
                .collect();
            Err(UserError::invalid(flag, text::unknown_unit(text, &close)).into())
        }
    }
}

/// Resolves a unit as typed (see the module) and records in `unit_names` that the text means it;
/// bad input naming `flag` otherwise. For operations, inside their transaction.
pub(crate) fn resolve_unit(tx: &Tx, flag: &str, text: &str) -> Result<Unit> {
    let unit = resolve(tx, flag, text)?;
    db::remember_text(tx, text, &unit.code)?;
    Ok(unit)
}

/// Checks that `text` names an active unit, writing nothing (`moty import referrals` checks
/// every row before it writes any): bad input naming `flag` otherwise.
pub(crate) fn check_unit(tx: &Tx, flag: &str, text: &str) -> Result<Unit> {
    resolve(tx, flag, text)
}

/// Checks that every text names an active unit, writing nothing (the interactive triage asks
/// again before it records anything).
pub fn check_units(session: &mut Session, flag: &str, texts: &[String]) -> Result<()> {
    session.read(|tx| {
        for text in texts {
            resolve(tx, flag, text)?;
        }
        Ok(())
    })
}

/// The onward services with their areas.
pub fn services(session: &mut Session) -> Result<Vec<ServiceEntry>> {
    session.read(db::services)
}

/// A service to add to the catalogue (or to rename: the same code), with its names; a name not
/// given keeps the one the service has (a new service needs all three).
pub struct NewService {
    pub code: String,
    pub area: String,
    pub name_fi: Option<String>,
    pub name_sv: Option<String>,
    pub name_en: Option<String>,
}

/// Adds a service to the catalogue in an area, or renames the one with the same code (and moves
/// it to the area); returns whether it is new, and the catalogue.
pub fn add_service(session: &mut Session, new: &NewService) -> Result<(bool, Vec<ServiceEntry>)> {
    session.write(|tx, _| {
        check_area(tx, "--area", &new.area)?;
        let old = db::services(tx)?.into_iter().find(|s| s.code == new.code);
        let name = |flag: &str, given: &Option<String>, kept: Option<&String>| {
            given
                .clone()
                .or_else(|| kept.cloned())
                .ok_or_else(|| UserError::invalid(flag, text::service_name_missing(flag)))
        };
        let fi = name("--fi", &new.name_fi, old.as_ref().map(|s| &s.name_fi))?;
        let sv = name("--sv", &new.name_sv, old.as_ref().map(|s| &s.name_sv))?;
        let en = name("--en", &new.name_en, old.as_ref().map(|s| &s.name_en))?;
        let added = db::save_service(tx, &new.code, &fi, &sv, &en)?;
        db::set_service_area(tx, &new.code, &new.area)?;
        Ok((added, db::services(tx)?))
    })
}

/// Gives a service its area; returns the catalogue.
pub fn set_service_area(
    session: &mut Session,
    code: &str,
    area: &str,
) -> Result<Vec<ServiceEntry>> {
    session.write(|tx, _| {
        let services = db::services(tx)?;
        if !services.iter().any(|s| s.code == code) {
            let codes: Vec<String> = services.into_iter().map(|s| s.code).collect();
            return Err(UserError::invalid("CODE", text::unknown_service(code, &codes)).into());
        }
        check_area(tx, "AREA", area)?;
        db::set_service_area(tx, code, area)?;
        db::services(tx)
    })
}
