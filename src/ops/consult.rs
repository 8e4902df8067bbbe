//! Anonymous professional consultations (seed 000: "voit konsultoida: Teams, puhelin ma–pe
//! 9–10"): recording one that names no client, linking it later to the case it led to (on the
//! case's timeline, once), listing them, and their anonymous figures.
//!
//! A consultation holds no client identity: the topic and the advice are refused when they carry
//! an identity code, a phone number or an e-mail address (`domain::consultation::identifiers`).
//! Until it is linked it belongs to no case, so recording and the figures write no access-log row;
//! a list that shows a linked consultation beside its case logs a view of that case.

use anyhow::Result;
use chrono::{NaiveDate, NaiveDateTime};
use schemars::JsonSchema;
use serde::Serialize;

use super::{case, log_change, log_view, Session};
use crate::domain::consultation::{
    figures, identifiers, CatalogueUnit, Consultation, ConsultationFacts, ConsultationFigures,
};
use crate::domain::{ConsultChannel, EventKind, ReferralExpected};
use crate::error::UserError;
use crate::store::consultations::{self as db, NewRow};
use crate::store::{areas, events, purge, Author, Tx};
use crate::text;

/// A consultation with every field checked for shape; the unit as typed.
#[derive(Debug, Clone)]
pub struct NewConsultation {
    pub at: NaiveDateTime,
    pub channel: ConsultChannel,
    pub unit: String,
    pub topic: String,
    pub advice: String,
    pub referral_expected: ReferralExpected,
}

/// Refuses a text that would identify a client, naming `field`.
pub fn check_anonymous(field: &str, value: &str) -> Result<(), UserError> {
    let found = identifiers(value);
    if found.is_empty() {
        return Ok(());
    }
    Err(UserError::invalid(
        field,
        text::consultation_identifies(&found),
    ))
}

/// Records a consultation: the unit must be an active catalogue unit (resolved as
/// `refer --referrer-unit` is), the texts must not identify a client, and the time may not be
/// later than now.
pub fn record(session: &mut Session, new: &NewConsultation) -> Result<Consultation> {
    check_anonymous("--topic", &new.topic)?;
    check_anonymous("--advice", &new.advice)?;
    if new.at > session.now() {
        return Err(UserError::invalid("--at", text::consultation_in_future(new.at)).into());
    }
    session.write(|tx, author| {
        let unit = super::areas::resolve_unit(tx, "--unit", &new.unit)?;
        let row = NewRow {
            at: new.at,
            channel: new.channel,
            unit: &unit.code,
            topic: &new.topic,
            advice: &new.advice,
            referral_expected: new.referral_expected,
        };
        let id = db::insert(tx, author, &row)?;
        get(tx, id)
    })
}

fn get(tx: &Tx, id: i64) -> Result<Consultation> {
    db::get(tx, id)?.ok_or_else(|| anyhow::anyhow!("consultation {id} is missing"))
}

/// Links consultation `id` to the case it led to, inside the caller's transaction (`moty consult
/// link`, `moty refer --consultation`): once only; the case must exist, not be purged, and not
/// have its multi-professional consent withdrawn; the consultation may not be later than the
/// case's referral. The case's timeline records it, with the consultation's hash, dated `on`; the caller writes the
/// access log.
/// `flag` names where the id came from.
pub(crate) fn link_in(
    tx: &Tx,
    author: &Author,
    flag: &str,
    id: i64,
    case_id: &str,
    on: NaiveDate,
) -> Result<Consultation> {
    let consultation =
        db::get(tx, id)?.ok_or_else(|| UserError::invalid(flag, text::consultation_unknown(id)))?;
    if let Some(link) = &consultation.link {
        return Err(UserError::Refused(text::consultation_already_linked(
            id,
            &link.case,
            link.linked_on,
        ))
        .into());
    }
    let case = case(tx, case_id)?;
    if purge::is_purged(tx, case_id)? {
        return Err(UserError::Refused(text::consultation_case_purged(case_id)).into());
    }
    super::refuse_if_withdrawn(tx, case_id)?;
    if consultation.at.date() > case.opened_on {
        return Err(UserError::Refused(text::consultation_after_case(
            id,
            consultation.at,
            case_id,
            case.opened_on,
        ))
        .into());
    }
    let detail = serde_json::json!({
        "consultation": id,
        "consultation_hash": consultation.hash,
        "consulted_at": crate::clock::minute::text(consultation.at),
        "channel": consultation.channel,
        "unit": consultation.unit,
        "referral_expected": consultation.referral_expected,
    });
    events::append(
        tx,
        author,
        case_id,
        EventKind::ConsultationLinked,
        detail,
        on,
    )?;
    db::link(tx, author, id, case_id, on)?;
    get(tx, id)
}

/// Links a consultation to the case it led to, dated today.
pub fn link(session: &mut Session, id: i64, case_id: &str) -> Result<Consultation> {
    let today = session.today();
    session.write(|tx, author| {
        let linked = link_in(tx, author, "ID", id, case_id, today)?;
        log_change(tx, author, &case(tx, case_id)?, "consult link")?;
        Ok(linked)
    })
}

/// The consultations dated from `from` to `to`, oldest first. Showing a linked one beside its
/// case is a view of that case, logged.
pub fn list(session: &mut Session, from: NaiveDate, to: NaiveDate) -> Result<Vec<Consultation>> {
    session.write(|tx, author| {
        let all = db::between(tx, from, to)?;
        let mut cases: Vec<&str> = all
            .iter()
            .filter_map(|c| c.link.as_ref().map(|l| l.case.as_str()))
            .collect();
        cases.sort_unstable();
        cases.dedup();
        for case_id in cases {
            log_view(tx, author, &case(tx, case_id)?, "consult list", None)?;
        }
        Ok(all)
    })
}

/// The anonymous figures of a period: per week, per source unit, per channel, whether a referral
/// was expected and whether one came (linked).
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Report {
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// Counts from 1 to 4 shown as "<5" (and a second count of a breakdown as "x"); false only
    /// with `--exact`.
    pub small_cells_suppressed: bool,
    #[serde(flatten)]
    pub figures: ConsultationFigures,
}

/// The figures of the consultations dated from `from` to `to`; small counts suppressed unless
/// `exact`. Nothing identifies a client, so nothing is logged.
pub fn report(
    session: &mut Session,
    from: NaiveDate,
    to: NaiveDate,
    exact: bool,
) -> Result<Report> {
    session.read(|tx| {
        let facts: Vec<ConsultationFacts> = db::between(tx, from, to)?
            .into_iter()
            .map(|c| ConsultationFacts {
                on: c.at.date(),
                unit: c.unit,
                channel: c.channel,
                referral_expected: c.referral_expected,
                linked: c.link.is_some(),
            })
            .collect();
        let units: Vec<CatalogueUnit> = areas::units(tx)?
            .into_iter()
            .map(|u| CatalogueUnit {
                code: u.code,
                area: u.area,
                names: crate::domain::consultation::UnitNames {
                    fi: u.name_fi,
                    sv: u.name_sv,
                    en: u.name_en,
                },
            })
            .collect();
        let mut figures = figures(&facts, &units, from, to);
        if !exact {
            figures.suppress();
        }
        Ok(Report {
            from,
            to,
            small_cells_suppressed: !exact,
            figures,
        })
    })
}

/// What `audit verify` finds of the consultations, for its "records" line: rows checked, and the
/// first problem.
pub(crate) fn verify_in(tx: &Tx) -> Result<(i64, Option<String>)> {
    let checked = db::verify(tx)?;
    let problem = match (checked.broken_at, checked.link_differs) {
        (Some(id), _) => Some(text::consultation_edited(id)),
        (None, Some((id, case))) => Some(text::record_differs(
            "consultation",
            &id.to_string(),
            &text::link_to(&case.to_string()),
        )),
        (None, None) => None,
    };
    Ok((checked.rows, problem))
}
