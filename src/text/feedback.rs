//! Words of reception feedback: the client's feedback on a held meeting, the questions read to
//! the client (in Finnish, Swedish or English), and the statements catalogue.

use chrono::{NaiveDate, NaiveDateTime};

use super::{meeting_label, shown};
use crate::domain::records::Feedback;
use crate::domain::{Agreement, BookingStatus, Language, MeetingKind};

/// A meeting as the messages name it: "meeting 3 (joint assessment 2026-11-25 12:30)".
pub fn meeting_named(id: i64, kind: MeetingKind, starts_at: NaiveDateTime) -> String {
    format!(
        "meeting {id} ({} {})",
        meeting_label(kind),
        starts_at.format("%Y-%m-%d %H:%M")
    )
}

fn held_list(held: &[String]) -> String {
    if held.is_empty() {
        "none is held yet".to_string()
    } else {
        held.join(", ")
    }
}

// --- refusals ------------------------------------------------------------------------------

pub fn no_held_meeting(case_id: &str) -> String {
    format!("case {case_id} has no held meeting; feedback is given on a held meeting (joint assessment, Kela hour, network meeting or Yhteistyöaika), marked held with moty schedule held MEETING")
}

pub fn meeting_not_held(id: i64, status: BookingStatus, case_id: &str, held: &[String]) -> String {
    let was = match status {
        BookingStatus::Booked => "is booked and not yet held",
        BookingStatus::NoShow => "was not held: the client did not come",
        BookingStatus::Cancelled => "was cancelled",
        BookingStatus::Held => "is held",
    };
    format!(
        "meeting {id} {was}; feedback is given on a held meeting. Held meetings of case {case_id}: {}",
        held_list(held)
    )
}

pub fn meeting_of_another_case(id: i64, case_id: &str, held: &[String]) -> String {
    format!(
        "meeting {id} is not a meeting of case {case_id}; its held meetings: {}",
        held_list(held)
    )
}

pub fn no_meeting_of_case(id: i64, case_id: &str, held: &[String]) -> String {
    format!(
        "there is no meeting {id}; held meetings of case {case_id}: {}",
        held_list(held)
    )
}

pub fn feedback_exists(meeting: &str, case_id: &str, given_on: NaiveDate) -> String {
    format!("the client's feedback on {meeting} of case {case_id} is already recorded (given on {given_on}); there is one feedback per meeting, and corrections are made with moty correct (--meeting ID chooses another held meeting)")
}

pub fn feedback_case_purged(case_id: &str) -> String {
    format!("case {case_id} was purged; nothing more is recorded about it")
}

pub fn before_meeting(meeting: &str, held_on: NaiveDate) -> String {
    format!("the feedback comes after the meeting: {meeting} was held on {held_on}, so a date before it is not possible")
}

pub fn feedback_usefulness_range(value: &str) -> String {
    format!(
        "'{}' is not a usefulness score; give a whole number from 1 to 10",
        shown(value)
    )
}

pub fn answer_shape(value: &str) -> String {
    format!(
        "'{}' is not CODE=VALUE; e.g. --answer mattered-to-me=fully-agree",
        shown(value)
    )
}

pub fn answer_value(code: &str, value: &str) -> String {
    let allowed: Vec<&str> = Agreement::ALL.iter().map(|a| a.as_str()).collect();
    format!("{}: {}", shown(code), super::one_of(value, &allowed))
}

pub fn unknown_statement(code: &str, version: u32, codes: &[String]) -> String {
    format!(
        "'{}' is not a statement of the catalogue's current version ({version}); use one of: {} (moty settings statements lists them)",
        shown(code),
        codes.join(", ")
    )
}

pub fn answered_twice(code: &str) -> String {
    format!("statement {} is answered twice", shown(code))
}

pub const FEEDBACK_EMPTY: &str =
    "nothing to record; give at least one of --usefulness, --answer CODE=VALUE or --text";

// --- the questions read to the client -------------------------------------------------------

pub fn language_name(language: Language) -> &'static str {
    match language {
        Language::Fi => "Finnish",
        Language::Sv => "Swedish",
        Language::En => "English",
    }
}

pub fn feedback_heading(case_id: &str, meeting: &str, language: Language) -> String {
    format!(
        "The client's feedback on {meeting}, case {case_id}. Read each question to the client in {}.\n",
        language_name(language)
    )
}

/// The five-point scale as it is read to the client.
pub fn scale_words(answer: Agreement, language: Language) -> &'static str {
    use Agreement::*;
    match (language, answer) {
        (Language::Fi, FullyAgree) => "täysin samaa mieltä",
        (Language::Fi, PartlyAgree) => "osittain samaa mieltä",
        (Language::Fi, CantSay) => "en osaa sanoa",
        (Language::Fi, PartlyDisagree) => "osittain eri mieltä",
        (Language::Fi, FullyDisagree) => "täysin eri mieltä",
        (Language::Sv, FullyAgree) => "helt av samma åsikt",
        (Language::Sv, PartlyAgree) => "delvis av samma åsikt",
        (Language::Sv, CantSay) => "kan inte säga",
        (Language::Sv, PartlyDisagree) => "delvis av annan åsikt",
        (Language::Sv, FullyDisagree) => "helt av annan åsikt",
        (Language::En, FullyAgree) => "fully agree",
        (Language::En, PartlyAgree) => "partly agree",
        (Language::En, CantSay) => "can't say",
        (Language::En, PartlyDisagree) => "partly disagree",
        (Language::En, FullyDisagree) => "fully disagree",
    }
}

pub fn scale_item(answer: Agreement, language: Language) -> String {
    format!("{answer} — {}", scale_words(answer, language))
}

pub const SCALE_SKIP: &str = "skip (no answer)";

pub fn statement_prompt(n: usize, total: usize, code: &str, text: &str) -> String {
    format!("[{n}/{total}] {text} ({code})")
}

pub fn usefulness_prompt(language: Language) -> String {
    let question = match language {
        Language::Fi => "Kuinka hyödyllinen vastaanottokäynti oli sinulle asteikolla 1–10?",
        Language::Sv => "Hur nyttigt var besöket för dig på en skala från 1 till 10?",
        Language::En => "How useful was the visit to you, on a scale from 1 to 10?",
    };
    format!("{question} (usefulness 1–10; empty: skip)")
}

pub fn text_prompt(language: Language) -> String {
    let question = match language {
        Language::Fi => "Haluatko sanoa vielä jotain vastaanotosta?",
        Language::Sv => "Vill du säga något mer om besöket?",
        Language::En => "Is there anything else you would like to say about the visit?",
    };
    format!("{question} (the client's words; empty: none)")
}

// --- what was recorded ------------------------------------------------------------------------

fn feedback_parts(f: &Feedback) -> String {
    let mut parts = Vec::new();
    if let Some(score) = f.usefulness {
        parts.push(format!("usefulness {score}/10"));
    }
    if let Some(version) = f.statement_version {
        parts.push(format!(
            "{} statements answered (version {version})",
            f.answers.len()
        ));
    }
    if f.text.is_some() {
        parts.push("the client's words".to_string());
    }
    parts.join(", ")
}

pub fn feedback_recorded(f: &Feedback) -> String {
    format!(
        "Recorded the client's feedback on {} for case {}, given on {}: {}.\n",
        meeting_named(f.meeting, f.meeting_kind, f.meeting_starts_at),
        f.case,
        f.given_on,
        feedback_parts(f)
    )
}

pub const L_CLIENT_FEEDBACK: &str = "Client feedback";

pub fn feedback_line(f: &Feedback) -> String {
    let mut line = format!(
        "Feedback {} on {} {}",
        f.given_on,
        meeting_label(f.meeting_kind),
        f.meeting_starts_at.format("%Y-%m-%d %H:%M")
    );
    line.push_str(&match f.usefulness {
        Some(score) => format!(": usefulness {score}/10"),
        None => ": usefulness not given".to_string(),
    });
    if let Some(version) = f.statement_version {
        line.push_str(&format!(" (statements of version {version})"));
    }
    line
}

pub fn feedback_answer_line(statement: &str, answer: Agreement) -> String {
    format!("  {statement} — {}", scale_words(answer, Language::En))
}

pub fn feedback_client_words(text: &str) -> String {
    format!("  In the client's words: {text}")
}

/// The timeline's line for `feedback-recorded`.
pub fn feedback_summary(label: &str, detail: &serde_json::Value) -> String {
    let field = |name: &str| detail.get(name).and_then(|v| v.as_str()).unwrap_or("");
    let kind = field("meeting_kind")
        .parse::<MeetingKind>()
        .map_or("", meeting_label);
    let mut line = format!("{label}: {kind} {}", field("starts_at"));
    if let Some(score) = detail.get("usefulness").and_then(|v| v.as_i64()) {
        line.push_str(&format!(", usefulness {score}/10"));
    }
    let answered = detail
        .get("answers")
        .and_then(|a| a.as_object())
        .map_or(0, |a| a.len());
    if answered > 0 {
        line.push_str(&format!(", {answered} statements answered"));
    }
    if !field("text").is_empty() {
        line.push_str(&format!(" — {}", field("text")));
    }
    line
}

// --- the statements catalogue -------------------------------------------------------------

pub const H_STATEMENT_FI: &str = "Finnish";
pub const H_STATEMENT_SV: &str = "Swedish";
pub const H_STATEMENT_EN: &str = "English";

pub fn statements_heading(version: u32, made_at: Option<&str>, made_by: &str) -> String {
    match made_at {
        Some(at) => format!("Statements, version {version} (made {at} by {made_by})\n"),
        None => format!("Statements, version {version} (as moty ships them)\n"),
    }
}

pub fn statements_made(version: u32, count: usize) -> String {
    format!("Made version {version} of the statements ({count} statements); feedback recorded from now on answers it, and older answers keep the wording of their version.\n")
}

pub fn no_statement_version(version: u32, latest: u32) -> String {
    format!("there is no statement version {version}; the versions are 1 to {latest}")
}

pub fn statements_unchanged(latest: u32) -> String {
    format!("the file is the same as the current version ({latest}); no new version was made")
}

pub fn statement_code_shape(code: &str) -> String {
    format!("code: '{}' is not a statement code; use lower-case letters, digits and hyphens, beginning with a letter, at most 40 characters, e.g. know-what-next", shown(code))
}

pub fn statement_twice(code: &str, first: u64) -> String {
    format!("code: {} is already on line {first}", shown(code))
}

pub const STATEMENTS_NONE: &str = "the file has no statements; a version needs at least one";

pub fn too_many_statements(max: usize) -> String {
    format!("a version has at most {max} statements")
}
