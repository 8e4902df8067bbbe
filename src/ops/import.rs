//! `moty import referrals`: a team's referral sheet (domain::sheet) registered as `moty refer`
//! registers each referral — the same client look-up, the same refusals, the same rows (client,
//! case, referral and signs, the `case-opened` entry, the access-log row) — everything or nothing.
//!
//! Every row is checked against the register before any is written, and every problem is
//! reported with its line. On a register file the checks and the writes are one transaction: a
//! refused row leaves the register as it was. On a server the writes go in batches of
//! `SERVER_BATCH` rows, each its own transaction, so the register's write lock (which the
//! coordinators' look-ups need for their access-log rows) is never held for long; the rows are
//! checked first (in batches too), and each batch checks its rows again as it writes. Should a
//! row be refused after all (someone referred the same client in between), the batches before
//! it stay and the error says which lines they were: a second run of the whole file would then
//! refuse their clients' open cases (identity codes) — the lines without an identity code must be
//! taken out, as the message says.
//!
//! In bulk either way: a batch's people are looked up together (`refer::People`: the identity
//! codes in one query per thousand, on a server their look-ups across teams likewise, each code
//! still logged by the server), and its rows are written `WRITE_CHUNK` referrals at a time, each
//! table's rows in one multi-row statement (`refer::write_all`, which `refer` uses for one);
//! the server's triggers still number, stamp and hash every chained row.

use std::collections::{HashMap, HashSet};

use anyhow::Result;
use schemars::JsonSchema;
use serde::Serialize;

use super::refer::{check_with, write_all as write_batch, Found, NewReferral, Numbers, People};
use super::Session;
use crate::domain::sheet::{Column, Row, Sheet};
use crate::error::UserError;
use crate::store::{Author, Tx};
use crate::text;

/// Rows per transaction on a server: about a third of a second of the write lock (the checks
/// again, then the writes) at the rate measured on a two-core server, some 1,400 referrals a
/// second through the server's triggers (docs/src/reference/performance.md).
const SERVER_BATCH: usize = 500;

/// Referrals written together: each table's rows for them in one or a few statements.
const WRITE_CHUNK: usize = 1000;

/// Problems listed before "… and N more".
const SHOWN_AT_MOST: usize = 100;

/// What the command is doing, for the progress bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    Checking,
    Importing,
}

/// What `moty import referrals` did (or, with `--dry-run`, would do).
#[derive(Debug, Serialize, JsonSchema)]
pub struct Imported {
    /// Referrals registered (with `--dry-run`: checked).
    pub referrals: usize,
    /// Of them, referrals of clients new to the register.
    pub new_clients: usize,
    /// Of them, referrals of clients the register had (matched by identity code, as `refer`).
    pub existing_clients: usize,
    /// The first and last case opened; null with `--dry-run`.
    pub first_case: Option<String>,
    pub last_case: Option<String>,
    /// Nothing was written.
    pub dry_run: bool,
}

/// A problem found in the register's rules: (line, column as the file wrote it, message).
type Problem = (usize, Option<String>, String);

/// The column a validator's field (one of `refer`'s flags) stands for in the sheet.
fn column_of_flag(flag: &str) -> Option<Column> {
    match flag {
        "--referrer-unit" => Some(Column::ReferrerUnit),
        "--on" => Some(Column::Date),
        "--minor" => Some(Column::Minor),
        "--name" => Some(Column::Name),
        "--hetu" => Some(Column::Hetu),
        _ => None,
    }
}

/// A row's refusal as a problem, or the error itself when it is not the row's fault.
fn problem(sheet: &Sheet, row: &Row, error: anyhow::Error) -> Result<Problem> {
    match error.downcast::<UserError>() {
        Ok(UserError::Invalid { field, message }) => Ok((
            row.line,
            column_of_flag(&field).map(|c| sheet.name(c)),
            message,
        )),
        Ok(UserError::Refused(message)) | Ok(UserError::NotFound(message)) => {
            Ok((row.line, None, message))
        }
        Ok(other) => Err(other.into()),
        Err(error) => Err(error),
    }
}

/// Checks the sheet's rows against the register, then (unless `dry_run`) registers them.
/// `progress` hears how many rows of the stage are done.
pub fn referrals(
    session: &mut Session,
    file: &str,
    sheet: &Sheet,
    dry_run: bool,
    progress: &mut dyn FnMut(Stage, usize),
) -> Result<Imported> {
    let year = session.clock.year();
    let on_server = session.register().on_server();
    if !on_server && !dry_run {
        // A file: checks and writes in one transaction.
        return session.write(|tx, author| {
            let found = check_all(tx, author, file, sheet, &sheet.rows, 0, progress)?;
            write_all(
                tx,
                author,
                &mut Numbers::new(year, true),
                &sheet.rows,
                found,
                0,
                progress,
            )
        });
    }
    let batch = if on_server { SERVER_BATCH } else { usize::MAX };
    // Checked first, every row, writing nothing (on a server the look-up across teams logs
    // itself, as refer's does, hence a write transaction there).
    let mut problems = Vec::new();
    let mut checked = Imported {
        referrals: 0,
        new_clients: 0,
        existing_clients: 0,
        first_case: None,
        last_case: None,
        dry_run,
    };
    for (index, chunk) in sheet.rows.chunks(batch).enumerate() {
        let done = index * batch;
        let mut check = |tx: &Tx, author: &Author| {
            check_rows(
                tx,
                author,
                sheet,
                chunk,
                done,
                &mut problems,
                &mut *progress,
            )
        };
        let found = if on_server {
            session.write(check)?
        } else {
            let author = session.author();
            session.read(|tx| check(tx, &author))?
        };
        for found in found.iter().flatten() {
            checked.referrals += 1;
            if found.existing() {
                checked.existing_clients += 1;
            } else {
                checked.new_clients += 1;
            }
        }
    }
    refuse(file, problems)?;
    if dry_run {
        return Ok(checked);
    }
    let mut imported = Imported { dry_run, ..checked };
    imported.first_case = None;
    for (index, chunk) in sheet.rows.chunks(batch).enumerate() {
        let done = index * batch;
        let written = session.write(|tx, author| {
            let found = check_all(tx, author, file, sheet, chunk, done, &mut *progress)?;
            write_all(
                tx,
                author,
                &mut Numbers::new(year, true),
                chunk,
                found,
                done,
                &mut *progress,
            )
        });
        match written {
            Ok(batch) => {
                imported.first_case = imported.first_case.or(batch.first_case);
                imported.last_case = batch.last_case;
            }
            Err(error) if index > 0 => {
                let last_line = sheet.rows[done - 1].line;
                let partial = text::sheet_partial(
                    sheet.rows[0].line,
                    last_line,
                    imported.last_case.as_deref().unwrap_or_default(),
                    chunk[0].line,
                );
                return Err(error.context(partial));
            }
            Err(error) => return Err(error),
        }
    }
    Ok(imported)
}

/// Fails with every problem found, one line each, saying nothing was written: bad input
/// naming the file.
fn refuse(file: &str, mut problems: Vec<Problem>) -> Result<()> {
    if problems.is_empty() {
        return Ok(());
    }
    problems.sort_by_key(|(line, ..)| *line);
    Err(UserError::invalid(file, text::sheet_problems(&problems, SHOWN_AT_MOST)).into())
}

/// `check_rows` that refuses with every problem.
fn check_all(
    tx: &Tx,
    author: &Author,
    file: &str,
    sheet: &Sheet,
    rows: &[Row],
    done: usize,
    progress: &mut dyn FnMut(Stage, usize),
) -> Result<Vec<Found>> {
    let mut problems = Vec::new();
    let found = check_rows(tx, author, sheet, rows, done, &mut problems, progress)?;
    refuse(file, problems)?;
    Ok(found.into_iter().flatten().collect())
}

/// Checks each row as `refer` would (the referring unit once per distinct text); a refused row
/// is a problem, and None in the result.
fn check_rows(
    tx: &Tx,
    author: &Author,
    sheet: &Sheet,
    rows: &[Row],
    done: usize,
    problems: &mut Vec<Problem>,
    progress: &mut dyn FnMut(Stage, usize),
) -> Result<Vec<Option<Found>>> {
    let mut units: HashMap<String, Option<String>> = HashMap::new();
    let mut found = Vec::with_capacity(rows.len());
    let referrals: Vec<&NewReferral> = rows.iter().map(|row| &row.referral).collect();
    let people = People::look_up(tx, &referrals)?;
    for (index, row) in rows.iter().enumerate() {
        if index % 1000 == 0 {
            progress(Stage::Checking, done + index);
        }
        if let Some(unit) = &row.referral.referral.referrer_unit {
            if !units.contains_key(unit) {
                let refused = match super::areas::check_unit(tx, "--referrer-unit", unit) {
                    Ok(_) => None,
                    Err(error) => Some(problem(sheet, row, error)?.2),
                };
                units.insert(unit.clone(), refused);
            }
            if let Some(Some(message)) = units.get(unit) {
                problems.push((
                    row.line,
                    Some(sheet.name(Column::ReferrerUnit)),
                    message.clone(),
                ));
                found.push(None);
                continue;
            }
        }
        match check_with(tx, author, &row.referral, &people) {
            Ok(ok) => found.push(Some(ok)),
            Err(error) => {
                problems.push(problem(sheet, row, error)?);
                found.push(None);
            }
        }
    }
    progress(Stage::Checking, done + rows.len());
    Ok(found)
}

/// Registers the checked rows, as `refer` writes each, `WRITE_CHUNK` at a time.
#[allow(clippy::too_many_arguments)]
fn write_all(
    tx: &Tx,
    author: &Author,
    numbers: &mut Numbers,
    rows: &[Row],
    found: Vec<Found>,
    done: usize,
    progress: &mut dyn FnMut(Stage, usize),
) -> Result<Imported> {
    let mut units: HashSet<&str> = HashSet::new();
    for unit in rows
        .iter()
        .filter_map(|r| r.referral.referral.referrer_unit.as_deref())
    {
        if units.insert(unit) {
            super::areas::resolve_unit(tx, "--referrer-unit", unit)?;
        }
    }
    let mut imported = Imported {
        referrals: 0,
        new_clients: 0,
        existing_clients: 0,
        first_case: None,
        last_case: None,
        dry_run: false,
    };
    let mut found = found.into_iter();
    for chunk in rows.chunks(WRITE_CHUNK) {
        progress(Stage::Importing, done + imported.referrals);
        let batch: Vec<_> = chunk
            .iter()
            .map(|row| &row.referral)
            .zip(found.by_ref())
            .collect();
        // Another team's client is an existing one, though new to this team.
        let existing: Vec<bool> = batch.iter().map(|(_, found)| found.existing()).collect();
        let written = write_batch(tx, author, numbers, batch, "import referrals")?;
        for (registered, existing) in written.into_iter().zip(existing) {
            imported.referrals += 1;
            if !existing {
                imported.new_clients += 1;
            } else {
                imported.existing_clients += 1;
            }
            imported.first_case = imported.first_case.or(Some(registered.case.clone()));
            imported.last_case = Some(registered.case);
        }
    }
    progress(Stage::Importing, done + rows.len());
    Ok(imported)
}
