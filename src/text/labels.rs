//! Prompts, table headings, value descriptions and the sentences commands print on success.

use crate::domain::EventKind;

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
        "missed-appointments" => "repeated missed appointments, not cancelled",
        "frequent-contacts" => "frequent contacts without a clear reason",
        "cannot-seek-help" => "unable to seek help or see the need",
        "coping-at-home" => "concern about coping at home",
        "everyday-management" => "concern about managing everyday life",
        "finances" => "concern about finances",
        "family-situation" => "concern about the family's situation",
        "health-problems" => "health problems (seen in social care)",
        "daily-life" => "difficulty coping with daily life",
        "multi-professional" => "multi-professional work",
        "meeting" => "discussing the client in a meeting",
        "kela-exchange" => "Kela information exchange",
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
        "view" => "viewed",
        "change" => "changed",
        "search" => "searched",
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
        "\nNext: record the client's consent, e.g. moty consent give {case} --kind multi-professional --method written\n"
    ));
    line
}

pub fn consent_given(case: &str, id: i64, kind: &str, method: &str, on: &str) -> String {
    format!("Recorded {method} {kind} consent {id} for case {case}, given on {on}.\n")
}

pub fn consent_withdrawn(case: &str, id: i64, kind: &str, on: &str) -> String {
    format!("Recorded the withdrawal of {kind} consent {id} for case {case} on {on}. Its history is kept.\n")
}

pub fn kela_sent(case: &str, on: &str) -> String {
    format!("Recorded the Kela information-exchange form of case {case} as sent on {on}.\n")
}

pub fn consent_status(withdrawn_on: Option<&str>, sent_to_kela_on: Option<&str>) -> String {
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

pub fn case_heading(case: &str, phase: &str, since: &str, days: i64) -> String {
    format!("Case {case} — {phase} since {since} ({days} days)")
}

pub const BACKDATED: &str = "backdated";

/// One line of the timeline, from an event's kind and its detail.
pub fn event_summary(kind: EventKind, detail: &serde_json::Value) -> String {
    let field = |name: &str| detail.get(name).and_then(|v| v.as_str()).unwrap_or("");
    let label = value_label(kind.as_str());
    match kind {
        EventKind::CaseOpened => format!(
            "{label}: from {} via {}",
            value_label(field("source")),
            value_label(field("channel"))
        ),
        EventKind::ClientUpdated => {
            let fields: Vec<&str> = detail
                .get("fields")
                .and_then(|f| f.as_array())
                .map(|a| a.iter().filter_map(|v| v.as_str()).collect())
                .unwrap_or_default();
            format!("{label}: {}", fields.join(", "))
        }
        EventKind::ConsentGiven => format!(
            "{label}: {} ({})",
            value_label(field("kind")),
            field("method")
        ),
        EventKind::ConsentWithdrawn => {
            let note = field("note");
            let mut line = format!("{label}: {}", value_label(field("kind")));
            if !note.is_empty() {
                line.push_str(&format!(" — {note}"));
            }
            line
        }
        EventKind::KelaFormSent => label.to_string(),
    }
}

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
