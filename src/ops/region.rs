//! Regional pairs (seed 000: the south and the north pair): each pair works its own view of the
//! one register. The region belongs to the case; moving a case is a timeline event. The lists a
//! pair works from — the triage queue, the calendar, the follow-ups due, the work list and the
//! weekly export — show one region: the one asked for, or the coordinator's default region.

use anyhow::Result;
use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::Serialize;

use super::{case, log_change, Session};
use crate::domain::{EventKind, Phase};
use crate::error::UserError;
use crate::store::{cases, events, meta, Author, Tx};
use crate::text;

/// Which region a list shows, as the command was given it.
#[derive(Debug, Clone, Default)]
pub struct Choice {
    /// `--region`: this region.
    pub region: Option<String>,
    /// `--all-regions`: every region, whatever the default.
    pub all: bool,
}

/// The region a list shows: `--all-regions` none, `--region` that one, else the acting
/// coordinator's default region (none when they have not set one: every region).
pub(crate) fn resolve(tx: &Tx, author: &Author, choice: &Choice) -> Result<Option<String>> {
    if choice.all {
        return Ok(None);
    }
    match &choice.region {
        Some(region) => Ok(Some(region.clone())),
        None => meta::user_region(tx, &author.actor),
    }
}

/// Whether a case is in the region a list shows (`None`: every region).
pub(crate) fn in_region(tx: &Tx, case_id: &str, region: Option<&str>) -> Result<bool> {
    let Some(region) = region else {
        return Ok(true);
    };
    Ok(cases::region(tx, case_id)?.is_some_and(|r| r.eq_ignore_ascii_case(region)))
}

/// A case moved to another region.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Moved {
    pub case: String,
    pub from: Option<String>,
    pub to: String,
    pub on: NaiveDate,
}

/// Moves an open case to another region (its booked meetings move with it); the timeline says
/// from where to where and why.
pub fn move_case(
    session: &mut Session,
    case_id: &str,
    region: &str,
    note: Option<&str>,
) -> Result<Moved> {
    let on = session.today();
    session.write(|tx, author| {
        let case = case(tx, case_id)?;
        if case.phase == Phase::Closed {
            return Err(UserError::Refused(text::move_closed_case(case_id)).into());
        }
        let from = cases::region(tx, case_id)?;
        if from
            .as_deref()
            .is_some_and(|f| f.eq_ignore_ascii_case(region))
        {
            return Err(
                UserError::invalid("REGION", text::already_in_region(case_id, region)).into(),
            );
        }
        cases::set_region(tx, case_id, region)?;
        let detail = serde_json::json!({ "from": from, "to": region, "note": note });
        events::append(tx, author, case_id, EventKind::RegionChanged, detail, on)?;
        log_change(tx, author, &case, "move-region")?;
        Ok(Moved {
            case: case_id.to_string(),
            from,
            to: region.to_string(),
            on,
        })
    })
}

/// The acting coordinator's default region; with `set`, sets it first, with `clear` removes it.
pub fn my_region(session: &mut Session, set: Option<&str>, clear: bool) -> Result<Option<String>> {
    session.write(|tx, author| {
        if clear {
            meta::set_user_region(tx, &author.actor, None)?;
        } else if let Some(region) = set {
            meta::set_user_region(tx, &author.actor, Some(region))?;
        }
        meta::user_region(tx, &author.actor)
    })
}
