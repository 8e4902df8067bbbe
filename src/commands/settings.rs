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
use crate::ops::{areas, contact, dpo, feedback, follow_up};
use crate::{render, text};

/// The register's settings: retention, your region, statements, units, contact card
///
/// What belongs to the team is kept in the register, so both people of a pair see the same:
/// the retention period, the client-experience statements, the service areas and the unit
/// catalogue, the follow-up interval and the contact card; and each coordinator's default
/// region. What belongs to one person (the register's path, your name) is in `moty config`.
/// None of these settings holds client data, so they write no access log.
#[derive(Debug, clap::Subcommand)]
#[command(after_long_help = text::help_b::SETTINGS)]
pub enum Command {
    /// Show or set how long closed cases are kept before they are purged
    ///
    /// For the data protection officer or the controller: closed cases are kept N years after
    /// their closing date, then `moty purge --due --reason retention` erases their identifiable
    /// content. Without a flag it shows the period; no period set means nothing is ever due.
    #[command(after_long_help = text::help_b::SETTINGS_RETENTION)]
    Retention {
        /// Years a closed case is kept after its closing date, 0 to 100 (0: none set, nothing is
        /// due)
        #[arg(long, value_name = "N", allow_negative_numbers = true)]
        closed_cases_years: Option<i64>,
    },
    /// Show or set your default region, the one whose cases your lists show
    ///
    /// For a coordinator of one regional pair: kept in the register under your `--as` name, it
    /// makes the triage queue, the calendar, the follow-ups due, the work list and the weekly
    /// export show that region's cases unless `--region` or `--all-regions` says otherwise (a
    /// region in your configuration file comes first). Without an argument it shows it.
    #[command(after_long_help = text::help_b::SETTINGS_MY_REGION)]
    MyRegion {
        /// The region to make your default, e.g. north
        #[arg(conflicts_with = "clear")]
        region: Option<String>,
        /// Remove your default region (the lists show every region)
        #[arg(long)]
        clear: bool,
    },
    Statements(StatementsArgs),
    /// The service areas: the sote-centre's three and the outside actors
    ///
    /// Every unit, requested unit and onward service belongs to one of these areas, so every
    /// figure can be read by area (`moty report outcomes --by area`). Use it to find an area's
    /// code for `moty settings units add --area` or `moty plan services add --area`.
    #[command(after_long_help = text::help_b::SETTINGS_AREAS)]
    Areas,
    /// The unit catalogue (each unit in a service area); without a subcommand, the list
    ///
    /// Wherever a unit is typed (the referrer's unit, the units requested, a unit's answer) it
    /// must name a unit of this catalogue, by its code, one of its names or a text mapped to it;
    /// the register then knows the unit's service area. Use the subcommands to add or deactivate
    /// a unit and to say which unit a local name means.
    #[command(after_long_help = text::help_b::SETTINGS_UNITS)]
    Units {
        #[command(subcommand)]
        command: Option<UnitsCommand>,
    },
    /// Show or set the team's follow-up interval in weeks
    ///
    /// The follow-up call is due N weeks after a case's onward pathways are agreed (8 unless
    /// set). Changing it moves the due dates of the cases without their own interval (`moty plan
    /// CASE --follow-up-weeks`) in the follow-ups due, the work list, the weekly export and
    /// `moty show`. Without an argument it shows the interval.
    #[command(after_long_help = text::help_b::SETTINGS_FOLLOW_UP_WEEKS)]
    FollowUpWeeks {
        /// Weeks, a whole number from 1 to 104 [default: shows the interval]
        #[arg(value_name = "N", allow_negative_numbers = true)]
        weeks: Option<String>,
    },
    Contact(ContactArgs),
}

/// Show or set the contact card that `moty contact` prints for the referring units
///
/// The team's card, or with --region a regional pair's, whose own fields (typically the pair's
/// names and phone) stand in for the team's. With no field given it shows the card as kept;
/// each field given replaces the one kept and --unset empties one. It holds no client data and
/// writes no log; a value out of shape is refused (exit code 2) with nothing written.
#[derive(Debug, clap::Args)]
#[command(after_long_help = text::help_b::SETTINGS_CONTACT)]
pub struct ContactArgs {
    /// A regional pair's card, whose fields stand in for the team's [default: the team's]
    #[arg(long, value_name = "REGION")]
    pub region: Option<String>,
    /// Who the coordinators are, as they sign, e.g. "Liisa Esimerkki, social counsellor;
    /// Maija Malli, nurse"
    #[arg(long, value_name = "TEXT")]
    pub coordinators: Option<String>,
    /// The pair's phone number
    #[arg(long, value_name = "PHONE")]
    pub phone: Option<String>,
    /// The phone hour, e.g. "mon-fri 09:00-10:00" (days mon … sun, a range or a list; several
    /// spans separated by ";") [default: mon-fri 09:00-10:00]
    #[arg(long, value_name = "HOURS")]
    pub phone_hours: Option<String>,
    /// Office hours, as --phone-hours [default: mon-fri 09:00-15:00]
    #[arg(long, value_name = "HOURS")]
    pub office_hours: Option<String>,
    /// Whom to reach on Teams: an address (name@example.fi) or an https link
    #[arg(long, value_name = "ADDRESS")]
    pub teams: Option<String>,
    /// The secure e-mail address for referrals from the emergency department and social services
    #[arg(long, value_name = "ADDRESS")]
    pub email: Option<String>,
    /// Primary care's coordination book in the patient record, e.g. yht405
    #[arg(long, value_name = "CODE")]
    pub coordination_book: Option<String>,
    /// Empty a field (the team's value, or the default hours, apply again); repeat for several
    #[arg(long, value_enum, value_name = "FIELD")]
    pub unset: Vec<contact::Field>,
}

#[derive(Debug, clap::Subcommand)]
pub enum UnitsCommand {
    /// Every unit with its area, active or not
    ///
    /// The catalogue as it is: each unit's code, service area, English, Finnish and Swedish name,
    /// and whether it is still offered. The same as `moty settings units`.
    #[command(after_long_help = text::help_b::SETTINGS_UNITS_LIST)]
    List,
    /// Add a unit (or change the one with this code: its area and names)
    ///
    /// Use it when referrals start coming from a unit the catalogue lacks, or a unit is renamed
    /// or moves to another service area. A code that exists is changed and made active again. No
    /// code or name may name another unit (exit code 2, naming the flag and the unit).
    #[command(after_long_help = text::help_b::SETTINGS_UNITS_ADD)]
    Add {
        /// A short code: lower-case letters, digits and hyphens, e.g. memory-clinic
        code: String,
        /// The service area's code, e.g. health-medical (`moty settings areas` lists them)
        #[arg(long, value_name = "AREA")]
        area: String,
        /// Its Finnish name (one line, at most 200 characters)
        #[arg(long, value_name = "NAME")]
        fi: String,
        /// Its Swedish name
        #[arg(long, value_name = "NAME")]
        sv: String,
        /// Its English name
        #[arg(long, value_name = "NAME")]
        en: String,
    },
    /// No longer offer a unit (what was written with it stays)
    ///
    /// Use it when a unit closes or merges: it is no longer accepted where a unit is typed, but
    /// what was written with it stays and still counts in its area. `moty settings units add`
    /// with its code makes it active again.
    #[command(after_long_help = text::help_b::SETTINGS_UNITS_DEACTIVATE)]
    Deactivate {
        /// The unit's code
        code: String,
    },
    /// Say which unit a text means (a local name, or a text from before the catalogue)
    ///
    /// Use it for a name people use ("Aikuissossu") or for the texts `moty settings units
    /// unmapped` lists: the text then resolves to the unit wherever a unit is typed, and the
    /// reports count what was written with it in the unit's area. A mapping the text had is
    /// replaced; the text may not be another unit's code or name.
    #[command(after_long_help = text::help_b::SETTINGS_UNITS_MAP)]
    Map {
        /// The text as written (compared in any case, diacritics ignored)
        text: String,
        /// The unit: its code or name
        unit: String,
    },
    /// Unit texts not mapped to a unit yet, with the referrals and cases using each
    ///
    /// A register from before the catalogue keeps its unit texts as written; those that are not
    /// a unit's code or name are listed here (and warned of by `moty doctor`) until each is mapped
    /// with `moty settings units map TEXT UNIT`.
    #[command(after_long_help = text::help_b::SETTINGS_UNITS_UNMAPPED)]
    Unmapped,
}

/// The client-experience statements read to the client after a reception
///
/// The statements `moty feedback` reads to the client (Finnish, Swedish and English), answered
/// on a five-point scale. Without a subcommand it lists the current version (or --version N).
/// A version is never changed: a new wording is a new version made from a CSV file, and feedback
/// recorded from then on answers it while older answers keep their version's wording.
#[derive(Debug, clap::Args)]
#[command(
    args_conflicts_with_subcommands = true,
    after_long_help = text::help_b::SETTINGS_STATEMENTS
)]
pub struct StatementsArgs {
    #[command(subcommand)]
    pub command: Option<StatementsCommand>,
    /// An older version's number (no such version: exit code 3) [default: the current one]
    #[arg(long, value_name = "N")]
    pub version: Option<u32>,
}

#[derive(Debug, clap::Subcommand)]
pub enum StatementsCommand {
    /// Make a new version of the statements from a CSV file
    ///
    /// The file has the header code,fi,sv,en, then one statement a line in the order they are
    /// read. Every line is checked first and the first bad one refuses the whole file (exit code
    /// 2); a file the same as the current version makes none (exit code 4). Feedback recorded from
    /// then on answers the new version.
    #[command(after_long_help = text::help_b::SETTINGS_STATEMENTS_NEW)]
    New {
        /// The CSV file, UTF-8, comma-separated, with the header line code,fi,sv,en; a code is
        /// lower-case letters, digits and hyphens, each text one line of 1 to 300 characters, at
        /// most 50 statements
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
    if given
        .iter()
        .any(|(field, set)| *set && changes.unset.contains(field))
    {
        return Err(UserError::invalid("--unset", text::set_and_unset()).into());
    }
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
        let [fi, sv, en] = <[String; 3]>::try_from(texts).map_err(|_| at(line, text::EMPTY))?;
        statements.push((line, Statement { code, fi, sv, en }));
    }
    if statements.is_empty() {
        return Err(UserError::invalid("--from", text::STATEMENTS_NONE).into());
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
