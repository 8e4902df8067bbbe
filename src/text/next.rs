//! Words of what is next during a phone call (`moty show`), the follow-up interval, and meetings'
//! video links (issue #13, items 6, 10 and 11).

use chrono::{NaiveDate, NaiveDateTime};

use super::i18n::t;

// --- input ---------------------------------------------------------------------------------

pub fn video_link_shape(value: &str) -> String {
    format!(
        "\"{value}\" is not a video link: give the meeting's whole https address, e.g. \
         https://teams.microsoft.com/l/meetup-join/…, with no spaces"
    )
}

pub fn weeks_range(value: &str) -> String {
    format!("the follow-up interval is a whole number of weeks from 1 to 104; \"{value}\" is not")
}

pub const LINK_IDENTIFIES_CLIENT: &str =
    "the link names the client (their name, identity code, birth date or phone number); the \
     calendar file never identifies a client: give the meeting's own link";

pub const MOVE_NEEDS_SOMETHING: &str =
    "give the new time (--at), the meeting's video link (--video-link), or both";

pub const NO_VIDEO_FOR_DRY_RUN: &str = "a dry run books nothing; give the video link when you book";

// --- the follow-up interval ----------------------------------------------------------------

pub const L_FOLLOW_UP_INTERVAL: &str = "Follow-up interval";

/// An interval as a plan or a case shows it.
pub fn interval_words(weeks: u32, per_case: bool) -> String {
    match per_case {
        true => format!("{weeks} weeks (agreed for this case)"),
        false => format!("{weeks} weeks (the team's)"),
    }
}

/// The receipt of `moty plan CASE --follow-up-weeks`.
pub fn interval_set(case: &str, weeks: u32, per_case: bool) -> String {
    match per_case {
        true => format!(
            "Case {case} follows up {weeks} weeks after its onward pathways are agreed (its own interval).\n"
        ),
        false => format!(
            "Case {case} follows up at the team's interval again: {weeks} weeks after its onward pathways are agreed.\n"
        ),
    }
}

/// `moty settings follow-up-weeks`.
pub fn team_interval_is(weeks: u32, set: bool) -> String {
    let whose = match set {
        true => "the team's setting",
        false => "the default; moty settings follow-up-weeks N sets the team's",
    };
    format!(
        "Follow-up calls are due {weeks} weeks after a case's onward pathways are agreed ({whose}). \
         A case with its own interval (moty plan CASE --follow-up-weeks N) keeps it.\n"
    )
}

/// The timeline entry of a case's follow-up interval set or given back.
pub fn interval_set_summary(label: &str, weeks: Option<u64>, in_force: Option<u64>) -> String {
    match (weeks, in_force) {
        (Some(weeks), _) => format!("{label}: {weeks} weeks for this case"),
        (None, Some(team)) => format!("{label}: the team's again ({team} weeks)"),
        (None, None) => format!("{label}: the team's again"),
    }
}

// --- meetings' video links -----------------------------------------------------------------

pub fn video_note(link: &str) -> String {
    format!("video: {link}")
}

pub fn invited_with_email(invited: &str, email: &str) -> String {
    format!("{invited} <{email}>")
}

pub const WITH_VIDEO_LINK: &str = "with a video link";

pub fn link_set(id: i64) -> String {
    format!("Meeting {id} has its video link; the agenda and the calendar file carry it.\n")
}

// --- what is next --------------------------------------------------------------------------

pub const L_NEXT: &str = "Next";
pub const NEXT_NOTHING: &str = "Next: nothing booked, due or missing.";
pub const N_STOPPED: &str = "Stopped";
pub const N_MEETING: &str = "Meeting";
pub const N_VIDEO: &str = "Video";
pub const N_NOT_HELD: &str = "To mark held";
pub const N_FOLLOW_UP: &str = "Follow-up";
pub const N_MISSING: &str = "Missing";
pub const N_KEY_WORKER: &str = "Key worker";

pub fn stopped(on: NaiveDate) -> String {
    format!(
        "multi-professional consent withdrawn on {on}: only look-ups, a new consent and closing"
    )
}

fn weekday(at: NaiveDateTime) -> &'static str {
    use chrono::Datelike;
    ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][at.weekday().num_days_from_monday() as usize]
}

pub fn next_meeting(kind: &str, at: NaiveDateTime, minutes: u32, id: i64) -> String {
    let when = crate::clock::minute::text(at);
    format!("{} {when} {kind} ({minutes} min, no. {id})", weekday(at))
}

/// A meeting past its time: held, a no-show, or cancelled? (the label asks).
pub fn not_marked_held(kind: &str, at: NaiveDateTime, id: i64) -> String {
    let when = crate::clock::minute::text(at);
    format!("{when} {kind} (no. {id})")
}

pub fn follow_up_due(due: NaiveDate, days_left: i64, days_overdue: i64, agreed: bool) -> String {
    let due = super::format::date(super::i18n::ui_language(), due);
    let when = match (days_overdue, days_left) {
        (0, 0) => t!("follow-up-due-today", due = due),
        (0, 1) => t!("follow-up-due-tomorrow", due = due),
        (0, left) => t!("follow-up-due-in", due = due, left = left),
        (late, _) => t!("follow-up-overdue", due = due, late = late),
    };
    match agreed {
        true => t!("follow-up-due-agreed", when = when),
        false => when,
    }
}

pub const NEXT_MISSING_MULTI: &str = "multi-professional consent";
pub const NEXT_MISSING_WRITTEN: &str =
    "written multi-professional consent (the joint assessment needs it written)";
pub const NEXT_MISSING_KELA_AFTER_SCREEN: &str =
    "Kela's consent form (the second Kela screen said yes)";

pub fn missing_kela_consent(meeting: i64, due: NaiveDate) -> String {
    format!("Kela's consent form, at Kela by {due} (Kela hour, no. {meeting})")
}

pub fn missing_kela_form(meeting: i64, due: NaiveDate) -> String {
    format!("the Kela form sent, at Kela by {due} (Kela hour, no. {meeting})")
}

pub fn missing_meeting_consent(meeting: i64) -> String {
    format!("meeting consent, withdrawn: no. {meeting} is off the agenda")
}
