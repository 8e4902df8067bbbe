//! What `moty` alone prints: the path of a case (domain.md, "The path of a case") with the
//! command for each step, and where the help is.

pub const OVERVIEW: &str = "\
moty — the case register of the Moty coordinators

The path of a case, and the commands that move it along (CASE is a case id such as
2026-0007, MEETING a meeting's number from `moty schedule list`):

1. Referral: a professional's concern opens a case
     moty refer --name NAME --group GROUP --source SOURCE --channel CHANNEL --reason TEXT
2. Consent: the client's written consent and contact request
     moty consent give CASE --kind multi-professional --method written
     moty consent give CASE --kind contact-request --method written
3. Triage: decide the track (the queue at a terminal, or one case from flags)
     moty triage
     moty triage CASE --decision joint-assessment --kela-screen yes
4. Joint assessment, and the Kela hour when it is needed
     moty schedule CASE --kind joint-assessment
     moty schedule held MEETING --segment SEGMENT --omaolo yes --kela-screen yes
     moty consent give CASE --kind kela-exchange --method written
     moty consent send-kela CASE
     moty schedule CASE --kind kela
     moty kela-outcome CASE --benefit TEXT --responsible WHO --due DATE
5. Plan (HOPA): the key worker, the onward pathways, the client's confirmation
     moty plan CASE --key-worker NAME --pathway \"service=CODE\" --client-confirmed --complete
6. Follow-up: the call after the pathway
     moty follow-up due
     moty follow-up CASE --reached yes --status on-path --knows-contact yes --next close
7. Close: together at the follow-up (above), or for another reason
     moty close CASE --reason REASON

At any step: moty find TEXT, moty show CASE (where it stands and what is next),
moty list, moty report queue (the work list). To try it all on fictitious clients: moty demo

`moty --help` lists every command; `moty help COMMAND` explains one, with examples.
";
