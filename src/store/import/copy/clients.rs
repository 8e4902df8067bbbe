//! Clients merged by identity code, cases copied for the team, and the merged clients' details
//! recorded on the imported timelines.

use anyhow::{Context, Result};

use super::{shown, Copier};
use crate::store::db::Value;
use crate::store::import::Difference;
use crate::store::Tx;

impl Copier<'_, '_, '_> {
    /// Clients: the same identity code on the server is that client (differences listed); every
    /// other client is new, of the team. New clients keep the file's pseudonym key.
    pub(super) fn clients(&mut self) -> Result<()> {
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
    pub(super) fn cases(&mut self) -> Result<()> {
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
}

/// For each client of the server the file's cases now point at: when the newest snapshot of the
/// client on their timelines (one of the file's) is not the server's record, a `client-updated`
/// entry on that case records the server's details, stamped by the server — so that the
/// timelines say which details the case goes on with, and `audit verify` finds the record as the
/// newest snapshot says.
pub(in crate::store::import) fn note_merged_clients(stx: &Tx, clients: &[i64]) -> Result<()> {
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
