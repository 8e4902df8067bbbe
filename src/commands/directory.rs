//! `moty directory`: the professional directory (ammattilaislista) — who works where, the teams
//! and their leads, and when to refer there. `import` reads a CSV all or nothing.

use std::path::PathBuf;

use anyhow::Result;

use super::Ctx;
use crate::domain::fold::fold;
use crate::domain::records::Entry;
use crate::domain::validate;
use crate::error::UserError;
use crate::ops::directory::{self, Patch};
use crate::{render, text};

/// The columns `import` reads, in this order, with a header line naming them.
pub const CSV_COLUMNS: &[&str] = &[
    "name",
    "role",
    "unit",
    "area",
    "team",
    "team_lead",
    "phone",
    "email",
    "when_to_refer",
];

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    Add(EntryArgs),
    Edit {
        id: i64,
        #[command(flatten)]
        fields: EntryArgs,
    },
    List,
    Find {
        #[arg(required = true, num_args = 1..)]
        text: Vec<String>,
    },
    Import {
        file: PathBuf,
    },
}

#[derive(Debug, Default, Clone, clap::Args)]
pub struct EntryArgs {
    #[arg(long)]
    pub name: Option<String>,
    #[arg(long)]
    pub role: Option<String>,
    #[arg(long)]
    pub unit: Option<String>,
    #[arg(long)]
    pub area: Option<String>,
    #[arg(long)]
    pub team: Option<String>,
    #[arg(long, value_parser = crate::cli::yes_no(), value_name = "yes|no")]
    pub team_lead: Option<bool>,
    #[arg(long)]
    pub phone: Option<String>,
    #[arg(long)]
    pub email: Option<String>,
    #[arg(long, value_name = "TEXT")]
    pub when_to_refer: Option<String>,
}

/// Checks each given field.
fn patch(f: &EntryArgs) -> Result<Patch, UserError> {
    let line = |field: &str, v: &Option<String>, max| {
        v.as_deref()
            .map(|v| validate::line(field, v, max))
            .transpose()
    };
    let email = f
        .email
        .as_deref()
        .map(|e| validate::email("--email", e))
        .transpose()?;
    Ok(Patch {
        name: f
            .name
            .as_deref()
            .map(|n| validate::person_name("--name", n))
            .transpose()?,
        role: line("--role", &f.role, 200)?,
        unit: line("--unit", &f.unit, 200)?,
        area: line("--area", &f.area, 200)?,
        team: line("--team", &f.team, 200)?,
        team_lead: f.team_lead,
        phone: f
            .phone
            .as_deref()
            .map(|p| validate::phone("--phone", p))
            .transpose()?,
        email,
        when_to_refer: validate::optional_block("--when-to-refer", &f.when_to_refer, 2000)?,
    })
}

pub fn run(ctx: &Ctx, command: Command) -> Result<String> {
    let mut session = ctx.session_or_create()?;
    match command {
        Command::Add(fields) => {
            let id = directory::add(&mut session, &patch(&fields)?)?;
            Ok(render::directory_saved(id, ctx.json))
        }
        Command::Edit { id, fields } => {
            directory::edit(&mut session, id, &patch(&fields)?)?;
            Ok(render::directory_saved(id, ctx.json))
        }
        Command::List => {
            let all = directory::list(&mut session)?;
            Ok(render::directory(&all, ctx.json))
        }
        Command::Find { text: words } => {
            let words: Vec<String> = fold(&words.join(" "))
                .split_whitespace()
                .map(String::from)
                .collect();
            let found = directory::find(&mut session, &words)?;
            Ok(render::directory(&found, ctx.json))
        }
        Command::Import { file } => {
            let entries = read_csv(&file)?;
            let count = directory::import(&mut session, &entries)?;
            Ok(render::imported(count, ctx.json))
        }
    }
}

/// Reads every line first; the first bad line refuses the whole file (nothing is imported).
fn read_csv(path: &std::path::Path) -> Result<Vec<Entry>> {
    let bytes = crate::files::read_file_limited(path, crate::files::CSV_LIMIT, "FILE")?;
    let mut reader = csv::ReaderBuilder::new()
        .flexible(false)
        .from_reader(bytes.as_slice());
    let header: Vec<String> = reader
        .headers()
        .map_err(|e| UserError::invalid("FILE", text::csv_line(1, &e.to_string())))?
        .iter()
        .map(|h| h.trim().to_lowercase())
        .collect();
    if header != CSV_COLUMNS {
        return Err(UserError::invalid(
            "FILE",
            text::csv_line(1, &text::csv_header(&CSV_COLUMNS.join(","))),
        )
        .into());
    }
    let mut entries = Vec::new();
    for record in reader.byte_records() {
        let record = record.map_err(|e| {
            let line = e.position().map_or(0, |p| p.line());
            UserError::invalid("FILE", text::csv_line(line, &e.to_string()))
        })?;
        let line = record.position().map_or(0, |p| p.line());
        let at = |message: String| UserError::invalid("FILE", text::csv_line(line, &message));
        let mut values = Vec::new();
        for (i, field) in record.iter().enumerate() {
            let value =
                std::str::from_utf8(field).map_err(|_| at(text::csv_not_utf8(CSV_COLUMNS[i])))?;
            values.push(value.trim().to_string());
        }
        let some = |i: usize| (!values[i].is_empty()).then(|| values[i].clone());
        let fields = EntryArgs {
            name: Some(values[0].clone()),
            role: Some(values[1].clone()),
            unit: Some(values[2].clone()),
            area: some(3),
            team: some(4),
            team_lead: match values[5].as_str() {
                "" | "no" => Some(false),
                "yes" => Some(true),
                other => {
                    return Err(at(format!(
                        "team_lead: {}",
                        text::one_of(other, &["yes", "no"])
                    ))
                    .into())
                }
            },
            phone: some(6),
            email: some(7),
            when_to_refer: some(8),
        };
        let mut entry = Entry::default();
        patch(&fields)
            .and_then(|p| p.apply(&mut entry))
            .map_err(|e| match e {
                // Name the CSV column, not the flag: "--when-to-refer" is column "when_to_refer".
                UserError::Invalid { field, message } => at(format!(
                    "{}: {message}",
                    field.trim_start_matches('-').replace('-', "_")
                )),
                other => at(other.to_string()),
            })?;
        entries.push(entry);
    }
    Ok(entries)
}
