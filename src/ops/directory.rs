//! The professional directory (ammattilaislista): who works where, the teams and their leads,
//! and when to refer there.

use anyhow::Result;

use super::Session;
use crate::domain::records::Entry;
use crate::error::UserError;
use crate::store::directory as db;
use crate::text;

/// Fields of an entry, each already checked; `None` leaves the field as it is.
#[derive(Debug, Clone, Default)]
pub struct Patch {
    pub name: Option<String>,
    pub role: Option<String>,
    pub unit: Option<String>,
    pub area: Option<String>,
    pub team: Option<String>,
    pub team_lead: Option<bool>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub when_to_refer: Option<String>,
}

impl Patch {
    /// Applies the fields to `entry`; an entry needs a name, a role and a unit.
    pub fn apply(&self, entry: &mut Entry) -> Result<(), UserError> {
        let set = |to: &mut String, from: &Option<String>| {
            if let Some(value) = from {
                *to = value.clone();
            }
        };
        set(&mut entry.name, &self.name);
        set(&mut entry.role, &self.role);
        set(&mut entry.unit, &self.unit);
        for (to, from) in [
            (&mut entry.area, &self.area),
            (&mut entry.team, &self.team),
            (&mut entry.phone, &self.phone),
            (&mut entry.email, &self.email),
            (&mut entry.when_to_refer, &self.when_to_refer),
        ] {
            if from.is_some() {
                to.clone_from(from);
            }
        }
        if let Some(lead) = self.team_lead {
            entry.team_lead = lead;
        }
        for (field, value) in [
            ("--name", &entry.name),
            ("--role", &entry.role),
            ("--unit", &entry.unit),
        ] {
            if value.is_empty() {
                return Err(UserError::Missing {
                    flags: vec![field.to_string()],
                });
            }
        }
        Ok(())
    }
}

/// Adds a professional; returns the entry's number.
pub fn add(session: &mut Session, patch: &Patch) -> Result<i64> {
    let mut entry = Entry::default();
    patch.apply(&mut entry)?;
    session.write(|tx, _| db::insert(tx, &entry))
}

/// Edits an entry: only the fields given change.
pub fn edit(session: &mut Session, id: i64, patch: &Patch) -> Result<()> {
    session.write(|tx, _| {
        let mut entry = db::get(tx, id)?.ok_or_else(|| UserError::NotFound(text::no_entry(id)))?;
        patch.apply(&mut entry)?;
        db::update(tx, &entry)
    })
}

pub fn list(session: &mut Session) -> Result<Vec<Entry>> {
    session.write(|tx, _| db::list(tx))
}

/// Entries whose text holds every (folded) word.
pub fn find(session: &mut Session, words: &[String]) -> Result<Vec<Entry>> {
    session.write(|tx, _| db::find(tx, words))
}

/// Adds every entry, or none.
pub fn import(session: &mut Session, entries: &[Entry]) -> Result<usize> {
    session.write(|tx, _| {
        for entry in entries {
            db::insert(tx, entry)?;
        }
        Ok(entries.len())
    })
}
