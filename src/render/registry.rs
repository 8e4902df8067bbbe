//! The professional directory, the logs, backups, the chain check and the health check, as
//! tables and JSON.

use schemars::JsonSchema;
use serde::Serialize;

use super::{json, or_none, table};
use crate::text;

#[derive(Serialize, JsonSchema)]
pub struct AccessList<'a> {
    access: &'a [crate::domain::records::AccessRow],
}

#[derive(Serialize, JsonSchema)]
pub struct DirectoryList<'a> {
    entries: &'a [crate::domain::records::Entry],
}

#[derive(Serialize, JsonSchema)]
pub struct DirectorySaved {
    id: i64,
}

#[derive(Serialize, JsonSchema)]
pub struct DisclosureList<'a> {
    disclosures: &'a [crate::domain::records::Disclosure],
}

#[derive(Serialize, JsonSchema)]
pub struct Doctor<'a> {
    checks: &'a [crate::ops::doctor::Check],
}

#[derive(Serialize, JsonSchema)]
pub struct Imported {
    imported: usize,
}

#[derive(Serialize, JsonSchema)]
pub struct Verify<'a> {
    logs: &'a [crate::domain::records::Verified],
}

pub fn directory_saved(id: i64, as_json: bool) -> String {
    if as_json {
        return json(&DirectorySaved { id });
    }
    text::directory_saved(id)
}

pub fn imported(count: usize, as_json: bool) -> String {
    if as_json {
        return json(&Imported { imported: count });
    }
    text::imported(count)
}

pub fn directory(entries: &[crate::domain::records::Entry], as_json: bool) -> String {
    if as_json {
        return json(&DirectoryList { entries });
    }
    if entries.is_empty() {
        return text::nothing_in_directory();
    }
    let mut t = table(&[
        text::h_id(),
        text::h_name(),
        &text::h_role(),
        text::h_unit(),
        &text::h_team(),
        text::h_phone(),
        &text::h_when_to_refer(),
    ]);
    for e in entries {
        let team = e.team.clone().map(|t| {
            if e.team_lead {
                format!("{t} ({})", text::lead())
            } else {
                t
            }
        });
        t.add_row(vec![
            e.id.to_string(),
            e.name.clone(),
            e.role.clone(),
            e.unit.clone(),
            or_none(&team),
            or_none(&e.phone.clone().or(e.email.clone())),
            or_none(&e.when_to_refer),
        ]);
    }
    format!("{t}\n")
}

pub fn access_rows(rows: &[crate::domain::records::AccessRow], as_json: bool) -> String {
    if as_json {
        return json(&AccessList { access: rows });
    }
    let mut t = table(&[
        text::h_entered(),
        text::h_by(),
        &text::h_command(),
        text::h_what(),
        text::h_case(),
        &text::h_why(),
    ]);
    for r in rows {
        t.add_row(vec![
            text::format::ui_moment(r.at),
            r.actor.clone(),
            r.command.clone(),
            text::value_label(&r.action).to_string(),
            or_none(&r.case),
            or_none(&r.reason),
        ]);
    }
    format!("{t}\n")
}

pub fn disclosures(rows: &[crate::domain::records::Disclosure], as_json: bool) -> String {
    if as_json {
        return json(&DisclosureList { disclosures: rows });
    }
    let mut t = table(&[
        text::h_entered(),
        text::h_by(),
        text::h_what(),
        &text::h_recipient(),
        &text::h_cases(),
        &text::h_legal_basis(),
    ]);
    for r in rows {
        let basis = r.legal_basis.as_ref();
        t.add_row(vec![
            text::format::ui_moment(r.at),
            r.actor.clone(),
            text::disclosure_what(&r.what),
            r.recipient.clone(),
            r.cases.join(" "),
            text::legal_basis_words(
                basis.map(|b| b.basis),
                basis.and_then(|b| b.named.as_deref()),
            ),
        ]);
    }
    format!("{t}\n")
}

pub fn backup_done(
    path: &std::path::Path,
    manifest: &crate::ops::backup::Manifest,
    as_json: bool,
) -> String {
    if as_json {
        return json(manifest);
    }
    let events = manifest.logs.first().map_or(0, |l| l.rows);
    text::backup_done(path, events)
}

pub fn verified(results: &[crate::domain::records::Verified], as_json: bool) -> String {
    if as_json {
        return json(&Verify { logs: results });
    }
    let mut t = table(&[
        &text::h_log(),
        &text::h_rows(),
        &text::h_head(),
        text::h_status(),
    ]);
    for v in results {
        let status = match (&v.problem, v.broken_at) {
            (Some(problem), Some(row)) => text::row_problem(row, problem),
            _ => text::chain_ok(),
        };
        let broken =
            (v.problem.is_some() && v.broken_at.is_some()).then_some(crate::term::Mark::Error);
        t.add_marked_row(
            broken,
            vec![
                v.log.to_string(),
                match v.of {
                    Some(of) => text::rows_of(v.rows, of),
                    None => v.rows.to_string(),
                },
                v.head.clone(),
                status,
            ],
        );
    }
    let mut out = format!("{t}\n");
    if results.iter().any(|v| v.of.is_some()) {
        out.push_str(&(text::verified_partly() + "\n"));
    }
    for v in results {
        if v.clock_overridden > 0 || v.earlier_than_previous > 0 {
            out.push_str(&text::clock_notes(
                v.log,
                v.clock_overridden,
                v.earlier_than_previous,
            ));
        }
    }
    out
}

pub fn doctor(checks: &[crate::ops::doctor::Check], as_json: bool) -> String {
    if as_json {
        return json(&Doctor { checks });
    }
    let mut t = table(&[&text::h_check(), text::h_status(), &text::h_detail()]);
    for c in checks {
        let status = serde_json::to_value(c.status)
            .ok()
            .and_then(|v| v.as_str().map(text::check_status))
            .unwrap_or_default();
        let mark = match c.status {
            crate::ops::doctor::Status::Ok => None,
            crate::ops::doctor::Status::Warn => Some(crate::term::Mark::Warning),
            crate::ops::doctor::Status::Fail => Some(crate::term::Mark::Error),
        };
        t.add_marked_row(
            mark,
            vec![text::check_label(c.check), status, c.detail.clone()],
        );
    }
    format!("{t}\n")
}
