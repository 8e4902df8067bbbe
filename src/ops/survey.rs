//! The professionals' surveys (seed 003, "SOTE-työparin sähköiset kyselyt", and the Kela contact's
//! view): per held meeting, one answer per role — the added value of the other professional's
//! presence and, for a Kela hour, the benefit of the Kela consultation, each 1–5, plus free text.
//! The coordinator enters an outside professional's answer and is recorded as its `entered_by`.

use anyhow::Result;

use super::estimate::{evidence_case, held_kela_hour, held_meeting};
use super::{log_change, Session};
use crate::clock::minute;
use crate::domain::records::{Survey, SurveyAnswers};
use crate::domain::{EventKind, MeetingKind, SurveyRole};
use crate::error::UserError;
use crate::store::{events, surveys as db};
use crate::text;

/// What `moty survey` recorded.
#[derive(Debug, Clone, serde::Serialize, schemars::JsonSchema)]
pub struct Recorded {
    pub case: String,
    pub survey: Survey,
}

/// Records one professional's answer about a held meeting of the case (by default its latest).
pub fn record(
    session: &mut Session,
    case_id: &str,
    meeting: Option<i64>,
    answers: &SurveyAnswers,
) -> Result<Recorded> {
    if answers.added_value.is_none() && answers.kela_benefit.is_none() && answers.text.is_none() {
        return Err(UserError::invalid("survey", text::survey_nothing()).into());
    }
    for (flag, score) in [
        ("--added-value", answers.added_value),
        ("--kela-benefit", answers.kela_benefit),
    ] {
        crate::domain::estimate::score(flag, score)?;
    }
    let today = session.today();
    session.write(|tx, author| {
        let case = evidence_case(tx, case_id)?;
        let booking = held_meeting(tx, case_id, meeting)?;
        if booking.kind != MeetingKind::Kela {
            let kela = || held_kela_hour(tx, case_id);
            if answers.role == SurveyRole::KelaContact {
                let message = text::kela_contact_not_kela(booking.id, booking.kind, kela()?);
                return Err(UserError::invalid("--role", message).into());
            }
            if answers.kela_benefit.is_some() {
                let message = text::kela_benefit_not_kela(booking.id, booking.kind, kela()?);
                return Err(UserError::invalid("--kela-benefit", message).into());
            }
        }
        if db::answered(tx, booking.id, answers.role)? {
            let role = answers.role.as_str();
            return Err(UserError::Refused(text::survey_exists(booking.id, role)).into());
        }
        let id = db::insert(tx, author, &case.id, booking.id, answers)?;
        let detail = serde_json::json!({
            "survey": id, "meeting": booking.id, "meeting_kind": booking.kind,
            "starts_at": minute::text(booking.starts_at), "role": answers.role,
            "added_value": answers.added_value, "kela_benefit": answers.kela_benefit,
            "text": answers.text,
        });
        events::append(
            tx,
            author,
            &case.id,
            EventKind::SurveyRecorded,
            detail,
            today,
        )?;
        log_change(tx, author, &case, "survey")?;
        let survey = db::get(tx, id)?.ok_or_else(|| anyhow::anyhow!("the answer is missing"))?;
        Ok(Recorded {
            case: case.id.clone(),
            survey,
        })
    })
}
