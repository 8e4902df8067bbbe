//! The agenda (`moty schedule list`) printed a page of meeting times at a time, as each page is
//! read (ops::schedule::agenda_pages), then what comes under the meetings. For people: the
//! heading, each page a table, the count of the rest and its place when the meetings were cut
//! short, then Kela's contact person, the closed days and the requests waiting for units. For
//! scripts (`--json`) the pages make one document, the same as the agenda printed whole —
//! `{"schema": 1, "from", "to", "meetings": [...], "closed_days", "waiting_for_units",
//! "kela_contact"}` — and with a limit `"rest": {"more": N, "after": PLACE}`.

use anyhow::Result;
use chrono::{NaiveDate, NaiveDateTime};
use schemars::JsonSchema;
use serde::Serialize;

use super::schedule::{form_late, form_words};
use super::table;
use crate::domain::BookingStatus;
use crate::ops::schedule::agenda::{ClosedDay, Meeting, Waiting};
use crate::ops::schedule::agenda_pages::Tail;
use crate::text;

/// `moty schedule list --json`: the shape of the document the pages make (never built whole).
#[derive(Serialize, JsonSchema)]
pub struct AgendaDoc {
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// The meeting times by start, then kind: every slot with its places, every time booked.
    pub meetings: Vec<Meeting>,
    /// The closed days of the days the meetings shown span (the whole period unless cut short).
    pub closed_days: Vec<ClosedDay>,
    pub waiting_for_units: Vec<Waiting>,
    pub kela_contact: Option<String>,
    /// Only with `--limit` (or a screenful), when more meeting times are left.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rest: Option<RestDoc>,
}

/// What is left after the meetings shown.
#[derive(Serialize, JsonSchema)]
pub struct RestDoc {
    /// How many more meeting times there are.
    #[schemars(range(min = 1))]
    pub more: u64,
    /// The `--after` value that shows them.
    pub after: String,
}

/// The agenda being printed.
pub struct AgendaOut {
    json: bool,
    from: NaiveDate,
    to: NaiveDate,
    /// Helsinki time: marks, when coloured, the places past their time still booked.
    now: NaiveDateTime,
    /// Meeting times printed so far, and whether anything was.
    rows: u64,
    started: bool,
    /// The reader went away (a pipe closed early): nothing more is written.
    gone: bool,
}

impl AgendaOut {
    pub fn new(from: NaiveDate, to: NaiveDate, now: NaiveDateTime, json: bool) -> AgendaOut {
        AgendaOut {
            json,
            from,
            to,
            now,
            rows: 0,
            started: false,
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

    /// The document's or the list's opening, before its first page.
    fn opening(&mut self) -> String {
        self.started = true;
        if self.json {
            format!(
                "{{\n  \"schema\": {},\n  \"from\": \"{}\",\n  \"to\": \"{}\",\n  \"meetings\": [",
                super::SCHEMA,
                self.from,
                self.to
            )
        } else {
            text::agenda_heading(self.from, self.to)
        }
    }

    /// A page of meeting times (the first page's table is printed even when empty).
    pub fn page(&mut self, meetings: &[Meeting]) -> Result<bool> {
        let mut out = String::new();
        if !self.started {
            out.push_str(&self.opening());
        }
        if self.json {
            for m in meetings {
                out.push_str(if self.rows == 0 { "\n    " } else { ",\n    " });
                out.push_str(&indented(m, "    ")?);
                self.rows += 1;
            }
        } else if self.rows == 0 || !meetings.is_empty() {
            out.push_str(&format!("{}\n", meeting_table(meetings, self.now)));
            self.rows += meetings.len() as u64;
        }
        if out.is_empty() {
            return Ok(!self.gone);
        }
        self.write(&out)
    }

    /// Ends the agenda with what comes under its meetings.
    pub fn finish(mut self, tail: &Tail) -> Result<()> {
        if !self.started {
            self.page(&[])?;
        }
        let mut out = String::new();
        if self.json {
            out.push_str(if self.rows == 0 { "]" } else { "\n  ]" });
            let field = |name: &str, value: String| format!(",\n  \"{name}\": {value}");
            out.push_str(&field("closed_days", indented(&tail.closed_days, "  ")?));
            let waiting = indented(&tail.waiting_for_units, "  ")?;
            out.push_str(&field("waiting_for_units", waiting));
            out.push_str(&field("kela_contact", indented(&tail.kela_contact, "  ")?));
            if let Some(rest) = &tail.rest {
                let rest = RestDoc {
                    more: rest.more,
                    after: rest.after.clone(),
                };
                out.push_str(&field("rest", indented(&rest, "  ")?));
            }
            out.push_str("\n}\n");
        } else {
            if let Some(rest) = &tail.rest {
                out.push_str(&format!("{}\n", text::more_rows(rest.more, &rest.after)));
            }
            if let Some(contact) = &tail.kela_contact {
                let line = text::kela_contact_line(contact);
                out.push_str(&format!("{}\n", text::shown(&line)));
            }
            for day in &tail.closed_days {
                let line = text::closed_day_line(day.date, &text::holiday_name(&day.reason));
                out.push_str(&format!("{}\n", text::shown(&line)));
            }
            for w in &tail.waiting_for_units {
                let line = text::waiting_units_line(&w.case, &w.units);
                out.push_str(&format!("{}\n", text::shown(&line)));
            }
        }
        if !out.is_empty() {
            self.write(&out)?;
        }
        Ok(())
    }
}

/// `value` as pretty JSON, its lines after the first indented by `indent` (its place in the
/// document).
fn indented<T: Serialize + ?Sized>(value: &T, indent: &str) -> Result<String> {
    let pretty = serde_json::to_string_pretty(value)?;
    Ok(pretty.replace('\n', &format!("\n{indent}")))
}

/// A page of meeting times as a table: a row for each free slot, one for each place booked.
fn meeting_table(meetings: &[Meeting], now: NaiveDateTime) -> String {
    let mut t = table(&[
        text::h_when(),
        text::h_kind_meeting(),
        text::h_free(),
        text::h_id(),
        text::h_case(),
        text::h_status(),
        text::h_notes(),
    ]);
    for m in meetings {
        let free = m.capacity.map_or(text::NONE.to_string(), |c| {
            format!("{}/{c}", m.free.unwrap_or(0))
        });
        let kind = text::meeting_label(m.kind).to_string();
        if m.booked.is_empty() {
            t.add_row(vec![
                text::format::ui_meeting_time(m.starts_at),
                kind,
                free,
                String::new(),
                String::new(),
                String::new(),
                String::new(),
            ]);
            continue;
        }
        for (i, e) in m.booked.iter().enumerate() {
            let mut notes: Vec<String> = e
                .participants
                .iter()
                .map(|p| text::value_label(p).to_string())
                .collect();
            for (i, invited) in e.invited.iter().enumerate() {
                match e.invitees.get(i).and_then(|p| p.email.as_deref()) {
                    Some(email) => notes.push(text::invited_with_email(invited, email)),
                    None => notes.push(invited.clone()),
                }
            }
            if let Some(link) = &e.video_link {
                notes.push(text::video_note(link));
            }
            if let Some(chair) = &e.chair {
                notes.push(text::chair(chair));
            }
            if let Some(form) = &e.kela_form {
                notes.push(form_words(form));
            }
            let first = i == 0;
            let unmarked = e.status == BookingStatus::Booked && m.starts_at < now;
            let late = e
                .kela_form
                .as_ref()
                .is_some_and(|f| form_late(f, now.date()));
            let mark = (unmarked || late).then_some(crate::term::Mark::Overdue);
            t.add_marked_row(
                mark,
                vec![
                    if first {
                        text::format::ui_meeting_time(m.starts_at)
                    } else {
                        String::new()
                    },
                    if first { kind.clone() } else { String::new() },
                    if first { free.clone() } else { String::new() },
                    e.meeting.to_string(),
                    e.case.clone(),
                    text::value_label(e.status.as_str()).to_string(),
                    notes.join("; "),
                ],
            );
        }
    }
    t.to_string()
}
