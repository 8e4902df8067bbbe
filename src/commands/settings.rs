//! `moty settings`: the register's own settings — the retention schedule, which `moty purge
//! --due` reads, the client-experience statements that `moty feedback` reads to the client, the
//! service areas and the unit catalogue, the team's follow-up interval and the coordinators'
//! contact card.

use std::path::{Path, PathBuf};

use anyhow::Result;

use super::Ctx;
use crate::domain::reach::{self, Hours};
use crate::domain::records::Statement;
use crate::domain::validate;
use crate::error::UserError;
use crate::ops::{areas, contact, dpo, feedback, follow_up, wellbeing_area};
use crate::{render, text};

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    Retention {
        #[arg(long, value_name = "N", allow_negative_numbers = true)]
        closed_cases_years: Option<i64>,
    },
    MyRegion {
        #[arg(conflicts_with = "clear")]
        region: Option<String>,
        #[arg(long)]
        clear: bool,
    },
    Statements(StatementsArgs),
    Areas,
    Units {
        #[command(subcommand)]
        command: Option<UnitsCommand>,
    },
    FollowUpWeeks {
        #[arg(value_name = "N", allow_negative_numbers = true)]
        weeks: Option<String>,
    },
    Contact(ContactArgs),
    FhirBase {
        #[arg(value_name = "URL", conflicts_with = "clear")]
        url: Option<String>,
        #[arg(long)]
        clear: bool,
    },
    WellbeingArea {
        #[arg(long, value_name = "NAME")]
        name: Option<String>,
        #[arg(long, value_name = "OID")]
        oid: Option<String>,
        #[arg(long, value_enum, value_name = "FIELD")]
        unset: Vec<wellbeing_area::Field>,
    },
}

#[derive(Debug, clap::Args)]
pub struct ContactArgs {
    #[arg(long, value_name = "REGION")]
    pub region: Option<String>,
    #[arg(long, value_name = "TEXT")]
    pub coordinators: Option<String>,
    #[arg(long, value_name = "PHONE")]
    pub phone: Option<String>,
    #[arg(long, value_name = "HOURS")]
    pub phone_hours: Option<String>,
    #[arg(long, value_name = "HOURS")]
    pub office_hours: Option<String>,
    #[arg(long, value_name = "ADDRESS")]
    pub teams: Option<String>,
    #[arg(long, value_name = "ADDRESS")]
    pub email: Option<String>,
    #[arg(long, value_name = "CODE")]
    pub coordination_book: Option<String>,
    #[arg(long, value_enum, value_name = "FIELD")]
    pub unset: Vec<contact::Field>,
}

#[derive(Debug, clap::Subcommand)]
pub enum UnitsCommand {
    List,
    Add {
        code: String,
        #[arg(long, value_name = "AREA")]
        area: String,
        #[arg(long, value_name = "NAME")]
        fi: String,
        #[arg(long, value_name = "NAME")]
        sv: String,
        #[arg(long, value_name = "NAME")]
        en: String,
    },
    Deactivate {
        code: String,
    },
    Map {
        text: String,
        unit: String,
    },
    Unmapped,
}

#[derive(Debug, clap::Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct StatementsArgs {
    #[command(subcommand)]
    pub command: Option<StatementsCommand>,
    #[arg(long, value_name = "N")]
    pub version: Option<u32>,
}

#[derive(Debug, clap::Subcommand)]
pub enum StatementsCommand {
    New {
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
        Command::MyRegion { region, clear } => {
            let region = region
                .as_deref()
                .map(|r| validate::place("REGION", r))
                .transpose()?;
            let now = crate::ops::region::my_region(&mut ctx.session()?, region.as_deref(), clear)?;
            Ok(render::my_region(ctx.actor()?, now.as_deref(), ctx.json))
        }
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
        Command::Areas => Ok(render::areas::areas(
            &areas::areas(&mut ctx.session()?)?,
            ctx.json,
        )),
        Command::Units { command } => units(ctx, command.unwrap_or(UnitsCommand::List)),
        Command::FollowUpWeeks { weeks } => {
            let weeks = weeks
                .as_deref()
                .map(|w| reach::weeks("follow-up-weeks N", w))
                .transpose()?;
            let session = &mut match weeks {
                Some(_) => ctx.session_or_create()?,
                None => ctx.session()?,
            };
            let now = follow_up::team_interval(session, weeks)?;
            Ok(render::follow_up_weeks(now, ctx.json))
        }
        Command::Contact(args) => contact_settings(ctx, args),
        Command::FhirBase { url, clear } => {
            use crate::ops::export::{self, BaseChange};
            let change = match (url, clear) {
                (Some(url), _) => Some(BaseChange::Set(validate::canonical_base("URL", &url)?)),
                (None, true) => Some(BaseChange::Clear),
                (None, false) => None,
            };
            let session = &mut match change {
                Some(_) => ctx.session_or_create()?,
                None => ctx.session()?,
            };
            Ok(render::fhir::base(
                &export::base(session, change)?,
                ctx.json,
            ))
        }
        Command::WellbeingArea { name, oid, unset } => {
            let changes = wellbeing_area::Changes {
                name: name
                    .as_deref()
                    .map(|v| validate::line("--name", v, 200))
                    .transpose()?,
                oid: oid
                    .as_deref()
                    .map(|v| validate::oid("--oid", v))
                    .transpose()?,
                unset,
            };
            set_or_unset(
                &[
                    (wellbeing_area::Field::Name, changes.name.is_some()),
                    (wellbeing_area::Field::Oid, changes.oid.is_some()),
                ],
                &changes.unset,
            )?;
            let session = &mut match changes.is_empty() {
                true => ctx.session()?,
                false => ctx.session_or_create()?,
            };
            Ok(render::fhir::wellbeing_area(
                &wellbeing_area::settings(session, &changes)?,
                ctx.json,
            ))
        }
    }
}

/// Refuses a field both given and named by --unset in one command.
fn set_or_unset<F: PartialEq>(given: &[(F, bool)], unset: &[F]) -> Result<(), UserError> {
    match given
        .iter()
        .any(|(field, set)| *set && unset.contains(field))
    {
        true => Err(UserError::invalid("--unset", text::set_and_unset())),
        false => Ok(()),
    }
}

/// Teams is reached by an address, or by a link to a chat or a channel.
fn teams(value: &str) -> Result<String, UserError> {
    let refuse = |_| UserError::invalid("--teams", text::teams_shape(value));
    match value
        .trim()
        .get(..8)
        .is_some_and(|s| s.eq_ignore_ascii_case("https://"))
    {
        true => reach::video_link("--teams", value).map_err(refuse),
        false => validate::email("--teams", value).map_err(refuse),
    }
}

fn coordination_book(value: &str) -> Result<String, UserError> {
    let value = validate::line("--coordination-book", value, 40)?;
    if !value.chars().all(|c| c.is_alphanumeric() || c == '-') {
        let message = text::coordination_book_shape(&value);
        return Err(UserError::invalid("--coordination-book", message));
    }
    Ok(value)
}

fn contact_settings(ctx: &Ctx, args: ContactArgs) -> Result<String> {
    let region = args
        .region
        .as_deref()
        .map(|r| validate::place("--region", r))
        .transpose()?;
    let hours = |field: &str, value: &Option<String>| {
        value
            .as_deref()
            .map(|v| Hours::parse(field, v).map(|h| h.code()))
            .transpose()
    };
    let changes = contact::Changes {
        coordinators: args
            .coordinators
            .as_deref()
            .map(|v| validate::line("--coordinators", v, 300))
            .transpose()?,
        phone: args
            .phone
            .as_deref()
            .map(|v| validate::phone("--phone", v))
            .transpose()?,
        phone_hours: hours("--phone-hours", &args.phone_hours)?,
        office_hours: hours("--office-hours", &args.office_hours)?,
        teams: args.teams.as_deref().map(teams).transpose()?,
        email: args
            .email
            .as_deref()
            .map(|v| validate::email("--email", v))
            .transpose()?,
        coordination_book: args
            .coordination_book
            .as_deref()
            .map(coordination_book)
            .transpose()?,
        unset: args.unset,
    };
    let given = [
        (contact::Field::Coordinators, changes.coordinators.is_some()),
        (contact::Field::Phone, changes.phone.is_some()),
        (contact::Field::PhoneHours, changes.phone_hours.is_some()),
        (contact::Field::OfficeHours, changes.office_hours.is_some()),
        (contact::Field::Teams, changes.teams.is_some()),
        (contact::Field::Email, changes.email.is_some()),
        (
            contact::Field::CoordinationBook,
            changes.coordination_book.is_some(),
        ),
    ];
    set_or_unset(&given, &changes.unset)?;
    let mut session = match changes.is_empty() {
        true => ctx.session()?,
        false => ctx.session_or_create()?,
    };
    let settings = contact::settings(&mut session, region.as_deref(), &changes)?;
    Ok(render::contact_settings(&settings, ctx.json))
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
        let [fi, sv, en] = <[String; 3]>::try_from(texts).map_err(|_| at(line, &text::empty()))?;
        statements.push((line, Statement { code, fi, sv, en }));
    }
    if statements.is_empty() {
        return Err(UserError::invalid("--from", text::statements_none()).into());
    }
    Ok(statements.into_iter().map(|(_, s)| s).collect())
}

/// A unit code: lower-case letters, digits and hyphens, starting with a letter, at most 40.
fn unit_code(code: &str) -> Result<String, UserError> {
    let valid = !code.is_empty()
        && code.len() <= 40
        && code.starts_with(|c: char| c.is_ascii_lowercase())
        && code
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if !valid {
        return Err(UserError::invalid("CODE", text::unit_code_shape(code)));
    }
    Ok(code.to_string())
}

fn units(ctx: &Ctx, command: UnitsCommand) -> Result<String> {
    let json = ctx.json;
    Ok(match command {
        UnitsCommand::List => render::areas::units(&areas::units(&mut ctx.session()?)?, None, json),
        UnitsCommand::Add {
            code,
            area,
            fi,
            sv,
            en,
        } => {
            let new = areas::NewUnit {
                code: unit_code(&code)?,
                area: area.trim().to_string(),
                name_fi: validate::line("--fi", &fi, 200)?,
                name_sv: validate::line("--sv", &sv, 200)?,
                name_en: validate::line("--en", &en, 200)?,
            };
            let (added, catalogue) = areas::add_unit(&mut ctx.session_or_create()?, &new)?;
            let receipt = text::unit_saved(&new.code, added);
            render::areas::units(&catalogue, Some(receipt), json)
        }
        UnitsCommand::Deactivate { code } => {
            let code = code.trim();
            let catalogue = areas::deactivate_unit(&mut ctx.session()?, code)?;
            render::areas::units(&catalogue, Some(text::unit_deactivated(code)), json)
        }
        UnitsCommand::Map {
            text: written,
            unit,
        } => {
            let written = validate::line("TEXT", &written, 200)?;
            let unit = validate::line("UNIT", &unit, 200)?;
            let mapped = areas::map_text(&mut ctx.session_or_create()?, &written, &unit)?;
            let receipt = text::text_mapped(&written, mapped.unit.as_deref().unwrap_or_default());
            render::areas::unit_texts(&[mapped], Some(receipt), "", json)
        }
        UnitsCommand::Unmapped => {
            let texts = areas::texts(&mut ctx.session()?, true)?;
            render::areas::unit_texts(&texts, None, &text::no_unmapped(), json)
        }
    })
}
