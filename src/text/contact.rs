//! Words of the coordinators' contact card (seed 000; issue #13, item 13): the card the referring
//! units read (`moty contact`) and its settings (`moty settings contact`). Hours are kept
//! language-free ("mon-fri 09:00-10:00") and worded here.
//!
//! The pattern module of the catalogues (src/text/i18n.rs): every word is a message in
//! `i18n/LANG/moty.ftl` under `contact-…`, and each function returns `t!(…)` in the UI language.
//! What was a constant is a function of the same name in lower case.

use super::format;
use super::i18n::{t, ui_language};
use crate::domain::reach::Hours;

// --- input ---------------------------------------------------------------------------------

pub fn hours_shape(value: &str) -> String {
    t!("contact-hours-shape", value = value)
}

pub fn teams_shape(value: &str) -> String {
    t!("contact-teams-shape", value = value)
}

pub fn coordination_book_shape(value: &str) -> String {
    t!("contact-book-shape", value = value)
}

pub fn no_contact_card(region: &str, known: &[String]) -> String {
    match known.is_empty() {
        true => t!("contact-no-card-anywhere", region = region),
        false => t!("contact-no-card", region = region, known = known.join(", ")),
    }
}

pub fn set_and_unset() -> String {
    t!("contact-set-and-unset")
}

// --- hours ---------------------------------------------------------------------------------

/// Hours as people read them: "mon-fri 09:00-10:00" → "Mon–Fri 09:00–10:00", in Finnish
/// "ma–pe klo 9.00–10.00".
pub fn hours_words(code: &str) -> String {
    let Ok(hours) = Hours::parse("hours", code) else {
        return code.to_string();
    };
    let language = ui_language();
    let day = |d: u32| {
        let day =
            chrono::Weekday::try_from(d.clamp(1, 7) as u8 - 1).unwrap_or(chrono::Weekday::Mon);
        format::weekday_short(language, day)
    };
    hours
        .0
        .iter()
        .map(|span| {
            let days: Vec<String> = span
                .days
                .iter()
                .map(|(first, last)| match first == last {
                    true => day(*first),
                    false => format!("{}–{}", day(*first), day(*last)),
                })
                .collect();
            t!(
                "contact-hours-span",
                days = days.join(", "),
                from = format::time(language, span.from),
                to = format::time(language, span.to)
            )
        })
        .collect::<Vec<_>>()
        .join("; ")
}

// --- the card ------------------------------------------------------------------------------

pub fn card_title(region: Option<&str>) -> String {
    match region {
        Some(region) => t!("contact-card-title-region", region = region),
        None => t!("contact-card-title"),
    }
}

pub fn card_refer() -> String {
    t!("contact-card-refer")
}

pub fn card_consent_first() -> String {
    t!("contact-card-consent-first")
}

pub fn card_consult() -> String {
    t!("contact-card-consult")
}

pub fn card_other_times() -> String {
    t!("contact-card-other-times")
}

pub fn card_regions() -> String {
    t!("contact-card-regions")
}

pub fn card_empty() -> String {
    t!("contact-card-empty")
}

pub fn card_book(code: &str) -> String {
    t!("contact-card-book", code = code)
}

pub fn card_email(address: &str) -> String {
    t!("contact-card-email", address = address)
}

pub fn card_teams(address: &str) -> String {
    t!("contact-card-teams", address = address)
}

pub fn card_phone(number: Option<&str>, hours: &str) -> String {
    let hours = hours_words(hours);
    match number {
        Some(number) => t!("contact-card-phone", number = number, hours = hours),
        None => t!("contact-card-phone-hour", hours = hours),
    }
}

pub fn card_office_hours(hours: &str) -> String {
    t!("contact-card-office-hours", hours = hours_words(hours))
}

pub fn card_coordinators(who: &str) -> String {
    t!("contact-card-coordinators", who = who)
}

/// One regional pair under the team's card: who, and the phone where it differs.
pub fn card_region_line(region: &str, who: Option<&str>, phone: Option<&str>) -> String {
    let parts: Vec<&str> = [who, phone].into_iter().flatten().collect();
    match parts.is_empty() {
        true => region.to_string(),
        false => format!("{region}: {}", parts.join(", ")),
    }
}

// --- the settings --------------------------------------------------------------------------

pub fn contact_settings_heading(region: Option<&str>, exists: bool) -> String {
    match (region, exists) {
        (None, _) => t!("contact-settings-team"),
        (Some(region), true) => t!("contact-settings-region", region = region),
        (Some(region), false) => t!("contact-settings-region-new", region = region),
    }
}

pub fn f_coordinators() -> String {
    t!("contact-field-coordinators")
}

pub fn f_phone() -> String {
    t!("contact-field-phone")
}

pub fn f_phone_hours() -> String {
    t!("contact-field-phone-hours")
}

pub fn f_office_hours() -> String {
    t!("contact-field-office-hours")
}

pub fn f_teams() -> String {
    t!("contact-field-teams")
}

pub fn f_email() -> String {
    t!("contact-field-email")
}

pub fn f_book() -> String {
    t!("contact-field-book")
}

pub fn default_hours(hours: &str) -> String {
    t!("contact-default-hours", hours = hours_words(hours))
}
