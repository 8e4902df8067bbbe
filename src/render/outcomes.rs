//! The outcomes report as a table, JSON or CSV; every figure with its N.

use schemars::JsonSchema;
use serde::Serialize;

use super::{json, table};
use crate::domain::outcomes::{Distribution, Mean, Outcomes};
use crate::text;

/// One printed line: figure, key, value, N.
pub struct Line {
    pub figure: &'static str,
    pub key: String,
    pub value: String,
    pub n: u32,
}

fn number(value: Option<f64>) -> String {
    value.map_or_else(|| text::NONE.to_string(), |v| format!("{v}"))
}

fn distribution(lines: &mut Vec<Line>, figure: &'static str, d: &Distribution) {
    for c in &d.counts {
        let value = match c.percent {
            Some(p) => format!("{} ({p} %)", c.count),
            None => c.count.to_string(),
        };
        lines.push(Line {
            figure,
            key: c.key.clone(),
            value,
            n: d.n,
        });
    }
    if d.counts.is_empty() {
        lines.push(Line {
            figure,
            key: String::new(),
            value: text::NONE.to_string(),
            n: d.n,
        });
    }
}

fn mean(lines: &mut Vec<Line>, figure: &'static str, m: &Mean) {
    lines.push(Line {
        figure,
        key: "mean".to_string(),
        value: number(m.mean),
        n: m.n,
    });
}

#[derive(Serialize, JsonSchema)]
pub struct OutcomesDoc<'a> {
    from: &'a str,
    to: &'a str,
    region: Option<&'a str>,
    #[serde(flatten)]
    outcomes: &'a Outcomes,
}

/// Every figure as lines, in the order domain.md lists them.
pub fn lines(o: &Outcomes) -> Vec<Line> {
    let mut out = Vec::new();
    for c in &o.funnel {
        out.push(Line {
            figure: "funnel",
            key: c.key.clone(),
            value: c.count.to_string(),
            n: o.cases,
        });
    }
    distribution(&mut out, "referral_sources", &o.referral_sources);
    distribution(&mut out, "segments", &o.segments);
    distribution(&mut out, "onward_services", &o.onward_services);
    mean(&mut out, "onward_per_client", &o.onward_per_client);
    mean(
        &mut out,
        "appointments_saved_per_client",
        &o.appointments_saved_per_client,
    );
    distribution(&mut out, "time_saved", &o.time_saved);
    mean(&mut out, "usefulness", &o.usefulness);
    distribution(&mut out, "follow_up_status", &o.follow_up_status);
    let k = &o.knows_pathway_and_contact;
    out.push(Line {
        figure: "knows_pathway_and_contact",
        key: "yes".into(),
        value: format!("{} ({} %)", k.yes, number(k.percent)),
        n: k.n,
    });
    mean(
        &mut out,
        "network_meetings_with_kela",
        &o.network_meetings.with_kela,
    );
    mean(
        &mut out,
        "network_meetings_without_kela",
        &o.network_meetings.without_kela,
    );
    out.push(Line {
        figure: "network_meetings_difference",
        key: "percent".into(),
        value: number(o.network_meetings.difference_percent),
        n: o.network_meetings.with_kela.n + o.network_meetings.without_kela.n,
    });
    out.push(Line {
        figure: "kela_hours",
        key: "clients_per_hour".into(),
        value: number(o.kela_hours.clients_per_hour),
        n: o.kela_hours.hours_held,
    });
    for i in &o.days_between_phases {
        let key = format!("{}→{}", i.from, i.to);
        out.push(Line {
            figure: "days_between_phases",
            key: format!("{key} median"),
            value: number(i.median_days),
            n: i.n,
        });
        out.push(Line {
            figure: "days_between_phases",
            key: format!("{key} p90"),
            value: number(i.p90_days),
            n: i.n,
        });
    }
    out
}

pub fn outcomes(o: &Outcomes, from: &str, to: &str, region: Option<&str>, format: &str) -> String {
    match format {
        "json" => json(&OutcomesDoc {
            from,
            to,
            region,
            outcomes: o,
        }),
        "csv" => {
            let mut writer = csv::Writer::from_writer(Vec::new());
            let _ = writer.write_record(["figure", "key", "value", "n"]);
            for l in lines(o) {
                let _ = writer.write_record([l.figure, &l.key, &l.value, &l.n.to_string()]);
            }
            writer
                .into_inner()
                .map(|b| String::from_utf8_lossy(&b).into_owned())
                .unwrap_or_default()
        }
        _ => {
            let mut t = table(&[text::H_FIGURE, text::H_KEY, text::H_VALUE, "N"]);
            for l in lines(o) {
                t.add_row(vec![l.figure.to_string(), l.key, l.value, l.n.to_string()]);
            }
            format!("{}\n{t}\n", text::outcomes_title(from, to, region))
        }
    }
}
