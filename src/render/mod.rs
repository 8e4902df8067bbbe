//! Pure functions from data to what is printed: tables for people, JSON for scripts. `emit` is
//! the one place that writes to standard output; a closed pipe (`moty list | head`) is not an
//! error.

pub mod admin;
pub mod agenda;
pub mod areas;
mod cases;
mod consents;
mod consultations;
mod contact;
pub mod dpo;
mod estimates;
mod feedback;
pub mod fhir;
mod grid;
mod html;
mod ics;
pub mod import;
mod kela;
pub mod login;
mod next;
mod outcomes;
pub mod paged;
mod plan;
pub mod progress;
mod protection;
mod registry;
pub mod report;
mod schedule;
pub mod schemas;
pub mod sheet;
mod triage;
pub mod work_list;

use std::io::Write;

use schemars::JsonSchema;
use serde::Serialize;

use grid::{table, table_marked};

pub use cases::{case_file, found, listed, listed_end, listed_page, registered};
pub use consents::{consent_recorded, consent_withdrawn, consents, kela_form_sent};
pub use consultations::{
    consultation_linked, consultation_recorded, consultation_report, consultations,
};
pub use contact::{contact_card, contact_settings, follow_up_weeks};
pub use estimates::{estimate_recorded, survey_recorded};
pub use feedback::{feedback_recorded, statements};
pub use html::{outcomes_html, PageData};
pub use ics::ics;
pub use kela::{corrected, kela_concluded};
pub use outcomes::{outcomes, EXCEL_CSV};
pub use plan::{
    description_draft, follow_up_recorded, follow_ups_due_end, follow_ups_due_page, plan,
    plan_history, plan_markdown, plan_saved, services,
};
pub use protection::client_changed;
pub use registry::{
    access_rows, backup_done, directory, directory_saved, disclosures, doctor, imported, verified,
};
pub use schedule::{booked, candidates, meeting_changed, slot_rules, team_request};
pub use triage::{card, closed, consent_status, queue_end, queue_page, reopened, triaged};

#[derive(Serialize, JsonSchema)]
pub struct Demo<'a> {
    path: String,
    clients: u32,
    first_case: &'a str,
}

/// The words of `value` in lines of at most `room` columns; a word longer than a line stays
/// whole on a line of its own.
pub(crate) fn words_in_lines(value: &str, room: usize) -> Vec<String> {
    use unicode_width::UnicodeWidthStr;
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in value.split_whitespace() {
        if !line.is_empty() && line.width() + 1 + word.width() > room {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// The note under a table whose small counts are suppressed, in lines that fit 80 columns.
fn small_cells_note() -> String {
    format!(
        "{}\n",
        words_in_lines(&crate::text::small_cells_note(), 80).join("\n")
    )
}

/// Writes a command's output. A reader that went away (EPIPE) ends the output quietly. Coloured
/// output goes through `anstream`, which turns the sequences on in a Windows console.
pub fn emit(output: &str) -> std::io::Result<()> {
    match emit_checked(output) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other,
    }
}

/// Standard output for an output written as it is made (a FHIR bundle), buffered. A reader that
/// went away (EPIPE) ends the output quietly, as `emit` does: `finish` then answers `None`.
pub struct Stream {
    out: std::io::BufWriter<std::io::StdoutLock<'static>>,
    gone: bool,
}

impl Stream {
    pub fn stdout() -> Stream {
        Stream {
            out: std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock()),
            gone: false,
        }
    }

    /// Flushes what is left; the work's own result, or `None` when the reader went away.
    pub fn finish<T>(mut self, result: anyhow::Result<T>) -> anyhow::Result<Option<T>> {
        let flushed = self.flush();
        if self.gone {
            return Ok(None);
        }
        let value = result?;
        flushed?;
        Ok(Some(value))
    }

    fn noted<T>(&mut self, result: std::io::Result<T>) -> std::io::Result<T> {
        if let Err(e) = &result {
            self.gone |= e.kind() == std::io::ErrorKind::BrokenPipe;
        }
        result
    }
}

impl Write for Stream {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let written = self.out.write(buf);
        self.noted(written)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        let flushed = self.out.flush();
        self.noted(flushed)
    }
}

/// Writes part of a long list's output (`paged`), as `emit` writes a whole one: false when the
/// reader has gone (a closed pipe), so the list stops reading pages.
pub fn emit_part(output: &str) -> std::io::Result<bool> {
    match emit_checked(output) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(false),
        other => other.map(|()| true),
    }
}

fn emit_checked(output: &str) -> std::io::Result<()> {
    let stdout = std::io::stdout().lock();
    if crate::term::stdout() {
        write_all(anstream::AutoStream::always(stdout), output)
    } else {
        write_all(stdout, output)
    }
}

fn write_all(mut to: impl Write, output: &str) -> std::io::Result<()> {
    to.write_all(output.as_bytes()).and_then(|()| to.flush())
}

/// Prints the one-line error message. Messages echo what was typed (a value that is not a date,
/// a code that is not allowed); any control or bidirectional character in it is shown escaped,
/// so an error cannot rewrite the terminal. Coloured, the `moty:` before it stands out.
pub fn error(message: &str) {
    message_line(crate::term::Mark::Error, message);
}

/// Prints a warning (the register in a cloud-synced folder) as `error` prints an error.
pub fn warning(message: &str) {
    message_line(crate::term::Mark::Warning, message);
}

/// Says, at a terminal only, that the register's schema is being brought up to date (a large
/// register takes a while); a script's standard error gets nothing.
pub fn migrating(from: i64, to: i64) {
    if std::io::IsTerminal::is_terminal(&std::io::stderr()) {
        message_line(
            crate::term::Mark::Warning,
            &crate::text::migrating(from, to),
        );
    }
}

/// Prints clap's usage error as `help::errors` words it in the UI language: its colour
/// sequences kept where standard error is coloured, taken away where it is not.
pub fn usage_error(text: &str) {
    let stderr = std::io::stderr().lock();
    let _ = if crate::term::stderr() {
        write_all(anstream::AutoStream::always(stderr), text)
    } else {
        write_all(anstream::AutoStream::never(stderr), text)
    };
}

fn message_line(mark: crate::term::Mark, message: &str) {
    let line = format!(
        "{}: {}\n",
        crate::term::paint_stderr(mark, "moty"),
        crate::text::shown(message)
    );
    let stderr = std::io::stderr().lock();
    let _ = if crate::term::stderr() {
        write_all(anstream::AutoStream::always(stderr), &line)
    } else {
        write_all(stderr, &line)
    };
}

/// The version of every JSON document's shape, carried as `"schema"` first in each document and
/// published under docs/schemas/. A change that could break a script reading a document raises
/// it (for that document, then documented).
pub const SCHEMA: u32 = 1;

/// A JSON document: its schema version, then its body's fields.
#[derive(Serialize, JsonSchema)]
pub struct Doc<'a, T> {
    /// The version of this document's shape.
    pub schema: u32,
    #[serde(flatten)]
    pub body: &'a T,
}

/// Pretty JSON with a trailing newline, `"schema"` first; field order is the struct's, so it is
/// stable.
fn json<T: Serialize>(value: &T) -> String {
    json_version(SCHEMA, value)
}

/// `json` for a document whose shape has its own version (raised by a change that could break a
/// script reading it; the book's "JSON shapes", docs/src/reference/json-shapes.md).
fn json_version<T: Serialize>(schema: u32, value: &T) -> String {
    let doc = Doc {
        schema,
        body: value,
    };
    let mut text =
        serde_json::to_string_pretty(&doc).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    text.push('\n');
    text
}

fn or_none<T: std::fmt::Display>(value: &Option<T>) -> String {
    value
        .as_ref()
        .map_or_else(|| crate::text::NONE.to_string(), |v| v.to_string())
}

/// What `moty purge` did.
#[derive(Serialize, JsonSchema)]
pub struct PurgedDoc<'a> {
    purged: &'a [crate::ops::purge::Purged],
}

pub fn purged(done: &[crate::ops::purge::Purged], as_json: bool) -> String {
    if as_json {
        return json(&PurgedDoc { purged: done });
    }
    if done.is_empty() {
        return crate::text::purged_none();
    }
    done.iter()
        .map(|p| crate::text::purged(&p.case, p.texts_erased, p.client_erased))
        .collect()
}

/// A signing key made: its public key.
#[derive(Serialize, JsonSchema)]
pub struct KeygenDoc<'a> {
    key_file: String,
    public_key: &'a str,
}

pub fn keygen(path: &std::path::Path, public: &str, as_json: bool) -> String {
    if as_json {
        return json(&KeygenDoc {
            key_file: path.display().to_string(),
            public_key: public,
        });
    }
    crate::text::keygen_done(path, public)
}

/// A signed checkpoint, always JSON (it is a document to keep and check later).
pub fn checkpoint(signed: &crate::ops::checkpoint::Checkpoint) -> String {
    json(signed)
}

/// What `moty restore` did.
pub fn restored(
    backup: &std::path::Path,
    register: &std::path::Path,
    done: &crate::ops::backup::Restored,
    as_json: bool,
) -> String {
    if as_json {
        return json(done);
    }
    let mut out = format!("{}\n", crate::text::restored(backup, register));
    out.push_str(&crate::text::restore_counts(
        done.carried.values().sum(),
        done.lost.values().sum(),
        done.purges_reapplied.len(),
    ));
    out
}

/// The receipt of `moty --json demo`.
pub fn demo_built(path: &std::path::Path, clients: u32, first_case: &str) -> String {
    json(&Demo {
        path: path.display().to_string(),
        clients,
        first_case,
    })
}

/// A coordinator's default region, as `moty settings my-region` prints it.
#[derive(Serialize, JsonSchema)]
pub struct MyRegion<'a> {
    pub user: &'a str,
    /// null: no default region; the lists show every region.
    pub region: Option<&'a str>,
}

pub fn my_region(user: &str, region: Option<&str>, as_json: bool) -> String {
    if as_json {
        return json(&MyRegion { user, region });
    }
    crate::text::my_region_is(user, region)
}

pub fn moved_region(moved: &crate::ops::region::Moved, as_json: bool) -> String {
    if as_json {
        return json(moved);
    }
    crate::text::case_moved(&moved.case, moved.from.as_deref(), &moved.to)
}

/// The configuration file's settings, as `moty config list` prints them.
#[derive(Serialize, JsonSchema)]
pub struct ConfigList<'a> {
    pub path: String,
    /// Each key and its value (null: not set in the file).
    pub settings: Vec<ConfigSetting<'a>>,
}

#[derive(Serialize, JsonSchema)]
pub struct ConfigSetting<'a> {
    pub key: &'a str,
    pub value: Option<&'a str>,
}

pub fn config_list(
    path: &std::path::Path,
    settings: &[(&str, Option<String>)],
    as_json: bool,
) -> String {
    if as_json {
        return json(&ConfigList {
            path: path.display().to_string(),
            settings: settings
                .iter()
                .map(|(key, value)| ConfigSetting {
                    key,
                    value: value.as_deref(),
                })
                .collect(),
        });
    }
    if settings.is_empty() {
        return format!("{}\n", path.display());
    }
    let mut out = format!("{}\n", crate::text::config_file_is(path));
    for (key, value) in settings {
        out.push_str(&format!(
            "{key} = {}\n",
            value.as_deref().unwrap_or(&crate::text::not_set())
        ));
    }
    out
}

pub fn config_value(key: &str, value: Option<&str>, as_json: bool) -> String {
    if as_json {
        return json(&ConfigSetting { key, value });
    }
    format!("{}\n", value.unwrap_or(&crate::text::not_set()))
}
