//! The work list (`moty report queue`) printed section by section, a page at a time, as each
//! page's access rows commit (ops::report::queue). For people: Markdown, a heading for each
//! section, a table for its rows, the non-disclosure warnings above the rows they concern, and
//! after a section cut short the count of the rest and its place. For scripts (`--json`): one
//! document, `{"schema": 1, "date": …, "sections": {"<section>": [rows…], …}}`, and with a limit
//! `"rest": {"<section>": {"more": N, "after": PLACE}}` for the sections cut short.

use anyhow::Result;
use chrono::NaiveDate;
use serde_json::{Map, Value};

use super::report::{human, json_value, md_cell};
use crate::domain::paging::Rest;
use crate::domain::work_list::Part;
use crate::ops::report::queue::WorkRow;
use crate::text;

/// The work list being printed.
pub struct WorkList {
    json: bool,
    today: NaiveDate,
    /// The section whose rows are being printed, and how many it has printed.
    section: Option<(Part, u64)>,
    /// The sections cut short, for the JSON document's end.
    rests: Vec<(Part, Rest)>,
    /// The reader went away (a pipe closed early): nothing more is written.
    gone: bool,
}

impl WorkList {
    pub fn new(json: bool, today: NaiveDate) -> WorkList {
        WorkList {
            json,
            today,
            section: None,
            rests: Vec::new(),
            gone: false,
        }
    }

    /// Writes `text`: false when nobody reads any more.
    fn write(&mut self, text: &str) -> Result<bool> {
        if !self.gone && !super::emit_part(text)? {
            self.gone = true;
        }
        Ok(!self.gone)
    }

    /// A page of `part` (the section's first one even when empty).
    pub fn page(&mut self, part: Part, rows: &[WorkRow]) -> Result<bool> {
        let mut out = String::new();
        let first_section = self.section.is_none();
        let printed = match self.section {
            Some((p, n)) if p == part => n,
            _ => {
                out.push_str(&self.opening(part, first_section));
                0
            }
        };
        if self.json {
            for (i, row) in rows.iter().enumerate() {
                let separator = if printed == 0 && i == 0 { "\n" } else { ",\n" };
                out.push_str(separator);
                out.push_str(&json_row(part, row)?);
            }
        } else {
            out.push_str(&markdown_rows(part, rows, printed == 0));
        }
        self.section = Some((part, printed + rows.len() as u64));
        self.write(&out)
    }

    /// The heading of `part`: for scripts its field (after the document's opening); for people
    /// its title (after the list's), and the line saying it is empty when it is.
    fn opening(&self, part: Part, first: bool) -> String {
        if self.json {
            let mut out = if first {
                format!(
                    "{{\n  \"schema\": {},\n  \"date\": \"{}\",\n  \"sections\": {{\n",
                    super::SCHEMA,
                    self.today
                )
            } else {
                self.closing_rows() + ",\n"
            };
            out.push_str(&format!("    \"{}\": [", part.key()));
            return out;
        }
        let mut out = String::new();
        if first {
            out.push_str(&format!("# {}\n", text::queue_title(self.today)));
        }
        out.push_str(&format!("\n## {}\n\n", text::section_title(part.key())));
        out
    }

    /// The end of the section's rows in the JSON document.
    fn closing_rows(&self) -> String {
        match self.section {
            Some((_, 0)) => "]".to_string(),
            _ => "\n    ]".to_string(),
        }
    }

    /// The end of `part`: for people, that it has nothing, or the count of the rest and its
    /// place; for scripts the rest is kept for the document's end.
    pub fn ended(&mut self, part: Part, rest: Option<Rest>) -> Result<bool> {
        if self.json {
            if let Some(rest) = rest {
                self.rests.push((part, rest));
            }
            return Ok(!self.gone);
        }
        let mut out = String::new();
        if matches!(self.section, Some((p, 0)) if p == part) {
            out.push_str(&format!("{}\n", text::none_this_week()));
        }
        if let Some(rest) = rest {
            let line = text::more_in_section(rest.more, part.key(), &rest.after);
            out.push_str(&format!("\n{line}\n"));
        }
        if out.is_empty() {
            return Ok(!self.gone);
        }
        self.write(&out)
    }

    /// Ends the document (for scripts; for people the last section ended it).
    pub fn finish(mut self) -> Result<()> {
        if !self.json {
            return Ok(());
        }
        let mut out = self.closing_rows();
        out.push_str("\n  }");
        if !self.rests.is_empty() {
            let rests: Map<String, Value> = self
                .rests
                .iter()
                .map(|(part, rest)| {
                    let value = serde_json::json!({ "more": rest.more, "after": rest.after });
                    (part.key().to_string(), value)
                })
                .collect();
            let text = serde_json::to_string_pretty(&Value::Object(rests))?;
            out.push_str(",\n  \"rest\": ");
            out.push_str(&text.replace('\n', "\n  "));
        }
        out.push_str("\n}\n");
        self.write(&out)?;
        Ok(())
    }
}

/// A row as an object of its section's columns, indented for its place in the document.
fn json_row(part: Part, row: &WorkRow) -> Result<String> {
    let object: Map<String, Value> = part
        .columns()
        .iter()
        .zip(&row.cells)
        .map(|(c, v)| (c.to_string(), json_value(v)))
        .collect();
    let pretty = serde_json::to_string_pretty(&Value::Object(object))?;
    Ok(pretty
        .lines()
        .map(|line| format!("      {line}"))
        .collect::<Vec<_>>()
        .join("\n"))
}

/// A page's rows as Markdown: the warnings on clients with a non-disclosure order first, then
/// the table (its heading on the section's first page, or again after warnings).
fn markdown_rows(part: Part, rows: &[WorkRow], first: bool) -> String {
    if rows.is_empty() {
        return String::new();
    }
    let mut out = String::new();
    let warnings = text::non_disclosure_lines(
        rows.iter()
            .filter(|r| r.non_disclosure)
            .map(|r| r.case.as_str()),
    );
    if !warnings.is_empty() {
        if !first {
            out.push('\n');
        }
        out.push_str(warnings.trim_end());
        out.push_str("\n\n");
    }
    let columns = part.columns();
    let shown = &columns[..columns.len() - 1];
    if first || !warnings.is_empty() {
        let headings: Vec<String> = shown.iter().map(|c| text::report_column(c)).collect();
        out.push_str(&format!("| {} |\n", headings.join(" | ")));
        out.push_str(&format!("|{}\n", " --- |".repeat(headings.len())));
    }
    for row in rows {
        let cells: Vec<String> = shown
            .iter()
            .zip(&row.cells)
            .map(|(c, v)| md_cell(&human(v, c)))
            .collect();
        out.push_str(&format!("| {} |\n", cells.join(" | ")));
    }
    out
}
