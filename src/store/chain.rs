//! Tamper evidence for the append-only logs: every row of the timeline, the access log, the
//! disclosure log and the re-anchor log carries sha256(previous row's hash, this row's id and
//! values). Triggers refuse UPDATE and DELETE; someone who drops them still cannot edit, remove
//! or reorder a row without `moty audit verify` finding where. Truncation is caught against a
//! recorded head and count (backup manifests, export footers).
//!
//! Chain format 2 (schema 4 on): a row's personal free text (a note, a reason, an outcome) is not
//! hashed itself. It lives in `log_texts` with a random 16-byte salt, and the row hashes its
//! salted commitment `text_hash = sha256(salt ‖ text)`. A purge can then erase the text (and its
//! salt, so a guess cannot be confirmed against the hash) while every chain still verifies: the
//! commitment stays, and the erasure is recorded in `erasures`, naming the purge that did it.
//! Rows written before format 2 keep their format-1 hash in `hash_v1`, so heads printed before the
//! change stay checkable; the change itself is a row of the `anchors` log naming both heads.

use super::db::Value;
use super::db::{params, OptionalExtension};
use anyhow::{Context, Result};
use sha2::{Digest, Sha256};

use super::Tx;

pub(super) use super::chain_append::SERVER_STAMPED;
pub use super::chain_append::{append, append_all};
pub use crate::domain::records::Verified;

/// The hash before the first row.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// The chained logs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Log {
    Events,
    Access,
    Disclosure,
    /// Legitimate breaks of the other chains (a chain-format change, a restore, an import), each
    /// naming the heads before and after.
    Anchors,
}

impl Log {
    pub const ALL: [Log; 4] = [Log::Events, Log::Access, Log::Disclosure, Log::Anchors];

    pub fn table(self) -> &'static str {
        match self {
            Log::Events => "events",
            Log::Access => "access_log",
            Log::Disclosure => "disclosure_log",
            Log::Anchors => "anchors",
        }
    }

    pub fn from_table(table: &str) -> Option<Log> {
        Log::ALL.into_iter().find(|log| log.table() == table)
    }

    /// The chained columns of format 2, in the order they are hashed: who acted (`actor`, as
    /// given with `--as`, and `os_user`, the operating-system login that ran the command), the
    /// `clock` (`system`, or `override` when MOTY_NOW set the time), and `text_hash` last where the
    /// log has personal text.
    pub(super) fn columns(self) -> &'static [&'static str] {
        match self {
            Log::Events => &[
                "case_id",
                "kind",
                "detail",
                "effective_on",
                "entered_at",
                "actor",
                "os_user",
                "clock",
                "text_hash",
            ],
            Log::Access => &[
                "at",
                "actor",
                "command",
                "action",
                "client_id",
                "case_id",
                "os_user",
                "clock",
                "text_hash",
            ],
            Log::Disclosure => &[
                "at",
                "actor",
                "what",
                "recipient",
                "cases",
                "os_user",
                "clock",
            ],
            Log::Anchors => &[
                "at", "actor", "reason", "log", "old_rows", "old_head", "new_rows", "new_head",
                "detail",
            ],
        }
    }

    /// Whether rows of this log can carry personal text in `log_texts`.
    pub fn has_text(self) -> bool {
        matches!(self, Log::Events | Log::Access)
    }
}

/// The hash of a row: the previous hash, the row's id and its values, separated by 0x1f (a
/// NULL is one 0x00 byte, so it differs from an empty text). Public so that an auditor's own
/// tools (and the tests that play an attacker) can recompute a chain.
pub fn digest(previous: &str, id: i64, values: &[Value]) -> String {
    let mut hasher = Sha256::new();
    hasher.update(previous.as_bytes());
    hasher.update(format!("\x1f{id}").as_bytes());
    for value in values {
        hasher.update(b"\x1f");
        match value {
            Value::Null => hasher.update(b"\x00"),
            Value::Integer(i) => hasher.update(i.to_string().as_bytes()),
            Value::Real(r) => hasher.update(r.to_string().as_bytes()),
            Value::Text(t) => hasher.update(t.as_bytes()),
            Value::Blob(b) => hasher.update(b),
        }
    }
    hex::encode(hasher.finalize())
}

/// The salted commitment to a personal text.
pub(crate) fn commitment(salt: &[u8], text: &str) -> String {
    let mut hasher = Sha256::new();
    hasher.update(salt);
    hasher.update(text.as_bytes());
    hex::encode(hasher.finalize())
}

/// Fresh randomness for a salt.
pub(crate) fn salt() -> Result<[u8; 16]> {
    let mut salt = [0u8; 16];
    getrandom::fill(&mut salt).map_err(|e| anyhow::anyhow!("reading system randomness: {e}"))?;
    Ok(salt)
}

/// The last row's id and hash (0 and the genesis hash for an empty log). On a server, from
/// `moty.chain_heads()`: a coordinator sees only their team's rows, the head is the whole chain's.
pub fn head(tx: &Tx, log: Log) -> Result<(i64, String)> {
    if tx.on_server() {
        return tx
            .prepare_cached("SELECT rows, head FROM chain_heads() WHERE log = ?1")?
            .query_row([log.table()], |r| Ok((r.get(0)?, r.get(1)?)))
            .context("reading the head of a log");
    }
    tx.prepare_cached(&format!(
        "SELECT id, hash FROM {0} WHERE id = (SELECT max(id) FROM {0})",
        log.table()
    ))?
    .query_row([], |r| Ok((r.get(0)?, r.get(1)?)))
    .optional()
    .map(|row| row.unwrap_or((0, GENESIS.to_string())))
    .context("reading the head of a log")
}

/// The personal text of a row, if it has one and it was not erased.
pub fn text(tx: &Tx, log: Log, id: i64) -> Result<Option<String>> {
    tx.prepare_cached("SELECT body FROM log_texts WHERE log = ?1 AND row_id = ?2")?
        .query_row(params![log.table(), id], |r| r.get(0))
        .optional()
        .context("reading a log row's text")
}

/// Walks a log from its first row, recomputing every hash, and checks every personal text
/// against its commitment: a text may be missing only where a purge recorded its erasure.
///
/// On a server each row is checked against the row before it as `moty.chain_links()` gives it
/// (ids and hashes only), so that a coordinator, who sees their team's rows, checks every row
/// they see; `of` then says how many rows the whole chain has (the auditor walks it all).
pub fn verify(tx: &Tx, log: Log) -> Result<Verified> {
    let columns = log.columns();
    let on_server = tx.on_server();
    let sql = if on_server {
        format!(
            "SELECT t.id, t.hash, {} , l.previous_id, l.previous FROM {} t
             JOIN chain_links(?1) l ON l.id = t.id ORDER BY t.id",
            columns
                .iter()
                .map(|c| format!("t.{c}"))
                .collect::<Vec<_>>()
                .join(", "),
            log.table()
        )
    } else {
        format!(
            "SELECT id, hash, {} FROM {} ORDER BY id",
            columns.join(", "),
            log.table()
        )
    };
    let arguments = if on_server {
        vec![Value::Text(log.table().to_string())]
    } else {
        Vec::new()
    };
    // Where the entry time and the clock marker are among the chained columns.
    let time_column = columns
        .iter()
        .position(|c| *c == "entered_at" || *c == "at");
    let clock_column = columns.iter().position(|c| *c == "clock");
    let (mut last_time, mut earlier, mut overridden) = (String::new(), 0, 0);
    let (mut previous, mut expected_id, mut count) = (GENESIS.to_string(), 1, 0);
    let mut broken = None;
    // The log is walked row by row as it is read (a ten-year log does not fit in memory).
    tx.for_each(&sql, arguments, |row| {
        let id: i64 = row.get(0)?;
        let stored: String = row.get(1)?;
        let values: Vec<Value> = (0..columns.len())
            .map(|i| row.get(i + 2))
            .collect::<super::db::Result<_>>()?;
        if on_server {
            // The row before, whoever's it is.
            let before: i64 = row.get(columns.len() + 2)?;
            expected_id = before + 1;
            previous = row.get(columns.len() + 3)?;
        }
        count += 1;
        if let Some(Value::Text(at)) = time_column.map(|i| &values[i]) {
            if *at < last_time {
                earlier += 1;
            }
            last_time.clone_from(at);
        }
        if let Some(Value::Text(clock)) = clock_column.map(|i| &values[i]) {
            overridden += i64::from(clock == "override");
        }
        if broken.is_none() {
            if id != expected_id {
                broken = Some((id, crate::text::chain_gap(expected_id, id)));
            } else if digest(&previous, id, &values) != stored {
                broken = Some((id, crate::text::chain_edited()));
            } else if let (true, Some(Value::Text(committed))) = (log.has_text(), values.last()) {
                let text: Option<(Vec<u8>, String)> = tx
                    .prepare_cached(
                        "SELECT salt, body FROM log_texts WHERE log = ?1 AND row_id = ?2",
                    )?
                    .query_row(params![log.table(), id], |r| Ok((r.get(0)?, r.get(1)?)))
                    .optional()?;
                let erased = || {
                    tx.prepare_cached("SELECT 1 FROM erasures WHERE log = ?1 AND row_id = ?2")?
                        .exists(params![log.table(), id])
                };
                match text {
                    Some((salt, body)) if commitment(&salt, &body) != *committed => {
                        broken = Some((id, crate::text::text_edited()));
                    }
                    Some(_) => {}
                    None if erased()? => {}
                    None => broken = Some((id, crate::text::text_removed())),
                }
            }
        }
        previous = stored;
        expected_id = id + 1;
        Ok(())
    })?;
    // On a server: the whole chain's head, and its length when not every row was seen.
    let (mut head, mut of) = (previous, None);
    if on_server {
        let (rows, last) = self::head(tx, log)?;
        if rows != count {
            of = Some(rows);
        }
        head = last;
    }
    Ok(Verified {
        log: log.table(),
        rows: count,
        of,
        head,
        broken_at: broken.as_ref().map(|b| b.0),
        problem: broken.map(|b| b.1),
        earlier_than_previous: earlier,
        clock_overridden: overridden,
    })
}

/// The hash of row `id`, to compare with a recorded head.
pub fn hash_at(tx: &Tx, log: Log, id: i64) -> Result<Option<String>> {
    if tx.on_server() {
        // Perhaps a row of another team's: its hash through moty.chain_hash().
        return tx
            .prepare_cached("SELECT chain_hash(?1, ?2)")?
            .query_row(params![log.table(), id], |r| r.get(0))
            .context("reading a log row");
    }
    tx.prepare(&format!("SELECT hash FROM {} WHERE id = ?1", log.table()))?
        .query_row([id], |r| r.get(0))
        .optional()
        .context("reading a log row")
}

/// The format-1 hash of row `id` (rows written before chain format 2), to check a head printed
/// before the change.
pub fn hash_v1_at(tx: &Tx, log: Log, id: i64) -> Result<Option<String>> {
    if log == Log::Anchors {
        return Ok(None);
    }
    tx.prepare(&format!(
        "SELECT hash_v1 FROM {} WHERE id = ?1",
        log.table()
    ))?
    .query_row([id], |r| r.get(0))
    .optional()
    .map(Option::flatten)
    .context("reading a log row's format-1 hash")
}

/// A legitimate break of a chain, as the re-anchor log records it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Anchor {
    pub reason: &'static str,
    pub log: Log,
    pub old_rows: i64,
    pub old_head: String,
    pub new_rows: i64,
    pub new_head: String,
    /// What the break was, as JSON (`{}` when there is nothing to add).
    pub detail: serde_json::Value,
}

/// Records a re-anchor: the chain `log` went from `old` to `new` for `reason`.
pub fn anchor(tx: &Tx, author: &super::Author, a: &Anchor) -> Result<()> {
    append(
        tx,
        Log::Anchors,
        vec![
            Value::Text(author.at.to_string()),
            Value::Text(author.actor.clone()),
            Value::Text(a.reason.to_string()),
            Value::Text(a.log.table().to_string()),
            Value::Integer(a.old_rows),
            Value::Text(a.old_head.clone()),
            Value::Integer(a.new_rows),
            Value::Text(a.new_head.clone()),
            Value::Text(a.detail.to_string()),
        ],
        None,
    )
    .map(|_| ())
}

/// The re-anchors of one log, oldest first.
pub fn anchors(tx: &Tx, log: Log) -> Result<Vec<Anchor>> {
    let mut stmt = tx.prepare_cached(
        "SELECT reason, old_rows, old_head, new_rows, new_head FROM anchors WHERE log = ?1
         ORDER BY id",
    )?;
    let rows = stmt.query_map([log.table()], |r| {
        let reason: String = r.get(0)?;
        Ok(Anchor {
            reason: match reason.as_str() {
                "chain-format" => "chain-format",
                "restore" => "restore",
                "import" => "import",
                _ => "other",
            },
            log,
            old_rows: r.get(1)?,
            old_head: r.get(2)?,
            new_rows: r.get(3)?,
            new_head: r.get(4)?,
            detail: serde_json::Value::Null,
        })
    })?;
    rows.collect::<super::db::Result<_>>()
        .context("reading the re-anchor log")
}

/// The register's identity (made by migration 3): with its path, what the witness remembers it by.
pub fn register_id(tx: &Tx) -> Result<String> {
    Ok(super::meta::get(tx, "register_id")?.unwrap_or_default())
}

/// Every log's head: (log, rows, head).
pub fn heads(tx: &Tx) -> Result<Vec<(Log, i64, String)>> {
    if tx.on_server() {
        // Every log's head in one round trip.
        let mut all: std::collections::HashMap<String, (i64, String)> = tx
            .prepare_cached("SELECT log, rows, head FROM chain_heads()")?
            .query_map([], |r| Ok((r.get(0)?, (r.get(1)?, r.get(2)?))))?
            .collect::<super::db::Result<_>>()
            .context("reading the heads of the logs")?;
        return Log::ALL
            .iter()
            .map(|log| {
                let (rows, head) = all
                    .remove(log.table())
                    .with_context(|| format!("no head for the log {}", log.table()))?;
                Ok((*log, rows, head))
            })
            .collect();
    }
    Log::ALL
        .iter()
        .map(|log| head(tx, *log).map(|(rows, hash)| (*log, rows, hash)))
        .collect()
}

/// Whether row `rows` of `log` still has `hash`: today's hash, or — for a head seen before a
/// chain-format change — the format-1 hash the row kept, within the rows the re-anchor covered.
pub fn still_holds(tx: &Tx, log: Log, rows: i64, hash: &str) -> Result<bool> {
    if rows == 0 {
        return Ok(true);
    }
    let found = hash_at(tx, log, rows)?;
    still_holds_found(tx, log, rows, hash, found.as_deref())
}

/// Whether each head seen, (log, rows, hash), still holds (`still_holds`): on a server the rows'
/// hashes are read in one call for all the logs (the witness's check at every command was a
/// round trip and a dynamic query per log, 3–4 ms a command), the rest only where one differs.
pub fn all_still_hold(tx: &Tx, seen: &[(Log, i64, &str)]) -> Result<Vec<bool>> {
    if !tx.on_server() {
        return seen
            .iter()
            .map(|(log, rows, hash)| still_holds(tx, *log, *rows, hash))
            .collect();
    }
    let row_of = |log: Log| {
        seen.iter()
            .find(|(l, rows, _)| *l == log && *rows > 0)
            .map(|(_, rows, _)| *rows)
    };
    let found: std::collections::HashMap<String, Option<String>> = tx
        .prepare_cached("SELECT log, hash FROM chain_hashes(?1, ?2, ?3, ?4)")?
        .query_map(
            params![
                row_of(Log::Events),
                row_of(Log::Access),
                row_of(Log::Disclosure),
                row_of(Log::Anchors)
            ],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?
        .collect::<super::db::Result<_>>()
        .context("reading the log rows the witness saw")?;
    seen.iter()
        .map(|(log, rows, hash)| match found.get(log.table()) {
            _ if *rows == 0 => Ok(true),
            Some(at) if row_of(*log) == Some(*rows) => {
                still_holds_found(tx, *log, *rows, hash, at.as_deref())
            }
            // A log seen twice: asked about one at a time.
            _ => still_holds(tx, *log, *rows, hash),
        })
        .collect()
}

/// `still_holds`, the hash of row `rows` already read (`found`).
fn still_holds_found(
    tx: &Tx,
    log: Log,
    rows: i64,
    hash: &str,
    found: Option<&str>,
) -> Result<bool> {
    if found == Some(hash) {
        return Ok(true);
    }
    let anchors = anchors(tx, log)?;
    // The head seen was exactly the one a recorded break (a restore, an import) replaced.
    if anchors
        .iter()
        .any(|a| a.old_rows == rows && a.old_head == hash)
    {
        return Ok(true);
    }
    let covered = anchors
        .iter()
        .any(|a| a.reason == "chain-format" && rows <= a.old_rows);
    Ok(covered && hash_v1_at(tx, log, rows)?.as_deref() == Some(hash))
}

/// A log row as `append` takes it back: the chained values (without `text_hash`) and its personal
/// text. What a restore carries into the restored register.
#[derive(Debug, Clone)]
pub struct LogRow {
    log: Log,
    /// The row's id in the log it was read from.
    id: i64,
    values: Vec<Value>,
    text: Option<String>,
}

impl LogRow {
    fn text_at(&self, column: &str) -> Option<&str> {
        let i = self.log.columns().iter().position(|c| *c == column)?;
        match self.values.get(i) {
            Some(Value::Text(t)) => Some(t),
            _ => None,
        }
    }

    /// The row's id in the log it was read from.
    pub fn id(&self) -> i64 {
        self.id
    }

    /// The timeline entry's kind.
    pub fn kind(&self) -> Option<&str> {
        self.text_at("kind")
    }

    /// The case the row names.
    pub fn case_id(&self) -> Option<&str> {
        self.text_at("case_id")
    }

    /// The client the row names.
    pub fn client_id(&self) -> Option<i64> {
        let i = self.log.columns().iter().position(|c| *c == "client_id")?;
        match self.values.get(i) {
            Some(Value::Integer(id)) => Some(*id),
            _ => None,
        }
    }

    /// Appends the row again, at the end of its log (a new id, a new hash, its text under a new
    /// salt).
    pub fn append_again(&self, tx: &Tx) -> Result<i64> {
        append(tx, self.log, self.values.clone(), self.text.as_deref())
    }
}

/// The rows of `log` after row `after`.
pub fn rows_after(tx: &Tx, log: Log, after: i64) -> Result<Vec<LogRow>> {
    let mut columns: Vec<&str> = log.columns().to_vec();
    if log.has_text() {
        columns.pop();
    }
    let sql = format!(
        "SELECT r.{}, t.body, r.id FROM {} r
         LEFT JOIN log_texts t ON t.log = '{}' AND t.row_id = r.id
         WHERE r.id > ?1 ORDER BY r.id",
        columns.join(", r."),
        log.table(),
        log.table()
    );
    let mut stmt = tx.prepare(&sql)?;
    let rows = stmt.query_map([after], |r| {
        let values = (0..columns.len())
            .map(|i| r.get(i))
            .collect::<super::db::Result<Vec<Value>>>()?;
        Ok(LogRow {
            log,
            id: r.get(columns.len() + 1)?,
            values,
            text: r.get(columns.len())?,
        })
    })?;
    rows.collect::<super::db::Result<_>>()
        .context("reading the rows a restore carries")
}
