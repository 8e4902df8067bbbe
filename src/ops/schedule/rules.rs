//! The slot rules, the settings of the Kela hour, and team closure days.

use anyhow::Result;
use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::Serialize;

use super::super::Session;
use crate::domain::schedule::SlotRule;
use crate::error::UserError;
use crate::store::{meta, schedule as db, Tx};
use crate::text;

/// Working days before the Kela hour by which the form must be sent, unless the team sets it.
pub const DEFAULT_KELA_LEAD_DAYS: u32 = 2;

/// The calendar's rules and settings as `moty schedule slots` shows them.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Calendar {
    pub slots: Vec<SlotRule>,
    pub kela_lead_days: u32,
    pub kela_contact: Option<String>,
    pub closed_days: Vec<(NaiveDate, String)>,
}

/// The Kela hour's settings as stored (or their defaults).
pub(crate) fn kela_settings(tx: &Tx) -> Result<(u32, Option<String>)> {
    let lead = meta::get(tx, "kela_lead_days")?
        .and_then(|v| v.parse().ok())
        .unwrap_or(DEFAULT_KELA_LEAD_DAYS);
    Ok((lead, meta::get(tx, "kela_contact")?))
}

fn calendar(tx: &Tx) -> Result<Calendar> {
    let (lead, contact) = kela_settings(tx)?;
    Ok(Calendar {
        slots: db::rules(tx)?,
        kela_lead_days: lead,
        kela_contact: contact,
        closed_days: db::closed_days(tx)?,
    })
}

pub fn show(session: &mut Session) -> Result<Calendar> {
    session.write(|tx, _| calendar(tx))
}

/// Adds a slot rule; a rule of the same kind, weekday and start is refused.
pub fn add(session: &mut Session, rule: &SlotRule) -> Result<Calendar> {
    session.write(|tx, _| {
        // One rule per slot in each region; a rule of every region takes the slot from all.
        let exists = db::rules(tx)?.iter().any(|r| {
            r.kind == rule.kind
                && r.weekday == rule.weekday
                && r.start == rule.start
                && match (&r.region, &rule.region) {
                    (Some(a), Some(b)) => a.eq_ignore_ascii_case(b),
                    _ => true,
                }
        });
        if exists {
            return Err(UserError::Refused(text::slot_exists()).into());
        }
        db::add_rule(tx, rule)?;
        calendar(tx)
    })
}

pub fn remove(session: &mut Session, id: i64) -> Result<Calendar> {
    session.write(|tx, _| {
        if !db::remove_rule(tx, id)? {
            return Err(UserError::NotFound(text::no_rule(id)).into());
        }
        calendar(tx)
    })
}

pub fn settings(
    session: &mut Session,
    lead_days: Option<u32>,
    contact: Option<&str>,
) -> Result<Calendar> {
    session.write(|tx, _| {
        if let Some(days) = lead_days {
            meta::set(tx, "kela_lead_days", &days.to_string())?;
        }
        if let Some(contact) = contact {
            meta::set(tx, "kela_contact", contact)?;
        }
        calendar(tx)
    })
}

/// Closes a day for the team: no meetings are booked on it.
pub fn close_day(session: &mut Session, day: NaiveDate, reason: &str) -> Result<Calendar> {
    session.write(|tx, author| {
        db::add_closed_day(tx, day, reason, &author.actor)?;
        calendar(tx)
    })
}
