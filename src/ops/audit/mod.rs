//! The logs: the client's right to know (Client Data Act 703/2023 §11) — who viewed or changed a
//! client's data —, what left the register, and checking the hash chains.

use std::path::Path;

use anyhow::Result;
use serde::Deserialize;

mod records;

use super::{case, log_view, Session};
use crate::domain::records::{AccessRow, Disclosure};
use crate::error::UserError;
use crate::store::chain::{self, Log, Verified};
use crate::store::file::LogHead;
use crate::store::report;
use crate::text;

/// Who viewed or changed the data of the client of a case; reading it is itself an access.
pub fn access(session: &mut Session, case_id: &str) -> Result<Vec<AccessRow>> {
    session.write(|tx, author| {
        let case = case(tx, case_id)?;
        let rows = report::access_of_client(tx, case.client_id)?;
        log_view(tx, author, &case, "audit access", None)?;
        Ok(rows)
    })
}

pub fn disclosures(session: &mut Session) -> Result<Vec<Disclosure>> {
    session.write(|tx, _| report::disclosures(tx))
}

/// The part of a backup manifest `verify` reads: the heads it recorded.
#[derive(Debug, Deserialize)]
struct Recorded {
    logs: Vec<LogHead>,
}

/// Whether `text` is a SHA-256 hash in hex (64 digits, either case), as moty prints a head.
fn is_hash(text: &str) -> bool {
    <[u8; 32] as hex::FromHex>::from_hex(text).is_ok()
}

/// Reads a head as printed in an export: `LOG:ROWS:HASH`.
pub fn parse_head(text: &str) -> Result<LogHead, UserError> {
    let parts: Vec<&str> = text.trim().split(':').collect();
    let head = match parts.as_slice() {
        [log, rows, hash] if Log::from_table(log).is_some() && is_hash(hash) => rows
            .parse::<i64>()
            .ok()
            .filter(|r| *r >= 0)
            .map(|rows| LogHead {
                log: log.to_string(),
                rows,
                head: hash.to_ascii_lowercase(),
            }),
        _ => None,
    };
    head.ok_or_else(|| UserError::invalid("--head", text::head_shape(text)))
}

/// Reads the heads recorded in a manifest (a backup's, or an export's).
pub fn recorded_heads(path: &Path) -> Result<Vec<LogHead>> {
    let file =
        std::fs::File::open(path).map_err(|_| UserError::NotFound(text::cannot_read(path)))?;
    let bytes = crate::files::read_limited(file, crate::files::MANIFEST_LIMIT, "--manifest")?;
    let recorded: Recorded = serde_json::from_slice(&bytes)
        .map_err(|e| UserError::invalid("--manifest", e.to_string()))?;
    // A manifest is read as evidence; one that could not have been written by moty (a negative
    // count, a log moty does not keep, a head that is not a hash, a log twice) is refused rather
    // than compared, so a typo cannot pass as "nothing removed".
    let known: Vec<&str> = Log::ALL.iter().map(|l| l.table()).collect();
    for (i, head) in recorded.logs.iter().enumerate() {
        if !known.contains(&head.log.as_str()) {
            let message = text::one_of(&head.log, &known);
            return Err(UserError::invalid("--manifest", text::manifest_log(message)).into());
        }
        if head.rows < 0 {
            return Err(UserError::invalid(
                "--manifest",
                text::manifest_count(&head.log, head.rows),
            )
            .into());
        }
        if !is_hash(&head.head) || recorded.logs[..i].iter().any(|h| h.log == head.log) {
            return Err(UserError::invalid("--manifest", text::manifest_head(&head.log)).into());
        }
    }
    Ok(recorded.logs)
}

/// Whether the row a recorded head names still has that hash: today's, or — for a head printed
/// before a chain-format change — the format-1 hash the row kept, within the rows the recorded
/// re-anchor covered.
fn recorded_head_holds(tx: &crate::store::Tx, log: Log, head: &LogHead) -> Result<bool> {
    if chain::hash_at(tx, log, head.rows)?.as_deref() == Some(head.head.as_str()) {
        return Ok(true);
    }
    let covered = chain::anchors(tx, log)?
        .iter()
        .any(|a| a.reason == "chain-format" && head.rows <= a.old_rows);
    Ok(covered && chain::hash_v1_at(tx, log, head.rows)?.as_deref() == Some(head.head.as_str()))
}

/// Verifies the chains; with recorded heads, also that every row recorded there is still there
/// as it was. Sorted by log name.
pub fn verify(session: &mut Session, recorded: Option<&[LogHead]>) -> Result<Vec<Verified>> {
    let mut results = session.read(|tx| {
        let mut results = Vec::new();
        for log in Log::ALL {
            let mut v = chain::verify(tx, log)?;
            // The disclosure log's legal bases, kept beside it and bound to its rows.
            if log == Log::Disclosure && v.problem.is_none() {
                if let Some((row, problem)) = crate::store::access::check_bases(tx)? {
                    v.broken_at = Some(row);
                    v.problem = Some(text::basis_problem(row, &problem));
                }
            }
            if let Some(head) = recorded.and_then(|r| r.iter().find(|h| h.log == v.log)) {
                if v.problem.is_none() && v.rows < head.rows {
                    v.broken_at = Some(v.rows + 1);
                    v.problem = Some(text::chain_truncated(head.rows, v.rows));
                } else if v.problem.is_none()
                    && head.rows > 0
                    && !recorded_head_holds(tx, log, head)?
                {
                    v.broken_at = Some(head.rows);
                    v.problem = Some(text::chain_rewritten());
                }
            }
            results.push(v);
        }
        Ok(results)
    })?;
    // The records are checked by whoever reads them (on a server the auditor reads the logs).
    if let Some(records) = session.read(|tx| {
        crate::store::teams::reads_cases(tx)?
            .then(|| records::verify(tx).and_then(|v| kept_with_cases(tx, v)))
            .transpose()
    })? {
        results.push(records);
    }
    // What this user saw before must still be there, whatever the file alone says.
    for (log, row, message) in session.check_witness()? {
        if let Some(v) = results.iter_mut().find(|v| v.log == log.table()) {
            if v.problem.is_none() {
                v.broken_at = Some(row);
                v.problem = Some(message);
            }
        }
    }
    results.sort_by_key(|v| v.log);
    Ok(results)
}

/// Checks what the cases keep for the work list (migration 11) against the records it is kept
/// from: an edit that hid a case from the consents to collect, the plans without a key worker or
/// the follow-ups due is found.
fn kept_with_cases(tx: &crate::store::Tx, mut records: Verified) -> Result<Verified> {
    if records.problem.is_some() {
        return Ok(records);
    }
    let wrong = match crate::store::work_list::asked_kept_wrong(tx)? {
        Some(found) => Some(found),
        None => crate::store::cases::follow_up_due_kept_wrong(tx)?.map(|c| (c, "follow_up_due")),
    };
    if let Some((case, what)) = wrong {
        records.broken_at = Some(0);
        records.problem = Some(text::record_differs("case", &case, what));
    }
    Ok(records)
}

/// Marks every log whose head, as a signed checkpoint recorded it, no longer holds.
pub fn check_signed(
    session: &mut Session,
    heads: &super::checkpoint::Heads,
    results: &mut [Verified],
) -> Result<()> {
    let failed = session.read(|tx| {
        let mut failed = Vec::new();
        for head in &heads.logs {
            let Some(log) = Log::from_table(&head.log) else {
                continue;
            };
            if !chain::still_holds(tx, log, head.rows, &head.head)? {
                failed.push((log, head.rows));
            }
        }
        Ok(failed)
    })?;
    for (log, rows) in failed {
        if let Some(v) = results.iter_mut().find(|v| v.log == log.table()) {
            if v.problem.is_none() {
                v.broken_at = Some(rows);
                v.problem = Some(text::checkpoint_not_held(&heads.at));
            }
        }
    }
    Ok(())
}
