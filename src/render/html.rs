//! The outcomes report as one self-contained HTML page (no network: inline CSS and SVG) that a
//! supervisor reads in a minute and can print on A4. It leads with the headline figures, each
//! with its N; then the charts, each an SVG with a text alternative and a data table for screen
//! readers (WCAG 2.1 AA; the Act on the Provision of Digital Services). Every headline figure and
//! every bar carries its key and value as data attributes, the same numbers as the JSON.

use crate::domain::outcomes::{Breakdown, Count, Distribution, Outcomes, Tally, LIKERT};
use crate::ops::report::outcomes::{Ask, Figures};
use crate::text;

fn escape(value: &str) -> String {
    value
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// What the page prints beside the figures.
pub struct PageData<'a> {
    pub figures: &'a Figures,
    pub ask: &'a Ask<'a>,
    /// (version, code, [fi, sv, en]) of every statement.
    pub statements: &'a [(u32, String, [String; 3])],
    /// Every service of the catalogue, with its names.
    pub services: &'a [crate::domain::area::ServiceEntry],
    /// (key, name) of a breakdown's groups, where the catalogue names them.
    pub group_names: &'a [(String, String)],
    /// The timeline's length and hash-chain head, printed in the footer.
    pub chain: (i64, &'a str),
}

const STYLE: &str = "body{font-family:system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a;line-height:1.45}\
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #767676}\
.headline{display:grid;grid-template-columns:repeat(auto-fill,minmax(13rem,1fr));gap:.6rem;margin:0;padding:0}\
.headline div{border:1px solid #767676;border-radius:4px;padding:.5rem .7rem}\
.headline dt{font-size:.9rem}.headline dd{margin:0}.headline .value{font-size:1.6rem;font-weight:bold}\
.headline .n,.note{font-size:.85rem;color:#4a4a4a}\
figure{margin:1.5rem 0}figcaption{font-weight:bold;margin-bottom:.4rem}\
table{border-collapse:collapse;margin:.5rem 0;max-width:100%}td,th{border:1px solid #767676;padding:2px 6px;text-align:left;overflow-wrap:break-word}svg{max-width:100%;height:auto}\
.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}\
.legend span{display:inline-block;margin-right:.8rem;font-size:.85rem}.legend i{display:inline-block;width:.8rem;height:.8rem;margin-right:.25rem;vertical-align:middle}\
@page{size:A4;margin:15mm}@media print{body{max-width:none;margin:0;font-size:10pt}figure,.headline div,table{break-inside:avoid}h2{break-after:avoid}}";

/// The colours of the five-point scale, fully agree first (each at least 3:1 against white).
const LIKERT_COLOURS: [&str; 5] = ["#1b5e20", "#4c8c4a", "#757575", "#c25e00", "#b71c1c"];
const BAR: &str = "#1f5f99";

fn shown_number(value: Option<f64>) -> String {
    value.map_or_else(|| text::NONE.to_string(), |v| format!("{v}"))
}

/// One headline figure: a label, a value, its N.
fn headline(figure: &str, label: &str, value: &str, n: Tally) -> String {
    format!(
        "<div data-figure=\"{figure}\" data-value=\"{}\" data-n=\"{}\"><dt>{}</dt><dd><span class=\"value\">{}</span> <span class=\"n\">N = {}</span></dd></div>\n",
        escape(value),
        escape(&n.shown()),
        escape(label),
        escape(&text::figure_value(value)),
        escape(&n.shown())
    )
}

/// One bar of a chart: its key, its label, its value as shown and as a length.
struct Bar {
    key: String,
    label: String,
    shown: String,
    length: f64,
}

fn tally_bar(key: &str, label: String, count: Tally) -> Bar {
    Bar {
        key: key.to_string(),
        label,
        shown: count.shown(),
        length: count.exact().map_or(0.0, f64::from),
    }
}

fn count_bars(counts: &[Count], label: &dyn Fn(&str) -> String) -> Vec<Bar> {
    counts
        .iter()
        .map(|c| tally_bar(&c.key, label(&c.key), c.count))
        .collect()
}

/// A horizontal bar chart as inline SVG with a title and a description, followed by its data
/// as a table for screen readers.
fn bars(chart: &str, title: &str, n: Option<Tally>, items: &[Bar]) -> String {
    let max = items.iter().map(|b| b.length).fold(0.0, f64::max);
    let height = 26 * items.len().max(1) + 8;
    let caption = match n {
        Some(n) => format!("{title} (N = {})", n.shown()),
        None => title.to_string(),
    };
    let description: Vec<String> = items
        .iter()
        .map(|b| format!("{}: {}", b.label, text::figure_value(&b.shown)))
        .collect();
    let mut svg = format!(
        "<figure><figcaption id=\"{chart}-caption\">{}</figcaption><svg role=\"img\" aria-labelledby=\"{chart}-title {chart}-desc\" width=\"640\" height=\"{height}\" viewBox=\"0 0 640 {height}\"><title id=\"{chart}-title\">{}</title><desc id=\"{chart}-desc\">{}</desc>",
        escape(&caption),
        escape(&caption),
        escape(&description.join("; "))
    );
    for (i, b) in items.iter().enumerate() {
        let y = 4 + i * 26;
        let width = if max > 0.0 {
            (b.length / max * 330.0).round()
        } else {
            0.0
        };
        svg.push_str(&format!(
            "<text x=\"0\" y=\"{}\" font-size=\"12\">{}</text><rect data-chart=\"{chart}\" data-key=\"{}\" data-value=\"{}\" x=\"250\" y=\"{y}\" width=\"{width}\" height=\"18\" fill=\"{BAR}\"/><text x=\"{}\" y=\"{}\" font-size=\"12\">{}</text>",
            y + 14,
            escape(&clip(&b.label, 40)),
            escape(&b.key),
            escape(&b.shown),
            255.0 + width,
            y + 14,
            escape(&text::figure_value(&b.shown))
        ));
    }
    svg.push_str("</svg>");
    svg.push_str(&data_table(
        &caption,
        &[&text::h_key(), &text::h_value()],
        &items
            .iter()
            .map(|b| vec![b.label.clone(), text::figure_value(&b.shown)])
            .collect::<Vec<_>>(),
        true,
    ));
    svg.push_str("</figure>\n");
    svg
}

/// A label cut to fit beside its bar (the data table has it whole).
fn clip(label: &str, chars: usize) -> String {
    if label.chars().count() <= chars {
        label.to_string()
    } else {
        let cut: String = label.chars().take(chars - 1).collect();
        format!("{cut}…")
    }
}

fn data_table(caption: &str, headings: &[&str], rows: &[Vec<String>], hidden: bool) -> String {
    let mut t = format!(
        "<table{}><caption>{}</caption><tr>",
        if hidden { " class=\"sr-only\"" } else { "" },
        escape(caption)
    );
    for h in headings {
        t.push_str(&format!("<th scope=\"col\">{}</th>", escape(h)));
    }
    t.push_str("</tr>");
    for row in rows {
        t.push_str("<tr>");
        for (i, cell) in row.iter().enumerate() {
            if i == 0 {
                t.push_str(&format!("<th scope=\"row\">{}</th>", escape(cell)));
            } else {
                t.push_str(&format!("<td>{}</td>", escape(cell)));
            }
        }
        t.push_str("</tr>");
    }
    t.push_str("</table>");
    t
}

/// The statements' answers as 100 % stacked bars, one per statement, with a legend and a table.
fn statements_chart(o: &Outcomes, texts: &[(u32, String, [String; 3])]) -> String {
    if o.statements.is_empty() {
        return String::new();
    }
    // The statement as the UI language words it (fi, sv, en in the catalogue's order).
    let in_ui = match text::i18n::ui_language() {
        crate::domain::Language::Fi => 0,
        crate::domain::Language::Sv => 1,
        crate::domain::Language::En => 2,
    };
    let wording = |version: u32, code: &str| {
        texts
            .iter()
            .find(|(v, c, _)| *v == version && c == code)
            .map_or_else(|| code.to_string(), |(_, _, t)| t[in_ui].clone())
    };
    let height = 60 * o.statements.len() + 8;
    let mut description = Vec::new();
    let mut rows = Vec::new();
    let mut svg = String::new();
    for (i, s) in o.statements.iter().enumerate() {
        let label = wording(s.version, &s.code);
        let y = 4 + i * 60;
        svg.push_str(&format!(
            "<text x=\"0\" y=\"{}\" font-size=\"12\">{} (N = {})</text>",
            y + 12,
            escape(&clip(&label, 80)),
            escape(&s.answers.n.shown())
        ));
        let total: f64 = s
            .answers
            .counts
            .iter()
            .filter_map(|c| c.count.exact())
            .map(f64::from)
            .sum();
        let mut x = 0.0;
        let mut parts = Vec::new();
        let mut row = vec![label.clone()];
        for (j, c) in s.answers.counts.iter().enumerate() {
            let width = match (c.count.exact(), total > 0.0) {
                (Some(n), true) => (f64::from(n) / total * 600.0).round(),
                _ => 0.0,
            };
            svg.push_str(&format!(
                "<rect data-chart=\"statement:{}:{}\" data-key=\"{}\" data-value=\"{}\" x=\"{x}\" y=\"{}\" width=\"{width}\" height=\"18\" fill=\"{}\"/>",
                s.version,
                escape(&s.code),
                escape(&c.key),
                escape(&c.count.shown()),
                y + 18,
                LIKERT_COLOURS[j.min(4)]
            ));
            x += width;
            parts.push(format!("{} {}", text::value_label(&c.key), c.count.shown()));
            row.push(c.count.shown());
        }
        svg.push_str(&format!(
            "<text x=\"0\" y=\"{}\" font-size=\"11\">{}</text>",
            y + 50,
            escape(&parts.join(" · "))
        ));
        description.push(format!("{label}: {}", parts.join(", ")));
        rows.push(row);
    }
    let legend: String = LIKERT
        .iter()
        .zip(LIKERT_COLOURS)
        .map(|(code, colour)| {
            format!(
                "<span><i style=\"background:{colour}\"></i>{}</span>",
                escape(text::value_label(code))
            )
        })
        .collect();
    let mut headings = vec![text::h_statement()];
    headings.extend(LIKERT.iter().map(|c| text::value_label(c).to_string()));
    let headings: Vec<&str> = headings.iter().map(String::as_str).collect();
    format!(
        "<figure><figcaption id=\"statements-caption\">{}</figcaption><svg role=\"img\" aria-labelledby=\"statements-title statements-desc\" width=\"640\" height=\"{height}\" viewBox=\"0 0 640 {height}\"><title id=\"statements-title\">{}</title><desc id=\"statements-desc\">{}</desc>{svg}</svg><p class=\"legend\" aria-hidden=\"true\">{legend}</p>{}</figure>\n",
        escape(&text::chart_statements()),
        escape(&text::chart_statements()),
        escape(&description.join("; ")),
        data_table(&text::chart_statements(), &headings, &rows, true)
    )
}

fn label_of(code: &str) -> String {
    match text::value_label(code) {
        "" => code.to_string(),
        label => label.to_string(),
    }
}

/// The most common answer of a distribution, as the headline shows it.
fn most_common(d: &Distribution) -> String {
    d.counts
        .iter()
        .filter_map(|c| Some((c.count.exact()?, c)))
        .filter(|(n, _)| *n > 0)
        .max_by_key(|(n, _)| *n)
        .map_or_else(|| text::NONE.to_string(), |(_, c)| label_of(&c.key))
}

/// The headline figures for each group of a breakdown, as one table.
fn breakdown_section(b: &Breakdown, names: &[(String, String)]) -> String {
    let with_n =
        |value: String, n: Tally| format!("{} (N = {})", text::figure_value(&value), n.shown());
    let rows: Vec<Vec<String>> = b
        .groups
        .iter()
        .map(|g| {
            let o = &g.outcomes;
            let on_path = o
                .follow_up_status
                .counts
                .iter()
                .find(|c| c.key == "on-path")
                .map_or_else(|| text::NONE.to_string(), |c| c.count.shown());
            let label = names.iter().find(|(key, _)| *key == g.key).map_or_else(
                || text::group_label(b.by.as_str(), &g.key),
                |(_, n)| n.clone(),
            );
            vec![
                label,
                o.cases.shown(),
                with_n(shown_number(o.usefulness.mean), o.usefulness.n),
                with_n(on_path, o.follow_up_status.n),
                with_n(
                    o.knows_pathway_and_contact.yes.shown(),
                    o.knows_pathway_and_contact.n,
                ),
                with_n(
                    shown_number(o.onward_per_client.mean),
                    o.onward_per_client.n,
                ),
                with_n(
                    shown_number(o.appointments_saved_per_reception.mean),
                    o.appointments_saved_per_reception.n,
                ),
            ]
        })
        .collect();
    let caption = text::breakdown_caption(b.by.as_str());
    let mut out = format!("<h2>{}</h2>\n", escape(&caption));
    out.push_str(&data_table(
        &caption,
        &[
            text::h_group(),
            &text::h_cases(),
            &text::hl_usefulness(),
            &text::hl_on_path(),
            &text::hl_knows(),
            &text::hl_onward(),
            &text::hl_appointments(),
        ],
        &rows,
        false,
    ));
    if b.cases_in_several_groups != Tally::Exact(0) {
        out.push_str(&format!(
            "<p class=\"note\">{}</p>\n",
            escape(text::cases_in_several_groups(&b.cases_in_several_groups.shown()).trim())
        ));
    }
    out
}

pub fn outcomes_html(page: &PageData) -> String {
    let f = page.figures;
    let o = &f.outcomes;
    let ask = page.ask;
    let title = text::outcomes_title_on(ask.from, ask.to, ask.region);
    let mut html = format!(
        "<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><title>{}</title><style>{STYLE}</style></head><body>\n<main>\n<h1>{}</h1>\n",
        text::page_language(),
        escape(&title),
        escape(&title)
    );
    html.push_str(&format!(
        "<p class=\"note\">{}</p>\n",
        escape(&text::page_cases(&o.cases.shown()))
    ));
    // The headline figures.
    html.push_str(&format!(
        "<section aria-labelledby=\"headline-heading\"><h2 id=\"headline-heading\">{}</h2>\n<dl class=\"headline\">\n",
        &text::headline()
    ));
    html.push_str(&headline(
        "usefulness",
        &text::hl_usefulness(),
        &shown_number(o.usefulness.mean),
        o.usefulness.n,
    ));
    let status = &o.follow_up_status;
    let on_path = status.counts.iter().find(|c| c.key == "on-path");
    let on_path_value = on_path.map_or_else(
        || text::NONE.to_string(),
        |c| match c.percent {
            Some(p) => format!("{} ({p} %)", c.count.shown()),
            None => c.count.shown(),
        },
    );
    html.push_str(&headline(
        "on-path",
        &text::hl_on_path(),
        &on_path_value,
        status.n,
    ));
    let k = &o.knows_pathway_and_contact;
    let knows = match k.percent {
        Some(p) => format!("{} ({p} %)", k.yes.shown()),
        None => k.yes.shown(),
    };
    html.push_str(&headline("knows-contact", &text::hl_knows(), &knows, k.n));
    let m = &o.network_meetings;
    html.push_str(&headline(
        "network-with-kela",
        &text::hl_network_with(),
        &shown_number(m.with_kela.mean),
        m.with_kela.n,
    ));
    html.push_str(&headline(
        "network-without-kela",
        &text::hl_network_without(),
        &shown_number(m.without_kela.mean),
        m.without_kela.n,
    ));
    let difference = m
        .difference_percent
        .map_or_else(|| text::NONE.to_string(), |d| format!("{d} %"));
    let both = match (m.with_kela.n, m.without_kela.n) {
        (Tally::Exact(a), Tally::Exact(b)) => Tally::Exact(a + b),
        _ => Tally::Small,
    };
    html.push_str(&headline(
        "network-difference",
        &text::hl_network_difference(),
        &difference,
        both,
    ));
    html.push_str(&headline(
        "onward-per-reception",
        &text::hl_onward(),
        &shown_number(o.onward_per_client.mean),
        o.onward_per_client.n,
    ));
    let a = &o.appointments_saved_per_reception;
    html.push_str(&headline(
        "appointments-saved",
        &text::hl_appointments(),
        &shown_number(a.mean),
        a.n,
    ));
    html.push_str(&headline(
        "time-saved",
        &text::hl_time_saved(),
        &most_common(&o.time_saved),
        o.time_saved.n,
    ));
    html.push_str("</dl></section>\n");
    if f.suppressed {
        html.push_str(&format!(
            "<p class=\"note\">{}</p>\n",
            escape(text::small_cells_note().trim())
        ));
    }
    if let Some(b) = &f.breakdown {
        html.push_str(&breakdown_section(b, page.group_names));
    }
    // The path: the funnel and the waiting times.
    html.push_str(&format!("<h2>{}</h2>\n", &text::section_path()));
    html.push_str(&bars(
        "funnel",
        &text::chart_funnel(),
        Some(o.cases),
        &count_bars(&o.funnel, &|k| text::funnel_label(k).to_string()),
    ));
    let waits: Vec<Bar> = o
        .days_between_phases
        .iter()
        .map(|i| Bar {
            key: format!("{}-{}", i.from, i.to),
            label: text::interval_label(i.from, i.to),
            shown: shown_number(i.median_days),
            length: i.median_days.unwrap_or(0.0),
        })
        .collect();
    html.push_str(&bars("waiting", &text::chart_waiting(), None, &waits));
    let wait_rows: Vec<Vec<String>> = o
        .days_between_phases
        .iter()
        .map(|i| {
            vec![
                text::interval_label(i.from, i.to),
                text::figure_value(&shown_number(i.median_days)),
                text::figure_value(&shown_number(i.p90_days)),
                i.n.shown(),
            ]
        })
        .collect();
    html.push_str(&data_table(
        &text::chart_waiting(),
        &[&text::h_phases(), &text::h_median(), &text::h_p90(), "N"],
        &wait_rows,
        false,
    ));
    // The client's feedback.
    html.push_str(&format!("<h2>{}</h2>\n", &text::section_feedback()));
    html.push_str(&bars(
        "usefulness_scores",
        &text::chart_usefulness_scores(),
        Some(o.usefulness_scores.n),
        &count_bars(&o.usefulness_scores.counts, &|k| k.to_string()),
    ));
    html.push_str(&statements_chart(o, page.statements));
    // The pair's estimates.
    html.push_str(&format!("<h2>{}</h2>\n", &text::section_estimates()));
    let service_name = |code: &str| {
        crate::domain::area::service_name(page.services, code, text::i18n::ui_language())
            .to_string()
    };
    let saved: Vec<Bar> = o
        .saved_services
        .services
        .iter()
        .map(|s| tally_bar(&s.key, service_name(&s.key), s.receptions))
        .collect();
    html.push_str(&bars(
        "saved_services",
        &text::chart_saved_services(),
        Some(o.saved_services.n),
        &saved,
    ));
    html.push_str(&bars(
        "time_saved",
        &text::chart_time_saved(),
        Some(o.time_saved.n),
        &count_bars(&o.time_saved.counts, &|k| match k {
            "none" => text::no_time_saved().to_string(),
            k => label_of(k),
        }),
    ));
    // The professionals' surveys.
    let s = &o.professional_surveys;
    let mut survey_rows = vec![vec![
        text::all_roles().to_string(),
        format!(
            "{} (N = {})",
            text::figure_value(&shown_number(s.added_value.all.mean)),
            s.added_value.all.n.shown()
        ),
        format!(
            "{} (N = {})",
            text::figure_value(&shown_number(s.kela_benefit.all.mean)),
            s.kela_benefit.all.n.shown()
        ),
    ]];
    for (added, kela) in s.added_value.by_role.iter().zip(&s.kela_benefit.by_role) {
        survey_rows.push(vec![
            label_of(&added.role),
            format!(
                "{} (N = {})",
                text::figure_value(&shown_number(added.mean)),
                added.n.shown()
            ),
            format!(
                "{} (N = {})",
                text::figure_value(&shown_number(kela.mean)),
                kela.n.shown()
            ),
        ]);
    }
    html.push_str(&format!("<h2>{}</h2>\n", &text::section_surveys()));
    html.push_str(&data_table(
        &text::section_surveys(),
        &[
            &text::h_respondent(),
            &text::h_added_value(),
            &text::h_kela_benefit(),
        ],
        &survey_rows,
        false,
    ));
    // Who came and where they went.
    html.push_str(&format!("<h2>{}</h2>\n", &text::section_clients()));
    html.push_str(&bars(
        "referral_sources",
        &text::chart_sources(),
        Some(o.referral_sources.n),
        &count_bars(&o.referral_sources.counts, &label_of),
    ));
    html.push_str(&bars(
        "segments",
        &text::chart_segments(),
        Some(o.segments.n),
        &count_bars(&o.segments.counts, &label_of),
    ));
    html.push_str(&bars(
        "onward_services",
        &text::chart_services(),
        Some(o.onward_services.n),
        &count_bars(&o.onward_services.counts, &|k| service_name(k)),
    ));
    // Every figure, as the table and CSV print it.
    html.push_str(&format!("<h2>{}</h2>\n", text::all_figures()));
    let rows: Vec<Vec<String>> = super::outcomes::lines(o)
        .into_iter()
        .map(|l| vec![l.figure, l.key, text::figure_value(&l.value), l.n])
        .collect();
    html.push_str(&data_table(
        &text::all_figures(),
        &[&text::h_figure(), &text::h_key(), &text::h_value(), "N"],
        &rows,
        false,
    ));
    html.push_str(&format!(
        "</main>\n<footer><p class=\"note\">{}</p></footer>\n</body></html>\n",
        escape(&text::chain_footer(page.chain.0, page.chain.1))
    ));
    html
}
