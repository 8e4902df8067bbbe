//! Catalogues merged: equal rows are one, new rows are added, differing rows listed (the
//! server's kept).

use anyhow::Result;

use super::{quoted, shown, Copier};
use crate::store::db::Value;
use crate::store::import::Difference;
use crate::store::Tx;

/// A catalogue table merged by its key: equal rows are one, new rows are added, differing rows
/// listed (the server's kept).
pub(super) struct Merge {
    table: &'static str,
    key: &'static [&'static str],
    /// Whether the server numbers its rows (`id`): the file's ids are mapped to the server's.
    numbered: bool,
    /// Columns not compared (stamps, derived search text).
    ignore: &'static [&'static str],
}

pub(super) const MERGED: &[Merge] = &[
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

impl Copier<'_, '_, '_> {
    pub(super) fn merge(&mut self, merge: &Merge) -> Result<()> {
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

    /// Statement versions: one whose statements the server has in a version already is that
    /// version; another is added as the server's next version.
    pub(super) fn statement_versions(&mut self) -> Result<()> {
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
}
