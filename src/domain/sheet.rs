//! A team's referral spreadsheet (`moty import referrals`): a CSV file read into referrals, each
//! field checked by the validators `moty refer` uses, every problem named by its line and
//! column. No I/O: the bytes come from the command.
//!
//! Two dialects: comma-separated UTF-8, and what Excel in Finnish saves as "CSV UTF-8"
//! (semicolons, a byte-order mark). The separator is the one the header line has more of, outside
//! quotes; a BOM is dropped. Headers are compared folded (case, accents, spaces, hyphens and
//! underscores left out), so "Lähettävä yksikkö", "lahettava_yksikko" and "LÄHETTÄVÄ-YKSIKKÖ" are
//! one column; Finnish and English names are both accepted.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::fold::fold;
use super::records::{Details, NewReferral, Referral};
use super::{hetu, municipality, protection, validate};
use super::{Channel, ClientGroup, ClientLanguage, Sign, Source, Urgency};
use crate::error::UserError;
use crate::text;

/// The columns moty reads: (column, Finnish header, English header, other accepted names).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Column {
    Name,
    Hetu,
    Temporary,
    BirthYear,
    Phone,
    Municipality,
    Region,
    Group,
    Source,
    Channel,
    Referrer,
    ReferrerUnit,
    ReferrerContact,
    Signs,
    OtherSign,
    Reason,
    Date,
    Urgent,
    Minor,
    NonDisclosure,
    Language,
    Interpreter,
}

/// Every column with its headers: Finnish (as documented), English, then other names a team's
/// sheet is likely to have.
pub const COLUMNS: &[(Column, &str, &str, &[&str])] = &[
    (
        Column::Name,
        "nimi",
        "name",
        &["asiakas", "asiakkaan nimi", "client name"],
    ),
    (
        Column::Hetu,
        "henkilötunnus",
        "identity code",
        &["hetu", "sotu"],
    ),
    (
        Column::Temporary,
        "väliaikainen tunnus",
        "temporary code",
        &["väliaikainen hetu", "temporary hetu"],
    ),
    (Column::BirthYear, "syntymävuosi", "birth year", &[]),
    (Column::Phone, "puhelin", "phone", &["puhelinnumero", "puh"]),
    (
        Column::Municipality,
        "kunta",
        "municipality",
        &["kotikunta"],
    ),
    (Column::Region, "alue", "region", &[]),
    (
        Column::Group,
        "asiakasryhmä",
        "group",
        &["client group", "ryhmä"],
    ),
    (Column::Source, "lähde", "source", &["lähettävä taho"]),
    (Column::Channel, "kanava", "channel", &["tulokanava"]),
    (
        Column::Referrer,
        "lähettäjä",
        "referrer",
        &["lähettäjän nimi"],
    ),
    (
        Column::ReferrerUnit,
        "lähettävä yksikkö",
        "referrer unit",
        &["yksikkö"],
    ),
    (
        Column::ReferrerContact,
        "lähettäjän yhteystieto",
        "referrer contact",
        &[],
    ),
    (
        Column::Signs,
        "merkit",
        "signs",
        &["huolen merkit", "tunnusmerkit"],
    ),
    (Column::OtherSign, "muu merkki", "other sign", &[]),
    (
        Column::Reason,
        "syy",
        "reason",
        &["lähetteen syy", "kuvaus"],
    ),
    (
        Column::Date,
        "päivämäärä",
        "date",
        &["lähetepäivä", "pvm", "on", "referred on"],
    ),
    (Column::Urgent, "kiireellinen", "urgent", &["kiire"]),
    (Column::Minor, "alaikäisen peruste", "minor", &[]),
    (Column::NonDisclosure, "turvakielto", "non-disclosure", &[]),
    (Column::Language, "asiointikieli", "language", &["kieli"]),
    (Column::Interpreter, "tulkki", "interpreter", &["tulkkaus"]),
];

/// The columns every sheet must have.
const REQUIRED: [Column; 5] = [
    Column::Name,
    Column::Group,
    Column::Source,
    Column::Channel,
    Column::Reason,
];

/// A header as it is compared: folded, letters and digits only.
fn key(header: &str) -> String {
    fold(header)
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect()
}

fn column_of(header: &str) -> Option<Column> {
    let wanted = key(header);
    COLUMNS.iter().find_map(|(column, fi, en, others)| {
        std::iter::once(fi)
            .chain(std::iter::once(en))
            .chain(others.iter())
            .any(|name| key(name) == wanted)
            .then_some(*column)
    })
}

/// One problem: the line of the file (1 is the header) and the column as its header was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub line: usize,
    pub column: Option<String>,
    pub message: String,
}

/// A referral of the sheet and the line it came from.
#[derive(Debug, Clone)]
pub struct Row {
    pub line: usize,
    pub referral: NewReferral,
}

/// A sheet read: its referrals, and its headers as written.
#[derive(Debug)]
pub struct Sheet {
    pub rows: Vec<Row>,
    names: HashMap<Column, String>,
}

impl Sheet {
    /// The column's header as the file wrote it (for messages about a row).
    pub fn name(&self, column: Column) -> String {
        self.names
            .get(&column)
            .cloned()
            .unwrap_or_else(|| header_fi(column).to_string())
    }
}

/// The sheet's header: which column of the file each of moty's columns is, and its header as
/// written (for messages).
struct Header {
    at: HashMap<Column, (usize, String)>,
}

impl Header {
    fn name(&self, column: Column) -> String {
        self.at
            .get(&column)
            .map(|(_, written)| written.clone())
            .unwrap_or_else(|| header_fi(column).to_string())
    }
}

/// The Finnish header of a column, as the documentation names it.
pub fn header_fi(column: Column) -> &'static str {
    COLUMNS
        .iter()
        .find(|(c, ..)| *c == column)
        .map_or("", |(_, fi, ..)| fi)
}

/// The separator: `;` when the header line has more semicolons than commas outside quotes.
fn separator(header: &[u8]) -> u8 {
    let (mut commas, mut semicolons, mut quoted) = (0, 0, false);
    for &b in header {
        match b {
            b'"' => quoted = !quoted,
            b',' if !quoted => commas += 1,
            b';' if !quoted => semicolons += 1,
            b'\n' if !quoted => break,
            _ => {}
        }
    }
    if semicolons > commas {
        b';'
    } else {
        b','
    }
}

/// Reads the sheet: every referral, or every problem found (each row checked whole, so one run
/// names them all). `today` is the register's date (no referral dated later).
pub fn read(bytes: &[u8], today: NaiveDate) -> Result<Sheet, Vec<Problem>> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let file_problem = |message: String| {
        vec![Problem {
            line: 1,
            column: None,
            message,
        }]
    };
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(file_problem(text::sheet_empty()));
    }
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(separator(bytes))
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes);
    let mut records = reader.byte_records();
    let header = match records.next() {
        Some(Ok(record)) => record,
        Some(Err(e)) => return Err(file_problem(text::sheet_not_csv(&e.to_string()))),
        None => return Err(file_problem(text::sheet_empty())),
    };
    let header = read_header(&header)?;
    let mut rows = Vec::new();
    let mut problems = Vec::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    for record in records {
        let record = match record {
            Ok(record) => record,
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line() as usize);
                problems.push(Problem {
                    line,
                    column: None,
                    message: text::sheet_not_csv(&e.to_string()),
                });
                continue;
            }
        };
        let line = record.position().map_or(0, |p| p.line() as usize);
        if record
            .iter()
            .all(|field| field.iter().all(u8::is_ascii_whitespace))
        {
            continue;
        }
        let mut fields = Fields {
            header: &header,
            record: &record,
            line,
            problems: &mut problems,
        };
        if let Some(referral) = fields.referral(today) {
            if let Some(code) = referral.hetu.as_ref().map(|h| h.code.clone()) {
                if let Some(first) = seen.insert(code, line) {
                    fields.problem(Column::Hetu, text::sheet_duplicate_hetu(first));
                    continue;
                }
            }
            rows.push(Row { line, referral });
        }
    }
    if rows.is_empty() && problems.is_empty() {
        return Err(file_problem(text::sheet_no_rows()));
    }
    if problems.is_empty() {
        let names = header
            .at
            .into_iter()
            .map(|(column, (_, written))| (column, written))
            .collect();
        Ok(Sheet { rows, names })
    } else {
        Err(problems)
    }
}

fn read_header(record: &csv::ByteRecord) -> Result<Header, Vec<Problem>> {
    let mut at = HashMap::new();
    let mut problems = Vec::new();
    let mut problem = |column: &str, message: String| {
        problems.push(Problem {
            line: 1,
            column: (!column.is_empty()).then(|| column.to_string()),
            message,
        })
    };
    for (index, field) in record.iter().enumerate() {
        let Ok(written) = std::str::from_utf8(field) else {
            problem("", text::sheet_not_utf8());
            continue;
        };
        let written = written.trim();
        if written.is_empty() {
            continue;
        }
        match column_of(written) {
            Some(column) => {
                if at.insert(column, (index, written.to_string())).is_some() {
                    problem(written, text::sheet_twice());
                }
            }
            None => problem(written, text::sheet_unknown_column(&known_columns())),
        }
    }
    for column in REQUIRED {
        if !at.contains_key(&column) {
            problem(header_fi(column), text::sheet_missing_column());
        }
    }
    if problems.is_empty() {
        Ok(Header { at })
    } else {
        Err(problems)
    }
}

/// The documented headers, Finnish and English, for the message about an unknown column.
fn known_columns() -> String {
    COLUMNS
        .iter()
        .map(|(_, fi, en, _)| format!("{fi}/{en}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// One data line being read.
struct Fields<'a> {
    header: &'a Header,
    record: &'a csv::ByteRecord,
    line: usize,
    problems: &'a mut Vec<Problem>,
}

impl Fields<'_> {
    fn problem(&mut self, column: Column, message: String) {
        self.problems.push(Problem {
            line: self.line,
            column: Some(self.header.name(column)),
            message,
        });
    }

    /// A validator's refusal, reported under the column (the validators name `refer`'s flags).
    fn refused(&mut self, column: Column, error: UserError) {
        let message = match error {
            UserError::Invalid { message, .. } => message,
            other => other.to_string(),
        };
        self.problem(column, message);
    }

    /// The column's text, trimmed; None when the column is absent or the cell empty.
    fn text(&mut self, column: Column) -> Option<String> {
        let (index, _) = self.header.at.get(&column)?;
        let field = self.record.get(*index)?;
        match std::str::from_utf8(field) {
            Ok(value) => Some(value.trim().to_string()).filter(|v| !v.is_empty()),
            Err(_) => {
                self.problem(column, text::sheet_not_utf8());
                None
            }
        }
    }

    /// The column checked by `check`: Ok(None) when empty, Err(()) when refused (and recorded).
    fn checked<T>(
        &mut self,
        column: Column,
        check: impl FnOnce(&str) -> Result<T, UserError>,
    ) -> Result<Option<T>, ()> {
        match self.text(column).map(|value| check(&value)).transpose() {
            Ok(value) => Ok(value),
            Err(error) => {
                self.refused(column, error);
                Err(())
            }
        }
    }

    fn required<T>(
        &mut self,
        column: Column,
        check: impl FnOnce(&str) -> Result<T, UserError>,
    ) -> Result<T, ()> {
        match self.checked(column, check)? {
            Some(value) => Ok(value),
            None => {
                self.problem(column, text::sheet_required());
                Err(())
            }
        }
    }

    fn yes_no(&mut self, column: Column) -> Result<bool, ()> {
        let answer = self.checked(column, |value| match fold(value).as_str() {
            "kylla" | "k" | "yes" | "y" | "x" | "1" | "true" | "ja" => Ok(true),
            "ei" | "e" | "no" | "n" | "0" | "false" | "nej" | "-" => Ok(false),
            _ => Err(UserError::invalid("", text::sheet_yes_no(value))),
        })?;
        Ok(answer.unwrap_or(false))
    }

    /// The line as a referral, as `moty refer` would record it; None when any field is refused.
    fn referral(&mut self, today: NaiveDate) -> Option<NewReferral> {
        let before = self.problems.len();
        let name = self.required(Column::Name, |v| validate::person_name("--name", v));
        let temporary = self.yes_no(Column::Temporary);
        let hetu = self.checked(Column::Hetu, |v| {
            hetu::parse(v, *temporary.as_ref().unwrap_or(&false)).map_err(|e| {
                match (hetu::parse(v, true), e) {
                    (Ok(code), UserError::Invalid { .. }) if code.temporary => {
                        UserError::invalid("", text::sheet_temporary(&code.code[7..10]))
                    }
                    (_, e) => e,
                }
            })
        });
        let hetu = match hetu {
            Ok(Some(code)) if code.birth_date > today => {
                self.problem(Column::Hetu, text::hetu_future());
                Err(())
            }
            other => other,
        };
        let birth_year = self.checked(Column::BirthYear, |v| {
            let year: u32 = v
                .parse()
                .map_err(|_| UserError::invalid("", text::sheet_not_a_year(v)))?;
            validate::birth_year("--birth-year", year, today)
        });
        let birth_year = match (&hetu, birth_year) {
            (Ok(Some(code)), Ok(Some(year)))
                if chrono::Datelike::year(&code.birth_date) != year =>
            {
                self.problem(Column::BirthYear, text::sheet_year_differs());
                Err(())
            }
            (Ok(Some(code)), Ok(_)) => Ok(Some(chrono::Datelike::year(&code.birth_date))),
            (_, year) => year,
        };
        let phone = self.checked(Column::Phone, |v| validate::phone("--phone", v));
        let municipality = self.checked(Column::Municipality, |v| {
            municipality::parse("--municipality", v)
        });
        let region = self.checked(Column::Region, |v| validate::place("--region", v));
        let non_disclosure = self.yes_no(Column::NonDisclosure);
        let language = self.checked(Column::Language, |v| {
            v.to_lowercase().parse::<ClientLanguage>()
        });
        let interpreter = self.checked(Column::Interpreter, |v| {
            protection::interpreter("--interpreter", v)
        });
        let group = self.required(Column::Group, |v| v.to_lowercase().parse::<ClientGroup>());
        let source = self.required(Column::Source, |v| v.to_lowercase().parse::<Source>());
        let channel = self.required(Column::Channel, |v| v.to_lowercase().parse::<Channel>());
        let referrer = self.checked(Column::Referrer, |v| validate::person_name("--referrer", v));
        let unit = self.checked(Column::ReferrerUnit, |v| {
            validate::line("--referrer-unit", v, 200)
        });
        let contact = self.checked(Column::ReferrerContact, |v| {
            validate::line("--referrer-contact", v, 200)
        });
        let signs = self.checked(Column::Signs, |v| {
            v.split(|c: char| matches!(c, ',' | ';' | '|') || c.is_whitespace())
                .filter(|s| !s.is_empty())
                .map(|s| s.to_lowercase().parse::<Sign>())
                .collect::<Result<Vec<_>, _>>()
        });
        let mut signs = signs.map(Option::unwrap_or_default);
        if let Ok(signs) = &mut signs {
            signs.sort();
            signs.dedup();
        }
        let other_sign = self.checked(Column::OtherSign, |v| {
            validate::line("--other-sign", v, 200)
        });
        if let (Ok(signs), Ok(other)) = (&signs, &other_sign) {
            if other.is_some() != signs.contains(&Sign::Other) {
                self.problem(Column::OtherSign, text::sheet_other_sign());
            }
        }
        let reason = self.required(Column::Reason, |v| validate::block("--reason", v, 4000));
        let effective_on = self
            .checked(Column::Date, |v| validate::past_date("--on", v, today))
            .map(|on| on.unwrap_or(today));
        let urgent = self.yes_no(Column::Urgent);
        let minor = self.checked(Column::Minor, |v| validate::line("--minor", v, 400));
        if self.problems.len() > before {
            return None;
        }
        Some(NewReferral {
            name: Some(name.ok()?),
            hetu: hetu.ok()?,
            birth_year: birth_year.ok()?,
            details: Details {
                phone: phone.ok()?,
                municipality: municipality.ok()?,
                region: region.ok()?,
                non_disclosure: non_disclosure.ok()?.then_some(true),
                language: language.ok()?,
                interpreter: interpreter.ok()?,
            },
            group: group.ok()?,
            urgency: if urgent.ok()? {
                Urgency::Urgent
            } else {
                Urgency::Normal
            },
            referral: Referral {
                source: source.ok()?,
                channel: channel.ok()?,
                referrer_name: referrer.ok()?,
                referrer_unit: unit.ok()?,
                referrer_contact: contact.ok()?,
                signs: signs.ok()?,
                other_sign: other_sign.ok()?,
                reason: reason.ok()?,
                effective_on: effective_on.ok()?,
            },
            client_of: None,
            consultation: None,
            rename: false,
            another_case: false,
            minor: minor.ok()?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_compare_folded_in_finnish_and_english() {
        assert_eq!(column_of("Lähettävä yksikkö"), Some(Column::ReferrerUnit));
        assert_eq!(column_of("referrer_unit"), Some(Column::ReferrerUnit));
        assert_eq!(column_of("HENKILÖTUNNUS"), Some(Column::Hetu));
        assert_eq!(column_of("Non-disclosure"), Some(Column::NonDisclosure));
        assert_eq!(column_of("shoe size"), None);
    }

    #[test]
    fn the_separator_is_the_header_lines() {
        assert_eq!(separator(b"nimi;syy;\"a,b,c\"\n1,2,3"), b';');
        assert_eq!(separator(b"name,reason\n"), b',');
    }

    #[test]
    fn every_column_has_distinct_names() {
        let mut keys = std::collections::HashSet::new();
        for (_, fi, en, others) in COLUMNS {
            for name in [fi, en].into_iter().chain(others.iter()) {
                assert!(keys.insert(key(name)), "{name} twice");
            }
        }
    }
}
