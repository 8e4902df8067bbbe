//! Erasing a case's identifiable content (`moty purge`): what a person typed about the client,
//! and, once none of the client's cases remain unpurged, who the client is. Codes, dates, counts
//! and the professionals' names stay, so every figure is still computable and every chain still
//! verifies: the chains hold salted commitments to the erased texts, and `erasures` records which
//! purge erased each one.

use super::db::params;
use anyhow::{Context, Result};

use super::Tx;

/// The plan's append-only triggers, set aside for the one sanctioned change of a plan version:
/// erasing its personal text.
const PLAN_TRIGGERS: &[(&str, &str, &str)] = &[
    (
        "plan_versions_no_update",
        "plan_versions",
        "plan versions are never changed; write a new version",
    ),
    (
        "plan_needs_no_update",
        "plan_needs",
        "plan versions are never changed; write a new version",
    ),
    (
        "plan_actions_no_update",
        "plan_actions",
        "plan versions are never changed; write a new version",
    ),
    (
        "plan_pathways_no_update",
        "plan_pathways",
        "plan versions are never changed; write a new version",
    ),
];

/// What a purge erased.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Erased {
    /// Texts of the timeline and the access log (their commitments stay in the chains).
    pub texts: i64,
    /// Whether the client's identity was erased (no unpurged case of theirs remains).
    pub client: bool,
}

/// The closed cases a retention purge covers: closed before `before`, not yet purged.
pub fn closed_before(tx: &Tx, before: chrono::NaiveDate) -> Result<Vec<String>> {
    tx.prepare_cached(
        "SELECT id FROM cases WHERE phase = 'closed' AND closed_on < ?1 AND purged_on IS NULL
         ORDER BY year, seq",
    )?
    .query_map([before], |r| r.get(0))?
    .collect::<super::db::Result<_>>()
    .context("finding the cases to purge")
}

pub fn is_purged(tx: &Tx, case_id: &str) -> Result<bool> {
    tx.prepare_cached("SELECT purged_on IS NOT NULL FROM cases WHERE id = ?1")?
        .query_row([case_id], |r| r.get(0))
        .context("reading whether a case was purged")
}

/// Erases case `case_id`'s identifiable content inside the caller's transaction; `purge_event`
/// is the case's `case-purged` event, which the erasures name.
pub fn erase_case(
    tx: &Tx,
    case_id: &str,
    client_id: i64,
    purge_event: i64,
    on: chrono::NaiveDate,
) -> Result<Erased> {
    let c = tx;
    // The texts of the case's timeline (but the purge's own) and of its access-log rows.
    let mut texts = 0;
    let events: Vec<i64> = c
        .prepare("SELECT id FROM events WHERE case_id = ?1 AND id <> ?2")?
        .query_map(params![case_id, purge_event], |r| r.get(0))?
        .collect::<super::db::Result<_>>()?;
    let access: Vec<i64> = c
        .prepare("SELECT id FROM access_log WHERE case_id = ?1")?
        .query_map([case_id], |r| r.get(0))?
        .collect::<super::db::Result<_>>()?;
    for (log, ids) in [("events", events), ("access_log", access)] {
        for id in ids {
            let removed = c
                .prepare_cached("DELETE FROM log_texts WHERE log = ?1 AND row_id = ?2")?
                .execute(params![log, id])?;
            if removed > 0 {
                c.prepare_cached(
                    "INSERT INTO erasures (log, row_id, purge_event) VALUES (?1, ?2, ?3)",
                )?
                .execute(params![log, id, purge_event])?;
                texts += 1;
            }
        }
    }
    // What was typed about the client in the case's records. A required text becomes "-".
    c.execute(
        "UPDATE referrals SET reason = '-', referrer_name = NULL, referrer_contact = NULL
         WHERE case_id = ?1",
        [case_id],
    )?;
    c.execute(
        "UPDATE referral_signs SET other_text = '-' WHERE case_id = ?1 AND other_text IS NOT NULL",
        [case_id],
    )?;
    c.execute(
        "UPDATE consents SET scope = NULL,
             representative = CASE WHEN representative IS NULL THEN NULL ELSE '-' END
         WHERE case_id = ?1",
        [case_id],
    )?;
    c.execute(
        "UPDATE triage_decisions SET note = NULL,
             outcome = CASE WHEN outcome IS NULL THEN NULL ELSE '-' END
         WHERE case_id = ?1",
        [case_id],
    )?;
    c.execute(
        "UPDATE bookings SET status_note = NULL, video_link = NULL WHERE case_id = ?1",
        [case_id],
    )?;
    c.execute(
        "UPDATE team_request_units SET schedule = NULL WHERE case_id = ?1",
        [case_id],
    )?;
    c.execute(
        "UPDATE follow_ups SET note = NULL WHERE case_id = ?1",
        [case_id],
    )?;
    c.execute(
        "UPDATE feedback SET text = NULL WHERE case_id = ?1",
        [case_id],
    )?;
    c.execute(
        "UPDATE kela_conclusions SET responsible = NULL,
             text = CASE WHEN text IS NULL THEN NULL ELSE '-' END
         WHERE case_id = ?1",
        [case_id],
    )?;
    c.execute(
        "UPDATE estimates SET how = NULL WHERE case_id = ?1",
        [case_id],
    )?;
    c.execute(
        "UPDATE surveys SET text = NULL WHERE case_id = ?1",
        [case_id],
    )?;
    c.execute("DELETE FROM descriptions WHERE case_id = ?1", [case_id])?;
    if c.on_server() {
        // The plan's rows refuse every change; on a server the one exception is the owner's
        // function that erases a purged case's plan texts (006_triggers.sql), as the triggers
        // dropped and re-created below are the exception on a file.
        c.execute("SELECT moty.purge_plan_texts(?1)", [case_id])?;
    } else {
        for (trigger, _, _) in PLAN_TRIGGERS {
            c.execute(&format!("DROP TRIGGER {trigger}"), [])?;
        }
        c.execute(
            "UPDATE plan_versions SET resources = NULL, goals = NULL, note = NULL WHERE case_id = ?1",
            [case_id],
        )?;
        c.execute(
            "UPDATE plan_needs SET text = '-' WHERE case_id = ?1",
            [case_id],
        )?;
        c.execute(
            "UPDATE plan_actions SET what = '-', who = '-' WHERE case_id = ?1",
            [case_id],
        )?;
        c.execute(
            "UPDATE plan_pathways SET purpose = NULL WHERE case_id = ?1",
            [case_id],
        )?;
        for (trigger, table, message) in PLAN_TRIGGERS {
            c.execute(
                &format!(
                    "CREATE TRIGGER {trigger} BEFORE UPDATE ON {table}
BEGIN SELECT RAISE(ABORT, '{message}'); END"
                ),
                [],
            )?;
        }
    }
    c.execute(
        "UPDATE cases SET purged_on = ?2 WHERE id = ?1",
        params![case_id, on],
    )?;
    // The client's identity goes once no case of theirs holds anything unpurged.
    let unpurged: i64 = c.query_row(
        "SELECT count(*) FROM cases WHERE client_id = ?1 AND purged_on IS NULL",
        [client_id],
        |r| r.get(0),
    )?;
    let client = unpurged == 0;
    if client {
        c.execute(
            "UPDATE clients SET name = '-', name_folded = '-', hetu = NULL, hetu_temporary = FALSE,
                 phone = NULL, phone_digits = NULL, interpreter = NULL
             WHERE id = ?1",
            [client_id],
        )?;
    }
    Ok(Erased { texts, client })
}

/// After clients were erased: the file's trigram index (migration 8) merged into one segment, so
/// the erased names' trigrams, which it had only marked deleted, are gone from it too (and
/// `secure_delete` zeroes the pages they were on). A server's GIN index drops them on its own
/// (VACUUM), as it does the table's old row versions.
pub fn merge_search_index(tx: &Tx) -> Result<()> {
    if !tx.on_server() {
        tx.execute(
            "INSERT INTO client_search (client_search) VALUES ('optimize')",
            [],
        )
        .context("merging the search index")?;
    }
    Ok(())
}

/// Every purge's erasures, as the purge events recorded them: (purge event, erased count).
pub fn erased_by(tx: &Tx, purge_event: i64) -> Result<i64> {
    tx.prepare_cached("SELECT count(*) FROM erasures WHERE purge_event = ?1")?
        .query_row([purge_event], |r| r.get(0))
        .context("counting a purge's erasures")
}

/// The id of the newest event (the purge event just appended).
pub fn last_event(tx: &Tx) -> Result<i64> {
    Ok(super::chain::head(tx, super::chain::Log::Events)?.0)
}

/// Moves the erased content out of the write-ahead log into the file (secure_delete has zeroed
/// the freed space) and empties the log, so no erased text stays on disk in the WAL.
pub fn checkpoint(register: &mut super::Register) -> Result<()> {
    // A server keeps its own write-ahead log; what it holds of erased text is the server's
    // to recycle (the deployment guide says how its backups age out).
    if register.on_server() {
        return Ok(());
    }
    register
        .file()?
        .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
        .context("checkpointing the write-ahead log after the purge")
}

/// The purged cases and why (the `reason` of their newest `case-purged` entry).
pub fn purged_cases(tx: &Tx) -> Result<Vec<(String, String)>> {
    tx.prepare(
        "SELECT c.id, coalesce(json_extract(
             (SELECT e.detail FROM events e WHERE e.case_id = c.id AND e.kind = 'case-purged'
              ORDER BY e.id DESC LIMIT 1), '$.reason'), 'other')
         FROM cases c WHERE c.purged_on IS NOT NULL ORDER BY c.year, c.seq",
    )?
    .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
    .collect::<super::db::Result<_>>()
    .context("reading the purged cases")
}

/// Whether the client and the case a carried access-log row names exist (a restore can only
/// carry a row whose references hold).
pub fn references_hold(tx: &Tx, client_id: Option<i64>, case_id: Option<&str>) -> Result<bool> {
    let client = match client_id {
        Some(id) => tx
            .prepare_cached("SELECT count(*) > 0 FROM clients WHERE id = ?1")?
            .query_row([id], |r| r.get(0))?,
        None => true,
    };
    let case = match case_id {
        Some(id) => tx
            .prepare_cached("SELECT count(*) > 0 FROM cases WHERE id = ?1")?
            .query_row([id], |r| r.get(0))?,
        None => true,
    };
    Ok(client && case)
}
