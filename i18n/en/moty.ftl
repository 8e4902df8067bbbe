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


