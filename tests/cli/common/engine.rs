//! The register's engine under test, and the engine-neutral way tests read (and, playing an
//! attacker, edit) the register: `env.count`, `env.one`, `env.query`, `env.rows`, `env.exec_raw`,
//! `env.dump`. The one place that knows the engines is here.
//!
//! The suite runs on SQLite (the file in the test's temporary folder) unless `MOTY_TEST_ENGINE=postgres`
//! (with `MOTY_TEST_PG`) is set
//! to a superuser URL on a throw-away PostgreSQL (`.ci/pg cargo test --test cli`): then every
//! `TestEnv::new()` creates a database `moty_test_<unique>` there, the binary gets its URL as
//! `MOTY_DB`, and the database is dropped when the test ends. The tests about the SQLite file itself
//! (tests/cli/sqlite_only.txt) are skipped in that run.
//!
//! Tests write their reading SQL once, in the shared dialect: `?1 ?2` placeholders with text
//! values, SQLite's `json_extract(column, '$.key')` and `x = 1` on flags (the PostgreSQL test
//! database gets shims for both in its `moty_test` schema, which only the tests' own connections
//! have on their search path), `env.rowid()` where the order of insertion matters. Values come back
//! as SQLite gives them (`Cell`): on PostgreSQL booleans are 0/1, dates 'YYYY-MM-DD',
//! timestamptz the Stamp format, as moty's own store normalises them.

use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};

use rusqlite::types::ValueRef;
use rusqlite::OpenFlags;

use super::{open, open_with_flags, TestEnv};

/// The engine the suite runs on.
pub enum Engine {
    /// The embedded file (the default).
    Sqlite,
    /// A throw-away server: the superuser URL of `MOTY_TEST_PG`.
    Postgres(String),
}

/// The throw-away server's superuser URL (`MOTY_TEST_PG`, set by `.ci/pg`), if there is one.
pub fn server_url() -> Option<String> {
    std::env::var("MOTY_TEST_PG")
        .ok()
        .filter(|url| !url.trim().is_empty())
}

/// `MOTY_TEST_ENGINE=postgres`: the suite runs on the server of `MOTY_TEST_PG` (which must then be
/// set); otherwise on SQLite files. The server's own tests (tests/cli/server.rs) need only
/// `MOTY_TEST_PG`, in either run.
pub fn engine() -> Engine {
    match std::env::var("MOTY_TEST_ENGINE").as_deref() {
        Ok("postgres") => Engine::Postgres(
            server_url().expect("MOTY_TEST_ENGINE=postgres needs MOTY_TEST_PG (.ci/pg sets it)"),
        ),
        _ => Engine::Sqlite,
    }
}

/// One value read from the register, as SQLite returns it.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Null,
    Integer(i64),
    Real(f64),
    Text(String),
    Blob(Vec<u8>),
}

impl Cell {
    /// The value as text, NULL as the marker `NULL` (what `env.rows` returns).
    pub fn text(&self) -> String {
        match self {
            Cell::Null => "NULL".to_string(),
            Cell::Integer(i) => i.to_string(),
            Cell::Real(r) => r.to_string(),
            Cell::Text(t) => t.clone(),
            Cell::Blob(b) => b.iter().map(|x| format!("{x:02x}")).collect(),
        }
    }
}

/// A Rust value a cell converts to (strictly: no text read as a number or the reverse).
pub trait FromCell: Sized {
    fn from_cell(cell: Cell) -> Result<Self, String>;
}

impl FromCell for i64 {
    fn from_cell(cell: Cell) -> Result<Self, String> {
        match cell {
            Cell::Integer(i) => Ok(i),
            other => Err(format!("not an integer: {other:?}")),
        }
    }
}

impl FromCell for f64 {
    fn from_cell(cell: Cell) -> Result<Self, String> {
        match cell {
            Cell::Real(r) => Ok(r),
            Cell::Integer(i) => Ok(i as f64),
            other => Err(format!("not a number: {other:?}")),
        }
    }
}

impl FromCell for String {
    fn from_cell(cell: Cell) -> Result<Self, String> {
        match cell {
            Cell::Text(t) => Ok(t),
            other => Err(format!("not text: {other:?}")),
        }
    }
}

impl FromCell for Vec<u8> {
    fn from_cell(cell: Cell) -> Result<Self, String> {
        match cell {
            Cell::Blob(b) => Ok(b),
            other => Err(format!("not a blob: {other:?}")),
        }
    }
}

impl FromCell for Cell {
    fn from_cell(cell: Cell) -> Result<Self, String> {
        Ok(cell)
    }
}

impl<T: FromCell> FromCell for Option<T> {
    fn from_cell(cell: Cell) -> Result<Self, String> {
        match cell {
            Cell::Null => Ok(None),
            other => T::from_cell(other).map(Some),
        }
    }
}

/// A row converted to a Rust value: one column as its value, several as a tuple.
pub trait FromRow: Sized {
    fn from_row(cells: Vec<Cell>) -> Result<Self, String>;
}

macro_rules! single {
    ($($t:ty),*) => {$(
        impl FromRow for $t {
            fn from_row(cells: Vec<Cell>) -> Result<Self, String> {
                let cell = cells.into_iter().next().ok_or("no column")?;
                <$t>::from_cell(cell)
            }
        }
    )*};
}
single!(
    i64,
    f64,
    String,
    Vec<u8>,
    Cell,
    Option<i64>,
    Option<f64>,
    Option<String>
);

macro_rules! tuple {
    ($($name:ident),*) => {
        impl<$($name: FromCell),*> FromRow for ($($name,)*) {
            fn from_row(cells: Vec<Cell>) -> Result<Self, String> {
                let mut cells = cells.into_iter();
                Ok(($($name::from_cell(cells.next().ok_or("too few columns")?)?,)*))
            }
        }
    };
}
tuple!(A, B);
tuple!(A, B, C);
tuple!(A, B, C, D);

static DATABASES: AtomicUsize = AtomicUsize::new(0);

/// A database name no other test (of this run or another) takes.
fn fresh_name() -> String {
    format!(
        "moty_test_{}_{}_{}",
        std::process::id(),
        DATABASES.fetch_add(1, Ordering::Relaxed),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos())
    )
}

/// A test's own database on the throw-away server, dropped with the test.
pub struct PgDatabase {
    admin: String,
    pub name: String,
    /// The URL of the database (the superuser's): what the binary gets as MOTY_DB.
    pub url: String,
}

impl PgDatabase {
    /// A database with nothing in it (for `moty admin init` itself).
    pub fn empty(admin: &str) -> PgDatabase {
        let name = fresh_name();
        connect(admin)
            .batch_execute(&format!("CREATE DATABASE {name}"))
            .unwrap_or_else(|e| panic!("CREATE DATABASE {name}: {e}"));
        PgDatabase {
            admin: admin.to_string(),
            url: with_database(admin, &name),
            name,
        }
    }

    /// The URL of the database signed in as `login`.
    pub fn as_login(&self, login: &str) -> String {
        let rest = self.url.split_once('@').map_or("", |(_, rest)| rest);
        format!("postgresql://{login}@{rest}")
    }

    /// A connection to the database as `login`, on moty's schema.
    pub fn client(&self, login: &str) -> postgres::Client {
        let mut client = connect(&self.as_login(login));
        client
            .batch_execute("SET search_path = moty")
            .expect("search_path");
        client
    }

    pub fn create(admin: &str) -> PgDatabase {
        let name = fresh_name();
        let mut client = connect(admin);
        client
            .batch_execute(&format!("CREATE DATABASE {name}"))
            .unwrap_or_else(|e| panic!("CREATE DATABASE {name}: {e}"));
        let url = with_database(admin, &name);
        // The register, made as the area's IT makes it (the superuser's `moty admin init`).
        let init = std::process::Command::new(super::moty_binary())
            .env_clear()
            .env("MOTY_DB", &url)
            .env("LANG", "C")
            .args(["admin", "init"])
            .output()
            .expect("run moty admin init");
        assert!(
            init.status.success(),
            "moty admin init on {name}: {}",
            String::from_utf8_lossy(&init.stderr)
        );
        connect(&url)
            .batch_execute(SHIMS)
            .unwrap_or_else(|e| panic!("the tests' SQLite shims in {name}: {e}"));
        PgDatabase {
            admin: admin.to_string(),
            name,
            url,
        }
    }
}

impl Drop for PgDatabase {
    fn drop(&mut self) {
        if std::env::var_os("MOTY_TEST_PG_KEEP").is_some() {
            eprintln!("kept the test database {}", self.url);
            return;
        }
        if let Ok(mut client) = postgres::Client::connect(&self.admin, postgres::NoTls) {
            let _ = client.batch_execute(&format!(
                "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                self.name
            ));
        }
    }
}

/// For the tests' reading SQL only (their connections have `moty_test` on the search path,
/// moty's own do not): SQLite's `json_extract(text, '$.a.b')` (a number as a number, so
/// `json_extract(d, '$.n') = 3` compares as on SQLite, a JSON boolean as 1/0), `json_array`,
/// `json_array_length`, a boolean compared with 0/1 and joined into text as 1/0.
const SHIMS: &str = r#"
CREATE SCHEMA moty_test;
CREATE FUNCTION moty_test.json_extract(doc text, path text) RETURNS text
    LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE jsonb_typeof(doc::jsonb #> string_to_array(substr(path, 3), '.'))
        WHEN 'boolean' THEN (doc::jsonb #>> string_to_array(substr(path, 3), '.'))::boolean::int::text
        ELSE doc::jsonb #>> string_to_array(substr(path, 3), '.') END $$;
CREATE FUNCTION moty_test.json_array_length(doc jsonb) RETURNS bigint
    LANGUAGE sql IMMUTABLE AS $$ SELECT jsonb_array_length(doc) $$;
CREATE FUNCTION moty_test.json_array(VARIADIC items text[]) RETURNS text
    LANGUAGE sql IMMUTABLE AS $$
    SELECT '[' || string_agg(to_json(i)::text, ',') || ']' FROM unnest(items) i $$;
CREATE FUNCTION moty_test.bool_concat(a boolean, b text) RETURNS text
    LANGUAGE sql IMMUTABLE AS $$ SELECT a::int::text || b $$;
CREATE OPERATOR moty_test.|| (LEFTARG = boolean, RIGHTARG = text, FUNCTION = moty_test.bool_concat);
CREATE FUNCTION moty_test.concat_bool(a text, b boolean) RETURNS text
    LANGUAGE sql IMMUTABLE AS $$ SELECT a || b::int::text $$;
CREATE OPERATOR moty_test.|| (LEFTARG = text, RIGHTARG = boolean, FUNCTION = moty_test.concat_bool);
CREATE FUNCTION moty_test.text_eq_int(a text, b bigint) RETURNS boolean
    LANGUAGE sql IMMUTABLE AS $$ SELECT a = b::text $$;
CREATE OPERATOR moty_test.= (LEFTARG = text, RIGHTARG = bigint, FUNCTION = moty_test.text_eq_int);
CREATE FUNCTION moty_test.bool_eq_int(a boolean, b bigint) RETURNS boolean
    LANGUAGE sql IMMUTABLE AS $$ SELECT a::int = b $$;
CREATE OPERATOR moty_test.= (LEFTARG = boolean, RIGHTARG = bigint, FUNCTION = moty_test.bool_eq_int);
"#;

/// The same URL naming another database (the path after the authority).
fn with_database(url: &str, database: &str) -> String {
    let (base, query) = url
        .split_once('?')
        .map_or((url, None), |(b, q)| (b, Some(q)));
    let scheme_end = base.find("://").map_or(0, |i| i + 3);
    let authority_end = base[scheme_end..]
        .find('/')
        .map_or(base.len(), |i| scheme_end + i);
    let mut out = format!("{}/{database}", &base[..authority_end]);
    if let Some(query) = query {
        let kept: Vec<&str> = query
            .split('&')
            .filter(|p| !p.starts_with("dbname="))
            .collect();
        if !kept.is_empty() {
            out.push('?');
            out.push_str(&kept.join("&"));
        }
    }
    out
}

fn connect(url: &str) -> postgres::Client {
    postgres::Client::connect(url, postgres::NoTls)
        .unwrap_or_else(|e| panic!("connect to {url}: {e}"))
}

/// A reading connection to a test database: the shims first (moty's schema has functions of the
/// same names for its own SQL), then moty's schema.
fn connect_reader(url: &str) -> postgres::Client {
    let mut client = connect(url);
    client
        .batch_execute(
            "SET search_path = moty_test, moty; SET TimeZone = 'UTC'; SET DateStyle = 'ISO'",
        )
        .expect("set up the reading connection");
    client
}

/// `?N` placeholders replaced by the values as quoted literals (untyped, so '2026-12-01' compares
/// with a date as it does with SQLite's text), outside quoted strings.
fn inline(sql: &str, params: &[&str]) -> String {
    let mut out = String::new();
    let mut chars = sql.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        if c == '\'' {
            quoted = !quoted;
        }
        if c == '?' && !quoted {
            let mut digits = String::new();
            while let Some(d) = chars.peek().filter(|d| d.is_ascii_digit()) {
                digits.push(*d);
                chars.next();
            }
            let n: usize = digits.parse().unwrap_or_else(|_| panic!("?N only: {sql}"));
            let value = params
                .get(n - 1)
                .unwrap_or_else(|| panic!("no ?{n}: {sql}"));
            out.push_str(&format!("'{}'", value.replace('\'', "''")));
        } else {
            out.push(c);
        }
    }
    out
}

/// One value of PostgreSQL's text form, normalised to what SQLite would have returned.
fn pg_cell(kind: &postgres::types::Type, text: Option<&str>) -> Cell {
    use postgres::types::Type;
    let Some(text) = text else { return Cell::Null };
    let number = |t: &str| t.parse().unwrap_or_else(|e| panic!("{t} as {kind}: {e}"));
    match *kind {
        Type::BOOL => Cell::Integer(i64::from(text == "t")),
        Type::INT2 | Type::INT4 | Type::INT8 | Type::OID => Cell::Integer(number(text)),
        Type::FLOAT4 | Type::FLOAT8 | Type::NUMERIC => {
            Cell::Real(text.parse().unwrap_or_else(|e| panic!("{text}: {e}")))
        }
        Type::TIMESTAMPTZ => {
            // 'YYYY-MM-DD HH:MM:SS[.ffffff]+00' (TimeZone UTC) → the Stamp format.
            Cell::Text(format!("{}T{}Z", &text[..10], &text[11..19]))
        }
        Type::BYTEA => {
            let hex = text.strip_prefix("\\x").unwrap_or(text);
            Cell::Blob(
                (0..hex.len())
                    .step_by(2)
                    .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).expect("bytea hex"))
                    .collect(),
            )
        }
        _ => Cell::Text(text.to_string()),
    }
}

fn sqlite_cell(value: ValueRef<'_>) -> Cell {
    match value {
        ValueRef::Null => Cell::Null,
        ValueRef::Integer(i) => Cell::Integer(i),
        ValueRef::Real(r) => Cell::Real(r),
        ValueRef::Text(t) => Cell::Text(String::from_utf8_lossy(t).into_owned()),
        ValueRef::Blob(b) => Cell::Blob(b.to_vec()),
    }
}

impl TestEnv {
    /// What the binary gets as MOTY_DB: the file, or the test database's URL.
    pub fn register(&self) -> std::ffi::OsString {
        match &self.pg {
            Some(pg) => pg.url.clone().into(),
            None => self.db.clone().into_os_string(),
        }
    }

    /// Whether moty has made the register: the file exists; on a server, where the owner made it
    /// before the test (`admin init`), whether anything was written to it — a client, a log row.
    pub fn register_exists(&self) -> bool {
        match &self.pg {
            Some(pg) => {
                connect_reader(&pg.url)
                    .query_one(
                        "SELECT (SELECT count(*) FROM moty.clients)
                             + (SELECT count(*) FROM moty.events)
                             + (SELECT count(*) FROM moty.access_log)
                             + (SELECT count(*) FROM moty.disclosure_log)",
                        &[],
                    )
                    .expect("the register's rows")
                    .get::<_, i64>(0)
                    > 0
            }
            None => self.db.exists(),
        }
    }

    /// `sqlite` on SQLite, `postgres` on PostgreSQL: for the rare reading SQL that differs.
    pub fn dialect<'a>(&self, sqlite: &'a str, postgres: &'a str) -> &'a str {
        if self.pg.is_some() {
            postgres
        } else {
            sqlite
        }
    }

    /// The column that orders a table's rows as they were inserted.
    pub fn rowid(&self) -> &'static str {
        self.dialect("rowid", "ctid")
    }

    /// Every row of a query (`?1 ?2 …` bound to `params`), each value as SQLite returns it.
    pub fn cells(&self, sql: &str, params: &[&str]) -> Vec<Vec<Cell>> {
        match &self.pg {
            Some(pg) => {
                let mut client = connect_reader(&pg.url);
                let sql = inline(sql, params);
                let statement = client
                    .prepare(&sql)
                    .unwrap_or_else(|e| panic!("{sql}: {}", pg_error(&e)));
                let kinds: Vec<_> = statement
                    .columns()
                    .iter()
                    .map(|c| c.type_().clone())
                    .collect();
                let messages = client
                    .simple_query(&sql)
                    .unwrap_or_else(|e| panic!("{sql}: {}", pg_error(&e)));
                messages
                    .iter()
                    .filter_map(|m| match m {
                        postgres::SimpleQueryMessage::Row(row) => Some(
                            (0..row.len())
                                .map(|i| pg_cell(&kinds[i], row.get(i)))
                                .collect(),
                        ),
                        _ => None,
                    })
                    .collect()
            }
            None => {
                let conn = self.connection();
                let mut statement = conn.prepare(sql).unwrap_or_else(|e| panic!("{sql}: {}", e));
                let columns = statement.column_count();
                let mut rows = statement
                    .query(rusqlite::params_from_iter(params))
                    .unwrap_or_else(|e| panic!("{sql}: {}", e));
                let mut out = Vec::new();
                while let Some(row) = rows.next().unwrap_or_else(|e| panic!("{sql}: {}", e)) {
                    out.push(
                        (0..columns)
                            .map(|i| sqlite_cell(row.get_ref(i).expect("value")))
                            .collect(),
                    );
                }
                out
            }
        }
    }

    /// Every row of a query as `T` (a value for one column, a tuple for several).
    pub fn query<T: FromRow>(&self, sql: &str, params: &[&str]) -> Vec<T> {
        self.cells(sql, params)
            .into_iter()
            .map(|row| T::from_row(row).unwrap_or_else(|e| panic!("{sql}: {}", e)))
            .collect()
    }

    /// The first row of a query as `T`; a query without rows fails the test.
    pub fn one<T: FromRow>(&self, sql: &str, params: &[&str]) -> T {
        self.query(sql, params)
            .into_iter()
            .next()
            .unwrap_or_else(|| panic!("{sql}: no row"))
    }

    /// Every row, each value as text, NULL as the marker `NULL`.
    pub fn rows(&self, sql: &str) -> Vec<Vec<String>> {
        self.cells(sql, &[])
            .iter()
            .map(|row| row.iter().map(Cell::text).collect())
            .collect()
    }

    /// A number the register holds (a count, as a rule).
    pub fn count(&self, sql: &str) -> i64 {
        self.one(sql, &[])
    }

    /// The phase a case is in, as the register holds it.
    pub fn phase(&self, case: &str) -> String {
        self.one("SELECT phase FROM cases WHERE id = ?1", &[case])
    }

    /// Runs SQL on the register as someone past moty: the file's owner with a SQLite tool, or a
    /// superuser on the server past the triggers (`session_replication_role = replica`) — the
    /// attacker the chains and the witness must catch.
    pub fn exec_raw(&self, sql: &str) {
        match &self.pg {
            Some(pg) => {
                let mut client = connect_reader(&pg.url);
                client
                    .batch_execute(&format!("SET session_replication_role = replica; {sql}"))
                    .unwrap_or_else(|e| panic!("{sql}: {}", pg_error(&e)));
            }
            None => open(&self.db)
                .and_then(|conn| conn.execute_batch(sql))
                .unwrap_or_else(|e| panic!("{sql}: {}", e)),
        }
    }

    /// Every row of every table, in a stable order: two equal dumps mean equal content.
    pub fn dump(&self) -> String {
        match &self.pg {
            Some(pg) => pg_dump(&pg.url),
            None => dump(&self.db),
        }
    }
}

fn pg_dump(url: &str) -> String {
    let mut client = connect_reader(url);
    let tables: Vec<String> = client
        .query(
            "SELECT table_name::text FROM information_schema.tables
             WHERE table_schema = 'moty' AND table_type = 'BASE TABLE'
                 -- the wrapper's: the test clock, and each login it signs in placed in a team
                 AND table_name NOT IN ('clock_override', 'members')
             ORDER BY table_name COLLATE \"C\"",
            &[],
        )
        .expect("tables")
        .iter()
        .map(|row| row.get(0))
        .collect();
    let mut out = String::new();
    for table in tables {
        out.push_str(&format!("# {table}\n"));
        let rows = client
            .query(
                &format!("SELECT t::text FROM moty.\"{table}\" t ORDER BY t::text COLLATE \"C\""),
                &[],
            )
            .expect("rows");
        for row in rows {
            out.push_str(row.get::<_, &str>(0));
            out.push('\n');
        }
    }
    out
}

pub fn dump(db: &Path) -> String {
    let conn = open_with_flags(db, OpenFlags::SQLITE_OPEN_READ_ONLY).expect("open");
    let mut out = String::new();
    let tables: Vec<String> = conn
        // Ordinary tables: not the search index (migration 8), a virtual table over clients,
        // nor its shadow tables (some WITHOUT ROWID).
        .prepare(
            "SELECT name FROM pragma_table_list
             WHERE schema = 'main' AND type = 'table' AND name <> 'sqlite_schema'
             ORDER BY name",
        )
        .and_then(|mut s| s.query_map([], |r| r.get(0))?.collect())
        .expect("tables");
    for table in tables {
        out.push_str(&format!("# {table}\n"));
        let mut stmt = conn
            .prepare(&format!("SELECT * FROM \"{table}\" ORDER BY rowid"))
            .expect("select");
        let columns = stmt.column_count();
        let mut rows = stmt.query([]).expect("rows");
        while let Some(row) = rows.next().expect("row") {
            let values: Vec<String> = (0..columns)
                .map(|i| format!("{:?}", row.get_ref(i).expect("value")))
                .collect();
            out.push_str(&values.join("|"));
            out.push('\n');
        }
    }
    out
}

#[test]
fn a_url_names_another_database() {
    assert_eq!(
        with_database("postgresql://postgres@/postgres?host=/tmp/x", "moty_test_1"),
        "postgresql://postgres@/moty_test_1?host=/tmp/x"
    );
    assert_eq!(
        with_database(
            "postgres://u:p@db.example:5433/x?dbname=y&sslmode=require",
            "t"
        ),
        "postgres://u:p@db.example:5433/t?sslmode=require"
    );
    assert_eq!(with_database("postgresql://h", "t"), "postgresql://h/t");
}

#[test]
fn placeholders_become_quoted_literals() {
    assert_eq!(
        inline(
            "SELECT '?1', x FROM t WHERE a = ?1 AND b = ?2",
            &["it's", "2"]
        ),
        "SELECT '?1', x FROM t WHERE a = 'it''s' AND b = '2'"
    );
}

/// The server's own message for a PostgreSQL error.
fn pg_error(e: &postgres::Error) -> String {
    e.as_db_error()
        .map_or_else(|| e.to_string(), |db| db.message().to_string())
}
