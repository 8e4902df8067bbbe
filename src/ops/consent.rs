//! Consents: give, withdraw, the Kela form sent, and the list. A withdrawal keeps the consent's
//! history: the row stays with its withdrawal date, and the timeline records both.

use anyhow::Result;
use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::Serialize;

use super::{case, log_change, log_view, open_case, Session};
use crate::domain::protection::Representative;
use crate::domain::records::Consent;
use crate::domain::{hetu, validate};
use crate::domain::{CloseReason, ConsentKind, ConsentMethod, EventKind, Phase};
use crate::error::UserError;
use crate::store::{clients, consents, events, Author, Tx};
use crate::text;

/// A consent to record.
#[derive(Debug, Clone)]
pub struct Give {
    pub case_id: String,
    pub kind: ConsentKind,
    pub method: ConsentMethod,
    pub on: NaiveDate,
    pub scope: Option<String>,
    /// Who gave it on the client's behalf, and on what authority; `None`: the client.
    pub representative: Option<Representative>,
}

pub fn give(session: &mut Session, give: &Give) -> Result<Consent> {
    session.write(|tx, author| give_in(tx, author, give))
}

/// Records a consent inside the caller's transaction. Kinds held one at a time refuse a second
/// one of the same method while the first is in force.
pub(crate) fn give_in(tx: &Tx, author: &Author, give: &Give) -> Result<Consent> {
    if !give.kind.methods().contains(&give.method) {
        let message = text::method_not_for(give.kind, give.kind.methods());
        return Err(UserError::invalid("--method", message).into());
    }
    // A closed case may take a consent: the client's new consent is what lets it reopen.
    let case = case(tx, &give.case_id)?;
    let client = clients::get(tx, case.client_id)?;
    let birth = client.hetu.as_deref().and_then(hetu::birth_date);
    validate::not_before_birth("--on", give.on, birth)?;
    if let Some(representative) = &give.representative {
        representative.fits(give.on, birth, client.birth_year)?;
    }
    let all = consents::for_case(tx, &case.id)?;
    if give.kind.one_at_a_time() {
        let in_force = all
            .iter()
            .find(|c| c.is_active() && c.kind == give.kind && c.method == give.method);
        if let Some(existing) = in_force {
            return Err(UserError::Refused(text::consent_in_force(existing)).into());
        }
    }
    let id = consents::insert(
        tx,
        &case.id,
        give.kind,
        give.method,
        give.on,
        give.scope.as_deref(),
        &author.actor,
    )?;
    let mut detail = serde_json::json!({
        "consent": id, "kind": give.kind, "method": give.method, "scope": give.scope,
    });
    if let Some(representative) = &give.representative {
        consents::set_representative(tx, id, representative)?;
        detail["representative"] = representative.name.clone().into();
        detail["authority"] = representative.authority.as_str().into();
    }
    events::append(
        tx,
        author,
        &case.id,
        EventKind::ConsentGiven,
        detail,
        give.on,
    )?;
    log_change(tx, author, &case, "consent give")?;
    consents::for_case(tx, &case.id)?
        .into_iter()
        .find(|c| c.id == id)
        .ok_or_else(|| anyhow::anyhow!("the consent just recorded is missing"))
}

/// A withdrawal to record: by kind, or by the consent's number when several are in force.
#[derive(Debug, Clone)]
pub struct Withdraw {
    pub case_id: String,
    pub kind: Option<ConsentKind>,
    pub id: Option<i64>,
    pub on: NaiveDate,
    pub note: Option<String>,
    /// Also close the case as consent-withdrawn.
    pub close: bool,
}

/// What a withdrawal did.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Withdrawn {
    pub consent: Consent,
    pub case_closed: bool,
    pub case_still_open: bool,
}

pub fn withdraw(session: &mut Session, w: &Withdraw) -> Result<Withdrawn> {
    if w.close && w.kind.is_some_and(|k| k != ConsentKind::MultiProfessional) {
        return Err(UserError::invalid("--close", text::close_needs_multi()).into());
    }
    session.write(|tx, author| {
        let case = case(tx, &w.case_id)?;
        let in_force: Vec<_> = consents::for_case(tx, &case.id)?
            .into_iter()
            .filter(|c| c.is_active())
            .filter(|c| w.kind.is_none_or(|k| c.kind == k))
            .filter(|c| w.id.is_none_or(|id| c.id == id))
            .collect();
        let consent = match in_force.as_slice() {
            [one] => one.clone(),
            [] => {
                let missing = text::no_consent_in_force(&case.id, w.kind, w.id);
                return Err(UserError::NotFound(missing).into());
            }
            _ => return Err(UserError::invalid("--id", text::several_in_force(&in_force)).into()),
        };
        if w.close && consent.kind != ConsentKind::MultiProfessional {
            return Err(UserError::invalid("--close", text::close_needs_multi()).into());
        }
        if w.on < consent.given_on {
            let message = text::withdrawn_before_given(consent.given_on);
            return Err(UserError::invalid("--on", message).into());
        }
        consents::withdraw(tx, consent.id, w.on)?;
        let detail =
            serde_json::json!({ "consent": consent.id, "kind": consent.kind, "note": w.note });
        events::append(
            tx,
            author,
            &case.id,
            EventKind::ConsentWithdrawn,
            detail,
            w.on,
        )?;
        log_change(tx, author, &case, "consent withdraw")?;
        let closed = w.close && case.phase != Phase::Closed;
        if closed {
            let reason = CloseReason::ConsentWithdrawn;
            super::close::close_in(tx, author, &case.id, reason, None, w.on)?;
        }
        Ok(Withdrawn {
            consent: Consent {
                withdrawn_on: Some(w.on),
                ..consent
            },
            case_closed: closed,
            case_still_open: !closed && case.phase != Phase::Closed,
        })
    })
}

/// Records the date the Kela information-exchange form went to Kela.
pub fn send_kela(session: &mut Session, case_id: &str, on: NaiveDate) -> Result<Consent> {
    session.write(|tx, author| {
        let case = open_case(tx, case_id)?;
        let consent = consents::for_case(tx, case_id)?
            .into_iter()
            .rfind(|c| c.is_active() && c.kind == ConsentKind::KelaExchange)
            .ok_or_else(|| UserError::Refused(text::kela_consent_needed(case_id)))?;
        if on < consent.given_on {
            let message = text::sent_before_given(consent.given_on);
            return Err(UserError::invalid("--on", message).into());
        }
        consents::mark_sent_to_kela(tx, consent.id, on)?;
        let detail = serde_json::json!({ "consent": consent.id });
        events::append(tx, author, case_id, EventKind::KelaFormSent, detail, on)?;
        log_change(tx, author, &case, "consent send-kela")?;
        Ok(Consent {
            sent_to_kela_on: Some(on),
            ..consent
        })
    })
}

/// A case's consents, withdrawn ones included; the look-up is access-logged.
pub fn list(session: &mut Session, case_id: &str, reason: Option<&str>) -> Result<Vec<Consent>> {
    session.write(|tx, author| {
        let case = case(tx, case_id)?;
        log_view(tx, author, &case, "consent list", reason)?;
        consents::for_case(tx, case_id)
    })
}
