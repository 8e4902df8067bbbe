//! A long list printed a page at a time, as each page's access rows commit (ops::pages). For
//! people each page is a table; into a pipe or a file every page follows the one before, each with
//! its headings. For scripts (`--json`) the pages make one document, the same as a list printed
//! whole: `{"schema": 1, "<field>": [rows…]}`, and with `--limit` the rest's count and place.

use anyhow::Result;
use serde::Serialize;

use crate::domain::paging::Rest;

/// The list being printed.
pub struct Paged {
    json: bool,
    field: &'static str,
    /// Rows printed so far.
    rows: u64,
    /// The reader went away (a pipe closed early): nothing more is written.
    gone: bool,
}

impl Paged {
    /// A list whose rows go under `field` in its JSON document.
    pub fn new(field: &'static str, json: bool) -> Paged {
        Paged {
            json,
            field,
            rows: 0,
            gone: false,
        }
    }

    pub fn json(&self) -> bool {
        self.json
    }

    /// Writes `text`: false when nobody reads any more.
    fn write(&mut self, text: &str) -> Result<bool> {
        if !self.gone && !super::emit_part(text)? {
            self.gone = true;
        }
        Ok(!self.gone)
    }

    /// The opening of the JSON document, before the first row.
    fn opening(&self) -> String {
        format!(
            "{{\n  \"schema\": {},\n  \"{}\": [",
            super::SCHEMA,
            self.field
        )
    }

    /// A page of rows in the JSON document, each as `serde_json` prints it inside the array.
    pub fn json_rows<T: Serialize>(&mut self, rows: &[T]) -> Result<bool> {
        if rows.is_empty() {
            return Ok(!self.gone);
        }
        let mut out = String::new();
        if self.rows == 0 {
            out.push_str(&self.opening());
        }
        for row in rows {
            out.push_str(if self.rows == 0 { "\n" } else { ",\n" });
            let pretty = serde_json::to_string_pretty(row)?;
            for (i, line) in pretty.lines().enumerate() {
                if i > 0 {
                    out.push('\n');
                }
                out.push_str("    ");
                out.push_str(line);
            }
            self.rows += 1;
        }
        self.write(&out)
    }

    /// A page for people, of `count` rows.
    pub fn text(&mut self, text: &str, count: usize) -> Result<bool> {
        if count == 0 {
            return Ok(!self.gone);
        }
        self.rows += count as u64;
        self.write(text)
    }

    /// Ends the list: for people `empty` (a line) when no row was printed, and the rest's count
    /// and place; for scripts the end of the document.
    pub fn finish(mut self, rest: Option<&Rest>, empty: &str) -> Result<()> {
        if self.json {
            let mut out = if self.rows == 0 {
                format!("{}]", self.opening())
            } else {
                "\n  ]".to_string()
            };
            if let Some(rest) = rest {
                out.push_str(&format!(
                    ",\n  \"more\": {},\n  \"after\": {}",
                    rest.more,
                    serde_json::to_string(&rest.after)?
                ));
            }
            out.push_str("\n}\n");
            self.write(&out)?;
            return Ok(());
        }
        if self.rows == 0 {
            self.write(empty)?;
        }
        if let Some(rest) = rest {
            self.write(&format!(
                "{}\n",
                crate::text::more_rows(rest.more, &rest.after)
            ))?;
        }
        Ok(())
    }
}
