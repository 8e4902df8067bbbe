//! Erasure without breaking the chains (`moty purge`): a closed case's identifiable content is
//! erased — for one case with a reason, or for every case closed before a date when its
//! retention period has ended. The purge is itself an event on the case's timeline; what stays is
//! listed in store::purge. After the transaction the write-ahead log is checkpointed and emptied,
//! so no erased text is left in the register's files (secure_delete zeroes freed space).

use anyhow::Result;
use chrono::NaiveDate;
use serde::Serialize;

use super::{case, log_change, Session};
use crate::domain::{EventKind, Phase, PurgeReason};
use crate::error::UserError;
use crate::store::{events, purge, Author, Tx};
use crate::text;

/// What purging one case did.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct Purged {
    pub case: String,
    /// Texts of the timeline and the access log erased (their commitments stay in the chains).
    pub texts_erased: i64,
    /// The client's identity was erased too (no unpurged case of theirs remains).
    pub client_erased: bool,
}

/// Which cases to purge.
#[derive(Debug, Clone)]
pub enum Which {
    One(String),
    ClosedBefore(NaiveDate),
    /// Every case whose retention period (the register's setting) has ended by today.
    Due,
}

fn purge_in(
    tx: &Tx,
    author: &Author,
    case_id: &str,
    reason: PurgeReason,
    note: Option<&str>,
    on: NaiveDate,
) -> Result<Purged> {
    let case = case(tx, case_id)?;
    if case.phase != Phase::Closed {
        return Err(UserError::Refused(text::purge_open_case(case_id)).into());
    }
    if purge::is_purged(tx, case_id)? {
        return Err(UserError::Refused(text::already_purged(case_id)).into());
    }
    let detail = serde_json::json!({ "reason": reason, "note": note });
    events::append(tx, author, case_id, EventKind::CasePurged, detail, on)?;
    let event = purge::last_event(tx)?;
    let erased = purge::erase_case(tx, case_id, case.client_id, event, on)?;
    log_change(tx, author, &case, "purge")?;
    Ok(Purged {
        case: case_id.to_string(),
        texts_erased: erased.texts,
        client_erased: erased.client,
    })
}

/// The first closing date still inside a retention period of `years` on `today`: a case closed
/// before it is due. (29 February falls back to 28 February in a year without it.)
pub fn retention_start(today: NaiveDate, years: u32) -> NaiveDate {
    today
        .checked_sub_months(chrono::Months::new(years.saturating_mul(12)))
        .unwrap_or(NaiveDate::MIN)
}

/// Purges the cases `which` names, all in one transaction, then empties the write-ahead log.
pub fn purge(
    session: &mut Session,
    which: &Which,
    reason: PurgeReason,
    note: Option<&str>,
) -> Result<Vec<Purged>> {
    let on = session.today();
    let done = session.write(|tx, author| {
        let cases = match which {
            Which::One(case_id) => vec![case_id.clone()],
            Which::ClosedBefore(before) => purge::closed_before(tx, *before)?,
            Which::Due => {
                let years = super::dpo::retention(tx)?
                    .ok_or_else(|| UserError::Refused(text::no_retention()))?;
                purge::closed_before(tx, retention_start(on, years))?
            }
        };
        let purged = cases
            .iter()
            .map(|case_id| purge_in(tx, author, case_id, reason, note, on))
            .collect::<Result<Vec<_>>>()?;
        if purged.iter().any(|p| p.client_erased) {
            purge::merge_search_index(tx)?;
        }
        Ok(purged)
    })?;
    purge::checkpoint(session.register())?;
    Ok(done)
}

/// Applies a purge again after a restore brought back a case purged after the backup was taken;
/// whether there was anything to purge.
pub(crate) fn reapply(
    tx: &Tx,
    author: &Author,
    case_id: &str,
    reason: PurgeReason,
    on: NaiveDate,
) -> Result<bool> {
    let Some(case) = crate::store::cases::get(tx, case_id)? else {
        return Ok(false);
    };
    if case.phase != Phase::Closed || purge::is_purged(tx, case_id)? {
        return Ok(false);
    }
    if purge_in(tx, author, case_id, reason, None, on)?.client_erased {
        purge::merge_search_index(tx)?;
    }
    Ok(true)
}
