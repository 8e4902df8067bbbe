//! The anonymous client description for the Yhteistyö-tiimi (seed 001's template): a draft built
//! from the case, edited by the worker, and refused on save if it names the client, gives the
//! identity code or the phone number.

use anyhow::Result;
use chrono::NaiveDate;

use super::super::{case, log_change, Session};
use crate::domain::fold::{fold, phone_digits};
use crate::domain::records::{Client, Referral};
use crate::domain::EventKind;
use crate::error::UserError;
use crate::store::{cases, clients, events, meta, triage};
use crate::text;

/// What in `text` would identify `client`: name parts, the identity code, the phone number.
pub fn leaks(text_: &str, client: &Client) -> Vec<String> {
    let folded = fold(text_);
    let mut found = Vec::new();
    for part in client
        .name
        .split([' ', '-'])
        .filter(|p| p.chars().count() >= 3)
    {
        if folded.contains(&fold(part)) {
            found.push(text::leak_name(part));
        }
    }
    let compact: String = folded.chars().filter(|c| c.is_alphanumeric()).collect();
    if let Some(code) = &client.hetu {
        let raw = fold(code);
        let code: String = raw.chars().filter(|c| c.is_alphanumeric()).collect();
        // The whole code, or its birth date and individual number without the century sign.
        let digits: String = raw
            .chars()
            .take(6)
            .chain(raw.chars().skip(7).take(3))
            .collect();
        if compact.contains(&code) || compact.contains(&digits) {
            found.push(text::LEAK_HETU.to_string());
        }
    }
    if let Some(phone) = &client.phone {
        let national = phone_digits(phone);
        let without_zero = national.trim_start_matches('0');
        let digits_only: String = text_.chars().filter(|c| c.is_ascii_digit()).collect();
        if without_zero.len() >= 5 && digits_only.contains(without_zero) {
            found.push(text::LEAK_PHONE.to_string());
        }
    }
    found
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

/// Saves the description, refusing one that would identify the client.
pub fn save(session: &mut Session, case_id: &str, body: &str) -> Result<()> {
    let today = session.today();
    session.write(|tx, author| {
        let case = case(tx, case_id)?;
        let client = clients::get(tx, case.client_id)?;
        let leaked = leaks(body, &client);
        if !leaked.is_empty() {
            return Err(UserError::invalid("--text", text::description_leaks(&leaked)).into());
        }
        meta::save_description(tx, case_id, body, author)?;
        let detail = serde_json::json!({});
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
            assert!(!leaks(leaked, &client()).is_empty(), "{leaked}");
        }
        let clean = "Asiakas toivoo tukea asumiseen ja toimeentuloon. Aiemmin aikuissosiaalityö.";
        assert!(leaks(clean, &client()).is_empty());
    }
}
