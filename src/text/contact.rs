//! Words of the coordinators' contact card (seed 000; issue #13, item 13): the card the referring
//! units read (`moty contact`) and its settings (`moty settings contact`). Hours are kept
//! language-free ("mon-fri 09:00-10:00") and worded here.

use crate::domain::reach::Hours;

// --- input ---------------------------------------------------------------------------------

pub fn hours_shape(value: &str) -> String {
    format!(
        "\"{value}\" is not opening hours: give DAYS HH:MM-HH:MM, e.g. \"mon-fri 09:00-10:00\" \
         (days mon … sun, a range mon-fri or a list mon,wed; several spans separated by \";\")"
    )
}

pub fn teams_shape(value: &str) -> String {
    format!(
        "\"{value}\" is not a Teams address: give the address people find you by on Teams \
         (name@example.fi), or an https link"
    )
}

pub fn coordination_book_shape(value: &str) -> String {
    format!(
        "\"{value}\" is not a coordination book's code: letters, digits and hyphens, e.g. yht405"
    )
}

pub fn no_contact_card(region: &str, known: &[String]) -> String {
    let known = match known.is_empty() {
        true => "no region has one yet".to_string(),
        false => format!("the regions with one: {}", known.join(", ")),
    };
    format!(
        "no contact card for region \"{region}\" ({known}); moty settings contact --region {region} \
         --phone … makes one"
    )
}

pub const SET_AND_UNSET: &str = "a field cannot be both given and unset in one command";

// --- hours ---------------------------------------------------------------------------------

const DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

/// Hours as people read them: "mon-fri 09:00-10:00" → "Mon–Fri 09:00–10:00".
pub fn hours_words(code: &str) -> String {
    let Ok(hours) = Hours::parse("hours", code) else {
        return code.to_string();
    };
    hours
        .0
        .iter()
        .map(|span| {
            let days: Vec<String> = span
                .days
                .iter()
                .map(|(first, last)| {
                    let name = |d: &u32| DAYS[(*d as usize).saturating_sub(1).min(6)];
                    match first == last {
                        true => name(first).to_string(),
                        false => format!("{}–{}", name(first), name(last)),
                    }
                })
                .collect();
            format!(
                "{} {}–{}",
                days.join(", "),
                span.from.format("%H:%M"),
                span.to.format("%H:%M")
            )
        })
        .collect::<Vec<_>>()
        .join("; ")
}

// --- the card ------------------------------------------------------------------------------

pub fn card_title(region: Option<&str>) -> String {
    match region {
        Some(region) => format!("How to reach the Moty coordinators — region {region}"),
        None => "How to reach the Moty coordinators".to_string(),
    }
}

pub const CARD_REFER: &str = "Referring a client (no referral letter is needed)";
pub const CARD_CONSENT_FIRST: &str =
    "Ask the client first for written consent and a contact request.";
pub const CARD_CONSULT: &str = "Consulting us";
pub const CARD_OTHER_TIMES: &str = "At other times we answer when we can.";
pub const CARD_REGIONS: &str = "The regional pairs";
pub const CARD_EMPTY: &str =
    "No contact details are set yet: moty settings contact --phone … --email … sets them.";

pub fn card_book(code: &str) -> String {
    format!("Primary care: put the client in the LC coordination book {code}")
}

pub fn card_email(address: &str) -> String {
    format!("Emergency department and social services: secure e-mail {address}")
}

pub fn card_teams(address: &str) -> String {
    format!("Teams: {address} (when shown as available)")
}

pub fn card_phone(number: Option<&str>, hours: &str) -> String {
    match number {
        Some(number) => format!("Phone: {number}, {}", hours_words(hours)),
        None => format!("Phone hour: {}", hours_words(hours)),
    }
}

pub fn card_office_hours(hours: &str) -> String {
    format!("Office hours: {}", hours_words(hours))
}

pub fn card_coordinators(who: &str) -> String {
    format!("Coordinators: {who}")
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
        (None, _) => "The team's contact card (moty contact prints it)".to_string(),
        (Some(region), true) => format!(
            "The contact card of region {region}; an empty field is the team's (moty contact --region {region} prints it)"
        ),
        (Some(region), false) => format!(
            "Region {region} has no contact card of its own yet; give a field to make one"
        ),
    }
}

pub const F_COORDINATORS: &str = "Coordinators";
pub const F_PHONE: &str = "Phone";
pub const F_PHONE_HOURS: &str = "Phone hour";
pub const F_OFFICE_HOURS: &str = "Office hours";
pub const F_TEAMS: &str = "Teams";
pub const F_EMAIL: &str = "Secure e-mail";
pub const F_BOOK: &str = "Coordination book";

pub fn default_hours(hours: &str) -> String {
    format!("{} (the default)", hours_words(hours))
}
