# The help catalogue (English): every page and argument of `moty … --help`, the manual pages,
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

help-global--db = The register file, or a register on a PostgreSQL server as a URL (postgresql://…) [default: ~/.local/share/moty/register.sqlite3; on Windows %LOCALAPPDATA%\moty\moty\data\register.sqlite3]
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
help-moty-triage--limit = With --list: print at most this many cases, then how many more wait and where the next page starts
help-moty-triage--after = With --list: start after this place in the queue: the --after value the previous page ended with (urgent|normal,DATE,CASE)
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
help-moty-schedule-list-long = Use it to see the team's calendar, by default the next two weeks of your region: each slot with its free places, each meeting with its number, status, case id, participants and video link, the Kela forms' flags, the closed days, and the Yhteistyö-tiimi requests still waiting for units. At a terminal it shows a screenful of meeting times, how many more there are and the --after value that shows the next page; into a pipe or a file, and with --json, every meeting time, a page at a time. It shows case ids, never names, and writes nothing to the access log.
help-moty-schedule-list--week = An ISO week, e.g. 2026-W49
help-moty-schedule-list--from = The first day, YYYY-MM-DD [default: today]
help-moty-schedule-list--until = The last day, YYYY-MM-DD [default: two weeks on]
help-moty-schedule-list--kind = Only this kind of meeting
help-moty-schedule-list--region = Only the cases of this region [default: the configuration file's region, else your default region in the register (`moty settings my-region`)]
help-moty-schedule-list--all_regions = Every region's cases, whatever your default region
help-moty-schedule-list--limit = Print at most this many meeting times, then how many more there are and where the next page starts
help-moty-schedule-list--after = Start after this place in the agenda: the --after value the previous page ended with (START,KIND, e.g. 2026-11-25T12:30,joint-assessment)
help-moty-schedule-list-examples =
    Examples:
      # The next two weeks
      moty schedule list
      # One ISO week
      moty schedule list --week 2026-W49
      # The Kela hours of one day, every region's
      moty schedule list --kind kela --from 2026-11-26 --until 2026-11-26 --all-regions
      # A year, twenty meeting times at a time; the line below them gives the next --after
      moty schedule list --from 2026-01-01 --until 2026-12-31 --limit 20
      # The next twenty
      moty schedule list --from 2026-01-01 --until 2026-12-31 --limit 20 --after 2026-02-05T13:00,kela

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
help-moty-plan-services-add-long = Use it when clients are regularly guided to a service the catalogue does not have yet, e.g. debt counselling. A service has a name in Finnish, Swedish and English: each person reads it in their own language, and the client's plan in the plan's. Given an existing code, it renames that service (the names given; the others stay) and moves it to the area given. The areas are those of `moty settings areas`.
help-moty-plan-services-add--code = A short code: lower-case letters, digits and hyphens
help-moty-plan-services-add--name = One name for every language not given its own (`--fi`, `--sv`, `--en`)
help-moty-plan-services-add--area = The service area it belongs to (`moty settings areas` lists them)
help-moty-plan-services-add--fi = Its Finnish name (one line, at most 100 characters)
help-moty-plan-services-add--sv = Its Swedish name
help-moty-plan-services-add--en = Its English name
help-moty-plan-services-add-examples =
    Examples:
      # Add peer support, which an NGO runs, with its three names
      moty plan services add peers --area ngo --fi Vertaistuki --sv Kamratstöd --en "peer support"

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
help-moty-follow-up-due-long = Use it to plan the follow-up calls, e.g. before the phone hour: each case whose follow-up is due within a week or overdue, with the client's name and phone and the due date (the follow-up interval after the pathway phase ended), earliest first. At a terminal it shows a screenful and how to see the rest, as `moty list` does. Every client shown is written to the access log before the page that shows them is printed.
help-moty-follow-up-due--all = Also those due later
help-moty-follow-up-due--region = Only the cases of this region [default: the configuration file's region, else your default region in the register (`moty settings my-region`)]
help-moty-follow-up-due--all_regions = Every region's cases, whatever your default region
help-moty-follow-up-due--limit = Print at most this many follow-ups, then how many more there are and where the next page starts
help-moty-follow-up-due--after = Start after this place in the list: the --after value the previous page ended with (DUE-DATE,CASE)
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
help-moty-list-long = Use it to review the caseload: every open case (closed ones too with --closed) with the client, the region, the group, the phase and how many days it has waited in it, filtered by phase, region, group or waiting time. At a terminal it shows a screenful, how many more there are and the --after value that shows the next page; into a pipe or a file, and with --json, it prints every case, a page at a time. Every client listed is written to the access log, with --reason why, before the page that shows them is printed.
help-moty-list--phase = Only cases in this phase
help-moty-list--region = Only clients of this team region
help-moty-list--group = Only this client group
help-moty-list--waiting_over = Only cases that have waited in their phase longer than this many days
help-moty-list--closed = Include closed cases
help-moty-list--reason = Why you look at the clients' data; kept in the access log
help-moty-list--limit = Print at most this many cases, then how many more there are and where the next page starts
help-moty-list--after = Start after this place in the list: the --after value the previous page ended with (DATE,CASE)
help-moty-list-examples =
    Examples:
      # Every open case, longest waiting first
      moty list
      # Referrals in the south region waiting over three days
      moty list --region south --phase referred --waiting-over 3 --reason "weekly review"
      # Closed cases too
      moty list --closed
      # Fifty cases at a time; the line below them gives the next page's --after
      moty list --limit 50
      # The next fifty
      moty list --limit 50 --after 2026-03-04,2026-0042

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
help-clap-env = {"["}env: { $variable }]
help-clap-default = {"["}default: { $value }]
help-clap-possible-values-short = {"["}possible values: { $values }]
help-clap-possible-values = Possible values:
help-clap-error = error:
help-clap-tip = tip:
help-clap-more-information = For more information, try '{ $help }'.
help-clap-error-unknown-argument = unexpected argument '{ $arg }' found
help-clap-error-invalid-subcommand = unrecognized subcommand '{ $subcommand }'
help-clap-error-invalid-value = invalid value '{ $value }' for '{ $arg }'
help-clap-error-value-validation = invalid value '{ $value }' for '{ $arg }': { $reason }
help-clap-error-not-in-range = { $value } is not in { $low }..={ $high }
help-clap-error-value-required = a value is required for '{ $arg }' but none was supplied
help-clap-error-no-equals = equal sign is needed when assigning values to '{ $arg }'
help-clap-error-too-many-values = unexpected value '{ $value }' for '{ $arg }' found; no more were expected
help-clap-error-missing-required = the following required arguments were not provided:
help-clap-error-missing-subcommand = '{ $command }' requires a subcommand but one was not provided
help-clap-error-subcommands = {"["}subcommands: { $values }]
help-clap-error-repeated = the argument '{ $arg }' cannot be used multiple times
help-clap-error-conflict = the argument '{ $arg }' cannot be used with '{ $other }'
help-clap-error-conflict-list = the argument '{ $arg }' cannot be used with:
help-clap-error-conflict-others = the argument '{ $arg }' cannot be used with one or more of the other specified arguments
help-clap-tip-similar-subcommand = a similar subcommand exists: { $names }
help-clap-tip-similar-subcommand-several = some similar subcommands exist: { $names }
help-clap-tip-similar-argument = a similar argument exists: { $names }
help-clap-tip-similar-argument-several = some similar arguments exist: { $names }
help-clap-tip-similar-value = a similar value exists: { $names }
help-clap-tip-similar-value-several = some similar values exist: { $names }
help-clap-tip-as-value = to pass '{ $arg }' as a value, use '{ $escaped }'
help-value-color-auto = Colour on a terminal, unless NO_COLOR or CLICOLOR=0 is set (CLICOLOR_FORCE: always)
help-value-color-always = Always colour, also into a pipe or file
help-value-color-never = Never colour
help-heading-estimate = The pair's estimate of the reception

## ==== help B ====

help-moty-directory = The professional directory: who to refer to, and when
help-moty-directory-long = The directory (ammattilaislista) lists the professionals the coordinators refer to: their role, unit and area of responsibility, their team and whether they lead it, how to reach them and when to refer there. Use it during a reception to put a network together quickly; a plan's pathway or key worker can name an entry by its number (`moty plan CASE --key-worker-from ID`, `--pathway "…;pro=ID"`). It holds no client data, so nothing here writes the timeline or the access log; the first directory command creates the register when there is none.
help-moty-directory-examples =
    Examples:
      # Bring in the team's spreadsheet, saved as CSV
      moty directory import directory.csv
      # Who takes memory concerns?
      moty directory find muisti
      # Mark entry 3 as the lead of her team
      moty directory edit 3 --team-lead yes

help-moty-directory-add = Add a professional to the directory
help-moty-directory-add-long = Use it for someone the coordinators refer to or consult. The name, role and unit are needed; the rest is optional. Prints the new entry's number, which a plan's pathway (`pro=ID`) and `moty plan --key-worker-from ID` take.
help-moty-directory-add--name = The professional's name (needed for add; at most 200 characters)
help-moty-directory-add--role = The professional's role, e.g. physiotherapist (needed for add)
help-moty-directory-add--unit = The unit they work in (needed for add)
help-moty-directory-add--area = Area of responsibility, e.g. south
help-moty-directory-add--team = The multi-professional team they belong to
help-moty-directory-add--team_lead = They lead that team (yes or no) [default for add: no]
help-moty-directory-add--phone = Their phone number
help-moty-directory-add--email = Their e-mail address
help-moty-directory-add--when_to_refer = When to refer there, in free text (at most 2,000 characters)
help-moty-directory-add-examples =
    Examples:
      # Add a physiotherapist (the name, role and unit are needed)
      moty directory add --name "Noora Huhtala" --role physiotherapist --unit Rehabilitation
      # With a phone number
      moty directory add --name "Olli Ranta" --role doctor --unit Reception --phone "040 555 0302"
      # Then say when to refer there (the number add printed)
      moty directory edit 8 --when-to-refer "B-lausunto (B-statement) for Kela"

help-moty-directory-edit = Edit a directory entry; only the fields given change
help-moty-directory-edit-long = Use it when a professional changes phone, team or role, or when to refer there changes. `--team-lead no` clears the lead mark; an optional field cannot be emptied. The entry keeps no history of its edits. An unknown number is refused (exit code 3).
help-moty-directory-edit--id = The entry's number (`moty directory list` shows them)
help-moty-directory-edit--name = The professional's name (needed for add; at most 200 characters)
help-moty-directory-edit--role = The professional's role, e.g. physiotherapist (needed for add)
help-moty-directory-edit--unit = The unit they work in (needed for add)
help-moty-directory-edit--area = Area of responsibility, e.g. south
help-moty-directory-edit--team = The multi-professional team they belong to
help-moty-directory-edit--team_lead = They lead that team (yes or no) [default for add: no]
help-moty-directory-edit--phone = Their phone number
help-moty-directory-edit--email = Their e-mail address
help-moty-directory-edit--when_to_refer = When to refer there, in free text (at most 2,000 characters)
help-moty-directory-edit-examples =
    Examples:
      # Entry 3 now leads her team
      moty directory edit 3 --team-lead yes
      # A new phone number and when to refer there
      moty directory edit 7 --phone "040 555 0317" --when-to-refer "Kela rehabilitation"

help-moty-directory-list = List everyone in the directory, by unit
help-moty-directory-list-long = Every entry, by unit and then name, with their team (marked "(lead)" for its lead), their phone (or else e-mail) and when to refer there.
help-moty-directory-list-examples =
    Examples:
      # Everyone, by unit
      moty directory list
      # The same for a script
      moty --json directory list

help-moty-directory-find = Search the directory: names, roles, units, areas, teams and when to refer there
help-moty-directory-find-long = Use it during a reception to find whom to refer to: an entry is shown when its name, role, unit, area, team and "when to refer" together contain every word given, ignoring case and diacritics ("muisti" finds "muistihuoli", "b-lausunto" finds "B-lausunto"). No match shows an empty table.
help-moty-directory-find--text = Words that must all occur, e.g. muisti, or kela south
help-moty-directory-find-examples =
    Examples:
      # Who writes a B-statement for Kela?
      moty directory find b-lausunto
      # Entries that mention both Kela and the south area
      moty directory find kela south

help-moty-directory-import = Import professionals from a CSV file, all or nothing
help-moty-directory-import-long = Use it to bring in the team's spreadsheet. Every line is checked before anything is written; the first bad line refuses the whole file (exit code 2, naming the line and the column). Each line is added as a new entry: importing the same file again lists everyone twice (change an entry with `moty directory edit`).
help-moty-directory-import--file = The CSV file: UTF-8, comma-separated, with the header line name,role,unit,area,team,team_lead,phone,email,when_to_refer (team_lead yes or no, empty is no)
help-moty-directory-import-examples =
    Examples:
      # Import the spreadsheet saved as CSV (UTF-8, comma-separated, with the header line)
      moty directory import directory.csv

help-moty-import = Bring in what a team kept elsewhere: its referral spreadsheet
help-moty-import-long = Imports are all or nothing: every line is checked before anything is written, and every problem is listed with its line and column.
help-moty-import-examples =
    Examples:
      # Check the sheet first, writing nothing
      moty import referrals --dry-run lahetteet.csv
      # Then import it
      moty import referrals lahetteet.csv

help-moty-import-referrals = Register a spreadsheet of referrals as moty refer would, all or nothing
help-moty-import-referrals-long = Use it to bring in the referrals a team kept in a spreadsheet. Save the sheet as CSV: comma-separated UTF-8, or what Excel in Finnish saves as "CSV UTF-8" (semicolons and a byte-order mark); moty tells them apart by the header line. The header names the columns, in Finnish or English, in any order: nimi/name, henkilötunnus/identity code, asiakasryhmä/group, lähde/source, kanava/channel and syy/reason are needed, the rest are optional (the book's "moty import referrals" lists them all). Each line is checked as moty refer checks a referral — identity codes, municipalities, the referring unit, the client's open case — and a client whose identity code the register has is that client, as with refer (an open case, or another name, refuses the line). Every problem is listed with its line and column (exit code 2) and nothing is written; otherwise every line opens a case, with the same rows refer writes (the timeline's case-opened entry, the access log). On a PostgreSQL server the lines are written 200 at a time, each batch its own transaction, so the coordinators' look-ups are not held up; see the book for what a refused batch leaves.
help-moty-import-referrals--file = The CSV file, or - to read it from standard input
help-moty-import-referrals--dry_run = Check every line and say what would be imported, writing nothing
help-moty-import-referrals-examples =
    Examples:
      # What would be imported, and every problem, without writing
      moty import referrals --dry-run lahetteet.csv
      # Import the sheet
      moty import referrals lahetteet.csv
      # The sheet on standard input
      moty import referrals -

help-moty-report = Reports: the weekly Yhteistyö-tiimi export, outcomes, work list, consultations
help-moty-report-long = Four reports read the whole register and ask nothing, even at a terminal: the anonymous weekly export for the collaboration team, the outcome figures the pilots reported, the coordinators' own work list (names shown, for the pair only) and the anonymous figures of the professionals' consultations. What leaves the register (the weekly export, the outcomes' HTML page) is written to the disclosure log; the work list writes the access log.
help-moty-report-examples =
    Examples:
      # Next week's export for the collaboration team, as a spreadsheet
      moty report weekly --to-whom "Yhteistyö-tiimi, south" --format xlsx --out team-2026-W50.xlsx
      # The year's outcome figures
      moty report outcomes
      # What to do today
      moty report queue

help-moty-report-weekly = The weekly export for the collaboration team: anonymous, deterministic
help-moty-report-weekly-long = Run it before the Yhteistyö-tiimi meets, by hand or from a scheduled task: the week's Yhteistyöaika agenda with the anonymous descriptions and the units' answers, the joint assessments and the Kela hour with their free places, consents and Kela forms still missing, the past week's new referrals by source and channel, and the follow-ups due. Case ids only, never a client's name, identity code or phone; the same register and week give the same bytes. Each export writes one row to the disclosure log: what, to whom, by whom, which cases.
help-moty-report-weekly--week = The ISO week, e.g. 2026-W49 [default: the coming week: this week on a Monday, otherwise the next]
help-moty-report-weekly--to_whom = Who receives it (e.g. "Yhteistyö-tiimi, south"); kept in the disclosure log
help-moty-report-weekly--format = md, csv, json or xlsx [default: json with --json, else the --out file's extension, else md on a terminal and csv otherwise; a script should name it]
help-moty-report-weekly--excel = With csv: the `;`-separated, BOM-marked CSV that Finnish Excel opens correctly
help-moty-report-weekly--out = Write to this file instead of standard output: atomically, private to you, never over an existing file unless --force (needed for xlsx)
help-moty-report-weekly--force = Replace the --out file if it exists (never the register itself)
help-moty-report-weekly--region = Only the cases of this region [default: the configuration file's region, else your default region in the register (`moty settings my-region`)]
help-moty-report-weekly--all_regions = Every region's cases, whatever your default region
help-moty-report-weekly--legal_basis = The legal basis of the disclosure — consent, social-welfare-act-41, health-care-act-32 or other:TEXT [default: social-welfare-act-41]
help-moty-report-weekly-examples =
    Examples:
      # Next week's export for the south team, as Markdown for mail or Teams
      moty report weekly --to-whom "Yhteistyö-tiimi, south" --region south --format md
      # Week 50 as a spreadsheet file
      moty report weekly --week 2026-W50 --to-whom "Yhteistyö-tiimi" --format xlsx --out w50.xlsx
      # The CSV Finnish Excel opens, every region, from a scheduled task
      moty report weekly --to-whom "Yhteistyö-tiimi" --all-regions --format csv --excel --out team.csv

help-moty-report-outcomes = The effectiveness figures of a period, each with its N
help-moty-report-outcomes-long = Use it for the supervisor, an evaluation or the team's own follow-up: for the cases referred in the period, the funnel through the phases, referral sources, Suuntima segments, onward services, the Kela hour's use, network meetings with and without the Kela consultation, waiting times, the clients' feedback, the pair's estimates, the professionals' surveys and the follow-up calls. Anonymous: counts from 1 to 4 show as <5 unless --exact. The table, CSV and JSON write no log; the --html page is written to the disclosure log.
help-moty-report-outcomes--from = The first day of the period (cases referred from it), YYYY-MM-DD [default: 365 days before --until]
help-moty-report-outcomes--until = The last day of the period, YYYY-MM-DD [default: today]
help-moty-report-outcomes--region = Only clients of this team region, e.g. north [default: every region]
help-moty-report-outcomes--format = `table`, `json` or `csv` (--json is the same as `json`)
help-moty-report-outcomes--html = Also write a self-contained HTML page with charts (written to the disclosure log)
help-moty-report-outcomes--force = Replace the --html file if it exists (never the register itself)
help-moty-report-outcomes--to_whom = Who the HTML page is for; kept in the disclosure log
help-moty-report-outcomes--by = Also every figure for each group of cases: by service area (a case may be in several), client group, age band at referral, municipality, region or referral source
help-moty-report-outcomes--legal_basis = With --html: the legal basis of the disclosure — consent, social-welfare-act-41, health-care-act-32 or other:TEXT [default: other:anonymous aggregate figures, no personal data]
help-moty-report-outcomes--exact = Show counts from 1 to 4 as they are, not as <5 (for the team's own work, not for sharing)
help-moty-report-outcomes--excel = With csv: Finnish Excel's dialect — `;` between fields, a byte-order mark and decimal commas (8,75)
help-moty-report-outcomes-examples =
    Examples:
      # The figures of the cases referred in the past year
      moty report outcomes
      # One quarter, broken down by service area
      moty report outcomes --from 2026-07-01 --until 2026-09-30 --by area
      # A page with charts for the supervisor (written to the disclosure log)
      moty report outcomes --html outcomes-2026.html --to-whom "Anna Esimerkki, team supervisor"
      # The north region's figures as CSV for a spreadsheet
      moty report outcomes --region north --format csv > outcomes-north.csv

help-moty-report-queue = The coordinators' work list for today and this week, most pressing first
help-moty-report-queue-long = Use it each morning: referrals waiting for triage, meetings past their time still to mark held, Kela forms to send before the next hour, consents to collect, follow-up calls due, plans without a key worker and Yhteistyö-tiimi requests owing a step. It names clients, so it is for the pair's own screen (Markdown, or --json): each case listed is written to the access log, a page at a time before the page is printed. It shows your default region's cases unless --region or --all-regions. At a terminal each section shows its first rows and how many more it has; into a pipe or a file, and with --json, every row. --section shows one section, a page at a time with --limit and --after.
help-moty-report-queue--region = Only the cases of this region [default: the configuration file's region, else your default region in the register (`moty settings my-region`)]
help-moty-report-queue--all_regions = Every region's cases, whatever your default region
help-moty-report-queue--section = Only this section of the list (its key, as in the JSON)
help-moty-report-queue--limit = Print at most this many rows of each section, then how many more there are and where the next page starts
help-moty-report-queue--after = With --section: start after this place in it, the --after value its previous page ended with
help-moty-report-queue-examples =
    Examples:
      # Today's work list for your own region
      moty report queue
      # The north pair's list
      moty report queue --region north
      # Every region, as JSON
      moty --json report queue --all-regions
      # The consents still to collect, twenty at a time
      moty report queue --section consents_to_collect --limit 20

help-moty-report-consultations = The professionals' anonymous consultations of a period, in figures
help-moty-report-consultations-long = Use it to show how much the coordinators are consulted without a referral (`moty consult` records them): in all, per ISO week, per source unit with its service area, per channel, whether a referral was expected, and how many were linked to the case they led to. It names no case and no text typed, and writes no log; counts from 1 to 4 show as <5 unless --exact.
help-moty-report-consultations--from = The first day of the period (consultations from it), YYYY-MM-DD [default: a year before --until]
help-moty-report-consultations--until = The last day of the period, YYYY-MM-DD [default: today]
help-moty-report-consultations--format = `table`, `json` or `csv` (--json is the same as `json`)
help-moty-report-consultations--exact = Show counts from 1 to 4 as they are, not as <5 (for the team's own work, not for sharing)
help-moty-report-consultations-examples =
    Examples:
      # The consultations of the past year
      moty report consultations
      # November, with the small counts shown as they are (for the team only)
      moty report consultations --from 2026-11-01 --until 2026-11-30 --exact
      # As CSV
      moty report consultations --format csv > consultations.csv

help-moty-admin = A register on the area's PostgreSQL server: create it, migrate it, grant people
help-moty-admin-long = For the wellbeing area's IT, not for coordinators: a team that shares one register keeps it on a PostgreSQL server (the deployment guide in the book says how to set one up). Give the database's URL with --db or MOTY_DB (postgresql://…). A register file needs none of this: moty creates and migrates a file itself.
help-moty-admin-examples =
    Examples:
      # Create the register in an empty database (as a superuser)
      moty --db postgresql://postgres@db.example.fi/moty admin init
      # Give a coordinator a login
      moty --db postgresql://postgres@db.example.fi/moty admin user add anna.virtanen --region Pohjoinen

help-moty-admin-init = Create the register in an empty database: the roles, the schema, the grants
help-moty-admin-init-long = Makes the roles moty_owner (owns the schema, runs migrations), moty_coordinator (the coordinators' group), moty_lead (a regional lead) and moty_auditor (the data protection officer: the logs only), then the schema as moty_owner, then the grants. Run it as a superuser or as a role with CREATEROLE that owns the database. Run again on a register that is there, it only renews the roles and grants.
help-moty-admin-init-examples =
    Examples:
      # Create the register
      moty --db postgresql://postgres@db.example.fi/moty admin init

help-moty-admin-migrate = Bring the register's schema up to date after a moty update (its owner only)
help-moty-admin-migrate-long = A newer moty refuses a register of an older schema until its owner has run this: on a server a coordinator's command never changes the schema. The migration runs in one transaction as moty_owner, behind the register's write lock; a failed migration leaves the register as it was.
help-moty-admin-migrate-examples =
    Examples:
      # After installing a newer moty
      moty --db postgresql://it-owner@db.example.fi/moty admin migrate

help-moty-admin-user = The people who use the register on the server
help-moty-admin-user-long = Each person signs in as themselves: the server records the login as the actor of everything they do. Their password (or certificate) is set by the area's identity management, never by moty.
help-moty-admin-user-examples =
    Examples:
      # A coordinator
      moty --db postgresql://postgres@db.example.fi/moty admin user add anna.virtanen

help-moty-admin-user-add = Give a person a login in one of moty's roles
help-moty-admin-user-add-long = Makes the login if it does not exist (without a password: the area's identity management sets it), grants it the role's group and places the person: a coordinator sees the cases of their team (--team, required), a regional lead reads the cases of their region (--region, required). The region is also the person's default for the lists (as moty settings my-region keeps it). Granting again moves the person to the team or region given.
help-moty-admin-user-add--login = The person's login on the server (as the area's directory names them)
help-moty-admin-user-add--role = What the person may do: coordinator, lead (a regional lead), auditor (the data protection officer: the logs only) or owner
help-moty-admin-user-add--team = The team whose cases the person sees (a coordinator's pair or regional team)
help-moty-admin-user-add--region = The person's region: a lead reads its cases; everyone's default region for the lists
help-moty-admin-user-add-examples =
    Examples:
      # A coordinator of the northern team
      moty --db postgresql://postgres@db.example.fi/moty admin user add anna.virtanen --team pohjoinen-1
      # The northern region's lead
      moty --db postgresql://db.example.fi/moty admin user add esa.e --role lead --region Pohjoinen
      # The data protection officer
      moty --db postgresql://postgres@db.example.fi/moty admin user add tietosuoja --role auditor

help-moty-admin-import-sqlite = Bring a team's register file into the register on the server (its owner only)
help-moty-admin-import-sqlite-long = Copies every case, client, timeline entry and log row of the file into the server's register in one transaction: all of it or, on any error, nothing. The file is only read. It must be of this moty's schema and its chains must verify. Case ids already on the server are refused (all listed). A client whose identity code is on the server is that client: the server's details are kept and differences listed. Directory entries, services and slot rules are merged where equal and listed where they differ. Timeline and log rows keep their original actors and times; the server numbers and hashes them and records the import in the re-anchor log. The file's pseudonymous client keys stay the same.
help-moty-admin-import-sqlite--file = The team's register file (a SQLite file)
help-moty-admin-import-sqlite--team = The team the file's cases and new clients belong to on the server
help-moty-admin-import-sqlite-examples =
    Examples:
      # Bring the northern team's file to the server
      moty --db postgresql://it@db.example.fi/moty admin import-sqlite north.sqlite3 --team north

help-moty-export = Exports for the wellbeing area's other systems: FHIR R4
help-moty-export-long = An export for the area's client information systems and data warehouse, or for a client who asks for their data in a machine-readable form. Every identifiable export is a disclosure: it names its recipient and is written to the disclosure log.
help-moty-export-examples =
    Examples:
      # One case for the client, who asked for their data
      moty export fhir 2026-0007 --to-whom "asiakas itse" --out asia-2026-0007.json
      # November's cases, pseudonymous, for the data warehouse (on standard output)
      moty export fhir --from 2026-11-01 --until 2026-11-30 --pseudonymous --to-whom tietovarasto

help-moty-export-fhir = Export cases as a FHIR R4 bundle (FI Base profiles)
help-moty-export-fhir-long = One case, every case of a client (--client) or every case open in a period (--from/--until) as a FHIR R4 Bundle of type collection, in JSON: the client (Patient), the case and its phases (EpisodeOfCare), the referral and each onward pathway (ServiceRequest), the consents, every version of the plan with its goals and people (CarePlan, Goal, CareTeam), the meetings (Appointment) and the register's own code systems, with Finnish displays. The same register and arguments give the same bytes. A case whose consent was withdrawn is left out unless --include-withdrawn gives a reason. The export is written to the disclosure log before the file is put in place, or before the first byte reaches standard output; the field-by-field mapping is in the book (reference/fhir.md).
help-moty-export-fhir--case = The case, e.g. 2026-0007 [default: every case of --client, or of the period]
help-moty-export-fhir--client = Every case of the client with this identity code
help-moty-export-fhir--from = Cases open on or after this day, YYYY-MM-DD (Helsinki) [default: the first case]
help-moty-export-fhir--until = Cases opened on or before this day, YYYY-MM-DD [default: today]
help-moty-export-fhir--to_whom = Who receives the export (written to the disclosure log)
help-moty-export-fhir--legal_basis = The legal basis of the disclosure — consent, social-welfare-act-41, health-care-act-32 or other:TEXT [default: consent]
help-moty-export-fhir--out = Where to write it (a new file, private to you) [default: standard output]
help-moty-export-fhir--force = Replace the file if it exists
help-moty-export-fhir--include_withdrawn = Export also the cases whose multi-professional consent was withdrawn (needs --reason)
help-moty-export-fhir--reason = Why the data of a client who withdrew their consent leaves the register; kept in the disclosure log
help-moty-export-fhir--pseudonymous = For the data warehouse: the register's pseudonymous key for each client, the birth year only, no names, no identity codes, no phone numbers and no free text
help-moty-export-fhir-examples =
    Examples:
      # One case for the client, who asked for their data
      moty export fhir 2026-0007 --to-whom "asiakas itse" --out asia-2026-0007.json
      # Every case of one client, on standard output
      moty export fhir --client 131052-308T --to-whom "asiakas itse"
      # November's cases, pseudonymous, for the data warehouse (on standard output)
      moty export fhir --from 2026-11-01 --until 2026-11-30 --pseudonymous --to-whom tietovarasto

help-moty-audit = The access and disclosure logs: who saw a client's data, what left the register
help-moty-audit-long = The register keeps an access log (who viewed or changed which client's data, when, with which command and why) and a disclosure log (what left the register, to whom, on what legal basis), both hash-chained like the timeline. Use these commands to answer a client's request to know, for the data protection officer's supervision, and to check that no log was tampered with.
help-moty-audit-examples =
    Examples:
      # A client asks who has seen their data
      moty audit access 2026-0007
      # Everything that left the register
      moty audit disclosures
      # Check that no log has been tampered with
      moty audit verify

help-moty-audit-access = Who viewed or changed a client's data, or what one user looked up or changed
help-moty-audit-access-long = The client's right to know (Client Data Act 703/2023 §11): with CASE, every access to the data of that case's client, on any of their cases, oldest first, with the command and the reason given. With --by, the data protection officer's view: every row one user wrote in a period, with their operating-system login beside. Reading it is itself written to the access log. Give CASE or --by, not both; an unknown case is exit code 3.
help-moty-audit-access--case = A case of the client, e.g. 2026-0007
help-moty-audit-access--by = Every access-log row written by this user (as `--as` named them) instead
help-moty-audit-access--from = With --by: from this day, YYYY-MM-DD (Helsinki) [default: the first row]
help-moty-audit-access--until = With --by: up to and including this day, YYYY-MM-DD [default: today]
help-moty-audit-access-examples =
    Examples:
      # Every look-up and change of the client of case 2026-0007
      moty audit access 2026-0007
      # Everything coordinator-b looked up or changed in November
      moty audit access --by coordinator-b --from 2026-11-01 --until 2026-11-30

help-moty-audit-anomalies = Unusual look-ups, naming clients only by client id and case id
help-moty-audit-anomalies-long = For the data protection officer's regular review: a pointer to look into, not a verdict. Three lists, each row a user, a Helsinki day, the client and how many views: (1) more distinct clients viewed in a day than --threshold; (2) views of a client the user does not work on (changed none of their data on or before that day, nor found them from find, list or triage while the case waited for triage); (3) views of a client whose name equals (ignoring case and diacritics) a register user's, by someone else. Changes before --from count as work. Reading the report is itself written to the access log.
help-moty-audit-anomalies--from = From this day, YYYY-MM-DD (Helsinki) [default: the first row]
help-moty-audit-anomalies--until = Up to and including this day, YYYY-MM-DD [default: today]
help-moty-audit-anomalies--threshold = More distinct clients viewed in a day than this is unusual (1 to 100,000)
help-moty-audit-anomalies-examples =
    Examples:
      # Unusual look-ups since the start of the year
      moty audit anomalies --from 2026-01-01
      # A stricter threshold for one month
      moty audit anomalies --from 2026-11-01 --until 2026-11-30 --threshold 10

help-moty-audit-export = Export the access or disclosure log for the supervisory authority
help-moty-audit-export-long = Use it when a supervisory authority or the data protection officer asks for the log data: the rows of the period (the access log with the reasons given, the disclosure log with each row's legal basis) go to a new file private to you. The export is itself written to the disclosure log first, with no cases, to whom and on what legal basis.
help-moty-audit-export--log = Which log: access or disclosure
help-moty-audit-export--format = The file format: csv or json
help-moty-audit-export--to_whom = Who receives the export (written to the disclosure log)
help-moty-audit-export--out = Where to write it (a new file, private to you)
help-moty-audit-export--from = From this day, YYYY-MM-DD (Helsinki) [default: the first row]
help-moty-audit-export--until = Up to and including this day, YYYY-MM-DD [default: today]
help-moty-audit-export--force = Replace the file if it exists
help-moty-audit-export--legal_basis = The legal basis of the disclosure — consent, social-welfare-act-41, health-care-act-32 or other:TEXT [default: other:log data for supervision (Client Data Act 703/2023, Data Protection Act 1050/2018)]
help-moty-audit-export-examples =
    Examples:
      # The access log since November for the supervisory authority, as CSV
      moty audit export --log access --format csv --to-whom Valvira --out access.csv --from 2026-11-01
      # The whole disclosure log as JSON for the data protection officer
      moty audit export --log disclosure --format json --to-whom "the DPO" --out disclosures.json

help-moty-audit-disclosures = What left the register: every export, to whom, by whom, about which cases
help-moty-audit-disclosures-long = Every row of the disclosure log, oldest first: when, by whom, what (a weekly export, an outcomes page, a calendar file, a client's plan, a backup, a log export), to whom, the case ids it concerned and its legal basis. Listing it writes nothing.
help-moty-audit-disclosures-examples =
    Examples:
      # Every export: when, by whom, what, to whom, which cases, on what basis
      moty audit disclosures
      # The same for a script
      moty --json audit disclosures

help-moty-audit-verify = Check that the timeline and the logs are whole and unchanged (their hash chains)
help-moty-audit-verify-long = Run it regularly, after a restore, and whenever a log is in doubt: every row of the timeline, the access log, the disclosure log and the re-anchor log is checked against the row before it, and against what you saw before (your witness). A backup's manifest, a signed checkpoint or a head printed in an export also catch rows removed from the end. A broken chain prints the table, then an error (exit code 4). It only reads the register.
help-moty-audit-verify--manifest = A backup manifest: also check that no row recorded there was removed or rewritten
help-moty-audit-verify--checkpoint = A signed checkpoint (moty audit checkpoint): also check every head it signed
help-moty-audit-verify--public_key = The public key the checkpoint must be signed with (hex, or a file holding it)
help-moty-audit-verify--heads = A head printed in an export (the weekly export's register section, the calendar's X-MOTY-TIMELINE line, the HTML page's footer): LOG:ROWS:HASH, e.g. events:120:3fa9…; repeat for several
help-moty-audit-verify-examples =
    Examples:
      # Check every chain
      moty audit verify
      # Also check that nothing recorded in a backup's manifest was removed since
      moty audit verify --manifest backups/register-2026-12-04.sqlite3.manifest.json
      # Check a signed checkpoint against the public key keygen printed (saved in dpo.pub)
      moty audit verify --checkpoint checkpoint-2026-12.json --public-key dpo.pub

help-moty-audit-keygen = Make a signing key for checkpoints and print its public key
help-moty-audit-keygen-long = Run it once, typically as the data protection officer: the Ed25519 key goes to a new file private to you, to be kept away from the register (`moty audit checkpoint --key` signs with it); the public key it prints is what `moty audit verify --public-key` checks against. It needs no register.
help-moty-audit-keygen--out = Where to write the key (a new file, private to you)
help-moty-audit-keygen-examples =
    Examples:
      # Make the data protection officer's signing key (keep it away from the register)
      moty audit keygen --out dpo-signing.key

help-moty-audit-checkpoint = Sign the heads of every chain with a key kept outside the register
help-moty-audit-checkpoint-long = Run it now and then (say monthly) and keep the file away from the register: later, `moty audit verify --checkpoint FILE --public-key KEY` proves that every row signed then is still there unchanged, even if someone recomputed the hashes after it. It writes no log.
help-moty-audit-checkpoint--key = The signing key (from moty audit keygen)
help-moty-audit-checkpoint--out = Where to write the checkpoint (a new file) [default: standard output]
help-moty-audit-checkpoint-examples =
    Examples:
      # Sign the heads of every chain into a file
      moty audit checkpoint --key dpo-signing.key --out checkpoint-2026-12.json

help-moty-doctor = Check the register: integrity, keys, schema, permissions, filesystem, audit chains
help-moty-doctor-long = Run it after a restore or an upgrade, or when something seems wrong. Each check says ok, warn or fail: integrity and foreign keys, the schema, the logs' append-only guards and hash chains, permissions, the filesystem (a network share fails, a cloud-synced folder warns), leftover temporary files, unmapped units, unknown municipalities, encryption. A fail prints the table, then an error (exit code 4). It only reads and writes no log row.
help-moty-doctor-examples =
    Examples:
      # Check the register
      moty doctor
      # The checks as JSON, for monitoring
      moty --json doctor

help-moty-login = Sign in to a server: keep your password in the system's credential store
help-moty-login-long = For a register on the area's PostgreSQL server (--db, MOTY_DB or the configuration file names its URL, postgresql://LOGIN@HOST/DATABASE, without a password). Asks for your password (at a terminal without showing it; otherwise the first line of standard input), checks it by signing in to the server, and keeps it in the operating system's credential store: the Windows Credential Manager, the macOS keychain, on Linux the Secret Service (or the kernel keyring where no desktop runs one). From then on moty signs in with it whenever the URL carries no password. A password the server does not accept is exit code 4 and nothing is kept; a register file is exit code 2. A client certificate needs no login: the configuration file's [server] section names it.
help-moty-login-examples =
    Examples:
      # Keep your password for the register on the server
      moty --db postgresql://anna.virtanen@db.example.fi/moty login
      # Then the URL alone is enough
      moty --db postgresql://anna.virtanen@db.example.fi/moty list

help-moty-logout = Forget the password moty login kept for a register on a server
help-moty-logout-long = Removes the password for the register's login from the operating system's credential store. Nothing kept is not an error: it says so.
help-moty-logout-examples =
    Examples:
      # Forget the password
      moty --db postgresql://anna.virtanen@db.example.fi/moty logout

help-moty-rekey = Change the key of an encrypted register (new key from MOTY_DB_NEW_KEY)
help-moty-rekey-long = For the encrypted build only (the plain build refuses, exit code 4). Give the present key as usual (MOTY_DB_KEY, --key-file or the prompt) and the new one in the environment variable MOTY_DB_NEW_KEY, never on the command line. Make a backup first, and keep the new key where the old one was kept: without it the register cannot be opened.
help-moty-rekey-examples =
    Examples:
      # Encrypted build, with the new key in MOTY_DB_NEW_KEY: change the key
      moty rekey --key-file register.key

help-moty-backup = Make a consistent, checked copy of the register with a manifest
help-moty-backup-long = Run it daily (from a scheduled task) and before an upgrade, a rekey or a restore. The copy is one snapshot taken while others keep working, private to you, synced and checked; beside it goes DEST.manifest.json with the copy's checksum and each log's length and head, which `moty audit verify --manifest` compares the register against later. Each backup is written to the disclosure log. Keep the copies on another disk, and delete them when their time is up.
help-moty-backup--dest = Where to write the copy (must not exist); the manifest goes beside it as DEST.manifest.json
help-moty-backup--force = Replace DEST and its manifest if they exist (never the register itself)
help-moty-backup--legal_basis = The legal basis of the copy (recorded as a disclosure) — consent, social-welfare-act-41, health-care-act-32 or other:TEXT [default: other:the controller's own backup copy of the register]
help-moty-backup-examples =
    Examples:
      # A dated copy on another disk, with its manifest beside it
      moty backup /mnt/backup/moty/register-2026-12-04.sqlite3
      # Replace today's copy made earlier
      moty backup backups/register-2026-12-04.sqlite3 --force

help-moty-restore = Restore a backup into the register; losing newer entries needs --accept-loss
help-moty-restore-long = Use it when the register is lost or damaged. The access, disclosure and re-anchor rows written since the backup are carried over; timeline entries since cannot be, so a register with any, or whose logs do not continue the backup's, is left untouched (exit code 4) unless --accept-loss gives the reason. An unreadable register is kept aside. Every restore is recorded in the re-anchor log; run `moty audit verify --manifest` and `moty doctor` after it.
help-moty-restore--backup = The backup to restore into the register (the file `moty backup` wrote)
help-moty-restore--accept_loss = Restore even though timeline entries written after the backup are lost (or the live register's logs do not continue the backup's); the reason is recorded with what was lost
help-moty-restore--force = The older spelling of --accept-loss (without a reason: "restored with --force")
help-moty-restore-examples =
    Examples:
      # Restore the backup; refused, with nothing changed, if entries were made since
      moty restore backups/register-2026-12-04.sqlite3
      # The register is damaged: restore it, accepting that later entries are lost
      moty restore backups/register-2026-12-04.sqlite3 --accept-loss "The disk failed"

help-moty-close = Close a case, saying why
help-moty-close-long = Use it when the work on a case ends: completed together with the client, redirected, declined, the client unreachable, moved away or deceased, or opened by mistake. Meetings still booked are cancelled; nothing recorded is removed, and the closing goes on the timeline and into the access log. `--reason completed` is refused (exit code 4) until the plan has a key worker, a pathway and the client's confirmation and a follow-up is recorded.
help-moty-close--case = The case, e.g. 2026-0007
help-moty-close--reason = Why the case closes
help-moty-close--note = Anything the next reader should know (shown in the timeline; at most 2,000 characters)
help-moty-close--on = The date it closed, YYYY-MM-DD or D.M.YYYY; not in the future, not before the case entered its phase [default: today]
help-moty-close-examples =
    Examples:
      # The matter belongs to a social-services investigation: redirected
      moty close 2026-0014 --reason redirected --note "Sent on as an electronic notification."
      # The client could not be reached; closed as of yesterday
      moty close 2026-0009 --reason unreachable --on 2026-12-04
      # After the follow-up call: end the collaboration together with the client
      moty close 2026-0026 --reason completed

help-moty-reopen = Reopen a closed case into the phase it was closed from
help-moty-reopen-long = Use it when a closed matter turns out not to be over. The case goes back to the phase it was closed from (a case closed at triage goes back to the triage queue); the closing stays on the timeline, the reopening is a new entry, and the access log records the change. A phase that needs consent needs it in force again (record a new consent first), otherwise exit code 4.
help-moty-reopen--case = The case, e.g. 2026-0007
help-moty-reopen--note = Why the case is reopened (shown in the timeline; at most 2,000 characters)
help-moty-reopen--on = The date, YYYY-MM-DD or D.M.YYYY; not in the future, not before the day it closed [default: today]
help-moty-reopen-examples =
    Examples:
      # The client called again: the case goes back to where it was closed from
      moty reopen 2026-0012 --note "Called again: the housing matter is not settled after all."

help-moty-move-region = Move a case to another region's pair (its booked meetings move with it)
help-moty-move-region-long = Use it when the client moves, or the other regional pair is to take the case. The region belongs to the case: from now on the case shows in that region's lists (the triage queue, the calendar, the follow-ups due, the work list, the weekly export). The move goes on the timeline and into the access log. A closed case, or the region it is already in, is refused.
help-moty-move-region--case = The case, e.g. 2026-0007
help-moty-move-region--region = The region it moves to, e.g. north (compared without regard to case)
help-moty-move-region--note = Why (shown in the timeline; at most 2,000 characters)
help-moty-move-region-examples =
    Examples:
      # The client moved: the north pair takes the case, with its booked meetings
      moty move-region 2026-0004 north --note "Moved to Hamina in December."

help-moty-purge = Erase a closed case's identifiable content, keeping the figures and the chains
help-moty-purge-long = Use it when a closed case's retention period has ended, it was opened for the wrong person, or the client's request for erasure is granted. What was typed about the client (reasons, notes, the description, the plan's texts, look-up reasons) is erased, and their name, identity code and phone once no unpurged case of theirs remains; codes, dates, counts and the professionals' names stay, so the figures and the chains hold. The purge goes on the timeline and into the access log. Backups keep the data until they are deleted. An open or already purged case is refused (exit code 4).
help-moty-purge--case = The case to purge, e.g. 2026-0007 (closed)
help-moty-purge--closed_before = Purge every case closed before this date, YYYY-MM-DD (its retention period has ended)
help-moty-purge--due = Purge every case whose retention period has ended: closed more than the years set with `moty settings retention --closed-cases-years N` before today
help-moty-purge--reason = Why the content is erased (recorded on the case's timeline)
help-moty-purge--note = Anything the next reader should know (kept on the timeline; do not name the client)
help-moty-purge-examples =
    Examples:
      # The case was opened for the wrong person
      moty purge 2026-0024 --reason wrong-person --note "Opened for the wrong person."
      # Every case whose retention period has ended (moty settings retention sets it)
      moty purge --due --reason retention
      # Every case closed before 2020
      moty purge --closed-before 2020-01-01 --reason retention

help-moty-settings = The register's settings: retention, your region, statements, units, contact card
help-moty-settings-long = What belongs to the team is kept in the register, so both people of a pair see the same: the retention period, the client-experience statements, the service areas and the unit catalogue, the follow-up interval and the contact card; and each coordinator's default region. What belongs to one person (the register's path, your name) is in `moty config`. None of these settings holds client data, so they write no access log.
help-moty-settings-examples =
    Examples:
      # Make north your default region
      moty settings my-region north
      # Follow-up calls are due 10 weeks after the pathways are agreed
      moty settings follow-up-weeks 10
      # The unit catalogue
      moty settings units

help-moty-settings-retention = Show or set how long closed cases are kept before they are purged
help-moty-settings-retention-long = For the data protection officer or the controller: closed cases are kept N years after their closing date, then `moty purge --due --reason retention` erases their identifiable content. Without a flag it shows the period; no period set means nothing is ever due.
help-moty-settings-retention--closed_cases_years = Years a closed case is kept after its closing date, 0 to 100 (0: none set, nothing is due)
help-moty-settings-retention-examples =
    Examples:
      # Show the retention period
      moty settings retention
      # Keep closed cases six years after closing
      moty settings retention --closed-cases-years 6

help-moty-settings-my-region = Show or set your default region, the one whose cases your lists show
help-moty-settings-my-region-long = For a coordinator of one regional pair: kept in the register under your `--as` name, it makes the triage queue, the calendar, the follow-ups due, the work list and the weekly export show that region's cases unless `--region` or `--all-regions` says otherwise (a region in your configuration file comes first). Without an argument it shows it.
help-moty-settings-my-region--region = The region to make your default, e.g. north
help-moty-settings-my-region--clear = Remove your default region (the lists show every region)
help-moty-settings-my-region-examples =
    Examples:
      # Show your default region
      moty settings my-region
      # Your lists show the north region's cases
      moty settings my-region north
      # Your lists show every region again
      moty settings my-region --clear

help-moty-settings-statements = The client-experience statements read to the client after a reception
help-moty-settings-statements-long = The statements `moty feedback` reads to the client (Finnish, Swedish and English), answered on a five-point scale. Without a subcommand it lists the current version (or --version N). A version is never changed: a new wording is a new version made from a CSV file, and feedback recorded from then on answers it while older answers keep their version's wording.
help-moty-settings-statements--version = An older version's number (no such version: exit code 3) [default: the current one]
help-moty-settings-statements-examples =
    Examples:
      # The statements read to the client now
      moty settings statements
      # The first version
      moty settings statements --version 1
      # A new wording from a CSV file (code,fi,sv,en)
      moty settings statements new --from statements.csv

help-moty-settings-statements-new = Make a new version of the statements from a CSV file
help-moty-settings-statements-new-long = The file has the header code,fi,sv,en, then one statement a line in the order they are read. Every line is checked first and the first bad one refuses the whole file (exit code 2); a file the same as the current version makes none (exit code 4). Feedback recorded from then on answers the new version.
help-moty-settings-statements-new--from = The CSV file, UTF-8, comma-separated, with the header line code,fi,sv,en; a code is lower-case letters, digits and hyphens, each text one line of 1 to 300 characters, at most 50 statements
help-moty-settings-statements-new-examples =
    Examples:
      # Make a new version from a CSV file: header code,fi,sv,en, one statement a line
      moty settings statements new --from statements.csv

help-moty-settings-areas = The service areas: the sote-centre's three and the outside actors
help-moty-settings-areas-long = Every unit, requested unit and onward service belongs to one of these areas, so every figure can be read by area (`moty report outcomes --by area`). Use it to find an area's code for `moty settings units add --area` or `moty plan services add --area`.
help-moty-settings-areas-examples =
    Examples:
      # The service areas and their codes
      moty settings areas

help-moty-settings-units = The unit catalogue (each unit in a service area); without a subcommand, the list
help-moty-settings-units-long = Wherever a unit is typed (the referrer's unit, the units requested, a unit's answer) it must name a unit of this catalogue, by its code, one of its names or a text mapped to it; the register then knows the unit's service area. Use the subcommands to add or deactivate a unit and to say which unit a local name means.
help-moty-settings-units-examples =
    Examples:
      # The unit catalogue
      moty settings units
      # Add Ohjaamo, the guidance centre for young people, under employment services
      moty settings units add ohjaamo --area employment --fi Ohjaamo --sv Ohjaamo --en Ohjaamo
      # A local name people use means adult social work
      moty settings units map "Aikuissossu" adult-social-work

help-moty-settings-units-list = Every unit with its area, active or not
help-moty-settings-units-list-long = The catalogue as it is: each unit's code, service area, English, Finnish and Swedish name, and whether it is still offered. The same as `moty settings units`.
help-moty-settings-units-list-examples =
    Examples:
      # Every unit with its area, active or not
      moty settings units list

help-moty-settings-units-add = Add a unit (or change the one with this code: its area and names)
help-moty-settings-units-add-long = Use it when referrals start coming from a unit the catalogue lacks, or a unit is renamed or moves to another service area. A code that exists is changed and made active again. No code or name may name another unit (exit code 2, naming the flag and the unit).
help-moty-settings-units-add--code = A short code: lower-case letters, digits and hyphens, e.g. memory-clinic
help-moty-settings-units-add--area = The service area's code, e.g. health-medical (`moty settings areas` lists them)
help-moty-settings-units-add--fi = Its Finnish name (one line, at most 200 characters)
help-moty-settings-units-add--sv = Its Swedish name
help-moty-settings-units-add--en = Its English name
help-moty-settings-units-add-examples =
    Examples:
      # Add Ohjaamo, the guidance centre for young people, under employment services
      moty settings units add ohjaamo --area employment --fi Ohjaamo --sv Ohjaamo --en Ohjaamo

help-moty-settings-units-deactivate = No longer offer a unit (what was written with it stays)
help-moty-settings-units-deactivate-long = Use it when a unit closes or merges: it is no longer accepted where a unit is typed, but what was written with it stays and still counts in its area. `moty settings units add` with its code makes it active again.
help-moty-settings-units-deactivate--code = The unit's code
help-moty-settings-units-deactivate-examples =
    Examples:
      # Ohjaamo is no longer offered
      moty settings units deactivate ohjaamo

help-moty-settings-units-map = Say which unit a text means (a local name, or a text from before the catalogue)
help-moty-settings-units-map-long = Use it for a name people use ("Aikuissossu") or for the texts `moty settings units unmapped` lists: the text then resolves to the unit wherever a unit is typed, and the reports count what was written with it in the unit's area. A mapping the text had is replaced; the text may not be another unit's code or name.
help-moty-settings-units-map--text = The text as written (compared in any case, diacritics ignored)
help-moty-settings-units-map--unit = The unit: its code or name
help-moty-settings-units-map-examples =
    Examples:
      # A name people use for adult social work
      moty settings units map "Aikuissossu" adult-social-work
      # A unit text written before the catalogue
      moty settings units map "Employment services, Kotka" employment-services

help-moty-settings-units-unmapped = Unit texts not mapped to a unit yet, with the referrals and cases using each
help-moty-settings-units-unmapped-long = A register from before the catalogue keeps its unit texts as written; those that are not a unit's code or name are listed here (and warned of by `moty doctor`) until each is mapped with `moty settings units map TEXT UNIT`.
help-moty-settings-units-unmapped-examples =
    Examples:
      # The unit texts still to map
      moty settings units unmapped

help-moty-settings-follow-up-weeks = Show or set the team's follow-up interval in weeks
help-moty-settings-follow-up-weeks-long = The follow-up call is due N weeks after a case's onward pathways are agreed (8 unless set). Changing it moves the due dates of the cases without their own interval (`moty plan CASE --follow-up-weeks`) in the follow-ups due, the work list, the weekly export and `moty show`. Without an argument it shows the interval.
help-moty-settings-follow-up-weeks--weeks = Weeks, a whole number from 1 to 104 [default: shows the interval]
help-moty-settings-follow-up-weeks-examples =
    Examples:
      # Show the team's follow-up interval
      moty settings follow-up-weeks
      # Follow-up calls are due 10 weeks after the pathways are agreed
      moty settings follow-up-weeks 10

help-moty-settings-fhir-base = Show or set the canonical base of the FHIR export's own codes
help-moty-settings-fhir-base-long = The URL the register's own code systems, extensions and identifier systems stand under in `moty export fhir` (BASE/CodeSystem/phase, BASE/NamingSystem/case, …): the wellbeing area's own, agreed with whoever reads the exports. Until it is set, exports use https://moty.invalid/fhir, which says so. Changing it changes every later export's URLs, not the register. Without an argument it shows it.
help-moty-settings-fhir-base--url = An http:// or https:// URL with no / at the end, e.g. https://fhir.example.fi/moty
help-moty-settings-fhir-base--clear = Go back to the default
help-moty-settings-fhir-base-examples =
    Examples:
      # Show the canonical base
      moty settings fhir-base
      # The area's own base
      moty settings fhir-base https://fhir.example.fi/moty

help-moty-settings-wellbeing-area = Show or set the wellbeing area that holds the register, as the FHIR export names it
help-moty-settings-wellbeing-area-long = Its name and its OID in the SOTE organisation register (SOTE-organisaatiorekisteri). `moty export fhir` names the area as an Organization, with the OID as its official identifier, and the coordinators' team as part of it; until one of them is set, the export names no area. With no field given it shows what is kept; a field given replaces the one kept and --unset empties one. It holds no client data and writes no log; a value out of shape is refused (exit code 2) with nothing written.
help-moty-settings-wellbeing-area--name = The area's name, e.g. "Esimerkin hyvinvointialue"
help-moty-settings-wellbeing-area--oid = The area's OID in the SOTE organisation register, e.g. 1.2.246.10.1234567.10.0 (a leading urn:oid: is dropped)
help-moty-settings-wellbeing-area--unset = Empty a field; repeat for both
help-moty-settings-wellbeing-area-examples =
    Examples:
      # Show the wellbeing area
      moty settings wellbeing-area
      # The area's name and OID
      moty settings wellbeing-area --name "Esimerkin hyvinvointialue" --oid 1.2.246.10.1234567.10.0

help-moty-settings-contact = Show or set the contact card that `moty contact` prints for the referring units
help-moty-settings-contact-long = The team's card, or with --region a regional pair's, whose own fields (typically the pair's names and phone) stand in for the team's. With no field given it shows the card as kept; each field given replaces the one kept and --unset empties one. It holds no client data and writes no log; a value out of shape is refused (exit code 2) with nothing written.
help-moty-settings-contact--region = A regional pair's card, whose fields stand in for the team's [default: the team's]
help-moty-settings-contact--coordinators = Who the coordinators are, as they sign, e.g. "Liisa Esimerkki, social counsellor; Maija Malli, nurse"
help-moty-settings-contact--phone = The pair's phone number
help-moty-settings-contact--phone_hours = The phone hour, e.g. "mon-fri 09:00-10:00" (days mon … sun, a range or a list; several spans separated by ";") [default: mon-fri 09:00-10:00]
help-moty-settings-contact--office_hours = Office hours, as --phone-hours [default: mon-fri 09:00-15:00]
help-moty-settings-contact--teams = Whom to reach on Teams: an address (name@example.fi) or an https link
help-moty-settings-contact--email = The secure e-mail address for referrals from the emergency department and social services
help-moty-settings-contact--coordination_book = Primary care's coordination book in the patient record, e.g. yht405
help-moty-settings-contact--unset = Empty a field (the team's value, or the default hours, apply again); repeat for several
help-moty-settings-contact-examples =
    Examples:
      # The team's phone, secure e-mail and coordination book
      moty settings contact --phone "040 555 0100" --email moty@example.fi --coordination-book yht405
      # The north pair's card: their names and phone over the team's
      moty settings contact --region north --phone "040 555 0102" --coordinators "Niina Näyte"
      # A shorter phone hour on Fridays
      moty settings contact --phone-hours "mon-thu 09:00-10:00; fri 09:00-09:30"
      # The north pair uses the team's phone again
      moty settings contact --region north --unset phone

help-moty-contact = The coordinators' contact card for the referring units
help-moty-contact-long = Use it to answer "how do we reach you?" or to paste into an intranet page or a leaflet: how to refer a client without a referral letter, how to consult the coordinators, the phone hour, office hours and the regional pairs. The team keeps it with `moty settings contact`. It names no client and writes no log.
help-moty-contact--region = A regional pair's card (its own fields over the team's) [default: the team's, with every regional pair]
help-moty-contact-examples =
    Examples:
      # The team's card with every regional pair
      moty contact
      # The north pair's card
      moty contact --region north
      # The card as JSON, for an intranet page
      moty --json contact

help-moty-client = Mark or clear a client's non-disclosure order; record language and interpreter
help-moty-client-long = Use it when the referral's details about the client change: the population register's non-disclosure order for personal safety (turvakielto), which makes every screen that shows the client warn and keeps their municipality out of every export; the client's language, which chooses the language of their documents; the interpreter they need. Each change goes on the case's timeline and into the access log. After consent is withdrawn only the order may change.
help-moty-client--case = A case of the client, e.g. 2026-0007
help-moty-client--non_disclosure = Mark (yes) or clear (no) a non-disclosure order for personal safety (turvakielto); needs --reason
help-moty-client--reason = Why the order is marked or cleared, e.g. the population register's decision (at most 400 characters)
help-moty-client--language = The client's language, which chooses the language of their documents
help-moty-client--interpreter = The client needs an interpreter, for this language (at most 60 characters)
help-moty-client--no_interpreter = The client no longer needs an interpreter
help-moty-client-examples =
    Examples:
      # The population register keeps the client's address secret
      moty client 2026-0004 --non-disclosure yes --reason "Population register decision 20.11.2026"
      # The client speaks Swedish and needs an Arabic interpreter
      moty client 2026-0004 --language sv --interpreter Arabic
      # No interpreter is needed any more
      moty client 2026-0004 --no-interpreter

help-moty-config = Show or change your personal configuration file (register, name, region, colour, language)
help-moty-config-long = What belongs to one person is kept in a TOML file so you need not type it each time: the register's path (db), the name you act under (as), the region whose cases your lists show (region), when to colour (color: auto, always or never) and the language moty speaks (lang: fi or en). A flag wins over its MOTY_* variable, which wins over the file, which wins over the default; the file's color also wins over NO_COLOR and CLICOLOR_FORCE. The file is config.toml in your configuration folder (Linux ~/.config/moty/, Windows %APPDATA%\moty\moty\config\); MOTY_CONFIG names another. No register is opened.
help-moty-config-examples =
    Examples:
      # Keep your register's path in the file
      moty config set db /home/aino/moty/register.sqlite3
      # Act as coordinator-a without typing --as
      moty config set as coordinator-a
      # Your lists show the north region's cases
      moty config set region north
      # Where the file is and what it holds
      moty config list

help-moty-config-path = Where your configuration file is (MOTY_CONFIG names another)
help-moty-config-path-long = Prints the file's path and nothing else (with --json, the config shape with no settings), whether or not the file exists yet, to edit it by hand or to check which file moty reads. The file is not read, so this works when it cannot be.
help-moty-config-path-examples =
    Examples:
      # Where your configuration file is (or would be)
      moty config path

help-moty-config-list = Every setting your configuration file has
help-moty-config-list-long = Prints where the file is and each key (db, as, region, color, lang) with its value, or that it is not set. A file with an unknown key or a value its flag would refuse is exit code 2.
help-moty-config-list-examples =
    Examples:
      # Every setting in the file
      moty config list

help-moty-config-get = One setting of your configuration file: db, as, region, color or lang
help-moty-config-get-long = Prints the key's value, for a script that needs it. An unknown key is exit code 2.
help-moty-config-get--key = The key: db, as, region, color or lang
help-moty-config-get-examples =
    Examples:
      # The register the file names
      moty config get db

help-moty-config-set = Set one: db (register), as (who you act as), region (your lists'), color, lang (fi or en)
help-moty-config-set-long = The value is checked as its flag would check it (exit code 2 otherwise), and the whole file is written at once; the file and its folder are created when missing.
help-moty-config-set--key = The key: db, as, region, color or lang
help-moty-config-set--value = The value, checked as its flag (--db, --as, --region, --color, --lang) would be
help-moty-config-set-examples =
    Examples:
      # Act as coordinator-a unless --as or MOTY_USER says otherwise
      moty config set as coordinator-a
      # Your lists show the north region's cases
      moty config set region north
      # moty speaks Finnish unless --lang or MOTY_LANG says otherwise
      moty config set lang fi

help-moty-config-unset = Remove one setting from your configuration file
help-moty-config-unset-long = The default, or MOTY_DB and MOTY_USER where they are set, apply again for that key.
help-moty-config-unset--key = The key: db, as, region, color or lang
help-moty-config-unset-examples =
    Examples:
      # Your lists follow your default region in the register again
      moty config unset region

help-moty-completions = Print a shell completion script (bash, zsh, fish, powershell, elvish)
help-moty-completions-long = Install it once so the shell completes moty's commands, subcommands, flags and their fixed values with the Tab key. The script is generated from the command line itself, so regenerate it after an upgrade. It needs no register.
help-moty-completions--shell = The shell: bash, zsh, fish, powershell or elvish
help-moty-completions-examples =
    Examples:
      # bash
      moty completions bash > ~/.local/share/bash-completion/completions/moty
      # zsh, with fpath+=(~/.zfunc) in .zshrc
      moty completions zsh > ~/.zfunc/_moty
      # fish
      moty completions fish > ~/.config/fish/completions/moty.fish
      # PowerShell: save the script, then dot-source it from your $PROFILE
      moty completions powershell > moty.ps1

help-moty-man = Print the manual page of moty or of one of its commands (roff)
help-moty-man-long = Install the pages where `man` finds them (e.g. ~/.local/share/man/man1/), or view one directly with `man -l`. A command's page is named like moty-report-outcomes(1). They are generated from the command line itself and need no register; an unknown command is exit code 2, naming the commands there are.
help-moty-man--command = The command, e.g. report outcomes [default: moty itself]
help-moty-man-examples =
    Examples:
      # moty's own page, then: man moty
      moty man > ~/.local/share/man/man1/moty.1
      # One command's page
      moty man report outcomes > moty-report-outcomes.1
