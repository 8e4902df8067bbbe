//! The wellbeing area that holds the register (`moty settings wellbeing-area`): its name and its
//! OID in the SOTE organisation register (SOTE-organisaatiorekisteri). `moty export fhir` names
//! it as the Organization the coordinators' team is part of. It holds no client data: no log.

use anyhow::Result;
use schemars::JsonSchema;
use serde::Serialize;

use super::Session;
use crate::store::{meta, Tx};

const NAME_KEY: &str = "wellbeing_area_name";
const OID_KEY: &str = "wellbeing_area_oid";

/// The wellbeing area as the register keeps it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, JsonSchema)]
pub struct WellbeingArea {
    /// The area's name, e.g. "Esimerkin hyvinvointialue"; null: not set.
    pub name: Option<String>,
    /// The area's OID in the SOTE organisation register, e.g. "1.2.246.10.1234567.10.0"; null:
    /// not set.
    pub oid: Option<String>,
}

impl WellbeingArea {
    /// Whether anything is known of the area (an Organization needs a name or an identifier).
    pub fn is_known(&self) -> bool {
        self.name.is_some() || self.oid.is_some()
    }
}

/// A field, as `--unset` names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Field {
    Name,
    Oid,
}

/// What one `moty settings wellbeing-area` changes, each value already checked.
#[derive(Debug, Clone, Default)]
pub struct Changes {
    pub name: Option<String>,
    pub oid: Option<String>,
    pub unset: Vec<Field>,
}

impl Changes {
    pub fn is_empty(&self) -> bool {
        self.name.is_none() && self.oid.is_none() && self.unset.is_empty()
    }
}

/// The area as kept.
pub fn read(tx: &Tx) -> Result<WellbeingArea> {
    Ok(WellbeingArea {
        name: meta::get(tx, NAME_KEY)?,
        oid: meta::get(tx, OID_KEY)?,
    })
}

/// Shows the area, or changes it first.
pub fn settings(session: &mut Session, changes: &Changes) -> Result<WellbeingArea> {
    if changes.is_empty() {
        return session.read(read);
    }
    session.write(|tx, _| {
        for (field, key, value) in [
            (Field::Name, NAME_KEY, &changes.name),
            (Field::Oid, OID_KEY, &changes.oid),
        ] {
            match value {
                Some(value) => meta::set(tx, key, value)?,
                None if changes.unset.contains(&field) => meta::unset(tx, key)?,
                None => {}
            }
        }
        read(tx)
    })
}
