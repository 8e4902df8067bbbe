//! Reception feedback: the receipt of `moty feedback` and the statements catalogue.

use schemars::JsonSchema;
use serde::Serialize;

use super::{json, table};
use crate::domain::records::{Feedback, StatementVersion};
use crate::text;

/// What `moty feedback` recorded.
#[derive(Serialize, JsonSchema)]
pub struct FeedbackRecorded<'a> {
    feedback: &'a Feedback,
}

pub fn feedback_recorded(feedback: &Feedback, as_json: bool) -> String {
    if as_json {
        return json(&FeedbackRecorded { feedback });
    }
    text::shown(&text::feedback_recorded(feedback)).into_owned()
}

/// One version of the statements catalogue (`moty settings statements`, `… new`).
#[derive(Serialize, JsonSchema)]
pub struct Statements<'a> {
    #[serde(flatten)]
    catalogue: &'a StatementVersion,
}

pub fn statements(catalogue: &StatementVersion, made: bool, as_json: bool) -> String {
    if as_json {
        return json(&Statements { catalogue });
    }
    let made_at = catalogue.made_at.map(|at| at.local_minute());
    let mut out = if made {
        text::statements_made(catalogue.version, catalogue.statements.len())
    } else {
        String::new()
    };
    out.push_str(&text::shown(&text::statements_heading(
        catalogue.version,
        made_at.as_deref(),
        &catalogue.made_by,
    )));
    let mut grid = table(&[
        &text::h_code(),
        &text::h_statement_fi(),
        &text::h_statement_sv(),
        &text::h_statement_en(),
    ]);
    grid.cards_below_wide();
    for s in &catalogue.statements {
        grid.add_row([&s.code, &s.fi, &s.sv, &s.en]);
    }
    out.push_str(&format!("{grid}\n"));
    out
}

/// The case file's feedback section: each meeting's feedback, its answers worded as in the
/// version they were given to, and the client's words.
pub(crate) fn feedback_section(all: &[Feedback]) -> String {
    if all.is_empty() {
        return String::new();
    }
    let mut out = format!("{}\n", text::l_client_feedback());
    for f in all {
        out.push_str(&text::feedback_line(f));
        out.push('\n');
        for a in &f.answers {
            out.push_str(&text::shown(&text::feedback_answer_line(
                &a.statement,
                a.answer,
            )));
            out.push('\n');
        }
        if let Some(words) = &f.text {
            out.push_str(&text::shown(&text::feedback_client_words(words)));
            out.push('\n');
        }
    }
    out.push('\n');
    out
}
