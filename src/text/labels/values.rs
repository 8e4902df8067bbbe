//! The value labels: every code of the register's closed vocabularies in words, in the UI
//! language (`value_label`), for tables, prompts, timelines and the value lists of `--help`.
//!
//! Each code has one message, `value-CODE`, asked with a literal id, so `fl!` checks every id at
//! compile time; the test below checks that every value of every `closed_enum!` has a label in
//! English and in Finnish. A code shared by several vocabularies ("other", "nurse", "declined")
//! has one label that reads right in each of them.
//!
//! Callers hold labels as `&'static str` (clap's value help, `map_or("", …)`, tables): a label is
//! made once per language and code and then kept for the run (`keep`), so the memory it takes is
//! bounded by the vocabularies, never by the input.

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

use crate::domain::{Language, MeetingKind};
use crate::text::i18n::{t_in, ui_language};

/// A word made once per language and key, then kept for the whole run. `make` gives `None` for a
/// key it does not know, which is not kept (so arbitrary input is never stored).
pub(crate) fn keep(
    language: Language,
    key: &str,
    make: impl FnOnce() -> Option<String>,
) -> &'static str {
    static KEPT: OnceLock<Mutex<HashMap<(Language, String), &'static str>>> = OnceLock::new();
    let mut kept = KEPT
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    if let Some(word) = kept.get(&(language, key.to_string())) {
        return word;
    }
    let Some(word) = make() else {
        return "";
    };
    let word: &'static str = Box::leak(word.into_boxed_str());
    kept.insert((language, key.to_string()), word);
    word
}

/// A plain-language description of a value code in the UI language, for help texts, prompts
/// and tables; "" for a code that is not one of the vocabularies'.
pub fn value_label(code: &str) -> &'static str {
    let language = ui_language();
    keep(language, code, || value_label_in(language, code))
}

/// An onward pathway's status in words: as `value_label_in`, but a pathway the client declined
/// has words of its own ("declined" of a referral is a case not taken on).
pub fn pathway_status_label_in(language: Language, code: &str) -> Option<String> {
    match code {
        "declined" => Some(t_in!(language, "value-pathway-declined")),
        other => value_label_in(language, other),
    }
}

/// `pathway_status_label_in` in the UI language, kept for the run.
pub fn pathway_status_label(code: &str) -> &'static str {
    let language = ui_language();
    keep(language, &format!("pathway:{code}"), || {
        pathway_status_label_in(language, code)
    })
}

/// A value code's label in one language; `None` for a code that is not one of the vocabularies'.
pub fn value_label_in(language: Language, code: &str) -> Option<String> {
    Some(match code {
        // Client groups
        "working-age" => t_in!(language, "value-working-age"),
        "older-pmt" => t_in!(language, "value-older-pmt"),
        "family" => t_in!(language, "value-family"),
        // Referral sources
        "employment-services" => t_in!(language, "value-employment-services"),
        "primary-care" => t_in!(language, "value-primary-care"),
        "social-services" => t_in!(language, "value-social-services"),
        "elderly-services" => t_in!(language, "value-elderly-services"),
        "family-centre" => t_in!(language, "value-family-centre"),
        "emergency" => t_in!(language, "value-emergency"),
        "mental-health-substance" => t_in!(language, "value-mental-health-substance"),
        "kela" => t_in!(language, "value-kela"),
        "self" => t_in!(language, "value-self"),
        "other" => t_in!(language, "value-other"),
        // Channels (referral and consultation; seed 000, seed 004)
        "yht405" => t_in!(language, "value-yht405"),
        "secure-email" => t_in!(language, "value-secure-email"),
        "phone" => t_in!(language, "value-phone"),
        "teams" => t_in!(language, "value-teams"),
        "self-booking" => t_in!(language, "value-self-booking"),
        "chat" => t_in!(language, "value-chat"),
        "e-service" => t_in!(language, "value-e-service"),
        "on-site" => t_in!(language, "value-on-site"),
        "e-mail" => t_in!(language, "value-e-mail"),
        // Signs (seed 000, Tunnista; seed 004, herätteet paljon palveluita tarvitsevan asiakkaan tunnistamiseksi)
        "missed-appointments" => t_in!(language, "value-missed-appointments"),
        "frequent-contacts" => t_in!(language, "value-frequent-contacts"),
        "cannot-seek-help" => t_in!(language, "value-cannot-seek-help"),
        "coping-at-home" => t_in!(language, "value-coping-at-home"),
        "everyday-management" => t_in!(language, "value-everyday-management"),
        "finances" => t_in!(language, "value-finances"),
        "family-situation" => t_in!(language, "value-family-situation"),
        "health-problems" => t_in!(language, "value-health-problems"),
        "daily-life" => t_in!(language, "value-daily-life"),
        "worry" => t_in!(language, "value-worry"),
        "unclear-problem" => t_in!(language, "value-unclear-problem"),
        "repeated-unplanned-visits" => t_in!(language, "value-repeated-unplanned-visits"),
        "substance-use" => t_in!(language, "value-substance-use"),
        // Consents, representatives, legal bases
        "multi-professional" => t_in!(language, "value-multi-professional"),
        "meeting" => t_in!(language, "value-meeting"),
        "kela-exchange" => t_in!(language, "value-kela-exchange"),
        "contact-request" => t_in!(language, "value-contact-request"),
        "written" => t_in!(language, "value-written"),
        "oral" => t_in!(language, "value-oral"),
        "guardianship" => t_in!(language, "value-guardianship"),
        "custodian" => t_in!(language, "value-custodian"),
        "power-of-attorney" => t_in!(language, "value-power-of-attorney"),
        "consent" => t_in!(language, "value-consent"),
        "social-welfare-act-41" => t_in!(language, "value-social-welfare-act-41"),
        "health-care-act-32" => t_in!(language, "value-health-care-act-32"),
        // Phases
        "referred" => t_in!(language, "value-referred"),
        "joint-assessment" => t_in!(language, "value-joint-assessment"),
        "kela-consultation" => t_in!(language, "value-kela-consultation"),
        "network-meeting" => t_in!(language, "value-network-meeting"),
        "collaboration-team" => t_in!(language, "value-collaboration-team"),
        "onward-pathways" => t_in!(language, "value-onward-pathways"),
        "follow-up" => t_in!(language, "value-follow-up"),
        "closed" => t_in!(language, "value-closed"),
        // Timeline entries
        "case-opened" => t_in!(language, "value-case-opened"),
        "client-updated" => t_in!(language, "value-client-updated"),
        "consent-given" => t_in!(language, "value-consent-given"),
        "consent-withdrawn" => t_in!(language, "value-consent-withdrawn"),
        "kela-form-sent" => t_in!(language, "value-kela-form-sent"),
        "triaged" => t_in!(language, "value-triaged"),
        "case-closed" => t_in!(language, "value-case-closed"),
        "case-reopened" => t_in!(language, "value-case-reopened"),
        "meeting-booked" => t_in!(language, "value-meeting-booked"),
        "meeting-held" => t_in!(language, "value-meeting-held"),
        "meeting-no-show" => t_in!(language, "value-meeting-no-show"),
        "meeting-cancelled" => t_in!(language, "value-meeting-cancelled"),
        "meeting-moved" => t_in!(language, "value-meeting-moved"),
        "team-requested" => t_in!(language, "value-team-requested"),
        "team-unit-answered" => t_in!(language, "value-team-unit-answered"),
        "team-description-sent" => t_in!(language, "value-team-description-sent"),
        "team-unit-acknowledged" => t_in!(language, "value-team-unit-acknowledged"),
        "plan-changed" => t_in!(language, "value-plan-changed"),
        "pathways-completed" => t_in!(language, "value-pathways-completed"),
        "follow-up-recorded" => t_in!(language, "value-follow-up-recorded"),
        "estimate-recorded" => t_in!(language, "value-estimate-recorded"),
        "survey-recorded" => t_in!(language, "value-survey-recorded"),
        "description-saved" => t_in!(language, "value-description-saved"),
        "case-purged" => t_in!(language, "value-case-purged"),
        "feedback-recorded" => t_in!(language, "value-feedback-recorded"),
        "kela-concluded" => t_in!(language, "value-kela-concluded"),
        "fact-corrected" => t_in!(language, "value-fact-corrected"),
        "region-changed" => t_in!(language, "value-region-changed"),
        "consultation-linked" => t_in!(language, "value-consultation-linked"),
        "meeting-link-set" => t_in!(language, "value-meeting-link-set"),
        "follow-up-interval-set" => t_in!(language, "value-follow-up-interval-set"),
        "non-disclosure-changed" => t_in!(language, "value-non-disclosure-changed"),
        // Client feedback (seed 003's five-point scale) and languages
        "fully-agree" => t_in!(language, "value-fully-agree"),
        "partly-agree" => t_in!(language, "value-partly-agree"),
        "cant-say" => t_in!(language, "value-cant-say"),
        "partly-disagree" => t_in!(language, "value-partly-disagree"),
        "fully-disagree" => t_in!(language, "value-fully-disagree"),
        "fi" => t_in!(language, "value-fi"),
        "sv" => t_in!(language, "value-sv"),
        "en" => t_in!(language, "value-en"),
        // Answers
        "yes" => t_in!(language, "value-yes"),
        "no" => t_in!(language, "value-no"),
        "maybe" => t_in!(language, "value-maybe"),
        // Follow-up (jälkiseuranta) and what follows it
        "on-path" => t_in!(language, "value-on-path"),
        "on-the-way" => t_in!(language, "value-on-the-way"),
        "dropped-off" => t_in!(language, "value-dropped-off"),
        "again" => t_in!(language, "value-again"),
        "close" => t_in!(language, "value-close"),
        "reconvene-network" => t_in!(language, "value-reconvene-network"),
        "reconvene-team" => t_in!(language, "value-reconvene-team"),
        // Time saved (the pair's estimate)
        "2-4-weeks" => t_in!(language, "value-2-4-weeks"),
        "1-2-months" => t_in!(language, "value-1-2-months"),
        "2-3-months" => t_in!(language, "value-2-3-months"),
        "3-months-plus" => t_in!(language, "value-3-months-plus"),
        "none" => t_in!(language, "value-none"),
        // The plan's actions and pathways
        "planned" => t_in!(language, "value-planned"),
        "attended" => t_in!(language, "value-attended"),
        "open" => t_in!(language, "value-open"),
        "done" => t_in!(language, "value-done"),
        "dropped" => t_in!(language, "value-dropped"),
        // Areas of need
        "health" => t_in!(language, "value-health"),
        "social" => t_in!(language, "value-social"),
        "housing" => t_in!(language, "value-housing"),
        "work-study" => t_in!(language, "value-work-study"),
        "functional-capacity" => t_in!(language, "value-functional-capacity"),
        // Meetings (the kind as a value; meeting_label words a meeting)
        "network" => t_in!(language, "value-network"),
        "team" => t_in!(language, "value-team"),
        "booked" => t_in!(language, "value-booked"),
        "held" => t_in!(language, "value-held"),
        "no-show" => t_in!(language, "value-no-show"),
        "cancelled" => t_in!(language, "value-cancelled"),
        // Suuntima-asiakkuus (seed 002)
        "omatoimi" => t_in!(language, "value-omatoimi"),
        "yhteiso" => t_in!(language, "value-yhteiso"),
        "verkosto" => t_in!(language, "value-verkosto"),
        "yhteistyo" => t_in!(language, "value-yhteistyo"),
        // Who attended; professional roles
        "client" => t_in!(language, "value-client"),
        "referring-worker" => t_in!(language, "value-referring-worker"),
        "kela-contact" => t_in!(language, "value-kela-contact"),
        "key-worker" => t_in!(language, "value-key-worker"),
        "unit-worker" => t_in!(language, "value-unit-worker"),
        "nurse" => t_in!(language, "value-nurse"),
        "social-counsellor" => t_in!(language, "value-social-counsellor"),
        "care-counsellor" => t_in!(language, "value-care-counsellor"),
        "family-centre-worker" => t_in!(language, "value-family-centre-worker"),
        "doctor" => t_in!(language, "value-doctor"),
        // Triage decisions, urgency
        "single-issue" => t_in!(language, "value-single-issue"),
        "redirect" => t_in!(language, "value-redirect"),
        "decline" => t_in!(language, "value-decline"),
        "normal" => t_in!(language, "value-normal"),
        "urgent" => t_in!(language, "value-urgent"),
        // Why a case closed; why it was purged
        "completed" => t_in!(language, "value-completed"),
        "resolved-single-issue" => t_in!(language, "value-resolved-single-issue"),
        "redirected" => t_in!(language, "value-redirected"),
        "declined" => t_in!(language, "value-declined"),
        "unreachable" => t_in!(language, "value-unreachable"),
        "moved-away" => t_in!(language, "value-moved-away"),
        "deceased" => t_in!(language, "value-deceased"),
        "retention" => t_in!(language, "value-retention"),
        "wrong-person" => t_in!(language, "value-wrong-person"),
        "client-request" => t_in!(language, "value-client-request"),
        // The access log
        "view" => t_in!(language, "value-view"),
        "change" => t_in!(language, "value-change"),
        "search" => t_in!(language, "value-search"),
        "withheld" => t_in!(language, "value-withheld"),
        // Kela's conclusions and statements (seed 003)
        "benefit" => t_in!(language, "value-benefit"),
        "rehabilitation" => t_in!(language, "value-rehabilitation"),
        "statement" => t_in!(language, "value-statement"),
        "recommendation" => t_in!(language, "value-recommendation"),
        "b-statement" => t_in!(language, "value-b-statement"),
        "care-plan" => t_in!(language, "value-care-plan"),
        "cost-estimate" => t_in!(language, "value-cost-estimate"),
        // What report outcomes --by breaks down by
        "area" => t_in!(language, "value-area"),
        "group" => t_in!(language, "value-group"),
        "age-band" => t_in!(language, "value-age-band"),
        "municipality" => t_in!(language, "value-municipality"),
        "region" => t_in!(language, "value-region"),
        "source" => t_in!(language, "value-source"),
        _ => return None,
    })
}

/// A kind of meeting in words (its code "kela" would read as the referral source).
pub fn meeting_label(kind: MeetingKind) -> &'static str {
    let language = ui_language();
    let key = format!("meeting {kind}");
    keep(language, &key, || Some(meeting_label_in(language, kind)))
}

/// A kind of meeting in words, in one language.
pub fn meeting_label_in(language: Language, kind: MeetingKind) -> String {
    match kind {
        MeetingKind::JointAssessment => t_in!(language, "label-meeting-joint-assessment"),
        MeetingKind::Kela => t_in!(language, "label-meeting-kela"),
        MeetingKind::Network => t_in!(language, "label-meeting-network"),
        MeetingKind::Team => t_in!(language, "label-meeting-team"),
    }
}

/// Yes or no, in words.
pub fn yes_no(value: bool) -> &'static str {
    value_label(if value { "yes" } else { "no" })
}

/// A field of the client's details that changed (the timeline's "client details updated" and
/// `refer`'s receipt), in words; the code itself for a field this does not know.
pub fn client_field(field: &str) -> String {
    let language = ui_language();
    match field {
        "name" => t_in!(language, "label-field-name"),
        "phone" => t_in!(language, "label-field-phone"),
        "municipality" => t_in!(language, "label-field-municipality"),
        "region" => t_in!(language, "label-field-region"),
        "non_disclosure" => t_in!(language, "label-field-non-disclosure"),
        "language" => t_in!(language, "label-field-language"),
        "interpreter" => t_in!(language, "label-field-interpreter"),
        other => other.replace('_', " "),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::outcomes::By;
    use crate::domain::*;

    /// Every value of one closed vocabulary.
    fn codes<T: Copy>(all: &[T], as_str: fn(T) -> &'static str) -> Vec<&'static str> {
        all.iter().map(|v| as_str(*v)).collect()
    }

    /// Every value of every `closed_enum!` (a new vocabulary is added here; the count below
    /// fails until it is).
    fn every_code() -> Vec<(&'static str, Vec<&'static str>)> {
        vec![
            ("ClientGroup", codes(ClientGroup::ALL, ClientGroup::as_str)),
            ("Source", codes(Source::ALL, Source::as_str)),
            ("Channel", codes(Channel::ALL, Channel::as_str)),
            ("Sign", codes(Sign::ALL, Sign::as_str)),
            ("ConsentKind", codes(ConsentKind::ALL, ConsentKind::as_str)),
            (
                "ConsentMethod",
                codes(ConsentMethod::ALL, ConsentMethod::as_str),
            ),
            ("Phase", codes(Phase::ALL, Phase::as_str)),
            ("EventKind", codes(EventKind::ALL, EventKind::as_str)),
            ("NeedArea", codes(NeedArea::ALL, NeedArea::as_str)),
            (
                "ActionStatus",
                codes(ActionStatus::ALL, ActionStatus::as_str),
            ),
            (
                "PathwayStatus",
                codes(PathwayStatus::ALL, PathwayStatus::as_str),
            ),
            (
                "FollowUpStatus",
                codes(FollowUpStatus::ALL, FollowUpStatus::as_str),
            ),
            ("TimeSaved", codes(TimeSaved::ALL, TimeSaved::as_str)),
            ("Agreement", codes(Agreement::ALL, Agreement::as_str)),
            ("Language", codes(Language::ALL, Language::as_str)),
            ("SurveyRole", codes(SurveyRole::ALL, SurveyRole::as_str)),
            ("NextStep", codes(NextStep::ALL, NextStep::as_str)),
            ("MeetingKind", codes(MeetingKind::ALL, MeetingKind::as_str)),
            (
                "BookingStatus",
                codes(BookingStatus::ALL, BookingStatus::as_str),
            ),
            ("Segment", codes(Segment::ALL, Segment::as_str)),
            ("Attendee", codes(Attendee::ALL, Attendee::as_str)),
            ("Decision", codes(Decision::ALL, Decision::as_str)),
            ("Urgency", codes(Urgency::ALL, Urgency::as_str)),
            ("CloseReason", codes(CloseReason::ALL, CloseReason::as_str)),
            ("PurgeReason", codes(PurgeReason::ALL, PurgeReason::as_str)),
            ("Role", codes(Role::ALL, Role::as_str)),
            ("KelaItem", codes(KelaItem::ALL, KelaItem::as_str)),
            (
                "KelaStatement",
                codes(KelaStatement::ALL, KelaStatement::as_str),
            ),
            (
                "ConsultChannel",
                codes(ConsultChannel::ALL, ConsultChannel::as_str),
            ),
            (
                "ReferralExpected",
                codes(ReferralExpected::ALL, ReferralExpected::as_str),
            ),
            (
                "AccessAction",
                codes(AccessAction::ALL, AccessAction::as_str),
            ),
            (
                "ClientLanguage",
                codes(ClientLanguage::ALL, ClientLanguage::as_str),
            ),
            ("Authority", codes(Authority::ALL, Authority::as_str)),
            (
                "LegalBasisKind",
                codes(LegalBasisKind::ALL, LegalBasisKind::as_str),
            ),
            ("By", codes(By::ALL, By::as_str)),
        ]
    }

    /// The `closed_enum!` declarations in the sources, so that a new vocabulary cannot be
    /// left out of `every_code`.
    fn declared() -> usize {
        fn count(dir: &std::path::Path) -> usize {
            let mut n = 0;
            for entry in std::fs::read_dir(dir).expect("the sources") {
                let path = entry.expect("an entry").path();
                if path.is_dir() {
                    n += count(&path);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    let text = std::fs::read_to_string(&path).expect("a source file");
                    n += text.matches("\nclosed_enum! {").count();
                }
            }
            n
        }
        count(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/domain"))
    }

    /// Every code of every closed vocabulary has a label in English and in Finnish, the Finnish
    /// one from the Finnish catalogue itself (not English fallen back to).
    #[test]
    fn every_code_of_every_closed_enum_has_a_label_in_english_and_finnish() {
        let every = every_code();
        assert_eq!(
            every.len(),
            declared(),
            "a closed_enum! is missing from every_code"
        );
        let fi = include_str!("../../../i18n/fi/moty.ftl");
        let mut missing = Vec::new();
        for (vocabulary, codes) in &every {
            for code in codes {
                for language in [Language::En, Language::Fi] {
                    let label = value_label_in(language, code).unwrap_or_default();
                    if label.trim().is_empty() {
                        missing.push(format!("{vocabulary} {code} ({language})"));
                    }
                }
                if !fi.contains(&format!("\nvalue-{code} = ")) {
                    missing.push(format!(
                        "{vocabulary} {code} (not in the Finnish catalogue)"
                    ));
                }
            }
        }
        assert!(missing.is_empty(), "values without a label: {missing:#?}");
        for kind in MeetingKind::ALL {
            assert_ne!(
                meeting_label_in(Language::En, *kind),
                meeting_label_in(Language::Fi, *kind)
            );
        }
    }

    #[test]
    fn labels_are_the_seeds_words_in_finnish_and_unchanged_in_english() {
        let fi = |code| value_label_in(Language::Fi, code).unwrap_or_default();
        let en = |code| value_label_in(Language::En, code).unwrap_or_default();
        assert_eq!(fi("yhteiso"), "yhteisöasiakkuus");
        assert_eq!(fi("referred"), "heräte, odottaa ensiarviota");
        assert_eq!(fi("kela-consultation"), "Kelan etäkonsultaatio");
        assert_eq!(fi("follow-up"), "jälkiseuranta");
        assert_eq!(en("working-age"), "working-age client");
        assert_eq!(en("yhteiso"), "community (yhteisö)");
        assert_eq!(value_label_in(Language::Fi, "no such code"), None);
        assert_eq!(value_label("no such code"), "");
        assert_eq!(value_label("kela-exchange"), "Kela information exchange");
    }
}
