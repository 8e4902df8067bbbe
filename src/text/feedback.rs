//! Words of reception feedback: the client's feedback on a held meeting, the questions read to
//! the client (in Finnish, Swedish or English), and the statements catalogue.
//!
//! Every word is a message in `i18n/LANG/moty.ftl` under `feedback-…`, in the UI language. What
//! is read to the client is under `doc-feedback-…`, in the client's language (`t_in!`), so also
//! in Swedish. The statements themselves are the register's, with their own fi/sv/en wording.

use chrono::{NaiveDate, NaiveDateTime};

use super::i18n::{t, t_in, ui_language};
use super::schedule::{sched_at, sched_day, sched_minute_text};
use super::{meeting_label, shown};
use crate::domain::evidence::Statement;
use crate::domain::records::Feedback;
use crate::domain::{Agreement, BookingStatus, Language, MeetingKind};

/// A meeting as the messages name it: "meeting 3 (joint assessment 2026-11-25 12:30)".
pub fn meeting_named(id: i64, kind: MeetingKind, starts_at: NaiveDateTime) -> String {
    t!(
        "feedback-meeting-named",
        id = id,
        kind = meeting_label(kind),
        at = sched_at(starts_at)
    )
}

fn held_list(held: &[String]) -> String {
    if held.is_empty() {
        t!("feedback-none-held")
    } else {
        held.join(", ")
    }
}

// --- refusals ------------------------------------------------------------------------------

pub fn no_held_meeting(case_id: &str) -> String {
    t!("feedback-no-held-meeting", case = case_id)
}

pub fn meeting_not_held(id: i64, status: BookingStatus, case_id: &str, held: &[String]) -> String {
    t!(
        "feedback-meeting-not-held",
        id = id,
        status = status.as_str(),
        case = case_id,
        held = held_list(held)
    )
}

pub fn meeting_of_another_case(id: i64, case_id: &str, held: &[String]) -> String {
    t!(
        "feedback-meeting-of-another-case",
        id = id,
        case = case_id,
        held = held_list(held)
    )
}

pub fn no_meeting_of_case(id: i64, case_id: &str, held: &[String]) -> String {
    t!(
        "feedback-no-meeting-of-case",
        id = id,
        case = case_id,
        held = held_list(held)
    )
}

pub fn feedback_exists(meeting: &str, case_id: &str, given_on: NaiveDate) -> String {
    t!(
        "feedback-exists",
        meeting = meeting,
        case = case_id,
        given = sched_day(given_on)
    )
}

pub fn feedback_case_purged(case_id: &str) -> String {
    t!("feedback-case-purged", case = case_id)
}

pub fn before_meeting(meeting: &str, held_on: NaiveDate) -> String {
    t!(
        "feedback-before-meeting",
        meeting = meeting,
        held = sched_day(held_on)
    )
}

pub fn feedback_usefulness_range(value: &str) -> String {
    t!("feedback-usefulness-range", value = shown(value))
}

pub fn answer_shape(value: &str) -> String {
    t!("feedback-answer-shape", value = shown(value))
}

pub fn answer_value(code: &str, value: &str) -> String {
    let allowed: Vec<&str> = Agreement::ALL.iter().map(|a| a.as_str()).collect();
    format!("{}: {}", shown(code), super::one_of(value, &allowed))
}

pub fn unknown_statement(code: &str, version: u32, codes: &[String]) -> String {
    t!(
        "feedback-unknown-statement",
        code = shown(code),
        version = version,
        codes = codes.join(", ")
    )
}

pub fn answered_twice(code: &str) -> String {
    t!("feedback-answered-twice", code = shown(code))
}

pub fn feedback_empty() -> String {
    t!("feedback-empty")
}

// --- the questions read to the client -------------------------------------------------------

pub fn feedback_heading(case_id: &str, meeting: &str, language: Language) -> String {
    let message = t!(
        "feedback-heading",
        meeting = meeting,
        case = case_id,
        language = language.as_str()
    );
    format!("{message}\n")
}

/// The five-point scale as it is read to the client, in `language`.
pub fn scale_words(answer: Agreement, language: Language) -> String {
    use Agreement::*;
    match answer {
        FullyAgree => t_in!(language, "doc-feedback-fully-agree"),
        PartlyAgree => t_in!(language, "doc-feedback-partly-agree"),
        CantSay => t_in!(language, "doc-feedback-cant-say"),
        PartlyDisagree => t_in!(language, "doc-feedback-partly-disagree"),
        FullyDisagree => t_in!(language, "doc-feedback-fully-disagree"),
    }
}

pub fn scale_item(answer: Agreement, language: Language) -> String {
    format!("{answer} — {}", scale_words(answer, language))
}

pub fn scale_skip() -> String {
    t!("feedback-scale-skip")
}

pub fn statement_prompt(n: usize, total: usize, code: &str, text: &str) -> String {
    format!("[{n}/{total}] {text} ({code})")
}

/// The usefulness question in the client's language, with the coordinator's hint in the UI's.
pub fn usefulness_prompt(language: Language) -> String {
    let question = t_in!(language, "doc-feedback-usefulness-question");
    t!("feedback-usefulness-prompt", question = question)
}

/// The question for the client's own words in their language, with the hint in the UI's.
pub fn text_prompt(language: Language) -> String {
    let question = t_in!(language, "doc-feedback-text-question");
    t!("feedback-text-prompt", question = question)
}

// --- what was recorded ------------------------------------------------------------------------

fn feedback_parts(f: &Feedback) -> String {
    let mut parts = Vec::new();
    if let Some(score) = f.usefulness {
        parts.push(t!("feedback-part-usefulness", score = score));
    }
    if let Some(version) = f.statement_version {
        parts.push(t!(
            "feedback-part-answered",
            count = f.answers.len(),
            version = version
        ));
    }
    if f.text.is_some() {
        parts.push(t!("feedback-part-words"));
    }
    parts.join(", ")
}

pub fn feedback_recorded(f: &Feedback) -> String {
    let message = t!(
        "feedback-recorded",
        meeting = meeting_named(f.meeting, f.meeting_kind, f.meeting_starts_at),
        case = f.case.as_str(),
        given = sched_day(f.given_on),
        parts = feedback_parts(f)
    );
    format!("{message}\n")
}

pub fn l_client_feedback() -> String {
    t!("feedback-section")
}

pub fn feedback_line(f: &Feedback) -> String {
    let (given, kind, at) = (
        sched_day(f.given_on),
        meeting_label(f.meeting_kind),
        sched_at(f.meeting_starts_at),
    );
    let line = match f.usefulness {
        Some(score) => t!(
            "feedback-line",
            given = given,
            kind = kind,
            at = at,
            score = score
        ),
        None => t!(
            "feedback-line-no-score",
            given = given,
            kind = kind,
            at = at
        ),
    };
    match f.statement_version {
        Some(version) => t!("feedback-line-version", line = line, version = version),
        None => line,
    }
}

/// One answer in the case file: the statement and the answer, in the UI language.
pub fn feedback_answer_line(statement: &Statement, answer: Agreement) -> String {
    let language = ui_language();
    format!(
        "  {} — {}",
        statement.text(language),
        scale_words(answer, language)
    )
}

pub fn feedback_client_words(text: &str) -> String {
    format!("  {}", t!("feedback-client-words", text = text))
}

/// The timeline's line for `feedback-recorded`.
pub fn feedback_summary(label: &str, detail: &serde_json::Value) -> String {
    let field = |name: &str| detail.get(name).and_then(|v| v.as_str()).unwrap_or("");
    let kind = field("meeting_kind")
        .parse::<MeetingKind>()
        .map_or_else(|_| String::new(), |k| meeting_label(k).to_string());
    let mut line = t!(
        "feedback-summary",
        label = label,
        kind = kind,
        at = sched_minute_text(field("starts_at"))
    );
    if let Some(score) = detail.get("usefulness").and_then(|v| v.as_i64()) {
        line.push_str(", ");
        line.push_str(&t!("feedback-part-usefulness", score = score));
    }
    let answered = detail
        .get("answers")
        .and_then(|a| a.as_object())
        .map_or(0, |a| a.len());
    if answered > 0 {
        line.push_str(", ");
        line.push_str(&t!("feedback-summary-answered", count = answered));
    }
    if !field("text").is_empty() {
        line.push_str(&format!(" — {}", field("text")));
    }
    line
}

// --- the statements catalogue -------------------------------------------------------------

pub fn h_statement_fi() -> String {
    t!("feedback-h-statement-fi")
}

pub fn h_statement_sv() -> String {
    t!("feedback-h-statement-sv")
}

pub fn h_statement_en() -> String {
    t!("feedback-h-statement-en")
}

pub fn statements_heading(version: u32, made_at: Option<&str>, made_by: &str) -> String {
    let message = match made_at {
        Some(at) => t!(
            "feedback-statements-heading",
            version = version,
            at = sched_minute_text(at),
            by = made_by
        ),
        None => t!("feedback-statements-heading-shipped", version = version),
    };
    format!("{message}\n")
}

pub fn statements_made(version: u32, count: usize) -> String {
    let message = t!("feedback-statements-made", version = version, count = count);
    format!("{message}\n")
}

pub fn no_statement_version(version: u32, latest: u32) -> String {
    t!(
        "feedback-no-statement-version",
        version = version,
        latest = latest
    )
}

pub fn statements_unchanged(latest: u32) -> String {
    t!("feedback-statements-unchanged", latest = latest)
}

pub fn statement_code_shape(code: &str) -> String {
    t!("feedback-statement-code-shape", code = shown(code))
}

pub fn statement_twice(code: &str, first: u64) -> String {
    t!("feedback-statement-twice", code = shown(code), line = first)
}

pub fn statements_none() -> String {
    t!("feedback-statements-none")
}

pub fn too_many_statements(max: usize) -> String {
    t!("feedback-too-many-statements", max = max)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What is read to the client is in the client's language, Swedish included; the
    /// coordinator's hint beside it is in the UI language (English in unit tests).
    #[test]
    fn the_questions_are_in_the_clients_language() {
        use Language::{En, Fi, Sv};
        assert_eq!(
            scale_words(Agreement::FullyAgree, Sv),
            "helt av samma åsikt"
        );
        assert_eq!(scale_words(Agreement::CantSay, Fi), "en osaa sanoa");
        assert_eq!(
            scale_words(Agreement::PartlyDisagree, En),
            "partly disagree"
        );
        assert_eq!(
            usefulness_prompt(Sv),
            "Hur nyttigt var besöket för dig på en skala från 1 till 10? \
             (usefulness 1–10; empty: skip)"
        );
        assert_eq!(
            text_prompt(Fi),
            "Haluatko sanoa vielä jotain vastaanotosta? (the client's words; empty: none)"
        );
    }
}
