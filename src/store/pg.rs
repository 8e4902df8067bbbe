//! The PostgreSQL engine behind the store seam (`db.rs`): a register on the wellbeing area's
//! server, through the synchronous `postgres` crate (TLS by `postgres-native-tls`, so Windows and
//! macOS use their own certificate stores). No async code here: the driver runs its own runtime.
//!
//! The store's SQL is SQLite's: `?1` placeholders are rewritten to `$1`; every parameter is sent
//! in PostgreSQL's TEXT format, so the server reads '2026-12-01' for a `date` column and '1' for a
//! `boolean` exactly as it would in a literal; every value read comes back as SQLite would have
//! returned it (boolean → 0/1, date → 'YYYY-MM-DD', timestamptz → the Stamp text, numeric →
//! an integer when it is whole). One `Tx` type serves both engines.
//!
//! A statement's first run in a process is one round trip: parsed, bound and run unnamed, its
//! parameters' types left to the server to infer (`query_typed` with type 0), as preparing would.
//! From its second run it is prepared, so the server keeps it (and its plan) for the rest of the
//! process: a command runs most statements once, the import and the reports some thousands of
//! times.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::error::Error as StdError;

use postgres::types::{FromSql, IsNull, ToSql, Type};
use postgres_types::Format;

use super::db::{self, Value};

type BoxError = Box<dyn StdError + Sync + Send>;

/// The advisory lock every write transaction takes first (`BEGIN IMMEDIATE` on SQLite), the
/// key `moty.write_lock_key()` returns and the stamping triggers take: "moty" in ASCII.
pub const WRITE_LOCK: i64 = 1_836_020_857;

/// An open connection to a register on a server.
pub struct Conn {
    client: RefCell<postgres::Client>,
    statements: RefCell<HashMap<String, postgres::Statement>>,
    /// The statements run once, unprepared (prepared when they run again).
    run_once: RefCell<HashSet<String>>,
    /// How many walks (`for_each`) are open, each on its own cursor.
    walks: std::cell::Cell<usize>,
}

/// Whether the connection cannot use TLS: every host a Unix socket (the server on this machine,
/// where TLS is never offered) or `sslmode=disable`. Then no TLS connector is built: building
/// one loads the system's certificate store, some 40 ms of every command on a socket.
fn without_tls(config: &postgres::Config) -> bool {
    if config.get_ssl_mode() == postgres::config::SslMode::Disable {
        return true;
    }
    #[cfg(unix)]
    {
        let hosts = config.get_hosts();
        !hosts.is_empty()
            && hosts
                .iter()
                .all(|h| matches!(h, postgres::config::Host::Unix(_)))
    }
    #[cfg(not(unix))]
    {
        false
    }
}

impl Conn {
    /// Connects to `url` (`postgresql://…`), with TLS when the server offers it, and points the
    /// session at the register's schema.
    /// A URL without a password takes the one `moty login` kept (`credentials`).
    pub fn connect(url: &str) -> Result<Conn, db::Error> {
        let mut config: postgres::Config = url.parse().map_err(db::Error::Postgres)?;
        super::credentials::fill_password(&mut config);
        Conn::connect_with(&config).map_err(|e| super::credentials::explain(&config, e))
    }

    /// Connects as `config` says (`moty login` checks a password this way), with the client
    /// certificate and CA of the configuration file (`credentials::tls_connector`).
    pub fn connect_with(config: &postgres::Config) -> Result<Conn, db::Error> {
        let mut client = if without_tls(config) {
            config.connect(postgres::NoTls)
        } else {
            let tls = super::credentials::tls_connector()
                .map_err(|e| db::Error::Conversion("tls".into(), e.reason))?;
            config.connect(postgres_native_tls::MakeTlsConnector::new(tls))
        }
        .map_err(db::Error::Postgres)?;
        // Just-in-time compilation is off: row-level security's subqueries make the planner's
        // cost estimates of moty's small queries high enough for it, and compiling took tens of
        // milliseconds where the query took a fraction of one (`show` at 100,000 clients).
        client
            .batch_execute(
                "SET search_path = moty, pg_catalog; SET lock_timeout = '15s';
                 SET DateStyle = 'ISO, YMD'; SET TimeZone = 'UTC'; SET jit = off",
            )
            .map_err(db::Error::Postgres)?;
        Ok(Conn {
            client: RefCell::new(client),
            statements: RefCell::new(HashMap::new()),
            run_once: RefCell::new(HashSet::new()),
            walks: std::cell::Cell::new(0),
        })
    }

    /// Runs `work` between `begin` and COMMIT; ROLLBACK when it fails, so nothing is half done.
    pub fn transaction<T>(
        &self,
        begin: &str,
        work: impl FnOnce(&Conn) -> anyhow::Result<T>,
    ) -> anyhow::Result<T> {
        self.batch(begin)?;
        match work(self) {
            Ok(value) => {
                self.batch("COMMIT")?;
                Ok(value)
            }
            Err(e) => {
                // The failure is what the user must see; a failed ROLLBACK only ends the session.
                let _ = self.batch("ROLLBACK");
                Err(e)
            }
        }
    }

    /// The register's schema version, None where the database holds no register.
    pub fn schema_version(&self) -> Result<Option<i64>, db::Error> {
        let present: bool = self
            .fetch(
                "SELECT to_regclass('moty.schema_version') IS NOT NULL",
                Vec::new(),
            )?
            .next()?
            .ok_or(db::Error::NoRows)?
            .get(0)?;
        if !present {
            return Ok(None);
        }
        self.fetch("SELECT max(version) FROM moty.schema_version", Vec::new())?
            .next()?
            .ok_or(db::Error::NoRows)?
            .get(0)
    }

    /// Runs statements without parameters (transaction control, DDL).
    pub fn batch(&self, sql: &str) -> Result<(), db::Error> {
        self.client
            .borrow_mut()
            .batch_execute(sql)
            .map_err(db::Error::Postgres)
    }

    /// The statement prepared, or None on its first run (see the module).
    fn statement(&self, sql: &str) -> Result<Option<postgres::Statement>, db::Error> {
        if let Some(statement) = self.statements.borrow().get(sql) {
            return Ok(Some(statement.clone()));
        }
        if self.run_once.borrow_mut().insert(sql.to_string()) {
            return Ok(None);
        }
        let statement = self
            .client
            .borrow_mut()
            .prepare(&placeholders(sql))
            .map_err(db::Error::Postgres)?;
        self.statements
            .borrow_mut()
            .insert(sql.to_string(), statement.clone());
        Ok(Some(statement))
    }

    /// Runs a statement that returns no rows: how many rows it changed.
    pub fn run(&self, sql: &str, values: Vec<Value>) -> Result<usize, db::Error> {
        let changed = match self.statement(sql)? {
            Some(statement) => as_text(values, |params| {
                self.client.borrow_mut().execute(&statement, params)
            }),
            None => as_typed(values, |params| {
                let mut client = self.client.borrow_mut();
                let mut rows =
                    client.query_typed_raw(&placeholders(sql), params.iter().cloned())?;
                while postgres::fallible_iterator::FallibleIterator::next(&mut rows)?.is_some() {}
                Ok(rows.rows_affected().unwrap_or(0))
            }),
        }
        .map_err(db::Error::Postgres)?;
        Ok(usize::try_from(changed).unwrap_or(usize::MAX))
    }

    /// Runs a query and reads its rows as SQLite would have returned them.
    pub fn fetch(&self, sql: &str, values: Vec<Value>) -> Result<db::Rows, db::Error> {
        match self.statement(sql)? {
            Some(statement) => {
                let rows = as_text(values, |params| {
                    self.client.borrow_mut().query(&statement, params)
                })
                .map_err(db::Error::Postgres)?;
                read_rows(names(statement.columns()), rows)
            }
            None => {
                let rows = as_typed(values, |params| {
                    self.client
                        .borrow_mut()
                        .query_typed(&placeholders(sql), params)
                })
                .map_err(db::Error::Postgres)?;
                // With no rows there are no columns to name (and nothing reads them).
                let names = rows.first().map(|r| names(r.columns())).unwrap_or_default();
                read_rows(names, rows)
            }
        }
    }

    /// Runs a query through a cursor and hands its rows to `f` a batch at a time, so a whole log
    /// is never held (the driver reads a result whole). Between two batches `f` may run other
    /// queries on the connection. Only inside a transaction, as every `Tx` is.
    pub fn for_each(
        &self,
        sql: &str,
        values: Vec<Value>,
        mut f: impl FnMut(&db::Row<'_>) -> anyhow::Result<()>,
    ) -> anyhow::Result<()> {
        // A walk inside a walk takes the next name.
        let depth = self.walks.get();
        let cursor = format!("moty_walk_{depth}");
        self.run(
            &format!("DECLARE {cursor} NO SCROLL CURSOR FOR {sql}"),
            values,
        )?;
        self.walks.set(depth + 1);
        let walked = (|| -> anyhow::Result<()> {
            // Prepared for this cursor alone: its columns are the query's.
            let fetch = self
                .client
                .borrow_mut()
                .prepare(&format!("FETCH {WALK_BATCH} FROM {cursor}"))
                .map_err(db::Error::Postgres)?;
            loop {
                let rows = self
                    .client
                    .borrow_mut()
                    .query(&fetch, &[])
                    .map_err(db::Error::Postgres)?;
                if rows.is_empty() {
                    return Ok(());
                }
                let mut rows = read_rows(names(fetch.columns()), rows)?;
                while let Some(row) = rows.next()? {
                    f(&row)?;
                }
            }
        })();
        self.walks.set(depth);
        walked?;
        self.batch(&format!("CLOSE {cursor}"))?;
        Ok(())
    }
}

/// How many rows a walk (`Conn::for_each`) reads at a time.
const WALK_BATCH: usize = 2000;

/// The driver's rows as SQLite would have returned them.
fn read_rows(names: Vec<String>, rows: Vec<postgres::Row>) -> Result<db::Rows, db::Error> {
    let mut all = Vec::with_capacity(rows.len());
    for row in rows {
        let mut values = Vec::with_capacity(names.len());
        for i in 0..names.len() {
            let read: Read = row.try_get(i).map_err(db::Error::Postgres)?;
            values.push(read.0);
        }
        all.push(values);
    }
    Ok(db::Rows::new(names, all))
}

/// A result's column names.
fn names(columns: &[postgres::Column]) -> Vec<String> {
    columns.iter().map(|c| c.name().to_string()).collect()
}

/// The URL as it may be shown: without its password.
pub fn redacted(url: &str) -> String {
    match url.parse::<postgres::Config>() {
        Ok(config) if config.get_password().is_some() => {
            // user:password@ → user@ (the rest as written).
            match (url.find("://"), url.rfind('@')) {
                (Some(scheme), Some(at)) if at > scheme => {
                    let credentials = &url[scheme + 3..at];
                    let user = credentials.split(':').next().unwrap_or_default();
                    format!("{}{user}@{}", &url[..scheme + 3], &url[at + 1..])
                }
                _ => url.split('?').next().unwrap_or_default().to_string(),
            }
        }
        _ => url.to_string(),
    }
}

/// What kind of storage failure a server's error is.
pub fn failure(e: &postgres::Error) -> Option<super::Failure> {
    use postgres::error::SqlState;
    if e.is_closed() {
        return Some(super::Failure::CannotOpen);
    }
    let code = e.code()?;
    if *code == SqlState::LOCK_NOT_AVAILABLE {
        // lock_timeout (15 s, as a file's busy timeout) ran out.
        Some(super::Failure::Busy)
    } else if *code == SqlState::T_R_DEADLOCK_DETECTED {
        Some(super::Failure::BusyAtOnce)
    } else if *code == SqlState::DISK_FULL {
        Some(super::Failure::DiskFull)
    } else if *code == SqlState::READ_ONLY_SQL_TRANSACTION {
        Some(super::Failure::ReadOnly)
    } else {
        None
    }
}

/// SQLite's placeholders (`?1`, or a bare `?` counted from 1) as PostgreSQL's (`$1`), outside
/// quoted text, quoted names and comments.
pub fn placeholders(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len() + 8);
    let mut chars = sql.chars().peekable();
    let mut next_bare = 1;
    while let Some(c) = chars.next() {
        match c {
            '\'' | '"' => {
                out.push(c);
                for d in chars.by_ref() {
                    out.push(d);
                    if d == c {
                        break;
                    }
                }
            }
            '-' if chars.peek() == Some(&'-') => {
                out.push(c);
                for d in chars.by_ref() {
                    out.push(d);
                    if d == '\n' {
                        break;
                    }
                }
            }
            '?' => {
                let mut digits = String::new();
                while let Some(d) = chars.peek().filter(|d| d.is_ascii_digit()) {
                    digits.push(*d);
                    chars.next();
                }
                if digits.is_empty() {
                    digits = next_bare.to_string();
                    next_bare += 1;
                }
                out.push('$');
                out.push_str(&digits);
            }
            c => out.push(c),
        }
    }
    out
}

/// Runs `f` with `values` as the driver's parameters, each sent as text.
fn as_text<T>(values: Vec<Value>, f: impl FnOnce(&[&(dyn ToSql + Sync)]) -> T) -> T {
    let params: Vec<AsText> = values.into_iter().map(AsText).collect();
    let refs: Vec<&(dyn ToSql + Sync)> = params.iter().map(|p| p as &(dyn ToSql + Sync)).collect();
    f(&refs)
}

/// Runs `f` with `values` as the driver's parameters, each sent as text, its type the server's to
/// infer (type 0: unspecified, as a prepared statement's would be).
fn as_typed<T>(values: Vec<Value>, f: impl FnOnce(&[(&(dyn ToSql + Sync), Type)]) -> T) -> T {
    let unspecified = Type::new(
        "unknown".to_string(),
        0,
        postgres_types::Kind::Pseudo,
        "pg_catalog".to_string(),
    );
    as_text(values, |params| {
        let typed: Vec<(&(dyn ToSql + Sync), Type)> =
            params.iter().map(|&p| (p, unspecified.clone())).collect();
        f(&typed)
    })
}

/// A parameter sent as text: the server reads it as it would a literal of the column's type.
#[derive(Debug)]
struct AsText(Value);

impl ToSql for AsText {
    fn to_sql(&self, _: &Type, out: &mut bytes::BytesMut) -> Result<IsNull, BoxError> {
        use bytes::BufMut;
        match &self.0 {
            Value::Null => return Ok(IsNull::Yes),
            Value::Integer(i) => out.put_slice(i.to_string().as_bytes()),
            Value::Real(r) => out.put_slice(r.to_string().as_bytes()),
            Value::Text(t) => out.put_slice(t.as_bytes()),
            Value::Blob(b) => {
                out.put_slice(b"\\x");
                out.put_slice(hex::encode(b).as_bytes());
            }
        }
        Ok(IsNull::No)
    }

    fn accepts(_: &Type) -> bool {
        true
    }

    fn encode_format(&self, _: &Type) -> Format {
        Format::Text
    }

    postgres::types::to_sql_checked!();
}

/// A value read back in the form SQLite gives it.
struct Read(Value);

impl<'a> FromSql<'a> for Read {
    fn from_sql(ty: &Type, raw: &'a [u8]) -> Result<Read, BoxError> {
        use postgres_protocol::types as wire;
        let value = match *ty {
            Type::BOOL => Value::Integer(i64::from(wire::bool_from_sql(raw)?)),
            Type::INT2 => Value::Integer(i64::from(wire::int2_from_sql(raw)?)),
            Type::INT4 => Value::Integer(i64::from(wire::int4_from_sql(raw)?)),
            Type::INT8 => Value::Integer(wire::int8_from_sql(raw)?),
            Type::OID => Value::Integer(i64::from(wire::oid_from_sql(raw)?)),
            Type::FLOAT4 => Value::Real(f64::from(wire::float4_from_sql(raw)?)),
            Type::FLOAT8 => Value::Real(wire::float8_from_sql(raw)?),
            Type::NUMERIC => numeric(raw)?,
            Type::BYTEA => Value::Blob(raw.to_vec()),
            Type::DATE => {
                let days = wire::date_from_sql(raw)?;
                let epoch = chrono::NaiveDate::from_ymd_opt(2000, 1, 1).ok_or("epoch")?;
                let date = epoch
                    .checked_add_signed(chrono::TimeDelta::days(i64::from(days)))
                    .ok_or("a date out of range")?;
                Value::Text(date.format("%Y-%m-%d").to_string())
            }
            Type::TIMESTAMPTZ | Type::TIMESTAMP => {
                let micros = wire::timestamp_from_sql(raw)?;
                let epoch = chrono::NaiveDate::from_ymd_opt(2000, 1, 1)
                    .and_then(|d| d.and_hms_opt(0, 0, 0))
                    .ok_or("epoch")?;
                let at = epoch
                    .checked_add_signed(chrono::TimeDelta::microseconds(micros))
                    .ok_or("a time out of range")?;
                let format = if *ty == Type::TIMESTAMPTZ {
                    crate::clock::Stamp::FORMAT
                } else {
                    crate::clock::minute::FORMAT
                };
                Value::Text(at.format(format).to_string())
            }
            Type::JSONB => Value::Text(String::from_utf8(raw.get(1..).unwrap_or(&[]).to_vec())?),
            _ => Value::Text(String::from_utf8(raw.to_vec())?),
        };
        Ok(Read(value))
    }

    fn from_sql_null(_: &Type) -> Result<Read, BoxError> {
        Ok(Read(Value::Null))
    }

    fn accepts(_: &Type) -> bool {
        true
    }
}

/// A binary `numeric` as SQLite would give it: an integer when whole and in range, else a real.
fn numeric(raw: &[u8]) -> Result<Value, BoxError> {
    let word = |i: usize| -> Result<i16, BoxError> {
        let bytes = raw.get(i * 2..i * 2 + 2).ok_or("a short numeric")?;
        Ok(i16::from_be_bytes([bytes[0], bytes[1]]))
    };
    let (ndigits, weight, sign) = (word(0)?, word(1)?, word(2)? as u16);
    if sign == 0xC000 {
        return Ok(Value::Real(f64::NAN));
    }
    let mut text = String::new();
    let digits: Vec<i16> = (0..usize::try_from(ndigits)?)
        .map(|i| word(4 + i))
        .collect::<Result<_, _>>()?;
    // Each digit is four decimal digits; weight is the power of 10000 of the first.
    let mut whole = String::new();
    let mut fraction = String::new();
    for (i, d) in digits.iter().enumerate() {
        let power = i64::from(weight) - i64::try_from(i)?;
        if power >= 0 {
            whole.push_str(&format!("{d:04}"));
        } else {
            fraction.push_str(&format!("{d:04}"));
        }
    }
    let last_power = i64::from(weight) - i64::from(ndigits) + 1;
    for _ in 0..last_power.max(0) {
        whole.push_str("0000");
    }
    if weight < -1 {
        fraction.insert_str(0, &"0000".repeat(usize::try_from(-1 - i64::from(weight))?));
    }
    let whole = whole.trim_start_matches('0');
    text.push_str(if whole.is_empty() { "0" } else { whole });
    let fraction = fraction.trim_end_matches('0');
    if sign == 0x4000 {
        text.insert(0, '-');
    }
    if fraction.is_empty() {
        if let Ok(i) = text.parse::<i64>() {
            return Ok(Value::Integer(i));
        }
    }
    text.push('.');
    text.push_str(if fraction.is_empty() { "0" } else { fraction });
    Ok(Value::Real(text.parse()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_numbered_outside_quotes_and_comments() {
        assert_eq!(
            placeholders("SELECT '?1', \"a?\" FROM t WHERE a = ?2 AND b = ?1 -- ?3\n AND c = ?"),
            "SELECT '?1', \"a?\" FROM t WHERE a = $2 AND b = $1 -- ?3\n AND c = $1"
        );
        assert_eq!(placeholders("VALUES (?, ?, ?)"), "VALUES ($1, $2, $3)");
        assert_eq!(placeholders("x = ?12"), "x = $12");
    }

    fn numeric_bytes(ndigits: i16, weight: i16, sign: u16, scale: i16, digits: &[i16]) -> Vec<u8> {
        let mut raw = Vec::new();
        for w in [ndigits, weight, sign as i16, scale] {
            raw.extend_from_slice(&w.to_be_bytes());
        }
        for d in digits {
            raw.extend_from_slice(&d.to_be_bytes());
        }
        raw
    }

    #[test]
    fn numerics_read_as_sqlite_would() {
        // 12345678 = 1234 5678 (weight 1)
        let raw = numeric_bytes(2, 1, 0, 0, &[1234, 5678]);
        assert_eq!(numeric(&raw).ok(), Some(Value::Integer(12_345_678)));
        // 20000 = 2 (weight 1, trailing zero digit omitted)
        let raw = numeric_bytes(1, 1, 0, 0, &[2]);
        assert_eq!(numeric(&raw).ok(), Some(Value::Integer(20_000)));
        // -1.5 = 1 . 5000
        let raw = numeric_bytes(2, 0, 0x4000, 1, &[1, 5000]);
        assert_eq!(numeric(&raw).ok(), Some(Value::Real(-1.5)));
        // 0.0025 = weight -1: 0025
        let raw = numeric_bytes(1, -1, 0, 4, &[25]);
        assert_eq!(numeric(&raw).ok(), Some(Value::Real(0.0025)));
        // 0.00000001 = weight -2: 0001 (×10000⁻²)
        let raw = numeric_bytes(1, -2, 0, 8, &[1]);
        assert_eq!(numeric(&raw).ok(), Some(Value::Real(0.000_000_01)));
        // 0
        let raw = numeric_bytes(0, 0, 0, 0, &[]);
        assert_eq!(numeric(&raw).ok(), Some(Value::Integer(0)));
    }
}
