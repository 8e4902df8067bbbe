//! The examples at the end of each command's `--help` (clap's `after_long_help`), for `moty`
//! itself and the commands along the path of a case. Each is "Examples:" and, two spaces in,
//! a `# what it does` line before each command line; every command line parses (a test,
//! tests/cli/help.rs, checks) and fits a 100-column terminal. Fictitious people only.

pub const MOTY: &str = "\
Examples:
  # The path of a case with the command for each step
  moty
  # Build a register of fictitious clients to try moty on
  moty demo
  # Use another register than the default one for one command
  moty --db moty-demo.sqlite3 find maki
  # One command's help, with its examples
  moty help schedule held";

pub const REFER: &str = "\
Examples:
  # At a terminal, moty asks for the group, source, channel and reason
  moty refer --name \"Maija Meikäläinen\" --hetu 131052-308T
  # A self-referral by chat, every required value given
  moty refer --name \"Matti Virtanen\" --group family --source self --channel chat --reason \"Debts\"
  # A new case for the client of case 2026-0007, the reason read from standard input
  moty refer --client-of 2026-0007 --group older-pmt --source emergency --channel phone --reason -";

pub const TRIAGE: &str = "\
Examples:
  # Walk the queue at a terminal, one case at a time
  moty triage
  # Print the queue of your region
  moty triage --list
  # Book the joint reception track for a case; the first Kela screen says yes
  moty triage 2026-0007 --decision joint-assessment --kela-screen yes
  # Take a case to the Yhteistyö-tiimi, naming the units whose workers are requested
  moty triage 2026-0008 --decision collaboration-team --kela-screen no --unit \"Housing services\"";

pub const SCHEDULE: &str = "\
Examples:
  # The next free times for a joint assessment, without booking
  moty schedule 2026-0007 --kind joint-assessment --dry-run
  # Book the next free joint assessment
  moty schedule 2026-0007 --kind joint-assessment
  # Book a network meeting at a given time, with a doctor
  moty schedule 2026-0007 --kind network --at \"2026-11-30 14:00\" --minutes 90 --doctor
  # Book the Kela hour after the Kela form was sent
  moty schedule 2026-0007 --kind kela";

pub const SCHEDULE_HELD: &str = "\
Examples:
  # A joint assessment held: the Suuntima segment, the Omaolo check and the second Kela screen
  moty schedule held 1 --segment verkosto --omaolo yes --kela-screen yes
  # With the pair's estimate of what the reception saved the client
  moty schedule held 1 --segment yhteiso --omaolo no --kela-screen no --saved doctor=2
  # A network meeting held, with the client's oral consent and who attended
  moty schedule held 7 --meeting-consent --attended client,referring-worker,doctor";

pub const SCHEDULE_NO_SHOW: &str = "\
Examples:
  # The client did not come to meeting 5
  moty schedule no-show 5 --note \"Did not answer the video call or the phone\"";

pub const SCHEDULE_CANCEL: &str = "\
Examples:
  # Cancel meeting 6, saying why
  moty schedule cancel 6 --reason \"Client admitted to hospital; rebook after discharge\"";

pub const SCHEDULE_MOVE: &str = "\
Examples:
  # Move meeting 7 to another time
  moty schedule move 7 --at \"2026-12-01 10:00\"
  # Give meeting 7 its Teams link, keeping its time
  moty schedule move 7 --video-link \"https://teams.microsoft.com/l/meetup-join/abc\"";

pub const SCHEDULE_SLOTS: &str = "\
Examples:
  # The slot rules, the Kela hour's settings and the closure days
  moty schedule slots list
  # A weekly Kela hour on Tuesdays at 10:00 for four clients
  moty schedule slots add --kind kela --weekday 2 --start 10:00 --minutes 60 --capacity 4";

pub const SCHEDULE_SLOTS_LIST: &str = "\
Examples:
  # The slot rules, the Kela hour's settings and the closure days
  moty schedule slots list";

pub const SCHEDULE_SLOTS_ADD: &str = "\
Examples:
  # A weekly Kela hour on Tuesdays at 10:00 for four clients
  moty schedule slots add --kind kela --weekday 2 --start 10:00 --minutes 60 --capacity 4";

pub const SCHEDULE_SLOTS_REMOVE: &str = "\
Examples:
  # Remove slot rule 5 (its booked meetings stay)
  moty schedule slots remove 5";

pub const SCHEDULE_SLOTS_SETTINGS: &str = "\
Examples:
  # Kela's contact person for the Kela hour
  moty schedule slots settings --kela-contact \"Johanna Esimerkki\"
  # The Kela form must be sent five working days before the Kela hour
  moty schedule slots settings --kela-lead-days 5";

pub const SCHEDULE_CLOSE_DAY: &str = "\
Examples:
  # No meetings on the team's planning day
  moty schedule close-day 2026-12-16 --reason \"Team planning day\"";

pub const SCHEDULE_REQUEST: &str = "\
Examples:
  # The supervisor approved the request
  moty schedule request 2026-0008 --approved-by \"Eila Malli\"
  # The same, after the unit's team meeting confirmed the need (2026-8 is 2026-0008)
  moty schedule request 2026-8 --approved-by \"Eila Malli\" --unit-meeting 2026-11-19 --need-confirmed";

pub const SCHEDULE_SEND_DESCRIPTION: &str = "\
Examples:
  # Send the description to every requested unit it has not gone to
  moty schedule send-description 2026-0008
  # Send it to one unit, naming the person it went to
  moty schedule send-description 2026-0008 --unit \"Housing services\" --to \"Tarja Malli\"";

pub const SCHEDULE_ACKNOWLEDGE: &str = "\
Examples:
  # The housing services acknowledged: they name their worker by 24 November
  moty schedule acknowledge 2026-8 --unit \"Housing services\" --schedule \"Tuesday\" --due 2026-11-24";

pub const SCHEDULE_ANSWER: &str = "\
Examples:
  # The housing services name their worker
  moty schedule answer 2026-0008 --unit \"Housing services\" --worker \"Tarja Malli\"";

pub const SCHEDULE_LIST: &str = "\
Examples:
  # The next two weeks
  moty schedule list
  # One ISO week
  moty schedule list --week 2026-W49
  # The Kela hours of one day, every region's
  moty schedule list --kind kela --from 2026-11-26 --until 2026-11-26 --all-regions";

pub const SCHEDULE_ICS: &str = "\
Examples:
  # One week's meetings for a coordinator's Outlook, written to a file
  moty schedule ics --from 2026-11-30 --until 2026-12-06 --to-whom \"Outlook\" --out week.ics
  # The next 90 days to standard output
  moty schedule ics > moty.ics";

pub const PLAN: &str = "\
Examples:
  # Start the plan at the joint assessment: goals, a need and an agreed action
  moty plan 2026-0007 --goals \"A steady income\" --need housing=\"Rent too high\" --note \"Started\"
  # Add an onward pathway booked with the doctor
  moty plan 2026-0007 --pathway \"service=doctor;booked=yes;appointment=2026-12-10\"
  # Take the Kela hour's conclusions as agreed actions
  moty plan 2026-0007 --from-kela
  # End the pathway phase: the key worker named and the client's confirmation
  moty plan 2026-0007 --key-worker-from 1 --client-confirmed --complete";

pub const PLAN_SHOW: &str = "\
Examples:
  # The newest version of the plan
  moty plan show 2026-0007
  # Every version with what changed in it
  moty plan show 2026-0007 --history
  # The printable plan for the client, in Swedish (written to the disclosure log)
  moty plan show 2026-0007 --format md --language sv > plan.md";

pub const PLAN_SERVICES: &str = "\
Examples:
  # The catalogue of onward services
  moty plan services list
  # Add a service in the family and social services area
  moty plan services add debt-counselling --name \"Debt counselling\" --area family-social";

pub const PLAN_SERVICES_LIST: &str = "\
Examples:
  # The catalogue of onward services, each with its service area
  moty plan services list";

pub const PLAN_SERVICES_ADD: &str = "\
Examples:
  # Add a service in the family and social services area
  moty plan services add debt-counselling --name \"Debt counselling\" --area family-social";

pub const PLAN_SERVICES_SET_AREA: &str = "\
Examples:
  # Put home rehabilitation under health and medical care
  moty plan services set-area home-rehabilitation health-medical";

pub const PLAN_DESCRIBE: &str = "\
Examples:
  # Print the saved description, or a draft to edit
  moty plan describe 2026-0008
  # Save the description, read from standard input
  moty plan describe 2026-0008 --text -
  # Save it although an ordinary word in it is also the client's name
  moty plan describe 2026-0008 --text \"Lives near the kivinen shore\" --accept-word kivinen";

pub const FOLLOW_UP: &str = "\
Examples:
  # The follow-ups due this week and those overdue
  moty follow-up due
  # The client is on the path and knows whom to contact: close the case together
  moty follow-up 2026-0007 --reached yes --status on-path --knows-contact yes --next close
  # The client did not answer: follow up again later
  moty follow-up 2026-0008 --reached no --next again --next-on 2027-01-27";

pub const FOLLOW_UP_DUE: &str = "\
Examples:
  # The follow-ups due in the coming week and those overdue
  moty follow-up due
  # Every follow-up ahead, every region's
  moty follow-up due --all --all-regions";

pub const FEEDBACK: &str = "\
Examples:
  # At a terminal: read the questions to the client in Swedish
  moty feedback 2026-0007 --read-in sv
  # The answers given as flags, about the case's latest held meeting
  moty feedback 2026-0007 --usefulness 9 --answer mattered-to-me=fully-agree --text \"Hyvä\"";

pub const KELA_OUTCOME: &str = "\
Examples:
  # A benefit to apply for, with who takes responsibility and by when
  moty kela-outcome 2026-0007 --benefit \"sickness allowance\" --responsible nurse --due 2026-12-15
  # A B-statement the doctor writes, and a recommendation
  moty kela-outcome 2026-0007 --statement b-statement --responsible doctor --recommendation \"TYP\"";

pub const CORRECT: &str = "\
Examples:
  # The Suuntima segment of the latest joint assessment was typed wrong
  moty correct 2026-0007 segment yhteistyo --reason \"Suuntima said yhteistyö\"
  # The referral came from social services, not primary care
  moty correct 2026-0007 source social-services --reason \"Misread the e-mail\"";

/// `moty correct --help`: the examples, then the facts that can be corrected.
pub fn correct_long_help() -> String {
    format!("{CORRECT}\n\n{}", super::correct_facts_help())
}

pub const ESTIMATE: &str = "\
Examples:
  # Appointments with the doctor and the social worker saved, the path 2–4 weeks shorter
  moty estimate 2026-0007 --saved doctor --saved social-worker --time-saved 2-4-weeks
  # Four appointments saved in all at meeting 4, two of them the doctor's
  moty estimate 2026-0007 --meeting 4 --saved doctor=2 --appointments-saved 4";

pub const SURVEY: &str = "\
Examples:
  # Kela's contact person on the Kela hour of meeting 4
  moty survey 2026-0007 --meeting 4 --role kela-contact --kela-benefit 5
  # The nurse on the latest held meeting
  moty survey 2026-0007 --role nurse --added-value 4 --text \"The social counsellor saw the debts\"";

pub const CONSULT: &str = "\
Examples:
  # A phone consultation from the reception services; at a terminal moty asks for the rest
  moty consult --channel phone --unit reception-services
  # The consultations of the last 30 days
  moty consult list
  # Consultation 3 led to case 2026-0009
  moty consult link 3 2026-0009";

pub const CONSULT_LIST: &str = "\
Examples:
  # The last 30 days
  moty consult list
  # Two weeks
  moty consult list --from 2026-11-16 --until 2026-11-29";

pub const CONSULT_LINK: &str = "\
Examples:
  # Consultation 3 led to case 2026-0009
  moty consult link 3 2026-0009";

pub const CONSENT: &str = "\
Examples:
  # Written consent to multi-professional work
  moty consent give 2026-0007 --kind multi-professional --method written
  # The client withdrew the meeting consent
  moty consent withdraw 2026-0007 --kind meeting --note \"Wants to meet the coordinators first\"
  # The consents of a case, withdrawn ones included
  moty consent list 2026-0007";

pub const CONSENT_GIVE: &str = "\
Examples:
  # Written consent to multi-professional work, for some units
  moty consent give 2026-0007 --kind multi-professional --method written --scope \"Health centre\"
  # The client's written contact request
  moty consent give 2026-0007 --kind contact-request --method written
  # Oral consent to discuss the client in the Yhteistyö-tiimi meeting
  moty consent give 2026-0008 --kind meeting --method oral";

pub const CONSENT_WITHDRAW: &str = "\
Examples:
  # The client withdrew the meeting consent
  moty consent withdraw 2026-0007 --kind meeting --note \"Wants to meet the coordinators first\"
  # Multi-professional consent withdrawn: close the case too
  moty consent withdraw 2026-0004 --kind multi-professional --close";

pub const CONSENT_SEND_KELA: &str = "\
Examples:
  # The Kela form went to Kela today
  moty consent send-kela 2026-0007
  # It went on 23 November
  moty consent send-kela 2026-0007 --on 23.11.2026";

pub const CONSENT_LIST: &str = "\
Examples:
  # A case's consents, with why you look (kept in the access log)
  moty consent list 2026-0007 --reason \"phone hour: call from employment services\"";

pub const FIND: &str = "\
Examples:
  # A name or part of it (\"maki\" finds Mäki)
  moty find maki --reason \"phone hour: call from employment services\"
  # An identity code's birth-date part
  moty find 131052
  # A case id or a phone number
  moty find 2026-7";

pub const SHOW: &str = "\
Examples:
  # One case in full, with why you look
  moty show 2026-0007 --reason \"phone hour: call from employment services\"
  # The same as JSON for a script
  moty show 2026-0007 --json";

pub const LIST: &str = "\
Examples:
  # Every open case, longest waiting first
  moty list
  # Referrals in the south region waiting over three days
  moty list --region south --phase referred --waiting-over 3 --reason \"weekly review\"
  # Closed cases too
  moty list --closed";

pub const DEMO: &str = "\
Examples:
  # Build ./moty-demo.sqlite3 with 30 fictitious clients and show it
  moty demo
  # 50 clients in another file
  moty demo /tmp/moty-demo.sqlite3 --clients 50
  # Look a client up in the demo register
  moty --db moty-demo.sqlite3 find maki";
