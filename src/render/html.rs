//! The outcomes report as one self-contained HTML page (no network: inline CSS and SVG) that a
//! supervisor can open or print. Every bar carries its figure's key and value as data attributes,
//! the same numbers as the JSON.

use crate::domain::outcomes::{Count, Outcomes};
use crate::text;

fn escape(value: &str) -> String {
    value
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// A horizontal bar chart as inline SVG.
fn bars(chart: &str, title: &str, items: &[(String, f64)]) -> String {
    let max = items.iter().map(|(_, v)| *v).fold(0.0, f64::max);
    let height = 28 * items.len().max(1) + 10;
    let mut svg = format!(
        "<figure><figcaption>{}</figcaption><svg role=\"img\" aria-label=\"{}\" width=\"640\" height=\"{height}\" viewBox=\"0 0 640 {height}\">",
        escape(title),
        escape(title)
    );
    for (i, (label, value)) in items.iter().enumerate() {
        let y = 5 + i * 28;
        let width = if max > 0.0 {
            (value / max * 380.0).round()
        } else {
            0.0
        };
        svg.push_str(&format!(
            "<text x=\"0\" y=\"{}\" font-size=\"13\">{}</text><rect data-chart=\"{chart}\" data-key=\"{}\" data-value=\"{value}\" x=\"200\" y=\"{y}\" width=\"{width}\" height=\"20\" fill=\"#3b6ea5\"/><text x=\"{}\" y=\"{}\" font-size=\"13\">{value}</text>",
            y + 15,
            escape(label),
            escape(label),
            205.0 + width,
            y + 15
        ));
    }
    svg.push_str("</svg></figure>\n");
    svg
}

fn counts(items: &[Count]) -> Vec<(String, f64)> {
    items
        .iter()
        .map(|c| (c.key.clone(), f64::from(c.count)))
        .collect()
}

/// `chain`: the timeline's length and hash-chain head, printed in the footer.
pub fn outcomes_html(
    o: &Outcomes,
    from: &str,
    to: &str,
    region: Option<&str>,
    chain: (i64, &str),
) -> String {
    let title = text::outcomes_title(from, to, region);
    let mut page = format!(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{}</title><style>body{{font-family:sans-serif;max-width:720px;margin:2em auto;color:#222}}figure{{margin:1.5em 0}}figcaption{{font-weight:bold;margin-bottom:.4em}}table{{border-collapse:collapse}}td,th{{border:1px solid #999;padding:2px 6px;text-align:left}}@media print{{figure{{break-inside:avoid}}}}</style></head><body>\n<h1>{}</h1>\n",
        escape(&title),
        escape(&title)
    );
    page.push_str(&bars("funnel", text::CHART_FUNNEL, &counts(&o.funnel)));
    page.push_str(&bars(
        "segments",
        text::CHART_SEGMENTS,
        &counts(&o.segments.counts),
    ));
    page.push_str(&bars(
        "onward_services",
        text::CHART_SERVICES,
        &counts(&o.onward_services.counts),
    ));
    page.push_str(&bars(
        "time_saved",
        text::CHART_TIME_SAVED,
        &counts(&o.time_saved.counts),
    ));
    let usefulness = o
        .usefulness
        .mean
        .map(|m| vec![(text::MEAN.to_string(), m)])
        .unwrap_or_default();
    page.push_str(&bars(
        "usefulness",
        &text::chart_usefulness(o.usefulness.n),
        &usefulness,
    ));
    page.push_str(&format!(
        "<h2>{}</h2>\n<table><tr><th>{}</th><th>{}</th><th>{}</th><th>N</th></tr>\n",
        text::ALL_FIGURES,
        text::H_FIGURE,
        text::H_KEY,
        text::H_VALUE
    ));
    for l in super::outcomes::lines(o) {
        page.push_str(&format!(
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n",
            escape(l.figure),
            escape(&l.key),
            escape(&l.value),
            l.n
        ));
    }
    page.push_str(&format!(
        "</table>\n<footer><p>{}</p></footer>\n</body></html>\n",
        escape(&text::chain_footer(chain.0, chain.1))
    ));
    page
}
