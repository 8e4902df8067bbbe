//! `MOTY_EXPLAIN=FILE`, for maintainers: each query a command runs is appended to FILE with the
//! plan the engine chose for it (SQLite's `EXPLAIN QUERY PLAN`; PostgreSQL's `EXPLAIN`, asked to
//! avoid sequential scans, so that the plan shows whether an index *can* serve the query even on
//! a small test database, where a scan is cheaper). tests/cli/plans.rs pins the phone-hour
//! queries with it: no full scan of clients, cases or events. Only the SQL and its plan are
//! written, never the values bound to it.

use std::io::Write;
use std::path::PathBuf;
use std::sync::OnceLock;

use super::db::{self, Value};

/// Where the plans go, read once per run.
fn target() -> Option<&'static PathBuf> {
    static TARGET: OnceLock<Option<PathBuf>> = OnceLock::new();
    TARGET
        .get_or_init(|| {
            std::env::var_os("MOTY_EXPLAIN")
                .filter(|v| !v.is_empty())
                .map(PathBuf::from)
        })
        .as_ref()
}

/// Whether `sql` reads (a plan is written only for queries).
fn is_query(sql: &str) -> bool {
    let head = sql.trim_start().get(..6).unwrap_or("").to_ascii_uppercase();
    head.starts_with("SELECT") || head.starts_with("WITH")
}

/// The plan of `sql` on a file, when asked for.
pub(super) fn file(conn: &rusqlite::Connection, sql: &str, values: &[Value]) {
    let Some(path) = target().filter(|_| is_query(sql)) else {
        return;
    };
    let plan = conn
        .prepare(&format!("EXPLAIN QUERY PLAN {sql}"))
        .and_then(|mut stmt| {
            stmt.query_map(rusqlite::params_from_iter(values.iter()), |r| {
                r.get::<_, String>(3)
            })?
            .collect::<rusqlite::Result<Vec<String>>>()
        });
    write(path, sql, plan.map_err(|e| e.to_string()));
}

/// The plan of `sql` on a server, when asked for.
pub(super) fn server(conn: &super::pg::Conn, sql: &str, values: &[Value]) {
    let Some(path) = target().filter(|_| is_query(sql)) else {
        return;
    };
    // In a savepoint: a plan the server cannot make must not abort the command's transaction.
    let explain = || -> Result<Vec<String>, db::Error> {
        conn.batch("SAVEPOINT moty_explain; SET LOCAL enable_seqscan = off")?;
        let mut rows = conn.fetch(&format!("EXPLAIN {sql}"), values.to_vec())?;
        let mut plan = Vec::new();
        while let Some(row) = rows.next()? {
            plan.push(row.get(0)?);
        }
        Ok(plan)
    };
    let plan = explain().map_err(|e| e.to_string());
    // Back to the savepoint: its SET LOCAL is undone with it.
    let _ = conn.batch("ROLLBACK TO SAVEPOINT moty_explain; RELEASE SAVEPOINT moty_explain");
    write(path, sql, plan);
}

fn write(path: &PathBuf, sql: &str, plan: Result<Vec<String>, String>) {
    let mut out = format!(
        "== {}\n",
        sql.split_whitespace().collect::<Vec<_>>().join(" ")
    );
    match plan {
        Ok(lines) => lines.iter().for_each(|l| out.push_str(&format!("{l}\n"))),
        Err(e) => out.push_str(&format!("(no plan: {e})\n")),
    }
    let mut options = std::fs::OpenOptions::new();
    options.create(true).append(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    // A maintainer's aid: a plan that cannot be written does not fail the command.
    if let Ok(mut file) = options.open(path) {
        let _ = file.write_all(out.as_bytes());
    }
}
