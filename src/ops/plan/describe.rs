//! The anonymous client description for the Yhteistyö-tiimi (seed 001's template): a draft built
//! from the case, edited by the worker, and refused on save if it names the client, gives the
//! identity code or the phone number.

use anyhow::Result;
use chrono::NaiveDate;

use super::super::{case, log_change, log_view, Session};
use crate::domain::leak;
use crate::domain::records::{Client, Referral};
use crate::domain::EventKind;
use crate::error::UserError;
use crate::store::{cases, clients, events, meta, triage};
use crate::text;

/// What in `text` would identify `client`, in words for the refusal.
pub fn leaks(text_: &str, client: &Client, accepted: &[String]) -> Vec<String> {
    leak::leaks(text_, client, accepted)
        .iter()
        .map(text::leak_words)
        .collect()
}

/// What the description draft is built from.
#[derive(Debug, Clone)]
pub struct Draft {
    /// The saved description, if there is one.
    pub saved: Option<String>,
    pub today: NaiveDate,
    pub referral: Option<Referral>,
    pub units: Vec<String>,
}

/// The saved description, or what a draft is built from.
pub fn draft(session: &mut Session, case_id: &str) -> Result<Draft> {
    let today = session.today();
    session.write(|tx, _| {
        case(tx, case_id)?;
        Ok(Draft {
            saved: meta::description(tx, case_id)?,
            today,
            referral: cases::referral(tx, case_id)?,
            units: triage::for_case(tx, case_id)?
                .last()
                .map(|t| t.units.clone())
                .unwrap_or_default(),
        })
    })
}

/// The access-log reason of a refused save: the check found the client's words.
pub const LEAK_CHECK: &str = "leak check";

/// Saves the description, refusing one that would identify the client. `accepted` are ordinary
/// words that happen to be the client's name ("kivinen maasto"); the timeline records them.
pub fn save(session: &mut Session, case_id: &str, body: &str, accepted: &[String]) -> Result<()> {
    let today = session.today();
    // The check runs in a transaction of its own, before the save. A refusal names what it found
    // (the matched word of the client's name, or that the text holds the client's code or
    // phone): that shows the coordinator the client's data, so it is an access and gets an
    // access-log row. In the save's transaction the refusal would roll that row back with
    // everything else; committing the check and its row first keeps the row.
    let leaked = session.write(|tx, author| {
        let case = case(tx, case_id)?;
        super::super::refuse_if_withdrawn(tx, case_id)?;
        let client = clients::get(tx, case.client_id)?;
        let leaked = leaks(body, &client, accepted);
        if !leaked.is_empty() {
            log_view(tx, author, &case, "plan describe", Some(LEAK_CHECK))?;
        }
        Ok(leaked)
    })?;
    if !leaked.is_empty() {
        return Err(UserError::invalid("--text", text::description_leaks(&leaked)).into());
    }
    session.write(|tx, author| {
        let case = case(tx, case_id)?;
        // Checked again: the client may have been renamed between the two transactions.
        let client = clients::get(tx, case.client_id)?;
        if !leaks(body, &client, accepted).is_empty() {
            return Err(UserError::Refused(text::client_changed_during_check()).into());
        }
        meta::save_description(tx, case_id, body, author)?;
        let detail = if accepted.is_empty() {
            serde_json::json!({})
        } else {
            serde_json::json!({ "accepted_words": accepted })
        };
        events::append(
            tx,
            author,
            case_id,
            EventKind::DescriptionSaved,
            detail,
            today,
        )?;
        log_change(tx, author, &case, "plan describe")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn client() -> Client {
        Client {
            id: 1,
            name: "Aino-Maija Mäkinen".to_string(),
            hetu: Some("131052-308T".to_string()),
            hetu_temporary: false,
            birth_year: Some(1952),
            phone: Some("+358 40 555 0101".to_string()),
            municipality: None,
            region: None,
            non_disclosure: false,
            language: None,
            interpreter: None,
        }
    }

    #[test]
    fn names_codes_and_phones_are_caught_in_any_form() {
        for leaked in [
            "Asiakas MÄKINEN toivoo apua",
            "makinen",
            "Aino käy vastaanotolla",
            "tunnus 131052-308t",
            "131052308T",
            "soita 040 555 0101",
            "puh. 0405550101",
            "+358405550101",
        ] {
            assert!(!leaks(leaked, &client(), &[]).is_empty(), "{leaked}");
        }
        let clean = "Asiakas toivoo tukea asumiseen ja toimeentuloon. Aiemmin aikuissosiaalityö.";
        assert!(leaks(clean, &client(), &[]).is_empty());
    }
}
