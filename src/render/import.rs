//! `moty admin import-sqlite`'s result: a summary table and the differences, or with `--json` one
//! document (`"schema"` first).

use std::path::Path;

use schemars::JsonSchema;
use serde::Serialize;

use super::{json, table};
use crate::ops::admin::Imported;
use crate::text;

/// What `moty admin import-sqlite` brought to the server.
#[derive(Serialize, JsonSchema)]
pub struct Import<'a> {
    /// Always `import-sqlite`.
    action: &'a str,
    /// The file's register id (the re-anchor rows name it too) and the team.
    register_id: &'a str,
    team: &'a str,
    cases: i64,
    /// Clients added, and clients of the file that were the server's already (the same identity
    /// code).
    clients_new: i64,
    clients_merged: i64,
    /// Rows copied per log: `events`, `access_log`, `disclosure_log`, `anchors`, `consultations`.
    logs: Vec<LogRows<'a>>,
    /// Catalogue rows per table: the same as the server's, and added.
    catalogues: Vec<CatalogueRows<'a>>,
    /// Rows the server had with other values: the server's were kept.
    differences: Vec<Difference<'a>>,
}

#[derive(Serialize, JsonSchema)]
pub struct LogRows<'a> {
    log: &'a str,
    rows: i64,
}

#[derive(Serialize, JsonSchema)]
pub struct CatalogueRows<'a> {
    table: &'a str,
    merged: i64,
    added: i64,
}

#[derive(Serialize, JsonSchema)]
pub struct Difference<'a> {
    /// `client` (keyed by the file's first case of the client), or a catalogue table.
    what: &'a str,
    key: &'a str,
    field: &'a str,
    /// The values as text; `-` for none.
    file: &'a str,
    server: &'a str,
}

pub fn imported(file: &Path, done: &Imported, as_json: bool) -> String {
    if as_json {
        return json(&Import {
            action: "import-sqlite",
            register_id: &done.register_id,
            team: &done.team,
            cases: done.cases,
            clients_new: done.clients_new,
            clients_merged: done.clients_merged,
            logs: done
                .logs
                .iter()
                .map(|(log, rows)| LogRows { log, rows: *rows })
                .collect(),
            catalogues: done
                .catalogues
                .iter()
                .map(|(table, merged, added)| CatalogueRows {
                    table,
                    merged: *merged,
                    added: *added,
                })
                .collect(),
            differences: done
                .differences
                .iter()
                .map(|d| Difference {
                    what: &d.what,
                    key: &d.key,
                    field: &d.field,
                    file: &d.file,
                    server: &d.server,
                })
                .collect(),
        });
    }
    let mut out = text::import_done(&file.display().to_string(), &done.register_id, &done.team);
    out.push('\n');
    let mut t = table(&[&text::h_import_what(), &text::h_import_rows()]);
    t.add_row([text::import_row_cases(), done.cases.to_string()]);
    t.add_row([text::import_row_clients_new(), done.clients_new.to_string()]);
    t.add_row([
        text::import_row_clients_merged(),
        done.clients_merged.to_string(),
    ]);
    for (log, rows) in &done.logs {
        t.add_row([text::import_row_log(log), rows.to_string()]);
    }
    for (table, merged, added) in &done.catalogues {
        t.add_row([
            text::import_row_catalogue(table),
            text::import_catalogue_counts(*merged, *added),
        ]);
    }
    out.push_str(&format!("{t}\n"));
    if !done.differences.is_empty() {
        out.push_str(&text::import_differences(done.differences.len()));
        out.push('\n');
        for d in &done.differences {
            out.push_str("  ");
            out.push_str(&text::import_difference(
                &d.what, &d.key, &d.field, &d.file, &d.server,
            ));
            out.push('\n');
        }
    }
    out
}
