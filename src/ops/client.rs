//! The client's protection and language, changed after the referral: a non-disclosure order for
//! personal safety (turvakielto) marked or cleared with the reason why, the client's language and
//! the interpreter they need. Every change is on the case's timeline with the client as recorded.

use anyhow::Result;
use schemars::JsonSchema;
use serde::Serialize;

use super::{case, log_change, refuse_if_withdrawn, Session};
use crate::domain::records::Details;
use crate::domain::{ClientLanguage, EventKind};
use crate::error::UserError;
use crate::store::{clients, events};
use crate::text;

/// What to change; `None` leaves a fact as it is.
#[derive(Debug, Clone, Default)]
pub struct Change {
    pub case_id: String,
    /// Mark (`true`) or clear the non-disclosure order, and why.
    pub non_disclosure: Option<(bool, String)>,
    pub language: Option<ClientLanguage>,
    /// `Some(None)`: no interpreter is needed any more.
    pub interpreter: Option<Option<String>>,
}

/// The client as the change left them.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Changed {
    pub case: String,
    /// The fields that changed: non_disclosure, language, interpreter.
    pub changed: Vec<&'static str>,
    pub non_disclosure: bool,
    pub language: Option<ClientLanguage>,
    pub interpreter: Option<String>,
}

/// Records the change. Marking or clearing the order is allowed even after the client withdrew
/// consent (it protects them); a language change is processing, and is then refused.
pub fn change(session: &mut Session, change: &Change) -> Result<Changed> {
    let today = session.today();
    session.write(|tx, author| {
        let case = case(tx, &change.case_id)?;
        let client = clients::get(tx, case.client_id)?;
        if change.language.is_some() || change.interpreter.is_some() {
            refuse_if_withdrawn(tx, &case.id)?;
        }
        if let Some((on, _)) = &change.non_disclosure {
            if *on == client.non_disclosure {
                let message = text::non_disclosure_unchanged(&case.id, *on);
                return Err(UserError::Refused(message).into());
            }
        }
        let details = Details {
            non_disclosure: change.non_disclosure.as_ref().map(|(on, _)| *on),
            language: change.language,
            interpreter: change.interpreter.clone().flatten(),
            ..Details::default()
        };
        let mut changed = clients::protection(tx, &client, &details)?;
        if change.interpreter == Some(None) && clients::clear_interpreter(tx, &client)? {
            changed.push("interpreter");
        }
        let now = clients::get(tx, case.client_id)?;
        let snapshot = now.snapshot();
        let details_changed: Vec<&str> = changed
            .iter()
            .copied()
            .filter(|f| *f != "non_disclosure")
            .collect();
        if !details_changed.is_empty() {
            let detail = serde_json::json!({ "fields": details_changed, "client": snapshot });
            events::append(
                tx,
                author,
                &case.id,
                EventKind::ClientUpdated,
                detail,
                today,
            )?;
        }
        if let Some((on, reason)) = &change.non_disclosure {
            let detail = serde_json::json!({
                "non_disclosure": on, "reason": reason, "client": snapshot,
            });
            events::append(
                tx,
                author,
                &case.id,
                EventKind::NonDisclosureChanged,
                detail,
                today,
            )?;
        }
        if !changed.is_empty() {
            log_change(tx, author, &case, "client")?;
        }
        Ok(Changed {
            case: case.id,
            changed,
            non_disclosure: now.non_disclosure,
            language: now.language,
            interpreter: now.interpreter,
        })
    })
}
