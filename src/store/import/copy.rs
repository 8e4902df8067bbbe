//! The copying of `import_sqlite`, table by table in the order the foreign keys need: catalogues
//! merged, clients merged by identity code, everything else copied with its ids remapped.

use std::collections::HashMap;

use anyhow::{Context, Result};

mod clients;
mod merge;

use super::Imported;
use crate::error::UserError;
use crate::store::chain;
use crate::store::db::{params_from_iter, Value};
use crate::store::Tx;
use crate::text;
pub(super) use clients::note_merged_clients;
use merge::MERGED;

/// A table copied row by row: `numbered` ones get new ids from the server (an identity, or the
/// chain's trigger), and each column of `refs` holds ids of the table named (`@log`: of the log
/// the row's `log` column names).
struct Copied {
    table: &'static str,
    numbered: bool,
    refs: &'static [(&'static str, &'static str)],
}

const fn copied(
    table: &'static str,
    numbered: bool,
    refs: &'static [(&'static str, &'static str)],
) -> Copied {
    Copied {
        table,
        numbered,
        refs,
    }
}

/// In foreign-key order. `cases` and `clients` come before these; the chained logs are numbered
/// and hashed by the server's trigger (their `hash` and `hash_v1` are not copied).
const COPIED: &[Copied] = &[
    copied("referrals", false, &[]),
    copied("referral_signs", false, &[]),
    copied("consents", true, &[]),
    copied("triage_decisions", true, &[]),
    copied("triage_team", false, &[("decision_id", "triage_decisions")]),
    copied("bookings", true, &[]),
    copied(
        "booking_participants",
        false,
        &[("booking_id", "bookings"), ("directory_id", "directory")],
    ),
    copied("booking_attendance", false, &[("booking_id", "bookings")]),
    copied("team_requests", false, &[]),
    copied("team_request_units", false, &[]),
    copied("plan_versions", false, &[]),
    copied("plan_needs", false, &[]),
    copied("plan_actions", false, &[]),
    copied("plan_pathways", false, &[("directory_id", "directory")]),
    copied("follow_ups", true, &[]),
    copied("descriptions", false, &[]),
    copied(
        "feedback",
        true,
        &[
            ("booking_id", "bookings"),
            ("statement_version", "statement_versions"),
        ],
    ),
    copied(
        "feedback_answers",
        false,
        &[
            ("feedback_id", "feedback"),
            ("version", "statement_versions"),
        ],
    ),
    copied(
        "estimates",
        true,
        &[("booking_id", "bookings"), ("follow_up_id", "follow_ups")],
    ),
    copied("estimate_services", false, &[("estimate_id", "estimates")]),
    copied("surveys", true, &[("booking_id", "bookings")]),
    copied("kela_conclusions", true, &[("booking_id", "bookings")]),
    copied("consultations", true, &[]),
    copied("events", true, &[]),
    copied(
        "access_log",
        true,
        &[("client_id", "clients"), ("case_id", "")],
    ),
    copied("disclosure_log", true, &[]),
    copied("anchors", true, &[]),
    copied("log_texts", false, &[("row_id", "@log")]),
    copied(
        "erasures",
        false,
        &[("row_id", "@log"), ("purge_event", "events")],
    ),
    copied(
        "consultation_links",
        false,
        &[("consultation_id", "consultations"), ("event_id", "events")],
    ),
    copied(
        "team_descriptions_sent",
        true,
        &[("disclosure_id", "disclosure_log")],
    ),
    copied(
        "disclosure_bases",
        false,
        &[("disclosure_id", "disclosure_log")],
    ),
];

/// The chained tables: the server's trigger gives the id and the hash.
const CHAINED: [&str; 5] = [
    "events",
    "access_log",
    "disclosure_log",
    "anchors",
    "consultations",
];

/// Ids a timeline entry's detail names, by key: the table whose ids they are. (A correction's
/// `follow_up` is the follow-up's number among the case's, not an id: it stays.)
const DETAIL_IDS: &[(&str, &str)] = &[
    ("consent", "consents"),
    ("meeting", "bookings"),
    ("survey", "surveys"),
    ("estimate", "estimates"),
    ("statement_version", "statement_versions"),
    ("consultation", "consultations"),
];

pub(super) struct Copier<'f, 's, 'a> {
    ftx: &'a Tx<'f>,
    stx: &'a Tx<'s>,
    team: &'a str,
    /// Per table: the file's id → the server's.
    ids: HashMap<&'static str, HashMap<i64, i64>>,
    imported: Imported,
}

/// A column name as SQL (quoted: `user` is a reserved word on PostgreSQL).
fn quoted(column: &str) -> String {
    format!("\"{column}\"")
}

fn shown(value: &Value) -> String {
    match value {
        Value::Null => "-".to_string(),
        Value::Integer(i) => i.to_string(),
        Value::Real(r) => r.to_string(),
        Value::Text(t) => t.clone(),
        Value::Blob(b) => hex::encode(b),
    }
}

impl<'f, 's, 'a> Copier<'f, 's, 'a> {
    pub(super) fn new(ftx: &'a Tx<'f>, stx: &'a Tx<'s>, team: &'a str) -> Self {
        Copier {
            ftx,
            stx,
            team,
            ids: HashMap::new(),
            imported: Imported::default(),
        }
    }

    pub(super) fn run(mut self) -> Result<Imported> {
        self.refuse_collisions()?;
        for merge in MERGED {
            self.merge(merge)?;
        }
        self.statement_versions()?;
        self.clients()?;
        self.cases()?;
        for table in COPIED {
            let rows = self.copy(table)?;
            if CHAINED.contains(&table.table) {
                self.imported.logs.push((table.table, rows));
            }
            if table.table == "disclosure_log" {
                self.without_basis()?;
            }
        }
        // The logs as the re-anchor log names them, the consultations last.
        self.imported
            .logs
            .sort_by_key(|(log, _)| CHAINED.iter().position(|c| c == log));
        Ok(self.imported)
    }

    /// The file's columns of `table` that the server has too (the server's own `rowid`
    /// identities are not the file's).
    fn columns(&self, table: &str) -> Result<Vec<String>> {
        let mut file = Vec::new();
        let mut rows = self.ftx.fetch(
            "SELECT name FROM pragma_table_info(?1)",
            vec![Value::Text(table.to_string())],
        )?;
        while let Some(row) = rows.next()? {
            file.push(row.get::<_, String>(0)?);
        }
        let mut server = Vec::new();
        let mut rows = self.stx.fetch(
            "SELECT column_name::text FROM information_schema.columns
             WHERE table_schema = 'moty' AND table_name = ?1",
            vec![Value::Text(table.to_string())],
        )?;
        while let Some(row) = rows.next()? {
            server.push(row.get::<_, String>(0)?);
        }
        Ok(file.into_iter().filter(|c| server.contains(c)).collect())
    }

    /// Every row of the file's `table`, in the order it was written.
    fn file_rows(&self, table: &str, columns: &[String]) -> Result<Vec<Vec<Value>>> {
        let list: Vec<String> = columns.iter().map(|c| quoted(c)).collect();
        let mut rows = self.ftx.fetch(
            &format!("SELECT {} FROM {table} ORDER BY rowid", list.join(", ")),
            Vec::new(),
        )?;
        let mut all = Vec::new();
        while let Some(row) = rows.next()? {
            all.push(
                (0..columns.len())
                    .map(|i| row.get::<_, Value>(i))
                    .collect::<crate::store::db::Result<Vec<Value>>>()?,
            );
        }
        Ok(all)
    }

    /// Inserts a row on the server: the new id when `numbered`.
    fn insert(
        &self,
        table: &str,
        columns: &[String],
        values: Vec<Value>,
        numbered: bool,
    ) -> Result<i64> {
        let list: Vec<String> = columns.iter().map(|c| quoted(c)).collect();
        let marks: Vec<String> = (1..=columns.len()).map(|i| format!("?{i}")).collect();
        let sql = format!(
            "INSERT INTO {table} ({}) VALUES ({})",
            list.join(", "),
            marks.join(", ")
        );
        let context = || format!("copying a row of {table}");
        if numbered {
            self.stx
                .insert(&sql, params_from_iter(values))
                .with_context(context)
        } else {
            self.stx.run(&sql, values).with_context(context)?;
            Ok(0)
        }
    }

    fn mapped(&self, table: &str, old: &Value) -> Result<Value> {
        match old {
            Value::Integer(id) => self
                .ids
                .get(table)
                .and_then(|ids| ids.get(id))
                .map(|new| Value::Integer(*new))
                .with_context(|| format!("the file's {table} row {id} was not brought over")),
            other => Ok(other.clone()),
        }
    }

    /// Case ids the server has already: refused, every one named.
    fn refuse_collisions(&self) -> Result<()> {
        let mut ids = Vec::new();
        let mut rows = self
            .ftx
            .fetch("SELECT id FROM cases ORDER BY id", Vec::new())?;
        while let Some(row) = rows.next()? {
            ids.push(row.get::<_, String>(0)?);
        }
        let mut colliding = Vec::new();
        for id in ids {
            let there = self
                .stx
                .fetch(
                    "SELECT 1 FROM cases WHERE id = ?1",
                    vec![Value::Text(id.clone())],
                )?
                .next()?
                .is_some();
            if there {
                colliding.push(id);
            }
        }
        if colliding.is_empty() {
            return Ok(());
        }
        Err(UserError::Refused(text::import_collisions(
            &colliding.join(", "),
            colliding.len(),
        ))
        .into())
    }

    /// The columns and values without `id` when the server numbers the row.
    fn without_id(
        &self,
        columns: &[String],
        row: Vec<Value>,
        numbered: bool,
    ) -> (Vec<String>, Vec<Value>) {
        columns
            .iter()
            .cloned()
            .zip(row)
            .filter(|(c, _)| !(numbered && (c == "id" || c == "hash" || c == "hash_v1")))
            .unzip()
    }

    /// Copies every row of one table: the number of rows.
    fn copy(&mut self, table: &Copied) -> Result<i64> {
        let columns = self.columns(table.table)?;
        let id_at = columns.iter().position(|c| c == "id");
        let log_at = columns.iter().position(|c| c == "log");
        let mut count = 0;
        for mut row in self.file_rows(table.table, &columns)? {
            for (column, target) in table.refs {
                let Some(i) = columns.iter().position(|c| c == column) else {
                    continue;
                };
                let target = match *target {
                    "" => continue,
                    "@log" => match log_at.map(|l| &row[l]) {
                        Some(Value::Text(log)) => chain::Log::from_table(log)
                            .map(|l| l.table())
                            .context("a log row's log")?,
                        _ => continue,
                    },
                    other => other,
                };
                row[i] = self.mapped(target, &row[i])?;
            }
            if table.table == "events" {
                self.rewrite_detail(&columns, &mut row)?;
            }
            if table.table == "disclosure_bases" {
                self.rebind_basis(&columns, &mut row)?;
            }
            let old = id_at.map(|i| row[i].clone());
            let (cols, values) = self.without_id(&columns, row, table.numbered);
            let new = self.insert(table.table, &cols, values, table.numbered)?;
            if let (true, Some(Value::Integer(old))) = (table.numbered, old) {
                self.ids.entry(table.table).or_default().insert(old, new);
            }
            count += 1;
        }
        Ok(count)
    }

    /// The disclosure rows the file wrote before it kept legal bases (below its
    /// `disclosure_bases_from`): their new ids, which the re-anchor row names.
    fn without_basis(&mut self) -> Result<()> {
        let from: i64 = self
            .ftx
            .fetch(
                "SELECT coalesce(min(first_row), 1) FROM disclosure_bases_from",
                Vec::new(),
            )?
            .next()?
            .ok_or(crate::store::db::Error::NoRows)?
            .get(0)?;
        let ids = self.ids.get("disclosure_log");
        let new: Vec<i64> = (1..from)
            .filter_map(|old| ids.and_then(|ids| ids.get(&old)).copied())
            .collect();
        if let (Some(first), Some(last)) = (new.iter().min(), new.iter().max()) {
            self.imported.without_basis = Some((*first, *last));
        }
        Ok(())
    }

    /// The ids a timeline entry's detail names follow their rows; a linked consultation's hash
    /// is the one the server gave it. An entry that names none is copied byte for byte.
    fn rewrite_detail(&self, columns: &[String], row: &mut [Value]) -> Result<()> {
        let Some(i) = columns.iter().position(|c| c == "detail") else {
            return Ok(());
        };
        let Value::Text(text) = &row[i] else {
            return Ok(());
        };
        let mut detail: serde_json::Value =
            serde_json::from_str(text).context("a timeline entry's detail")?;
        let Some(map) = detail.as_object_mut() else {
            return Ok(());
        };
        let mut changed = false;
        for (key, table) in DETAIL_IDS {
            let Some(old) = map.get(*key).and_then(serde_json::Value::as_i64) else {
                continue;
            };
            let Some(new) = self.ids.get(table).and_then(|ids| ids.get(&old)) else {
                continue;
            };
            map.insert((*key).to_string(), (*new).into());
            changed = true;
            if *key == "consultation" && map.contains_key("consultation_hash") {
                let hash: String = self
                    .stx
                    .fetch(
                        "SELECT hash FROM consultations WHERE id = ?1",
                        vec![Value::Integer(*new)],
                    )?
                    .next()?
                    .ok_or(crate::store::db::Error::NoRows)?
                    .get(0)?;
                map.insert("consultation_hash".to_string(), hash.into());
            }
        }
        if changed {
            row[i] = Value::Text(detail.to_string());
        }
        Ok(())
    }

    /// A legal basis is bound to its disclosure row's hash and id, both new on the server.
    fn rebind_basis(&self, columns: &[String], row: &mut [Value]) -> Result<()> {
        let at = |name: &str| columns.iter().position(|c| c == name);
        let (Some(id), Some(basis), Some(named), Some(hash)) =
            (at("disclosure_id"), at("basis"), at("named"), at("hash"))
        else {
            return Ok(());
        };
        let Value::Integer(new) = row[id] else {
            return Ok(());
        };
        let row_hash = chain::hash_at(self.stx, chain::Log::Disclosure, new)?
            .context("the disclosure row of a legal basis")?;
        row[hash] = Value::Text(chain::digest(
            &row_hash,
            new,
            &[row[basis].clone(), row[named].clone()],
        ));
        Ok(())
    }
}
