//! The coordinators' contact card (`moty contact`), its settings (`moty settings contact`) and the
//! team's follow-up interval (`moty settings follow-up-weeks`).

use super::{json, or_none, table};
use crate::domain::records::ContactCard;
use crate::ops::contact::{Card, Printed, Settings, DEFAULT_OFFICE_HOURS, DEFAULT_PHONE_HOURS};
use crate::ops::follow_up::TeamInterval;
use crate::text;

fn line(out: &mut String, indent: bool, words: &str) {
    let words = text::shown(words);
    match indent {
        true => out.push_str(&format!("  {words}\n")),
        false => out.push_str(&format!("{words}\n")),
    }
}

/// The body of one card: how to refer, how to consult, office hours, who.
fn body(out: &mut String, card: &ContactCard) {
    let refer: Vec<String> = [
        card.coordination_book.as_deref().map(text::card_book),
        card.email.as_deref().map(text::card_email),
    ]
    .into_iter()
    .flatten()
    .collect();
    if !refer.is_empty() {
        line(out, false, &text::card_refer());
        for r in &refer {
            line(out, true, r);
        }
        line(out, true, &text::card_consent_first());
        out.push('\n');
    }
    line(out, false, &text::card_consult());
    if let Some(teams) = &card.teams {
        line(out, true, &text::card_teams(teams));
    }
    let hours = card.phone_hours.as_deref().unwrap_or(DEFAULT_PHONE_HOURS);
    line(out, true, &text::card_phone(card.phone.as_deref(), hours));
    line(out, true, &text::card_other_times());
    out.push('\n');
    let office = card.office_hours.as_deref().unwrap_or(DEFAULT_OFFICE_HOURS);
    line(out, false, &text::card_office_hours(office));
    if let Some(who) = &card.coordinators {
        line(out, false, &text::card_coordinators(who));
    }
}

fn empty(card: &Printed) -> bool {
    card.channels.is_empty() && card.card.coordinators.is_none()
}

pub fn contact_card(card: &Card, as_json: bool) -> String {
    if as_json {
        return json(card);
    }
    let mut out = format!("{}\n\n", text::card_title(card.card.card.region.as_deref()));
    if empty(&card.card) && card.regions.is_empty() {
        out.push_str(&format!("{}\n\n", text::card_empty()));
    }
    body(&mut out, &card.card.card);
    if !card.regions.is_empty() {
        out.push('\n');
        line(&mut out, false, &text::card_regions());
        for r in &card.regions {
            let region = r.card.region.as_deref().unwrap_or_default();
            let phone = r
                .card
                .phone
                .as_deref()
                .filter(|p| Some(*p) != card.card.card.phone.as_deref());
            let who = r
                .card
                .coordinators
                .as_deref()
                .filter(|w| Some(*w) != card.card.card.coordinators.as_deref());
            line(&mut out, true, &text::card_region_line(region, who, phone));
        }
    }
    out
}

pub fn contact_settings(settings: &Settings, as_json: bool) -> String {
    if as_json {
        return json(settings);
    }
    let card = &settings.card;
    let region = card.region.as_deref();
    let mut out = format!(
        "{}\n",
        text::contact_settings_heading(region, settings.exists)
    );
    let hours = |value: &Option<String>, default: &str| match (value, region) {
        (Some(h), _) => text::hours_words(h),
        (None, None) => text::default_hours(default),
        (None, Some(_)) => text::NONE.to_string(),
    };
    let mut t = table(&[&text::f_coordinators(), &or_none(&card.coordinators)]);
    t.add_row(vec![text::f_phone(), or_none(&card.phone)]);
    t.add_row(vec![
        text::f_phone_hours(),
        hours(&card.phone_hours, DEFAULT_PHONE_HOURS),
    ]);
    t.add_row(vec![
        text::f_office_hours(),
        hours(&card.office_hours, DEFAULT_OFFICE_HOURS),
    ]);
    t.add_row(vec![text::f_teams(), or_none(&card.teams)]);
    t.add_row(vec![text::f_email(), or_none(&card.email)]);
    t.add_row(vec![text::f_book(), or_none(&card.coordination_book)]);
    out.push_str(&format!("{t}\n"));
    out
}

pub fn follow_up_weeks(interval: TeamInterval, as_json: bool) -> String {
    if as_json {
        return json(&interval);
    }
    text::team_interval_is(interval.weeks, interval.set)
}
