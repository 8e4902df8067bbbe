//! The path of a case as a closed state machine (domain.md, "The path of a case"). Every command
//! that moves a case goes through `Step::apply`, which refuses a move the path does not allow and
//! names the steps that are allowed; `gate` refuses a step the client has not consented to.

use crate::domain::{CloseReason, ConsentKind, ConsentMethod, Decision, Phase};
use crate::error::UserError;
use crate::text;

/// Something that moves a case from one phase to another.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// The coordinators' triage decision; only from `referred`.
    Triage(Decision),
    /// A later phase reached along the path (joint assessment held, Kela consultation, …).
    Advance(Phase),
    /// Closing, from any open phase.
    Close(CloseReason),
    /// Reopening a closed case into the phase it was closed from.
    Reopen(Phase),
}

impl Decision {
    /// The phase a decision moves the case to, and why it closes when it does.
    pub fn outcome(self) -> (Phase, Option<CloseReason>) {
        match self {
            Decision::SingleIssue => (Phase::Closed, Some(CloseReason::ResolvedSingleIssue)),
            Decision::JointAssessment => (Phase::JointAssessment, None),
            Decision::CollaborationTeam => (Phase::CollaborationTeam, None),
            Decision::Redirect => (Phase::Closed, Some(CloseReason::Redirected)),
            Decision::Decline => (Phase::Closed, Some(CloseReason::Declined)),
        }
    }
}

impl Phase {
    /// The phases the path continues to from here (closing aside, which any open phase allows).
    pub fn continues_to(self) -> &'static [Phase] {
        use Phase::*;
        match self {
            Referred => &[JointAssessment, CollaborationTeam],
            JointAssessment => &[KelaConsultation, NetworkMeeting, OnwardPathways],
            KelaConsultation => &[NetworkMeeting, OnwardPathways],
            NetworkMeeting => &[OnwardPathways],
            CollaborationTeam => &[NetworkMeeting, OnwardPathways],
            OnwardPathways => &[FollowUp],
            // Follow-up closes together with the client, follows up again, or reconvenes.
            FollowUp => &[FollowUp, NetworkMeeting, CollaborationTeam],
            Closed => &[],
        }
    }

    /// The steps allowed from here, as the words a coordinator would use.
    pub fn allowed_steps(self) -> Vec<String> {
        match self {
            Phase::Referred => vec!["triage".to_string(), "close".to_string()],
            Phase::Closed => vec!["reopen".to_string()],
            open => open
                .continues_to()
                .iter()
                .map(|p| p.to_string())
                .chain(["close".to_string()])
                .collect(),
        }
    }
}

impl Step {
    /// The phase this step leads to from `from`, or a refusal naming the allowed steps.
    pub fn apply(self, from: Phase) -> Result<Phase, UserError> {
        let allowed = match self {
            Step::Triage(decision) if from == Phase::Referred => Some(decision.outcome().0),
            // Out of `referred` only triage moves a case.
            Step::Advance(to) if from != Phase::Referred && from.continues_to().contains(&to) => {
                Some(to)
            }
            Step::Close(_) if from != Phase::Closed => Some(Phase::Closed),
            Step::Reopen(to) if from == Phase::Closed && to != Phase::Closed => Some(to),
            _ => None,
        };
        allowed.ok_or_else(|| {
            UserError::Refused(text::step_refused(
                &self.name(),
                from,
                &from.allowed_steps(),
            ))
        })
    }

    /// The step in a coordinator's words, for messages.
    pub fn name(self) -> String {
        match self {
            Step::Triage(decision) => text::step_triage(decision),
            Step::Advance(to) => text::step_advance(to),
            Step::Close(_) => text::step_close(),
            Step::Reopen(_) => text::step_reopen(),
        }
    }
}

/// A consent as the gates see it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ConsentState {
    pub kind: ConsentKind,
    pub method: ConsentMethod,
    pub in_force: bool,
}

/// The consent a step needs (domain.md, "Consent — the gates"): joint assessment (the Moty track)
/// needs written multi-professional consent, and triage onto it — the step that starts the
/// multi-professional work — also the client's contact request (seed 000: "pyydä asiakkaalta
/// kirjallinen suostumus ja yhteydenottopyyntö monialaisen työn käynnistämiseksi"); the
/// collaboration-team track accepts oral consent and needs no contact request (seed 001). A
/// withdrawn consent counts as none. Steps that close a case need no consent.
pub fn gate(step: Step, consents: &[ConsentState], case_id: &str) -> Result<(), UserError> {
    let needs: &[ConsentMethod] = match step {
        Step::Triage(Decision::JointAssessment)
        | Step::Advance(Phase::JointAssessment)
        | Step::Reopen(Phase::JointAssessment) => &[ConsentMethod::Written],
        Step::Triage(Decision::CollaborationTeam)
        | Step::Advance(
            Phase::CollaborationTeam
            | Phase::KelaConsultation
            | Phase::NetworkMeeting
            | Phase::OnwardPathways,
        )
        | Step::Reopen(
            Phase::CollaborationTeam
            | Phase::KelaConsultation
            | Phase::NetworkMeeting
            | Phase::OnwardPathways,
        ) => &[ConsentMethod::Written, ConsentMethod::Oral],
        _ => return Ok(()),
    };
    let multi = |c: &&ConsentState| c.kind == ConsentKind::MultiProfessional;
    if consents
        .iter()
        .filter(multi)
        .any(|c| c.in_force && needs.contains(&c.method))
    {
        return contact_request(step, consents, case_id);
    }
    let other_method = consents
        .iter()
        .filter(multi)
        .find(|c| c.in_force)
        .map(|c| c.method);
    let withdrawn = consents.iter().filter(multi).any(|c| !c.in_force);
    Err(UserError::Refused(text::consent_gate(
        &step.name(),
        needs,
        other_method,
        withdrawn,
        case_id,
    )))
}

/// Triage onto the Moty track needs the contact request in force as well (written or oral).
fn contact_request(step: Step, consents: &[ConsentState], case_id: &str) -> Result<(), UserError> {
    if step != Step::Triage(Decision::JointAssessment) {
        return Ok(());
    }
    let requests = || {
        consents
            .iter()
            .filter(|c| c.kind == ConsentKind::ContactRequest)
    };
    if requests().any(|c| c.in_force) {
        return Ok(());
    }
    let withdrawn = requests().any(|c| !c.in_force);
    Err(UserError::Refused(text::contact_request_gate(
        &step.name(),
        withdrawn,
        case_id,
    )))
}

/// When a case in the follow-up phase is next due for a call (domain.md, "Follow-up"): the date
/// its last call agreed (`next_on`), else `weeks` (the case's own interval, else the team's) after
/// it entered the phase on `since`.
pub fn follow_up_due(
    since: chrono::NaiveDate,
    next_on: Option<chrono::NaiveDate>,
    weeks: u32,
) -> chrono::NaiveDate {
    next_on.unwrap_or(since + chrono::Days::new(u64::from(weeks) * 7))
}

/// The part of `follow_up_due` that is the case's own, kept with the case (migration 11): the
/// date the last call agreed, else the case's own interval after `since`; `None` when only the
/// team's interval can tell, which changes without touching the case.
pub fn own_follow_up_due(
    since: chrono::NaiveDate,
    next_on: Option<chrono::NaiveDate>,
    own_weeks: Option<u32>,
) -> Option<chrono::NaiveDate> {
    match (next_on, own_weeks) {
        (None, None) => None,
        (next_on, weeks) => Some(follow_up_due(since, next_on, weeks.unwrap_or(0))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn every_step() -> Vec<Step> {
        let mut steps: Vec<Step> = Decision::ALL.iter().map(|d| Step::Triage(*d)).collect();
        steps.extend(Phase::ALL.iter().map(|p| Step::Advance(*p)));
        steps.extend(CloseReason::ALL.iter().map(|r| Step::Close(*r)));
        steps.extend(Phase::ALL.iter().map(|p| Step::Reopen(*p)));
        steps
    }

    /// The whole table: which step is allowed from which phase, and where it leads.
    fn expected(step: Step, from: Phase) -> Option<Phase> {
        use Phase::*;
        match (step, from) {
            (Step::Triage(d), Referred) => Some(d.outcome().0),
            (Step::Advance(to), JointAssessment)
                if matches!(to, KelaConsultation | NetworkMeeting | OnwardPathways) =>
            {
                Some(to)
            }
            (Step::Advance(to), KelaConsultation)
                if matches!(to, NetworkMeeting | OnwardPathways) =>
            {
                Some(to)
            }
            (Step::Advance(OnwardPathways), NetworkMeeting) => Some(OnwardPathways),
            (Step::Advance(to), CollaborationTeam)
                if matches!(to, NetworkMeeting | OnwardPathways) =>
            {
                Some(to)
            }
            (Step::Advance(FollowUp), OnwardPathways) => Some(FollowUp),
            (Step::Advance(to), FollowUp)
                if matches!(to, FollowUp | NetworkMeeting | CollaborationTeam) =>
            {
                Some(to)
            }
            (Step::Close(_), from) if from != Closed => Some(Closed),
            (Step::Reopen(to), Closed) if to != Closed => Some(to),
            _ => None,
        }
    }

    #[test]
    fn every_transition_is_allowed_or_refused_naming_the_allowed_steps() {
        for from in Phase::ALL {
            for step in every_step() {
                match (step.apply(*from), expected(step, *from)) {
                    (Ok(to), Some(want)) => assert_eq!(to, want, "{step:?} from {from}"),
                    (Err(UserError::Refused(message)), None) => {
                        for allowed in from.allowed_steps() {
                            assert!(
                                message.contains(&allowed),
                                "{step:?} from {from}: {message}"
                            );
                        }
                    }
                    (got, want) => panic!("{step:?} from {from}: got {got:?}, expected {want:?}"),
                }
            }
        }
    }

    fn consent(method: ConsentMethod, in_force: bool) -> ConsentState {
        ConsentState {
            kind: ConsentKind::MultiProfessional,
            method,
            in_force,
        }
    }

    fn contact_request(method: ConsentMethod, in_force: bool) -> ConsentState {
        ConsentState {
            kind: ConsentKind::ContactRequest,
            method,
            in_force,
        }
    }

    #[test]
    fn joint_assessment_needs_written_consent_in_force() {
        let step = Step::Triage(Decision::JointAssessment);
        let request = contact_request(ConsentMethod::Written, true);
        assert!(gate(step, &[request], "2026-0001").is_err());
        assert!(gate(
            step,
            &[consent(ConsentMethod::Oral, true), request],
            "2026-0001"
        )
        .is_err());
        let withdrawn = consent(ConsentMethod::Written, false);
        assert!(gate(step, &[withdrawn, request], "2026-0001").is_err());
        let written = consent(ConsentMethod::Written, true);
        assert!(gate(step, &[written, request], "2026-0001").is_ok());
        // Booking the joint assessment needs the written consent only.
        let book = Step::Advance(Phase::JointAssessment);
        assert!(gate(book, &[written], "2026-0001").is_ok());
    }

    #[test]
    fn triage_onto_the_moty_track_needs_the_contact_request_too() {
        let step = Step::Triage(Decision::JointAssessment);
        let written = consent(ConsentMethod::Written, true);
        let Err(UserError::Refused(message)) = gate(step, &[written], "2026-0001") else {
            panic!("no contact request must block");
        };
        assert!(message.contains("contact request"), "{message}");
        let withdrawn = contact_request(ConsentMethod::Written, false);
        let Err(UserError::Refused(message)) = gate(step, &[written, withdrawn], "2026-0001")
        else {
            panic!("a withdrawn contact request must block");
        };
        assert!(message.contains("withdrew"), "{message}");
        let oral = contact_request(ConsentMethod::Oral, true);
        assert!(gate(step, &[written, oral], "2026-0001").is_ok());
        // The Yhteistyö-tiimi track needs none.
        let team = Step::Triage(Decision::CollaborationTeam);
        assert!(gate(team, &[consent(ConsentMethod::Oral, true)], "2026-0001").is_ok());
    }

    #[test]
    fn the_collaboration_team_accepts_oral_consent() {
        let step = Step::Triage(Decision::CollaborationTeam);
        assert!(gate(step, &[consent(ConsentMethod::Oral, true)], "2026-0001").is_ok());
        let Err(UserError::Refused(message)) =
            gate(step, &[consent(ConsentMethod::Oral, false)], "2026-0001")
        else {
            panic!("a withdrawn consent must block");
        };
        assert!(message.contains("withdrew"), "{message}");
    }

    #[test]
    fn closing_decisions_need_no_consent() {
        for decision in [Decision::SingleIssue, Decision::Redirect, Decision::Decline] {
            assert!(gate(Step::Triage(decision), &[], "2026-0001").is_ok());
        }
        assert!(gate(Step::Close(CloseReason::Declined), &[], "2026-0001").is_ok());
    }
}
