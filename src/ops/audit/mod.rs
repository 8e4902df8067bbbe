//! The logs: the client's right to know (Client Data Act 703/2023 §11) — who viewed or changed a
//! client's data —, what left the register, and checking the hash chains.

use std::path::Path;

use anyhow::Result;
use serde::Deserialize;

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
            .then(|| verify_records(tx))
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

/// Checks the records the operations keep beside the timeline against the chained timeline: each
/// case's phase and its dates, each consent's kind, method and dates, each plan version's
/// content, and each client's identity and contact details (the last two against the snapshots
/// the timeline holds as committed text; a purge erases those, and entries made before schema 4
/// have none). An edit of those tables made outside moty is found here even though they are not
/// chains themselves. Reported as the pseudo-log "records".
fn verify_records(tx: &crate::store::Tx) -> Result<Verified> {
    use crate::domain::{EventKind, Phase};
    use crate::store::{cases, clients, consents, events, plan};
    let mut checked = 0;
    let mut problem: Option<String> = None;
    let mut fail = |what: String| {
        problem.get_or_insert(what);
    };
    // Per client, the newest snapshot (by entry order) on any of their cases' timelines.
    let mut latest_client: std::collections::BTreeMap<i64, (i64, serde_json::Value)> =
        std::collections::BTreeMap::new();
    for case_id in cases::all_ids(tx)? {
        let Some(case) = cases::get(tx, &case_id)? else {
            continue;
        };
        let timeline = events::for_case(tx, &case_id)?;
        checked += 1;
        // The phase and since when: the last entry that moved the case.
        let moved = timeline
            .iter()
            .filter(|e| e.detail.get("phase").is_some())
            .max_by_key(|e| e.id);
        if let Some(last) = moved {
            let phase = last.detail["phase"].as_str().unwrap_or("");
            if phase != case.phase.as_str() || last.effective_on != case.phase_since {
                fail(text::record_differs("case", &case_id, "phase"));
            }
        }
        if let Some(opened) = timeline.iter().find(|e| e.kind == EventKind::CaseOpened) {
            if opened.effective_on != case.opened_on {
                fail(text::record_differs("case", &case_id, "opened_on"));
            }
        }
        // The case's own follow-up interval: as the last entry that set it says (none: the team's).
        let interval = timeline
            .iter()
            .filter(|e| e.kind == EventKind::FollowUpIntervalSet)
            .max_by_key(|e| e.id)
            .and_then(|e| e.detail["weeks"].as_u64());
        if interval != case.follow_up_weeks.map(u64::from) {
            fail(text::record_differs("case", &case_id, "follow_up_weeks"));
        }
        if case.phase == Phase::Closed && case.closed_on.is_none() {
            fail(text::record_differs("case", &case_id, "closed_on"));
        }
        // Each consent against the entries that gave, withdrew and sent it.
        let of = |kind: EventKind, id: i64| {
            timeline
                .iter()
                .filter(move |e| e.kind == kind && e.detail["consent"].as_i64() == Some(id))
                .map(|e| e.effective_on)
                .max()
        };
        for consent in consents::for_case(tx, &case_id)? {
            checked += 1;
            let given = timeline.iter().find(|e| {
                e.kind == EventKind::ConsentGiven
                    && e.detail["consent"].as_i64() == Some(consent.id)
            });
            // Who gave it on the client's behalf: the authority is a chained code; the name is
            // compared while the entry still holds it (a purge erases both).
            let fits = given.is_some_and(|e| {
                e.effective_on == consent.given_on
                    && e.detail["kind"].as_str() == Some(consent.kind.as_str())
                    && e.detail["method"].as_str() == Some(consent.method.as_str())
                    && e.detail["authority"].as_str() == consent.authority.map(|a| a.as_str())
                    && e.detail["representative"]
                        .as_str()
                        .is_none_or(|name| consent.representative.as_deref() == Some(name))
            });
            if !fits
                || of(EventKind::ConsentWithdrawn, consent.id) != consent.withdrawn_on
                || of(EventKind::KelaFormSent, consent.id) != consent.sent_to_kela_on
            {
                fail(text::record_differs(
                    "consent",
                    &consent.id.to_string(),
                    "consent",
                ));
            }
        }
        // Each plan version against its snapshot.
        for version in plan::versions(tx, &case_id)? {
            checked += 1;
            let entry = timeline.iter().find(|e| {
                e.kind == EventKind::PlanChanged
                    && e.detail["version"].as_u64() == Some(u64::from(version))
            });
            let Some(entry) = entry else {
                fail(text::record_differs("plan", &case_id, &version.to_string()));
                continue;
            };
            if let (Some(snapshot), Some(stored)) =
                (entry.detail.get("plan"), plan::get(tx, &case_id, version)?)
            {
                if !snapshot.is_null() && *snapshot != stored.snapshot() {
                    fail(text::record_differs("plan", &case_id, &version.to_string()));
                }
            }
        }
        // The newest snapshot of the client on this case's timeline.
        for entry in &timeline {
            if let Some(client) = entry.detail.get("client").filter(|c| !c.is_null()) {
                let newer = latest_client
                    .get(&case.client_id)
                    .is_none_or(|(id, _)| entry.id > *id);
                if newer {
                    latest_client.insert(case.client_id, (entry.id, client.clone()));
                }
            }
        }
    }
    for (client_id, (_, snapshot)) in latest_client {
        checked += 1;
        if clients::get(tx, client_id)?.snapshot() != snapshot {
            fail(text::record_differs(
                "client",
                &client_id.to_string(),
                "client",
            ));
        }
    }
    // The consultations (no case until linked): their own hashes, and each link against its
    // timeline entry.
    let (consultations, found) = super::consult::verify_in(tx)?;
    checked += consultations;
    if let Some(found) = found {
        fail(found);
    }
    Ok(Verified {
        log: "records",
        rows: checked,
        of: None,
        head: String::new(),
        broken_at: problem.as_ref().map(|_| 0),
        problem,
        earlier_than_previous: 0,
        clock_overridden: 0,
    })
}
