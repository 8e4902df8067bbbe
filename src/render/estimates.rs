//! The pair's estimates and the professionals' surveys: the receipts of `moty estimate` and
//! `moty survey`, and their sections of `moty show`.

use super::{json, or_none, table};
use crate::domain::records::{Estimate, Survey};
use crate::ops::{estimate, survey};
use crate::text;

pub fn estimate_recorded(done: &estimate::Recorded, as_json: bool) -> String {
    if as_json {
        return json(done);
    }
    let reception = done
        .estimate
        .meeting
        .as_ref()
        .map(|m| text::held_meeting_words(m.id, m.kind, m.starts_at))
        .unwrap_or_else(|| text::estimate_at_follow_up(done.estimate.follow_up_on));
    text::estimate_recorded(&done.case, &reception)
}

pub fn survey_recorded(done: &survey::Recorded, as_json: bool) -> String {
    if as_json {
        return json(done);
    }
    let m = &done.survey.meeting;
    text::survey_recorded(
        &done.case,
        done.survey.role.as_str(),
        &text::held_meeting_words(m.id, m.kind, m.starts_at),
    )
}

/// The case file's estimates, as a table under a heading; nothing when there are none.
pub(super) fn estimates_section(
    estimates: &[Estimate],
    catalogue: &[crate::domain::area::ServiceEntry],
) -> String {
    if estimates.is_empty() {
        return String::new();
    }
    let mut grid = table(&[
        &text::h_estimate_reception(),
        &text::h_estimate_appointments(),
        &text::h_estimate_services(),
        &text::h_estimate_time(),
        &text::h_estimate_how(),
        text::h_by(),
    ]);
    grid.cards_below_wide();
    for e in estimates {
        let reception = e
            .meeting
            .as_ref()
            .map(|m| text::held_meeting_words(m.id, m.kind, m.starts_at))
            .unwrap_or_else(|| text::estimate_at_follow_up(e.follow_up_on));
        let services: Vec<(String, u64)> = e
            .services
            .iter()
            .map(|s| {
                let name = crate::domain::area::service_name(
                    catalogue,
                    &s.service,
                    text::i18n::ui_language(),
                );
                (name.to_string(), u64::from(s.count))
            })
            .collect();
        let services = (!services.is_empty()).then(|| text::saved_services_words(&services));
        grid.add_row(vec![
            reception,
            or_none(&e.appointments),
            or_none(&services),
            or_none(&e.time_saved.map(|t| text::value_label(t.as_str()))),
            or_none(&e.how),
            e.recorded_by.clone(),
        ]);
    }
    format!("{}\n{grid}\n\n", &text::l_estimates())
}

/// The case file's survey answers, as a table under a heading; nothing when there are none.
pub(super) fn surveys_section(surveys: &[Survey]) -> String {
    if surveys.is_empty() {
        return String::new();
    }
    let mut grid = table(&[
        &text::h_estimate_reception(),
        &text::h_survey_role(),
        &text::h_survey_added_value(),
        &text::h_survey_kela_benefit(),
        &text::h_survey_text(),
        text::h_by(),
    ]);
    grid.cards_below_wide();
    for s in surveys {
        let m = &s.meeting;
        grid.add_row(vec![
            text::held_meeting_words(m.id, m.kind, m.starts_at),
            text::value_label(s.role.as_str()).to_string(),
            or_none(&s.added_value),
            or_none(&s.kela_benefit),
            or_none(&s.text),
            s.entered_by.clone(),
        ]);
    }
    format!("{}\n{grid}\n\n", &text::l_surveys())
}
