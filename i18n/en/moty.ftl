# moty's English catalogue: every message moty prints, by id. The ids are checked at compile time
# (fl!); i18n/fi/moty.ftl must have every id of this file with the same variables, and
# i18n/sv/moty.ftl every doc- and date- id (tests/cli/catalogues.rs). Rules: src/text/i18n.rs.

## Dates and numbers (src/text/format.rs), also in the client's documents

# $day: 1 = Monday … 7 = Sunday.
date-weekday-short = { $day ->
        [1] Mon
        [2] Tue
        [3] Wed
        [4] Thu
        [5] Fri
        [6] Sat
       *[7] Sun
    }
date-weekday = { $day ->
        [1] Monday
        [2] Tuesday
        [3] Wednesday
        [4] Thursday
        [5] Friday
        [6] Saturday
       *[7] Sunday
    }
# $month: 1 = January … 12 = December.
date-month = { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    }
# A date and a time of day, each already formatted.
date-time = { $date } { $time }
date-time-weekday = { $weekday } { $date } { $time }

## The coordinators' contact card (src/text/contact.rs)

contact-hours-shape = "{ $value }" is not opening hours: give DAYS HH:MM-HH:MM, e.g. "mon-fri 09:00-10:00" (days mon … sun, a range mon-fri or a list mon,wed; several spans separated by ";")
contact-teams-shape = "{ $value }" is not a Teams address: give the address people find you by on Teams (name@example.fi), or an https link
contact-book-shape = "{ $value }" is not a coordination book's code: letters, digits and hyphens, e.g. yht405
contact-no-card = no contact card for region "{ $region }" (the regions with one: { $known }); moty settings contact --region { $region } --phone … makes one
contact-no-card-anywhere = no contact card for region "{ $region }" (no region has one yet); moty settings contact --region { $region } --phone … makes one
contact-set-and-unset = a field cannot be both given and unset in one command
# One span of opening hours: the days (e.g. "Mon–Fri") and the times, already formatted.
contact-hours-span = { $days } { $from }–{ $to }
contact-card-title = How to reach the Moty coordinators
contact-card-title-region = How to reach the Moty coordinators — region { $region }
contact-card-refer = Referring a client (no referral letter is needed)
contact-card-consent-first = Ask the client first for written consent and a contact request.
contact-card-consult = Consulting us
contact-card-other-times = At other times we answer when we can.
contact-card-regions = The regional pairs
contact-card-empty = No contact details are set yet: moty settings contact --phone … --email … sets them.
contact-card-book = Primary care: put the client in the LC coordination book { $code }
contact-card-email = Emergency department and social services: secure e-mail { $address }
contact-card-teams = Teams: { $address } (when shown as available)
contact-card-phone = Phone: { $number }, { $hours }
contact-card-phone-hour = Phone hour: { $hours }
contact-card-office-hours = Office hours: { $hours }
contact-card-coordinators = Coordinators: { $who }
contact-settings-team = The team's contact card (moty contact prints it)
contact-settings-region = The contact card of region { $region }; an empty field is the team's (moty contact --region { $region } prints it)
contact-settings-region-new = Region { $region } has no contact card of its own yet; give a field to make one
contact-field-coordinators = Coordinators
contact-field-phone = Phone
contact-field-phone-hours = Phone hour
contact-field-office-hours = Office hours
contact-field-teams = Teams
contact-field-email = Secure e-mail
contact-field-book = Coordination book
contact-default-hours = { $hours } (the default)

## Choosing the language (src/text/language.rs)

lang-unknown = "{ $value }" is not a language moty speaks; give one of: { $allowed } (fi suomeksi, en in English)
lang-swedish-documents = moty itself speaks fi or en; Swedish (sv) is for the documents given to a client: moty plan show CASE --format md --language sv, or record the client's language with moty client CASE --language sv

## Dates and times typed in (src/domain/when.rs; src/text/mod.rs, src/text/schedule.rs)

input-not-a-date = '{ $value }' is not a real date; write YYYY-MM-DD (e.g. 2026-03-15) or D.M.YYYY (e.g. 15.3.2026)
input-not-a-time = '{ $value }' is not a time; write "YYYY-MM-DD HH:MM" or "D.M.YYYY klo H.MM" in Helsinki time, e.g. "2026-12-02 12:30" or "2.12.2026 klo 12.30"
input-not-a-clock-time = '{ $value }' is not a time of day; write HH:MM or H.MM, e.g. 12:30 or 12.30

## Counted things: plural forms (src/text/labels.rs, next.rs, dpo.rs, plan.rs, areas.rs,
## outcomes.rs, kela.rs). A count is a number variable; select on it with the language's CLDR
## categories (English and Finnish: one, other).

case-heading = Case { $case } — { $phase } since { $since } ({ $days ->
        [one] { $days } day
       *[other] { $days } days
    })
days-waiting = { $days ->
        [one] { $days } day
       *[other] { $days } days
    } (since { $since })
follow-up-due-today = due today ({ $due })
follow-up-due-tomorrow = due { $due }, tomorrow
follow-up-due-in = due { $due }, in { $left ->
        [one] { $left } day
       *[other] { $left } days
    }
follow-up-overdue = overdue by { $late ->
        [one] { $late } day
       *[other] { $late } days
    } (due { $due })
# $when: one of the follow-up-due messages above.
follow-up-due-agreed = { $when }, as agreed at the last call
log-exported = { $rows ->
        [one] { $rows } row
       *[other] { $rows } rows
    } written to { $path }; the export is recorded in the disclosure log.
chain-line = { $log }: { $rows ->
        [one] { $rows } row
       *[other] { $rows } rows
    }, intact
chain-broken = the audit trail is broken in { $logs ->
        [one] { $logs } log
       *[other] { $logs } logs
    }; see the rows named above and restore from a backup
broken-keys = { $count ->
        [one] { $count } row points
       *[other] { $count } rows point
    } at missing rows
clock-notes = { $log }: { $overridden ->
        [one] { $overridden } row was
       *[other] { $overridden } rows were
    } entered under an overridden clock (MOTY_NOW); { $earlier ->
        [one] { $earlier } row has
       *[other] { $earlier } rows have
    } an entry time earlier than the row before them
doctor-failed = { $count ->
        [one] { $count } check
       *[other] { $count } checks
    } failed; see above
municipality-clients = '{ $name }' ({ $clients ->
        [one] { $clients } client
       *[other] { $clients } clients
    })
# $list: municipality-clients messages separated by commas.
unknown-municipalities = { $count ->
        [one] { $count } municipality
       *[other] { $count } municipalities
    } not on Statistics Finland's 2026 list: { $list } (kept as written; the next referral with --municipality corrects a client's)
# $count: a number, or "<5" for a small suppressed count (read as plural).
cases-in-several-groups = { $count ->
        [one] { $count } case is
       *[other] { $count } cases are
    } in more than one group: the groups add up to more than the total.
kela-concluded =
    Recorded { $count ->
        [one] { $count } conclusion
       *[other] { $count } conclusions
    } of the Kela hour { $starts } for case { $case }.
    They are offered as agreed actions when the plan is next edited (moty plan { $case } --from-kela takes them all).

## The plan given to the client (src/text/protection.rs, copy_*): a document for the client, so
## in the Swedish catalogue too. Markdown: **bold** is the name or the service.

doc-plan-title = Your care and service plan, { $name }
doc-plan-intro = This plan was agreed with you on { $date }. Keep it: it tells whom to contact and where your matters go next. (Case { $case }.)
doc-plan-heading-contact = Whom to contact
doc-plan-heading-goals = Your goals
doc-plan-heading-pathways = Where you go next
doc-plan-heading-actions = What we agreed
doc-plan-contact-unnamed = Your contact person will be named soon; until then, call the coordinators.
doc-plan-contact = Your contact person is **{ $name }**.
doc-plan-contact-unit = Your contact person is **{ $name }**, { $unit }.
doc-plan-contact-reach = Your contact person is **{ $name }**. You reach them at { $contact }.
doc-plan-contact-unit-reach = Your contact person is **{ $name }**, { $unit }. You reach them at { $contact }.
# $what: the service in bold, then its unit and professional, e.g. "**Housing advice**, Kotka".
doc-plan-pathway-booked-on = { $what }: your appointment is booked for { $date }
doc-plan-pathway-on = { $what }: on { $date }
doc-plan-pathway-booked = { $what }: the appointment has been booked for you
doc-plan-pathway-book-yourself = { $what }: book an appointment yourself
doc-plan-action-by = { $what } — { $who }, by { $date }
doc-plan-action = { $what } — { $who }


## ==== t1: src/text/mod.rs, actor.rs, platform.rs, files.rs, dpo.rs, regions.rs, overview.rs ====
## (messages of these files go below this line, in this section only)




## ==== t2: src/text/labels.rs, timeline.rs, next.rs ====
## (messages of these files go below this line, in this section only)




## ==== t3: src/text/plan.rs, protection.rs ====
## (messages of these files go below this line, in this section only)

# --- the plan (HOPA) and its editing (src/text/plan.rs) ---
# $part, $value, $key, $code: what was typed, shown safely.
plan-fields-shape = '{ $part }' is not key=value with a known key; the keys are: { $keys } (separate pairs with ;)
plan-field-twice = { $key } is given twice
plan-numbered-shape = '{ $value }' is not NUMBER=VALUE, e.g. 2=booked
# $phase: the case's phase.
plan-not-started = the plan starts at the joint assessment or in the collaboration team; this case is { $phase }
plan-unknown-service = '{ $code }' is not in the service catalogue; use one of: { $known } (moty plan services add adds one)
plan-no-entry = there is no directory entry { $id }; moty directory list shows them
# $what: action or pathway (a code); $count: how many the plan has.
plan-no-item = there is no { $what ->
        [action] action
       *[pathway] pathway
    } { $n }; the plan has { $count }
plan-no-plan = case { $case } has no plan yet; moty plan { $case } --key-worker NAME … starts it
plan-no-version = case { $case } has no plan version { $version }
# $missing: plan-missing-… messages separated by "; ".
plan-pathway-phase-open = the pathway phase cannot be completed yet; missing: { $missing }
plan-missing-key-worker = a key worker (--key-worker NAME)
plan-missing-pathway = at least one onward pathway (--pathway service=…)
plan-missing-confirmation = the client's confirmation that they know how the pathway goes on and whom to contact (--client-confirmed)
plan-missing-follow-up = a follow-up with the client (moty follow-up CASE …)
plan-closing-open = a case closes as completed only when its work is done; missing: { $missing }
plan-nothing-changed = Nothing to change; the plan stays as it is.
plan-saved = Saved version { $version } of the plan of case { $case }.
plan-pathways-completed = Onward pathways agreed for case { $case }; follow-up due { $due }.
# The plan shown to the coordinators: $at is the time it was saved, $actor who saved it.
plan-heading = Plan { $case }, version { $version } ({ $at }, { $actor })
plan-l-plan = Plan
plan-l-contact = Contact (key worker)
plan-l-follow-ups = Follow-ups
plan-l-resources = Own resources
plan-l-goals = Goals
plan-l-confirmed = Client knows the pathway and contact
plan-h-key-worker = Key worker
plan-h-action = Agreed action
plan-h-who = Who
plan-h-by-date = By
plan-h-service = Service
plan-h-professional = Professional
plan-h-appointment = Appointment
plan-h-purpose = Purpose
plan-h-code = Code
plan-booked-for-client = booked for the client
plan-need-health = health
plan-need-social = social situation
plan-need-finances = finances
plan-need-housing = housing
plan-need-work-study = work and study
plan-need-functional-capacity = functional capacity
plan-need-other = other needs
plan-need-shape = '{ $value }' has no =TEXT; write AREA=TEXT (housing=needs a flat of her own), or AREA= to remove the need
plan-service-code-shape = '{ $code }' is not a service code; use lower-case letters, digits and hyphens, e.g. memory-clinic
plan-pro-not-a-number = pro= takes the number of a directory entry (moty directory find shows them)
plan-assessment-first = the pathway phase starts after the joint assessment is held; mark it held first (moty schedule held MEETING)
# The plan's history: what changed from one version to the next.
plan-changed-field = { $label }: { $value }
plan-removed-field = { $label }: removed
plan-added-action = action { $n } added: { $what }
plan-added-pathway = pathway { $n } added: { $service }
# $what: action or pathway (a code); $status: the new status in words.
plan-status-changed = { $what ->
        [action] action
       *[pathway] pathway
    } { $n } is now { $status }
plan-version-heading = Version { $version }, { $at }, { $actor }
plan-version-heading-note = Version { $version }, { $at }, { $actor }: { $note }

# --- the anonymous description (seed 002's template) ---
plan-description-leaks = the description must be anonymous, but it contains { $what }; remove it and save again
plan-client-changed-during-check = the client's details changed while the description was being checked; nothing was saved, run the command again
plan-leak-name = the client's name ("{ $word }"; if it is an ordinary word here, add --accept-word { $word })
plan-leak-identity-code = the client's identity code
plan-leak-birth-date = the client's birth date
plan-leak-phone = the client's phone number
plan-leak-email = an e-mail address
plan-leak-address = a street address
plan-leak-municipality = the municipality of a client with a non-disclosure order for personal safety
plan-description-saved = Saved the anonymous client description.
plan-template-date = Date: { $date }
plan-template-unit = Referring unit: { $unit }
plan-template-worker = Referring worker and contact: { $worker } { $contact }
plan-template-units = Collaborating units: { $units }
plan-template-wanted = What services and support are wanted, from which unit:
plan-template-received = Services already received:
plan-template-worked = What has worked, what has not:
plan-template-assessment = Key points of the service-need assessment:
plan-template-anonymous = (No name, identity code, address or phone number of the client.)

# --- the follow-up ---
plan-not-in-follow-up = a follow-up comes after the onward pathways are agreed (moty plan CASE --complete); this case is { $phase }
plan-unreached-status = a client who was not reached is 'unreachable'; leave --status out or use unreachable
plan-reached-status = a client who was reached is on-path, on-the-way or dropped-off
plan-next-on-needed = --next again needs --next-on DATE, a day after today
plan-next-on-only-again = --next-on goes with --next again
plan-unreached-answers = the client was not reached (--reached no), so there are no answers to record; leave out --usefulness, --knows-contact, --time-saved and --appointments-saved
plan-unreached-close = a case is closed together with the client only after reaching them; follow up again (--next again) or close it with moty close --reason unreachable
# $next: the next step in words.
plan-follow-up-recorded = Recorded the follow-up of case { $case }; next: { $next }.
plan-nothing-due = No follow-ups are due.
plan-h-due = Due
plan-h-overdue = Days overdue
plan-prompt-reached = Was the client reached?
plan-prompt-follow-status = Did the client reach the recommended services
plan-prompt-knows = Does the client know how the pathway goes on and whom to contact?
plan-prompt-usefulness = The client's usefulness score (1–10)
plan-prompt-next = What next
plan-prompt-next-on = Next follow-up on (YYYY-MM-DD)
plan-usefulness-range = a score from 1 to 10
plan-closed-jointly = ended together with the client by { $by }
# $status and $next in words; $score 1–10.
plan-follow-up-line = Follow-up { $on }: { $status }, next: { $next }
plan-follow-up-line-score = Follow-up { $on }: { $status }, usefulness { $score }/10, next: { $next }

# --- the directory and files read in ---
plan-directory-saved = Saved directory entry { $id }.
plan-imported = Imported { $count ->
        [one] { $count } directory entry
       *[other] { $count } directory entries
    }.
plan-nothing-in-directory = Nothing found in the directory.
plan-h-role = Role
plan-h-team = Team
plan-h-when-to-refer = When to refer
plan-lead = lead
plan-csv-line = line { $line }: { $message }
plan-csv-header = the first line must name the columns: { $expected }
plan-csv-not-utf8 = { $column }: not valid UTF-8 text; save the file as UTF-8
plan-email-shape = an e-mail address has one @, a name before it and a domain with a dot after it (aino@kotka.fi), and no spaces
plan-cannot-read-field = cannot read { $field }
plan-cannot-read = cannot read { $path }
# $limit: plan-size-… below.
plan-over-limit = is larger than the limit of { $limit }; nothing was read beyond it. Check that this is the right file
plan-size-mib = { $size } MiB
plan-size-kib = { $size } KiB
plan-size-bytes = { $size ->
        [one] { $size } byte
       *[other] { $size } bytes
    }

# --- reports (src/text/plan/reports.rs) ---
plan-report-team-agenda = Yhteistyöaika agenda
plan-report-units-waiting = Requested units that have not answered
plan-report-meetings = Joint assessments and the Kela hour
plan-report-missing = Consents missing and Kela forms not sent for booked meetings
plan-report-referrals = New referrals in the past week, by source and channel
plan-report-follow-ups = Follow-ups due and overdue
plan-report-untriaged = Untriaged referrals, longest waiting first
plan-report-collect = Consents to collect
plan-report-forms = Kela forms to send before the next hour
plan-report-to-mark = Meetings to mark held
plan-report-no-key-worker = Plans without a key worker
plan-report-missing-multi = multi-professional consent
plan-report-missing-kela-consent = Kela information-exchange consent
plan-report-missing-contact-request = the client's contact request (yhteydenottopyyntö)
plan-report-missing-form-late = Kela form sent late
plan-report-missing-form-not-sent = Kela form not sent
plan-report-none = None.
plan-report-excel-is-csv = --excel goes with --format csv
plan-report-unit-named = { $unit }: { $worker } named { $on }
plan-report-unit-not-answered = { $unit }: not answered
plan-report-weekly-title = Yhteistyö-tiimi weekly { $week } ({ $monday } – { $sunday })
plan-report-queue-title = Work list { $today }
plan-report-h-figure = Figure
plan-report-h-key = Key
plan-report-h-value = Value
plan-report-chart-funnel = Cases through the phases
plan-report-chart-segments = Suuntima segments
plan-report-chart-services = Onward services
plan-report-chart-time-saved = Time saved
plan-report-chart-usefulness = Usefulness to the client, 1–10 (N = { $n })
plan-report-mean = mean
plan-report-all-figures = All figures
plan-report-outcomes-title = Outcomes of cases referred { $from } – { $to }
plan-report-outcomes-title-region = Outcomes of cases referred { $from } – { $to }, region { $region }
plan-report-h-command = Command
plan-report-h-why = Why
plan-report-h-recipient = To whom
plan-report-h-cases = Cases

# --- the register's checks: audit, backup, restore, doctor ---
plan-audit-chain-edited = the row was changed after it was written (its hash does not match)
plan-audit-chain-gap = rows are missing or out of order: expected row { $expected }, found row { $found }
plan-audit-chain-rewritten = the rows recorded in the manifest were rewritten (the head differs)
plan-audit-chain-truncated = rows were removed from the end: the manifest recorded { $recorded }, the log has { $now }
plan-audit-row-problem = row { $row }: { $problem }
plan-audit-chain-ok = intact
plan-audit-chain-footer = Register timeline when this was made: { $rows ->
        [one] { $rows } entry
       *[other] { $rows } entries
    }, hash-chain head { $head } (moty audit verify prints the same).
plan-audit-withheld = Withheld (fields that would identify the client; fix them in the register)
plan-audit-register = Register (the timeline's hash chain when this was exported)
plan-audit-h-log = Log
plan-audit-h-rows = Rows
plan-audit-h-head = Head
plan-audit-h-check = Check
plan-audit-h-detail = Detail
plan-manifest-log = names a log moty does not keep: { $problem }
plan-manifest-count = records { $rows ->
        [one] { $rows } row
       *[other] { $rows } rows
    } for { $log }; a count is never negative. The manifest was not written by moty or was edited
plan-manifest-head = the entry for { $log } is not a 64-character hash or is given twice; the manifest was not written by moty or was edited
plan-audit-backup-check-failed = the copy failed its check ({ $result }); it was not completed
plan-audit-backup-done = Backed up the register to { $path } ({ $events ->
        [one] { $events } timeline entry
       *[other] { $events } timeline entries
    }); manifest beside it.
# $current, $backup: the times of the last change.
plan-audit-restore-newer = the register has changes newer than the backup (last change { $current }, the backup's { $backup }); pass --force to overwrite them
plan-audit-restored = Restored { $backup } into { $register }.
plan-audit-schema-version = version { $version } (this moty writes { $latest })
plan-audit-clock-overridden = clock overridden
# $mode: the file's permissions in octal, e.g. 600.
plan-audit-file-private = { $mode }, private to the owner
plan-audit-file-open = { $mode }: others can read the register; chmod 600 it
plan-audit-folder-mode = { $dir } is { $mode }
plan-audit-network-fs = { $kind } is a network filesystem: SQLite's locking is not safe on it, and moty refuses to write there; keep the register on a local disk, or use a shared server register (PostgreSQL) — see "The register file" in moty's book (docs/)
plan-audit-unknown-fs = the filesystem could not be determined

# --- protection and representation (src/text/protection.rs) ---
protect-non-disclosure-warning = ⚠ NON-DISCLOSURE ORDER for personal safety (turvakielto): never give out this client's address, phone or municipality, and do not confirm to anyone where they live or are cared for.
protect-non-disclosure-case = ⚠ { $case }: NON-DISCLOSURE ORDER for personal safety (turvakielto) — never give out this client's address, phone or municipality.
protect-l-non-disclosure = Non-disclosure order
protect-l-language = Language
protect-l-interpreter = Interpreter
protect-h-given-by = Given by
protect-the-client = the client
protect-no-interpreter = not needed
protect-interpreter-needed = needed: { $language }
protect-non-disclosure-yes = yes — address and contact details never leave the register
protect-non-disclosure-no = no
protect-reason-needed = say why the order is marked or cleared (e.g. the Digital and Population Data Services Agency's decision), in at most 400 characters
protect-reason-only-with-order = --reason says why a non-disclosure order is marked or cleared; give it with --non-disclosure
protect-client-nothing-to-change = nothing to change: give --non-disclosure yes|no with --reason, --language, --interpreter or --no-interpreter
protect-interpreter-shape = name the language the interpreter interprets (e.g. arabic, Finnish sign language), at most 60 characters
protect-non-disclosure-already = the client of case { $case } already has a non-disclosure order marked
protect-non-disclosure-none = the client of case { $case } has no non-disclosure order marked to clear
protect-client-unchanged = The client of case { $case } is as recorded; nothing changed.
# $facts: protect-fact-… messages separated by "; ".
protect-client-changed = Recorded for the client of case { $case }: { $facts }.
protect-fact-non-disclosure-marked = Non-disclosure order: marked
protect-fact-non-disclosure-cleared = Non-disclosure order: cleared
protect-fact-language = Language: { $language }
protect-fact-interpreter = Interpreter: { $interpreter }
# The timeline line: $label is the event's label; $what: marked or cleared (a code).
protect-non-disclosure-summary = { $label }: { $what ->
        [marked] marked
       *[cleared] cleared
    }
protect-non-disclosure-summary-reason = { $label }: { $what ->
        [marked] marked
       *[cleared] cleared
    } — { $reason }
protect-custodian-for-adult = a custodian (huoltaja) consents for a child under 18, and this client was an adult on that day; an adult's representative is an appointed guardian (guardianship) or an attorney (power-of-attorney)
protect-representative-needs-authority = say on what authority the representative consents: guardianship, custodian, power-of-attorney or other
protect-authority-needs-representative = name the representative who gave the consent with --by-representative NAME
# $authority: the authority in words, e.g. "appointed guardian (edunvalvoja)".
protect-given-by = { $name } ({ $authority })
protect-consent-given-by = Given on the client's behalf by { $name } ({ $authority }).
# $step: the step refused, in words.
protect-contact-request-missing = cannot { $step }: the Moty track starts on the client's written consent and their contact request (yhteydenottopyyntö, seed 000), and none is recorded; record it with moty consent give { $case } --kind contact-request --method written
protect-contact-request-withdrawn = cannot { $step }: the Moty track starts on the client's written consent and their contact request (yhteydenottopyyntö, seed 000), and the client withdrew it; record it with moty consent give { $case } --kind contact-request --method written
protect-legal-basis-shape = '{ $value }' is not a legal basis; use consent, social-welfare-act-41, health-care-act-32 or other:TEXT naming another
protect-legal-basis-name-it = name the other legal basis after a colon, e.g. other:Act on the Status and Rights of Patients 13 §
protect-basis-other = other: { $named }
protect-basis-not-recorded = not recorded (before legal bases were kept)
protect-h-legal-basis = Legal basis
# The bases moty names by default (stored in English; worded here).
protect-basis-clients-own-plan = the client's own plan, handed to the client (Client Data Act 703/2023)
protect-basis-anonymous-figures = anonymous aggregate figures, no personal data
protect-basis-supervision = log data for supervision (Client Data Act 703/2023, Data Protection Act 1050/2018)
protect-basis-own-backup = the controller's own backup copy of the register
protect-basis-carried-unrecorded = not recorded in the register the row was carried from
protect-basis-missing = has no legal basis recorded
protect-basis-edited = its legal basis was changed, or belongs to another row
# $problem: protect-basis-missing or protect-basis-edited.
protect-basis-problem = disclosure { $id } { $problem }
protect-client-copy-only = this goes with the plan for the client (--format md)

# --- the plan for the client (a document: also in sv) ---
# $line: one of the doc-plan-pathway-… lines; $purpose: the pathway's purpose as typed.
doc-plan-pathway-purpose = { $line } ({ $purpose })





## ==== t4: src/text/schedule.rs, consult.rs, feedback.rs, correct.rs ====
## (messages of these files go below this line, in this section only)




## ==== t5: src/text/estimates.rs, areas.rs, outcomes.rs, kela.rs, team.rs ====
## (messages of these files go below this line, in this section only)


