//! Reports as tables of sections, rendered to Markdown, JSON, CSV (one long table with a section
//! column) and xlsx (one sheet per section). Pure functions of the report: the same report gives
//! the same bytes. Cells stay typed until here: JSON numbers are numbers, codes are codes.

use anyhow::Result;
use chrono::{Datelike, NaiveDate};
use serde_json::{Map, Value};

use crate::clock::minute;
use crate::domain::report::{Cell, Period, Report};
use crate::text;

fn title(report: &Report) -> String {
    match &report.period {
        Period::Week {
            week,
            monday,
            sunday,
        } => text::weekly_title(week, *monday, *sunday),
        Period::Day(day) => text::queue_title(*day),
    }
}

fn units_text(units: &[crate::domain::records::UnitAnswer]) -> String {
    units
        .iter()
        .map(|u| text::unit_answer(&u.unit, u.worker.as_deref(), u.answered_on))
        .collect::<Vec<_>>()
        .join("; ")
}

/// A cell as text for people (Markdown): codes as labels.
pub(super) fn human(cell: &Cell, column: &str) -> String {
    match cell {
        Cell::Code(code) if column == "missing" => text::missing_label(code).to_string(),
        // A meeting's kind by the meeting's label ("kela" is also a referral source).
        Cell::Code(code) if column == "kind" => code
            .parse::<crate::domain::MeetingKind>()
            .map_or_else(|_| code.clone(), |k| text::meeting_label(k).to_string()),
        // A code without a description is printed as it is, never as an empty cell.
        Cell::Code(code) => match text::value_label(code) {
            "" => code.clone(),
            label => label.to_string(),
        },
        Cell::Bool(b) => if *b { text::yes() } else { text::no() }.to_string(),
        Cell::Date(d) => text::format::ui_date(*d),
        Cell::Time(t) => text::format::ui_date_time(*t),
        other => plain(other),
    }
}

/// A cell as text for scripts (CSV): codes as codes, yes/no, ISO dates.
fn plain(cell: &Cell) -> String {
    match cell {
        Cell::Empty => String::new(),
        Cell::Text(t) | Cell::Code(t) => t.clone(),
        Cell::Int(i) => i.to_string(),
        Cell::Bool(b) => if *b { "yes" } else { "no" }.to_string(),
        Cell::Date(d) => d.to_string(),
        Cell::Time(t) => minute::text(*t),
        Cell::Cases(cases) => cases.join(" "),
        Cell::Units(units) => units_text(units),
    }
}

pub(super) fn json_value(cell: &Cell) -> Value {
    match cell {
        Cell::Empty => Value::Null,
        Cell::Int(i) => Value::from(*i),
        Cell::Bool(b) => Value::Bool(*b),
        Cell::Cases(cases) => Value::from(cases.clone()),
        Cell::Units(units) => serde_json::to_value(units).unwrap_or(Value::Null),
        other => Value::String(plain(other)),
    }
}

pub(super) fn md_cell(value: &str) -> String {
    value.replace('|', "\\|").replace('\n', "<br>")
}

/// The cases of rows whose `non_disclosure` cell is true, in the order they first appear.
fn non_disclosure_cases(report: &Report) -> Vec<&str> {
    let mut cases = Vec::new();
    for s in &report.sections {
        let (Some(case), Some(flag)) = (
            s.columns.iter().position(|c| *c == "case"),
            s.columns.iter().position(|c| *c == "non_disclosure"),
        ) else {
            continue;
        };
        for row in &s.rows {
            if let (Some(id), Some(Cell::Bool(true))) =
                (row.get(case).and_then(Cell::as_str), row.get(flag))
            {
                cases.push(id);
            }
        }
    }
    cases
}

pub fn markdown(report: &Report) -> String {
    let mut out = format!("# {}\n", title(report));
    // A client with a non-disclosure order is warned of above the tables, not in a column.
    let warnings = text::non_disclosure_lines(non_disclosure_cases(report));
    if !warnings.is_empty() {
        out.push('\n');
        out.push_str(warnings.trim_end());
        out.push('\n');
    }
    for s in &report.sections {
        out.push_str(&format!("\n## {}\n\n", text::section_title(s.key)));
        if s.rows.is_empty() {
            out.push_str(&format!("{}\n", text::none_this_week()));
            continue;
        }
        let shown: Vec<usize> = (0..s.columns.len())
            .filter(|i| s.columns[*i] != "non_disclosure")
            .collect();
        let columns: Vec<String> = shown
            .iter()
            .map(|i| text::report_column(s.columns[*i]))
            .collect();
        out.push_str(&format!("| {} |\n", columns.join(" | ")));
        out.push_str(&format!("|{}\n", " --- |".repeat(columns.len())));
        for row in &s.rows {
            let cells: Vec<String> = shown
                .iter()
                .filter_map(|i| row.get(*i).map(|v| md_cell(&human(v, s.columns[*i]))))
                .collect();
            out.push_str(&format!("| {} |\n", cells.join(" | ")));
        }
    }
    out
}

pub fn json(report: &Report) -> String {
    let mut sections = Map::new();
    for s in &report.sections {
        let rows: Vec<Value> = s
            .rows
            .iter()
            .map(|row| {
                let object: Map<String, Value> = s
                    .columns
                    .iter()
                    .zip(row)
                    .map(|(c, v)| (c.to_string(), json_value(v)))
                    .collect();
                Value::Object(object)
            })
            .collect();
        sections.insert(s.key.to_string(), Value::Array(rows));
    }
    let mut top = Map::new();
    match &report.period {
        Period::Week {
            week,
            monday,
            sunday,
        } => {
            top.insert("week".into(), Value::String(week.clone()));
            top.insert("from".into(), Value::String(monday.to_string()));
            top.insert("to".into(), Value::String(sunday.to_string()));
        }
        Period::Day(day) => {
            top.insert("date".into(), Value::String(day.to_string()));
        }
    }
    top.insert("sections".into(), Value::Object(sections));
    super::json(&Value::Object(top))
}

/// A text cell a spreadsheet will not read as a formula: one starting with `=`, `+`, `-`, `@`, a
/// tab or a carriage return gets a leading `'` (OWASP's advice for CSV injection). Numbers are
/// written as numbers and never pass through here.
fn inert(text: String) -> String {
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{text}"),
        _ => text,
    }
}

/// One long table: `section,row,field,value`. `excel` gives Finnish Excel's dialect: `;` and a
/// UTF-8 byte-order mark.
pub fn csv(report: &Report, excel: bool) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    if excel {
        out.extend_from_slice("\u{feff}".as_bytes());
    }
    {
        let mut writer = csv::WriterBuilder::new()
            .delimiter(if excel { b';' } else { b',' })
            .from_writer(&mut out);
        writer.write_record(["section", "row", "field", "value"])?;
        for s in &report.sections {
            for (i, row) in s.rows.iter().enumerate() {
                for (column, value) in s.columns.iter().zip(row) {
                    let cell = match value {
                        Cell::Int(_) => plain(value),
                        text_cell => inert(plain(text_cell)),
                    };
                    writer.write_record([s.key, &(i + 1).to_string(), column, &cell])?;
                }
            }
        }
        writer.flush()?;
    }
    Ok(out)
}

/// One sheet per section; the document's creation date is the report's week, so the same
/// report gives the same file. Numbers are number cells.
pub fn xlsx(report: &Report, dated: NaiveDate) -> Result<Vec<u8>> {
    use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook};
    let mut workbook = Workbook::new();
    let created =
        ExcelDateTime::from_ymd(dated.year() as u16, dated.month() as u8, dated.day() as u8)?;
    workbook.set_properties(&DocProperties::new().set_creation_datetime(&created));
    let bold = Format::new().set_bold();
    for s in &report.sections {
        let sheet = workbook.add_worksheet();
        sheet.set_name(s.key.chars().take(31).collect::<String>())?;
        for (c, column) in s.columns.iter().enumerate() {
            sheet.write_string_with_format(0, c as u16, *column, &bold)?;
        }
        for (r, row) in s.rows.iter().enumerate() {
            for (c, value) in row.iter().enumerate() {
                let (r, c) = (r as u32 + 1, c as u16);
                match value {
                    Cell::Int(i) => sheet.write_number(r, c, *i as f64)?,
                    other => sheet.write_string(r, c, plain(other))?,
                };
            }
        }
    }
    Ok(workbook.save_to_buffer()?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::report::{Period, Report, Section};

    #[test]
    fn a_code_without_a_description_is_printed_as_it_is() {
        let mut register = Section::new("register", &["log", "rows", "head"]);
        register
            .rows
            .push(vec![Cell::code("events"), Cell::Int(3), Cell::text("abc")]);
        let report = Report {
            period: Period::Day(chrono::NaiveDate::from_ymd_opt(2026, 11, 23).expect("date")),
            sections: vec![register],
            cases: Vec::new(),
        };
        assert!(markdown(&report).contains("| events | 3 | abc |"));
    }
}
