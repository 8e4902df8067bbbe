//! Prompts, table headings, value descriptions and the sentences commands print on success.

// --- prompts -------------------------------------------------------------------------------

pub const PROMPT_NAME: &str = "Client's full name";
pub const PROMPT_GROUP: &str = "Client group";
pub const PROMPT_SOURCE: &str = "Where did the referral come from";
pub const PROMPT_CHANNEL: &str = "How did it arrive";
pub const PROMPT_SIGNS: &str = "Signs that raised the concern (space to mark, enter to accept)";
pub const PROMPT_OTHER_SIGN: &str = "What is the other sign";
pub const PROMPT_REASON: &str = "Reason for the referral";
pub const PROMPT_CONSENT_KIND: &str = "Which consent";
pub const PROMPT_CONSENT_METHOD: &str = "Given how";

/// A plain-language description of a value code, for help texts, prompts and tables.
pub fn value_label(code: &str) -> &'static str {
    match code {
        "working-age" => "working-age client",
        "older-pmt" => "older client with substance or mental-health symptoms",
        "family" => "family client (family-centre network)",
        "employment-services" => "employment services (TE)",
        "primary-care" => "primary health care",
        "social-services" => "social services",
        "elderly-services" => "services for older people",
        "family-centre" => "family centre",
        "emergency" => "emergency department",
        "mental-health-substance" => "mental-health and substance services",
        "kela" => "Kela",
        "self" => "the client themself",
        "other" => "other",
        "yht405" => "LC coordination book yht405",
        "secure-email" => "secure e-mail",
        "phone" => "phone consultation",
        "teams" => "Teams consultation",
        "self-booking" => "self-referral by booking",
        "chat" => "chat",
        "e-service" => "OmaEP e-service or online booking",
        "on-site" => "on-site visit",
        "missed-appointments" => "repeated missed appointments, not cancelled",
        "frequent-contacts" => "frequent contacts without a clear reason",
        "cannot-seek-help" => "unable to seek help or see the need",
        "coping-at-home" => "concern about coping at home",
        "everyday-management" => "concern about managing everyday life",
        "finances" => "concern about finances",
        "family-situation" => "concern about the family's situation",
        "health-problems" => "health problems (seen in social care)",
        "daily-life" => "difficulty coping with daily life",
        "worry" => "a worry or a sense of inadequacy about the client's situation",
        "unclear-problem" => "the problem is not clear-cut, or its core cannot be reached",
        "repeated-unplanned-visits" => {
            "repeated or unplanned visits and contacts for vague reasons"
        }
        "substance-use" => "suspected substance use or addiction",
        "multi-professional" => "multi-professional work",
        "meeting" => "discussing the client in a meeting",
        "kela-exchange" => "Kela information exchange",
        "contact-request" => "the client's contact request (yhteydenottopyyntö)",
        "guardianship" => "appointed guardian (edunvalvoja)",
        "custodian" => "custodian of a child (huoltaja)",
        "power-of-attorney" => "continuing power of attorney (edunvalvontavaltuutettu)",
        "consent" => "the client's consent",
        "social-welfare-act-41" => "Social Welfare Act 41 §",
        "health-care-act-32" => "Health Care Act 32 §",
        "non-disclosure-changed" => "non-disclosure order for personal safety",
        "written" => "written",
        "oral" => "oral",
        "referred" => "referred, waiting for triage",
        "joint-assessment" => "joint assessment",
        "kela-consultation" => "Kela remote consultation",
        "network-meeting" => "network meeting",
        "collaboration-team" => "collaboration team (Yhteistyö-tiimi)",
        "onward-pathways" => "onward pathways",
        "follow-up" => "follow-up",
        "closed" => "closed",
        "case-opened" => "referral registered, case opened",
        "client-updated" => "client details updated",
        "consent-given" => "consent given",
        "consent-withdrawn" => "consent withdrawn",
        "kela-form-sent" => "Kela form sent",
        "triaged" => "triaged",
        "meeting-booked" => "meeting booked",
        "meeting-held" => "meeting held",
        "meeting-no-show" => "client did not come",
        "meeting-cancelled" => "meeting cancelled",
        "meeting-moved" => "meeting moved",
        "team-requested" => "Yhteistyö-tiimi request approved by",
        "team-unit-answered" => "unit answered",
        "team-description-sent" => "anonymous description sent",
        "team-unit-acknowledged" => "unit acknowledged receipt",
        "plan-changed" => "plan changed",
        "pathways-completed" => "onward pathways agreed, follow-up ahead",
        "follow-up-recorded" => "follow-up recorded",
        "estimate-recorded" => "the pair's estimate recorded",
        "survey-recorded" => "professional's survey answer recorded",
        "description-saved" => "anonymous description saved",
        "feedback-recorded" => "client's feedback recorded",
        "fully-agree" => "fully agree",
        "partly-agree" => "partly agree",
        "cant-say" => "can't say",
        "partly-disagree" => "partly disagree",
        "fully-disagree" => "fully disagree",
        "fi" => "Finnish",
        "sv" => "Swedish",
        "en" => "English",
        "kela-concluded" => "the Kela hour concluded",
        "fact-corrected" => "fact corrected",
        "region-changed" => "moved to another region",
        "consultation-linked" => "consultation linked",
        "e-mail" => "e-mail",
        "yes" => "yes",
        "no" => "no",
        "maybe" => "maybe",
        "meeting-link-set" => "video link given",
        "follow-up-interval-set" => "follow-up interval",
        "on-path" => "on the pathway",
        "on-the-way" => "on the way",
        "dropped-off" => "dropped off",
        "again" => "another follow-up",
        "close" => "close together with the client",
        "reconvene-network" => "reconvene a network meeting",
        "reconvene-team" => "reconvene the Yhteistyö-tiimi",
        "2-4-weeks" => "2–4 weeks",
        "1-2-months" => "1–2 months",
        "2-3-months" => "2–3 months",
        "3-months-plus" => "3 months or more",
        "none" => "none, or cannot say",
        "planned" => "planned",
        "attended" => "attended",
        "open" => "open",
        "done" => "done",
        "dropped" => "dropped",
        "health" => "health",
        "social" => "social situation",
        "housing" => "housing",
        "work-study" => "work and study",
        "functional-capacity" => "functional capacity",
        "network" => "network meeting",
        "team" => "Yhteistyöaika (collaboration team)",
        "booked" => "booked",
        "held" => "held",
        "no-show" => "did not come",
        "cancelled" => "cancelled",
        "omatoimi" => "self-care (omatoimi)",
        "yhteiso" => "community (yhteisö)",
        "verkosto" => "network (verkosto)",
        "yhteistyo" => "collaboration (yhteistyö)",
        "client" => "the client",
        "referring-worker" => "the referring worker",
        "kela-contact" => "Kela's contact person",
        "key-worker" => "key worker",
        "unit-worker" => "a requested unit's worker",
        "case-closed" => "case closed",
        "case-reopened" => "case reopened",
        "single-issue" => "single issue, resolved by advice",
        "redirect" => "redirect elsewhere",
        "decline" => "decline",
        "normal" => "normal",
        "urgent" => "urgent",
        "completed" => "completed together with the client",
        "resolved-single-issue" => "resolved as a single issue",
        "redirected" => "redirected",
        "declined" => "declined",
        "unreachable" => "client unreachable",
        "moved-away" => "moved away",
        "deceased" => "deceased",
        "nurse" => "nurse",
        "social-counsellor" => "social counsellor",
        "care-counsellor" => "care-and-nursing client counsellor",
        "family-centre-worker" => "family-centre worker",
        "doctor" => "doctor",
        "view" => "viewed",
        "change" => "changed",
        "search" => "searched",
        "withheld" => "withheld",
        "benefit" => "a benefit to apply for",
        "rehabilitation" => "rehabilitation to apply for",
        "statement" => "a statement Kela needs",
        "recommendation" => "a recommendation",
        "b-statement" => "B-statement (a doctor's statement for Kela)",
        "care-plan" => "care plan",
        "cost-estimate" => "cost estimate",
        "retention" => "its retention period has ended",
        "wrong-person" => "recorded about the wrong person",
        "client-request" => "the client asked for erasure",
        "area" => "service area",
        "group" => "client group",
        "age-band" => "age band",
        "municipality" => "municipality",
        "region" => "region",
        "source" => "referral source",
        _ => "",
    }
}

// --- headings ------------------------------------------------------------------------------

pub const H_CASE: &str = "Case";
pub const H_NAME: &str = "Name";
pub const H_HETU: &str = "Identity code";
pub const H_BORN: &str = "Born";
pub const H_PHONE: &str = "Phone";
pub const H_REGION: &str = "Region";
pub const H_GROUP: &str = "Group";
pub const H_PHASE: &str = "Phase";
pub const H_DAYS: &str = "Days in phase";
pub const H_OPENED: &str = "Opened";
pub const H_ID: &str = "No.";
pub const H_KIND: &str = "Consent";
pub const H_METHOD: &str = "Method";
pub const H_GIVEN: &str = "Given";
pub const H_STATUS: &str = "Status";
pub const H_SCOPE: &str = "Scope";
pub const H_BY: &str = "By";
pub const H_DATE: &str = "Date";
pub const H_ENTERED: &str = "Entered";
pub const H_WHAT: &str = "What";

pub const L_CLIENT: &str = "Client";
pub const L_MUNICIPALITY: &str = "Municipality";
pub const L_REFERRAL: &str = "Referral";
pub const L_SOURCE: &str = "Source";
pub const L_CHANNEL: &str = "Channel";
pub const L_REFERRER: &str = "Referred by";
pub const L_SIGNS: &str = "Signs";
pub const L_REASON: &str = "Reason";
pub const L_CONSENTS: &str = "Consents";
pub const L_TIMELINE: &str = "Timeline";
pub const L_TEMPORARY: &str = "temporary";
pub const NONE: &str = "—";
pub const NO_CONSENTS: &str = "No consents recorded.";

// --- sentences -----------------------------------------------------------------------------

pub fn registered(case: &str, name: &str, new_client: bool, changed: &[&str]) -> String {
    let who = if new_client {
        "new client"
    } else {
        "known client"
    };
    let mut line = format!("Registered case {case} for {name} ({who}).");
    if !changed.is_empty() {
        line.push_str(&format!(" Updated: {}.", changed.join(", ")));
    }
    line.push_str(&format!(
        "\nNext: record the client's consent, e.g. moty consent give {case} --kind multi-professional --method written, and for the Moty track their contact request (--kind contact-request)\n"
    ));
    line
}

pub fn consent_given(
    case: &str,
    id: i64,
    kind: &str,
    method: &str,
    on: chrono::NaiveDate,
) -> String {
    format!("Recorded {method} {kind} consent {id} for case {case}, given on {on}.\n")
}

pub fn consent_withdrawn(case: &str, id: i64, kind: &str, on: chrono::NaiveDate) -> String {
    format!("Recorded the withdrawal of {kind} consent {id} for case {case} on {on}. Its history is kept.\n")
}

pub fn kela_sent(case: &str, on: chrono::NaiveDate) -> String {
    format!("Recorded the Kela information-exchange form of case {case} as sent on {on}.\n")
}

pub fn consent_status(
    withdrawn_on: Option<chrono::NaiveDate>,
    sent_to_kela_on: Option<chrono::NaiveDate>,
) -> String {
    match (withdrawn_on, sent_to_kela_on) {
        (Some(on), _) => format!("withdrawn {on}"),
        (None, Some(on)) => format!("in force, sent to Kela {on}"),
        (None, None) => "in force".to_string(),
    }
}

pub fn found_nothing() -> &'static str {
    "Nothing found. Try part of the name, the identity code, the case id or the phone number.\n"
}

pub fn truncated(limit: usize) -> String {
    format!("Showing the first {limit} matches; narrow the search to see the rest.\n")
}

pub fn listed_nothing() -> &'static str {
    "No cases match.\n"
}

pub fn case_heading(case: &str, phase: &str, since: chrono::NaiveDate, days: i64) -> String {
    let since = super::format::date(super::i18n::ui_language(), since);
    super::i18n::t!(
        "case-heading",
        case = case,
        phase = phase,
        since = since,
        days = days
    )
}

pub const BACKDATED: &str = "backdated";

/// The client's non-disclosure order as a changed field in the timeline.
pub const NON_DISCLOSURE_FIELD: &str = "non-disclosure order (turvakielto)";

// --- demo ----------------------------------------------------------------------------------

pub fn demo_not_demo(path: &std::path::Path) -> String {
    format!(
        "{} exists and is not a demo register; the demo never overwrites a real register. Name another file",
        path.display()
    )
}

pub fn demo_built(path: &std::path::Path, clients: usize) -> String {
    format!(
        "Built a demo register of {clients} fictitious clients at {}.\n",
        path.display()
    )
}

pub fn demo_try(path: &std::path::Path, case: &str) -> String {
    let db = path.display();
    format!(
        "\nTry it:\n  moty --db {db} list\n  moty --db {db} find maki\n  moty --db {db} show {case}\n  moty --db {db} consent list {case}\n"
    )
}

pub const DEMO_OPEN_CASES: &str = "Open cases, longest waiting first:";
pub const DEMO_ONE_CASE: &str = "One case in full:";
pub const DEMO_OUTCOMES: &str = "What the collaboration achieved (moty report outcomes):";

// --- triage --------------------------------------------------------------------------------

pub const H_URGENCY: &str = "Urgency";
pub const H_WAITING: &str = "Waiting";
pub const H_CONSENT: &str = "Consent";
pub const QUEUE_EMPTY: &str = "The triage queue is empty.\n";
pub const PROMPT_ACTION: &str = "This case";
pub const ACTIONS: [&str; 4] = [
    "decide",
    "skip for now",
    "back to the previous case",
    "quit",
];
pub const PROMPT_DECISION: &str = "Decision";
pub const PROMPT_KELA_SCREEN: &str = "First Kela screen: does the situation call for Kela?";
pub const PROMPT_TEAM: &str = "Team (space to change, enter to accept)";
pub const PROMPT_URGENCY: &str = "Urgency";
pub const PROMPT_NOTE: &str = "Note for the team (enter for none)";
pub const PROMPT_ADVICE: &str = "What was advised";
pub const PROMPT_TO: &str = "Redirected where";
pub const PROMPT_DECLINE: &str = "Why is it declined";
pub const PROMPT_UNITS: &str =
    "Units whose workers are requested (codes or names from moty settings units, comma-separated)";
pub const PROMPT_RECORD: &str = "Record this decision?";
pub const PROMPT_CONSENT_NOW: &str = "What now";
pub const CONSENT_ACTIONS: [&str; 2] = ["record the consent now", "skip this case"];
pub const PROMPT_CONSENT_DATE: &str = "Consent given on (YYYY-MM-DD)";
pub fn offer_slot(at: chrono::NaiveDateTime) -> String {
    let at = crate::clock::minute::text(at);
    format!("Book the next free joint assessment, {at}?")
}

pub const NOT_RECORDED: &str = "Not recorded; the case is as it was.\n";

pub fn card_heading(case: &str, position: usize, total: usize) -> String {
    format!("{case} ({position}/{total})")
}

pub fn days_waiting(days: i64, since: chrono::NaiveDate) -> String {
    let since = super::format::date(super::i18n::ui_language(), since);
    super::i18n::t!("days-waiting", days = days, since = since)
}

pub fn triaged(case: &str, decision: &str, phase: &str) -> String {
    format!("Triaged case {case}: {decision}. The case is now: {phase}.\n")
}

pub fn closed(case: &str, reason: &str) -> String {
    format!("Closed case {case}: {reason}.\n")
}

pub fn reopened(case: &str, phase: &str) -> String {
    format!("Reopened case {case} into: {phase}.\n")
}

pub fn queue_done(decided: usize, left: usize) -> String {
    format!("Triage session over: {decided} decided, {left} left in the queue.\n")
}

pub fn offer_close(case: &str) -> String {
    format!(
        "The client withdrew multi-professional consent. Close case {case} as consent-withdrawn?"
    )
}

pub fn still_open(case: &str) -> String {
    format!("Case {case} stays open; close it with: moty close {case} --reason consent-withdrawn\n")
}

pub const L_CLOSED: &str = "Closed";
pub const L_TEAM: &str = "Team";
pub const L_KELA_SCREEN: &str = "First Kela screen";
pub const L_UNITS: &str = "Units requested";

pub fn yes_no(value: bool) -> &'static str {
    if value {
        "yes"
    } else {
        "no"
    }
}

// --- scheduling ----------------------------------------------------------------------------

pub const H_KIND_MEETING: &str = "Meeting";
pub const H_WHEN: &str = "When";
pub const H_MINUTES: &str = "Minutes";
pub const H_CAPACITY: &str = "Places";
pub const H_FREE: &str = "Free";
pub const H_NOTES: &str = "Participants and notes";
pub const H_UNIT: &str = "Unit";
pub const H_ANSWERED: &str = "Answered";
pub const H_WORKER: &str = "Worker";
pub const H_SCHEDULE: &str = "Schedule";

pub fn booked(id: i64, case: &str, kind: &str, at: chrono::NaiveDateTime) -> String {
    let at = crate::clock::minute::text(at);
    format!("Booked meeting {id}: {kind} for case {case} at {at} (Helsinki time).\n")
}

pub fn meeting_now(id: i64, status: &str, at: chrono::NaiveDateTime) -> String {
    let at = crate::clock::minute::text(at);
    format!("Meeting {id} at {at}: {status}.\n")
}

pub fn candidates_heading(case: &str, kind: &str) -> String {
    format!("Next free {kind} times for case {case}:\n")
}

pub fn kela_settings(lead: u32, contact: Option<&str>) -> String {
    format!(
        "Kela form due {lead} working days before the Kela hour; Kela's contact person: {}",
        contact.unwrap_or("not set")
    )
}

pub fn closed_day_line(day: chrono::NaiveDate, reason: &str) -> String {
    format!("Closed {day}: {reason}")
}

pub fn request_heading(case: &str, by: &str, on: chrono::NaiveDate) -> String {
    format!("Yhteistyö-tiimi request for case {case}, approved by {by} on {on}:")
}

pub fn agenda_heading(from: &str, to: &str) -> String {
    format!("Agenda {from} – {to} (Helsinki time)\n")
}

pub fn chair(name: &str) -> String {
    format!("chair: {name}")
}

pub fn kela_contact_line(name: &str) -> String {
    format!("Kela's contact person: {name}")
}

pub fn waiting_units_line(case: &str, units: &[String]) -> String {
    format!(
        "Case {case} waits for units to name a worker: {}",
        units.join(", ")
    )
}

pub fn ics_summary(kind: &str, case: &str) -> String {
    format!("{kind} — case {case}")
}

pub fn ics_description(id: i64) -> String {
    format!("moty meeting {id}")
}

/// A kind of meeting in words (its code "kela" would read as the referral source).
pub fn meeting_label(kind: crate::domain::MeetingKind) -> &'static str {
    match kind {
        crate::domain::MeetingKind::JointAssessment => "joint assessment",
        crate::domain::MeetingKind::Kela => "Kela remote consultation",
        crate::domain::MeetingKind::Network => "network meeting",
        crate::domain::MeetingKind::Team => "Yhteistyöaika (collaboration team)",
    }
}

pub const YES: &str = "yes";
pub const NO: &str = "no";
