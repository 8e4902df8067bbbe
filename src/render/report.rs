//! Reports as tables of sections, rendered to Markdown, JSON, CSV (one long table with a section
//! column) and xlsx (one sheet per section). Pure functions of the report: the same report gives
//! the same bytes.

use anyhow::Result;
use chrono::{Datelike, NaiveDate};
use serde_json::{Map, Value};

/// One table of a report.
#[derive(Debug, Clone)]
pub struct Section {
    /// Stable key used in JSON, CSV and sheet names.
    pub key: &'static str,
    pub title: &'static str,
    pub columns: Vec<&'static str>,
    pub rows: Vec<Vec<String>>,
}

impl Section {
    pub fn new(key: &'static str, title: &'static str, columns: &[&'static str]) -> Section {
        Section {
            key,
            title,
            columns: columns.to_vec(),
            rows: Vec::new(),
        }
    }

    /// The values of one column.
    pub fn values(&self, column: &str) -> Vec<&String> {
        match self.columns.iter().position(|c| *c == column) {
            Some(i) => self.rows.iter().filter_map(|r| r.get(i)).collect(),
            None => Vec::new(),
        }
    }
}

#[derive(Debug, Clone)]
pub struct Report {
    pub title: String,
    pub week: String,
    pub sections: Vec<Section>,
    /// The cases the report concerns, for the disclosure log.
    pub cases: Vec<String>,
}

fn md_cell(value: &str) -> String {
    value.replace('|', "\\|").replace('\n', "<br>")
}

pub fn markdown(report: &Report) -> String {
    let mut out = format!("# {}\n", report.title);
    for s in &report.sections {
        out.push_str(&format!("\n## {}\n\n", s.title));
        if s.rows.is_empty() {
            out.push_str(&format!("{}\n", crate::text::NONE_THIS_WEEK));
            continue;
        }
        out.push_str(&format!("| {} |\n", s.columns.join(" | ")));
        out.push_str(&format!("|{}\n", " --- |".repeat(s.columns.len())));
        for row in &s.rows {
            let cells: Vec<String> = row.iter().map(|v| md_cell(v)).collect();
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
                    .map(|(c, v)| (c.to_string(), Value::String(v.clone())))
                    .collect();
                Value::Object(object)
            })
            .collect();
        sections.insert(s.key.to_string(), Value::Array(rows));
    }
    let mut top = Map::new();
    if !report.week.is_empty() {
        top.insert("week".into(), Value::String(report.week.clone()));
    }
    top.insert("sections".into(), Value::Object(sections));
    super::json(&Value::Object(top))
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
                    writer.write_record([s.key, &(i + 1).to_string(), column, value])?;
                }
            }
        }
        writer.flush()?;
    }
    Ok(out)
}

/// One sheet per section; the document's creation date is the report's week, so the same
/// report gives the same file.
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
                sheet.write_string(r as u32 + 1, c as u16, value)?;
            }
        }
    }
    Ok(workbook.save_to_buffer()?)
}
