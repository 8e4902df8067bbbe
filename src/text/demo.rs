//! The free text of the demo register (`moty demo`): what its fictitious referrals, triage
//! decisions and plans say, in the UI language, so a Finnish demo reads as the coordinators
//! write. The command passes these words to the operation (`ops::demo::Words`); the operation
//! never asks the catalogue. Unit names are ones the unit catalogue knows in that language
//! (migration 5), so the demo's units map to their areas in every language.

use super::i18n::t;

/// The referral reasons the demo draws from (always four: the draw must not change with the
/// language, so the same clients get the same reasons).
pub fn demo_data_reasons() -> [String; 4] {
    [
        t!("demo-data-reason-overlapping"),
        t!("demo-data-reason-missed"),
        t!("demo-data-reason-sick-leave"),
        t!("demo-data-reason-family"),
    ]
}

/// The "other" sign's text.
pub fn demo_data_other_sign() -> String {
    t!("demo-data-other-sign")
}

/// The referring unit (a catalogue unit's name).
pub fn demo_data_referrer_unit() -> String {
    t!("demo-data-referrer-unit")
}

/// The outcome of a case closed at triage as a single issue.
pub fn demo_data_single_issue() -> String {
    t!("demo-data-single-issue")
}

/// The outcome of a declined case.
pub fn demo_data_declined() -> String {
    t!("demo-data-declined")
}

/// The outcome of a redirected case.
pub fn demo_data_redirected() -> String {
    t!("demo-data-redirected")
}

/// The units requested for the collaboration team (catalogue units' names).
pub fn demo_data_team_units() -> [String; 2] {
    [
        t!("demo-data-unit-adult-social-work"),
        t!("demo-data-unit-adult-clinic"),
    ]
}

/// The key workers' units, in the order of the demo's three key workers.
pub fn demo_data_key_worker_units() -> [String; 3] {
    [
        t!("demo-data-key-unit-social-work"),
        t!("demo-data-key-unit-health-centre"),
        t!("demo-data-key-unit-employment"),
    ]
}

/// The purpose of a pathway to the doctor.
pub fn demo_data_doctor_purpose() -> String {
    t!("demo-data-doctor-purpose")
}

/// The plan's goals.
pub fn demo_data_goals() -> String {
    t!("demo-data-goals")
}

/// The progress bar's label while the demo register is built.
pub fn demo_building() -> String {
    t!("demo-building")
}
