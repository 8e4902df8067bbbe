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

## The value labels (src/text/labels/values.rs): value-CODE, one per code of every closed
## vocabulary; a code shared by several vocabularies has one label.

# Client groups
value-working-age = working-age client
value-older-pmt = older client with substance or mental-health symptoms
value-family = family client (family-centre network)
# Referral sources
value-employment-services = employment services (TE)
value-primary-care = primary health care
value-social-services = social services
value-elderly-services = services for older people
value-family-centre = family centre
value-emergency = emergency department
value-mental-health-substance = mental-health and substance services
value-kela = Kela
value-self = the client themself
value-other = other
# Channels (referral and consultation; seed 000, seed 004)
value-yht405 = LC coordination book yht405
value-secure-email = secure e-mail
value-phone = phone consultation
value-teams = Teams consultation
value-self-booking = self-referral by booking
value-chat = chat
value-e-service = OmaEP e-service or online booking
value-on-site = on-site visit
value-e-mail = e-mail
# Signs (seed 000, Tunnista; seed 004, herätteet paljon palveluita tarvitsevan asiakkaan tunnistamiseksi)
value-missed-appointments = repeated missed appointments, not cancelled
value-frequent-contacts = frequent contacts without a clear reason
value-cannot-seek-help = unable to seek help or see the need
value-coping-at-home = concern about coping at home
value-everyday-management = concern about managing everyday life
value-finances = concern about finances
value-family-situation = concern about the family's situation
value-health-problems = health problems (seen in social care)
value-daily-life = difficulty coping with daily life
value-worry = a worry or a sense of inadequacy about the client's situation
value-unclear-problem = the problem is not clear-cut, or its core cannot be reached
value-repeated-unplanned-visits = repeated or unplanned visits and contacts for vague reasons
value-substance-use = suspected substance use or addiction
# Consents, representatives, legal bases
value-multi-professional = multi-professional work
value-meeting = discussing the client in a meeting
value-kela-exchange = Kela information exchange
value-contact-request = the client's contact request (yhteydenottopyyntö)
value-written = written
value-oral = oral
value-guardianship = appointed guardian (edunvalvoja)
value-custodian = custodian of a child (huoltaja)
value-power-of-attorney = continuing power of attorney (edunvalvontavaltuutettu)
value-consent = the client's consent
value-social-welfare-act-41 = Social Welfare Act 41 §
value-health-care-act-32 = Health Care Act 32 §
# Phases
value-referred = referred, waiting for triage
value-joint-assessment = joint assessment
value-kela-consultation = Kela remote consultation
value-network-meeting = network meeting
value-collaboration-team = collaboration team (Yhteistyö-tiimi)
value-onward-pathways = onward pathways
value-follow-up = follow-up
value-closed = closed
# Timeline entries
value-case-opened = referral registered, case opened
value-client-updated = client details updated
value-consent-given = consent given
value-consent-withdrawn = consent withdrawn
value-kela-form-sent = Kela form sent
value-triaged = triaged
value-case-closed = case closed
value-case-reopened = case reopened
value-meeting-booked = meeting booked
value-meeting-held = meeting held
value-meeting-no-show = client did not come
value-meeting-cancelled = meeting cancelled
value-meeting-moved = meeting moved
value-team-requested = Yhteistyö-tiimi request approved by
value-team-unit-answered = unit answered
value-team-description-sent = anonymous description sent
value-team-unit-acknowledged = unit acknowledged receipt
value-plan-changed = plan changed
value-pathways-completed = onward pathways agreed, follow-up ahead
value-follow-up-recorded = follow-up recorded
value-estimate-recorded = the pair's estimate recorded
value-survey-recorded = professional's survey answer recorded
value-description-saved = anonymous description saved
value-case-purged = case purged
value-feedback-recorded = client's feedback recorded
value-kela-concluded = the Kela hour concluded
value-fact-corrected = fact corrected
value-region-changed = moved to another region
value-consultation-linked = consultation linked
value-meeting-link-set = video link given
value-follow-up-interval-set = follow-up interval
value-non-disclosure-changed = non-disclosure order for personal safety
# Client feedback (seed 003's five-point scale) and languages
value-fully-agree = fully agree
value-partly-agree = partly agree
value-cant-say = can't say
value-partly-disagree = partly disagree
value-fully-disagree = fully disagree
value-fi = Finnish
value-sv = Swedish
value-en = English
# Answers
value-yes = yes
value-no = no
value-maybe = maybe
# Follow-up (jälkiseuranta) and what follows it
value-on-path = on the pathway
value-on-the-way = on the way
value-dropped-off = dropped off
value-again = another follow-up
value-close = close together with the client
value-reconvene-network = reconvene a network meeting
value-reconvene-team = reconvene the Yhteistyö-tiimi
# Time saved (the pair's estimate)
value-2-4-weeks = 2–4 weeks
value-1-2-months = 1–2 months
value-2-3-months = 2–3 months
value-3-months-plus = 3 months or more
value-none = none, or cannot say
# The plan's actions and pathways
value-planned = planned
value-attended = attended
value-open = open
value-done = done
value-dropped = dropped
# Areas of need
value-health = health
value-social = social situation
value-housing = housing
value-work-study = work and study
value-functional-capacity = functional capacity
# Meetings (the kind as a value; meeting_label words a meeting)
value-network = network meeting
value-team = Yhteistyöaika (collaboration team)
value-booked = booked
value-held = held
value-no-show = did not come
value-cancelled = cancelled
# Suuntima-asiakkuus (seed 002)
value-omatoimi = self-care (omatoimi)
value-yhteiso = community (yhteisö)
value-verkosto = network (verkosto)
value-yhteistyo = collaboration (yhteistyö)
# Who attended; professional roles
value-client = the client
value-referring-worker = the referring worker
value-kela-contact = Kela's contact person
value-key-worker = key worker
value-unit-worker = a requested unit's worker
value-nurse = nurse
value-social-counsellor = social counsellor
value-care-counsellor = care-and-nursing client counsellor
value-family-centre-worker = family-centre worker
value-doctor = doctor
# Triage decisions, urgency
value-single-issue = single issue, resolved by advice
value-redirect = redirect elsewhere
value-decline = decline
value-normal = normal
value-urgent = urgent
# Why a case closed; why it was purged
value-completed = completed together with the client
value-resolved-single-issue = resolved as a single issue
value-redirected = redirected
value-declined = declined
value-unreachable = client unreachable
value-moved-away = moved away
value-deceased = deceased
value-retention = its retention period has ended
value-wrong-person = recorded about the wrong person
value-client-request = the client asked for erasure
# The access log
value-view = viewed
value-change = changed
value-search = searched
value-withheld = withheld
# Kela's conclusions and statements (seed 003)
value-benefit = a benefit to apply for
value-rehabilitation = rehabilitation to apply for
value-statement = a statement Kela needs
value-recommendation = a recommendation
value-b-statement = B-statement (a doctor's statement for Kela)
value-care-plan = care plan
value-cost-estimate = cost estimate
# What report outcomes --by breaks down by
value-area = service area
value-group = client group
value-age-band = age band
value-municipality = municipality
value-region = region
value-source = referral source

# A kind of meeting in words (meeting_label).
label-meeting-joint-assessment = joint assessment
label-meeting-kela = Kela remote consultation
label-meeting-network = network meeting
label-meeting-team = Yhteistyöaika (collaboration team)

# The fields of a client's details, as a changed field is named.
label-field-name = name
label-field-phone = phone
label-field-municipality = municipality
label-field-region = region
label-field-non-disclosure = non-disclosure order (turvakielto)
label-field-language = language
label-field-interpreter = interpreter

## Prompts, headings and receipts (src/text/labels.rs)

label-prompt-name = Client's full name
label-prompt-group = Client group
label-prompt-source = Where did the referral come from
label-prompt-channel = How did it arrive
label-prompt-signs = Signs that raised the concern (space to mark, enter to accept)
label-prompt-other-sign = What is the other sign
label-prompt-reason = Reason for the referral
label-prompt-consent-kind = Which consent
label-prompt-consent-method = Given how

label-h-case = Case
label-h-name = Name
label-h-hetu = Identity code
label-h-born = Born
label-h-phone = Phone
label-h-region = Region
label-h-group = Group
label-h-phase = Phase
label-h-days = Days in phase
label-h-opened = Opened
label-h-id = No.
label-h-kind = Consent
label-h-method = Method
label-h-given = Given
label-h-status = Status
label-h-scope = Scope
label-h-by = By
label-h-date = Date
label-h-entered = Entered
label-h-what = What

label-l-client = Client
label-l-municipality = Municipality
label-l-referral = Referral
label-l-source = Source
label-l-channel = Channel
label-l-referrer = Referred by
label-l-signs = Signs
label-l-reason = Reason
label-l-consents = Consents
label-l-timeline = Timeline
label-l-temporary = temporary
label-no-consents = No consents recorded.
# The sign "other" and the words the referrer gave it.
label-other-sign = other: { $other }

label-registered-new = Registered case { $case } for { $name } (new client).
label-registered-known = Registered case { $case } for { $name } (known client).
# $fields: client fields (label-field-…), separated by commas.
label-registered-updated = Updated: { $fields }.
label-registered-next = Next: record the client's consent, e.g. moty consent give { $case } --kind multi-professional --method written, and for the Moty track their contact request (--kind contact-request)
# $kind and $method are codes: multi-professional, meeting, kela-exchange, contact-request;
# written, oral.
label-consent-given = Recorded { $method } { $kind } consent { $id } for case { $case }, given on { $on }.
label-consent-withdrawn = Recorded the withdrawal of { $kind } consent { $id } for case { $case } on { $on }. Its history is kept.
label-kela-sent = Recorded the Kela information-exchange form of case { $case } as sent on { $on }.
label-consent-withdrawn-on = withdrawn { $on }
label-consent-sent-to-kela = in force, sent to Kela { $on }
label-consent-in-force = in force
label-found-nothing = Nothing found. Try part of the name, the identity code, the case id or the phone number.
label-truncated = Showing the first { $limit } matches; narrow the search to see the rest.
label-listed-nothing = No cases match.
# $what: a timeline line.
label-backdated = { $what } (backdated)

label-demo-not-demo = { $path } exists and is not a demo register; the demo never overwrites a real register. Name another file
label-demo-built = Built a demo register of { $clients } fictitious clients at { $path }.
label-demo-try = Try it:
label-demo-open-cases = Open cases, longest waiting first:
label-demo-one-case = One case in full:
label-demo-outcomes = What the collaboration achieved (moty report outcomes):

label-h-urgency = Urgency
label-h-waiting = Waiting
label-h-consent = Consent
label-queue-empty = The triage queue is empty.
label-prompt-action = This case
label-action-decide = decide
label-action-skip = skip for now
label-action-back = back to the previous case
label-action-quit = quit
label-prompt-decision = Decision
label-prompt-kela-screen = First Kela screen: does the situation call for Kela?
label-prompt-team = Team (space to change, enter to accept)
label-prompt-urgency = Urgency
label-prompt-note = Note for the team (enter for none)
label-prompt-advice = What was advised
label-prompt-to = Redirected where
label-prompt-decline = Why is it declined
label-prompt-units = Units whose workers are requested (codes or names from moty settings units, comma-separated)
label-prompt-record = Record this decision?
label-prompt-consent-now = What now
label-consent-action-record = record the consent now
label-consent-action-skip = skip this case
label-prompt-consent-date = Consent given on (YYYY-MM-DD)
label-offer-slot = Book the next free joint assessment, { $at }?
label-not-recorded = Not recorded; the case is as it was.
# $decision, $phase, $reason: labels.
label-triaged = Triaged case { $case }: { $decision }. The case is now: { $phase }.
label-closed = Closed case { $case }: { $reason }.
label-reopened = Reopened case { $case } into: { $phase }.
label-queue-done = Triage session over: { $decided } decided, { $left } left in the queue.
label-offer-close = The client withdrew multi-professional consent. Close case { $case } as consent-withdrawn?
label-still-open = Case { $case } stays open; close it with: moty close { $case } --reason consent-withdrawn
label-l-closed = Closed
label-l-team = Team
label-l-kela-screen = First Kela screen
label-l-units = Units requested

label-h-kind-meeting = Meeting
label-h-when = When
label-h-minutes = Minutes
label-h-capacity = Places
label-h-free = Free
label-h-notes = Participants and notes
label-h-unit = Unit
label-h-answered = Answered
label-h-worker = Worker
label-h-schedule = Schedule
# $kind: a meeting in words (label-meeting-…).
label-booked = Booked meeting { $id }: { $kind } for case { $case } at { $at } (Helsinki time).
label-meeting-now = Meeting { $id } at { $at }: { $status }.
label-candidates-heading = Next free { $kind } times for case { $case }:
label-kela-settings = Kela form due { $lead ->
        [one] { $lead } working day
       *[other] { $lead } working days
    } before the Kela hour; Kela's contact person: { $contact }
label-kela-settings-no-contact = Kela form due { $lead ->
        [one] { $lead } working day
       *[other] { $lead } working days
    } before the Kela hour; Kela's contact person: not set
label-closed-day = Closed { $day }: { $reason }
label-request-heading = Yhteistyö-tiimi request for case { $case }, approved by { $by } on { $on }:
label-agenda-heading = Agenda { $from } – { $to } (Helsinki time)
label-chair = chair: { $name }
label-kela-contact = Kela's contact person: { $name }
# $units: unit names, separated by commas.
label-waiting-units = Case { $case } waits for units to name a worker: { $units }
# The summary and description of a meeting in a calendar file.
label-ics-summary = { $kind } — case { $case }
label-ics-description = moty meeting { $id }

## The timeline of a case (src/text/timeline.rs). $label: the entry's kind in words (value-…);
## free text typed by a person follows the line after " — ".

# A timeline entry and its value in words.
timeline-labelled = { $label }: { $value }
timeline-case-opened = { $label }: from { $source } via { $channel }
timeline-case-opened-minor = { $label }: from { $source } via { $channel }; under 18, registered because: { $reason }
timeline-consent-given = { $label }: { $kind } ({ $method })
# $by: who gave the consent on the client's behalf, and on what authority.
timeline-consent-given-by = { $label }: { $kind } ({ $method }), by { $by }
# $kind: a meeting in words; $at: its time.
timeline-meeting = { $label }: { $kind } { $at }
timeline-override-screen = Kela screen said no; booked because: { $reason }
timeline-plan-changed = { $label }: version { $version }
timeline-pathways-completed = { $label }; key worker { $worker }
timeline-follow-up-recorded = { $label }: { $status }, next: { $next }
timeline-case-reopened = { $label } into { $phase }: { $note }

## What is next, the follow-up interval, video links (src/text/next.rs)

next-video-link-shape = "{ $value }" is not a video link: give the meeting's whole https address, e.g. https://teams.microsoft.com/l/meetup-join/…, with no spaces
next-weeks-range = the follow-up interval is a whole number of weeks from 1 to 104; "{ $value }" is not
next-link-identifies-client = the link names the client (their name, identity code, birth date or phone number); the calendar file never identifies a client: give the meeting's own link
next-move-needs-something = give the new time (--at), the meeting's video link (--video-link), or both
next-no-video-for-dry-run = a dry run books nothing; give the video link when you book
next-l-follow-up-interval = Follow-up interval
next-interval-case = { $weeks ->
        [one] { $weeks } week
       *[other] { $weeks } weeks
    } (agreed for this case)
next-interval-team = { $weeks ->
        [one] { $weeks } week
       *[other] { $weeks } weeks
    } (the team's)
next-interval-set-case = Case { $case } follows up { $weeks ->
        [one] { $weeks } week
       *[other] { $weeks } weeks
    } after its onward pathways are agreed (its own interval).
next-interval-set-team = Case { $case } follows up at the team's interval again: { $weeks ->
        [one] { $weeks } week
       *[other] { $weeks } weeks
    } after its onward pathways are agreed.
next-team-interval-set = Follow-up calls are due { $weeks ->
        [one] { $weeks } week
       *[other] { $weeks } weeks
    } after a case's onward pathways are agreed (the team's setting). A case with its own interval (moty plan CASE --follow-up-weeks N) keeps it.
next-team-interval-default = Follow-up calls are due { $weeks ->
        [one] { $weeks } week
       *[other] { $weeks } weeks
    } after a case's onward pathways are agreed (the default; moty settings follow-up-weeks N sets the team's). A case with its own interval (moty plan CASE --follow-up-weeks N) keeps it.
next-interval-summary-case = { $label }: { $weeks ->
        [one] { $weeks } week
       *[other] { $weeks } weeks
    } for this case
next-interval-summary-team = { $label }: the team's again ({ $weeks ->
        [one] { $weeks } week
       *[other] { $weeks } weeks
    })
next-interval-summary-team-unknown = { $label }: the team's again
next-video-note = video: { $link }
next-with-video-link = with a video link
next-link-set = Meeting { $id } has its video link; the agenda and the calendar file carry it.
next-l-next = Next
next-nothing = Next: nothing booked, due or missing.
next-n-stopped = Stopped
next-n-meeting = Meeting
next-n-video = Video
next-n-not-held = To mark held
next-n-follow-up = Follow-up
next-n-missing = Missing
next-n-key-worker = Key worker
next-stopped = multi-professional consent withdrawn on { $on }: only look-ups, a new consent and closing
# $when: the weekday, date and time; $kind: a meeting in words.
next-meeting = { $when } { $kind } ({ $minutes } min, no. { $id })
next-not-marked-held = { $when } { $kind } (no. { $id })
next-missing-multi = multi-professional consent
next-missing-written = written multi-professional consent (the joint assessment needs it written)
next-missing-kela-after-screen = Kela's consent form (the second Kela screen said yes)
next-missing-kela-consent = Kela's consent form, at Kela by { $due } (Kela hour, no. { $meeting })
next-missing-kela-form = the Kela form sent, at Kela by { $due } (Kela hour, no. { $meeting })
next-missing-meeting-consent = meeting consent, withdrawn: no. { $meeting } is off the agenda




## ==== t3: src/text/plan.rs, protection.rs ====
## (messages of these files go below this line, in this section only)




## ==== t4: src/text/schedule.rs, consult.rs, feedback.rs, correct.rs ====
## (messages of these files go below this line, in this section only)




## ==== t5: src/text/estimates.rs, areas.rs, outcomes.rs, kela.rs, team.rs ====
## (messages of these files go below this line, in this section only)


