//! The outcomes report's HTML page: self-contained, its figures the JSON's, and as a real browser
//! (headless Chromium) renders and prints it.

use std::path::Path;
use std::process::Command;

use crate::common::TestEnv;
use crate::report::{json_at, known_register};

#[test]
fn the_html_page_is_self_contained_and_its_charts_match_the_json() {
    let env = TestEnv::new();
    known_register(&env);
    let page = env.dir.path().join("outcomes.html");
    let now = "2027-01-10 09:00";
    let before = env.count("SELECT count(*) FROM disclosure_log");
    let o = json_at(
        &env,
        now,
        &[
            "report",
            "outcomes",
            "--from",
            "2026-11-01",
            "--to",
            "2026-11-30",
            "--html",
            page.to_str().expect("path"),
            "--exact",
        ],
    );
    assert_eq!(env.count("SELECT count(*) FROM disclosure_log") - before, 1);
    let html = std::fs::read_to_string(&page).expect("page");
    assert!(html.starts_with("<!DOCTYPE html>") && html.trim_end().ends_with("</html>"));
    assert!(
        html.contains("hash-chain head"),
        "the footer names the timeline's head"
    );
    assert!(
        !html.contains("http") && !html.contains(" src=") && !html.contains(" href="),
        "no external resources"
    );
    assert_eq!(html.matches("<svg").count(), html.matches("</svg>").count());
    page_matches_json(&html, &o);
}

/// Every `name="value"` attribute of each element opened with `tag` (e.g. `<rect `).
fn attributes(html: &str, tag: &str, names: &[&str]) -> Vec<Vec<String>> {
    html.split(tag)
        .skip(1)
        .map(|part| {
            let part = format!(" {}", part.split('>').next().unwrap_or(""));
            names
                .iter()
                .map(|name| {
                    part.split(&format!(" {name}=\""))
                        .nth(1)
                        .and_then(|r| r.split('"').next())
                        .unwrap_or("")
                        .replace("&lt;", "<")
                })
                .collect()
        })
        .collect()
}

/// A JSON number or "<5" as the page shows it (`1.0` as `1`, `null` as "—").
fn shown(value: &serde_json::Value) -> String {
    match value {
        serde_json::Value::Null => "—".to_string(),
        serde_json::Value::String(s) => s.clone(),
        serde_json::Value::Number(n) => match n.as_f64() {
            Some(f) if f.fract() == 0.0 => format!("{}", f as i64),
            _ => n.to_string(),
        },
        other => other.to_string(),
    }
}

/// The page (its source, or the DOM a browser built from it) against the JSON: every headline
/// figure with its N, every bar of every chart, a text alternative for every chart and a table.
pub fn page_matches_json(html: &str, o: &serde_json::Value) {
    assert!(
        html.contains("<html lang=\"en\""),
        "the page's language is set"
    );
    assert!(html.contains("@page{size:A4"), "it prints on A4");
    let headlines = attributes(html, "<div data-figure=", &["data-value", "data-n"]);
    let figures: Vec<String> = html
        .split("<div data-figure=\"")
        .skip(1)
        .map(|p| p.split('"').next().unwrap_or("").to_string())
        .collect();
    let find = |figure: &str| {
        let i = figures
            .iter()
            .position(|f| f == figure)
            .unwrap_or_else(|| panic!("no headline {figure}"));
        (headlines[i][0].clone(), headlines[i][1].clone())
    };
    let mean = |m: &serde_json::Value| (shown(&m["mean"]), shown(&m["n"]));
    assert_eq!(find("usefulness"), mean(&o["usefulness"]));
    assert_eq!(find("onward-per-reception"), mean(&o["onward_per_client"]));
    assert_eq!(
        find("appointments-saved"),
        mean(&o["appointments_saved_per_reception"])
    );
    assert_eq!(
        find("network-with-kela"),
        mean(&o["network_meetings"]["with_kela"])
    );
    assert_eq!(
        find("network-without-kela"),
        mean(&o["network_meetings"]["without_kela"])
    );
    let k = &o["knows_pathway_and_contact"];
    let knows = match k["percent"].as_f64() {
        Some(p) => format!("{} ({p} %)", shown(&k["yes"])),
        None => shown(&k["yes"]),
    };
    assert_eq!(find("knows-contact"), (knows, shown(&k["n"])));
    let status = &o["follow_up_status"];
    let on_path = &status["counts"][0];
    assert_eq!(on_path["key"], "on-path");
    let on_path_value = match on_path["percent"].as_f64() {
        Some(p) => format!("{} ({p} %)", shown(&on_path["count"])),
        None => shown(&on_path["count"]),
    };
    assert_eq!(find("on-path"), (on_path_value, shown(&status["n"])));
    assert_eq!(find("time-saved").1, shown(&o["time_saved"]["n"]));
    // Every bar of the count charts, in order.
    let bars = attributes(html, "<rect ", &["data-chart", "data-key", "data-value"]);
    for (chart, list, count) in [
        ("funnel", &o["funnel"], "count"),
        (
            "usefulness_scores",
            &o["usefulness_scores"]["counts"],
            "count",
        ),
        (
            "saved_services",
            &o["saved_services"]["services"],
            "receptions",
        ),
        ("time_saved", &o["time_saved"]["counts"], "count"),
        (
            "referral_sources",
            &o["referral_sources"]["counts"],
            "count",
        ),
        ("segments", &o["segments"]["counts"], "count"),
        ("onward_services", &o["onward_services"]["counts"], "count"),
    ] {
        let drawn: Vec<(String, String)> = bars
            .iter()
            .filter(|b| b[0] == chart)
            .map(|b| (b[1].clone(), b[2].clone()))
            .collect();
        let expected: Vec<(String, String)> = list
            .as_array()
            .expect("counts")
            .iter()
            .map(|c| {
                (
                    c["key"].as_str().unwrap_or("").to_string(),
                    shown(&c[count]),
                )
            })
            .collect();
        assert_eq!(drawn, expected, "{chart}");
    }
    for s in o["statements"].as_array().expect("statements") {
        let chart = format!(
            "statement:{}:{}",
            s["version"],
            s["code"].as_str().unwrap_or("")
        );
        let drawn: Vec<String> = bars
            .iter()
            .filter(|b| b[0] == chart)
            .map(|b| b[2].clone())
            .collect();
        let expected: Vec<String> = s["answers"]["counts"]
            .as_array()
            .expect("answers")
            .iter()
            .map(|c| shown(&c["count"]))
            .collect();
        assert_eq!(drawn, expected, "{chart}");
    }
    // A text alternative for every chart, and its data as a table.
    let charts = html.matches("<svg ").count();
    assert!(charts >= 8, "{charts} charts");
    assert_eq!(
        html.matches("<svg role=\"img\" aria-labelledby=").count(),
        charts
    );
    assert_eq!(html.matches("<title id=").count(), charts);
    assert_eq!(html.matches("<desc id=").count(), charts);
    assert!(
        html.matches("<table").count() > charts,
        "a data table for every chart"
    );
}

/// Headless Chromium, as CI installs it (Debian's `chromium`); None where it is absent, which
/// fails under CI=true so that the browser check is never skipped there.
fn chromium() -> Option<&'static str> {
    let found = Command::new("chromium")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !found {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "chromium is missing: .ci/run installs Debian's chromium package"
        );
        println!("skipped: no chromium here (CI installs it)");
        return None;
    }
    Some("chromium")
}

/// Chromium in headless mode on a local file, with the flags this closed network needs.
fn browse(browser: &str, profile: &Path, page: &Path, what: &[&str]) -> std::process::Output {
    Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(what)
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("run chromium")
}

/// The page as Chromium renders it: the headline figures and the charts in the DOM are the
/// JSON's, and it prints on A4.
pub fn check_in_browser(env: &TestEnv, page: &Path, o: &serde_json::Value) {
    let Some(browser) = chromium() else {
        return;
    };
    let profile = env.dir.path().join("chromium-profile");
    let dom = browse(browser, &profile, page, &["--dump-dom"]);
    assert!(dom.status.success(), "{dom:?}");
    let dom = String::from_utf8_lossy(&dom.stdout);
    assert!(dom.contains("</main>"), "the browser built the whole page");
    page_matches_json(&dom, o);
    let pdf = env.dir.path().join("page.pdf");
    let printed = browse(
        browser,
        &profile,
        page,
        &[
            &format!("--print-to-pdf={}", pdf.display()),
            "--no-pdf-header-footer",
        ],
    );
    assert!(printed.status.success(), "{printed:?}");
    let bytes = std::fs::read(&pdf).expect("pdf");
    assert!(bytes.starts_with(b"%PDF"));
    let text = String::from_utf8_lossy(&bytes);
    let boxes: Vec<&str> = text
        .split("/MediaBox [")
        .skip(1)
        .map(|b| b.split(']').next().unwrap_or(""))
        .collect();
    assert!(!boxes.is_empty(), "pages in the PDF");
    for b in boxes {
        let size: Vec<f64> = b
            .split_whitespace()
            .filter_map(|v| v.parse().ok())
            .collect();
        assert!(
            size.len() == 4 && (size[2] - 595.3).abs() < 2.0 && (size[3] - 841.9).abs() < 2.0,
            "every page is A4 (595 × 842 pt): {b}"
        );
    }
}

#[test]
fn the_page_as_a_browser_renders_it_shows_the_figures_of_the_json() {
    let env = TestEnv::new();
    known_register(&env);
    let page = env.dir.path().join("outcomes.html");
    let o = json_at(
        &env,
        "2027-01-10 09:00",
        &[
            "report",
            "outcomes",
            "--from",
            "2026-11-01",
            "--to",
            "2026-11-30",
            "--html",
            page.to_str().expect("path"),
        ],
    );
    assert_eq!(o["cases"], "<5", "suppressed by default");
    check_in_browser(&env, &page, &o);
}
