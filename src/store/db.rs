//! The engine-neutral face of a transaction: the one API every store function writes its SQL
//! against, whichever engine holds the register (ARCHITECTURE.md, "Engines").
//!
//! It reads like rusqlite on purpose — `params!`, `prepare_cached(sql)?.query_row(…)`,
//! `row.get(0)?`, `.optional()` — so a query is written once. SQL uses SQLite's numbered
//! placeholders (`?1`, `?2`); values cross the seam as [`Value`], the five storage classes
//! SQLite has, and every engine hands back what SQLite would have: the store's readers (`FromSql`)
//! and writers (`ToSql`) are the same for both.

use std::fmt;

/// A value crossing the seam: SQLite's storage classes.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Integer(i64),
    Real(f64),
    Text(String),
    Blob(Vec<u8>),
}

/// What went wrong in the engine, or in reading a value back.
#[derive(Debug)]
pub enum Error {
    /// `query_row` found no row (`.optional()` turns it into `None`).
    NoRows,
    Sqlite(rusqlite::Error),
    Postgres(postgres::Error),
    /// A stored value is not what the reader expected (a column's index or name, and why).
    Conversion(String, String),
    /// A column the query does not have.
    NoColumn(String),
    /// The server asks for a password that neither the URL nor `moty login` gives (the words to
    /// show; store::credentials).
    SignIn(String),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::NoRows => write!(f, "the query returned no rows"),
            Error::Sqlite(e) => write!(f, "{e}"),
            // The server's own message (its "ERROR:" and code are for the server's log).
            Error::Postgres(e) => match e.as_db_error() {
                Some(db) => write!(f, "{}", db.message()),
                None => write!(f, "{e}"),
            },
            Error::Conversion(column, why) => write!(f, "column {column}: {why}"),
            Error::NoColumn(column) => write!(f, "no column {column}"),
            Error::SignIn(message) => f.write_str(message),
        }
    }
}

/// The engine's error is shown by `Display` already: no `source`, so a message never says it
/// twice (`store::failure` looks inside the variants).
impl std::error::Error for Error {}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Error {
        match e {
            rusqlite::Error::QueryReturnedNoRows => Error::NoRows,
            e => Error::Sqlite(e),
        }
    }
}

/// A value that can be a query's parameter.
pub trait ToSql {
    fn to_value(&self) -> Value;
}

/// A value that can be read from a column.
pub trait FromSql: Sized {
    /// Reads the value, or says why it cannot be this type.
    fn from_value(value: Value) -> Result<Self, String>;
}

impl<T: ToSql + ?Sized> ToSql for &T {
    fn to_value(&self) -> Value {
        (**self).to_value()
    }
}

impl<T: ToSql> ToSql for Option<T> {
    fn to_value(&self) -> Value {
        self.as_ref().map_or(Value::Null, ToSql::to_value)
    }
}

impl<T: FromSql> FromSql for Option<T> {
    fn from_value(value: Value) -> Result<Self, String> {
        match value {
            Value::Null => Ok(None),
            value => T::from_value(value).map(Some),
        }
    }
}

impl ToSql for Value {
    fn to_value(&self) -> Value {
        self.clone()
    }
}

impl FromSql for Value {
    fn from_value(value: Value) -> Result<Self, String> {
        Ok(value)
    }
}

impl ToSql for str {
    fn to_value(&self) -> Value {
        Value::Text(self.to_string())
    }
}

impl ToSql for String {
    fn to_value(&self) -> Value {
        Value::Text(self.clone())
    }
}

impl FromSql for String {
    fn from_value(value: Value) -> Result<Self, String> {
        match value {
            Value::Text(t) => Ok(t),
            other => Err(format!("expected text, found {other:?}")),
        }
    }
}

impl ToSql for [u8] {
    fn to_value(&self) -> Value {
        Value::Blob(self.to_vec())
    }
}

impl ToSql for Vec<u8> {
    fn to_value(&self) -> Value {
        Value::Blob(self.clone())
    }
}

impl FromSql for Vec<u8> {
    fn from_value(value: Value) -> Result<Self, String> {
        match value {
            Value::Blob(b) => Ok(b),
            other => Err(format!("expected a blob, found {other:?}")),
        }
    }
}

impl ToSql for bool {
    fn to_value(&self) -> Value {
        Value::Integer(i64::from(*self))
    }
}

impl FromSql for bool {
    fn from_value(value: Value) -> Result<Self, String> {
        match value {
            Value::Integer(i) => Ok(i != 0),
            other => Err(format!("expected 0 or 1, found {other:?}")),
        }
    }
}

impl ToSql for f64 {
    fn to_value(&self) -> Value {
        Value::Real(*self)
    }
}

impl FromSql for f64 {
    fn from_value(value: Value) -> Result<Self, String> {
        match value {
            Value::Real(r) => Ok(r),
            #[allow(clippy::cast_precision_loss)]
            Value::Integer(i) => Ok(i as f64),
            other => Err(format!("expected a number, found {other:?}")),
        }
    }
}

macro_rules! integers {
    ($($t:ty),+) => {
        $(
            impl ToSql for $t {
                fn to_value(&self) -> Value {
                    Value::Integer(i64::try_from(*self).unwrap_or(i64::MAX))
                }
            }

            impl FromSql for $t {
                fn from_value(value: Value) -> Result<Self, String> {
                    match value {
                        Value::Integer(i) => <$t>::try_from(i)
                            .map_err(|_| format!("{i} does not fit in {}", stringify!($t))),
                        other => Err(format!("expected an integer, found {other:?}")),
                    }
                }
            }
        )+
    };
}

integers!(i8, i16, i32, i64, u8, u16, u32, u64, usize);

impl ToSql for chrono::NaiveDate {
    fn to_value(&self) -> Value {
        Value::Text(self.format("%Y-%m-%d").to_string())
    }
}

impl FromSql for chrono::NaiveDate {
    fn from_value(value: Value) -> Result<Self, String> {
        let text = String::from_value(value)?;
        chrono::NaiveDate::parse_from_str(&text, "%Y-%m-%d")
            .map_err(|e| format!("not a date ({text}): {e}"))
    }
}

/// A query's parameters: `params![a, b]`, `[x]`, `[]` or `params_from_iter(values)`.
pub trait Params {
    fn into_values(self) -> Vec<Value>;
}

impl Params for &[&dyn ToSql] {
    fn into_values(self) -> Vec<Value> {
        self.iter().map(|p| p.to_value()).collect()
    }
}

impl Params for [&dyn ToSql; 0] {
    fn into_values(self) -> Vec<Value> {
        Vec::new()
    }
}

macro_rules! arrays {
    ($($n:literal)+) => {
        $(
            impl<T: ToSql> Params for [T; $n] {
                fn into_values(self) -> Vec<Value> {
                    self.iter().map(ToSql::to_value).collect()
                }
            }
        )+
    };
}

arrays!(1 2 3 4 5 6 7 8);

/// Parameters from an iterator of values.
pub struct ParamsFromIter(Vec<Value>);

/// The most values a look-up by a list binds in one statement (`in_list`).
pub const LIST_CHUNK: usize = 1000;

/// `?1, ?2, …, ?n`: the placeholders of a list of `n` values (`col IN (…)`).
pub fn in_list(n: usize) -> String {
    (1..=n)
        .map(|i| format!("?{i}"))
        .collect::<Vec<_>>()
        .join(", ")
}

pub fn params_from_iter<I>(values: I) -> ParamsFromIter
where
    I: IntoIterator,
    I::Item: ToSql,
{
    ParamsFromIter(values.into_iter().map(|v| v.to_value()).collect())
}

impl Params for Vec<Value> {
    fn into_values(self) -> Vec<Value> {
        self
    }
}

impl Params for ParamsFromIter {
    fn into_values(self) -> Vec<Value> {
        self.0
    }
}

/// `params![a, b, c]`: a list of parameters of different types.
macro_rules! params {
    () => {
        &[] as &[&dyn $crate::store::db::ToSql]
    };
    ($($param:expr),+ $(,)?) => {
        &[$(&$param as &dyn $crate::store::db::ToSql),+] as &[&dyn $crate::store::db::ToSql]
    };
}
pub(crate) use params;

/// One row of a result, as values.
pub struct Row<'a> {
    values: &'a [Value],
    names: &'a [String],
}

/// How a column is named in `Row::get`: its index, or its name.
pub trait RowIndex {
    fn index(&self, names: &[String]) -> Result<usize>;
}

impl RowIndex for usize {
    fn index(&self, names: &[String]) -> Result<usize> {
        if *self < names.len() {
            Ok(*self)
        } else {
            Err(Error::NoColumn(self.to_string()))
        }
    }
}

impl RowIndex for &str {
    fn index(&self, names: &[String]) -> Result<usize> {
        names
            .iter()
            .position(|n| n.eq_ignore_ascii_case(self))
            .ok_or_else(|| Error::NoColumn((*self).to_string()))
    }
}

impl<'a> Row<'a> {
    pub(super) fn new(values: &'a [Value], names: &'a [String]) -> Row<'a> {
        Row { values, names }
    }

    pub fn get<I: RowIndex + fmt::Debug, T: FromSql>(&self, index: I) -> Result<T> {
        let i = index.index(self.names)?;
        T::from_value(self.values[i].clone())
            .map_err(|why| Error::Conversion(format!("{index:?}"), why))
    }
}

/// `query_row`'s "no row" as `None`.
pub trait OptionalExtension<T> {
    fn optional(self) -> Result<Option<T>>;
}

impl<T> OptionalExtension<T> for Result<T> {
    fn optional(self) -> Result<Option<T>> {
        match self {
            Ok(value) => Ok(Some(value)),
            Err(Error::NoRows) => Ok(None),
            Err(e) => Err(e),
        }
    }
}

/// A result read whole: its column names and rows.
pub struct Rows {
    names: Vec<String>,
    rows: std::vec::IntoIter<Vec<Value>>,
    current: Vec<Value>,
}

impl Rows {
    pub(super) fn new(names: Vec<String>, rows: Vec<Vec<Value>>) -> Rows {
        Rows {
            names,
            rows: rows.into_iter(),
            current: Vec::new(),
        }
    }

    /// The next row, as rusqlite's `Rows::next` (a row borrows from `Rows`, so this cannot be
    /// `Iterator::next`).
    #[allow(clippy::should_implement_trait)]
    pub fn next(&mut self) -> Result<Option<Row<'_>>> {
        match self.rows.next() {
            Some(row) => {
                self.current = row;
                Ok(Some(Row {
                    values: &self.current,
                    names: &self.names,
                }))
            }
            None => Ok(None),
        }
    }

    fn map_all<T>(self, mut f: impl FnMut(&Row<'_>) -> Result<T>) -> Result<Vec<T>> {
        let names = self.names;
        self.rows
            .map(|values| {
                f(&Row {
                    values: &values,
                    names: &names,
                })
            })
            .collect()
    }
}

/// A statement on a transaction: `tx.prepare_cached(sql)?` and then one of rusqlite's verbs.
pub struct Statement<'t, 'c> {
    pub(super) tx: &'t super::Tx<'c>,
    pub(super) sql: String,
}

impl Statement<'_, '_> {
    pub fn execute<P: Params>(&mut self, params: P) -> Result<usize> {
        self.tx.run(&self.sql, params.into_values())
    }

    pub fn query<P: Params>(&mut self, params: P) -> Result<Rows> {
        self.tx.fetch(&self.sql, params.into_values())
    }

    pub fn query_row<P: Params, T>(
        &mut self,
        params: P,
        f: impl FnOnce(&Row<'_>) -> Result<T>,
    ) -> Result<T> {
        let mut rows = self.query(params)?;
        match rows.next()? {
            Some(row) => f(&row),
            None => Err(Error::NoRows),
        }
    }

    /// Every row mapped by `f`: an iterator of results, as rusqlite's `query_map` (the rows are
    /// read first).
    pub fn query_map<P: Params, T>(
        &mut self,
        params: P,
        f: impl FnMut(&Row<'_>) -> Result<T>,
    ) -> Result<std::vec::IntoIter<Result<T>>> {
        let rows = self.query(params)?;
        let mapped: Vec<Result<T>> = match rows.map_all(f) {
            Ok(values) => values.into_iter().map(Ok).collect(),
            Err(e) => vec![Err(e)],
        };
        Ok(mapped.into_iter())
    }

    pub fn exists<P: Params>(&mut self, params: P) -> Result<bool> {
        Ok(self.query(params)?.next()?.is_some())
    }
}

/// Reads a SQLite value into the neutral one.
pub(super) fn from_sqlite(value: rusqlite::types::ValueRef<'_>) -> Value {
    use rusqlite::types::ValueRef;
    match value {
        ValueRef::Null => Value::Null,
        ValueRef::Integer(i) => Value::Integer(i),
        ValueRef::Real(r) => Value::Real(r),
        ValueRef::Text(t) => Value::Text(String::from_utf8_lossy(t).into_owned()),
        ValueRef::Blob(b) => Value::Blob(b.to_vec()),
    }
}

/// The neutral value as SQLite binds it.
pub(super) fn to_sqlite(value: Value) -> rusqlite::types::Value {
    use rusqlite::types::Value as V;
    match value {
        Value::Null => V::Null,
        Value::Integer(i) => V::Integer(i),
        Value::Real(r) => V::Real(r),
        Value::Text(t) => V::Text(t),
        Value::Blob(b) => V::Blob(b),
    }
}

/// The neutral value bound directly on a SQLite connection (the SQLite-only work on the file:
/// migrations, the chain-format move).
impl rusqlite::ToSql for Value {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        Ok(rusqlite::types::ToSqlOutput::Owned(to_sqlite(self.clone())))
    }
}

impl rusqlite::types::FromSql for Value {
    fn column_result(value: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<Self> {
        Ok(from_sqlite(value))
    }
}
