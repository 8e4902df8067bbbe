//! The register's closed vocabularies (../shared/spec/domain.md). Each is mirrored by a CHECK
//! constraint in schema.sql; `tests` below pins the text form of every value.

closed_enum! {
    /// Who the client is, which decides the team composition at triage.
    ClientGroup, field = "--group" {
        WorkingAge => "working-age",
        OlderPmt => "older-pmt",
        Family => "family",
    }
}

closed_enum! {
    /// The unit or service the referral came from (the pilot's referral sources).
    Source, field = "--source" {
        EmploymentServices => "employment-services",
        PrimaryCare => "primary-care",
        SocialServices => "social-services",
        ElderlyServices => "elderly-services",
        FamilyCentre => "family-centre",
        Emergency => "emergency",
        MentalHealthSubstance => "mental-health-substance",
        Kela => "kela",
        SelfReferral => "self",
        Other => "other",
    }
}

closed_enum! {
    /// How the referral reached the coordinators.
    Channel, field = "--channel" {
        Yht405 => "yht405",
        SecureEmail => "secure-email",
        Phone => "phone",
        Teams => "teams",
        SelfBooking => "self-booking",
        Chat => "chat",
        EService => "e-service",
        OnSite => "on-site",
    }
}

closed_enum! {
    /// The signs that raised the question of multi-professional need (seed 000).
    Sign, field = "--sign" {
        MissedAppointments => "missed-appointments",
        FrequentContacts => "frequent-contacts",
        CannotSeekHelp => "cannot-seek-help",
        CopingAtHome => "coping-at-home",
        EverydayManagement => "everyday-management",
        Finances => "finances",
        FamilySituation => "family-situation",
        HealthProblems => "health-problems",
        DailyLife => "daily-life",
        Worry => "worry",
        UnclearProblem => "unclear-problem",
        RepeatedUnplannedVisits => "repeated-unplanned-visits",
        SubstanceUse => "substance-use",
        Other => "other",
    }
}

closed_enum! {
    /// What the client consented to.
    ConsentKind, field = "--kind" {
        MultiProfessional => "multi-professional" | "monialainen",
        Meeting => "meeting",
        KelaExchange => "kela-exchange",
        ContactRequest => "contact-request" | "yhteydenottopyyntö" | "yhteydenottopyynto",
    }
}

closed_enum! {
    /// How the consent was given.
    ConsentMethod, field = "--method" {
        Written => "written" | "kirjallinen",
        Oral => "oral" | "suullinen",
    }
}

closed_enum! {
    /// Where a case stands on its path. Transitions beyond `referred` and `closed` arrive with
    /// triage; the full list is here so the schema's CHECK does not have to change then.
    Phase, field = "--phase" {
        Referred => "referred" | "heräte" | "herate",
        JointAssessment => "joint-assessment" | "yhteisvastaanotto",
        KelaConsultation => "kela-consultation" | "kelan-etäkonsultaatio" | "kelan-etakonsultaatio",
        NetworkMeeting => "network-meeting" | "verkostopalaveri",
        CollaborationTeam => "collaboration-team" | "yhteistyöaika" | "yhteistyoaika",
        OnwardPathways => "onward-pathways" | "jatkopolku" | "jatkopolut",
        FollowUp => "follow-up" | "jälkiseuranta" | "jalkiseuranta",
        Closed => "closed",
    }
}

closed_enum! {
    /// What an entry in the case timeline records.
    EventKind, field = "event kind" {
        CaseOpened => "case-opened",
        ClientUpdated => "client-updated",
        ConsentGiven => "consent-given",
        ConsentWithdrawn => "consent-withdrawn",
        KelaFormSent => "kela-form-sent",
        Triaged => "triaged",
        CaseClosed => "case-closed",
        CaseReopened => "case-reopened",
        MeetingBooked => "meeting-booked",
        MeetingHeld => "meeting-held",
        MeetingNoShow => "meeting-no-show",
        MeetingCancelled => "meeting-cancelled",
        MeetingMoved => "meeting-moved",
        TeamRequested => "team-requested",
        TeamUnitAnswered => "team-unit-answered",
        PlanChanged => "plan-changed",
        PathwaysCompleted => "pathways-completed",
        FollowUpRecorded => "follow-up-recorded",
        DescriptionSaved => "description-saved",
        CasePurged => "case-purged",
        FeedbackRecorded => "feedback-recorded",
        EstimateRecorded => "estimate-recorded",
        SurveyRecorded => "survey-recorded",
        KelaConcluded => "kela-concluded",
        FactCorrected => "fact-corrected",
        // migration 5, part 6
        TeamDescriptionSent => "team-description-sent",
        TeamUnitAcknowledged => "team-unit-acknowledged",
        // migration 5, part 7
        ConsultationLinked => "consultation-linked",
        // migration 5, part 8
        MeetingLinkSet => "meeting-link-set",
        FollowUpIntervalSet => "follow-up-interval-set",
        // migration 5, part 9
        NonDisclosureChanged => "non-disclosure-changed",
        // migration 5, part 10
        RegionChanged => "region-changed",
    }
}

impl EventKind {
    /// The fields of this kind's detail that are free text a person typed, and so may identify
    /// the client: they are kept apart from the chained codes and erased by a purge (store::chain,
    /// format 2). Everything else in a detail is a code, a date, a number or a professional's name.
    pub fn personal_fields(self) -> &'static [&'static str] {
        match self {
            EventKind::ConsentWithdrawn
            | EventKind::CaseClosed
            | EventKind::CaseReopened
            | EventKind::MeetingNoShow
            | EventKind::CasePurged => &["note"],
            // The client as recorded, and the whole plan version: the chain holds their salted
            // commitment, so an edit of the clients table or of a plan version is found
            // (`audit verify`, "records"), and a purge erases them.
            EventKind::ClientUpdated => &["client"],
            // `minor`: why a client under 18 was registered (free text).
            EventKind::CaseOpened => &["client", "minor"],
            EventKind::PlanChanged => &["note", "plan"],
            // `representative`: who gave the consent on the client's behalf.
            EventKind::ConsentGiven => &["scope", "representative"],
            // Why a non-disclosure order was marked or cleared, and the client as recorded.
            EventKind::NonDisclosureChanged => &["reason", "client"],
            EventKind::Triaged => &["outcome", "note", "units"],
            EventKind::MeetingCancelled => &["reason", "note"],
            EventKind::TeamRequested => &["units"],
            // Why a Kela hour was booked against a "no" at the second Kela screen.
            // The video link a meeting was booked, moved or given with (part 8).
            EventKind::MeetingBooked => &["override_screen", "video_link"],
            EventKind::MeetingMoved | EventKind::MeetingLinkSet => &["video_link"],
            EventKind::TeamUnitAnswered => &["schedule"],
            // The unit's processing schedule, in its words.
            EventKind::TeamUnitAcknowledged => &["schedule"],
            // The words accepted in the anonymous description are the client's names.
            EventKind::DescriptionSaved => &["accepted_words"],
            // What the client said in their own words about the meeting.
            EventKind::FeedbackRecorded => &["text"],
            // What the Kela hour concluded, in the words typed: the items with their texts and
            // who takes responsibility.
            EventKind::KelaConcluded => &["items"],
            // Why a fact was corrected.
            EventKind::FactCorrected => &["reason"],
            // Why a case moved to another region.
            EventKind::RegionChanged => &["note"],
            // How the pair says time was saved; a professional's free-text survey answer.
            EventKind::EstimateRecorded => &["how"],
            EventKind::SurveyRecorded => &["text"],
            _ => &[],
        }
    }
}

closed_enum! {
    /// The areas of need in the plan.
    NeedArea, field = "--need" {
        Health => "health",
        Social => "social",
        Finances => "finances",
        Housing => "housing",
        WorkStudy => "work-study",
        FunctionalCapacity => "functional-capacity",
        Other => "other",
    }
}

closed_enum! {
    /// Where an agreed action stands.
    ActionStatus, field = "status" {
        Open => "open",
        Done => "done",
        Dropped => "dropped",
    }
}

closed_enum! {
    /// Where an onward pathway stands.
    PathwayStatus, field = "status" {
        Planned => "planned",
        Booked => "booked",
        Attended => "attended",
        Declined => "declined",
    }
}

closed_enum! {
    /// What the follow-up call found.
    FollowUpStatus, field = "--status" {
        OnPath => "on-path",
        OnTheWay => "on-the-way",
        DroppedOff => "dropped-off",
        Unreachable => "unreachable",
    }
}

closed_enum! {
    /// The professionals' estimate of the time the collaboration saved the client.
    TimeSaved, field = "--time-saved" {
        TwoToFourWeeks => "2-4-weeks",
        OneToTwoMonths => "1-2-months",
        TwoToThreeMonths => "2-3-months",
        ThreeMonthsPlus => "3-months-plus",
        NoneOrUnknown => "none",
    }
}

closed_enum! {
    /// The client's answer to a client-experience statement (seed 003's five-point scale).
    Agreement, field = "--answer" {
        FullyAgree => "fully-agree",
        PartlyAgree => "partly-agree",
        CantSay => "cant-say",
        PartlyDisagree => "partly-disagree",
        FullyDisagree => "fully-disagree",
    }
}

closed_enum! {
    /// The language the statements are read to the client in (the catalogue's fi/sv/en texts).
    Language, field = "--read-in" {
        Fi => "fi",
        Sv => "sv",
        En => "en",
    }
}

closed_enum! {
    /// Who answered a professionals' survey about a held meeting (seed 003).
    SurveyRole, field = "--role" {
        Nurse => "nurse",
        SocialCounsellor => "social-counsellor",
        Doctor => "doctor",
        KelaContact => "kela-contact",
    }
}

closed_enum! {
    /// What follows a follow-up.
    NextStep, field = "--next" {
        Close => "close",
        Again => "again",
        ReconveneNetwork => "reconvene-network",
        ReconveneTeam => "reconvene-team",
    }
}

closed_enum! {
    /// The four kinds of meeting (domain.md, "Calendars").
    MeetingKind, field = "--kind" {
        JointAssessment => "joint-assessment" | "yhteisvastaanotto",
        Kela => "kela" | "kelan-etäkonsultaatio" | "kelan-etakonsultaatio",
        Network => "network" | "verkostopalaveri",
        Team => "team" | "yhteistyöaika" | "yhteistyoaika",
    }
}

closed_enum! {
    /// Where a booking stands.
    BookingStatus, field = "status" {
        Booked => "booked",
        Held => "held",
        NoShow => "no-show",
        Cancelled => "cancelled",
    }
}

closed_enum! {
    /// The Suuntima client segment given by the separate Suuntima tool at the joint assessment.
    Segment, field = "--segment" {
        Omatoimi => "omatoimi",
        Yhteiso => "yhteiso" | "yhteisö",
        Verkosto => "verkosto",
        Yhteistyo => "yhteistyo" | "yhteistyö",
    }
}

closed_enum! {
    /// Who attended a team or network meeting.
    Attendee, field = "--attended" {
        Client => "client",
        ReferringWorker => "referring-worker",
        Nurse => "nurse",
        SocialCounsellor => "social-counsellor",
        CareCounsellor => "care-counsellor",
        FamilyCentreWorker => "family-centre-worker",
        Doctor => "doctor",
        KelaContact => "kela-contact",
        KeyWorker => "key-worker",
        UnitWorker => "unit-worker",
        Other => "other",
    }
}

closed_enum! {
    /// What triage decides (domain.md, "Triage decisions").
    Decision, field = "--decision" {
        SingleIssue => "single-issue",
        JointAssessment => "joint-assessment",
        CollaborationTeam => "collaboration-team",
        Redirect => "redirect",
        Decline => "decline",
    }
}

closed_enum! {
    /// How pressing a case is; urgent cases head the triage queue.
    Urgency, field = "--urgency" {
        Normal => "normal",
        Urgent => "urgent",
    }
}

closed_enum! {
    /// Why a case was closed.
    CloseReason, field = "--reason" {
        Completed => "completed",
        ResolvedSingleIssue => "resolved-single-issue",
        Redirected => "redirected",
        Declined => "declined",
        ConsentWithdrawn => "consent-withdrawn",
        Unreachable => "unreachable",
        MovedAway => "moved-away",
        Deceased => "deceased",
        Other => "other",
    }
}

closed_enum! {
    /// Why a case's identifiable content is erased: its retention period has ended, it was
    /// recorded about the wrong person, the client exercised a right to erasure, or another reason.
    PurgeReason, field = "--reason" {
        Retention => "retention",
        WrongPerson => "wrong-person",
        ClientRequest => "client-request",
        Other => "other",
    }
}

closed_enum! {
    /// A professional role in the team composition (seed 003).
    Role, field = "--team" {
        Nurse => "nurse",
        SocialCounsellor => "social-counsellor",
        CareCounsellor => "care-counsellor",
        FamilyCentreWorker => "family-centre-worker",
        Doctor => "doctor",
    }
}

closed_enum! {
    /// What one item of a Kela hour's conclusions is (seed 003): a benefit or rehabilitation to
    /// apply for, a statement Kela needs, or a recommendation.
    KelaItem, field = "conclusion" {
        Benefit => "benefit",
        Rehabilitation => "rehabilitation",
        Statement => "statement",
        Recommendation => "recommendation",
    }
}

closed_enum! {
    /// A statement Kela needs for an application (domain.md, "Onward pathways and the plan").
    KelaStatement, field = "--statement" {
        BStatement => "b-statement",
        CarePlan => "care-plan",
        CostEstimate => "cost-estimate",
    }
}

closed_enum! {
    /// How a professional consulted the coordinators without naming a client (seed 000: Teams,
    /// the phone hour; seed 004: chat, on-site).
    ConsultChannel, field = "--channel" {
        Phone => "phone",
        Teams => "teams",
        Chat => "chat",
        Email => "e-mail",
        OnSite => "on-site",
    }
}

closed_enum! {
    /// Whether a consultation is expected to lead to a referral.
    ReferralExpected, field = "--referral-expected" {
        Yes => "yes",
        No => "no",
        Maybe => "maybe",
    }
}

impl ClientGroup {
    /// The team composition a client group starts from (domain.md, "Team composition").
    pub fn default_team(self) -> Vec<Role> {
        let mut team = vec![Role::Nurse, Role::SocialCounsellor];
        match self {
            ClientGroup::WorkingAge => {}
            ClientGroup::OlderPmt => team.push(Role::CareCounsellor),
            ClientGroup::Family => team.push(Role::FamilyCentreWorker),
        }
        team
    }
}

closed_enum! {
    /// What an access-log row records.
    AccessAction, field = "access action" {
        View => "view",
        Change => "change",
        Search => "search",
    }
}

impl ConsentKind {
    /// The methods a consent of this kind can be given by (domain.md, "Consent — the gates").
    pub fn methods(self) -> &'static [ConsentMethod] {
        match self {
            ConsentKind::MultiProfessional => &[ConsentMethod::Written, ConsentMethod::Oral],
            ConsentKind::Meeting => &[ConsentMethod::Oral],
            ConsentKind::KelaExchange => &[ConsentMethod::Written],
            // Seed 000: the referring professional asks for it in writing with the consent; a
            // client who asks to be contacted themself (a call, a booking) may ask orally.
            ConsentKind::ContactRequest => &[ConsentMethod::Written, ConsentMethod::Oral],
        }
    }

    /// Meeting consents are given afresh at every meeting; the other kinds hold one at a time.
    pub fn one_at_a_time(self) -> bool {
        self != ConsentKind::Meeting
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip<T>(all: &[T])
    where
        T: Copy + PartialEq + std::fmt::Debug + std::str::FromStr + std::fmt::Display,
    {
        for value in all {
            let text = value.to_string();
            let back: T = text.parse().ok().expect("every value parses back");
            assert_eq!(back, *value);
        }
    }

    #[test]
    fn every_value_round_trips() {
        round_trip(ClientGroup::ALL);
        round_trip(Source::ALL);
        round_trip(Channel::ALL);
        round_trip(Sign::ALL);
        round_trip(ConsentKind::ALL);
        round_trip(ConsentMethod::ALL);
        round_trip(Phase::ALL);
        round_trip(EventKind::ALL);
        round_trip(AccessAction::ALL);
        round_trip(Decision::ALL);
        round_trip(Urgency::ALL);
        round_trip(CloseReason::ALL);
        round_trip(Role::ALL);
        round_trip(MeetingKind::ALL);
        round_trip(BookingStatus::ALL);
        round_trip(Segment::ALL);
        round_trip(Attendee::ALL);
        round_trip(NeedArea::ALL);
        round_trip(ActionStatus::ALL);
        round_trip(PathwayStatus::ALL);
        round_trip(FollowUpStatus::ALL);
        round_trip(TimeSaved::ALL);
        round_trip(SurveyRole::ALL);
        round_trip(NextStep::ALL);
        round_trip(Agreement::ALL);
        round_trip(Language::ALL);
        round_trip(KelaItem::ALL);
        round_trip(KelaStatement::ALL);
        round_trip(ConsultChannel::ALL);
        round_trip(ReferralExpected::ALL);
        round_trip(crate::domain::ClientLanguage::ALL);
        round_trip(crate::domain::Authority::ALL);
        round_trip(crate::domain::LegalBasisKind::ALL);
    }

    /// Every enum's values stand, in the same order, as one `IN (...)` list of a CHECK in
    /// schema.sql or in the migration that rebuilt its table, so the register refuses what the
    /// code would refuse. (The event kinds are rows of `event_kinds` since migration 3, pinned in
    /// tests/cli.)
    #[test]
    fn schema_checks_mirror_the_enums() {
        let schema = concat!(
            include_str!("../../schema.sql"),
            include_str!("../store/migrations/003_rebuild_for_the_planned_work.sql"),
            include_str!("../store/migrations/005/2_feedback.sql"),
            include_str!("../store/migrations/005/4_kela.sql"),
            include_str!("../store/migrations/005/3_estimates.sql"),
            include_str!("../store/migrations/005/7_consultations.sql"),
            include_str!("../store/migrations/005/9_protection.sql")
        );
        let lists: Vec<Vec<&str>> = schema
            .split(" IN (")
            .skip(1)
            .map(|rest| {
                let list = &rest[..rest.find(')').expect("closing parenthesis")];
                list.split('\'').skip(1).step_by(2).collect()
            })
            .collect();
        fn texts<T: std::fmt::Display>(all: &[T]) -> Vec<String> {
            all.iter().map(|v| v.to_string()).collect()
        }
        for values in [
            texts(ClientGroup::ALL),
            texts(Source::ALL),
            texts(Channel::ALL),
            texts(Sign::ALL),
            texts(ConsentKind::ALL),
            texts(ConsentMethod::ALL),
            texts(Phase::ALL),
            texts(AccessAction::ALL),
            texts(Decision::ALL),
            texts(Urgency::ALL),
            texts(CloseReason::ALL),
            texts(Role::ALL),
            texts(MeetingKind::ALL),
            texts(BookingStatus::ALL),
            texts(Segment::ALL),
            texts(Attendee::ALL),
            texts(NeedArea::ALL),
            texts(ActionStatus::ALL),
            texts(PathwayStatus::ALL),
            texts(FollowUpStatus::ALL),
            texts(TimeSaved::ALL),
            texts(SurveyRole::ALL),
            texts(NextStep::ALL),
            texts(Agreement::ALL),
            texts(KelaItem::ALL),
            texts(KelaStatement::ALL),
            texts(ConsultChannel::ALL),
            texts(ReferralExpected::ALL),
            texts(crate::domain::ClientLanguage::ALL),
            texts(crate::domain::Authority::ALL),
            texts(crate::domain::LegalBasisKind::ALL),
        ] {
            assert!(
                lists.iter().any(|list| *list == values),
                "no CHECK in schema.sql lists exactly {values:?}"
            );
        }
    }
}
