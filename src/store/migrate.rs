//! Schema migrations: an append-only list keyed on `PRAGMA user_version`, applied in one
//! transaction. Never edit a migration that has shipped; add the next one at the end.

use anyhow::{Context, Result};
use std::path::{Path, PathBuf};

use rusqlite::{Connection, OptionalExtension, TransactionBehavior};

use super::APPLICATION_ID;

/// One migration: its SQL, and for the few that need it, a step in Rust run after the SQL in the
/// same transaction.
struct Migration {
    sql: &'static str,
    then: Option<fn(&Connection) -> Result<()>>,
}

const MIGRATIONS: &[Migration] = &[
    Migration {
        sql: include_str!("../../schema.sql"),
        then: None,
    },
    Migration {
        sql: include_str!("migrations/002_access_log_by_case.sql"),
        then: None,
    },
    Migration {
        sql: include_str!("migrations/003_rebuild_for_the_planned_work.sql"),
        then: None,
    },
    Migration {
        sql: include_str!("migrations/004_chain_format_2.sql"),
        then: Some(super::chain_format::migrate),
    },
    // Migration 5: the evidence the pilots collected (issue #12), in parts by subject.
    Migration {
        sql: concat!(
            include_str!("migrations/005/1_kinds.sql"),
            include_str!("migrations/005/2_feedback.sql"),
            include_str!("migrations/005/3_estimates.sql"),
            include_str!("migrations/005/4_kela.sql"),
            include_str!("migrations/005/5_areas.sql"),
            include_str!("migrations/005/6_team_procedure.sql"),
            include_str!("migrations/005/7_consultations.sql"),
            include_str!("migrations/005/8_meetings_and_settings.sql"),
            include_str!("migrations/005/9_protection.sql"),
            include_str!("migrations/005/10_regions.sql"),
        ),
        then: None,
    },
    // Migration 6: the onward services' names in Finnish, Swedish and English (issue #15).
    Migration {
        sql: include_str!("migrations/006_service_names.sql"),
        then: None,
    },
    // Migration 7: teams, and bringing a team's file to a server (issue #16); its twin on
    // PostgreSQL has the same parts (store/pg/007_*.sql).
    Migration {
        sql: concat!(
            include_str!("migrations/007/1_teams.sql"),
            include_str!("migrations/007/2_import.sql"),
        ),
        then: None,
    },
    // Migration 8: indexed look-ups, a trigram index over names and phone numbers (issue #17);
    // its twin on PostgreSQL is store/pg/008_search.sql.
    Migration {
        sql: include_str!("migrations/008_search.sql"),
        then: None,
    },
    // Migration 9: the cases in the order the long lists page through them (issue #17); its
    // twin on PostgreSQL is store/pg/009_pages.sql.
    Migration {
        sql: include_str!("migrations/009_pages.sql"),
        then: None,
    },
    // Migration 10: the booked meetings in the order the work list pages through them (issue
    // #17); its twin on PostgreSQL is store/pg/010_work_list.sql.
    Migration {
        sql: include_str!("migrations/010_work_list.sql"),
        then: None,
    },
    // Migration 11: each case's own follow-up due date, kept by the writes (issue #17); its twin
    // on PostgreSQL is store/pg/011_kept_with_the_case.sql.
    Migration {
        sql: include_str!("migrations/011_kept_with_the_case.sql"),
        then: None,
    },
    // Migration 12: on PostgreSQL the chained logs' trigger made cheaper (issue #17,
    // store/pg/012_server_chain.sql); nothing changes in a file.
    Migration {
        sql: include_str!("migrations/012_server_chain.sql"),
        then: None,
    },
    // Migration 13: the cases in `find`'s order, an index (issue #17); nothing changes on a
    // server (store/pg/013_found.sql).
    Migration {
        sql: include_str!("migrations/013_found.sql"),
        then: None,
    },
    // Migration 14: on PostgreSQL the witness's check in one call, and json_extract and
    // json_each made inlinable (issue #17, store/pg/014_inlined.sql); nothing changes in a file.
    Migration {
        sql: include_str!("migrations/014_inlined.sql"),
        then: None,
    },
    // Migration 15: on PostgreSQL a command's access-log rows written at once by log_access
    // (issue #17, store/pg/015_access_at_once.sql); nothing changes in a file.
    Migration {
        sql: include_str!("migrations/015_access_at_once.sql"),
        then: None,
    },
    // Migration 16: on PostgreSQL `find` of a common name walks the cases in its order, as a
    // file does since migration 13 (issue #17, store/pg/016_found_on_server.sql); nothing
    // changes in a file.
    Migration {
        sql: include_str!("migrations/016_found_on_server.sql"),
        then: None,
    },
    // Migration 17: on PostgreSQL an import looks up its identity codes across teams at once
    // (issue #17, store/pg/017_looked_up_at_once.sql); nothing changes in a file.
    Migration {
        sql: include_str!("migrations/017_looked_up_at_once.sql"),
        then: None,
    },
];

impl Migration {
    /// Whether the migration changes what a copy taken before it would keep: none of only
    /// comments, nor one that only adds indexes (it changes no row, and a failure rolls it back
    /// whole). At 1,000,000 clients the copy is 4.9 GB.
    fn changes_the_file(&self) -> bool {
        let code: String = self
            .sql
            .lines()
            .map(str::trim)
            .filter(|line| !line.starts_with("--"))
            .collect::<Vec<_>>()
            .join(" ");
        self.then.is_some()
            || code
                .split(';')
                .map(str::trim)
                .filter(|statement| !statement.is_empty())
                .any(|statement| !statement.to_ascii_uppercase().starts_with("CREATE INDEX "))
    }
}

/// The schema version this moty writes.
pub const LATEST: i64 = MIGRATIONS.len() as i64;

/// Where the copy taken before migrating a register from `from` lives.
pub fn backup_path(path: &Path, from: i64) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(format!(".before-v{from}-to-v{LATEST}.sqlite3"));
    PathBuf::from(name)
}

/// Told (from, to) before a register in use is migrated: `lib::main` has it say so at a
/// terminal, as migrating a large register takes a while (the store itself prints nothing).
static ON_MIGRATE: std::sync::OnceLock<fn(i64, i64)> = std::sync::OnceLock::new();

/// Sets what is told before a register in use is migrated (once, at the start of a run).
pub fn on_migrate(tell: fn(i64, i64)) {
    let _ = ON_MIGRATE.set(tell);
}

pub fn apply(conn: &mut Connection, path: &Path) -> Result<()> {
    let current: i64 = conn.query_row("PRAGMA user_version", [], |row| row.get(0))?;
    if current == LATEST {
        return Ok(());
    }
    if current > 0 && current < LATEST {
        if let Some(tell) = ON_MIGRATE.get() {
            tell(current, LATEST);
        }
    }
    // A register in use is copied before its schema changes, so an upgrade can be undone. A copy
    // left by an earlier attempt is kept (it is the older one); a link in its place is refused.
    // The copy is complete and synced under a temporary name before it takes its own. Not when
    // no migration to come changes the file (only its version number changes).
    let changes = MIGRATIONS
        .iter()
        .skip(usize::try_from(current).unwrap_or(0))
        .any(Migration::changes_the_file);
    if current > 0 && changes {
        let copy = backup_path(path, current);
        let kept = std::fs::symlink_metadata(&copy).is_ok_and(|m| !m.file_type().is_symlink());
        if !kept {
            let (pending, ()) = crate::files::prepare_with(&copy, false, path, |temp| {
                let mut dest =
                    Connection::open(temp).with_context(|| crate::text::cannot_create(&copy))?;
                super::key::apply(&dest)?;
                super::copy_all(conn, &mut dest)
                    .context("copying the register before migrating it")?;
                dest.execute_batch("PRAGMA journal_mode = DELETE;")?;
                Ok(())
            })?;
            pending.commit()?;
        }
    }
    // SQLite's table rebuild (migration 3) drops a parent table before its replacement takes the
    // name, which with foreign keys on would delete the children's rows or fail. The pragma is a
    // no-op inside a transaction, so it is switched off here, before BEGIN, and back on whatever
    // happened; `migrate` checks every reference itself before it commits.
    conn.execute_batch("PRAGMA foreign_keys = OFF;")
        .context("switching foreign keys off for the migration")?;
    let migrated = migrate(conn);
    let restored = conn
        .execute_batch("PRAGMA foreign_keys = ON;")
        .context("switching foreign keys back on after the migration");
    migrated?;
    restored?;
    Ok(())
}

/// Applies the missing migrations in one IMMEDIATE transaction: all of them, or none.
fn migrate(conn: &mut Connection) -> Result<()> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    // Another process may have migrated while we waited for the lock: read the version again.
    let current: i64 = tx.query_row("PRAGMA user_version", [], |row| row.get(0))?;
    for (index, migration) in MIGRATIONS.iter().enumerate().skip(current as usize) {
        tx.execute_batch(migration.sql)
            .with_context(|| format!("applying schema migration {}", index + 1))?;
        if let Some(step) = migration.then {
            step(&tx).with_context(|| format!("applying schema migration {}", index + 1))?;
        }
    }
    // With the keys off nothing checked them while the tables were rebuilt: a reference that no
    // longer resolves rolls the whole migration back (dropping `tx` rolls back).
    let broken: Option<(String, i64, String)> = tx
        .query_row("PRAGMA foreign_key_check", [], |row| {
            Ok((
                row.get(0)?,
                row.get::<_, Option<i64>>(1)?.unwrap_or(0),
                row.get(2)?,
            ))
        })
        .optional()
        .context("checking the foreign keys after migrating")?;
    if let Some((table, rowid, parent)) = broken {
        anyhow::bail!(crate::text::migration_broke_reference(
            &table, rowid, &parent
        ));
    }
    tx.execute_batch(&format!(
        "PRAGMA application_id = {APPLICATION_ID}; PRAGMA user_version = {LATEST};"
    ))?;
    tx.commit().context("committing the schema migration")?;
    Ok(())
}
