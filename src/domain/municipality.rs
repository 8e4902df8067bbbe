//! Finland's municipalities with Statistics Finland's codes (kuntanumero) and their Finnish and
//! Swedish names: the bundled list the client's municipality is checked against (domain.md, seed
//! 004's equality aim: every figure breaks down by municipality).
//!
//! The list is `municipalities.csv` beside this file: Statistics Finland's classification of
//! municipalities for 2026 ("Kunnat 2026", kunta_1_20260101, CC BY 4.0), 308 municipalities.
//! When the classification changes (municipalities merge at the turn of a year), replace the
//! file and the count in the tests; names stored before stay as they were, and `moty doctor`
//! lists those the list no longer knows.

use std::sync::OnceLock;

use super::area::is_close;
use super::fold::fold;
use super::validate;
use crate::error::UserError;
use crate::text;

/// One municipality.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Municipality {
    /// Statistics Finland's municipality code, three digits ("091").
    pub code: &'static str,
    pub name_fi: &'static str,
    pub name_sv: &'static str,
}

const LIST: &str = include_str!("municipalities.csv");

/// Every municipality, by code.
pub fn all() -> &'static [Municipality] {
    static ALL: OnceLock<Vec<Municipality>> = OnceLock::new();
    ALL.get_or_init(|| {
        LIST.lines()
            .map(str::trim)
            .filter(|line| !line.is_empty() && !line.starts_with('#'))
            .filter_map(|line| {
                let mut fields = line.split(';').map(str::trim);
                Some(Municipality {
                    code: fields.next()?,
                    name_fi: fields.next()?,
                    name_sv: fields.next()?,
                })
            })
            .collect()
    })
}

/// The names a municipality is known by, folded: the Finnish and the Swedish name, and each half
/// of a two-language name ("Maarianhamina - Mariehamn").
fn names(m: &Municipality) -> impl Iterator<Item = String> + '_ {
    [m.name_fi, m.name_sv]
        .into_iter()
        .flat_map(|name| std::iter::once(name).chain(name.split(" - ")))
        .map(|name| fold(name.trim()))
}

/// The municipality a text names: its code (three digits, or fewer without the leading zeros:
/// "91"), or its Finnish or Swedish name, compared folded (trimmed, any case, diacritics ignored).
pub fn lookup(text: &str) -> Option<&'static Municipality> {
    let text = text.trim();
    if !text.is_empty() && text.len() <= 3 && text.bytes().all(|b| b.is_ascii_digit()) {
        let code = format!("{text:0>3}");
        return all().iter().find(|m| m.code == code);
    }
    let folded = fold(&text.split_whitespace().collect::<Vec<_>>().join(" "));
    if folded.is_empty() {
        return None;
    }
    by_name().get(&folded).map(|&index| &all()[index])
}

/// Every folded name (`names`) and its municipality's place in `all`, the first one where two
/// share a name: made once, so a look-up folds only the text (`moty import referrals` looks up
/// one for each of thousands of rows).
fn by_name() -> &'static std::collections::HashMap<String, usize> {
    static BY_NAME: OnceLock<std::collections::HashMap<String, usize>> = OnceLock::new();
    BY_NAME.get_or_init(|| {
        let mut index = std::collections::HashMap::new();
        for (at, m) in all().iter().enumerate() {
            for name in names(m) {
                index.entry(name).or_insert(at);
            }
        }
        index
    })
}

/// The municipalities whose name is close to `text` (a typo, or one contains the other), at most
/// `limit`, by code.
pub fn close(text: &str, limit: usize) -> Vec<&'static Municipality> {
    let folded = fold(text.trim());
    all()
        .iter()
        .filter(|m| names(m).any(|name| is_close(&folded, &name)))
        .take(limit)
        .collect()
}

/// The client's municipality: a code or a Finnish or Swedish name on Statistics Finland's list,
/// stored by its Finnish name; bad input names `field`.
pub fn parse(field: &str, value: &str) -> Result<String, UserError> {
    let value = validate::line(field, value, 80)?;
    if let Some(found) = lookup(&value) {
        return Ok(found.name_fi.to_string());
    }
    validate::place(field, &value)?;
    let near: Vec<(&str, &str)> = close(&value, 5)
        .into_iter()
        .map(|m| (m.code, m.name_fi))
        .collect();
    Err(UserError::invalid(
        field,
        text::unknown_municipality(&value, &near),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_is_the_2026_classification() {
        let all = all();
        assert_eq!(all.len(), 308);
        let mut codes: Vec<_> = all.iter().map(|m| m.code).collect();
        codes.dedup();
        assert_eq!(codes.len(), 308, "codes are unique and in order");
        assert!(all.iter().all(|m| m.code.len() == 3
            && m.code.bytes().all(|b| b.is_ascii_digit())
            && !m.name_fi.is_empty()
            && !m.name_sv.is_empty()));
        assert!(
            lookup("Pertunmaa").is_none(),
            "merged into Mäntyharju in 2026"
        );
    }

    #[test]
    fn looks_up_by_code_or_either_name() {
        let helsinki = lookup("091").expect("091");
        assert_eq!(
            (helsinki.name_fi, helsinki.name_sv),
            ("Helsinki", "Helsingfors")
        );
        assert_eq!(lookup("91"), Some(helsinki));
        assert_eq!(lookup(" helsingfors "), Some(helsinki));
        assert_eq!(lookup("285").map(|m| m.name_fi), Some("Kotka"));
        assert_eq!(lookup("286").map(|m| m.name_fi), Some("Kouvola"));
        assert_eq!(lookup("FREDRIKSHAMN").map(|m| m.code), Some("075"));
        assert_eq!(lookup("pyttis").map(|m| m.name_fi), Some("Pyhtää"));
        assert_eq!(lookup("Miehikkala").map(|m| m.code), Some("489"));
        assert_eq!(lookup("Mariehamn").map(|m| m.code), Some("478"));
        assert_eq!(lookup("Maarianhamina").map(|m| m.code), Some("478"));
        assert_eq!(lookup("Pedersöre").map(|m| m.code), Some("599"));
        assert_eq!(lookup("999"), None);
        assert_eq!(lookup("Kotkа"), None, "a Cyrillic a is not an a");
        assert_eq!(lookup(""), None);
    }

    #[test]
    fn close_names_help_a_typo() {
        let names: Vec<_> = close("Kouvla", 5).iter().map(|m| m.name_fi).collect();
        assert!(names.contains(&"Kouvola"), "{names:?}");
    }
}
