//! The outcomes report as a table, JSON or CSV; every figure with its N. Counts are shown as the
//! `Tally` says: a number, "<5" or "x" (small-cell suppression, `domain::outcomes::suppress`).

use schemars::JsonSchema;
use serde::Serialize;

use super::{json_version, table};

/// The version of the outcomes document: 2 since the pilot's instruments were kept apart
/// (reception feedback, the pair's estimates per reception, follow-up feedback) and counts may
/// be "<5" or "x" (small-cell suppression).
pub const OUTCOMES_SCHEMA: u32 = 2;
use crate::domain::outcomes::{Breakdown, Distribution, Mean, Outcomes, RoleMeans, Tally};
use crate::ops::report::outcomes::Figures;
use crate::text;

/// One printed line: figure, key, value, N.
pub struct Line {
    pub figure: String,
    pub key: String,
    pub value: String,
    pub n: String,
}

fn number(value: Option<f64>) -> String {
    value.map_or_else(|| text::NONE.to_string(), |v| format!("{v}"))
}

fn line(lines: &mut Vec<Line>, figure: &str, key: &str, value: String, n: Tally) {
    lines.push(Line {
        figure: figure.to_string(),
        key: key.to_string(),
        value,
        n: n.shown(),
    });
}

fn distribution(lines: &mut Vec<Line>, figure: &str, d: &Distribution) {
    for c in &d.counts {
        let value = match c.percent {
            Some(p) => format!("{} ({p} %)", c.count.shown()),
            None => c.count.shown(),
        };
        line(lines, figure, &c.key, value, d.n);
    }
    if d.counts.is_empty() {
        line(lines, figure, "", text::NONE.to_string(), d.n);
    }
}

fn mean(lines: &mut Vec<Line>, figure: &str, m: &Mean) {
    line(lines, figure, "mean", number(m.mean), m.n);
}

fn role_means(lines: &mut Vec<Line>, figure: &str, m: &RoleMeans) {
    line(lines, figure, "all", number(m.all.mean), m.all.n);
    for r in &m.by_role {
        line(lines, figure, &r.role, number(r.mean), r.n);
    }
}

/// The JSON document of `moty report outcomes` (docs/schemas/outcomes.json).
#[derive(Serialize, JsonSchema)]
pub struct OutcomesDoc<'a> {
    from: &'a str,
    to: &'a str,
    region: Option<&'a str>,
    /// Counts from 1 to 4 shown as "<5" (and complementary cells as "x"); false only with
    /// `--exact`.
    small_cells_suppressed: bool,
    #[serde(flatten)]
    outcomes: &'a Outcomes,
    /// With `--by`: every figure for each group of cases.
    breakdown: Option<&'a Breakdown>,
}

/// Every figure as lines, in the order domain.md lists them.
pub fn lines(o: &Outcomes) -> Vec<Line> {
    let mut out = Vec::new();
    for c in &o.funnel {
        line(&mut out, "funnel", &c.key, c.count.shown(), o.cases);
    }
    distribution(&mut out, "referral_sources", &o.referral_sources);
    distribution(&mut out, "segments", &o.segments);
    distribution(&mut out, "onward_services", &o.onward_services);
    mean(&mut out, "onward_per_client", &o.onward_per_client);
    mean(&mut out, "usefulness", &o.usefulness);
    distribution(&mut out, "usefulness_scores", &o.usefulness_scores);
    for s in &o.statements {
        let figure = format!("statement:{}:{}", s.version, s.code);
        distribution(&mut out, &figure, &s.answers);
    }
    mean(
        &mut out,
        "appointments_saved_per_reception",
        &o.appointments_saved_per_reception,
    );
    let saved = &o.saved_services;
    for s in &saved.services {
        line(
            &mut out,
            "saved_services_receptions",
            &s.key,
            s.receptions.shown(),
            saved.n,
        );
        line(
            &mut out,
            "saved_services_appointments",
            &s.key,
            s.appointments.shown(),
            saved.n,
        );
    }
    distribution(&mut out, "time_saved", &o.time_saved);
    line(
        &mut out,
        "estimates_entered_at_follow_up",
        "count",
        o.estimates_entered_at_follow_up.shown(),
        o.time_saved.n,
    );
    let surveys = &o.professional_surveys;
    role_means(&mut out, "survey_added_value", &surveys.added_value);
    role_means(&mut out, "survey_kela_benefit", &surveys.kela_benefit);
    mean(
        &mut out,
        "usefulness_at_follow_up",
        &o.usefulness_at_follow_up,
    );
    distribution(&mut out, "follow_up_status", &o.follow_up_status);
    let k = &o.knows_pathway_and_contact;
    line(
        &mut out,
        "knows_pathway_and_contact",
        "yes",
        match k.percent {
            Some(p) => format!("{} ({p} %)", k.yes.shown()),
            None => k.yes.shown(),
        },
        k.n,
    );
    let m = &o.network_meetings;
    mean(&mut out, "network_meetings_with_kela", &m.with_kela);
    mean(&mut out, "network_meetings_without_kela", &m.without_kela);
    line(
        &mut out,
        "network_meetings_difference",
        "percent",
        number(m.difference_percent),
        match (m.with_kela.n, m.without_kela.n) {
            (Tally::Exact(a), Tally::Exact(b)) => Tally::Exact(a + b),
            _ => Tally::Small,
        },
    );
    line(
        &mut out,
        "kela_hours",
        "clients_per_hour",
        number(o.kela_hours.clients_per_hour),
        Tally::Exact(o.kela_hours.hours_held),
    );
    for i in &o.days_between_phases {
        let key = format!("{}→{}", i.from, i.to);
        let median = format!("{key} median");
        line(
            &mut out,
            "days_between_phases",
            &median,
            number(i.median_days),
            i.n,
        );
        let p90 = format!("{key} p90");
        line(
            &mut out,
            "days_between_phases",
            &p90,
            number(i.p90_days),
            i.n,
        );
    }
    out
}

/// A line's key as people read it: a funnel stage or a vocabulary's value by its label (as the
/// HTML page words them), any other key (a service of the team's catalogue, a score) as it is.
fn key_label(figure: &str, key: &str) -> String {
    let label = match (figure, key) {
        ("funnel", stage) => text::funnel_label(stage),
        // The team's own services: their codes, as the register names them.
        ("onward_services" | "saved_services_receptions" | "saved_services_appointments", _) => {
            String::new()
        }
        ("time_saved", "none") => text::no_time_saved(),
        ("days_between_phases", key) => match key.rsplit_once(' ') {
            Some((phases, statistic)) => match phases.split_once('→') {
                Some((from, to)) => {
                    text::interval_statistic(&text::interval_label(from, to), statistic)
                }
                None => String::new(),
            },
            None => String::new(),
        },
        (_, "mean" | "count" | "yes" | "percent" | "clients_per_hour" | "all") => {
            text::figure_key(key)
        }
        (_, key) => text::value_label(key).to_string(),
    };
    match label.is_empty() {
        true => key.to_string(),
        false => label,
    }
}

/// The `format` of `outcomes` for `--format csv --excel`.
pub const EXCEL_CSV: &str = "excel-csv";

pub fn outcomes(f: &Figures, from: &str, to: &str, region: Option<&str>, format: &str) -> String {
    let o = &f.outcomes;
    match format {
        "json" => json_version(
            OUTCOMES_SCHEMA,
            &OutcomesDoc {
                from,
                to,
                region,
                small_cells_suppressed: f.suppressed,
                outcomes: o,
                breakdown: f.breakdown.as_ref(),
            },
        ),
        "csv" | EXCEL_CSV => {
            let excel = format == EXCEL_CSV;
            let mut writer = csv::WriterBuilder::new()
                .delimiter(if excel { b';' } else { b',' })
                .from_writer(Vec::new());
            // Finnish Excel's dialect: `;` between fields, a byte-order mark, decimal commas.
            let value = |v: &str| {
                if excel {
                    text::format::decimal_comma(v)
                } else {
                    v.to_string()
                }
            };
            match &f.breakdown {
                None => {
                    let _ = writer.write_record(["figure", "key", "value", "n"]);
                    for l in lines(o) {
                        let _ = writer.write_record([&l.figure, &l.key, &value(&l.value), &l.n]);
                    }
                }
                Some(b) => {
                    let _ = writer.write_record([b.by.as_str(), "figure", "key", "value", "n"]);
                    let all = std::iter::once((text::ALL_CASES_KEY, o))
                        .chain(b.groups.iter().map(|g| (g.key.as_str(), &g.outcomes)));
                    for (group, o) in all {
                        for l in lines(o) {
                            let _ = writer.write_record([
                                group,
                                &l.figure,
                                &l.key,
                                &value(&l.value),
                                &l.n,
                            ]);
                        }
                    }
                }
            }
            let text = writer
                .into_inner()
                .map(|b| String::from_utf8_lossy(&b).into_owned())
                .unwrap_or_default();
            match excel {
                true => format!("\u{feff}{text}"),
                false => text,
            }
        }
        _ => {
            let print = |o: &Outcomes| {
                let mut t = table(&[&text::h_figure(), &text::h_key(), &text::h_value(), "N"]);
                for l in lines(o) {
                    let key = key_label(&l.figure, &l.key);
                    let figure = text::figure_label(&l.figure);
                    t.add_row(vec![figure, key, text::figure_value(&l.value), l.n]);
                }
                t
            };
            let mut out = format!(
                "{}\n{}\n",
                text::outcomes_title(
                    &text::format::ui_date_text(from),
                    &text::format::ui_date_text(to),
                    region
                ),
                print(o)
            );
            if let Some(b) = &f.breakdown {
                for g in &b.groups {
                    let heading = text::breakdown_heading(b.by.as_str(), &g.key);
                    out.push_str(&format!("\n{heading}\n{}\n", print(&g.outcomes)));
                }
                if b.cases_in_several_groups != Tally::Exact(0) {
                    out.push_str(&text::cases_in_several_groups(
                        &b.cases_in_several_groups.shown(),
                    ));
                }
            }
            if f.suppressed {
                out.push_str(&super::small_cells_note());
            }
            out
        }
    }
}
