//! A referral as `moty refer` and `moty import referrals` hand it to the operation that registers
//! it: every field validated.

/// A referral with every field validated.
#[derive(Debug, Clone)]
pub struct NewReferral {
    pub name: Option<String>,
    pub hetu: Option<crate::domain::hetu::Hetu>,
    pub birth_year: Option<i32>,
    pub details: super::records::Details,
    pub group: crate::domain::ClientGroup,
    pub urgency: crate::domain::Urgency,
    pub referral: super::records::Referral,
    pub client_of: Option<String>,
    /// The consultation this referral follows (`--consultation`): linked to the new case.
    pub consultation: Option<i64>,
    pub rename: bool,
    pub another_case: bool,
    /// Why a client under 18 is registered although the target group is adults (`--minor`).
    pub minor: Option<String>,
}
