//! The copying of `import_sqlite`, table by table in the order the foreign keys need: catalogues
//! merged, clients merged by identity code, everything else copied with its ids remapped.

use std::collections::HashMap;

use anyhow::{Context, Result};

use super::{Difference, Imported};
use crate::error::UserError;
use crate::store::chain;
use crate::store::db::{params_from_iter, Value};
use crate::store::Tx;
use crate::text;

/// A catalogue table merged by its key: equal rows are one, new rows are added, differing rows
/// listed (the server's kept).
struct Merge {
    table: &'static str,
    key: &'static [&'static str],
    /// Whether the server numbers its rows (`id`): the file's ids are mapped to the server's.
    numbered: bool,
    /// Columns not compared (stamps, derived search text).
    ignore: &'static [&'static str],
}

const MERGED: &[Merge] = &[
    Merge {
        table: "areas",
        key: &["code"],
        numbered: false,
        ignore: &["position"],
    },
    Merge {
        table: "units",
        key: &["code"],
        numbered: false,
        ignore: &[],
    },
    Merge {
        table: "unit_names",
        key: &["name"],
        numbered: false,
        ignore: &[],
    },
    Merge {
        table: "services",
        key: &["code"],
        numbered: false,
        ignore: &[],
    },
    Merge {
        table: "directory",
        key: &["name", "unit"],
        numbered: true,
        ignore: &["search_text"],
    },
    Merge {
        table: "slot_rules",
        key: &["kind", "weekday", "start", "region"],
        numbered: true,
        ignore: &[],
    },
    Merge {
        table: "closed_days",
        key: &["day"],
        numbered: false,
        ignore: &["added_by"],
    },
    Merge {
        table: "contact_cards",
        key: &["region"],
        numbered: false,
        ignore: &["changed_by", "changed_at"],
    },
    Merge {
        table: "user_regions",
        key: &["user"],
        numbered: false,
        ignore: &[],
    },
];

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

/// Ids a timeline entry's detail names, by key: the table whose ids they are.
const DETAIL_IDS: &[(&str, &str)] = &[
    ("consent", "consents"),
    ("meeting", "bookings"),
    ("survey", "surveys"),
    ("estimate", "estimates"),
    ("follow_up", "follow_ups"),
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

    fn merge(&mut self, merge: &Merge) -> Result<()> {
        let columns = self.columns(merge.table)?;
        let compared: Vec<usize> = (0..columns.len())
            .filter(|i| {
                let c = columns[*i].as_str();
                c != "id" && !merge.key.contains(&c) && !merge.ignore.contains(&c)
            })
            .collect();
        let keys: Vec<usize> = merge
            .key
            .iter()
            .filter_map(|k| columns.iter().position(|c| c == k))
            .collect();
        let id_at = columns.iter().position(|c| c == "id");
        let list: Vec<String> = columns.iter().map(|c| quoted(c)).collect();
        let condition: Vec<String> = keys
            .iter()
            .enumerate()
            .map(|(n, k)| format!("{} IS NOT DISTINCT FROM ?{}", quoted(&columns[*k]), n + 1))
            .collect();
        let lookup = format!(
            "SELECT {} FROM {} WHERE {}",
            list.join(", "),
            merge.table,
            condition.join(" AND ")
        );
        let (mut merged, mut added) = (0, 0);
        for row in self.file_rows(merge.table, &columns)? {
            let key: Vec<Value> = keys.iter().map(|k| row[*k].clone()).collect();
            let mut found = self.stx.fetch(&lookup, key.clone())?;
            let there = match found.next()? {
                Some(r) => Some(
                    (0..columns.len())
                        .map(|i| r.get::<_, Value>(i))
                        .collect::<crate::store::db::Result<Vec<Value>>>()?,
                ),
                None => None,
            };
            match there {
                Some(server) => {
                    merged += 1;
                    if let Some(i) = id_at.filter(|_| merge.numbered) {
                        if let (Value::Integer(old), Value::Integer(new)) = (&row[i], &server[i]) {
                            self.ids.entry(merge.table).or_default().insert(*old, *new);
                        }
                    }
                    for i in &compared {
                        if row[*i] != server[*i] {
                            self.imported.differences.push(Difference {
                                what: merge.table.to_string(),
                                key: key.iter().map(shown).collect::<Vec<_>>().join(" "),
                                field: columns[*i].clone(),
                                file: shown(&row[*i]),
                                server: shown(&server[*i]),
                            });
                        }
                    }
                }
                None => {
                    added += 1;
                    let (cols, values) = self.without_id(&columns, row.clone(), merge.numbered);
                    let mut values = values;
                    if merge.table == "areas" {
                        // A new area goes after the server's (positions are unique).
                        if let Some(p) = cols.iter().position(|c| c == "position") {
                            let next: i64 = self
                                .stx
                                .fetch(
                                    "SELECT coalesce(max(position), 0) + 1 FROM areas",
                                    Vec::new(),
                                )?
                                .next()?
                                .ok_or(crate::store::db::Error::NoRows)?
                                .get(0)?;
                            values[p] = Value::Integer(next);
                        }
                    }
                    let new = self.insert(merge.table, &cols, values, merge.numbered)?;
                    if let (Some(i), true) = (id_at, merge.numbered) {
                        if let Value::Integer(old) = row[i] {
                            self.ids.entry(merge.table).or_default().insert(old, new);
                        }
                    }
                }
            }
        }
        self.imported.catalogues.push((merge.table, merged, added));
        Ok(())
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

    /// Statement versions: one whose statements the server has in a version already is that
    /// version; another is added as the server's next version.
    fn statement_versions(&mut self) -> Result<()> {
        let statements = |tx: &Tx, version: i64| -> Result<Vec<Vec<Value>>> {
            let mut rows = tx.fetch(
                "SELECT position, code, text_fi, text_sv, text_en FROM statements
                 WHERE version = ?1 ORDER BY position",
                vec![Value::Integer(version)],
            )?;
            let mut all = Vec::new();
            while let Some(row) = rows.next()? {
                all.push(
                    (0..5)
                        .map(|i| row.get::<_, Value>(i))
                        .collect::<crate::store::db::Result<Vec<Value>>>()?,
                );
            }
            Ok(all)
        };
        let versions = |tx: &Tx| -> Result<Vec<(i64, Value, String)>> {
            let mut rows = tx.fetch(
                "SELECT version, made_at, made_by FROM statement_versions ORDER BY version",
                Vec::new(),
            )?;
            let mut all = Vec::new();
            while let Some(row) = rows.next()? {
                all.push((row.get(0)?, row.get(1)?, row.get(2)?));
            }
            Ok(all)
        };
        let mut server = Vec::new();
        for (version, _, _) in versions(self.stx)? {
            server.push((version, statements(self.stx, version)?));
        }
        let (mut merged, mut added) = (0, 0);
        for (version, made_at, made_by) in versions(self.ftx)? {
            let mine = statements(self.ftx, version)?;
            let same = server
                .iter()
                .find(|(_, theirs)| *theirs == mine)
                .map(|(v, _)| *v);
            let new = match same {
                Some(v) => {
                    merged += 1;
                    v
                }
                None => {
                    added += 1;
                    let new: i64 = self
                        .stx
                        .fetch(
                            "INSERT INTO statement_versions (version, made_at, made_by)
                             VALUES ((SELECT max(version) + 1 FROM statement_versions), ?1, ?2)
                             RETURNING version",
                            vec![made_at, Value::Text(made_by)],
                        )?
                        .next()?
                        .ok_or(crate::store::db::Error::NoRows)?
                        .get(0)?;
                    for s in &mine {
                        let mut values = vec![Value::Integer(new)];
                        values.extend(s.iter().cloned());
                        self.stx.run(
                            "INSERT INTO statements (version, position, code, text_fi, text_sv,
                                 text_en) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                            values,
                        )?;
                    }
                    server.push((new, mine));
                    new
                }
            };
            self.ids
                .entry("statement_versions")
                .or_default()
                .insert(version, new);
        }
        self.imported
            .catalogues
            .push(("statement_versions", merged, added));
        Ok(())
    }

    /// Clients: the same identity code on the server is that client (differences listed); every
    /// other client is new, of the team. New clients keep the file's pseudonym key.
    fn clients(&mut self) -> Result<()> {
        let columns = self.columns("clients")?;
        let at = |name: &str| columns.iter().position(|c| c == name);
        let (id_at, hetu_at) = (at("id").context("clients.id")?, at("hetu").context("hetu")?);
        let secret = crate::store::meta::get(self.ftx, "pseudonym_secret")?;
        for row in self.file_rows("clients", &columns)? {
            let Value::Integer(old) = row[id_at] else {
                continue;
            };
            let same = match &row[hetu_at] {
                Value::Text(hetu) => self
                    .stx
                    .fetch(
                        "SELECT id, name, phone, municipality FROM clients WHERE hetu = ?1",
                        vec![Value::Text(hetu.clone())],
                    )?
                    .next()?
                    .map(|r| -> crate::store::db::Result<(i64, Vec<Value>)> {
                        Ok((r.get(0)?, vec![r.get(1)?, r.get(2)?, r.get(3)?]))
                    })
                    .transpose()?,
                _ => None,
            };
            if let Some((id, server)) = same {
                self.imported.clients_merged += 1;
                self.imported.merged_clients.push(id);
                self.ids.entry("clients").or_default().insert(old, id);
                let case = self.first_case_of(old)?;
                for (field, theirs) in ["name", "phone", "municipality"].iter().zip(server) {
                    let mine = at(field).map_or(Value::Null, |i| row[i].clone());
                    if mine != theirs {
                        self.imported.differences.push(Difference {
                            what: "client".to_string(),
                            key: case.clone(),
                            field: (*field).to_string(),
                            file: shown(&mine),
                            server: shown(&theirs),
                        });
                    }
                }
                continue;
            }
            self.imported.clients_new += 1;
            let (mut cols, mut values) = self.without_id(&columns, row, true);
            match cols.iter().position(|c| c == "team") {
                Some(i) => values[i] = Value::Text(self.team.to_string()),
                None => {
                    cols.push("team".to_string());
                    values.push(Value::Text(self.team.to_string()));
                }
            }
            let new = self.insert("clients", &cols, values, true)?;
            self.ids.entry("clients").or_default().insert(old, new);
            if let Some(secret) = &secret {
                self.stx
                    .run(
                        "INSERT INTO pseudonym_keys (client_id, secret, original_id)
                         VALUES (?1, ?2, ?3)",
                        vec![
                            Value::Integer(new),
                            Value::Text(secret.clone()),
                            Value::Integer(old),
                        ],
                    )
                    .context("keeping the client's pseudonym key")?;
            }
        }
        Ok(())
    }

    /// The file's first case of client `id`: how a client is named in the differences.
    fn first_case_of(&self, id: i64) -> Result<String> {
        Ok(self
            .ftx
            .fetch(
                "SELECT min(id) FROM cases WHERE client_id = ?1",
                vec![Value::Integer(id)],
            )?
            .next()?
            .map(|r| r.get::<_, Option<String>>(0))
            .transpose()?
            .flatten()
            .unwrap_or_else(|| format!("#{id}")))
    }

    /// Cases keep their ids (collisions were refused), belong to the team, and point at the
    /// server's client.
    fn cases(&mut self) -> Result<()> {
        let columns = self.columns("cases")?;
        let client_at = columns
            .iter()
            .position(|c| c == "client_id")
            .context("client_id")?;
        let team_at = columns.iter().position(|c| c == "team");
        for mut row in self.file_rows("cases", &columns)? {
            row[client_at] = self.mapped("clients", &row[client_at])?;
            let (mut cols, mut values) = (columns.clone(), row);
            match team_at {
                Some(i) => values[i] = Value::Text(self.team.to_string()),
                None => {
                    cols.push("team".to_string());
                    values.push(Value::Text(self.team.to_string()));
                }
            }
            self.insert("cases", &cols, values, false)?;
            self.imported.cases += 1;
        }
        Ok(())
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

/// For each client of the server the file's cases now point at: when the newest snapshot of the
/// client on their timelines (one of the file's) is not the server's record, a `client-updated`
/// entry on that case records the server's details, stamped by the server — so that the
/// timelines say which details the case goes on with, and `audit verify` finds the record as the
/// newest snapshot says.
pub(super) fn note_merged_clients(stx: &Tx, clients: &[i64]) -> Result<()> {
    use crate::domain::EventKind;
    if clients.is_empty() {
        return Ok(());
    }
    let mut rows = stx.fetch(
        "SELECT moty.stamp_text(moty.stamp_now()),
             to_char(moty.stamp_now() AT TIME ZONE 'Europe/Helsinki', 'YYYY-MM-DD'),
             moty.stamp_clock() = 'override', session_user::text",
        Vec::new(),
    )?;
    let row = rows.next()?.ok_or(crate::store::db::Error::NoRows)?;
    let (at, today, overridden, login): (String, String, bool, String) =
        (row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?);
    let author = crate::store::Author {
        at: crate::clock::Stamp::parse(&at).context("the server's time")?,
        actor: login,
        os_user: crate::clock::os_account().unwrap_or_else(|| "moty".to_string()),
        clock_overridden: overridden,
    };
    let today = chrono::NaiveDate::parse_from_str(&today, "%Y-%m-%d").context("today")?;
    for client in clients {
        // The newest entry that recorded the client's details, on any of their cases (its
        // personal text, where the snapshot is kept, read back with it).
        let mut cases = Vec::new();
        let mut rows = stx.fetch(
            "SELECT id FROM cases WHERE client_id = ?1",
            vec![Value::Integer(*client)],
        )?;
        while let Some(row) = rows.next()? {
            cases.push(row.get::<_, String>(0)?);
        }
        let mut newest: Option<(i64, String, serde_json::Value)> = None;
        for case in &cases {
            for entry in crate::store::events::for_case(stx, case)? {
                if let Some(recorded) = entry.detail.get("client").filter(|c| !c.is_null()) {
                    if newest.as_ref().is_none_or(|(id, _, _)| entry.id > *id) {
                        newest = Some((entry.id, case.clone(), recorded.clone()));
                    }
                }
            }
        }
        let Some((_, case, recorded)) = newest else {
            continue;
        };
        let snapshot = crate::store::clients::get(stx, *client)?.snapshot();
        if recorded == snapshot {
            continue;
        }
        let fields: Vec<&str> = snapshot
            .as_object()
            .map(|map| {
                map.iter()
                    .filter(|(k, v)| recorded.get(k.as_str()) != Some(v))
                    .map(|(k, _)| k.as_str())
                    .collect()
            })
            .unwrap_or_default();
        let detail = serde_json::json!({ "fields": fields, "client": snapshot, "import": true });
        crate::store::events::append(stx, &author, &case, EventKind::ClientUpdated, detail, today)?;
    }
    Ok(())
}
