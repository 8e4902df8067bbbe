//! `moty import referrals`: a team's referral sheet (domain::sheet) registered as `moty refer`
//! registers each referral — the same client look-up, the same refusals, the same rows (client,
//! case, referral and signs, the `case-opened` entry, the access-log row) — everything or nothing.
//!
//! The sheet is never held whole: it is read a chunk of rows at a time, and more than once
//! (`files::Reread`: the file kept open, or standard input held as it came). The first reading
//! (`read_sheet`, before the register is opened) checks every field and finds an identity code
//! given twice (eight bytes a row, the one thing that grows with the sheet); the register is
//! then opened and the sheet read again. Should the file change in between, what the later
//! reading finds is what is checked and written: a field's problem refuses it as the first
//! reading would, and an identity code twice is the register's to refuse (the second line's
//! client has the first's open case, or the clients' unique identity codes refuse the write).
//!
//! Every row is checked against the register before any is written, and every problem is
//! reported with its line. On a register file the checks and the writes are one transaction: the
//! sheet read `WRITE_CHUNK` rows at a time to check every row, then read again to write them, each
//! chunk checked again just before it is written (the first checks' results would grow with the
//! sheet). A refused row leaves the register as it was. The second checks find what the first
//! found: a sheet names each identity code once (the first reading refuses a code twice), so a
//! written row is never the client, nor the open case, that a later row's check looks for, and a
//! unit text's mapping only records what the text already resolves to; were it otherwise, the
//! import would be refused, never written otherwise than checked.
//!
//! On a server the writes go in batches of `SERVER_BATCH` rows, each its own transaction, so the
//! register's write lock (which the coordinators' look-ups need for their access-log rows) is
//! never held for long; the rows are checked first (in batches too, a reading of the sheet), and
//! each batch checks its rows again as it writes (a second reading). Should a row be refused
//! after all (someone referred the same client in between), the batches before it stay and the
//! error says which lines they were: a second run of the whole file would then refuse their
//! clients' open cases (identity codes) — the lines without an identity code must be taken out,
//! as the message says.
//!
//! In bulk either way: a chunk's people are looked up together (`refer::People`: the identity
//! codes in one query per thousand, on a server their look-ups across teams likewise, each code
//! still logged by the server), and its rows are written together, each table's rows in one
//! multi-row statement (`refer::write_all`, which `refer` uses for one); the server's triggers
//! still number, stamp and hash every chained row.

use std::collections::{HashMap, HashSet};
use std::io::Read;

use anyhow::Result;
use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::Serialize;

use super::refer::{check_with, write_all as write_batch, Found, NewReferral, Numbers, People};
use super::Session;
use crate::domain::sheet::{Column, Header, Problem, Problems, Reading, Row, Sheet};
use crate::error::UserError;
use crate::files::Reread;
use crate::store::{Author, Tx};
use crate::text;

/// Rows per transaction on a server: about a third of a second of the write lock (the checks
/// again, then the writes) at the rate measured on a two-core server, some 1,400 referrals a
/// second through the server's triggers (docs/src/reference/performance.md).
const SERVER_BATCH: usize = 500;

/// Rows read, checked or written together on a file: each table's rows for them in one or a few
/// statements; what the import holds of the sheet at a time.
const WRITE_CHUNK: usize = 1000;

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

impl Imported {
    fn none(dry_run: bool) -> Imported {
        Imported {
            referrals: 0,
            new_clients: 0,
            existing_clients: 0,
            first_case: None,
            last_case: None,
            dry_run,
        }
    }

    /// One more referral, of a client the register had (`existing`) or a new one.
    fn count(&mut self, existing: bool) {
        self.referrals += 1;
        if existing {
            self.existing_clients += 1;
        } else {
            self.new_clients += 1;
        }
    }
}

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
fn problem(header: &Header, row: &Row, error: anyhow::Error) -> Result<Problem> {
    let problem = |column: Option<Column>, message| Problem {
        line: row.line,
        column: column.map(|c| header.name(c)),
        message,
    };
    match error.downcast::<UserError>() {
        Ok(UserError::Invalid { field, message }) => Ok(problem(column_of_flag(&field), message)),
        Ok(UserError::Refused(message)) | Ok(UserError::NotFound(message)) => {
            Ok(problem(None, message))
        }
        Ok(other) => Err(other.into()),
        Err(error) => Err(error),
    }
}

/// The sheet refused: every problem, one line each (the first `SHOWN_AT_MOST`, then "… and N
/// more"), saying nothing was written; bad input naming the file.
fn refusal(file: &str, problems: &Problems) -> anyhow::Error {
    let listed: Vec<(usize, Option<String>, String)> = problems
        .shown()
        .iter()
        .map(|p| (p.line, p.column.clone(), p.message.clone()))
        .collect();
    UserError::invalid(file, text::sheet_problems(&listed, problems.count())).into()
}

fn refuse(file: &str, problems: &Problems) -> Result<()> {
    if problems.is_empty() {
        Ok(())
    } else {
        Err(refusal(file, problems))
    }
}

/// The sheet from its start, its header read.
fn open<'s>(
    source: &'s mut Reread,
    file: &str,
    today: NaiveDate,
    reading: Reading,
) -> Result<Sheet<impl Read + 's>> {
    Sheet::open(source.reader()?, today, reading).map_err(|problems| refusal(file, &problems))
}

/// Reads the whole sheet once, checking every field (the register is not needed, nor opened),
/// keeping none of it: the number of referrals, or every problem (bad input naming the file).
/// `today` is the register's date (no referral dated later).
pub fn read_sheet(source: &mut Reread, file: &str, today: NaiveDate) -> Result<usize> {
    let mut sheet = open(source, file, today, Reading::First)?;
    let mut rows = Vec::with_capacity(WRITE_CHUNK);
    loop {
        sheet.read(WRITE_CHUNK, &mut rows);
        if rows.is_empty() {
            break;
        }
    }
    sheet.finish().map_err(|problems| refusal(file, &problems))
}

/// Reads the sheet again and checks its rows against the register, then (unless `dry_run`)
/// registers them. `progress` hears how many rows of the stage are done.
pub fn referrals(
    session: &mut Session,
    file: &str,
    source: &mut Reread,
    dry_run: bool,
    progress: &mut dyn FnMut(Stage, usize),
) -> Result<Imported> {
    let year = session.clock.year();
    let today = session.clock.today();
    if session.register().on_server() {
        return on_server(session, file, source, dry_run, progress);
    }
    if dry_run {
        let author = session.author();
        return session.read(|tx| on_file(tx, &author, file, source, today, None, progress));
    }
    // A file: checks and writes in one transaction.
    session.write(|tx, author| {
        let numbers = Numbers::new(year, true);
        on_file(tx, author, file, source, today, Some(numbers), progress)
    })
}

/// What is known of the referring units' texts: each checked one's refusal (None: a unit), and
/// those resolved for writing.
#[derive(Default)]
struct Units {
    checked: HashMap<String, Option<String>>,
    resolved: HashSet<String>,
}

/// A file, in the caller's one transaction: every row checked against the register, the sheet
/// read `WRITE_CHUNK` rows at a time, before any is written (a problem anywhere refuses the whole
/// sheet at once, as when it was checked whole); then, with `numbers`, the sheet read again and
/// each chunk checked again and written (the checks are not kept: they would grow with the
/// sheet).
fn on_file(
    tx: &Tx,
    author: &Author,
    file: &str,
    source: &mut Reread,
    today: NaiveDate,
    numbers: Option<Numbers>,
    progress: &mut dyn FnMut(Stage, usize),
) -> Result<Imported> {
    let mut units = Units::default();
    let sheet = open(source, file, today, Reading::Again)?;
    let checked = check_pass(
        sheet,
        file,
        (WRITE_CHUNK, numbers.is_none()),
        progress,
        |header, rows, problems| check_rows(tx, author, header, rows, &mut units, problems),
    )?;
    let Some(mut numbers) = numbers else {
        return Ok(checked);
    };
    let mut imported = Imported::none(false);
    let mut units = Units::default();
    let mut problems = Problems::default();
    let mut rows = Vec::with_capacity(WRITE_CHUNK);
    let mut sheet = open(source, file, today, Reading::Again)?;
    let mut done = 0;
    loop {
        sheet.read(WRITE_CHUNK, &mut rows);
        if rows.is_empty() || !sheet.problems().is_empty() {
            break;
        }
        let found = check_rows(tx, author, sheet.header(), &rows, &mut units, &mut problems)?;
        refuse(file, &problems)?;
        let found = found.into_iter().flatten().collect();
        imported.add(write_rows(
            tx,
            author,
            &mut numbers,
            &rows,
            found,
            &mut units,
        )?);
        done += rows.len();
        progress(Stage::Importing, done);
    }
    sheet
        .finish()
        .map_err(|problems| refusal(file, &problems))?;
    Ok(imported)
}

/// A server: every row checked first, a batch a transaction, writing nothing (but the look-ups
/// across teams, which log themselves, as refer's do); then, unless `dry_run`, each batch checked
/// again and written in its own transaction.
fn on_server(
    session: &mut Session,
    file: &str,
    source: &mut Reread,
    dry_run: bool,
    progress: &mut dyn FnMut(Stage, usize),
) -> Result<Imported> {
    let year = session.clock.year();
    let today = session.clock.today();
    let sheet = open(source, file, today, Reading::Again)?;
    let checked = check_pass(
        sheet,
        file,
        (SERVER_BATCH, dry_run),
        progress,
        |header, rows, problems| {
            session.write(|tx, author| {
                let mut units = Units::default();
                check_rows(tx, author, header, rows, &mut units, problems)
            })
        },
    )?;
    let mut rows = Vec::with_capacity(SERVER_BATCH);
    if dry_run {
        return Ok(checked);
    }
    let mut imported = Imported { dry_run, ..checked };
    // The lines written so far: the first, and the last of the batch before.
    let mut written: Option<(usize, usize)> = None;
    let mut sheet = open(source, file, today, Reading::Again)?;
    let mut next = 0;
    let mut done = 0;
    let partial = |error: anyhow::Error, written, next, imported: &Imported| match written {
        Some((first, last)) => {
            let case = imported.last_case.as_deref().unwrap_or_default();
            error.context(text::sheet_partial(first, last, case, next))
        }
        None => error,
    };
    loop {
        sheet.read(SERVER_BATCH, &mut rows);
        // A problem of the sheet itself: it changed since it was checked (reported below).
        let problem = sheet.problems().shown().first().map(|p| p.line);
        if rows.is_empty() || problem.is_some() {
            next = rows
                .first()
                .map(|row| row.line)
                .into_iter()
                .chain(problem)
                .min()
                .unwrap_or(next);
            break;
        }
        next = rows[0].line;
        let header = sheet.header();
        let batch = session.write(|tx, author| {
            let mut units = Units::default();
            let mut problems = Problems::default();
            let found = check_rows(tx, author, header, &rows, &mut units, &mut problems)?;
            refuse(file, &problems)?;
            let found = found.into_iter().flatten().collect();
            write_rows(
                tx,
                author,
                &mut Numbers::new(year, true),
                &rows,
                found,
                &mut units,
            )
        });
        match batch {
            Ok(batch) => {
                imported.first_case = imported.first_case.or(batch.first_case);
                imported.last_case = batch.last_case;
                let first = written.map_or(rows[0].line, |(first, _)| first);
                written = rows.last().map(|row| (first, row.line));
            }
            Err(error) => return Err(partial(error, written, next, &imported)),
        }
        done += rows.len();
        progress(Stage::Importing, done);
    }
    match sheet.finish() {
        Ok(_) => Ok(imported),
        Err(problems) => {
            let error = refusal(file, &problems);
            Err(partial(error, written, next, &imported))
        }
    }
}

/// Reads the rest of `sheet` `chunk` rows at a time, checking each chunk against the register
/// with `check` (in the caller's transaction on a file, a transaction of its own on a server):
/// what the rows would register, or every problem (bad input naming the file). `dry_run` is what
/// the count says. A problem of the sheet itself (it changed since the first reading) is what is
/// reported, as the first reading would have: the register's checks stop there.
fn check_pass<R: Read>(
    mut sheet: Sheet<R>,
    file: &str,
    (chunk, dry_run): (usize, bool),
    progress: &mut dyn FnMut(Stage, usize),
    mut check: impl FnMut(&Header, &[Row], &mut Problems) -> Result<Vec<Option<Found>>>,
) -> Result<Imported> {
    let mut checked = Imported::none(dry_run);
    let mut problems = Problems::default();
    let mut rows = Vec::with_capacity(chunk);
    let mut done = 0;
    loop {
        sheet.read(chunk, &mut rows);
        if rows.is_empty() {
            break;
        }
        if sheet.problems().is_empty() {
            let found = check(sheet.header(), &rows, &mut problems)?;
            found
                .iter()
                .flatten()
                .for_each(|found| checked.count(found.existing()));
        }
        done += rows.len();
        progress(Stage::Checking, done);
    }
    sheet
        .finish()
        .map_err(|problems| refusal(file, &problems))?;
    refuse(file, &problems)?;
    Ok(checked)
}

/// Checks each row as `refer` would (the referring unit once per distinct text, `units`
/// remembering); a refused row is a problem, and None in the result.
fn check_rows(
    tx: &Tx,
    author: &Author,
    header: &Header,
    rows: &[Row],
    units: &mut Units,
    problems: &mut Problems,
) -> Result<Vec<Option<Found>>> {
    let mut found = Vec::with_capacity(rows.len());
    let referrals: Vec<&NewReferral> = rows.iter().map(|row| &row.referral).collect();
    let people = People::look_up(tx, &referrals)?;
    for row in rows {
        if let Some(unit) = &row.referral.referral.referrer_unit {
            if !units.checked.contains_key(unit) {
                let refused = match super::areas::check_unit(tx, "--referrer-unit", unit) {
                    Ok(_) => None,
                    Err(error) => Some(problem(header, row, error)?.message),
                };
                units.checked.insert(unit.clone(), refused);
            }
            if let Some(Some(message)) = units.checked.get(unit) {
                problems.push(Problem {
                    line: row.line,
                    column: Some(header.name(Column::ReferrerUnit)),
                    message: message.clone(),
                });
                found.push(None);
                continue;
            }
        }
        match check_with(tx, author, &row.referral, &people) {
            Ok(ok) => found.push(Some(ok)),
            Err(error) => {
                problems.push(problem(header, row, error)?);
                found.push(None);
            }
        }
    }
    Ok(found)
}

/// Registers the checked rows, as `refer` writes each, `WRITE_CHUNK` at a time (the referring
/// units' texts resolved once each, `units` remembering).
fn write_rows(
    tx: &Tx,
    author: &Author,
    numbers: &mut Numbers,
    rows: &[Row],
    found: Vec<Found>,
    units: &mut Units,
) -> Result<Imported> {
    for row in rows {
        if let Some(unit) = &row.referral.referral.referrer_unit {
            if !units.resolved.contains(unit) {
                super::areas::resolve_unit(tx, "--referrer-unit", unit)?;
                units.resolved.insert(unit.clone());
            }
        }
    }
    let mut imported = Imported::none(false);
    let mut found = found.into_iter();
    for chunk in rows.chunks(WRITE_CHUNK) {
        let batch: Vec<_> = chunk
            .iter()
            .map(|row| &row.referral)
            .zip(found.by_ref())
            .collect();
        // Another team's client is an existing one, though new to this team.
        let existing: Vec<bool> = batch.iter().map(|(_, found)| found.existing()).collect();
        let written = write_batch(tx, author, numbers, batch, "import referrals")?;
        for (registered, existing) in written.into_iter().zip(existing) {
            imported.count(existing);
            imported.first_case = imported.first_case.or(Some(registered.case.clone()));
            imported.last_case = Some(registered.case);
        }
    }
    Ok(imported)
}

impl Imported {
    /// Adds what a chunk wrote.
    fn add(&mut self, chunk: Imported) {
        self.referrals += chunk.referrals;
        self.new_clients += chunk.new_clients;
        self.existing_clients += chunk.existing_clients;
        self.first_case = self.first_case.take().or(chunk.first_case);
        self.last_case = chunk.last_case.or(self.last_case.take());
    }
}
