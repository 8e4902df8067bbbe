//! `moty settings`: the register's own settings — the retention schedule, which `moty purge
//! --due` reads, and the client-experience statements that `moty feedback` reads to the client.

use std::path::{Path, PathBuf};

use anyhow::Result;

use super::Ctx;
use crate::domain::records::Statement;
use crate::domain::validate;
use crate::error::UserError;
use crate::ops::{dpo, feedback};
use crate::{render, text};

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Show or set how long records are kept: closed cases are kept N years after closing, then
    /// `moty purge --due --reason retention` erases them
    Retention {
        /// Years a closed case is kept after its closing date (0: none set, nothing is due)
        #[arg(long, value_name = "N", allow_negative_numbers = true)]
        closed_cases_years: Option<i64>,
    },
    /// The client-experience statements read to the client after a meeting (Finnish, Swedish,
    /// English): list a version, or make a new one from a CSV file. A version is never changed
    Statements(StatementsArgs),
}

#[derive(Debug, clap::Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct StatementsArgs {
    #[command(subcommand)]
    pub command: Option<StatementsCommand>,
    /// An older version [default: the current one]
    #[arg(long, value_name = "N")]
    pub version: Option<u32>,
}

#[derive(Debug, clap::Subcommand)]
pub enum StatementsCommand {
    /// Make a new version from a CSV file: the header code,fi,sv,en, then one statement a line in
    /// the order they are read; feedback recorded from then on answers it
    New {
        /// The CSV file, UTF-8, comma-separated, with the header line
        #[arg(long, value_name = "FILE")]
        from: PathBuf,
    },
}

/// The columns of a statements file, in this order, with a header line naming them.
pub const STATEMENT_COLUMNS: &[&str] = &["code", "fi", "sv", "en"];
/// The most statements a version holds (the register's CHECK on `position`).
const MOST_STATEMENTS: usize = 50;

pub fn run(ctx: &Ctx, command: Command) -> Result<String> {
    match command {
        Command::Retention { closed_cases_years } => {
            let years = closed_cases_years
                .map(|n| {
                    u32::try_from(n).ok().filter(|n| *n <= 100).ok_or_else(|| {
                        UserError::invalid("--closed-cases-years", text::retention_years_range())
                    })
                })
                .transpose()?;
            let now = dpo::set_retention(&mut ctx.session()?, years)?;
            Ok(render::dpo::retention(now, ctx.json))
        }
        Command::Statements(args) => match args.command {
            None => {
                let catalogue = feedback::statements(&mut ctx.session()?, args.version)?;
                Ok(render::statements(&catalogue, false, ctx.json))
            }
            Some(StatementsCommand::New { from }) => {
                let statements = read_statements(&from)?;
                let catalogue = feedback::new_statements(&mut ctx.session()?, &statements)?;
                Ok(render::statements(&catalogue, true, ctx.json))
            }
        },
    }
}

fn statement_code(code: &str) -> bool {
    code.len() <= 40
        && code.starts_with(|c: char| c.is_ascii_lowercase())
        && code
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// Reads and checks every line first; the first bad line refuses the whole file (nothing is
/// written).
fn read_statements(path: &Path) -> Result<Vec<Statement>> {
    let bytes = crate::files::read_file_limited(path, crate::files::CSV_LIMIT, "--from")?;
    let at = |line: u64, message: &str| UserError::invalid("--from", text::csv_line(line, message));
    let mut reader = csv::ReaderBuilder::new()
        .flexible(false)
        .from_reader(bytes.as_slice());
    let header: Vec<String> = reader
        .headers()
        .map_err(|e| at(1, &e.to_string()))?
        .iter()
        .map(|h| h.trim().to_lowercase())
        .collect();
    if header != STATEMENT_COLUMNS {
        return Err(at(1, &text::csv_header(&STATEMENT_COLUMNS.join(","))).into());
    }
    let mut statements: Vec<(u64, Statement)> = Vec::new();
    for record in reader.byte_records() {
        let record = record.map_err(|e| {
            let line = e.position().map_or(0, |p| p.line());
            at(line, &e.to_string())
        })?;
        let line = record.position().map_or(0, |p| p.line());
        let mut values = Vec::new();
        for (i, field) in record.iter().enumerate() {
            let value = std::str::from_utf8(field)
                .map_err(|_| at(line, &text::csv_not_utf8(STATEMENT_COLUMNS[i])))?;
            values.push(value.trim().to_string());
        }
        let code = values[0].clone();
        if !statement_code(&code) {
            return Err(at(line, &text::statement_code_shape(&code)).into());
        }
        if let Some((first, _)) = statements.iter().find(|(_, s)| s.code == code) {
            return Err(at(line, &text::statement_twice(&code, *first)).into());
        }
        let mut texts = Vec::new();
        for (i, value) in values.iter().enumerate().skip(1) {
            let column = STATEMENT_COLUMNS[i];
            let checked =
                validate::line(column, value, 300).map_err(|e| at(line, &e.to_string()))?;
            texts.push(checked);
        }
        if statements.len() == MOST_STATEMENTS {
            return Err(at(line, &text::too_many_statements(MOST_STATEMENTS)).into());
        }
        let [fi, sv, en] = <[String; 3]>::try_from(texts).map_err(|_| at(line, text::EMPTY))?;
        statements.push((line, Statement { code, fi, sv, en }));
    }
    if statements.is_empty() {
        return Err(UserError::invalid("--from", text::STATEMENTS_NONE).into());
    }
    Ok(statements.into_iter().map(|(_, s)| s).collect())
}
