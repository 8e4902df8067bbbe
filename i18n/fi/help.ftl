# The help catalogue (Finnish; English text until it is translated, section by section): every page and argument of `moty … --help`, the manual pages,
# the completions and the command-line reference. src/help.rs sets them on the command tree by
# these ids; i18n/TRANSLATING-HELP.md explains the ids and the formatting rules.
#
# One paragraph is one line (clap wraps it to the terminal); paragraphs are separated by a blank
# line. Example lines keep their two-space indent inside the block.

## ==== help A ====

help-moty = moty — the case register of the Moty coordinators
help-moty-long = The coordinator pair's register for multi-professional collaboration in primary social and health care: referrals, consents, triage, meetings, the plan, follow-ups and the reports. Every look-up of a client is written to the access log, every export to the disclosure log. `moty` alone prints the path of a case with the command for each step.
help-moty-examples =
    Examples:
      # The path of a case with the command for each step
      moty
      # Build a register of fictitious clients to try moty on
      moty demo
      # Use another register than the default one for one command
      moty --db moty-demo.sqlite3 find maki
      # One command's help, with its examples
      moty help schedule held

help-global--db = The register file [default: ~/.local/share/moty/register.sqlite3; on Windows %LOCALAPPDATA%\moty\moty\data\register.sqlite3]
help-global--actor = Who is acting, recorded on every change and look-up [default: your login name]
help-global--key_file = A file whose first line is the register's encryption key (the encrypted build); or set MOTY_DB_KEY
help-global--json = Print JSON for scripts (shapes published in docs/schemas/)
help-global--allow_network_share = Open a register on a network share (NFS, SMB, a UNC path) anyway. Unsafe: SQLite's locking does not hold across computers, and two writers can corrupt the register
help-global--color = When to colour tables, messages and help [default: the configuration file's color, else auto]
help-global--lang = The language moty speaks: fi (suomi) or en (English) [default: MOTY_LANG, else the configuration file's lang, else the system's locale, else en]

help-moty-refer = Register a referral (the trigger) and open a case
help-moty-refer-long =
    Use it when a professional's concern, or the client's own booking, reaches the coordinators: it records the client, where the referral came from, how, and why, and opens a case in the phase `referred`, waiting in the triage queue. At a terminal moty asks for the values that are missing. The first referral creates the register; the change is written to the timeline and the access log.

    The same identity code is the same client. Without a code, a new client is registered unless --client-of names an earlier case of the same person. A client with an open case gets a second one only with --another-case.
help-moty-refer--name = The client's full name
help-moty-refer--hetu = Personal identity code (henkilötunnus), e.g. 131052-308T
help-moty-refer--temporary_hetu = Accept a temporary identity code (individual number 900–999)
help-moty-refer--birth_year = Birth year, when the client has no identity code
help-moty-refer--phone = The client's phone number
help-moty-refer--municipality = The client's home municipality: its Finnish or Swedish name or Statistics Finland's three-digit code (stored by its Finnish name)
help-moty-refer--region = The coordinators' team region (e.g. south, north)
help-moty-refer--group = The client group, which decides the team at triage
help-moty-refer--source = The unit the referral came from
help-moty-refer--channel = How the referral arrived
help-moty-refer--referrer = The referring professional's name
help-moty-refer--referrer_unit = The referring professional's unit
help-moty-refer--referrer_contact = How to reach the referring professional (phone, e-mail)
help-moty-refer--signs = A sign that raised the concern; repeat for several
help-moty-refer--other_sign = What the "other" sign is (with --sign other)
help-moty-refer--reason = The reason for the referral in free text; "-" reads it from standard input
help-moty-refer--on = The date the referral arrived, YYYY-MM-DD or D.M.YYYY [default: today]; earlier dates show as backdated
help-moty-refer--client_of = The client is the same person as in this earlier case (for clients without a code)
help-moty-refer--rename = Record the name given as the client's new name (the code or case names a known client)
help-moty-refer--another_case = Open a case even though the client already has an open one
help-moty-refer--urgent = The case is urgent: it heads the triage queue
help-moty-refer--minor = Register a client under 18 anyway (the target group is adults), with the reason why
help-moty-refer--consultation = The professional's consultation this referral follows (its number from `moty consult list`): linked to the new case, on its timeline
help-moty-refer--non_disclosure = The client has a non-disclosure order for personal safety (turvakielto): their address and contact details never leave the register, and every screen that shows them warns (`moty client CASE --non-disclosure no --reason TEXT` clears it)
help-moty-refer--language = The client's language, which chooses the language of their documents
help-moty-refer--interpreter = The client needs an interpreter, for this language (e.g. arabic, Finnish sign language)
help-moty-refer-examples =
    Examples:
      # At a terminal, moty asks for the group, source, channel and reason
      moty refer --name "Maija Meikäläinen" --hetu 131052-308T
      # A self-referral by chat, every required value given
      moty refer --name "Matti Virtanen" --group family --source self --channel chat --reason "Debts"
      # A new case for the client of case 2026-0007, the reason read from standard input
      moty refer --client-of 2026-0007 --group older-pmt --source emergency --channel phone --reason -

help-moty-triage = Work through the triage queue, or decide one case
help-moty-triage-long =
    Use it to decide what happens to a new referral: resolve it as a single issue, book the joint assessment, take it to the Yhteistyö-tiimi, redirect it or decline it, with the first Kela screen and the team. The joint assessment needs the client's written consent and contact request, the Yhteistyö-tiimi their consent (`moty consent give`). Every client the queue shows is written to the access log.

    Without CASE on a terminal: the queue, one case at a time (urgent first, then oldest). Without CASE otherwise, or with --list: print the queue. With CASE: decide it from flags, asking on a terminal for what is missing.
help-moty-triage--case = The case to triage, e.g. 2026-0007
help-moty-triage--list = Print the queue and exit
help-moty-triage--region = Only the cases of this region [default: the configuration file's region, else your default region in the register (`moty settings my-region`)]
help-moty-triage--all_regions = Every region's cases, whatever your default region
help-moty-triage--decision = The decision
help-moty-triage--kela_screen = The first Kela screen: does the client's situation call for Kela? (yes or no)
help-moty-triage--team = The team composition; repeat or separate with commas [default: from the client group]
help-moty-triage--urgency = How pressing the case is [default: as referred]
help-moty-triage--note = A note for the team
help-moty-triage--advice = What was advised (with --decision single-issue)
help-moty-triage--to = Where the case is redirected (with --decision redirect)
help-moty-triage--reason = Why the case is declined (with --decision decline)
help-moty-triage--units = A unit whose worker is requested (with --decision collaboration-team); repeat for several
help-moty-triage--on = The date of the decision, YYYY-MM-DD or D.M.YYYY [default: today]
help-moty-triage-examples =
    Examples:
      # Walk the queue at a terminal, one case at a time
      moty triage
      # Print the queue of your region
      moty triage --list
      # Book the joint reception track for a case; the first Kela screen says yes
      moty triage 2026-0007 --decision joint-assessment --kela-screen yes
      # Take a case to the Yhteistyö-tiimi, naming the units whose workers are requested
      moty triage 2026-0008 --decision collaboration-team --kela-screen no --unit "Housing services"

help-moty-schedule = Book meetings, mark them held, and keep the calendar
help-moty-schedule-long = Use `moty schedule CASE --kind KIND` to book a case's joint assessment, Kela hour, network meeting or Yhteistyöaika: it books the next free slot that every rule allows (the phase, the consents, places left, holidays and closure days); --at books a given time and says precisely why one is refused; --dry-run lists the next candidates. Booking moves the case along its path. The subcommands record what happened at a meeting and keep the slots and the agenda.
help-moty-schedule--case = The case, e.g. 2026-0007
help-moty-schedule--kind = The kind of meeting (required when booking)
help-moty-schedule--at = A given time, "YYYY-MM-DD HH:MM" in Helsinki time (required for a network meeting)
help-moty-schedule--minutes = The length of a network meeting in minutes
help-moty-schedule--doctor = A doctor takes part
help-moty-schedule--chair = Who chairs a team or network meeting
help-moty-schedule--participants = A professional from the directory invited to the meeting (its number); repeat for several
help-moty-schedule--dry_run = List the next free candidates without booking
help-moty-schedule--override_screen = Book a Kela hour although the joint assessment's Kela screen said no, saying why
help-moty-schedule--video_link = The meeting's video link (Teams or another service): its whole https address. Shown in the agenda and written into the calendar file
help-moty-schedule-examples =
    Examples:
      # The next free times for a joint assessment, without booking
      moty schedule 2026-0007 --kind joint-assessment --dry-run
      # Book the next free joint assessment
      moty schedule 2026-0007 --kind joint-assessment
      # Book a network meeting at a given time, with a doctor
      moty schedule 2026-0007 --kind network --at "2026-11-30 14:00" --minutes 90 --doctor
      # Book the Kela hour after the Kela form was sent
      moty schedule 2026-0007 --kind kela

help-moty-schedule-held = Record a meeting as held, with what its kind needs
help-moty-schedule-held-long = Use it once a meeting's start time has passed and it took place. A joint assessment records the Suuntima segment, the Omaolo check and the second Kela screen; a network meeting or a Yhteistyöaika the client's oral consent, who attended and who chaired; a Kela hour whether a network meeting is needed next. Holding moves the case along its path; the pair's estimate of the reception may be given at the same time.
help-moty-schedule-held--meeting = The meeting number (from `moty schedule list`)
help-moty-schedule-held--segment = Joint assessment: the Suuntima segment
help-moty-schedule-held--omaolo = Joint assessment: was the Omaolo check done (yes or no)
help-moty-schedule-held--kela_screen = Joint assessment: the second Kela screen (yes or no)
help-moty-schedule-held--meeting_consent = Team and network meetings: the client's oral consent was recorded at the start
help-moty-schedule-held--attended = Team and network meetings: who attended (at least client and referring-worker)
help-moty-schedule-held--chair = Team and network meetings: who chaired
help-moty-schedule-held--network_needed = Kela hour, verkosto or yhteistyö client: a network meeting is needed next
help-moty-schedule-held--saved = A service (code of the service catalogue) whose appointments the reception saved the client, with how many (1–100, default 1); repeat for several
help-moty-schedule-held--appointments_saved = Appointments saved in all, 0–100 (at least the sum of --saved) [default: the sum of --saved]
help-moty-schedule-held--time_saved = How much the reception shortened the client's path
help-moty-schedule-held--time_saved_how = How time was saved (free text, at most 2,000 characters)
help-moty-schedule-held-examples =
    Examples:
      # A joint assessment held: the Suuntima segment, the Omaolo check and the second Kela screen
      moty schedule held 1 --segment verkosto --omaolo yes --kela-screen yes
      # With the pair's estimate of what the reception saved the client
      moty schedule held 1 --segment yhteiso --omaolo no --kela-screen no --saved doctor=2
      # A network meeting held, with the client's oral consent and who attended
      moty schedule held 7 --meeting-consent --attended client,referring-worker,doctor

help-moty-schedule-no-show = Record that the client did not come
help-moty-schedule-no-show-long = Use it when the client missed a booked meeting without cancelling. The meeting stays in the calendar as a no-show and the case stays in its phase, so the next meeting can be booked with `moty schedule CASE --kind KIND`; repeated missed appointments are one of the signs the coordinators watch for.
help-moty-schedule-no-show--meeting = The meeting number (from `moty schedule list`)
help-moty-schedule-no-show--note = A note
help-moty-schedule-no-show-examples =
    Examples:
      # The client did not come to meeting 5
      moty schedule no-show 5 --note "Did not answer the video call or the phone"

help-moty-schedule-cancel = Cancel a meeting
help-moty-schedule-cancel-long = Use it when a booked meeting will not take place, saying why. Its place becomes free for another case and the case stays in its phase; book again with `moty schedule CASE --kind KIND`.
help-moty-schedule-cancel--meeting = The meeting number (from `moty schedule list`)
help-moty-schedule-cancel--reason = Why it is cancelled
help-moty-schedule-cancel-examples =
    Examples:
      # Cancel meeting 6, saying why
      moty schedule cancel 6 --reason "Client admitted to hospital; rebook after discharge"

help-moty-schedule-move = Move a meeting to another time, or give it its video link
help-moty-schedule-move-long = Use it when a booked meeting changes time, checked by the same rules as a new booking, or when its Teams (or other) video link arrives: the agenda and the calendar file show the link. The case stays in its phase.
help-moty-schedule-move--meeting = The meeting number (from `moty schedule list`)
help-moty-schedule-move--at = The new time, "YYYY-MM-DD HH:MM" in Helsinki time
help-moty-schedule-move--video_link = The meeting's video link (its whole https address), given or replaced; alone it leaves the time as it is
help-moty-schedule-move-examples =
    Examples:
      # Move meeting 7 to another time
      moty schedule move 7 --at "2026-12-01 10:00"
      # Give meeting 7 its Teams link, keeping its time
      moty schedule move 7 --video-link "https://teams.microsoft.com/l/meetup-join/abc"

help-moty-schedule-slots = Show or edit the slot rules and the Kela hour's settings
help-moty-schedule-slots-long = Use it when the team's calendar changes: the weekly or every-other-week slots of the joint assessment, the Kela hour and the Yhteistyöaika (network meetings have none), how many clients each takes, and the Kela hour's settings. Booked meetings stay as they are. Public holidays need no rule; close other days with `moty schedule close-day`.
help-moty-schedule-slots-examples =
    Examples:
      # The slot rules, the Kela hour's settings and the closure days
      moty schedule slots list
      # A weekly Kela hour on Tuesdays at 10:00 for four clients
      moty schedule slots add --kind kela --weekday 2 --start 10:00 --minutes 60 --capacity 4

help-moty-schedule-slots-list = List the slot rules, the settings and the closure days
help-moty-schedule-slots-list-long = Use it to see the team's calendar rules: each slot rule with its number, weekday, time, length, places and region, the Kela hour's settings (the form's lead time, Kela's contact person) and the days closed with `moty schedule close-day`.
help-moty-schedule-slots-list-examples =
    Examples:
      # The slot rules, the Kela hour's settings and the closure days
      moty schedule slots list

help-moty-schedule-slots-add = Add a weekly or every-other-week slot
help-moty-schedule-slots-add-long = Use it when the team sets a new regular time for joint assessments, the Kela hour or the Yhteistyöaika (network meetings have no fixed slots: they are booked with --at). Bookings without --at take the next free place in these slots; a regional pair's own slot takes only its region's cases.
help-moty-schedule-slots-add--kind = The kind of meeting (network meetings have no fixed slots)
help-moty-schedule-slots-add--weekday = The weekday: 1 = Monday … 5 = Friday
help-moty-schedule-slots-add--start = The start, HH:MM in Helsinki time
help-moty-schedule-slots-add--minutes = The length in minutes
help-moty-schedule-slots-add--capacity = How many clients the slot takes
help-moty-schedule-slots-add--every_other_week = Every other week instead of every week
help-moty-schedule-slots-add--odd_weeks = With --every-other-week: odd ISO weeks instead of even ones
help-moty-schedule-slots-add--region = Only for the cases of this region (a regional pair's own slot); default: every region's
help-moty-schedule-slots-add-examples =
    Examples:
      # A weekly Kela hour on Tuesdays at 10:00 for four clients
      moty schedule slots add --kind kela --weekday 2 --start 10:00 --minutes 60 --capacity 4

help-moty-schedule-slots-remove = Remove a slot rule (booked meetings stay)
help-moty-schedule-slots-remove-long = Use it when a weekly slot ends, e.g. the Kela hour moves to another day: nothing more is booked into the rule, and the meetings already booked in it stay in the calendar. The numbers are those of `moty schedule slots list`.
help-moty-schedule-slots-remove--id = The rule's number from `moty schedule slots list`
help-moty-schedule-slots-remove-examples =
    Examples:
      # Remove slot rule 5 (its booked meetings stay)
      moty schedule slots remove 5

help-moty-schedule-slots-settings = Set the Kela hour's settings
help-moty-schedule-slots-settings-long = Use it when Kela's contact person changes, or the team agrees how many working days before the Kela hour the Kela information-exchange form must be sent (the agenda flags a form that is late). Only the settings given change.
help-moty-schedule-slots-settings--kela_lead_days = Working days before the Kela hour by which the form must be sent
help-moty-schedule-slots-settings--kela_contact = Kela's contact person, who joins the Kela hour and later network meetings
help-moty-schedule-slots-settings-examples =
    Examples:
      # Kela's contact person for the Kela hour
      moty schedule slots settings --kela-contact "Johanna Esimerkki"
      # The Kela form must be sent five working days before the Kela hour
      moty schedule slots settings --kela-lead-days 5

help-moty-schedule-close-day = Close a day for the team (no meetings are booked on it)
help-moty-schedule-close-day-long = Use it for a day the team cannot meet clients that is not a public holiday (holidays are known already): a planning day, training, a strike. Nothing is booked on it afterwards; meetings already booked that day stay, so move them with `moty schedule move`.
help-moty-schedule-close-day--date = The day, YYYY-MM-DD
help-moty-schedule-close-day--reason = Why the team is closed
help-moty-schedule-close-day-examples =
    Examples:
      # No meetings on the team's planning day
      moty schedule close-day 2026-12-16 --reason "Team planning day"

help-moty-schedule-request = Record the supervisor's approval of a case's Yhteistyö-tiimi request
help-moty-schedule-request-long = Use it for a case triaged to the collaboration team, once the referring worker's supervisor has approved the request, and (with --unit-meeting and --need-confirmed) the worker's own unit's team meeting confirmed the need. The requested units were named at triage; next comes the anonymous description (`moty plan describe`, `moty schedule send-description`).
help-moty-schedule-request--case = The case, e.g. 2026-0007
help-moty-schedule-request--approved_by = The supervisor who approved the request
help-moty-schedule-request--on = The date of approval, YYYY-MM-DD [default: today]
help-moty-schedule-request--unit_meeting = The date of the referring worker's own unit's team meeting that confirmed the need (with --need-confirmed)
help-moty-schedule-request--need_confirmed = The unit's team meeting confirmed the need for the Yhteistyö-tiimi
help-moty-schedule-request-examples =
    Examples:
      # The supervisor approved the request
      moty schedule request 2026-0008 --approved-by "Eila Malli"
      # The same, after the unit's team meeting confirmed the need (2026-8 is 2026-0008)
      moty schedule request 2026-8 --approved-by "Eila Malli" --unit-meeting 2026-11-19 --need-confirmed

help-moty-schedule-send-description = Send the anonymous description to the requested units
help-moty-schedule-send-description-long = Use it when the saved anonymous client description (`moty plan describe`) goes to the units whose workers the Yhteistyö-tiimi request names. Each sending is written to the disclosure log, with the unit and the person it went to; the units then acknowledge it and name their workers.
help-moty-schedule-send-description--case = The case, e.g. 2026-0007
help-moty-schedule-send-description--units = A requested unit to send the description to; repeat for several [default: every requested unit it has not been sent to]
help-moty-schedule-send-description--to = The person at the unit it was sent to (with one --unit)
help-moty-schedule-send-description--on = The date it was sent, YYYY-MM-DD [default: today]
help-moty-schedule-send-description-examples =
    Examples:
      # Send the description to every requested unit it has not gone to
      moty schedule send-description 2026-0008
      # Send it to one unit, naming the person it went to
      moty schedule send-description 2026-0008 --unit "Housing services" --to "Tarja Malli"

help-moty-schedule-acknowledge = Record a requested unit's acknowledgement of the Yhteistyö-tiimi request
help-moty-schedule-acknowledge-long = Use it when a unit that received the description acknowledges it: its processing schedule in its own words and the date by which it names its worker. The agenda and the work list (`moty report queue`) show the units that still owe a step.
help-moty-schedule-acknowledge--case = The case, e.g. 2026-0007
help-moty-schedule-acknowledge--unit = The unit that acknowledged receipt (as named at triage)
help-moty-schedule-acknowledge--schedule = The unit's processing schedule, in its words
help-moty-schedule-acknowledge--due = The date by which the unit names its worker, YYYY-MM-DD
help-moty-schedule-acknowledge--on = The date of the acknowledgement, YYYY-MM-DD [default: today]
help-moty-schedule-acknowledge-examples =
    Examples:
      # The housing services acknowledged: they name their worker by 24 November
      moty schedule acknowledge 2026-8 --unit "Housing services" --schedule "Tuesday" --due 2026-11-24

help-moty-schedule-answer = Record the worker a requested unit names
help-moty-schedule-answer-long = Use it when a unit names the worker who takes part in the Yhteistyö-tiimi for the case (it records the unit's acknowledgement too, if it had not given one). The request is binding; once every requested unit has named its worker, the case is booked into the next free Yhteistyöaika.
help-moty-schedule-answer--case = The case, e.g. 2026-0007
help-moty-schedule-answer--unit = The unit that answered (as named at triage)
help-moty-schedule-answer--worker = The worker the unit names
help-moty-schedule-answer--schedule = The unit's processing schedule (replaces the one given when it acknowledged)
help-moty-schedule-answer--on = The date of the answer, YYYY-MM-DD [default: today]
help-moty-schedule-answer-examples =
    Examples:
      # The housing services name their worker
      moty schedule answer 2026-0008 --unit "Housing services" --worker "Tarja Malli"

help-moty-schedule-list = The agenda: meetings with free places, flags and units that have not answered
help-moty-schedule-list-long = Use it to see the team's calendar, by default the next two weeks of your region: each slot with its free places, each meeting with its number, status, case id, participants and video link, the Kela forms' flags, the closed days, and the Yhteistyö-tiimi requests still waiting for units. It shows case ids, never names, and writes nothing to the access log.
help-moty-schedule-list--week = An ISO week, e.g. 2026-W49
help-moty-schedule-list--from = The first day, YYYY-MM-DD [default: today]
help-moty-schedule-list--until = The last day, YYYY-MM-DD [default: two weeks on]
help-moty-schedule-list--kind = Only this kind of meeting
help-moty-schedule-list--region = Only the cases of this region [default: the configuration file's region, else your default region in the register (`moty settings my-region`)]
help-moty-schedule-list--all_regions = Every region's cases, whatever your default region
help-moty-schedule-list-examples =
    Examples:
      # The next two weeks
      moty schedule list
      # One ISO week
      moty schedule list --week 2026-W49
      # The Kela hours of one day, every region's
      moty schedule list --kind kela --from 2026-11-26 --until 2026-11-26 --all-regions

help-moty-schedule-ics = Write the meetings as an iCalendar file for Outlook or Teams (case ids only)
help-moty-schedule-ics-long = Use it to put the register's meetings into a calendar program: one event per meeting with its case id, kind, participants and video link, never a client's name. Each export is written to the disclosure log with whom it is for and its legal basis.
help-moty-schedule-ics--from = The first day, YYYY-MM-DD [default: today]
help-moty-schedule-ics--until = The last day, YYYY-MM-DD [default: 90 days on]
help-moty-schedule-ics--to_whom = Whose calendar it is for; kept in the disclosure log
help-moty-schedule-ics--out = Write to this file (atomically, private to you; never over an existing file unless --force) instead of standard output
help-moty-schedule-ics--force = Replace the --out file if it exists (never the register itself)
help-moty-schedule-ics--region = Only the cases of this region [default: the configuration file's region, else your default region in the register (`moty settings my-region`)]
help-moty-schedule-ics--all_regions = Every region's cases, whatever your default region
help-moty-schedule-ics--legal_basis = The legal basis of the disclosure — consent, social-welfare-act-41, health-care-act-32 or other:TEXT [default: social-welfare-act-41]
help-moty-schedule-ics-examples =
    Examples:
      # One week's meetings for a coordinator's Outlook, written to a file
      moty schedule ics --from 2026-11-30 --until 2026-12-06 --to-whom "Outlook" --out week.ics
      # The next 90 days to standard output
      moty schedule ics > moty.ics

help-moty-plan = Keep the joint care and service plan (HOPA) and its onward pathways
help-moty-plan-long = Use `moty plan CASE` from the joint assessment on, whenever the plan changes: the key worker, the client's resources, goals and needs, the agreed actions (what, who, by when) and the onward pathways, each with its status. Every change writes a new version and every version is kept. --complete ends the pathway phase once the plan names a key worker and a pathway and the client confirmed they know whom to contact; the follow-up call is then due.
help-moty-plan--case = The case, e.g. 2026-0007
help-moty-plan--key_worker = The coordinating professional / key worker (omatyöntekijä)
help-moty-plan--key_worker_unit = The key worker's unit
help-moty-plan--key_worker_contact = How the client reaches the key worker
help-moty-plan--key_worker_from = The key worker from the professional directory (name, unit and contact)
help-moty-plan--resources = The client's own resources
help-moty-plan--goals = The client's goals
help-moty-plan--needs = A need by area, AREA=TEXT (health, social, finances, housing, work-study, functional-capacity, other); AREA= removes it. Repeat for several
help-moty-plan--actions = An agreed action: "what=…;who=…;by=YYYY-MM-DD". Repeat for several
help-moty-plan--action_status = An action's status by its number: N=open|done|dropped
help-moty-plan--pathways = An onward pathway: "service=CODE;unit=…;professional=…;pro=DIRECTORY-ID;booked=yes|no; appointment=YYYY-MM-DD;purpose=…". Repeat for several
help-moty-plan--pathway_status = A pathway's status by its number: N=planned|booked|attended|declined
help-moty-plan--client_confirmed = The client confirmed they know how the pathway goes on and whom to contact
help-moty-plan--note = What changed and why (kept with the version)
help-moty-plan--complete = End the pathway phase: needs a key worker, a pathway and the client's confirmation
help-moty-plan--from_kela = Take the Kela hour's conclusions not yet in the plan as agreed actions (what, who, by when; moty kela-outcome records them). At a terminal they are offered to choose from
help-moty-plan--follow_up_weeks = The case's own follow-up interval: the follow-up call is due this many weeks (1–104) after the pathway phase ends; `team` gives the case back the team's interval (`moty settings follow-up-weeks`)
help-moty-plan--on = The date of the change, YYYY-MM-DD [default: today]
help-moty-plan-examples =
    Examples:
      # Start the plan at the joint assessment: goals, a need and an agreed action
      moty plan 2026-0007 --goals "A steady income" --need housing="Rent too high" --note "Started"
      # Add an onward pathway booked with the doctor
      moty plan 2026-0007 --pathway "service=doctor;booked=yes;appointment=2026-12-10"
      # Take the Kela hour's conclusions as agreed actions
      moty plan 2026-0007 --from-kela
      # End the pathway phase: the key worker named and the client's confirmation
      moty plan 2026-0007 --key-worker-from 1 --client-confirmed --complete

help-moty-plan-show = Print the plan: the newest version, an older one, or the history of changes
help-moty-plan-show-long = Use it to read a case's plan (HOPA) with its key worker, goals, agreed actions and onward pathways, an older version (--version), or every version with what changed (--history). Each look is written to the access log. --format md prints a plain-language plan to hand to the client, in their language; that copy is written to the disclosure log.
help-moty-plan-show--case = The case, e.g. 2026-0007
help-moty-plan-show--version = An older version
help-moty-plan-show--history = Every version with what changed in it
help-moty-plan-show--format = `md`: a printable plan for the client in plain language, with whom to contact
help-moty-plan-show--reason = Why you look at the plan; kept in the access log
help-moty-plan-show--language = With --format md: the language of the client's plan [default: the client's language when fi or sv, else the language moty speaks (--lang)]
help-moty-plan-show--legal_basis = With --format md: the legal basis of handing the plan to the client — consent, social-welfare-act-41, health-care-act-32 or other:TEXT [default: other:the client's own plan, handed to the client (Client Data Act 703/2023)]
help-moty-plan-show-examples =
    Examples:
      # The newest version of the plan
      moty plan show 2026-0007
      # Every version with what changed in it
      moty plan show 2026-0007 --history
      # The printable plan for the client, in Swedish (written to the disclosure log)
      moty plan show 2026-0007 --format md --language sv > plan.md

help-moty-plan-services = The catalogue of onward services
help-moty-plan-services-long = Use it to see or extend the services a plan's onward pathways name (`--pathway "service=CODE"`), each in one of the service areas, so the outcome figures can be read by area. The catalogue starts with the pilot's onward services.
help-moty-plan-services-examples =
    Examples:
      # The catalogue of onward services
      moty plan services list
      # Add a service in the family and social services area
      moty plan services add debt-counselling --name "Debt counselling" --area family-social

help-moty-plan-services-list = List the onward services
help-moty-plan-services-list-long = Use it to find the code of a service for a plan's `--pathway "service=CODE"`: every service of the catalogue with its code, name and service area.
help-moty-plan-services-list-examples =
    Examples:
      # The catalogue of onward services, each with its service area
      moty plan services list

help-moty-plan-services-add = Add a service (or rename one) in its service area
help-moty-plan-services-add-long = Use it when clients are regularly guided to a service the catalogue does not have yet, e.g. debt counselling. Given an existing code, it renames that service and moves it to the area given. The areas are those of `moty settings areas`.
help-moty-plan-services-add--code = A short code: lower-case letters, digits and hyphens
help-moty-plan-services-add--name = Its name
help-moty-plan-services-add--area = The service area it belongs to (`moty settings areas` lists them)
help-moty-plan-services-add-examples =
    Examples:
      # Add a service in the family and social services area
      moty plan services add debt-counselling --name "Debt counselling" --area family-social

help-moty-plan-services-set-area = Give a service its service area
help-moty-plan-services-set-area-long = Use it when a service stands in the wrong service area, or in none (`moty doctor` warns of services without one), so that the outcome figures by area count it where it belongs.
help-moty-plan-services-set-area--code = The service's code
help-moty-plan-services-set-area--area = The service area (`moty settings areas` lists them)
help-moty-plan-services-set-area-examples =
    Examples:
      # Put home rehabilitation under health and medical care
      moty plan services set-area home-rehabilitation health-medical

help-moty-plan-describe = The anonymous description for the Yhteistyö-tiimi: print a draft, or save it
help-moty-plan-describe-long = Use it for a case going to the Yhteistyö-tiimi: without --text it prints the saved description, or a draft of the procedure's template filled in from the referral and the requested units, to edit; with --text it saves the description, refused if it holds the client's name, identity code or phone. The saved description is what `moty schedule send-description` sends to the requested units.
help-moty-plan-describe--case = The case, e.g. 2026-0007
help-moty-plan-describe--text = Save this text as the description; "-" reads it from standard input
help-moty-plan-describe--accept_words = An ordinary word that happens to be the client's name ("kivinen" in "kivinen maasto"): save even though it occurs. Recorded in the timeline. Repeat for several
help-moty-plan-describe-examples =
    Examples:
      # Print the saved description, or a draft to edit
      moty plan describe 2026-0008
      # Save the description, read from standard input
      moty plan describe 2026-0008 --text -
      # Save it although an ordinary word in it is also the client's name
      moty plan describe 2026-0008 --text "Lives near the kivinen shore" --accept-word kivinen

help-moty-follow-up = Follow-ups: those due, and recording one
help-moty-follow-up-long = Use `moty follow-up CASE` after the follow-up call that comes once the pathway phase has ended: was the client reached, did they reach the recommended services, do they know how the pathway goes on and whom to contact, how useful the collaboration was, and what follows — close the case together with the client, call again, or reconvene the network meeting or the Yhteistyö-tiimi. At a terminal moty asks for what is missing. `moty follow-up due` lists the calls to make.
help-moty-follow-up--case = The case, e.g. 2026-0007
help-moty-follow-up--reached = Was the client reached (yes or no)
help-moty-follow-up--status = Did the client reach the recommended services
help-moty-follow-up--knows_contact = Does the client know how the pathway goes on and whom to contact (yes or no)
help-moty-follow-up--usefulness = The client's usefulness score, 1–10 (the client's follow-up feedback)
help-moty-follow-up--appointments_saved = For scripts: the SOTE pair's estimate of the appointments saved in all, 0–100, recorded as an estimate entered at follow-up (per reception: schedule held or moty estimate)
help-moty-follow-up--saved_services = For scripts: a service whose appointments were saved, with how many (default 1); repeat for several; recorded as an estimate entered at follow-up
help-moty-follow-up--time_saved = For scripts: the SOTE pair's estimate of the time saved, recorded as an estimate entered at follow-up
help-moty-follow-up--note = A note
help-moty-follow-up--next = What follows: close together with the client, another follow-up, or reconvene
help-moty-follow-up--next_on = With --next again: the date of the next follow-up
help-moty-follow-up--on = The date of the call, YYYY-MM-DD [default: today]
help-moty-follow-up-examples =
    Examples:
      # The follow-ups due this week and those overdue
      moty follow-up due
      # The client is on the path and knows whom to contact: close the case together
      moty follow-up 2026-0007 --reached yes --status on-path --knows-contact yes --next close
      # The client did not answer: follow up again later
      moty follow-up 2026-0008 --reached no --next again --next-on 2027-01-27

help-moty-follow-up-due = Follow-ups due in the coming week and overdue ones
help-moty-follow-up-due-long = Use it to plan the follow-up calls, e.g. before the phone hour: each case whose follow-up is due within a week or overdue, with the client's name and phone and the due date (the follow-up interval after the pathway phase ended). Every client shown is written to the access log.
help-moty-follow-up-due--all = Also those due later
help-moty-follow-up-due--region = Only the cases of this region [default: the configuration file's region, else your default region in the register (`moty settings my-region`)]
help-moty-follow-up-due--all_regions = Every region's cases, whatever your default region
help-moty-follow-up-due-examples =
    Examples:
      # The follow-ups due in the coming week and those overdue
      moty follow-up due
      # Every follow-up ahead, every region's
      moty follow-up due --all --all-regions

help-moty-feedback = Record the client's feedback on a held meeting
help-moty-feedback-long = Use it after a joint assessment, Kela hour, network meeting or Yhteistyöaika, when the client answers the reception feedback: how useful the meeting was (1–10), the client-experience statements on a five-point scale (`moty settings statements` keeps them), and their own words. Every answer is optional. At a terminal, with no answers given, moty reads the questions out for the coordinator to ask, in the client's language.
help-moty-feedback--case = The case, e.g. 2026-0007
help-moty-feedback--meeting = The held meeting the feedback is about [default: the case's latest held meeting]
help-moty-feedback--on = The date the client gave the feedback, YYYY-MM-DD [default: today]; not before the meeting
help-moty-feedback--usefulness = How useful the meeting was to the client, 1–10
help-moty-feedback--answers = A statement's answer, e.g. mattered-to-me=fully-agree (VALUE: fully-agree, partly-agree, cant-say, partly-disagree, fully-disagree); repeat for each statement answered
help-moty-feedback--text = The client's own words about the meeting
help-moty-feedback--read_in = At a terminal: the language the questions are read to the client in [default: the client's language when fi or sv, else fi]
help-moty-feedback-examples =
    Examples:
      # At a terminal: read the questions to the client in Swedish
      moty feedback 2026-0007 --read-in sv
      # The answers given as flags, about the case's latest held meeting
      moty feedback 2026-0007 --usefulness 9 --answer mattered-to-me=fully-agree --text "Hyvä"

help-moty-kela-outcome = Record what a held Kela hour concluded for a client
help-moty-kela-outcome-long =
    Use it after the Kela hour (the remote consultation with Kela's contact person): the benefits and rehabilitation to apply for, the statements Kela needs and the recommendations, each with who takes responsibility and by when. At a terminal, with no item given, moty asks for them one by one. Written to the case's timeline.

    Each --benefit, --rehabilitation, --statement or --recommendation is one item; a --responsible WHO and a --due DATE right after an item belong to that item, e.g. `--benefit "sickness allowance" --responsible "social counsellor" --due 2026-12-15 --statement b-statement --responsible doctor`. The items are offered as agreed actions when the plan is next edited (`moty plan CASE --from-kela` takes them all).
help-moty-kela-outcome--case = The case, e.g. 2026-0007
help-moty-kela-outcome--meeting = The Kela hour (its meeting number) [default: the case's latest held Kela hour]
help-moty-kela-outcome--benefit = A benefit to apply for, e.g. "sickness allowance"; repeat for several
help-moty-kela-outcome--rehabilitation = Rehabilitation to apply for; repeat for several
help-moty-kela-outcome--statement = A statement Kela needs; repeat for several
help-moty-kela-outcome--recommendation = A recommendation; repeat for several
help-moty-kela-outcome--responsible = Who takes responsibility for the item just before this flag (a role or a name)
help-moty-kela-outcome--due = By when, for the item just before this flag, YYYY-MM-DD
help-moty-kela-outcome-examples =
    Examples:
      # A benefit to apply for, with who takes responsibility and by when
      moty kela-outcome 2026-0007 --benefit "sickness allowance" --responsible nurse --due 2026-12-15
      # A B-statement the doctor writes, and a recommendation
      moty kela-outcome 2026-0007 --statement b-statement --responsible doctor --recommendation "TYP"
help-moty-kela-outcome-short-after =
    Each --benefit, --rehabilitation, --statement or --recommendation is one item; the
    --responsible and --due right after an item belong to it. For example:
      moty kela-outcome 2026-0007 --benefit "sickness allowance" --responsible "social counsellor"
          --due 2026-12-15 --statement b-statement --responsible doctor --recommendation "TYP"
    The items are offered as agreed actions when the plan is next edited; moty plan CASE
    --from-kela takes them all.

help-moty-correct = Correct a mistyped fact as a new event, saying why
help-moty-correct-long = Use it when a recorded fact was typed wrong: a Suuntima segment, the referral's source or channel, a follow-up or feedback answer, an estimate (the facts are listed below). History is never rewritten in silence: the correction is a new event on the case's timeline, with the reason.
help-moty-correct--case = The case, e.g. 2026-0007
help-moty-correct--fact = The fact to correct (listed below)
help-moty-correct--value = Its correct value (`none` for an answer that was not given, where the fact allows it)
help-moty-correct--reason = Why the value was wrong (kept in the timeline)
help-moty-correct--meeting = The meeting whose segment, feedback or estimate it is [default: the latest]
help-moty-correct--follow_up = The Nth follow-up of the case (from 1), or the estimate entered at it [default: the latest]
help-moty-correct-examples =
    Examples:
      # The Suuntima segment of the latest joint assessment was typed wrong
      moty correct 2026-0007 segment yhteistyo --reason "Suuntima said yhteistyö"
      # The referral came from social services, not primary care
      moty correct 2026-0007 source social-services --reason "Misread the e-mail"

    { $facts }
help-moty-correct-short-after = { $facts }

help-moty-estimate = Record the SOTE pair's estimate of a held meeting: appointments and time saved
help-moty-estimate-long = Use it after a held meeting, when the pair did not give its estimate with `moty schedule held`: which appointments the reception saved the client (by service of the catalogue), how many in all, and how much it shortened the client's path, with how in free text. One estimate per meeting; written to the case's timeline, and the outcome figures count it.
help-moty-estimate--case = The case, e.g. 2026-0007
help-moty-estimate--meeting = The held meeting's number (from `moty schedule list`) [default: the case's latest held meeting]
help-moty-estimate--saved = A service (code of the service catalogue) whose appointments the reception saved the client, with how many (1–100, default 1); repeat for several
help-moty-estimate--appointments_saved = Appointments saved in all, 0–100 (at least the sum of --saved) [default: the sum of --saved]
help-moty-estimate--time_saved = How much the reception shortened the client's path
help-moty-estimate--time_saved_how = How time was saved (free text, at most 2,000 characters)
help-moty-estimate-examples =
    Examples:
      # Appointments with the doctor and the social worker saved, the path 2–4 weeks shorter
      moty estimate 2026-0007 --saved doctor --saved social-worker --time-saved 2-4-weeks
      # Four appointments saved in all at meeting 4, two of them the doctor's
      moty estimate 2026-0007 --meeting 4 --saved doctor=2 --appointments-saved 4

help-moty-survey = Record a professional's survey answer about a held meeting
help-moty-survey-long = Use it when a professional of the meeting answers the pilot's e-survey: the added value of the other professional's presence and, for a Kela hour, the benefit of the Kela consultation (1–5), and free text. The coordinator enters an outside professional's answer (Kela's contact person, a doctor) and is recorded as the one who entered it. One answer per role per meeting; written to the case's timeline.
help-moty-survey--case = The case, e.g. 2026-0007
help-moty-survey--meeting = The held meeting's number (from `moty schedule list`) [default: the case's latest held meeting]
help-moty-survey--role = Who answers
help-moty-survey--added_value = The added value of the other professional's presence, 1–5
help-moty-survey--kela_benefit = The benefit of the Kela consultation, 1–5 (a Kela hour only)
help-moty-survey--text = Free text (at most 2,000 characters)
help-moty-survey-examples =
    Examples:
      # Kela's contact person on the Kela hour of meeting 4
      moty survey 2026-0007 --meeting 4 --role kela-contact --kela-benefit 5
      # The nurse on the latest held meeting
      moty survey 2026-0007 --role nurse --added-value 4 --text "The social counsellor saw the debts"

help-moty-consult = Record, list and link the professionals' consultations that name no client
help-moty-consult-long =
    Use it when a professional consults the coordinators (by phone, in Teams, at the phone hour) about a situation without naming the client: when, how, from which unit, the topic, the advice given and whether a referral is expected. At a terminal moty asks for what is missing. The consultations count in `moty report consultations`.

    The topic and the advice may not hold an identity code, a phone number or an e-mail address (nor should they name the client): the client is named only when a referral opens a case. `moty consult link ID CASE` (or `moty refer … --consultation ID`) later records the case it led to, on the case's timeline.
help-moty-consult--at = When the professional consulted, "YYYY-MM-DD HH:MM" in Helsinki time [default: now]
help-moty-consult--channel = How the professional consulted
help-moty-consult--unit = The professional's unit: a unit of the catalogue, by its code or any of its names
help-moty-consult--topic = What was asked about: the situation, without the client's name, identity code or phone (at most 2,000 characters)
help-moty-consult--advice = The advice given (at most 2,000 characters)
help-moty-consult--referral_expected = Whether a referral is expected to follow
help-moty-consult-examples =
    Examples:
      # A phone consultation from the reception services; at a terminal moty asks for the rest
      moty consult --channel phone --unit reception-services
      # The consultations of the last 30 days
      moty consult list
      # Consultation 3 led to case 2026-0009
      moty consult link 3 2026-0009

help-moty-consult-list = The consultations of a period, oldest first
help-moty-consult-list-long = Use it to look back at the consultations, e.g. to find the number of the one a new referral followed: each with its time, channel, unit, topic, advice, whether a referral was expected and the case it led to. Showing a linked case's consultation is written to the access log.
help-moty-consult-list--from = The first day, YYYY-MM-DD [default: 30 days before --until]
help-moty-consult-list--until = The last day, YYYY-MM-DD [default: today]
help-moty-consult-list-examples =
    Examples:
      # The last 30 days
      moty consult list
      # Two weeks
      moty consult list --from 2026-11-16 --until 2026-11-29

help-moty-consult-link = Link a consultation to the case it led to (on the case's timeline, once)
help-moty-consult-link-long = Use it when a referral follows a consultation and the case was opened without `moty refer --consultation ID`. A consultation links to one case only; the link is written to the case's timeline, so the figures can count the consultations that led to cases.
help-moty-consult-link--id = The consultation's number (from `moty consult list`)
help-moty-consult-link--case = The case it led to, e.g. 2026-0007
help-moty-consult-link-examples =
    Examples:
      # Consultation 3 led to case 2026-0009
      moty consult link 3 2026-0009

help-moty-consent = Record, withdraw and list the client's consents
help-moty-consent-long = Use it whenever the client gives or withdraws a consent: collaboration rests on it. The joint assessment needs written multi-professional consent and the client's contact request, the Yhteistyö-tiimi consent (oral is enough), a meeting the client's oral consent at its start, and the Kela hour the Kela information-exchange form, sent to Kela before it. A withdrawn or missing consent stops the steps that need it.
help-moty-consent-examples =
    Examples:
      # Written consent to multi-professional work
      moty consent give 2026-0007 --kind multi-professional --method written
      # The client withdrew the meeting consent
      moty consent withdraw 2026-0007 --kind meeting --note "Wants to meet the coordinators first"
      # The consents of a case, withdrawn ones included
      moty consent list 2026-0007

help-moty-consent-give = Record a consent the client gave
help-moty-consent-give-long = Use it when the client consents: to multi-professional work (written or oral), the contact request (yhteydenottopyyntö: written, or oral when the client asks themself), a meeting (oral) or Kela information exchange (written). Triage onto the Moty track (joint assessment) needs both the written multi-professional consent and the contact request. A legal representative may consent on the client's behalf (--by-representative with --authority). At a terminal moty asks for what is missing.
help-moty-consent-give--case = The case, e.g. 2026-0007
help-moty-consent-give--kind = What the client consented to
help-moty-consent-give--method = How the consent was given
help-moty-consent-give--on = The date it was given, YYYY-MM-DD or D.M.YYYY [default: today]
help-moty-consent-give--scope = What the consent covers (units, matters, limits)
help-moty-consent-give--by_representative = The consent was given on the client's behalf by this legal representative or custodian (with --authority)
help-moty-consent-give--authority = On what authority the representative consents: guardianship (an appointed guardian, edunvalvoja), custodian (of a child, huoltaja), power-of-attorney (a confirmed continuing power of attorney), other
help-moty-consent-give-examples =
    Examples:
      # Written consent to multi-professional work, for some units
      moty consent give 2026-0007 --kind multi-professional --method written --scope "Health centre"
      # The client's written contact request
      moty consent give 2026-0007 --kind contact-request --method written
      # Oral consent to discuss the client in the Yhteistyö-tiimi meeting
      moty consent give 2026-0008 --kind meeting --method oral

help-moty-consent-withdraw = Record that the client withdrew a consent
help-moty-consent-withdraw-long = Use it when the client takes a consent back. It names the consent by kind; --id picks one when several are in force. The consent keeps its history with the withdrawal date. Withdrawing multi-professional consent stops all further processing of the case (only look-ups, a new consent and closing remain) and takes it out of every export; --close closes it too.
help-moty-consent-withdraw--case = The case, e.g. 2026-0007
help-moty-consent-withdraw--kind = Which kind of consent was withdrawn
help-moty-consent-withdraw--id = The consent's number (from `moty consent list`), when several of the kind are in force
help-moty-consent-withdraw--on = The date it was withdrawn, YYYY-MM-DD or D.M.YYYY [default: today]
help-moty-consent-withdraw--note = What the client said, or why
help-moty-consent-withdraw--close = Also close the case as consent-withdrawn (withdrawing multi-professional consent stops further processing); on a terminal moty asks
help-moty-consent-withdraw-examples =
    Examples:
      # The client withdrew the meeting consent
      moty consent withdraw 2026-0007 --kind meeting --note "Wants to meet the coordinators first"
      # Multi-professional consent withdrawn: close the case too
      moty consent withdraw 2026-0004 --kind multi-professional --close

help-moty-consent-send-kela = Record the date the Kela information-exchange form was sent to Kela
help-moty-consent-send-kela-long = Use it when the client's written Kela information-exchange form goes to Kela: it must go before the Kela hour (by the lead time `moty schedule slots settings` sets) so Kela can prepare. A Kela hour is held only after the form was sent, and the agenda flags a form that is late.
help-moty-consent-send-kela--case = The case, e.g. 2026-0007
help-moty-consent-send-kela--on = The date it was sent, YYYY-MM-DD or D.M.YYYY [default: today]
help-moty-consent-send-kela-examples =
    Examples:
      # The Kela form went to Kela today
      moty consent send-kela 2026-0007
      # It went on 23 November
      moty consent send-kela 2026-0007 --on 23.11.2026

help-moty-consent-list = List a case's consents, withdrawn ones included
help-moty-consent-list-long = Use it to check what the client has consented to before a step that needs it: each consent with its kind, method, date, scope, who recorded it, a representative, and the withdrawal date. It shows the client's data, so it is written to the access log (with --reason why).
help-moty-consent-list--case = The case, e.g. 2026-0007
help-moty-consent-list--reason = Why you look at the client's data; kept in the access log
help-moty-consent-list-examples =
    Examples:
      # A case's consents, with why you look (kept in the access log)
      moty consent list 2026-0007 --reason "phone hour: call from employment services"

help-moty-find = Find clients and cases by name, identity code, case id or phone number
help-moty-find-long = Use it during the phone hour, when a professional calls about a client: one text matches parts of names (ignoring case and accents), whole identity codes or their birth-date part, case ids and phone numbers, and shows each client's cases and where they stand. Every client shown is written to the access log, with --reason why you looked.
help-moty-find--text = A name or part of it ("maki" finds Mäki), an identity code or its birth-date part, a case id (2026-0007 or 2026-7) or a phone number
help-moty-find--reason = Why you look the client up; kept in the access log
help-moty-find-examples =
    Examples:
      # A name or part of it ("maki" finds Mäki)
      moty find maki --reason "phone hour: call from employment services"
      # An identity code's birth-date part
      moty find 131052
      # A case id or a phone number
      moty find 2026-7

help-moty-show = Show a case: the client, the phase, consents and the whole timeline
help-moty-show-long = Use it to see where a case stands before a call or a meeting: what is next (the next meeting, meetings to mark held, the follow-up's due date, what is missing), the client, the referral, triage, the plan, follow-ups, consents and every entry of the timeline, backdated ones marked. It shows the client's data, so it is written to the access log (with --reason why).
help-moty-show--case = The case, e.g. 2026-0007
help-moty-show--reason = Why you look at the client's data; kept in the access log
help-moty-show-examples =
    Examples:
      # One case in full, with why you look
      moty show 2026-0007 --reason "phone hour: call from employment services"
      # The same as JSON for a script
      moty show 2026-0007 --json

help-moty-list = List open cases, longest waiting first
help-moty-list-long = Use it to review the caseload: every open case (closed ones too with --closed) with the client, the region, the group, the phase and how many days it has waited in it, filtered by phase, region, group or waiting time. Every client listed is written to the access log, with --reason why.
help-moty-list--phase = Only cases in this phase
help-moty-list--region = Only clients of this team region
help-moty-list--group = Only this client group
help-moty-list--waiting_over = Only cases that have waited in their phase longer than this many days
help-moty-list--closed = Include closed cases
help-moty-list--reason = Why you look at the clients' data; kept in the access log
help-moty-list-examples =
    Examples:
      # Every open case, longest waiting first
      moty list
      # Referrals in the south region waiting over three days
      moty list --region south --phase referred --waiting-over 3 --reason "weekly review"
      # Closed cases too
      moty list --closed

help-moty-demo = Build a demo register of fictitious clients and show it
help-moty-demo-long = Use it to try moty, or to show it to colleagues, without touching a real register: it builds a register of fictitious clients whose cases have gone along the path as far as their dates allow, then shows the open cases, one case in full and the commands to try next. It is rebuilt from scratch each time, and it never replaces a file that is not a demo register.
help-moty-demo--path = Where to build it [default: --db or MOTY_DB if given, else moty-demo.sqlite3]; an existing file is replaced only if it is a demo register
help-moty-demo--clients = How many fictitious clients (thousands make a register for benchmarks)
help-moty-demo-examples =
    Examples:
      # Build ./moty-demo.sqlite3 with 30 fictitious clients and show it
      moty demo
      # 50 clients in another file
      moty demo /tmp/moty-demo.sqlite3 --clients 50
      # Look a client up in the demo register
      moty --db moty-demo.sqlite3 find maki

## clap's own words, and the headings of the code's own
help-clap-usage = Usage:
help-clap-commands = Commands
help-clap-arguments = Arguments
help-clap-options = Options
help-clap-global-options = Global options
help-clap-help = Print help
help-clap-help-short = Print help (see more with '--help')
help-clap-help-long = Print help (see a summary with '-h')
help-clap-version = Print version
help-clap-help-command = Print this message or the help of the given subcommand(s)
help-clap-help-command--subcommand = Print help for the subcommand(s)
help-heading-estimate = The pair's estimate of the reception

## ==== help B ====

help-moty-directory = Ammattilaislista: kenelle ohjata ja milloin
help-moty-directory-long = Hakemisto (ammattilaislista) luettelee ammattilaiset, joille koordinaattorit ohjaavat: heidän roolinsa, yksikkönsä ja vastuualueensa, tiiminsä ja vetävätkö he sitä, miten heidät tavoittaa ja milloin heille ohjataan. Käytä sitä vastaanoton aikana verkoston kokoamiseen nopeasti; suunnitelman jatkopolku tai omatyöntekijä voi nimetä merkinnän sen numerolla (`moty plan CASE --key-worker-from ID`, `--pathway "…;pro=ID"`). Siinä ei ole asiakastietoja, joten mikään tässä ei kirjoita aikajanalle eikä käyttölokiin; ensimmäinen hakemistokomento luo rekisterin, jos sitä ei ole.
help-moty-directory-examples =
    Esimerkkejä:
      # Tuo tiimin taulukko CSV-muodossa tallennettuna
      moty directory import directory.csv
      # Kuka ottaa muistihuolet?
      moty directory find muisti
      # Merkitse merkintä 3 tiiminsä vetäjäksi
      moty directory edit 3 --team-lead yes

help-moty-directory-add = Lisää ammattilainen hakemistoon
help-moty-directory-add-long = Käytä sitä henkilölle, jolle koordinaattorit ohjaavat tai jota he konsultoivat. Nimi, rooli ja yksikkö tarvitaan; muut ovat vapaaehtoisia. Tulostaa uuden merkinnän numeron, jonka suunnitelman jatkopolku (`pro=ID`) ja `moty plan --key-worker-from ID` ottavat.
help-moty-directory-add--name = Ammattilaisen nimi (tarvitaan lisättäessä; enintään 200 merkkiä)
help-moty-directory-add--role = Ammattilaisen rooli, esim. fysioterapeutti (tarvitaan lisättäessä)
help-moty-directory-add--unit = Yksikkö, jossa hän työskentelee (tarvitaan lisättäessä)
help-moty-directory-add--area = Vastuualue, esim. south
help-moty-directory-add--team = Moniammatillinen tiimi, johon hän kuuluu
help-moty-directory-add--team_lead = Hän vetää tiimiä (yes tai no) [oletus lisättäessä: no]
help-moty-directory-add--phone = Puhelinnumero
help-moty-directory-add--email = Sähköpostiosoite
help-moty-directory-add--when_to_refer = Milloin hänelle ohjataan, vapaana tekstinä (enintään 2 000 merkkiä)
help-moty-directory-add-examples =
    Esimerkkejä:
      # Lisää fysioterapeutti (nimi, rooli ja yksikkö tarvitaan)
      moty directory add --name "Noora Huhtala" --role physiotherapist --unit Rehabilitation
      # Puhelinnumeron kanssa
      moty directory add --name "Olli Ranta" --role doctor --unit Reception --phone "040 555 0302"
      # Kerro sitten, milloin hänelle ohjataan (add-komennon tulostama numero)
      moty directory edit 8 --when-to-refer "B-lausunto (B-statement) for Kela"

help-moty-directory-edit = Muokkaa hakemiston merkintää; vain annetut kentät muuttuvat
help-moty-directory-edit-long = Käytä sitä, kun ammattilaisen puhelin, tiimi tai rooli muuttuu tai kun se muuttuu, milloin hänelle ohjataan. `--team-lead no` poistaa vetäjämerkinnän; vapaaehtoista kenttää ei voi tyhjentää. Merkintä ei säilytä muokkaushistoriaa. Tuntematon numero hylätään (poistumiskoodi 3).
help-moty-directory-edit--id = Merkinnän numero (`moty directory list` näyttää ne)
help-moty-directory-edit--name = Ammattilaisen nimi (tarvitaan lisättäessä; enintään 200 merkkiä)
help-moty-directory-edit--role = Ammattilaisen rooli, esim. fysioterapeutti (tarvitaan lisättäessä)
help-moty-directory-edit--unit = Yksikkö, jossa hän työskentelee (tarvitaan lisättäessä)
help-moty-directory-edit--area = Vastuualue, esim. south
help-moty-directory-edit--team = Moniammatillinen tiimi, johon hän kuuluu
help-moty-directory-edit--team_lead = Hän vetää tiimiä (yes tai no) [oletus lisättäessä: no]
help-moty-directory-edit--phone = Puhelinnumero
help-moty-directory-edit--email = Sähköpostiosoite
help-moty-directory-edit--when_to_refer = Milloin hänelle ohjataan, vapaana tekstinä (enintään 2 000 merkkiä)
help-moty-directory-edit-examples =
    Esimerkkejä:
      # Merkintä 3 vetää nyt tiimiään
      moty directory edit 3 --team-lead yes
      # Uusi puhelinnumero ja milloin hänelle ohjataan
      moty directory edit 7 --phone "040 555 0317" --when-to-refer "Kela rehabilitation"

help-moty-directory-list = Listaa kaikki hakemistossa olevat yksiköittäin
help-moty-directory-list-long = Jokainen merkintä yksikön ja sitten nimen mukaan, tiimeineen (vetäjä merkitty "(lead)"), puhelimineen (tai muuten sähköposteineen) ja tietoineen siitä, milloin heille ohjataan.
help-moty-directory-list-examples =
    Esimerkkejä:
      # Kaikki yksiköittäin
      moty directory list
      # Sama skriptille
      moty --json directory list

help-moty-directory-find = Hae hakemistosta: nimet, roolit, yksiköt, alueet, tiimit ja milloin ohjataan
help-moty-directory-find-long = Käytä sitä vastaanoton aikana löytääksesi, kenelle ohjata: merkintä näytetään, kun sen nimi, rooli, yksikkö, alue, tiimi ja "milloin ohjataan" sisältävät yhdessä jokaisen annetun sanan kirjainkoosta ja tarkkeista välittämättä ("muisti" löytää "muistihuoli", "b-lausunto" löytää "B-lausunto"). Jos mikään ei täsmää, taulukko on tyhjä.
help-moty-directory-find--text = Sanat, joiden kaikkien on esiinnyttävä, esim. muisti tai kela south
help-moty-directory-find-examples =
    Esimerkkejä:
      # Kuka kirjoittaa B-lausunnon Kelalle?
      moty directory find b-lausunto
      # Merkinnät, joissa mainitaan sekä Kela että eteläinen alue
      moty directory find kela south

help-moty-directory-import = Tuo ammattilaiset CSV-tiedostosta, kaikki tai ei mitään
help-moty-directory-import-long = Käytä sitä tiimin taulukon tuomiseen. Jokainen rivi tarkistetaan ennen kuin mitään kirjoitetaan; ensimmäinen virheellinen rivi hylkää koko tiedoston (poistumiskoodi 2, joka nimeää rivin ja sarakkeen). Jokainen rivi lisätään uutena merkintänä: saman tiedoston tuominen uudelleen listaa kaikki kahdesti (muuta merkintää komennolla `moty directory edit`).
help-moty-directory-import--file = CSV-tiedosto: UTF-8, pilkuilla erotettu, otsikkorivinä name,role,unit,area,team,team_lead,phone,email,when_to_refer (team_lead yes tai no, tyhjä on no)
help-moty-directory-import-examples =
    Esimerkkejä:
      # Tuo CSV-muodossa tallennettu taulukko (UTF-8, pilkuilla erotettu, otsikkorivin kanssa)
      moty directory import directory.csv

help-moty-report = Raportit: Yhteistyö-tiimin viikkovienti, tulokset, työlista, konsultaatiot
help-moty-report-long = Neljä raporttia lukee koko rekisterin eikä kysy mitään, ei päätteelläkään: Yhteistyö-tiimin nimetön viikkovienti, pilottien raportoimat tulosluvut, koordinaattorien oma työlista (asiakkaiden nimet näkyvät, vain työparin omaan käyttöön) ja ammattilaisten konsultaatioiden nimettömät luvut. Se, mikä lähtee rekisteristä (viikkovienti, tulosten HTML-sivu), kirjataan luovutuslokiin; työlista kirjoittaa käyttölokiin.
help-moty-report-examples =
    Esimerkkejä:
      # Ensi viikon vienti Yhteistyö-tiimille taulukkona
      moty report weekly --to-whom "Yhteistyö-tiimi, south" --format xlsx --out team-2026-W50.xlsx
      # Vuoden tulosluvut
      moty report outcomes
      # Mitä tänään on tehtävä
      moty report queue

help-moty-report-weekly = Yhteistyö-tiimin viikkovienti: nimetön ja aina sama samoista tiedoista
help-moty-report-weekly-long = Aja se ennen Yhteistyö-tiimin kokousta käsin tai ajastettuna tehtävänä: viikon Yhteistyöajan asialista nimettömine kuvauksineen ja yksiköiden vastauksineen, yhteisvastaanotot ja Kelan etäkonsultaatiot vapaine aikoineen, puuttuvat suostumukset ja Kelan lomakkeet, edellisen viikon uudet herätteet lähteen ja kanavan mukaan sekä erääntyvät jälkiseurannat. Vain asioiden tunnukset, ei koskaan asiakkaan nimeä, henkilötunnusta tai puhelinnumeroa; sama rekisteri ja viikko antavat samat tavut. Jokainen vienti kirjoittaa luovutuslokiin yhden rivin: mitä, kenelle, kuka ja mitkä asiat.
help-moty-report-weekly--week = ISO-viikko, esim. 2026-W49 [oletus: tuleva viikko: maanantaina kuluva viikko, muulloin seuraava]
help-moty-report-weekly--to_whom = Vastaanottaja (esim. "Yhteistyö-tiimi, south"); kirjataan luovutuslokiin
help-moty-report-weekly--format = md, csv, json tai xlsx [oletus: json, jos --json, muuten --out-tiedoston pääte, muuten md päätteelle ja csv muualle; skriptin kannattaa nimetä se]
help-moty-report-weekly--excel = Muodon csv kanssa: puolipisteellä `;` erotettu, BOM-merkitty CSV, jonka suomenkielinen Excel avaa oikein
help-moty-report-weekly--out = Kirjoita tähän tiedostoon eikä vakiotulosteeseen: kerralla, vain sinun luettavaksesi, ei koskaan olemassa olevan tiedoston päälle ilman valitsinta --force (tarvitaan muodolle xlsx)
help-moty-report-weekly--force = Korvaa --out-tiedosto, jos se on olemassa (ei koskaan itse rekisteriä)
help-moty-report-weekly--region = Vain tämän alueen asiat [oletus: asetustiedoston alue, muuten oletusalueesi rekisterissä (`moty settings my-region`)]
help-moty-report-weekly--all_regions = Kaikkien alueiden asiat oletusalueestasi riippumatta
help-moty-report-weekly--legal_basis = Luovutuksen oikeusperuste — consent, social-welfare-act-41, health-care-act-32 tai other:TEXT [oletus: social-welfare-act-41]
help-moty-report-weekly-examples =
    Esimerkkejä:
      # Ensi viikon vienti eteläiselle tiimille Markdownina sähköpostiin tai Teamsiin
      moty report weekly --to-whom "Yhteistyö-tiimi, south" --region south --format md
      # Viikko 50 taulukkotiedostona
      moty report weekly --week 2026-W50 --to-whom "Yhteistyö-tiimi" --format xlsx --out w50.xlsx
      # Suomenkielisen Excelin avaama CSV kaikilta alueilta ajastetusta tehtävästä
      moty report weekly --to-whom "Yhteistyö-tiimi" --all-regions --format csv --excel --out team.csv

help-moty-report-outcomes = Jakson vaikuttavuusluvut, kukin N:n kanssa
help-moty-report-outcomes-long = Käytä sitä esihenkilöä, arviointia tai tiimin omaa seurantaa varten: jakson aikana herätteenä tulleista asioista vaiheiden suppilo, herätteiden lähteet, Suuntima-ryhmät, jatkopalvelut, Kelan etäkonsultaatioiden käyttö, verkostopalaverit Kelan etäkonsultaation kanssa ja ilman, odotusajat, asiakkaiden palaute, työparin arviot, ammattilaisten kyselyt ja jälkiseurantapuhelut. Nimetön: luvut 1–4 näkyvät muodossa <5, ellei anneta valitsinta --exact. Taulukko, CSV ja JSON eivät kirjoita lokiin; --html-sivu kirjataan luovutuslokiin.
help-moty-report-outcomes--from = Jakson ensimmäinen päivä (siitä alkaen herätteenä tulleet asiat), YYYY-MM-DD [oletus: 365 päivää ennen päivää --until]
help-moty-report-outcomes--until = Jakson viimeinen päivä, YYYY-MM-DD [oletus: tänään]
help-moty-report-outcomes--region = Vain tämän tiimialueen asiakkaat, esim. north [oletus: kaikki alueet]
help-moty-report-outcomes--format = `table`, `json` tai `csv` (--json on sama kuin `json`)
help-moty-report-outcomes--html = Kirjoita lisäksi itsenäinen HTML-sivu kaavioineen (kirjataan luovutuslokiin)
help-moty-report-outcomes--force = Korvaa --html-tiedosto, jos se on olemassa (ei koskaan itse rekisteriä)
help-moty-report-outcomes--to_whom = Kenelle HTML-sivu on; kirjataan luovutuslokiin
help-moty-report-outcomes--by = Lisäksi kaikki luvut asiaryhmittäin: palvelualueen (asia voi kuulua useaan), asiakasryhmän, herätteen aikaisen ikäryhmän, kunnan, alueen tai herätteen lähteen mukaan
help-moty-report-outcomes--legal_basis = Valitsimen --html kanssa: luovutuksen oikeusperuste — consent, social-welfare-act-41, health-care-act-32 tai other:TEXT [oletus: other:anonymous aggregate figures, no personal data]
help-moty-report-outcomes--exact = Näytä luvut 1–4 sellaisinaan eikä muodossa <5 (tiimin omaan työhön, ei jaettavaksi)
help-moty-report-outcomes-examples =
    Esimerkkejä:
      # Viimeisen vuoden aikana herätteenä tulleiden asioiden luvut
      moty report outcomes
      # Yksi vuosineljännes palvelualueittain
      moty report outcomes --from 2026-07-01 --until 2026-09-30 --by area
      # Kaavioin varustettu sivu esihenkilölle (kirjataan luovutuslokiin)
      moty report outcomes --html outcomes-2026.html --to-whom "Anna Esimerkki, team supervisor"
      # Pohjoisen alueen luvut CSV:nä taulukkolaskentaan
      moty report outcomes --region north --format csv > outcomes-north.csv

help-moty-report-queue = Koordinaattorien työlista tälle päivälle ja viikolle, kiireellisin ensin
help-moty-report-queue-long = Käytä sitä joka aamu: ensiarviota odottavat herätteet, menneet tapaamiset, joita ei ole vielä merkitty pidetyiksi, ennen seuraavaa Kelan etäkonsultaatiota lähetettävät Kelan lomakkeet, kerättävät suostumukset, erääntyvät jälkiseurantapuhelut, suunnitelmat ilman omatyöntekijää ja Yhteistyö-tiimin pyynnöt, joissa jokin vaihe on tekemättä. Siinä näkyvät asiakkaiden nimet, joten se on työparin omalle näytölle (Markdown tai --json): jokainen listattu asia kirjataan käyttölokiin. Se näyttää oletusalueesi asiat, ellei anneta valitsinta --region tai --all-regions.
help-moty-report-queue--region = Vain tämän alueen asiat [oletus: asetustiedoston alue, muuten oletusalueesi rekisterissä (`moty settings my-region`)]
help-moty-report-queue--all_regions = Kaikkien alueiden asiat oletusalueestasi riippumatta
help-moty-report-queue-examples =
    Esimerkkejä:
      # Tämän päivän työlista omalta alueeltasi
      moty report queue
      # Pohjoisen työparin lista
      moty report queue --region north
      # Kaikki alueet JSON-muodossa
      moty --json report queue --all-regions

help-moty-report-consultations = Ammattilaisten nimettömät konsultaatiot jaksolta lukuina
help-moty-report-consultations-long = Käytä sitä osoittamaan, kuinka paljon koordinaattoreita konsultoidaan ilman herätettä (`moty consult` kirjaa ne): yhteensä, ISO-viikoittain, lähettäjäyksiköittäin palvelualueineen, kanavittain, odotettiinko herätettä ja kuinka moni liitettiin asiaan, johon se johti. Se ei nimeä yhtään asiaa eikä kirjoitettua tekstiä eikä kirjoita lokiin; luvut 1–4 näkyvät muodossa <5, ellei anneta valitsinta --exact.
help-moty-report-consultations--from = Jakson ensimmäinen päivä (siitä alkaen tehdyt konsultaatiot), YYYY-MM-DD [oletus: vuosi ennen päivää --until]
help-moty-report-consultations--until = Jakson viimeinen päivä, YYYY-MM-DD [oletus: tänään]
help-moty-report-consultations--format = `table`, `json` tai `csv` (--json on sama kuin `json`)
help-moty-report-consultations--exact = Näytä luvut 1–4 sellaisinaan eikä muodossa <5 (tiimin omaan työhön, ei jaettavaksi)
help-moty-report-consultations-examples =
    Esimerkkejä:
      # Viimeisen vuoden konsultaatiot
      moty report consultations
      # Marraskuu pienet luvut sellaisinaan näyttäen (vain tiimille)
      moty report consultations --from 2026-11-01 --until 2026-11-30 --exact
      # CSV-muodossa
      moty report consultations --format csv > consultations.csv

help-moty-audit = Käyttö- ja luovutusloki: kuka näki asiakkaan tiedot, mitä lähti rekisteristä
help-moty-audit-long = Rekisteri pitää käyttölokia (kuka katsoi tai muutti minkä asiakkaan tietoja, milloin, millä komennolla ja miksi) ja luovutuslokia (mitä lähti rekisteristä, kenelle ja millä oikeusperusteella), molemmat tiivisteketjutettuja kuten aikajana. Käytä näitä komentoja vastataksesi asiakkaan tiedonsaantipyyntöön, tietosuojavastaavan valvontaan ja tarkistaaksesi, ettei mitään lokia ole peukaloitu.
help-moty-audit-examples =
    Esimerkkejä:
      # Asiakas kysyy, kuka on nähnyt hänen tietonsa
      moty audit access 2026-0007
      # Kaikki, mikä on lähtenyt rekisteristä
      moty audit disclosures
      # Tarkista, ettei mitään lokia ole peukaloitu
      moty audit verify

help-moty-audit-access = Kuka katsoi tai muutti asiakkaan tietoja, tai mitä yksi käyttäjä haki tai muutti
help-moty-audit-access-long = Asiakkaan tiedonsaantioikeus (asiakastietolaki 703/2023 11 §): kun annetaan CASE, jokainen kyseisen asian asiakkaan tietojen käyttö, millä tahansa hänen asioistaan, vanhin ensin, komentoineen ja annettuine syineen. Valitsimella --by tietosuojavastaavan näkymä: jokainen rivi, jonka yksi käyttäjä kirjoitti jaksolla, käyttöjärjestelmän kirjautumistunnus rinnalla. Myös lukeminen kirjataan käyttölokiin. Anna CASE tai --by, ei molempia; tuntematon asia on poistumiskoodi 3.
help-moty-audit-access--case = Asiakkaan asia, esim. 2026-0007
help-moty-audit-access--by = Sen sijaan jokainen käyttölokin rivi, jonka tämä käyttäjä kirjoitti (niin kuin `--as` hänet nimesi)
help-moty-audit-access--from = Valitsimen --by kanssa: tästä päivästä, YYYY-MM-DD (Helsinki) [oletus: ensimmäinen rivi]
help-moty-audit-access--until = Valitsimen --by kanssa: tähän päivään asti, päivä mukaan lukien, YYYY-MM-DD [oletus: tänään]
help-moty-audit-access-examples =
    Esimerkkejä:
      # Asian 2026-0007 asiakkaan tietojen jokainen haku ja muutos
      moty audit access 2026-0007
      # Kaikki, mitä coordinator-b haki tai muutti marraskuussa
      moty audit access --by coordinator-b --from 2026-11-01 --until 2026-11-30

help-moty-audit-anomalies = Epätavalliset haut; asiakkaat nimetään vain asiakas- ja asiatunnuksella
help-moty-audit-anomalies-long = Tietosuojavastaavan säännölliseen tarkastukseen: vihje selvitettäväksi, ei tuomio. Kolme listaa, joiden jokainen rivi on käyttäjä, Helsingin päivä, asiakas ja katselukertojen määrä: (1) päivässä katsottu enemmän eri asiakkaita kuin --threshold; (2) sellaisen asiakkaan katselut, jonka asioita käyttäjä ei hoida (ei muuttanut mitään hänen tiedoistaan viimeistään sinä päivänä eikä löytänyt häntä komennoilla find, list tai triage asian odottaessa ensiarviota); (3) sellaisen asiakkaan katselut, jonka nimi on sama (kirjainkoosta ja tarkkeista välittämättä) kuin rekisterin käyttäjän, jonkun muun tekeminä. Ennen päivää --from tehdyt muutokset lasketaan työksi. Myös raportin lukeminen kirjataan käyttölokiin.
help-moty-audit-anomalies--from = Tästä päivästä, YYYY-MM-DD (Helsinki) [oletus: ensimmäinen rivi]
help-moty-audit-anomalies--until = Tähän päivään asti, päivä mukaan lukien, YYYY-MM-DD [oletus: tänään]
help-moty-audit-anomalies--threshold = Päivässä tätä useamman eri asiakkaan katsominen on epätavallista (1–100 000)
help-moty-audit-anomalies-examples =
    Esimerkkejä:
      # Epätavalliset haut vuoden alusta
      moty audit anomalies --from 2026-01-01
      # Tiukempi raja yhdelle kuukaudelle
      moty audit anomalies --from 2026-11-01 --until 2026-11-30 --threshold 10

help-moty-audit-export = Vie käyttö- tai luovutusloki valvontaviranomaiselle
help-moty-audit-export-long = Käytä sitä, kun valvontaviranomainen tai tietosuojavastaava pyytää lokitietoja: jakson rivit (käyttöloki annettuine syineen, luovutusloki kunkin rivin oikeusperusteineen) kirjoitetaan uuteen, vain sinun luettavaksesi tulevaan tiedostoon. Itse vienti kirjataan ensin luovutuslokiin ilman asioita, vastaanottajineen ja oikeusperusteineen.
help-moty-audit-export--log = Mikä loki: access tai disclosure
help-moty-audit-export--format = Tiedostomuoto: csv tai json
help-moty-audit-export--to_whom = Viennin vastaanottaja (kirjataan luovutuslokiin)
help-moty-audit-export--out = Minne se kirjoitetaan (uusi tiedosto, vain sinun luettavissasi)
help-moty-audit-export--from = Tästä päivästä, YYYY-MM-DD (Helsinki) [oletus: ensimmäinen rivi]
help-moty-audit-export--until = Tähän päivään asti, päivä mukaan lukien, YYYY-MM-DD [oletus: tänään]
help-moty-audit-export--force = Korvaa tiedosto, jos se on olemassa
help-moty-audit-export--legal_basis = Luovutuksen oikeusperuste — consent, social-welfare-act-41, health-care-act-32 tai other:TEXT [oletus: other:log data for supervision (Client Data Act 703/2023, Data Protection Act 1050/2018)]
help-moty-audit-export-examples =
    Esimerkkejä:
      # Käyttöloki marraskuusta alkaen valvontaviranomaiselle CSV-muodossa
      moty audit export --log access --format csv --to-whom Valvira --out access.csv --from 2026-11-01
      # Koko luovutusloki JSON-muodossa tietosuojavastaavalle
      moty audit export --log disclosure --format json --to-whom "the DPO" --out disclosures.json

help-moty-audit-disclosures = Mitä lähti rekisteristä: jokainen vienti, kenelle, kuka ja mistä asioista
help-moty-audit-disclosures-long = Luovutuslokin jokainen rivi vanhin ensin: milloin, kuka, mitä (viikkovienti, tulossivu, kalenteritiedosto, asiakkaan suunnitelma, varmuuskopio, lokin vienti), kenelle, mitä asioita se koski ja sen oikeusperuste. Listaaminen ei kirjoita mitään.
help-moty-audit-disclosures-examples =
    Esimerkkejä:
      # Jokainen vienti: milloin, kuka, mitä, kenelle, mitkä asiat ja millä perusteella
      moty audit disclosures
      # Sama skriptille
      moty --json audit disclosures

help-moty-audit-verify = Tarkista, että aikajana ja lokit ovat ehjiä ja muuttumattomia (niiden tiivisteketjut)
help-moty-audit-verify-long = Aja se säännöllisesti, palautuksen jälkeen ja aina, kun lokia epäillään: aikajanan, käyttölokin, luovutuslokin ja uudelleenankkurointilokin jokainen rivi tarkistetaan edellistä riviä ja aiemmin näkemääsi (todistettasi) vasten. Varmuuskopion manifesti, allekirjoitettu tarkistuspiste tai viennissä tulostettu ketjun pää paljastavat myös lopusta poistetut rivit. Rikkinäinen ketju tulostaa taulukon ja sitten virheen (poistumiskoodi 4). Se vain lukee rekisteriä.
help-moty-audit-verify--manifest = Varmuuskopion manifesti: tarkista myös, ettei mitään siihen kirjattua riviä ole poistettu tai kirjoitettu uudelleen
help-moty-audit-verify--checkpoint = Allekirjoitettu tarkistuspiste (moty audit checkpoint): tarkista myös jokainen sen allekirjoittama ketjun pää
help-moty-audit-verify--public_key = Julkinen avain, jolla tarkistuspiste on oltava allekirjoitettu (heksadesimaalina tai sen sisältävä tiedosto)
help-moty-audit-verify--heads = Viennissä tulostettu ketjun pää (viikkoviennin rekisteriosio, kalenterin X-MOTY-TIMELINE-rivi, HTML-sivun alatunniste): LOG:ROWS:HASH, esim. events:120:3fa9…; toista useammalle
help-moty-audit-verify-examples =
    Esimerkkejä:
      # Tarkista jokainen ketju
      moty audit verify
      # Tarkista myös, ettei mitään varmuuskopion manifestiin kirjattua ole sittemmin poistettu
      moty audit verify --manifest backups/register-2026-12-04.sqlite3.manifest.json
      # Tarkista allekirjoitettu tarkistuspiste keygenin tulostamaa julkista avainta vasten (tallennettu tiedostoon dpo.pub)
      moty audit verify --checkpoint checkpoint-2026-12.json --public-key dpo.pub

help-moty-audit-keygen = Tee tarkistuspisteiden allekirjoitusavain ja tulosta sen julkinen avain
help-moty-audit-keygen-long = Aja se kerran, yleensä tietosuojavastaavana: Ed25519-avain kirjoitetaan uuteen, vain sinun luettavaksesi tulevaan tiedostoon, joka säilytetään erillään rekisteristä (`moty audit checkpoint --key` allekirjoittaa sillä); sen tulostama julkinen avain on se, jota vasten `moty audit verify --public-key` tarkistaa. Se ei tarvitse rekisteriä.
help-moty-audit-keygen--out = Minne avain kirjoitetaan (uusi tiedosto, vain sinun luettavissasi)
help-moty-audit-keygen-examples =
    Esimerkkejä:
      # Tee tietosuojavastaavan allekirjoitusavain (säilytä se erillään rekisteristä)
      moty audit keygen --out dpo-signing.key

help-moty-audit-checkpoint = Allekirjoita jokaisen ketjun pää rekisterin ulkopuolella säilytettävällä avaimella
help-moty-audit-checkpoint-long = Aja se aika ajoin (esimerkiksi kuukausittain) ja säilytä tiedosto erillään rekisteristä: myöhemmin `moty audit verify --checkpoint FILE --public-key KEY` osoittaa, että jokainen silloin allekirjoitettu rivi on yhä paikallaan muuttumattomana, vaikka joku olisi laskenut tiivisteet uudelleen sen jälkeen. Se ei kirjoita lokiin.
help-moty-audit-checkpoint--key = Allekirjoitusavain (komennosta moty audit keygen)
help-moty-audit-checkpoint--out = Minne tarkistuspiste kirjoitetaan (uusi tiedosto) [oletus: vakiotuloste]
help-moty-audit-checkpoint-examples =
    Esimerkkejä:
      # Allekirjoita jokaisen ketjun pää tiedostoon
      moty audit checkpoint --key dpo-signing.key --out checkpoint-2026-12.json

help-moty-doctor = Tarkista rekisteri: eheys, avaimet, skeema, oikeudet, levy, lokiketjut
help-moty-doctor-long = Aja se palautuksen tai päivityksen jälkeen tai kun jokin tuntuu olevan vialla. Jokainen tarkistus kertoo ok, warn tai fail: eheys ja viiteavaimet, skeema, lokien vain lisäämisen salliva suojaus ja tiivisteketjut, oikeudet, tiedostojärjestelmä (verkkolevy on fail, pilveen synkronoitu kansio warn), jäljelle jääneet väliaikaistiedostot, yhdistämättömät yksiköt, tuntemattomat kunnat, salaus. Fail tulostaa taulukon ja sitten virheen (poistumiskoodi 4). Se vain lukee eikä kirjoita lokiriviä.
help-moty-doctor-examples =
    Esimerkkejä:
      # Tarkista rekisteri
      moty doctor
      # Tarkistukset JSON-muodossa valvontaa varten
      moty --json doctor

help-moty-rekey = Vaihda salatun rekisterin avain (uusi avain muuttujasta MOTY_DB_NEW_KEY)
help-moty-rekey-long = Vain salaavalle versiolle (salaamaton versio kieltäytyy, poistumiskoodi 4). Anna nykyinen avain tavalliseen tapaan (MOTY_DB_KEY, --key-file tai kehote) ja uusi ympäristömuuttujassa MOTY_DB_NEW_KEY, ei koskaan komentorivillä. Tee ensin varmuuskopio ja säilytä uusi avain siellä, missä vanhakin säilytettiin: ilman sitä rekisteriä ei voi avata.
help-moty-rekey-examples =
    Esimerkkejä:
      # Salaava versio, uusi avain muuttujassa MOTY_DB_NEW_KEY: vaihda avain
      moty rekey --key-file register.key

help-moty-backup = Tee rekisteristä yhtenäinen, tarkistettu kopio manifesteineen
help-moty-backup-long = Aja se päivittäin (ajastettuna tehtävänä) sekä ennen päivitystä, avaimen vaihtoa tai palautusta. Kopio on yksi tilannevedos, joka otetaan muiden jatkaessa työtään; se on vain sinun luettavissasi, levylle synkronoitu ja tarkistettu. Sen rinnalle tulee DEST.manifest.json, jossa on kopion tarkistussumma sekä kunkin lokin pituus ja pää, joihin `moty audit verify --manifest` myöhemmin vertaa rekisteriä. Jokainen varmuuskopio kirjataan luovutuslokiin. Säilytä kopiot toisella levyllä ja poista ne, kun niiden aika on kulunut umpeen.
help-moty-backup--dest = Minne kopio kirjoitetaan (ei saa olla olemassa); manifesti tulee sen rinnalle nimellä DEST.manifest.json
help-moty-backup--force = Korvaa DEST ja sen manifesti, jos ne ovat olemassa (ei koskaan itse rekisteriä)
help-moty-backup--legal_basis = Kopion oikeusperuste (kirjataan luovutuksena) — consent, social-welfare-act-41, health-care-act-32 tai other:TEXT [oletus: other:the controller's own backup copy of the register]
help-moty-backup-examples =
    Esimerkkejä:
      # Päivätty kopio toiselle levylle, manifesti sen rinnalla
      moty backup /mnt/backup/moty/register-2026-12-04.sqlite3
      # Korvaa aiemmin tänään tehty kopio
      moty backup backups/register-2026-12-04.sqlite3 --force

help-moty-restore = Palauta varmuuskopio rekisteriin; uudempien merkintöjen menetys vaatii --accept-loss
help-moty-restore-long = Käytä sitä, kun rekisteri on kadonnut tai vahingoittunut. Varmuuskopion jälkeen kirjoitetut käyttö-, luovutus- ja uudelleenankkurointilokin rivit siirretään; sen jälkeisiä aikajanan merkintöjä ei voi siirtää, joten rekisteriin, jossa niitä on tai jonka lokit eivät jatka varmuuskopion lokeja, ei kosketa (poistumiskoodi 4), ellei --accept-loss kerro syytä. Lukukelvoton rekisteri säilytetään erillään. Jokainen palautus kirjataan uudelleenankkurointilokiin; aja sen jälkeen `moty audit verify --manifest` ja `moty doctor`.
help-moty-restore--backup = Rekisteriin palautettava varmuuskopio (tiedosto, jonka `moty backup` kirjoitti)
help-moty-restore--accept_loss = Palauta, vaikka varmuuskopion jälkeen kirjoitetut aikajanan merkinnät menetetään (tai rekisterin lokit eivät jatka varmuuskopion lokeja); syy kirjataan yhdessä menetetyn kanssa
help-moty-restore--force = Valitsimen --accept-loss vanhempi muoto (ilman syytä: "restored with --force")
help-moty-restore-examples =
    Esimerkkejä:
      # Palauta varmuuskopio; hylätään muuttamatta mitään, jos merkintöjä on tehty sen jälkeen
      moty restore backups/register-2026-12-04.sqlite3
      # Rekisteri on vahingoittunut: palauta se ja hyväksy myöhempien merkintöjen menetys
      moty restore backups/register-2026-12-04.sqlite3 --accept-loss "The disk failed"

help-moty-close = Sulje asia ja kerro syy
help-moty-close-long = Käytä sitä, kun asian työ päättyy: päätetty yhdessä asiakkaan kanssa, ohjattu muualle, asiakas kieltäytyi, asiakasta ei tavoitettu, asiakas muutti pois tai kuoli, tai asia avattiin vahingossa. Varatut tapaamiset perutaan; mitään kirjattua ei poisteta, ja sulkeminen kirjataan aikajanalle ja käyttölokiin. `--reason completed` hylätään (poistumiskoodi 4), kunnes suunnitelmassa on omatyöntekijä, jatkopolku ja asiakkaan vahvistus ja jälkiseuranta on kirjattu.
help-moty-close--case = Asia, esim. 2026-0007
help-moty-close--reason = Miksi asia suljetaan
help-moty-close--note = Mitä seuraavan lukijan on hyvä tietää (näkyy aikajanalla; enintään 2 000 merkkiä)
help-moty-close--on = Sulkemispäivä, YYYY-MM-DD tai D.M.YYYY; ei tulevaisuudessa eikä ennen kuin asia tuli vaiheeseensa [oletus: tänään]
help-moty-close-examples =
    Esimerkkejä:
      # Asia kuuluu sosiaalihuollon palvelutarpeen selvitykseen: ohjattu muualle
      moty close 2026-0014 --reason redirected --note "Sent on as an electronic notification."
      # Asiakasta ei tavoitettu; suljettu eilisestä alkaen
      moty close 2026-0009 --reason unreachable --on 2026-12-04
      # Jälkiseurantapuhelun jälkeen: yhteistyö päätetään yhdessä asiakkaan kanssa
      moty close 2026-0026 --reason completed

help-moty-reopen = Avaa suljettu asia uudelleen siihen vaiheeseen, josta se suljettiin
help-moty-reopen-long = Käytä sitä, kun suljettu asia osoittautuu keskeneräiseksi. Asia palaa vaiheeseen, josta se suljettiin (ensiarviossa suljettu asia palaa ensiarviojonoon); sulkeminen jää aikajanalle, uudelleen avaaminen on uusi merkintä, ja käyttöloki kirjaa muutoksen. Vaihe, joka edellyttää suostumusta, edellyttää voimassa olevaa suostumusta uudelleen (kirjaa ensin uusi suostumus), muuten poistumiskoodi 4.
help-moty-reopen--case = Asia, esim. 2026-0007
help-moty-reopen--note = Miksi asia avataan uudelleen (näkyy aikajanalla; enintään 2 000 merkkiä)
help-moty-reopen--on = Päivämäärä, YYYY-MM-DD tai D.M.YYYY; ei tulevaisuudessa eikä ennen sulkemispäivää [oletus: tänään]
help-moty-reopen-examples =
    Esimerkkejä:
      # Asiakas soitti uudelleen: asia palaa sinne, mistä se suljettiin
      moty reopen 2026-0012 --note "Called again: the housing matter is not settled after all."

help-moty-move-region = Siirrä asia toisen alueen työparille (varatut tapaamiset siirtyvät mukana)
help-moty-move-region-long = Käytä sitä, kun asiakas muuttaa tai toisen alueen työparin on määrä ottaa asia. Alue kuuluu asialle: tästä lähtien asia näkyy kyseisen alueen listoilla (ensiarviojono, kalenteri, erääntyvät jälkiseurannat, työlista, viikkovienti). Siirto kirjataan aikajanalle ja käyttölokiin. Suljettu asia tai alue, jossa asia jo on, hylätään.
help-moty-move-region--case = Asia, esim. 2026-0007
help-moty-move-region--region = Alue, jolle asia siirtyy, esim. north (kirjainkoosta välittämättä)
help-moty-move-region--note = Miksi (näkyy aikajanalla; enintään 2 000 merkkiä)
help-moty-move-region-examples =
    Esimerkkejä:
      # Asiakas muutti: pohjoinen työpari ottaa asian varattuine tapaamisineen
      moty move-region 2026-0004 north --note "Moved to Hamina in December."

help-moty-purge = Poista suljetun asian tunnistettava sisältö; luvut ja ketjut säilyvät
help-moty-purge-long = Käytä sitä, kun suljetun asian säilytysaika on päättynyt, asia avattiin väärälle henkilölle tai asiakkaan poistopyyntöön suostutaan. Se, mitä asiakkaasta kirjoitettiin (syyt, muistiinpanot, kuvaus, suunnitelman tekstit, hakujen syyt), poistetaan, ja hänen nimensä, henkilötunnuksensa ja puhelinnumeronsa, kun hänellä ei ole enää yhtään poistamatonta asiaa; koodit, päivämäärät, määrät ja ammattilaisten nimet säilyvät, joten luvut ja ketjut pysyvät ehjinä. Poisto kirjataan aikajanalle ja käyttölokiin. Varmuuskopiot säilyttävät tiedot, kunnes ne poistetaan. Avoin tai jo poistettu asia hylätään (poistumiskoodi 4).
help-moty-purge--case = Poistettava asia, esim. 2026-0007 (suljettu)
help-moty-purge--closed_before = Poista jokainen ennen tätä päivää suljettu asia, YYYY-MM-DD (sen säilytysaika on päättynyt)
help-moty-purge--due = Poista jokainen asia, jonka säilytysaika on päättynyt: suljettu enemmän kuin komennolla `moty settings retention --closed-cases-years N` asetetut vuodet ennen tätä päivää
help-moty-purge--reason = Miksi sisältö poistetaan (kirjataan asian aikajanalle)
help-moty-purge--note = Mitä seuraavan lukijan on hyvä tietää (säilyy aikajanalla; älä nimeä asiakasta)
help-moty-purge-examples =
    Esimerkkejä:
      # Asia avattiin väärälle henkilölle
      moty purge 2026-0024 --reason wrong-person --note "Opened for the wrong person."
      # Jokainen asia, jonka säilytysaika on päättynyt (moty settings retention asettaa sen)
      moty purge --due --reason retention
      # Jokainen ennen vuotta 2020 suljettu asia
      moty purge --closed-before 2020-01-01 --reason retention

help-moty-settings = Rekisterin asetukset: säilytysaika, alueesi, väittämät, yksiköt, yhteystietokortti
help-moty-settings-long = Tiimille kuuluva säilytetään rekisterissä, jotta työparin molemmat näkevät saman: säilytysaika, asiakaskokemuksen väittämät, palvelualueet ja yksikköluettelo, jälkiseurannan väli ja yhteystietokortti; sekä kunkin koordinaattorin oletusalue. Yhdelle henkilölle kuuluva (rekisterin polku, nimesi) on komennossa `moty config`. Mikään näistä asetuksista ei sisällä asiakastietoja, joten ne eivät kirjoita käyttölokiin.
help-moty-settings-examples =
    Esimerkkejä:
      # Tee pohjoisesta oletusalueesi
      moty settings my-region north
      # Jälkiseurantapuhelut erääntyvät 10 viikkoa jatkopolkujen sopimisen jälkeen
      moty settings follow-up-weeks 10
      # Yksikköluettelo
      moty settings units

help-moty-settings-retention = Näytä tai aseta, kuinka kauan suljettuja asioita säilytetään ennen poistoa
help-moty-settings-retention-long = Tietosuojavastaavalle tai rekisterinpitäjälle: suljettuja asioita säilytetään N vuotta sulkemispäivästä, minkä jälkeen `moty purge --due --reason retention` poistaa niiden tunnistettavan sisällön. Ilman valitsinta se näyttää säilytysajan; jos säilytysaikaa ei ole asetettu, mikään ei koskaan erääny poistettavaksi.
help-moty-settings-retention--closed_cases_years = Kuinka monta vuotta suljettua asiaa säilytetään sulkemispäivästä, 0–100 (0: ei asetettu, mikään ei erääny)
help-moty-settings-retention-examples =
    Esimerkkejä:
      # Näytä säilytysaika
      moty settings retention
      # Säilytä suljettuja asioita kuusi vuotta sulkemisesta
      moty settings retention --closed-cases-years 6

help-moty-settings-my-region = Näytä tai aseta oletusalueesi, jonka asiat listasi näyttävät
help-moty-settings-my-region-long = Yhden alueen työparin koordinaattorille: rekisteriin `--as`-nimelläsi tallennettu oletusalue saa ensiarviojonon, kalenterin, erääntyvät jälkiseurannat, työlistan ja viikkoviennin näyttämään tämän alueen asiat, ellei `--region` tai `--all-regions` toisin sano (asetustiedostosi alue menee edelle). Ilman argumenttia se näyttää oletusalueen.
help-moty-settings-my-region--region = Oletusalueeksesi tuleva alue, esim. north
help-moty-settings-my-region--clear = Poista oletusalueesi (listat näyttävät kaikki alueet)
help-moty-settings-my-region-examples =
    Esimerkkejä:
      # Näytä oletusalueesi
      moty settings my-region
      # Listasi näyttävät pohjoisen alueen asiat
      moty settings my-region north
      # Listasi näyttävät taas kaikki alueet
      moty settings my-region --clear

help-moty-settings-statements = Asiakaskokemuksen väittämät, jotka luetaan asiakkaalle vastaanoton jälkeen
help-moty-settings-statements-long = Väittämät, jotka `moty feedback` lukee asiakkaalle (suomeksi, ruotsiksi ja englanniksi) ja joihin vastataan viisiportaisella asteikolla. Ilman alikomentoa se listaa nykyisen version (tai version --version N). Versiota ei koskaan muuteta: uusi sanamuoto on CSV-tiedostosta tehty uusi versio, ja siitä lähtien kirjattu palaute vastaa siihen, kun taas vanhemmat vastaukset säilyttävät versionsa sanamuodon.
help-moty-settings-statements--version = Vanhemman version numero (versiota ei ole: poistumiskoodi 3) [oletus: nykyinen]
help-moty-settings-statements-examples =
    Esimerkkejä:
      # Väittämät, jotka asiakkaalle nyt luetaan
      moty settings statements
      # Ensimmäinen versio
      moty settings statements --version 1
      # Uusi sanamuoto CSV-tiedostosta (code,fi,sv,en)
      moty settings statements new --from statements.csv

help-moty-settings-statements-new = Tee väittämistä uusi versio CSV-tiedostosta
help-moty-settings-statements-new-long = Tiedostossa on otsikkorivi code,fi,sv,en ja sen jälkeen yksi väittämä riviä kohden siinä järjestyksessä kuin ne luetaan. Jokainen rivi tarkistetaan ensin, ja ensimmäinen virheellinen rivi hylkää koko tiedoston (poistumiskoodi 2); nykyisen version kanssa samanlainen tiedosto ei tee uutta versiota (poistumiskoodi 4). Siitä lähtien kirjattu palaute vastaa uuteen versioon.
help-moty-settings-statements-new--from = CSV-tiedosto, UTF-8, pilkuilla erotettu, otsikkorivinä code,fi,sv,en; koodissa on pieniä kirjaimia, numeroita ja yhdysmerkkejä, kukin teksti on yksi 1–300 merkin rivi, enintään 50 väittämää
help-moty-settings-statements-new-examples =
    Esimerkkejä:
      # Uusi versio CSV-tiedostosta: otsikko code,fi,sv,en, yksi väittämä riviä kohden
      moty settings statements new --from statements.csv

help-moty-settings-areas = Palvelualueet: sote-keskuksen kolme ja ulkopuoliset toimijat
help-moty-settings-areas-long = Jokainen yksikkö, pyydetty yksikkö ja jatkopalvelu kuuluu yhteen näistä alueista, joten jokaisen luvun voi lukea palvelualueittain (`moty report outcomes --by area`). Käytä sitä löytääksesi alueen koodin komentoihin `moty settings units add --area` ja `moty plan services add --area`.
help-moty-settings-areas-examples =
    Esimerkkejä:
      # Palvelualueet ja niiden koodit
      moty settings areas

help-moty-settings-units = Yksikköluettelo (kukin yksikkö palvelualueella); ilman alikomentoa luettelo
help-moty-settings-units-long = Missä tahansa yksikkö kirjoitetaan (lähettävä yksikkö, pyydetyt yksiköt, yksikön vastaus), sen on nimettävä tämän luettelon yksikkö koodillaan, jollakin nimellään tai siihen yhdistetyllä tekstillä; rekisteri tietää silloin yksikön palvelualueen. Alikomennoilla lisätään yksikkö tai poistetaan se käytöstä ja kerrotaan, mitä yksikköä paikallinen nimi tarkoittaa.
help-moty-settings-units-examples =
    Esimerkkejä:
      # Yksikköluettelo
      moty settings units
      # Lisää nuorten ohjauskeskus Ohjaamo työllisyyspalveluihin
      moty settings units add ohjaamo --area employment --fi Ohjaamo --sv Ohjaamo --en Ohjaamo
      # Paikallinen nimi tarkoittaa aikuissosiaalityötä
      moty settings units map "Aikuissossu" adult-social-work

help-moty-settings-units-list = Jokainen yksikkö palvelualueineen, käytössä tai ei
help-moty-settings-units-list-long = Luettelo sellaisenaan: kunkin yksikön koodi, palvelualue, englannin-, suomen- ja ruotsinkielinen nimi ja onko yksikkö yhä käytössä. Sama kuin `moty settings units`.
help-moty-settings-units-list-examples =
    Esimerkkejä:
      # Jokainen yksikkö palvelualueineen, käytössä tai ei
      moty settings units list

help-moty-settings-units-add = Lisää yksikkö (tai muuta tämän koodin yksikön aluetta ja nimiä)
help-moty-settings-units-add-long = Käytä sitä, kun herätteitä alkaa tulla yksiköstä, jota luettelossa ei ole, tai yksikön nimi muuttuu tai se siirtyy toiselle palvelualueelle. Olemassa oleva koodi muutetaan ja otetaan taas käyttöön. Mikään koodi tai nimi ei saa nimetä toista yksikköä (poistumiskoodi 2, joka nimeää valitsimen ja yksikön).
help-moty-settings-units-add--code = Lyhyt koodi: pieniä kirjaimia, numeroita ja yhdysmerkkejä, esim. memory-clinic
help-moty-settings-units-add--area = Palvelualueen koodi, esim. health-medical (`moty settings areas` listaa ne)
help-moty-settings-units-add--fi = Suomenkielinen nimi (yksi rivi, enintään 200 merkkiä)
help-moty-settings-units-add--sv = Ruotsinkielinen nimi
help-moty-settings-units-add--en = Englanninkielinen nimi
help-moty-settings-units-add-examples =
    Esimerkkejä:
      # Lisää nuorten ohjauskeskus Ohjaamo työllisyyspalveluihin
      moty settings units add ohjaamo --area employment --fi Ohjaamo --sv Ohjaamo --en Ohjaamo

help-moty-settings-units-deactivate = Poista yksikkö käytöstä (sillä kirjoitettu säilyy)
help-moty-settings-units-deactivate-long = Käytä sitä, kun yksikkö lakkaa tai yhdistyy: sitä ei enää hyväksytä, kun yksikkö kirjoitetaan, mutta sillä kirjoitettu säilyy ja lasketaan yhä sen palvelualueelle. `moty settings units add` sen koodilla ottaa sen taas käyttöön.
help-moty-settings-units-deactivate--code = Yksikön koodi
help-moty-settings-units-deactivate-examples =
    Esimerkkejä:
      # Ohjaamo ei ole enää käytössä
      moty settings units deactivate ohjaamo

help-moty-settings-units-map = Kerro, mitä yksikköä teksti tarkoittaa (paikallinen nimi tai luetteloa vanhempi teksti)
help-moty-settings-units-map-long = Käytä sitä nimelle, jota ihmiset käyttävät ("Aikuissossu"), tai teksteille, jotka `moty settings units unmapped` listaa: teksti tarkoittaa sen jälkeen yksikköä kaikkialla, missä yksikkö kirjoitetaan, ja raportit laskevat sillä kirjoitetun yksikön palvelualueelle. Tekstin aiempi yhdistys korvataan; teksti ei saa olla toisen yksikön koodi tai nimi.
help-moty-settings-units-map--text = Teksti kirjoitetussa muodossa (kirjainkoosta ja tarkkeista välittämättä)
help-moty-settings-units-map--unit = Yksikkö: sen koodi tai nimi
help-moty-settings-units-map-examples =
    Esimerkkejä:
      # Nimi, jota ihmiset käyttävät aikuissosiaalityöstä
      moty settings units map "Aikuissossu" adult-social-work
      # Ennen luetteloa kirjoitettu yksikköteksti
      moty settings units map "Employment services, Kotka" employment-services

help-moty-settings-units-unmapped = Yksikkötekstit, joita ei ole vielä yhdistetty yksikköön, ja niitä käyttävät herätteet ja asiat
help-moty-settings-units-unmapped-long = Luetteloa vanhempi rekisteri säilyttää yksikkötekstinsä kirjoitetussa muodossa; ne, jotka eivät ole minkään yksikön koodi tai nimi, listataan tässä (ja `moty doctor` varoittaa niistä), kunnes kukin on yhdistetty komennolla `moty settings units map TEXT UNIT`.
help-moty-settings-units-unmapped-examples =
    Esimerkkejä:
      # Vielä yhdistämättömät yksikkötekstit
      moty settings units unmapped

help-moty-settings-follow-up-weeks = Näytä tai aseta tiimin jälkiseurannan väli viikkoina
help-moty-settings-follow-up-weeks-long = Jälkiseurantapuhelu erääntyy N viikkoa sen jälkeen, kun asian jatkopolut on sovittu (8, ellei toisin aseteta). Muutos siirtää niiden asioiden eräpäiviä, joilla ei ole omaa väliä (`moty plan CASE --follow-up-weeks`), erääntyvissä jälkiseurannoissa, työlistalla, viikkoviennissä ja komennossa `moty show`. Ilman argumenttia se näyttää välin.
help-moty-settings-follow-up-weeks--weeks = Viikot, kokonaisluku 1–104 [oletus: näyttää välin]
help-moty-settings-follow-up-weeks-examples =
    Esimerkkejä:
      # Näytä tiimin jälkiseurannan väli
      moty settings follow-up-weeks
      # Jälkiseurantapuhelut erääntyvät 10 viikkoa jatkopolkujen sopimisen jälkeen
      moty settings follow-up-weeks 10

help-moty-settings-contact = Näytä tai aseta yhteystietokortti, jonka `moty contact` tulostaa lähettäville yksiköille
help-moty-settings-contact-long = Tiimin kortti, tai valitsimella --region alueen työparin kortti, jonka omat kentät (yleensä työparin nimet ja puhelin) korvaavat tiimin kentät. Ilman kenttiä se näyttää kortin sellaisena kuin se on tallessa; jokainen annettu kenttä korvaa tallessa olevan, ja --unset tyhjentää kentän. Kortissa ei ole asiakastietoja eikä se kirjoita lokiin; väärän muotoinen arvo hylätään (poistumiskoodi 2) kirjoittamatta mitään.
help-moty-settings-contact--region = Alueen työparin kortti, jonka kentät korvaavat tiimin kentät [oletus: tiimin]
help-moty-settings-contact--coordinators = Keitä koordinaattorit ovat, niin kuin he allekirjoittavat, esim. "Liisa Esimerkki, social counsellor; Maija Malli, nurse"
help-moty-settings-contact--phone = Työparin puhelinnumero
help-moty-settings-contact--phone_hours = Puhelinaika, esim. "mon-fri 09:00-10:00" (päivät mon … sun, väli tai luettelo; useampi jakso puolipisteellä ";" erotettuna) [oletus: mon-fri 09:00-10:00]
help-moty-settings-contact--office_hours = Toimistoaika, kuten --phone-hours [oletus: mon-fri 09:00-15:00]
help-moty-settings-contact--teams = Kenet tavoittaa Teamsissa: osoite (nimi@example.fi) tai https-linkki
help-moty-settings-contact--email = Suojattu sähköpostiosoite päivystyksen ja sosiaalipalvelujen herätteille
help-moty-settings-contact--coordination_book = Perusterveydenhuollon koontikirja potilastietojärjestelmässä, esim. yht405
help-moty-settings-contact--unset = Tyhjennä kenttä (tiimin arvo tai oletusajat ovat taas voimassa); toista useammalle
help-moty-settings-contact-examples =
    Esimerkkejä:
      # Tiimin puhelin, suojattu sähköposti ja koontikirja
      moty settings contact --phone "040 555 0100" --email moty@example.fi --coordination-book yht405
      # Pohjoisen työparin kortti: heidän nimensä ja puhelimensa tiimin tietojen sijaan
      moty settings contact --region north --phone "040 555 0102" --coordinators "Niina Näyte"
      # Lyhyempi puhelinaika perjantaisin
      moty settings contact --phone-hours "mon-thu 09:00-10:00; fri 09:00-09:30"
      # Pohjoinen työpari käyttää taas tiimin puhelinta
      moty settings contact --region north --unset phone

help-moty-contact = Koordinaattorien yhteystietokortti lähettäville yksiköille
help-moty-contact-long = Käytä sitä vastatessasi kysymykseen "miten teidät tavoittaa?" tai liittäessäsi sen intranetsivulle tai esitteeseen: miten asiakkaan voi ohjata ilman lähetettä, miten koordinaattoreita voi konsultoida, puhelinaika, toimistoaika ja alueiden työparit. Tiimi ylläpitää sitä komennolla `moty settings contact`. Se ei nimeä asiakasta eikä kirjoita lokiin.
help-moty-contact--region = Alueen työparin kortti (sen omat kentät tiimin kenttien sijaan) [oletus: tiimin kortti kaikkine alueiden työpareineen]
help-moty-contact-examples =
    Esimerkkejä:
      # Tiimin kortti kaikkine alueiden työpareineen
      moty contact
      # Pohjoisen työparin kortti
      moty contact --region north
      # Kortti JSON-muodossa intranetsivua varten
      moty --json contact

help-moty-client = Merkitse tai poista asiakkaan turvakielto; kirjaa kieli ja tulkki
help-moty-client-long = Käytä sitä, kun herätteen tiedot asiakkaasta muuttuvat: väestötietojärjestelmän turvakielto, jonka vuoksi jokainen asiakkaan näyttävä näkymä varoittaa ja asiakkaan kunta jätetään pois kaikista vienneistä; asiakkaan kieli, joka valitsee hänen asiakirjojensa kielen; tulkki, jota hän tarvitsee. Jokainen muutos kirjataan asian aikajanalle ja käyttölokiin. Kun suostumus on peruttu, vain turvakieltoa voi muuttaa.
help-moty-client--case = Asiakkaan asia, esim. 2026-0007
help-moty-client--non_disclosure = Merkitse (yes) tai poista (no) turvakielto; edellyttää valitsinta --reason
help-moty-client--reason = Miksi turvakielto merkitään tai poistetaan, esim. väestötietojärjestelmän päätös (enintään 400 merkkiä)
help-moty-client--language = Asiakkaan kieli, joka valitsee hänen asiakirjojensa kielen
help-moty-client--interpreter = Asiakas tarvitsee tulkin tälle kielelle (enintään 60 merkkiä)
help-moty-client--no_interpreter = Asiakas ei enää tarvitse tulkkia
help-moty-client-examples =
    Esimerkkejä:
      # Väestötietojärjestelmä pitää asiakkaan osoitteen salassa
      moty client 2026-0004 --non-disclosure yes --reason "Population register decision 20.11.2026"
      # Asiakas puhuu ruotsia ja tarvitsee arabian tulkin
      moty client 2026-0004 --language sv --interpreter Arabic
      # Tulkkia ei enää tarvita
      moty client 2026-0004 --no-interpreter

help-moty-config = Näytä tai muuta omaa asetustiedostoasi (rekisteri, nimi, alue, värit, kieli)
help-moty-config-long = Yhdelle henkilölle kuuluva säilytetään TOML-tiedostossa, jottei sitä tarvitse kirjoittaa joka kerta: rekisterin polku (db), nimi, jolla toimit (as), alue, jonka asiat listasi näyttävät (region), milloin käytetään värejä (color: auto, always tai never) ja kieli, jota moty puhuu (lang: fi tai en). Valitsin voittaa MOTY_*-muuttujansa, joka voittaa tiedoston, joka voittaa oletuksen; tiedoston color voittaa myös muuttujat NO_COLOR ja CLICOLOR_FORCE. Tiedosto on config.toml asetuskansiossasi (Linux ~/.config/moty/, Windows %APPDATA%\moty\moty\config\); MOTY_CONFIG nimeää toisen. Rekisteriä ei avata.
help-moty-config-examples =
    Esimerkkejä:
      # Tallenna rekisterisi polku tiedostoon
      moty config set db /home/aino/moty/register.sqlite3
      # Toimi nimellä coordinator-a kirjoittamatta --as
      moty config set as coordinator-a
      # Listasi näyttävät pohjoisen alueen asiat
      moty config set region north
      # Missä tiedosto on ja mitä siinä on
      moty config list

help-moty-config-path = Missä asetustiedostosi on (MOTY_CONFIG nimeää toisen)
help-moty-config-path-long = Tulostaa tiedoston polun eikä mitään muuta (valitsimella --json config-muodon ilman asetuksia) riippumatta siitä, onko tiedostoa vielä olemassa, jotta voit muokata sitä käsin tai tarkistaa, minkä tiedoston moty lukee. Tiedostoa ei lueta, joten tämä toimii silloinkin, kun sitä ei voi lukea.
help-moty-config-path-examples =
    Esimerkkejä:
      # Missä asetustiedostosi on (tai olisi)
      moty config path

help-moty-config-list = Jokainen asetustiedostosi asetus
help-moty-config-list-long = Tulostaa, missä tiedosto on, ja jokaisen avaimen (db, as, region, color, lang) arvoineen tai tiedon, ettei sitä ole asetettu. Tiedosto, jossa on tuntematon avain tai arvo, jonka valitsin hylkäisi, on poistumiskoodi 2.
help-moty-config-list-examples =
    Esimerkkejä:
      # Jokainen tiedoston asetus
      moty config list

help-moty-config-get = Yksi asetustiedostosi asetus: db, as, region, color tai lang
help-moty-config-get-long = Tulostaa avaimen arvon sitä tarvitsevalle skriptille. Tuntematon avain on poistumiskoodi 2.
help-moty-config-get--key = Avain: db, as, region, color tai lang
help-moty-config-get-examples =
    Esimerkkejä:
      # Tiedoston nimeämä rekisteri
      moty config get db

help-moty-config-set = Aseta yksi: db (rekisteri), as (kenenä toimit), region (listojesi), color, lang (fi tai en)
help-moty-config-set-long = Arvo tarkistetaan niin kuin sen valitsin sen tarkistaisi (muuten poistumiskoodi 2), ja koko tiedosto kirjoitetaan kerralla; tiedosto ja sen kansio luodaan, jos niitä ei ole.
help-moty-config-set--key = Avain: db, as, region, color tai lang
help-moty-config-set--value = Arvo, joka tarkistetaan niin kuin sen valitsin (--db, --as, --region, --color, --lang) sen tarkistaisi
help-moty-config-set-examples =
    Esimerkkejä:
      # Toimi nimellä coordinator-a, ellei --as tai MOTY_USER toisin sano
      moty config set as coordinator-a
      # Listasi näyttävät pohjoisen alueen asiat
      moty config set region north
      # moty puhuu suomea, ellei --lang tai MOTY_LANG toisin sano
      moty config set lang fi

help-moty-config-unset = Poista yksi asetus asetustiedostostasi
help-moty-config-unset-long = Kyseiselle avaimelle on taas voimassa oletus tai MOTY_DB ja MOTY_USER, jos ne on asetettu.
help-moty-config-unset--key = Avain: db, as, region, color tai lang
help-moty-config-unset-examples =
    Esimerkkejä:
      # Listasi noudattavat taas rekisterissä olevaa oletusaluettasi
      moty config unset region

help-moty-completions = Tulosta komentotulkin täydennysskripti (bash, zsh, fish, powershell, elvish)
help-moty-completions-long = Asenna se kerran, niin komentotulkki täydentää motyn komennot, alikomennot, valitsimet ja niiden kiinteät arvot sarkainnäppäimellä. Skripti tuotetaan itse komentorivin määrittelystä, joten tuota se uudelleen päivityksen jälkeen. Se ei tarvitse rekisteriä.
help-moty-completions--shell = Komentotulkki: bash, zsh, fish, powershell tai elvish
help-moty-completions-examples =
    Esimerkkejä:
      # bash
      moty completions bash > ~/.local/share/bash-completion/completions/moty
      # zsh, kun .zshrc-tiedostossa on fpath+=(~/.zfunc)
      moty completions zsh > ~/.zfunc/_moty
      # fish
      moty completions fish > ~/.config/fish/completions/moty.fish
      # PowerShell: tallenna skripti ja lataa se sitten $PROFILE-tiedostostasi (dot-source)
      moty completions powershell > moty.ps1

help-moty-man = Tulosta motyn tai sen komennon käyttöohjesivu (roff)
help-moty-man-long = Asenna sivut paikkaan, josta `man` löytää ne (esim. ~/.local/share/man/man1/), tai katso yksi suoraan komennolla `man -l`. Komennon sivun nimi on muotoa moty-report-outcomes(1). Ne tuotetaan itse komentorivin määrittelystä eivätkä tarvitse rekisteriä; tuntematon komento on poistumiskoodi 2, ja virhe nimeää olemassa olevat komennot.
help-moty-man--command = Komento, esim. report outcomes [oletus: moty itse]
help-moty-man-examples =
    Esimerkkejä:
      # Motyn oma sivu, sitten: man moty
      moty man > ~/.local/share/man/man1/moty.1
      # Yhden komennon sivu
      moty man report outcomes > moty-report-outcomes.1
