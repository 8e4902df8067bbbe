//! Protection and representation under Finnish law (issue #13, item 12): the client's language,
//! who may consent on the client's behalf and on what authority, and the legal basis on which
//! data leaves the register. Pure; the codes are mirrored by CHECKs in migration 5, part 9.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::Serialize;

use crate::domain::validate::{self, Age};
use crate::error::UserError;
use crate::text;

closed_enum! {
    /// The client's language: it chooses the language of the client's documents (the plan for
    /// the client, the feedback statements read aloud). `other`: neither; see the interpreter.
    ClientLanguage, field = "--language" {
        Fi => "fi",
        Sv => "sv",
        Other => "other",
    }
}

impl ClientLanguage {
    /// The language the client's documents are written and read in, when the catalogue has it.
    pub fn documents(self) -> Option<crate::domain::Language> {
        match self {
            ClientLanguage::Fi => Some(crate::domain::Language::Fi),
            ClientLanguage::Sv => Some(crate::domain::Language::Sv),
            ClientLanguage::Other => None,
        }
    }
}

/// The language an interpreter is needed for: a name (e.g. "arabic", "Finnish sign language").
pub fn interpreter(field: &str, value: &str) -> Result<String, UserError> {
    let value = validate::line(field, value, 60)?;
    if !value.chars().any(char::is_alphabetic) {
        return Err(UserError::invalid(field, text::interpreter_shape()));
    }
    Ok(value)
}

closed_enum! {
    /// On what authority a representative gave a consent on the client's behalf: an appointed
    /// guardian (edunvalvoja, Guardianship Services Act 442/1999), a custodian of a child under 18
    /// (huoltaja, Child Custody Act 361/1983), the attorney of a confirmed continuing power of
    /// attorney (edunvalvontavaltuutettu, 648/2007), or other.
    Authority, field = "--authority" {
        Guardianship => "guardianship",
        Custodian => "custodian",
        PowerOfAttorney => "power-of-attorney",
        Other => "other",
    }
}

/// A consent given by a representative: who, and on what authority.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Representative {
    pub name: String,
    pub authority: Authority,
}

impl Representative {
    /// Checks that the authority fits the client on the day the consent was given: a custodian
    /// consents only for a child (under 18, when the register knows the age).
    pub fn fits(
        &self,
        on: NaiveDate,
        birth: Option<NaiveDate>,
        birth_year: Option<i32>,
    ) -> Result<(), UserError> {
        if self.authority == Authority::Custodian
            && validate::age_at(on, birth, birth_year) == Age::Adult
        {
            return Err(UserError::invalid(
                "--authority",
                text::custodian_for_adult(),
            ));
        }
        Ok(())
    }
}

closed_enum! {
    /// The kind of legal basis a disclosure rests on.
    LegalBasisKind, field = "--legal-basis" {
        Consent => "consent",
        SocialWelfareAct41 => "social-welfare-act-41",
        HealthCareAct32 => "health-care-act-32",
        Other => "other",
    }
}

/// The legal basis of a disclosure: the client's consent, Social Welfare Act (1301/2014) 41 §,
/// Health Care Act (1326/2010) 32 §, or another one named in words (`other:TEXT`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct LegalBasis {
    pub basis: LegalBasisKind,
    /// The other basis, named (only with `other`).
    pub named: Option<String>,
}

/// The longest name of another legal basis.
pub const NAMED_BASIS_MAX: usize = 200;

impl LegalBasis {
    pub fn of(basis: LegalBasisKind) -> LegalBasis {
        LegalBasis { basis, named: None }
    }

    /// Another basis, named.
    pub fn other(named: &str) -> LegalBasis {
        LegalBasis {
            basis: LegalBasisKind::Other,
            named: Some(named.to_string()),
        }
    }

    /// Reads `--legal-basis`: `consent`, `social-welfare-act-41`, `health-care-act-32` or
    /// `other:TEXT` naming the basis.
    pub fn parse(field: &str, value: &str) -> Result<LegalBasis, UserError> {
        let value = value.trim();
        let (code, named) = match value.split_once(':') {
            Some((code, named)) => (code.trim(), Some(named)),
            None => (value, None),
        };
        let basis = code
            .parse::<LegalBasisKind>()
            .map_err(|_| UserError::invalid(field, text::legal_basis_shape(value)))?;
        match (basis, named) {
            (LegalBasisKind::Other, Some(named)) => {
                let named = validate::line(field, named, NAMED_BASIS_MAX)?;
                Ok(LegalBasis::other(&named))
            }
            (LegalBasisKind::Other, None) => {
                Err(UserError::invalid(field, text::legal_basis_name_it()))
            }
            (_, Some(_)) => Err(UserError::invalid(field, text::legal_basis_shape(value))),
            (basis, None) => Ok(LegalBasis::of(basis)),
        }
    }

    /// `--legal-basis` if given, else the command's documented default.
    pub fn given_or(
        field: &str,
        value: Option<&str>,
        default: LegalBasis,
    ) -> Result<LegalBasis, UserError> {
        value.map_or(Ok(default), |v| LegalBasis::parse(field, v))
    }
}

impl std::fmt::Display for LegalBasis {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.named {
            Some(named) => write!(f, "{}:{named}", self.basis),
            None => write!(f, "{}", self.basis),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_legal_basis_is_a_code_or_another_named_one() {
        let basis = |v: &str| LegalBasis::parse("--legal-basis", v);
        assert_eq!(
            basis("social-welfare-act-41").expect("valid"),
            LegalBasis::of(LegalBasisKind::SocialWelfareAct41)
        );
        let other = basis("other: Act on the Status and Rights of Patients 13 §").expect("ok");
        assert_eq!(
            other.named.as_deref(),
            Some("Act on the Status and Rights of Patients 13 §")
        );
        assert_eq!(
            other.to_string(),
            "other:Act on the Status and Rights of Patients 13 §"
        );
        for bad in ["other", "other:", "other:  ", "gdpr", "consent:yes", ""] {
            assert!(basis(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn a_custodian_consents_only_for_a_child() {
        let custodian = Representative {
            name: "Maija Huoltaja".to_string(),
            authority: Authority::Custodian,
        };
        let on = NaiveDate::from_ymd_opt(2026, 11, 23).expect("date");
        let adult = NaiveDate::from_ymd_opt(1980, 1, 1);
        let child = NaiveDate::from_ymd_opt(2012, 1, 1);
        assert!(custodian.fits(on, adult, None).is_err());
        assert!(custodian.fits(on, child, None).is_ok());
        assert!(custodian.fits(on, None, None).is_ok());
        let guardian = Representative {
            authority: Authority::Guardianship,
            ..custodian
        };
        assert!(guardian.fits(on, adult, None).is_ok());
    }
}
