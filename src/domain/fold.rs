//! Folding text for search: lower case, diacritics removed, so "maki" finds "Mäki".

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Lower-cases and strips combining marks after canonical decomposition (ä → a, Å → a, é → e).
pub fn fold(text: &str) -> String {
    text.nfd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

/// The digits of a phone number, with the Finnish country code +358 (or 00358) folded to a
/// leading 0, so "+358 40 123 4567" and "040-123 4567" compare equal.
pub fn phone_digits(text: &str) -> String {
    let digits: String = text.chars().filter(char::is_ascii_digit).collect();
    if let Some(rest) = digits.strip_prefix("00358") {
        return format!("0{rest}");
    }
    match digits.strip_prefix("358") {
        Some(rest) if text.trim_start().starts_with('+') => format!("0{rest}"),
        _ => digits,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_finnish_and_swedish_letters() {
        assert_eq!(fold("Mäki-Öhman Åsa"), "maki-ohman asa");
        assert_eq!(fold("ÉLISE"), "elise");
    }

    #[test]
    fn phone_numbers_compare_by_digits() {
        assert_eq!(phone_digits("+358 40 123 4567"), "0401234567");
        assert_eq!(phone_digits("040-123 4567"), "0401234567");
        assert_eq!(phone_digits("00358401234567"), "0401234567");
        assert_eq!(phone_digits("3584"), "3584");
        assert_eq!(
            phone_digits("0004"),
            "0004",
            "a fragment starting 00 is not a prefix"
        );
    }
}
