//! `moty find`: the phone-hour look-up. One text matches name fragments (ignoring case and
//! diacritics), identity codes (whole, or the birth-date part), case ids and phone numbers.

use anyhow::Result;

use super::Ctx;
use crate::domain::fold::{fold, phone_digits};
use crate::domain::validate;
use crate::error::UserError;
use crate::ops::lookup::{self, Search};
use crate::render;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(required = true, num_args = 1.., value_name = "TEXT")]
    pub text: Vec<String>,
    #[arg(long, value_name = "TEXT")]
    pub reason: Option<String>,
}

/// Reads what the text could be. A text that is a case id, an identity code or a birth date is
/// looked up by that key alone (indexed), not also as a phone fragment: "2026-7" is a case, not
/// the digits 20267. Every other reading is tried at once.
pub fn parse_query(query: &str) -> Result<Search, UserError> {
    let query = validate::line("TEXT", query, 100)?;
    let upper = query.to_uppercase();
    let mut search = Search {
        // A case's year is this millennium's or the last: "0405-550101" is a phone number.
        case_id: validate::case_id("TEXT", &query)
            .ok()
            .filter(|id| id.starts_with('1') || id.starts_with('2')),
        ..Search::default()
    };
    let chars: Vec<char> = upper.chars().collect();
    let birth_part = chars.len() >= 6 && chars[..6].iter().all(char::is_ascii_digit);
    if birth_part && chars.len() == 11 {
        search.hetu = Some(upper.clone());
    } else if birth_part && chars.len() == 6 && is_birth_date(&upper) {
        search.hetu_prefix = Some(upper.clone());
    }
    let phone_like = query
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '-' | '+' | '(' | ')'));
    let digits = phone_digits(&query);
    let keyed = search.case_id.is_some() || search.hetu.is_some() || search.hetu_prefix.is_some();
    if phone_like && digits.len() >= 4 && !keyed {
        search.phone_digits = Some(digits);
    }
    if search.hetu.is_none() && query.chars().any(char::is_alphabetic) {
        search.name_words = fold(&query).split_whitespace().map(String::from).collect();
    }
    Ok(search)
}

/// Whether six digits read as a date DDMMYY (in some century: 29 February in any year).
fn is_birth_date(digits: &str) -> bool {
    let number = |range: std::ops::Range<usize>| digits[range].parse::<u32>().ok();
    match (number(0..2), number(2..4)) {
        (Some(day), Some(month)) => chrono::NaiveDate::from_ymd_opt(2000, month, day).is_some(),
        _ => false,
    }
}

pub fn run(ctx: &Ctx, args: Args) -> Result<String> {
    let search = parse_query(&args.text.join(" "))?;
    let reason = validate::access_reason(&args.reason)?;
    let found = lookup::find(&mut ctx.session()?, &search, reason.as_deref())?;
    Ok(render::found(&found, ctx.clock.today(), ctx.json))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_is_read_every_way_it_can_be() {
        let hetu = parse_query("131052-308t").expect("valid");
        assert_eq!(hetu.hetu.as_deref(), Some("131052-308T"));
        assert!(hetu.name_words.is_empty());
        let case = parse_query("2026-7").expect("valid");
        assert_eq!(case.case_id.as_deref(), Some("2026-0007"));
        assert!(
            case.phone_digits.is_none(),
            "a case id is not a phone fragment"
        );
        let phone = parse_query("0405-550101").expect("valid");
        assert!(phone.case_id.is_none());
        assert_eq!(phone.phone_digits.as_deref(), Some("0405550101"));
        let born = parse_query("290200").expect("valid");
        assert_eq!(born.hetu_prefix.as_deref(), Some("290200"));
        assert!(
            born.phone_digits.is_none(),
            "a birth date is not a phone fragment"
        );
        let digits = parse_query("555010").expect("valid");
        assert!(digits.hetu_prefix.is_none(), "day 55 is no date");
        assert_eq!(digits.phone_digits.as_deref(), Some("555010"));
        let phone = parse_query("+358 40 555 0101").expect("valid");
        assert_eq!(phone.phone_digits.as_deref(), Some("0405550101"));
        let name = parse_query("Mäki Aino").expect("valid");
        assert_eq!(name.name_words, ["maki", "aino"]);
        assert!(name.case_id.is_none() && name.phone_digits.is_none());
        assert!(parse_query("  ").is_err());
    }
}
