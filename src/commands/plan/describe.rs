//! The anonymous client description for the Yhteistyö-tiimi (seed 001's template): a draft built
//! from the case, edited by the worker, and refused on save if it names the client, gives the
//! identity code or the phone number.

use anyhow::Result;

use crate::commands::Ctx;
use crate::domain::fold::{fold, phone_digits};
use crate::domain::{validate, AccessAction, EventKind};
use crate::error::UserError;
use crate::store::{access, cases, clients, events, triage};
use crate::{prompt, render, text};

#[derive(Debug, clap::Args)]
pub struct DescribeArgs {
    /// The case, e.g. 2026-0007
    pub case: String,
    /// Save this text as the description; "-" reads it from standard input
    #[arg(long, value_name = "TEXT")]
    pub text: Option<String>,
}

/// What in `text` would identify `client`: name parts, the identity code, the phone number.
pub fn leaks(text_: &str, client: &clients::Client) -> Vec<String> {
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

pub fn run(ctx: &Ctx, args: DescribeArgs) -> Result<String> {
    let case_id = validate::case_id("CASE", &args.case)?;
    let text_ = match args.text.as_deref() {
        Some("-") => Some(validate::block(
            "--text",
            &prompt::read_stdin("--text")?,
            8000,
        )?),
        Some(t) => Some(validate::block("--text", t, 8000)?),
        None => None,
    };
    let author = ctx.author();
    let today = ctx.clock.today();
    let mut register = ctx.open()?;
    register.write(|tx| {
        let case = cases::get(tx, &case_id)?
            .ok_or_else(|| UserError::NotFound(text::no_case(&case_id)))?;
        let client = clients::get(tx, case.client_id)?;
        let Some(body) = &text_ else {
            let saved = crate::store::meta::description(tx, &case_id)?;
            let referral = cases::referral(tx, &case_id)?;
            let units = triage::for_case(tx, &case_id)?
                .last()
                .map(|t| t.units.clone())
                .unwrap_or_default();
            return Ok(saved
                .unwrap_or_else(|| render::description_draft(today, referral.as_ref(), &units)));
        };
        let leaked = leaks(body, &client);
        if !leaked.is_empty() {
            return Err(UserError::invalid("--text", text::description_leaks(&leaked)).into());
        }
        crate::store::meta::save_description(tx, &case_id, body, &author)?;
        events::append(
            tx,
            &author,
            &case_id,
            EventKind::DescriptionSaved,
            serde_json::json!({}),
            today,
        )?;
        access::log(
            tx,
            &author,
            &access::Access {
                command: "plan describe",
                action: AccessAction::Change,
                client_id: Some(case.client_id),
                case_id: Some(&case_id),
                reason: None,
            },
        )?;
        Ok(text::DESCRIPTION_SAVED.to_string())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn client() -> clients::Client {
        clients::Client {
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
