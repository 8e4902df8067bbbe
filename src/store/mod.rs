//! The register file: where it lives, how it is opened (the same pragmas every time), and the
//! one way to write to it (an IMMEDIATE transaction). Queries live in the submodules, one
//! function per query.

pub mod access;
pub mod admin;
pub mod areas;
mod bulk;
pub mod cases;
pub mod chain;
mod chain_append;
mod chain_format;
pub mod clients;
pub(crate) mod codes;
pub mod consents;
pub mod consultations;
pub mod contact;
pub mod corrections;
pub mod credentials;
pub mod db;
pub mod directory;
pub mod dpo;
pub mod estimates;
pub mod events;
mod explain;
pub mod export;
pub mod feedback;
pub mod file;
pub mod follow_up;
mod health;
pub mod import;
pub mod kela;
pub mod key;
pub mod meta;
pub(crate) mod migrate;
pub mod outcomes;
pub mod pages;
mod path;
pub mod pg;
pub mod plan;
pub mod pseudonym;
pub mod purge;
pub mod queue;
pub mod records;
pub mod report;
pub mod schedule;
pub mod surveys;
pub mod team;
pub mod teams;
pub mod triage;
mod wait;
pub mod work_list;

use std::path::Path;

use anyhow::{Context, Result};
use rusqlite::{Connection, OpenFlags, TransactionBehavior};

use crate::error::UserError;
use crate::text;

pub use path::{
    allow_network_share, check_place, default_path, ensure_private_file, network_share_allowed,
    place_warnings,
};

/// The PostgreSQL URL a register location is, when it is one (`postgresql://…` or
/// `postgres://…`) rather than a file's path.
pub fn server_url(location: &Path) -> Option<&str> {
    let text = location.to_str()?;
    (text.starts_with("postgresql://") || text.starts_with("postgres://")).then_some(text)
}

/// `PRAGMA application_id` of a moty register: "MOTY" in ASCII.
pub const APPLICATION_ID: i32 = 0x4D4F_5459;

/// An open register: a SQLite file, or a database on a PostgreSQL server.
pub struct Register {
    engine: Engine,
}

enum Engine {
    File(Connection),
    Server(Box<pg::Conn>),
}

impl Register {
    /// Opens (creating if needed, private to the owner) the register at `path`, refuses a file
    /// that is not a moty register or is from a newer moty, and brings the schema up to date.
    /// A `postgresql://` URL in place of the path opens the register on that server.
    pub fn open(path: &Path) -> Result<Register> {
        if let Some(url) = server_url(path) {
            return Register::connect(url);
        }
        check_place(path)?;
        key::refuse_new_plaintext(path)?;
        ensure_private_file(path)?;
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let mut conn =
            Connection::open_with_flags(path, flags).with_context(|| text::cannot_open(path))?;
        key::apply(&conn)?;
        wait::install(&mut conn)?;
        // A referral alone runs some twenty statements (the import runs them for every row):
        // rusqlite's default of 16 cached statements would prepare them again each time.
        conn.set_prepared_statement_cache_capacity(64);
        // Pragmas that change no file come first, so a file we then refuse stays untouched.
        conn.execute_batch(
            "PRAGMA trusted_schema = OFF; PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON;",
        )
        .context("setting connection pragmas")?;
        check_identity(&conn, path)?;
        let mode: String =
            wait::retrying(|| conn.query_row("PRAGMA journal_mode = WAL", [], |row| row.get(0)))
                .context("switching the register to WAL")?;
        if !mode.eq_ignore_ascii_case("wal") {
            anyhow::bail!(text::no_wal(&mode));
        }
        conn.execute_batch("PRAGMA synchronous = FULL;")
            .context("setting synchronous = FULL")?;
        migrate::apply(&mut conn, path)?;
        Ok(Register {
            engine: Engine::File(conn),
        })
    }

    /// Opens an existing register read-only, for the health checks (`doctor`, `audit verify`):
    /// nothing is written, no write lock is taken and the schema is not migrated, so they run on a
    /// read-only disk and while another coordinator writes. On a read-only disk, where SQLite
    /// cannot make the WAL's shared-memory file, the file is read as immutable (nobody can be
    /// writing it there).
    pub fn open_read_only(path: &Path) -> Result<Register> {
        if let Some(url) = server_url(path) {
            return Register::connect(url);
        }
        if !path.exists() {
            return Err(UserError::NotFound(text::no_register(path)).into());
        }
        let uri = |extra: &str| {
            let absolute = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
            let escaped: String = absolute
                .to_string_lossy()
                .chars()
                .map(|c| match c {
                    '?' => "%3f".to_string(),
                    '#' => "%23".to_string(),
                    '%' => "%25".to_string(),
                    c => c.to_string(),
                })
                .collect();
            format!("file:{escaped}?mode=ro{extra}")
        };
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY
            | OpenFlags::SQLITE_OPEN_URI
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let attempt = |extra: &str| -> Result<Connection> {
            let mut conn = Connection::open_with_flags(uri(extra), flags)
                .with_context(|| text::cannot_open(path))?;
            key::apply(&conn)?;
            wait::install(&mut conn)?;
            conn.execute_batch("PRAGMA trusted_schema = OFF;")?;
            check_identity(&conn, path)?;
            conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| {
                r.get::<_, i64>(0)
            })?;
            Ok(conn)
        };
        let conn = match attempt("") {
            Ok(conn) => conn,
            Err(e) if e.downcast_ref::<UserError>().is_some() => return Err(e),
            Err(_) => attempt("&immutable=1")?,
        };
        Ok(Register {
            engine: Engine::File(conn),
        })
    }

    /// Connects to the register on a PostgreSQL server. Its schema is the owner's to create and
    /// migrate (`moty admin`): a coordinator's command never changes it, and refuses a database
    /// that holds no register or one of another schema version.
    pub fn connect(url: &str) -> Result<Register> {
        let shown = pg::redacted(url);
        let conn = pg::Conn::connect(url).with_context(|| text::cannot_connect(&shown))?;
        let version: Option<i64> = conn.schema_version()?;
        match version {
            None => Err(UserError::BadRegister(text::server_not_a_register(&shown)).into()),
            Some(v) if v > migrate::LATEST => Err(UserError::BadRegister(
                text::server_newer_register(&shown, v, migrate::LATEST),
            )
            .into()),
            Some(v) if v < migrate::LATEST => Err(UserError::BadRegister(
                text::server_older_register(&shown, v, migrate::LATEST),
            )
            .into()),
            Some(_) => Ok(Register {
                engine: Engine::Server(Box::new(conn)),
            }),
        }
    }

    /// On a server: who the server says is signed in, the server's time for this command, and
    /// whether the owner's test clock set it (`moty.stamp_now()`, the time the stamping triggers
    /// use). None for a register file.
    pub fn server_session(&mut self) -> Result<Option<(String, crate::clock::Stamp, bool)>> {
        let Engine::Server(conn) = &self.engine else {
            return Ok(None);
        };
        let mut rows = conn.fetch(
            "SELECT session_user::text, moty.stamp_text(moty.stamp_now()),
                 moty.stamp_clock() = 'override'",
            Vec::new(),
        )?;
        let row = rows.next()?.ok_or(db::Error::NoRows)?;
        Ok(Some((row.get(0)?, row.get(1)?, row.get(2)?)))
    }

    /// The register's SQLite connection, for the work on the file as a whole (backup, restore,
    /// rekey, health): a register on a server has none of these.
    pub(crate) fn file(&mut self) -> Result<&mut Connection> {
        match &mut self.engine {
            Engine::File(conn) => Ok(conn),
            Engine::Server(_) => Err(UserError::Refused(text::server_has_no_file()).into()),
        }
    }

    /// Whether the register is on a PostgreSQL server.
    pub fn on_server(&self) -> bool {
        matches!(self.engine, Engine::Server(_))
    }

    /// Runs `work` in one IMMEDIATE transaction: it all happens, or none of it does. IMMEDIATE
    /// takes the write lock up front, so two writers queue on the busy timeout instead of one
    /// failing half-way with SQLITE_BUSY.
    pub fn write<T>(&mut self, work: impl FnOnce(&Tx) -> Result<T>) -> Result<T> {
        match &mut self.engine {
            Engine::File(conn) => {
                let tx = conn
                    .transaction_with_behavior(TransactionBehavior::Immediate)
                    .context("starting a write transaction")?;
                let value = work(&Tx {
                    conn: Conn::File(&tx),
                })?;
                tx.commit().context("committing")?;
                Ok(value)
            }
            // READ COMMITTED and the register's advisory lock first: writers queue as they do
            // on SQLite's IMMEDIATE transaction, so case numbers, slot capacity and chain heads
            // stay correct (SERIALIZABLE would fail concurrent appends instead).
            Engine::Server(conn) => conn.transaction(
                &format!(
                    "BEGIN ISOLATION LEVEL READ COMMITTED; SELECT pg_advisory_xact_lock({})",
                    pg::WRITE_LOCK
                ),
                |conn| {
                    work(&Tx {
                        conn: Conn::Server(conn),
                    })
                },
            ),
        }
    }
}

impl Register {
    /// Runs `work` in one read transaction: a consistent snapshot, no write lock taken.
    pub fn read<T>(&mut self, work: impl FnOnce(&Tx) -> Result<T>) -> Result<T> {
        match &mut self.engine {
            Engine::File(conn) => {
                // A read may not write, as on a server (READ ONLY below): a write hidden in a
                // read (something made on first use) then fails on a file too, where the suite
                // finds it, instead of on the server only.
                conn.pragma_update(None, "query_only", true)
                    .context("starting a read transaction")?;
                let read = (|| {
                    let tx = conn
                        .transaction_with_behavior(TransactionBehavior::Deferred)
                        .context("starting a read transaction")?;
                    let value = work(&Tx {
                        conn: Conn::File(&tx),
                    })?;
                    tx.commit().context("ending a read transaction")?;
                    Ok(value)
                })();
                conn.pragma_update(None, "query_only", false)
                    .context("ending a read transaction")?;
                read
            }
            Engine::Server(conn) => {
                conn.transaction("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", |conn| {
                    work(&Tx {
                        conn: Conn::Server(conn),
                    })
                })
            }
        }
    }
}

/// One transaction on the register: what every store function takes. Operations hold it for the
/// length of one `Register::write`; the engine's own types never leave the store.
pub struct Tx<'a> {
    conn: Conn<'a>,
}

#[derive(Clone, Copy)]
enum Conn<'a> {
    File(&'a Connection),
    Server(&'a pg::Conn),
}

impl<'c> Tx<'c> {
    pub(in crate::store) fn prepare_cached<'t>(
        &'t self,
        sql: &str,
    ) -> db::Result<db::Statement<'t, 'c>> {
        Ok(db::Statement {
            tx: self,
            sql: sql.to_string(),
        })
    }

    pub(in crate::store) fn prepare<'t>(&'t self, sql: &str) -> db::Result<db::Statement<'t, 'c>> {
        self.prepare_cached(sql)
    }

    pub(in crate::store) fn query_row<T, P: db::Params>(
        &self,
        sql: &str,
        params: P,
        f: impl FnOnce(&db::Row<'_>) -> db::Result<T>,
    ) -> db::Result<T> {
        self.prepare_cached(sql)?.query_row(params, f)
    }

    pub(in crate::store) fn execute<P: db::Params>(
        &self,
        sql: &str,
        params: P,
    ) -> db::Result<usize> {
        self.run(sql, params.into_values())
    }

    /// Runs an INSERT and returns the new row's `id`.
    pub(in crate::store) fn insert<P: db::Params>(&self, sql: &str, params: P) -> db::Result<i64> {
        match self.conn {
            Conn::File(conn) => {
                self.run(sql, params.into_values())?;
                Ok(conn.last_insert_rowid())
            }
            Conn::Server(conn) => conn
                .fetch(&format!("{sql} RETURNING id"), params.into_values())?
                .next()?
                .ok_or(db::Error::NoRows)?
                .get(0),
        }
    }

    /// Whether the register is on a PostgreSQL server.
    pub(in crate::store) fn on_server(&self) -> bool {
        matches!(self.conn, Conn::Server(_))
    }

    /// The SQLite connection, for the few things only a file has (its schema version pragma).
    pub(in crate::store) fn file(&self) -> Option<&Connection> {
        match self.conn {
            Conn::File(conn) => Some(conn),
            Conn::Server(_) => None,
        }
    }

    /// Runs a statement that returns no rows: how many rows it changed.
    pub(in crate::store) fn run(&self, sql: &str, values: Vec<db::Value>) -> db::Result<usize> {
        let conn = match self.conn {
            Conn::File(conn) => conn,
            Conn::Server(conn) => return conn.run(sql, values),
        };
        let mut stmt = conn.prepare_cached(sql)?;
        Ok(stmt.execute(rusqlite::params_from_iter(
            values.into_iter().map(db::to_sqlite),
        ))?)
    }

    /// Runs a query and reads its rows.
    pub(in crate::store) fn fetch(
        &self,
        sql: &str,
        values: Vec<db::Value>,
    ) -> db::Result<db::Rows> {
        let conn = match self.conn {
            Conn::File(conn) => conn,
            Conn::Server(conn) => {
                explain::server(conn, sql, &values);
                return conn.fetch(sql, values);
            }
        };
        explain::file(conn, sql, &values);
        let mut stmt = conn.prepare_cached(sql)?;
        let names: Vec<String> = stmt.column_names().map(String::from).collect();
        let width = names.len();
        let mut rows = stmt.query(rusqlite::params_from_iter(
            values.into_iter().map(db::to_sqlite),
        ))?;
        let mut all = Vec::new();
        while let Some(row) = rows.next()? {
            let mut values = Vec::with_capacity(width);
            for i in 0..width {
                values.push(db::from_sqlite(row.get_ref(i)?));
            }
            all.push(values);
        }
        Ok(db::Rows::new(names, all))
    }

    /// Runs a query and hands each row to `f` as it is read, without keeping the rows: for
    /// walking a whole log.
    pub(in crate::store) fn for_each(
        &self,
        sql: &str,
        values: Vec<db::Value>,
        mut f: impl FnMut(&db::Row<'_>) -> anyhow::Result<()>,
    ) -> anyhow::Result<()> {
        let conn = match self.conn {
            Conn::File(conn) => conn,
            // On a server through a cursor, a batch of rows at a time.
            Conn::Server(conn) => return conn.for_each(sql, values, f),
        };
        let mut stmt = conn.prepare(sql).map_err(db::Error::from)?;
        let names: Vec<String> = stmt.column_names().map(String::from).collect();
        let width = names.len();
        let mut rows = stmt
            .query(rusqlite::params_from_iter(
                values.into_iter().map(db::to_sqlite),
            ))
            .map_err(db::Error::from)?;
        let mut current = Vec::with_capacity(width);
        while let Some(row) = rows.next().map_err(db::Error::from)? {
            current.clear();
            for i in 0..width {
                current.push(db::from_sqlite(row.get_ref(i).map_err(db::Error::from)?));
            }
            f(&db::Row::new(&current, &names))?;
        }
        Ok(())
    }
}

/// Refuses anything that is not an empty file or a moty register this moty can read.
fn check_identity(conn: &Connection, path: &Path) -> Result<()> {
    // One read transaction, so the header and the schema are read from the same snapshot: a
    // second moty creating the register at this moment must not look like a foreign file.
    let snapshot = conn
        .unchecked_transaction()
        .context("reading the register header")?;
    let conn = &*snapshot;
    let header = conn.query_row("PRAGMA application_id", [], |row| row.get::<_, i32>(0));
    let application_id = match header {
        Ok(id) => id,
        Err(e) if e.sqlite_error_code() == Some(rusqlite::ErrorCode::NotADatabase) => {
            let message = if key::given() {
                text::wrong_key(path)
            } else {
                text::not_a_register(path)
            };
            return Err(UserError::BadRegister(message).into());
        }
        Err(e) => return Err(e).context("reading the register header"),
    };
    let version: i64 = conn.query_row("PRAGMA user_version", [], |row| row.get(0))?;
    if application_id == 0 {
        let objects: i64 =
            conn.query_row("SELECT count(*) FROM sqlite_schema", [], |row| row.get(0))?;
        if objects == 0 && version == 0 {
            return Ok(());
        }
        return Err(UserError::BadRegister(text::not_a_register(path)).into());
    }
    if application_id != APPLICATION_ID {
        return Err(UserError::BadRegister(text::not_a_register(path)).into());
    }
    if version > migrate::LATEST {
        return Err(
            UserError::BadRegister(text::newer_register(path, version, migrate::LATEST)).into(),
        );
    }
    Ok(())
}

/// A storage failure the user can act on, whatever the engine called it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Failure {
    /// Another process held the register's write lock for the whole busy timeout (15 s).
    Busy,
    /// Another process held a lock the command could not wait for: SQLite answered busy without
    /// waiting, or the server broke a deadlock.
    BusyAtOnce,
    DiskFull,
    ReadOnly,
    CannotOpen,
}

/// What kind of storage failure `cause` is, if it is one.
pub fn failure(cause: &(dyn std::error::Error + 'static)) -> Option<Failure> {
    use rusqlite::ErrorCode;
    let sqlite = match cause.downcast_ref::<db::Error>() {
        Some(db::Error::Sqlite(e)) => e,
        Some(db::Error::Postgres(e)) => return pg::failure(e),
        Some(_) => return None,
        None => cause.downcast_ref::<rusqlite::Error>()?,
    };
    let code = sqlite.sqlite_error_code()?;
    match code {
        ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked => Some(match wait::waited_out() {
            true => Failure::Busy,
            false => Failure::BusyAtOnce,
        }),
        ErrorCode::DiskFull => Some(Failure::DiskFull),
        ErrorCode::ReadOnly => Some(Failure::ReadOnly),
        ErrorCode::CannotOpen => Some(Failure::CannotOpen),
        _ => None,
    }
}

/// Who writes, and when: stamped on every row a command adds.
#[derive(Debug, Clone)]
pub struct Author {
    /// UTC timestamp from the clock module.
    pub at: crate::clock::Stamp,
    /// Who acts, as given with `--as` (or the login name).
    pub actor: String,
    /// The operating-system login that ran the command, recorded beside `actor`.
    pub os_user: String,
    /// The time came from MOTY_NOW, not the system clock: every row says so.
    pub clock_overridden: bool,
}

impl Author {
    /// The chained who-and-when columns that follow `actor`: `os_user`, `clock`.
    pub(crate) fn stamp_values(&self) -> [db::Value; 2] {
        use db::Value;
        let clock = if self.clock_overridden {
            "override"
        } else {
            "system"
        };
        [
            Value::Text(self.os_user.clone()),
            Value::Text(clock.to_string()),
        ]
    }
}

/// Copies every page of `source` into `dest` in one step (-1), under one read transaction: a
/// consistent snapshot even while others write. A busy destination is waited for.
pub fn copy_all(source: &Connection, dest: &mut Connection) -> Result<()> {
    use rusqlite::backup::{Backup, StepResult};
    let backup = Backup::new(source, dest)?;
    loop {
        match backup.step(-1)? {
            StepResult::Done => return Ok(()),
            StepResult::More => {}
            _ => std::thread::sleep(std::time::Duration::from_millis(20)),
        }
    }
}

impl Register {
    /// Readies a file for one long bulk write (`moty demo`): more statements kept prepared, a
    /// larger page cache, and query plans that do not depend on bound values (SQLite otherwise
    /// prepares a statement again whenever a value its plan looked at changes, which a loop of
    /// hundreds of thousands of similar writes pays for on nearly every statement). Only this
    /// connection changes; the file is the same.
    pub fn for_bulk_writes(&self) -> Result<()> {
        if let Engine::File(conn) = &self.engine {
            conn.set_prepared_statement_cache_capacity(256);
            conn.set_db_config(
                rusqlite::config::DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG,
                true,
            )?;
            conn.execute_batch("PRAGMA cache_size = -16384;")?;
        }
        Ok(())
    }
}
