//! What a Kela hour concluded for a client (issue #12, item 4): benefits or rehabilitation to
//! apply for, statements needed, recommendations, each with who takes responsibility and by when.
//! Recorded for a held Kela hour; offered as agreed actions when the plan is next edited.

use anyhow::Result;
use chrono::{NaiveDate, NaiveDateTime};
use schemars::JsonSchema;
use serde::Serialize;

use super::{case, log_change, log_view, Session};
use crate::domain::records::{Action, Booking, Case, KelaConclusion};
use crate::domain::{
    ActionStatus, BookingStatus, EventKind, KelaItem, KelaStatement, MeetingKind, Phase,
};
use crate::error::UserError;
use crate::store::{events, kela as db, purge, schedule, Tx};
use crate::text;

/// The most items one Kela hour can conclude for one client (the table's positions).
pub const MAX_ITEMS: u32 = 100;

/// One item as typed.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub kind: KelaItem,
    /// For a statement: which one.
    pub statement: Option<KelaStatement>,
    /// For a benefit, rehabilitation or recommendation: what.
    pub text: Option<String>,
    pub responsible: Option<String>,
    pub due_on: Option<NaiveDate>,
}

/// Which conclusions a plan change takes in as agreed actions.
#[derive(Debug, Clone, Default, PartialEq)]
pub enum FromKela {
    #[default]
    Nothing,
    /// Every conclusion not yet in the plan (`--from-kela`); refused when there is none.
    All,
    /// Those chosen at the terminal (by their row ids); any already taken in is left out.
    Chosen(Vec<i64>),
}

/// What `kela-outcome` recorded.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Concluded {
    pub case: String,
    /// The Kela hour.
    pub meeting: i64,
    #[serde(with = "crate::clock::minute")]
    #[schemars(with = "crate::clock::minute::Minute")]
    pub starts_at: NaiveDateTime,
    /// The items recorded now.
    pub conclusions: Vec<KelaConclusion>,
}

/// A meeting named by `--meeting`, which must exist and be this case's.
pub(crate) fn meeting_of(tx: &Tx, case_id: &str, id: i64) -> Result<Booking> {
    let booking =
        schedule::booking(tx, id)?.ok_or_else(|| UserError::NotFound(text::no_meeting(id)))?;
    if booking.case != case_id {
        return Err(
            UserError::invalid("--meeting", text::meeting_of_other_case(id, case_id)).into(),
        );
    }
    Ok(booking)
}

/// The case must not be purged (nothing of a purged case is written again).
pub(crate) fn refuse_if_purged(tx: &Tx, case_id: &str) -> Result<()> {
    if purge::is_purged(tx, case_id)? {
        return Err(UserError::Refused(text::already_purged(case_id)).into());
    }
    Ok(())
}

/// The held Kela hour the conclusions are about: the one named, or the case's latest held one.
fn held_kela_hour(tx: &Tx, case: &Case, meeting: Option<i64>) -> Result<Booking> {
    let booking = match meeting {
        Some(id) => meeting_of(tx, &case.id, id)?,
        None => schedule::for_case(tx, &case.id)?
            .into_iter()
            .rev()
            .find(|b| b.kind == MeetingKind::Kela && b.status == BookingStatus::Held)
            .ok_or_else(|| UserError::Refused(text::no_kela_hour_held(&case.id)))?,
    };
    if booking.kind != MeetingKind::Kela {
        let message = text::not_a_kela_hour(booking.id, booking.kind);
        return Err(UserError::invalid("--meeting", message).into());
    }
    if booking.status != BookingStatus::Held {
        return Err(
            UserError::Refused(text::kela_hour_not_held(booking.id, booking.status)).into(),
        );
    }
    Ok(booking)
}

/// Records the items for the case at its held Kela hour, after any already recorded.
pub fn conclude(
    session: &mut Session,
    case_id: &str,
    meeting: Option<i64>,
    items: &[Item],
) -> Result<Concluded> {
    session.write(|tx, author| {
        let case = case(tx, case_id)?;
        refuse_if_purged(tx, case_id)?;
        super::refuse_if_withdrawn(tx, case_id)?;
        let booking = held_kela_hour(tx, &case, meeting)?;
        let held_on = booking.start().date();
        if items.is_empty() {
            return Err(UserError::Missing {
                flags: text::KELA_ITEM_FLAGS
                    .iter()
                    .map(|f| f.to_string())
                    .collect(),
            }
            .into());
        }
        for item in items {
            if item.due_on.is_some_and(|due| due < held_on) {
                return Err(UserError::invalid("--due", text::due_before_hour(held_on)).into());
            }
        }
        let known = db::for_case(tx, case_id)?;
        for item in items.iter().filter(|i| i.statement.is_some()) {
            let twice = items
                .iter()
                .filter(|i| i.statement == item.statement)
                .count()
                > 1;
            let already = known
                .iter()
                .any(|k| k.meeting == booking.id && k.statement == item.statement);
            if twice || already {
                let statement = item.statement.map_or("", |s| s.as_str());
                let message = text::kela_statement_twice(statement, booking.id);
                return Err(UserError::invalid("--statement", message).into());
            }
        }
        let last = db::last_position(tx, case_id, booking.id)?;
        if last + items.len() as u32 > MAX_ITEMS {
            let message = text::too_many_conclusions(MAX_ITEMS, last);
            return Err(UserError::invalid("--benefit", message).into());
        }
        let mut recorded = Vec::new();
        for (n, item) in items.iter().enumerate() {
            let conclusion = KelaConclusion {
                id: 0,
                meeting: booking.id,
                position: last + n as u32 + 1,
                kind: item.kind,
                statement: item.statement,
                text: item.text.clone(),
                responsible: item.responsible.clone(),
                due_on: item.due_on,
                planned_in: None,
                recorded_by: author.actor.clone(),
                recorded_at: author.at,
            };
            db::insert(tx, case_id, &conclusion)?;
            recorded.push(conclusion);
        }
        // The codes are chained as they are; the items with their texts ride on the entry as
        // personal text (EventKind::personal_fields).
        let detail = serde_json::json!({
            "meeting": booking.id,
            "starts_at": crate::clock::minute::text(booking.starts_at),
            "kinds": recorded.iter().map(|c| c.kind).collect::<Vec<_>>(),
            "statements": recorded.iter().filter_map(|c| c.statement).collect::<Vec<_>>(),
            "items": recorded.iter().map(|c| serde_json::json!({
                "position": c.position, "kind": c.kind, "statement": c.statement,
                "text": c.text, "responsible": c.responsible, "due_on": c.due_on,
            })).collect::<Vec<_>>(),
        });
        events::append(
            tx,
            author,
            case_id,
            EventKind::KelaConcluded,
            detail,
            held_on,
        )?;
        log_change(tx, author, &case, "kela-outcome")?;
        Ok(Concluded {
            case: case_id.to_string(),
            meeting: booking.id,
            starts_at: booking.starts_at,
            conclusions: recorded,
        })
    })
}

/// The conclusions not yet taken into the plan, to offer at the terminal when the plan is
/// edited; none when the plan cannot be edited. Showing them is a view of the client's data.
pub fn pending(session: &mut Session, case_id: &str) -> Result<Vec<KelaConclusion>> {
    session.write(|tx, author| {
        let case = case(tx, case_id)?;
        if matches!(case.phase, Phase::Referred | Phase::Closed) {
            return Ok(Vec::new());
        }
        let pending = db::pending(tx, case_id)?;
        if !pending.is_empty() {
            log_view(tx, author, &case, "plan", None)?;
        }
        Ok(pending)
    })
}

/// The conclusions a plan change takes in, inside its transaction.
pub(crate) fn take(tx: &Tx, case_id: &str, from: &FromKela) -> Result<Vec<KelaConclusion>> {
    let pending = db::pending(tx, case_id)?;
    match from {
        FromKela::Nothing => Ok(Vec::new()),
        FromKela::All if pending.is_empty() => {
            Err(UserError::Refused(text::nothing_from_kela(case_id)).into())
        }
        FromKela::All => Ok(pending),
        FromKela::Chosen(ids) => Ok(pending
            .into_iter()
            .filter(|c| ids.contains(&c.id))
            .collect()),
    }
}

/// A conclusion as an agreed action of the plan: what, who (or "to be agreed"), by when.
pub(crate) fn as_action(c: &KelaConclusion) -> Action {
    Action {
        what: text::kela_action(c.kind, c.statement, c.text.as_deref()),
        who: c
            .responsible
            .clone()
            .unwrap_or_else(|| text::kela_who_open().to_string()),
        due_on: c.due_on,
        status: ActionStatus::Open,
    }
}

/// Marks the conclusions as taken in by plan version `version`.
pub(crate) fn mark_planned(tx: &Tx, taken: &[KelaConclusion], version: u32) -> Result<()> {
    for c in taken {
        db::mark_planned(tx, c.id, version)?;
    }
    Ok(())
}
