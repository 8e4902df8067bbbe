//! Service areas and the unit catalogue (domain.md, "Units and service areas"; seed 004): every
//! source unit, requested unit and onward service belongs to one of the sote-centre's service
//! areas or to an outside actor. The catalogues live in the register (`areas`, `units`,
//! `unit_names`); this module holds their record types and the rules that need no storage: the
//! referral source's area, how a typed unit text is compared, and which catalogue entries are
//! close to a text that matched none.

use schemars::JsonSchema;
use serde::Serialize;

use super::fold::fold;
use super::Source;

impl Source {
    /// The service area the referral source belongs to; `None` for a self-referral or another
    /// source, which name no unit of the sote-centre or an outside actor.
    pub fn area(self) -> Option<&'static str> {
        match self {
            Source::EmploymentServices => Some("employment"),
            Source::PrimaryCare | Source::Emergency | Source::MentalHealthSubstance => {
                Some("health-medical")
            }
            Source::SocialServices | Source::FamilyCentre => Some("family-social"),
            Source::ElderlyServices => Some("older-people"),
            Source::Kela => Some("kela"),
            Source::SelfReferral | Source::Other => None,
        }
    }
}

/// A service area: one of the sote-centre's three (`sote`) or an outside actor (`outside`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Area {
    pub code: String,
    /// `sote` (a service area of the sote-centre) or `outside` (an outside actor).
    pub kind: String,
    /// The catalogue's order.
    pub position: i64,
    pub name_fi: String,
    pub name_sv: String,
    pub name_en: String,
}

/// A unit of the catalogue and the area it belongs to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Unit {
    pub code: String,
    pub area: String,
    pub name_fi: String,
    pub name_sv: String,
    pub name_en: String,
    /// A deactivated unit stays for what was written before but is no longer offered.
    pub active: bool,
}

impl Unit {
    /// The texts that name this unit, folded: its code and each name, and for a name with a
    /// part in parentheses ("Työllisyyspalvelut (TE-palvelut)") also the name without it and the
    /// part itself.
    pub fn names(&self) -> Vec<String> {
        let mut names = vec![fold_unit(&self.code)];
        for name in [&self.name_fi, &self.name_sv, &self.name_en] {
            names.push(fold_unit(name));
            if let Some((outside, rest)) = name.split_once('(') {
                if let Some((inside, after)) = rest.split_once(')') {
                    names.push(fold_unit(&format!("{outside} {after}")));
                    names.push(fold_unit(inside));
                }
            }
        }
        names.retain(|n| !n.is_empty());
        names
    }

    /// Does `text` name this unit: its code, or its Finnish, Swedish or English name (or the
    /// part of a name in parentheses), folded?
    pub fn is_named(&self, text: &str) -> bool {
        let folded = fold_unit(text);
        self.names().contains(&folded)
    }
}

/// An onward service of the plan's catalogue with its area (`None`: not given one yet) and its
/// names in Finnish, Swedish and English (migration 6).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct ServiceEntry {
    pub code: String,
    /// The name the register first had for it (before migration 6: English with the Finnish word
    /// in parentheses), kept for scripts; a service added or renamed since has its English name.
    pub name: String,
    pub active: bool,
    pub area: Option<String>,
    pub name_fi: String,
    pub name_sv: String,
    pub name_en: String,
}

impl ServiceEntry {
    /// The service's name in `language`.
    pub fn name_in(&self, language: super::Language) -> &str {
        match language {
            super::Language::Fi => &self.name_fi,
            super::Language::Sv => &self.name_sv,
            super::Language::En => &self.name_en,
        }
    }
}

/// The name of the service `code` in `language`, from the catalogue; the code itself when the
/// catalogue has no such service.
pub fn service_name<'a>(
    services: &'a [ServiceEntry],
    code: &'a str,
    language: super::Language,
) -> &'a str {
    services
        .iter()
        .find(|s| s.code == code)
        .map_or(code, |s| s.name_in(language))
}

/// A unit text written before the catalogue (or since, resolved), folded as `unit_names` keeps
/// it, and how often the register uses it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct UnitText {
    pub text: String,
    /// The catalogue unit it means; `None`: not mapped yet.
    pub unit: Option<String>,
    /// Referrals whose referring unit is this text.
    pub referrals: i64,
    /// Cases that requested this unit (at triage or in the Yhteistyö-tiimi request).
    pub requests: i64,
}

/// A unit text as it is compared: trimmed, inner spaces collapsed, lower case, diacritics
/// removed ("  Perhe­keskus " and "perhekeskus", "Hemvård" and "hemvard" compare equal).
pub fn fold_unit(text: &str) -> String {
    fold(&text.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// The edit distance between two short texts (characters, not bytes).
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut current = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            current.push(
                (previous[j] + cost)
                    .min(previous[j + 1] + 1)
                    .min(current[j] + 1),
            );
        }
        previous = current;
    }
    previous[b.len()]
}

/// The words of a folded text that are long enough to tell units apart (four letters or more).
fn words(text: &str) -> Vec<&str> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 4)
        .collect()
}

/// Is `candidate` close to what was typed (both folded)? A typo of a few letters, one contains
/// the other, or they share a word (or nearly) that `distinctive` accepts.
fn is_close_with(typed: &str, candidate: &str, distinctive: &dyn Fn(&str) -> bool) -> bool {
    if typed.is_empty() || candidate.is_empty() {
        return false;
    }
    let allowed = (typed.chars().count() / 4).clamp(1, 3);
    if distance(typed, candidate) <= allowed {
        return true;
    }
    let long = |t: &str| t.chars().count() >= 4;
    if (long(typed) && candidate.contains(typed)) || (long(candidate) && typed.contains(candidate))
    {
        return true;
    }
    let theirs = words(candidate);
    words(typed).iter().any(|w| {
        theirs
            .iter()
            .any(|t| distinctive(t) && (t == w || distance(t, w) <= 1))
    })
}

/// Is `candidate` close to what was typed (both folded)? A typo of a few letters, one contains
/// the other, or they share a word of four letters or more (or nearly).
pub fn is_close(typed: &str, candidate: &str) -> bool {
    is_close_with(typed, candidate, &|_| true)
}

/// The active units close to `text`, at most `limit`, in catalogue order. A word most units
/// share ("services", "palvelut") does not make two texts close.
pub fn close_units<'a>(units: &'a [Unit], text: &str, limit: usize) -> Vec<&'a Unit> {
    let typed = fold_unit(text);
    let active: Vec<(&Unit, Vec<String>)> = units
        .iter()
        .filter(|u| u.active)
        .map(|u| (u, u.names()))
        .collect();
    let in_units = |word: &str| {
        active
            .iter()
            .filter(|(_, names)| names.iter().any(|n| words(n).contains(&word)))
            .count()
    };
    let distinctive = |word: &str| in_units(word) <= 2;
    let never = |_: &str| false;
    // Closest first: a typo or one text containing the other, then a shared word.
    let mut close: Vec<(bool, &Unit)> = active
        .iter()
        .filter_map(|(u, names)| {
            if names.iter().any(|n| is_close_with(&typed, n, &never)) {
                Some((false, *u))
            } else if names.iter().any(|n| is_close_with(&typed, n, &distinctive)) {
                Some((true, *u))
            } else {
                None
            }
        })
        .collect();
    close.sort_by_key(|(by_word, _)| *by_word);
    close.into_iter().map(|(_, u)| u).take(limit).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unit(code: &str, fi: &str, sv: &str, en: &str) -> Unit {
        Unit {
            code: code.into(),
            area: "family-social".into(),
            name_fi: fi.into(),
            name_sv: sv.into(),
            name_en: en.into(),
            active: true,
        }
    }

    #[test]
    fn every_source_has_its_area() {
        let areas: Vec<_> = Source::ALL.iter().map(|s| (s.as_str(), s.area())).collect();
        assert_eq!(
            areas,
            [
                ("employment-services", Some("employment")),
                ("primary-care", Some("health-medical")),
                ("social-services", Some("family-social")),
                ("elderly-services", Some("older-people")),
                ("family-centre", Some("family-social")),
                ("emergency", Some("health-medical")),
                ("mental-health-substance", Some("health-medical")),
                ("kela", Some("kela")),
                ("self", None),
                ("other", None),
            ]
        );
    }

    #[test]
    fn a_unit_is_named_by_code_or_any_name_folded() {
        let u = unit("home-care", "Kotihoito", "Hemvård", "home care");
        assert!(u.is_named("home-care"));
        assert!(u.is_named("  KOTIHOITO "));
        assert!(u.is_named("hemvard"));
        assert!(u.is_named("Home   Care"));
        assert!(!u.is_named("home"));
        let te = unit(
            "employment-services",
            "Työllisyyspalvelut (TE-palvelut)",
            "Sysselsättningstjänster (TE-tjänster)",
            "employment services",
        );
        assert!(te.is_named("TE-palvelut"));
        assert!(te.is_named("te-tjanster"));
        assert!(te.is_named("Työllisyyspalvelut"));
        assert!(!te.is_named("TE"));
    }

    #[test]
    fn close_units_catch_typos_and_shared_words() {
        let units = [
            unit("home-care", "Kotihoito", "Hemvård", "home care"),
            unit(
                "adult-clinic",
                "Aikuisneuvola",
                "Vuxenrådgivning",
                "adult clinic",
            ),
            unit("ward", "Vuodeosasto", "Vårdavdelning", "ward"),
        ];
        let codes = |text: &str| -> Vec<&str> {
            close_units(&units, text, 5)
                .iter()
                .map(|u| u.code.as_str())
                .collect()
        };
        assert_eq!(codes("kotihoto"), ["home-care"]);
        assert_eq!(codes("adult clinik"), ["adult-clinic"]);
        assert_eq!(codes("the adult team"), ["adult-clinic"]);
        assert!(codes("zebra").is_empty());
        let many = [
            unit("a", "A", "A", "reception services"),
            unit("b", "B", "B", "disability services"),
            unit("c", "C", "C", "housing services"),
        ];
        assert!(
            close_units(&many, "TE services", 5).is_empty(),
            "a word most units share is not a hint"
        );
    }
}
