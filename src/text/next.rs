//! Words of what is next during a phone call (`moty show`), the follow-up interval, and meetings'
//! video links (issue #13, items 6, 10 and 11). Messages under `next-…`.

use chrono::{NaiveDate, NaiveDateTime};

use super::format;
use super::i18n::{t, ui_language};
use super::labels::kept;

fn date(on: NaiveDate) -> String {
    format::date(ui_language(), on)
}

// --- input ---------------------------------------------------------------------------------

pub fn video_link_shape(value: &str) -> String {
    t!("next-video-link-shape", value = value)
}

pub fn weeks_range(value: &str) -> String {
    t!("next-weeks-range", value = value)
}

pub fn link_identifies_client() -> &'static str {
    kept!("next-link-identifies-client")
}

pub fn move_needs_something() -> &'static str {
    kept!("next-move-needs-something")
}

pub fn no_video_for_dry_run() -> &'static str {
    kept!("next-no-video-for-dry-run")
}

// --- the follow-up interval ----------------------------------------------------------------

pub fn l_follow_up_interval() -> &'static str {
    kept!("next-l-follow-up-interval")
}

/// An interval as a plan or a case shows it.
pub fn interval_words(weeks: u32, per_case: bool) -> String {
    match per_case {
        true => t!("next-interval-case", weeks = weeks),
        false => t!("next-interval-team", weeks = weeks),
    }
}

/// The receipt of `moty plan CASE --follow-up-weeks`.
pub fn interval_set(case: &str, weeks: u32, per_case: bool) -> String {
    let line = match per_case {
        true => t!("next-interval-set-case", case = case, weeks = weeks),
        false => t!("next-interval-set-team", case = case, weeks = weeks),
    };
    line + "\n"
}

/// `moty settings follow-up-weeks`.
pub fn team_interval_is(weeks: u32, set: bool) -> String {
    let line = match set {
        true => t!("next-team-interval-set", weeks = weeks),
        false => t!("next-team-interval-default", weeks = weeks),
    };
    line + "\n"
}

/// The timeline entry of a case's follow-up interval set or given back.
pub fn interval_set_summary(label: &str, weeks: Option<u64>, in_force: Option<u64>) -> String {
    match (weeks, in_force) {
        (Some(weeks), _) => t!("next-interval-summary-case", label = label, weeks = weeks),
        (None, Some(team)) => t!("next-interval-summary-team", label = label, weeks = team),
        (None, None) => t!("next-interval-summary-team-unknown", label = label),
    }
}

// --- meetings' video links -----------------------------------------------------------------

pub fn video_note(link: &str) -> String {
    t!("next-video-note", link = link)
}

pub fn invited_with_email(invited: &str, email: &str) -> String {
    format!("{invited} <{email}>")
}

pub fn with_video_link() -> &'static str {
    kept!("next-with-video-link")
}

pub fn link_set(id: i64) -> String {
    t!("next-link-set", id = id) + "\n"
}

// --- what is next --------------------------------------------------------------------------

pub fn l_next() -> &'static str {
    kept!("next-l-next")
}
pub fn next_nothing() -> &'static str {
    kept!("next-nothing")
}
pub fn n_stopped() -> &'static str {
    kept!("next-n-stopped")
}
pub fn n_meeting() -> &'static str {
    kept!("next-n-meeting")
}
pub fn n_video() -> &'static str {
    kept!("next-n-video")
}
pub fn n_not_held() -> &'static str {
    kept!("next-n-not-held")
}
pub fn n_follow_up() -> &'static str {
    kept!("next-n-follow-up")
}
pub fn n_missing() -> &'static str {
    kept!("next-n-missing")
}
pub fn n_key_worker() -> &'static str {
    kept!("next-n-key-worker")
}

pub fn stopped(on: NaiveDate) -> String {
    t!("next-stopped", on = date(on))
}

/// `kind` is a meeting label (`meeting_label`).
pub fn next_meeting(kind: &str, at: NaiveDateTime, minutes: u32, id: i64) -> String {
    t!(
        "next-meeting",
        when = format::date_time_weekday(ui_language(), at),
        kind = kind,
        minutes = minutes,
        id = id
    )
}

/// A meeting past its time: held, a no-show, or cancelled? (the label asks).
pub fn not_marked_held(kind: &str, at: NaiveDateTime, id: i64) -> String {
    t!(
        "next-not-marked-held",
        when = format::date_time(ui_language(), at),
        kind = kind,
        id = id
    )
}

pub fn follow_up_due(due: NaiveDate, days_left: i64, days_overdue: i64, agreed: bool) -> String {
    let due = date(due);
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

pub fn next_missing_multi() -> &'static str {
    kept!("next-missing-multi")
}
pub fn next_missing_written() -> &'static str {
    kept!("next-missing-written")
}
pub fn next_missing_kela_after_screen() -> &'static str {
    kept!("next-missing-kela-after-screen")
}

pub fn missing_kela_consent(meeting: i64, due: NaiveDate) -> String {
    t!(
        "next-missing-kela-consent",
        meeting = meeting,
        due = date(due)
    )
}

pub fn missing_kela_form(meeting: i64, due: NaiveDate) -> String {
    t!("next-missing-kela-form", meeting = meeting, due = date(due))
}

pub fn missing_meeting_consent(meeting: i64) -> String {
    t!("next-missing-meeting-consent", meeting = meeting)
}

#[cfg(test)]
mod tests {
    use crate::domain::Language::{En, Fi};
    use crate::text::i18n::t_in;

    /// Issue #15: 1 week and 2 weeks read right in both languages.
    #[test]
    fn weeks_read_right_in_both_languages() {
        let words = |language, weeks: u32| t_in!(language, "next-interval-team", weeks = weeks);
        assert_eq!(words(En, 1), "1 week (the team's)");
        assert_eq!(words(En, 2), "2 weeks (the team's)");
        assert_eq!(words(Fi, 1), "1 viikko (tiimin oletus)");
        assert_eq!(words(Fi, 2), "2 viikkoa (tiimin oletus)");
    }
}
