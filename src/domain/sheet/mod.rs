//! A team's referral spreadsheet (`moty import referrals`): a CSV file read into referrals, each
//! field checked by the validators `moty refer` uses, every problem named by its line and
//! column. Read a row at a time from whatever reader the caller gives (a sheet is never held
//! whole); no I/O of its own.
//!
//! Two dialects: comma-separated UTF-8, and what Excel in Finnish saves as "CSV UTF-8"
//! (semicolons, a byte-order mark). The separator is the one the header line has more of, outside
//! quotes; a BOM is dropped. Headers are compared folded (case, accents, spaces, hyphens and
//! underscores left out), so "Lähettävä yksikkö", "lahettava_yksikko" and "LÄHETTÄVÄ-YKSIKKÖ" are
//! one column; Finnish and English names are both accepted.

mod codes;
mod fields;
mod problems;

use std::collections::HashMap;
use std::io::{Chain, Cursor, Read};

use chrono::NaiveDate;

use self::codes::Codes;
use self::fields::Fields;
pub use self::problems::{Problem, Problems, SHOWN_AT_MOST};
use super::fold::fold;
use super::records::NewReferral;
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

/// A referral of the sheet and the line it came from.
#[derive(Debug, Clone)]
pub struct Row {
    pub line: usize,
    pub referral: NewReferral,
}

/// The sheet's header: which column of the file each of moty's columns is, and its header as
/// written (for messages).
#[derive(Debug)]
pub struct Header {
    at: HashMap<Column, (usize, String)>,
}

impl Header {
    /// The column's header as the file wrote it (for messages about a row).
    pub fn name(&self, column: Column) -> String {
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

/// Which reading of a sheet: the first finds an identity code given twice (and so holds eight
/// bytes a row until its end); a reading again does not (the first refused such a sheet).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reading {
    First,
    Again,
}

/// A sheet being read, a row at a time (none of it kept: `moty import referrals` reads a sheet
/// twice rather than hold it), each field checked, every problem recorded.
pub struct Sheet<R: Read> {
    reader: csv::Reader<Chain<Cursor<Vec<u8>>, R>>,
    record: csv::ByteRecord,
    header: Header,
    today: NaiveDate,
    codes: Option<Codes>,
    problems: Problems,
    rows: usize,
}

impl<R: Read> Sheet<R> {
    /// Opens the sheet `input` holds and reads its header: its problems if it has any (or
    /// none). `today` is the register's date (no referral dated later).
    pub fn open(mut input: R, today: NaiveDate, reading: Reading) -> Result<Sheet<R>, Problems> {
        // The first line (the header, which tells the separator) and enough to tell a sheet of
        // nothing but white space.
        let mut start = Vec::new();
        let mut buffer = [0u8; 8192];
        let (mut scanned, mut quoted, mut ended, mut printable, mut end) =
            (0, false, false, false, false);
        loop {
            // Each byte looked at once (a first line may be long), the BOM left out.
            if start.len() >= 3 || end {
                let from = if start.starts_with(b"\xEF\xBB\xBF") {
                    3
                } else {
                    0
                };
                for &b in &start[scanned.max(from)..] {
                    match b {
                        b'"' => quoted = !quoted,
                        b'\n' if !quoted => ended = true,
                        _ => {}
                    }
                    printable |= !b.is_ascii_whitespace();
                }
                scanned = start.len();
            }
            if end || (ended && printable) {
                break;
            }
            match input.read(&mut buffer) {
                Ok(0) => end = true,
                Ok(n) => start.extend_from_slice(&buffer[..n]),
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(e) => return Err(Problems::one(1, text::sheet_not_csv(&e.to_string()))),
            }
        }
        if start.starts_with(b"\xEF\xBB\xBF") {
            start.drain(..3);
        }
        if start.iter().all(u8::is_ascii_whitespace) {
            return Err(Problems::one(1, text::sheet_empty()));
        }
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(separator(&start))
            .has_headers(false)
            .flexible(true)
            .buffer_capacity(64 * 1024)
            .from_reader(Cursor::new(start).chain(input));
        let mut record = csv::ByteRecord::new();
        match reader.read_byte_record(&mut record) {
            Ok(true) => {}
            Ok(false) => return Err(Problems::one(1, text::sheet_empty())),
            Err(e) => return Err(Problems::one(1, text::sheet_not_csv(&e.to_string()))),
        }
        let header = read_header(&record)?;
        Ok(Sheet {
            reader,
            record,
            header,
            today,
            codes: (reading == Reading::First).then(Codes::default),
            problems: Problems::default(),
            rows: 0,
        })
    }

    /// The header, which names the columns in messages about a row.
    pub fn header(&self) -> &Header {
        &self.header
    }

    /// The problems found so far.
    pub fn problems(&self) -> &Problems {
        &self.problems
    }

    /// The next rows, at most `at_most` of them, into `rows` (emptied first); fewer only at the
    /// end of the sheet. A line with a problem is recorded, not returned.
    pub fn read(&mut self, at_most: usize, rows: &mut Vec<Row>) {
        rows.clear();
        while rows.len() < at_most {
            match self.reader.read_byte_record(&mut self.record) {
                Ok(true) => {}
                Ok(false) => return,
                Err(e) => {
                    let line = e.position().map_or(0, |p| p.line() as usize);
                    self.problems.push(Problem {
                        line,
                        column: None,
                        message: text::sheet_not_csv(&e.to_string()),
                    });
                    // An error of reading rather than of the CSV would come again and again.
                    if matches!(e.kind(), csv::ErrorKind::Io(_)) {
                        return;
                    }
                    continue;
                }
            }
            let line = self.record.position().map_or(0, |p| p.line() as usize);
            if self
                .record
                .iter()
                .all(|field| field.iter().all(u8::is_ascii_whitespace))
            {
                continue;
            }
            let mut fields = Fields {
                header: &self.header,
                record: &self.record,
                line,
                problems: &mut self.problems,
            };
            if let Some(referral) = fields.referral(self.today) {
                if let (Some(codes), Some(hetu)) = (&mut self.codes, &referral.hetu) {
                    codes.push(&hetu.code, line);
                }
                self.rows += 1;
                rows.push(Row { line, referral });
            }
        }
    }

    /// Once every row is read: how many referrals the sheet has, or every problem found (on a
    /// first reading, an identity code given twice among them, on the later line).
    pub fn finish(mut self) -> Result<usize, Problems> {
        if let Some(codes) = self.codes.take() {
            let (twice, count) = codes.twice();
            if count > 0 {
                let name = self.header.name(Column::Hetu);
                let twice = twice.into_iter().map(|(line, before)| Problem {
                    line,
                    column: Some(name.clone()),
                    message: text::sheet_duplicate_hetu(before),
                });
                self.problems = self.problems.merged(twice, count);
            }
        }
        if self.rows == 0 && self.problems.is_empty() {
            return Err(Problems::one(1, text::sheet_no_rows()));
        }
        if self.problems.is_empty() {
            Ok(self.rows)
        } else {
            Err(self.problems)
        }
    }
}

fn read_header(record: &csv::ByteRecord) -> Result<Header, Problems> {
    let mut at = HashMap::new();
    let mut problems = Problems::default();
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A reader that gives one byte at a time, as a pipe may.
    struct Trickle<'a>(&'a [u8]);

    impl Read for Trickle<'_> {
        fn read(&mut self, buffer: &mut [u8]) -> std::io::Result<usize> {
            match (self.0.split_first(), buffer.first_mut()) {
                (Some((&byte, rest)), Some(first)) => {
                    *first = byte;
                    self.0 = rest;
                    Ok(1)
                }
                _ => Ok(0),
            }
        }
    }

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 24).expect("a date")
    }

    #[test]
    fn a_sheet_given_a_byte_at_a_time_is_read_as_a_whole_one() {
        let text = "\u{FEFF}nimi;asiakasryhmä;lähde;kanava;syy\n\
                    Anna Hyvä;working-age;primary-care;yht405;\"a; b\"\n\
                    Bertil Bra;family;kela;phone;c\n";
        let mut sheet =
            Sheet::open(Trickle(text.as_bytes()), today(), Reading::First).expect("a sheet");
        let mut rows = Vec::new();
        sheet.read(1, &mut rows);
        assert_eq!(rows.len(), 1);
        assert_eq!(
            (rows[0].line, rows[0].referral.referral.reason.as_str()),
            (2, "a; b")
        );
        sheet.read(5, &mut rows);
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].line, 3);
        sheet.read(5, &mut rows);
        assert!(rows.is_empty());
        assert_eq!(sheet.finish().expect("no problems"), 2);
    }

    #[test]
    fn white_space_alone_is_an_empty_sheet() {
        let Err(problems) = Sheet::open(Trickle(b" \n\t\r\n"), today(), Reading::First) else {
            panic!("an empty sheet was read");
        };
        assert_eq!(problems.shown()[0].message, text::sheet_empty());
    }

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
