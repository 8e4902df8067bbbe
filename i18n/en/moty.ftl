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




## ==== t4: src/text/schedule.rs, consult.rs, feedback.rs, correct.rs ====
## (messages of these files go below this line, in this section only)




## ==== t5: src/text/estimates.rs, areas.rs, outcomes.rs, kela.rs, team.rs ====
## (messages of these files go below this line, in this section only)

## The pair's estimates and the professionals' surveys (src/text/estimates.rs)

estimates-saved-count = '{ $value }': after = comes the number of that service's appointments saved, 1–100 (e.g. --saved doctor=2)
estimates-saved-too-many = '{ $service }' counts more than 100 appointments; at most 100
estimates-saved-sum-too-big = the services count { $sum } appointments in all; at most 100
estimates-appointments-range = { $n } is not in 0–100
estimates-appointments-below-sum = { $n } is fewer than the { $sum } appointments the services given with { $flag } count; give at least { $sum }, or leave it out and the sum is the total
estimates-score-range = { $n } is not in 1–5
estimates-estimate-nothing = nothing to record; give at least one of --saved, --appointments-saved, --time-saved, --time-saved-how
estimates-survey-nothing = nothing to record; give at least one of --added-value, --kela-benefit, --text
estimates-meeting-unknown = there is no meeting { $id } of case { $case }; moty schedule list shows the meetings and their numbers
# $kind: the meeting's kind (a label); $kela: the number of the case's held Kela hour.
estimates-kela-benefit-not-kela = the benefit of the Kela consultation is asked about a Kela hour; meeting { $id } is a { $kind } (the case's Kela hour is meeting { $kela }: pass --meeting { $kela })
estimates-kela-benefit-not-kela-none = the benefit of the Kela consultation is asked about a Kela hour; meeting { $id } is a { $kind } (the case has no held Kela hour)
estimates-kela-contact-not-kela = Kela's contact person answers about a Kela hour; meeting { $id } is a { $kind } (the case's Kela hour is meeting { $kela }: pass --meeting { $kela })
estimates-kela-contact-not-kela-none = Kela's contact person answers about a Kela hour; meeting { $id } is a { $kind } (the case has no held Kela hour)
# $status: the booking's status (a label).
estimates-meeting-not-held = meeting { $id } is { $status }, not held; an estimate or a survey answer is about a held meeting (moty schedule held { $id } records it as held)
estimates-no-held-meeting = case { $case } has no held meeting; an estimate or a survey answer is about a held meeting
estimates-estimate-exists = the pair's estimate of meeting { $id } is already recorded; corrections are made with moty correct
# $role: the respondent's role code (nurse, social-counsellor, doctor, kela-contact).
estimates-survey-exists = the answer of { $role ->
        [nurse] the nurse
        [social-counsellor] the social counsellor
        [doctor] the doctor
        [kela-contact] Kela's contact person
       *[other] the { $role }
    } about meeting { $id } is already recorded; corrections are made with moty correct
estimates-case-purged = case { $case } was purged; nothing more is recorded about it
# $kind: the meeting's kind (a label); $starts: its date and time, formatted.
estimates-held-meeting = meeting { $id } ({ $kind } { $starts })
# $reception: an estimates-held-meeting or estimates-at-follow-up message.
estimates-estimate-recorded = Recorded the pair's estimate of { $reception } of case { $case }.
estimates-survey-recorded = Recorded the answer of { $role ->
        [nurse] the nurse
        [social-counsellor] the social counsellor
        [doctor] the doctor
        [kela-contact] Kela's contact person
       *[other] the { $role }
    } about { $reception } of case { $case }.
estimates-held-with-estimate = The pair's estimate of this reception was recorded too.
estimates-title = The pair's estimates
estimates-surveys-title = Professionals' surveys
estimates-h-reception = Reception
estimates-h-appointments = Appointments saved
estimates-h-services = Services saved
estimates-h-time = Time saved
estimates-h-how = How
estimates-h-role = Role
estimates-h-added-value = Added value (1–5)
estimates-h-kela-benefit = Kela benefit (1–5)
estimates-h-text = Text
estimates-at-follow-up-on = at the follow-up call { $date }
estimates-at-follow-up = at a follow-up call
# One service and the number of its appointments saved: "doctor 2".
estimates-saved-service = { $service } { $count }
# The meeting an entry is about: its kind (a label) and its time, formatted.
estimates-reception = { $kind } { $starts }
estimates-summary = { $label }: { $reception }
estimates-summary-at-follow-up = { $label } at the follow-up call
estimates-summary-appointments = { $count ->
        [one] { $count } appointment saved
       *[other] { $count } appointments saved
    }
# $time: how much time was saved (a label).
estimates-summary-time = time saved: { $time }
estimates-summary-how = how: { $how }
estimates-survey-summary = { $label }: { $role ->
        [nurse] the nurse
        [social-counsellor] the social counsellor
        [doctor] the doctor
        [kela-contact] Kela's contact person
       *[other] the { $role }
    } about the { $reception }
estimates-summary-added-value = added value { $score }/5
estimates-summary-kela-benefit = Kela benefit { $score }/5

## Service areas, the unit catalogue, municipalities (src/text/areas.rs)

areas-h-area = Area
areas-h-kind = Kind
areas-h-finnish = Finnish
areas-h-swedish = Swedish
areas-h-english = English
areas-h-active = Active
areas-h-as-written = Text (lower case)
areas-h-mapped-to = Unit
areas-h-referrals = Referrals
areas-h-requests = Cases requesting
# $kind: the area's kind code (sote, outside).
areas-kind = { $kind ->
        [sote] service area of the sote-centre
        [outside] outside actor
       *[other] ?
    }
areas-unknown-area = '{ $value }' is not a service area; use one of: { $allowed }
areas-unit-code-shape = '{ $code }' is not a unit code; use lower-case letters, digits and hyphens (at most 40), e.g. memory-clinic
areas-unknown-unit-code = '{ $code }' is not a unit of the catalogue; use one of: { $allowed }
# A unit offered instead: its code and its name.
areas-unit-code-name = { $code } ({ $name })
areas-unknown-unit = '{ $text }' is not a unit of the catalogue; give a unit's code or its Finnish, Swedish or English name. (moty settings units lists the units; moty settings units add CODE --area AREA --fi NAME --sv NAME --en NAME adds one)
# $close: areas-unit-code-name messages separated by commas.
areas-unknown-unit-close = '{ $text }' is not a unit of the catalogue; give a unit's code or its Finnish, Swedish or English name. Did you mean { $close }? (moty settings units lists the units; moty settings units add CODE --area AREA --fi NAME --sv NAME --en NAME adds one)
areas-unit-inactive = '{ $text }' is unit { $code }, which is deactivated; give an active unit (moty settings units lists the units; moty settings units add CODE --area AREA --fi NAME --sv NAME --en NAME adds one)
areas-unit-name-taken = '{ $name }' already names unit { $code }; give another name, or change { $code } with moty settings units add { $code } …
areas-text-names-unit = '{ $text }' is the code or a name of unit { $code } and means it already; map it to { $code } or leave it
areas-unit-added = Added unit { $code }.
areas-unit-changed = Changed unit { $code }.
areas-unit-deactivated = Deactivated unit { $code }: it is no longer offered; what was written with it stays.
areas-text-mapped = '{ $text }' now means unit { $code }.
areas-no-unmapped = Every unit text is mapped to a unit.
areas-service-area-set = Service { $code } is in area { $area }.
# A municipality offered instead: its name and its code.
areas-municipality-name-code = { $name } ({ $code })
areas-unknown-municipality = '{ $text }' is not a municipality of Finland on Statistics Finland's 2026 list; give its Finnish or Swedish name or its three-digit code.
# $close: areas-municipality-name-code messages separated by commas.
areas-unknown-municipality-close = '{ $text }' is not a municipality of Finland on Statistics Finland's 2026 list; give its Finnish or Swedish name or its three-digit code. Did you mean { $close }?
areas-all-texts-mapped = every unit text is mapped to a unit
areas-all-services-have-areas = every service has an area
areas-all-municipalities-known = every client's municipality is on the list
# $list: the texts, each in quotes, separated by commas.
areas-unmapped-texts = { $count ->
        [one] { $count } unit text
       *[other] { $count } unit texts
    } not mapped to a unit: { $list } (moty settings units unmapped; moty settings units map TEXT UNIT)
areas-services-without-area = { $count ->
        [one] { $count } service
       *[other] { $count } services
    } without an area: { $list } (moty plan services set-area CODE AREA)

## The outcomes report and its HTML page (src/text/outcomes.rs, src/render/html.rs); the manual
## pages' words and the configuration file's messages live in the same file

# $by: the breakdown's code (area, group, age-band, municipality, region, source); $key: the group.
outcomes-breakdown-heading = — { $by }: { $key } —
outcomes-small-cells-note = Counts from 1 to 4 are shown as <5, and where one such count could be worked out from a total, another count as x (small-cell suppression; --exact shows them, for the team's own use).
# $count: a number, "<5" or "x".
outcomes-page-cases = Cases referred in the period: { $count }. Every figure shows its N, the number it is computed from.
outcomes-headline = Headline figures
outcomes-hl-usefulness = Usefulness of the reception to the client (1–10, mean)
outcomes-hl-on-path = On the pathway at follow-up
outcomes-hl-knows = Knows the pathway and whom to contact
outcomes-hl-network-with = Network meetings per client with the Kela consultation
outcomes-hl-network-without = Network meetings per client without it
outcomes-hl-network-difference = Difference in network meetings
outcomes-hl-onward = Onward bookings per reception
outcomes-hl-appointments = Appointments saved per reception (the pair's estimate)
outcomes-hl-time-saved = Time saved, most often (the pair's estimate)
outcomes-section-path = The path
outcomes-section-feedback = The client's feedback on the reception
outcomes-section-estimates = What the reception saved (the pair's estimates)
outcomes-section-surveys = The professionals' surveys (1–5, mean)
outcomes-section-clients = Who came, and where they went
outcomes-chart-waiting = Days between phases (median; the table also gives the 90th percentile)
outcomes-chart-usefulness = Usefulness of the reception, 1–10
outcomes-chart-statements = The client's experience of the reception
outcomes-chart-saved-services = Services whose appointments were saved (receptions)
outcomes-chart-sources = Referral sources
outcomes-h-statement = Statement
outcomes-h-phases = Between
outcomes-h-median = Median days
outcomes-h-p90 = 90th percentile
outcomes-h-respondent = Respondent
outcomes-h-added-value = Added value of the other professional
outcomes-h-kela-benefit = Benefit of the Kela consultation
outcomes-all-roles = all respondents
# $stage: a funnel stage's code.
outcomes-funnel = { $stage ->
        [referred] referred
        [triaged] triaged
        [assessed] joint assessment held
        [planned] plan made
        [pathways-agreed] pathways agreed
        [followed-up] followed up
        [closed-jointly] collaboration ended jointly
       *[other] {""}
    }
# $from, $to: phase codes (referral, triage, assessment, plan, follow-up).
outcomes-interval = { $from ->
        [assessment] joint assessment
       *[other] { $from }
    } → { $to ->
        [assessment] joint assessment
       *[other] { $to }
    }
# $by: the breakdown's code.
outcomes-breakdown-caption = Headline figures by { $by ->
        [area] service area
        [group] client group
        [age-band] age at referral
        [municipality] municipality
        [region] region
        [source] referral source
       *[other] { $by }
    }
outcomes-not-recorded = not recorded
outcomes-no-time-saved = no time saved
outcomes-man-examples = EXAMPLES
outcomes-no-such-command = there is no command 'moty { $command }'; one of: { $known }
outcomes-cannot-read-config = cannot read the configuration file { $path }
outcomes-config-invalid = the configuration file { $path } is not valid: { $why }
outcomes-config-key = '{ $key }' is not a setting of the configuration file; one of: { $keys }
outcomes-config-file-is = Configuration file: { $path }
outcomes-not-set = (not set)

## The Kela hour's conclusions (src/text/kela.rs)

kela-outcome-example =
    Each --benefit, --rehabilitation, --statement or --recommendation is one item; the
    --responsible and --due right after an item belong to it. For example:
      moty kela-outcome 2026-0007 --benefit "sickness allowance" --responsible "social counsellor"
          --due 2026-12-15 --statement b-statement --responsible doctor --recommendation "TYP"
    The items are offered as agreed actions when the plan is next edited; moty plan CASE
    --from-kela takes them all.
kela-who-open = to be agreed
kela-conclusions-title = The Kela hour concluded
kela-h-hour = Kela hour (meeting)
kela-h-conclusion = Conclusion
kela-h-responsible = Responsible
kela-h-in-plan = In the plan
kela-not-yet = not yet
kela-prompt-more = Add a conclusion of the Kela hour?
kela-prompt-kind = What did the Kela hour conclude
kela-prompt-statement = Which statement does Kela need
kela-prompt-text = What (e.g. the benefit's name)
kela-prompt-who = Who takes responsibility (empty: not named)
kela-prompt-due = By when, YYYY-MM-DD (empty: no date)
kela-prompt-from-kela = Take the Kela hour's conclusions into the plan as agreed actions (space to unmark, enter to accept)
kela-meeting-of-other-case = meeting { $id } is not case { $case }'s; moty show { $case } lists its meetings
kela-no-hour-held = case { $case } has no held Kela hour; the conclusions are recorded once the hour is held (moty schedule held ID)
# $kind: the meeting's kind (a label).
kela-not-a-kela-hour = meeting { $id } is a { $kind }, not a Kela remote consultation
# $status: the booking's status (a label).
kela-hour-not-held = the Kela hour { $id } is { $status }, not held; its conclusions are recorded once it is held (moty schedule held { $id })
kela-due-before-hour = the date is before the Kela hour on { $held }
kela-statement-twice = { $statement } is named twice among the conclusions of the Kela hour { $meeting }
kela-too-many-conclusions = a Kela hour holds at most { $max } conclusions per client; this one has { $already }
kela-nothing-from-kela = no conclusion of a Kela hour waits to be taken into case { $case }'s plan (moty kela-outcome { $case } records them)
kela-responsible-without-item = { $flag } applies to the item just before it; give --benefit, --rehabilitation, --statement or --recommendation first
kela-attached-twice = the item before it already has { $flag }; give each item its own
# $statement: a kela-statement; $text: what the coordinator wrote.
kela-statement-text = { $statement } — { $text }
kela-action-statement-text = { $statement } ({ $text })
# $statement: the statement's code.
kela-statement = { $statement ->
        [b-statement] B-statement
        [care-plan] care plan
        [cost-estimate] cost estimate
       *[other] { $statement }
    }
# $kind: the item's code; $what: the statement and/or the text.
kela-item = { $kind ->
        [benefit] benefit to apply for
        [rehabilitation] rehabilitation to apply for
        [statement] statement for Kela
       *[recommendation] recommendation
    }: { $what }
# The agreed action a conclusion becomes in the plan.
kela-action = { $kind ->
        [benefit] Apply for a Kela benefit: { $what }
        [rehabilitation] Apply for rehabilitation: { $what }
        [statement] Get the { $what } for Kela
       *[recommendation] Kela recommends: { $what }
    }
# $item: a kela-item; $who: who takes it; $due: by when, formatted.
kela-line-who-due = { $item } ({ $who }, by { $due })
kela-line-who = { $item } ({ $who })
kela-line-due = { $item } (by { $due })
# $at: the Kela hour's date and time, formatted; $items: its items separated by "; ".
kela-summary = { $label } { $at }: { $items }
kela-summary-erased = { $label } { $at }: { $count ->
        [one] { $count } item
       *[other] { $count } items
    }

## The Yhteistyö-tiimi steps (src/text/team.rs)

team-need-not-confirmed = a request goes ahead only once your own unit's team meeting confirmed the need for the Yhteistyö-tiimi; say so with --need-confirmed
team-need-confirmed-without-meeting = --need-confirmed goes with --unit-meeting DATE, the date of the team meeting that confirmed it
team-recipient-one-unit = a named recipient belongs to one unit; send to each unit in its own command
team-unit-meeting-after-approval = the unit's team meeting on { $met } is after the approval on { $approved }; the meeting comes first
team-answer-before-acknowledgement = the unit acknowledged receipt on { $acknowledged }; its worker is named on that day or later
team-description-sent-to-all = the description of case { $case } was sent to every requested unit; to send it again, name the unit with --unit
team-sent-before-approval = the request was approved on { $approved }; the description is sent on that day or later
team-no-description-to-send = case { $case } has no saved anonymous description; write it with moty plan describe { $case } --text TEXT, then send it
team-description-not-anonymous = the saved description of case { $case } no longer passes the anonymity check (the client's details changed since it was saved); nothing was sent. See what it finds with moty plan describe { $case }, and save it again
team-already-acknowledged-due = { $unit } already acknowledged receipt on { $on }, naming its worker by { $due }
team-already-acknowledged = { $unit } already acknowledged receipt on { $on } (it named its worker)
team-description-not-sent = the description of case { $case } has not been sent to { $unit }, so it has nothing to acknowledge; send it with moty schedule send-description { $case } --unit "{ $unit }"
team-acknowledged-before-sent = the description was sent to the unit on { $sent }; receipt is acknowledged on that day or later
team-due-before-acknowledgement = the due date { $due } is before the acknowledgement on { $on }
team-due-too-late = the due date { $due } is more than { $days } days after the acknowledgement on { $on }
team-h-sent = Description sent
team-h-acknowledged = Acknowledged
team-h-worker-due = Worker due
team-unit-meeting-line = The need was confirmed at the referring worker's own unit's team meeting on { $on }.
# $units: the units, separated by commas.
team-description-sent = Sent the anonymous description on { $on } to: { $units } (written to the disclosure log).
team-acknowledged-implicitly = { $unit } had not acknowledged receipt: naming its worker acknowledged it too.
team-units-late = Yhteistyö-tiimi requests waiting for a step (the request is binding)
team-missing-description-not-sent = anonymous description not sent to the unit
team-missing-not-acknowledged = receipt not acknowledged
team-missing-worker-overdue = worker not named by the due date
# $by: who approved the request.
team-requested-summary = { $label }: { $by }
team-requested-summary-meeting = { $label }: { $by }; need confirmed at the unit's team meeting on { $on }
team-sent-summary = { $label } to { $unit }
team-sent-summary-to = { $label } to { $unit } ({ $recipient })
team-acknowledged-summary = { $label }: { $unit }, worker due { $due }
team-answered-summary = { $label }: { $unit } names { $worker }
team-answered-summary-acknowledged = { $label }: { $unit } names { $worker } (receipt acknowledged with it)


