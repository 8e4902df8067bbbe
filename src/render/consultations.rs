//! The anonymous professional consultations: the receipts of `moty consult` and `consult link`,
//! the list, and `moty report consultations` as a table, JSON or CSV.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::Serialize;

use super::{json, table};
use crate::domain::consultation::{Consultation, ConsultationFigures, Count};
use crate::ops::consult::Report;
use crate::text;

/// The JSON document of `moty consult` and `moty consult link`.
#[derive(Serialize, JsonSchema)]
pub struct ConsultationDoc<'a> {
    pub consultation: &'a Consultation,
}

/// The JSON document of `moty consult list`.
#[derive(Serialize, JsonSchema)]
pub struct ConsultationList<'a> {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub consultations: &'a [Consultation],
}

fn words(c: &Consultation) -> String {
    text::consultation_words(
        c.at,
        c.channel.as_str(),
        c.unit_names.get(text::i18n::ui_language()),
    )
}

pub fn consultation_recorded(c: &Consultation, as_json: bool) -> String {
    if as_json {
        return json(&ConsultationDoc { consultation: c });
    }
    text::consultation_recorded(c.id, &words(c), c.referral_expected.as_str())
}

pub fn consultation_linked(c: &Consultation, as_json: bool) -> String {
    if as_json {
        return json(&ConsultationDoc { consultation: c });
    }
    let case = c.link.as_ref().map_or("", |l| l.case.as_str());
    text::consultation_linked(c.id, &words(c), case)
}

pub fn consultations(
    all: &[Consultation],
    from: NaiveDate,
    to: NaiveDate,
    as_json: bool,
) -> String {
    if as_json {
        return json(&ConsultationList {
            from,
            to,
            consultations: all,
        });
    }
    if all.is_empty() {
        return text::no_consultations(from, to);
    }
    let mut grid = table(&[
        &text::h_consult_no(),
        &text::h_consult_at(),
        &text::h_consult_channel(),
        &text::h_consult_unit(),
        &text::h_consult_topic(),
        &text::h_consult_advice(),
        &text::h_consult_referral(),
        &text::h_consult_case(),
    ]);
    for c in all {
        grid.add_row(vec![
            c.id.to_string(),
            text::format::ui_date_time(c.at),
            text::value_label(c.channel.as_str()).to_string(),
            c.unit_names.get(text::i18n::ui_language()).to_string(),
            c.topic.clone(),
            c.advice.clone(),
            text::value_label(c.referral_expected.as_str()).to_string(),
            c.link
                .as_ref()
                .map_or_else(|| text::NONE.to_string(), |l| l.case.clone()),
        ]);
    }
    format!("{grid}\n")
}

/// The JSON document of `moty report consultations` (docs/schemas/report-consultations.json).
#[derive(Serialize, JsonSchema)]
pub struct ConsultationReportDoc<'a> {
    #[serde(flatten)]
    pub report: &'a Report,
}

/// Every figure as (figure, key, label, count) lines.
fn lines(f: &ConsultationFigures) -> Vec<(&'static str, String, String, String)> {
    let mut out = vec![(
        "consultations",
        "all".to_string(),
        text::figure_key("all"),
        f.consultations.shown(),
    )];
    let mut counts = |figure: &'static str, counts: &[Count], label: &dyn Fn(&str) -> String| {
        for c in counts {
            out.push((figure, c.key.clone(), label(&c.key), c.count.shown()));
        }
    };
    counts("per_week", &f.per_week, &|_| String::new());
    counts("per_channel", &f.per_channel, &|k| {
        text::value_label(k).to_string()
    });
    counts("referral_expected", &f.referral_expected, &|k| {
        text::value_label(k).to_string()
    });
    counts("linked_to_case", &f.linked_to_case, &text::linked_label);
    let per_unit = f.per_unit.iter().map(|u| {
        let name = u.names.get(text::i18n::ui_language()).to_string();
        ("per_unit", u.unit.clone(), name, u.count.shown())
    });
    // In the order of the JSON document: the units after the weeks.
    let at = out
        .iter()
        .position(|l| l.0 == "per_channel")
        .unwrap_or(out.len());
    out.splice(at..at, per_unit);
    out
}

pub fn consultation_report(r: &Report, format: &str) -> String {
    match format {
        "json" => json(&ConsultationReportDoc { report: r }),
        "csv" => {
            let mut writer = csv::Writer::from_writer(Vec::new());
            let _ = writer.write_record(["figure", "key", "count"]);
            for (figure, key, _, count) in lines(&r.figures) {
                let _ = writer.write_record([figure, &key, &count]);
            }
            writer
                .into_inner()
                .map(|b| String::from_utf8_lossy(&b).into_owned())
                .unwrap_or_default()
        }
        _ => {
            let mut grid = table(&[
                &text::h_consult_figure(),
                &text::h_consult_key(),
                &text::h_consult_count(),
            ]);
            for (figure, key, label, count) in lines(&r.figures) {
                // A unit by its code and name; a channel or an answer by its label alone.
                let key = match (figure, label.is_empty() || label == key) {
                    (_, true) => key,
                    ("per_unit", false) => format!("{key} ({label})"),
                    (_, false) => label,
                };
                grid.add_row(vec![text::consultation_figure(figure), key, count]);
            }
            let title = text::consultations_title(r.from, r.to);
            let mut out = format!("{title}\n{grid}\n");
            if r.small_cells_suppressed {
                out.push_str(&super::small_cells_note());
            }
            out
        }
    }
}
