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


## ==== t1: src/text/mod.rs, register.rs, actor.rs, platform.rs, files.rs, dpo.rs, regions.rs, overview.rs ====
## (messages of these files go below this line, in this section only)

# --- src/text/mod.rs: input errors ---------------------------------------------------------

gen-empty = must not be empty
gen-card-item = { $heading }: { $value }
gen-disk-full = the disk holding the register is full; nothing of this command was saved and earlier data is intact. Free space and try again
gen-read-only = the register cannot be written (read-only file, folder or disk); nothing was saved. Look-ups also need to write the access log
gen-no-login = the operating system does not name the user running moty; every entry records who wrote it, so moty will not run without a login name
gen-text-edited = its text does not match the commitment the chain holds (the text was changed)
gen-text-removed = its text is missing and no purge erased it
gen-purge-open-case = case { $case } is open; only a closed case is purged (close it first with moty close)
gen-already-purged = case { $case } was already purged
# $client: yes (the client's identity was erased) or no (the client has other cases).
gen-purged = Purged case { $case }: { $texts ->
        [one] { $texts } text
       *[other] { $texts } texts
    } erased; { $client ->
        [yes] the client's name, identity code and phone were erased
       *[no] the client has other cases, so their identity stays
    }.
gen-purged-none = No closed case was due for purging.
gen-witness-broken = { $log } was rewritten since you last saw it: row { $rows } no longer has the hash { $head } you saw (report this to the data protection officer; moty audit verify shows it)
gen-witness-not-remembered = the change is recorded, but what you saw of the logs could not be remembered in your state folder, so a rewrite of them before your next command would go unnoticed: { $reason }
gen-key-shape = a key here is { $digits } hexadecimal digits
gen-file-exists = { $path } exists; moty never replaces it (choose another name)
gen-checkpoint-forged = the checkpoint's signature does not hold with that public key: it was changed, or signed with another key
gen-other-register = the checkpoint is of another register (id { $id })
gen-checkpoint-not-held = does not hold the head signed in the checkpoint of { $at }
gen-keygen-done =
    Wrote a new signing key to { $path } (keep it away from the register, e.g. with the data protection officer). Its public key, to check checkpoints with:
    { $public }
gen-checkpoint-written = Wrote the signed checkpoint to { $path }.
gen-unreadable = the register cannot be read: { $error }; restore it from a backup (moty restore BACKUP --force)
gen-triggers-intact = the logs, the timeline and the plan versions refuse changes
gen-triggers-missing = these safeguards were removed, so rows can be changed or deleted unseen by SQLite: { $missing }; the hash chains still show any change (moty audit verify)
# $record: case, plan, consent, client or consultation; $what: the field (a column name), the
# plan's version, or gen-link-to.
gen-record-differs = the { $record } { $id } ({ $what }) differs from what the timeline recorded: it was edited outside moty
gen-link-to = link to { $case }
gen-head-shape = '{ $value }' is not a head; write LOG:ROWS:HASH, e.g. events:120:<64 hexadecimal digits>, with LOG one of events, access_log, disclosure_log, anchors
gen-no-key-for-new = this moty encrypts the register, and no key was given: it will not create an unencrypted one. Set MOTY_DB_KEY or pass --key-file FILE
# $mode: the file's permissions in octal, e.g. 644.
gen-key-file-open = the key file can be read by others (mode { $mode }); make it private: chmod 600 FILE
gen-restore-diverged = the register's logs do not continue the backup's (it is not this register's past, or a log was rewritten); nothing was restored. To restore anyway, give --accept-loss REASON: the reason and what is lost are recorded
gen-restore-would-lose = the register has { $timeline ->
        [one] { $timeline } timeline entry
       *[other] { $timeline } timeline entries
    } written after the backup, which a restore cannot carry (what they did is not in the backup); nothing was restored. To restore anyway, give --accept-loss REASON: the reason and what is lost are recorded
# Recorded as the reason of a restore done with --force.
gen-forced-restore = restored with --force
gen-restore-counts = Carried { $carried ->
        [one] { $carried } row
       *[other] { $carried } rows
    } written after the backup (log rows and consultations); lost { $lost }; purges applied again: { $purges }.
gen-restored-over-unreadable = Restored { $backup } over a register that could not be read; the unreadable file is kept as { $aside } (give it to whoever investigates; delete it when they are done). Everything written after the backup is lost, and the restore records it.
gen-processing-stopped = the client withdrew multi-professional consent on { $on }, which stops all further processing of case { $case }: only look-ups, recording a new consent (moty consent give) and closing (moty close) are allowed
gen-interrupted = interrupted; nothing more was recorded
gen-phone-shape = a phone number is 5 to 15 digits, optionally starting with +, with spaces or hyphens between
gen-other-sign-pairing = --other-sign describes the sign "other": give both --sign other and --other-sign TEXT
gen-busy = the register is busy: another moty has held it for over 15 seconds; try again in a moment
gen-busy-at-once = the register is busy: another moty was using it at the same moment, in a way this command could not wait for; try again in a moment
gen-no-home = cannot find your home directory for the default register; pass --db PATH or set MOTY_DB
gen-missing-flags = missing { $count ->
        [one] a required value
       *[other] required values
    }: pass { $flags }
gen-one-of = '{ $value }' is not allowed; use one of: { $allowed }
gen-control-character = contains the control character U+{ $code }; remove it
gen-bidi-character = contains the bidirectional control character U+{ $code }, which reorders how text is shown; remove it
gen-too-long = at most { $max } characters are allowed, this has { $length }
gen-name-character = '{ $char }' cannot be part of a name; a name has letters, spaces, hyphens, apostrophes and full stops
gen-place-character = '{ $char }' is not allowed here; use letters, digits, spaces and hyphens
gen-in-future = { $date } is in the future (today is { $today }); the register records what has happened
gen-birth-year-range = a birth year from { $from } to { $to }
gen-case-id-shape = '{ $value }' is not a case id; a case id looks like 2026-0007 (year, hyphen, number)
gen-list-place-shape = '{ $value }' is not a place in the list; give the --after value the previous page ended with: a date and a case id (2026-03-04,2026-0042)
gen-queue-place-shape = '{ $value }' is not a place in the queue; give the --after value the previous page ended with: urgent or normal, a date and a case id (normal,2026-03-04,2026-0042)
gen-agenda-place-shape = '{ $value }' is not a place in the agenda; give the --after value the previous page ended with: a meeting time's start and kind (2026-11-25T12:30,joint-assessment)
# $more: how many rows are not shown; $after: the place to go on from (ASCII, typed as is).
gen-more-rows = … and { $more } more. The next page: the same command with --after { $after }
gen-work-place-shape = '{ $value }' is not a place in this section of the work list; give the --after value its previous page ended with (such as { $example })
# $section: the section's --section value (ASCII).
gen-more-in-section = … and { $more } more. The next page: the same command with --section { $section } --after { $after }
gen-only-with-queue = pages only the queue (--list), not one case's decision
gen-allowed-now = set MOTY_NOW to an RFC 3339 time (2026-11-23T09:00:00+02:00), a Helsinki time (2026-11-23 09:00) or a date
gen-now-years = '{ $value }' is outside the years 1900–2199; { gen-allowed-now }
gen-date-years = '{ $value }' is outside the years 1900–2199; the register holds dates from 1900 on
gen-before-birth = { $date } is before the client's birth ({ $birth }, from the identity code); check the date
gen-nonexistent-local-time = that wall-clock time does not exist in Helsinki (the clocks skip it for summer time)
gen-not-utf8 = is not valid UTF-8 text; check the terminal's or the script's character encoding
# Names an argument that is not UTF-8 where no flag names it.
gen-argument = the argument "{ $value }"
gen-read-stdin-failed = { $field } -: standard input could not be read as UTF-8 text

# --- src/text/mod.rs: identity codes -------------------------------------------------------

gen-hetu-form = an identity code is DDMMYY, a century sign, three digits and a check character (e.g. 131052-308T)
gen-hetu-length = has { $length } characters, not 11; { gen-hetu-form }
gen-hetu-digits = the birth date and the individual number must be digits; { gen-hetu-form }
gen-hetu-century = '{ $sign }' is not a century sign; use + (1800s), - Y X W V U (1900s) or A B C D E F (2000s)
gen-hetu-date = the birth date { $part } (DDMMYY) does not exist
gen-hetu-individual = the individual number { $number } is not in use; numbers run from 002 to 899 (900–999 are temporary)
gen-hetu-temporary = the individual number { $number } marks a temporary identity code; add --temporary-hetu to accept it
gen-hetu-check = the check character does not match the digits; one of the characters is mistyped
gen-hetu-future = the birth date of this identity code is in the future

# --- src/text/register.rs: the register file ---------------------------------------------

gen-cannot-create = cannot create { $path }
gen-cannot-open = cannot open the register { $path }
gen-no-register = there is no register at { $path }; `moty refer` creates it, or pass --db PATH / set MOTY_DB
gen-not-a-register = { $path } is not a moty register; it was left untouched. Check --db or MOTY_DB
gen-newer-register = { $path } was written by a newer moty (schema { $version }; this moty knows up to { $latest }); it was left untouched. Update moty
gen-migration-broke-reference = updating the register's schema would leave row { $rowid } of { $table } pointing at a missing row of { $parent }, so nothing was changed; the register needs repair before this moty can use it (the moty that wrote it still can). Keep the file and report this
gen-no-wal = the register could not be switched to WAL journaling (it stayed in { $mode }); is it on a network filesystem?
gen-migrating = bringing the register from schema version { $from } to { $to }: a large register takes a while, let it finish

# --- src/text/mod.rs: refusals and look-ups ------------------------------------------------

gen-no-case = there is no case { $case }; `moty find` looks cases up by name, code or phone
gen-case-closed = case { $case } is closed; reopen it first
gen-name-differs-code = the identity code belongs to a registered client under another name than "{ $given }"; check the identity code, or add --rename to record "{ $given }" as the client's name
gen-name-differs-case = the case given to --client-of belongs to a registered client under another name than "{ $given }"; check the case id, or add --rename to record "{ $given }" as the client's name
gen-kela-screen-said-no = the second Kela screen at the joint assessment of case { $case } said no; book the Kela hour only with --override-screen REASON
gen-no-screen-to-override = the joint assessment's Kela screen did not say no; there is nothing to override
gen-override-screen-kela-only = --override-screen goes with booking a Kela hour (--kind kela)
gen-minor-refused = the client is under 18 on { $on } and the target group is adults; refer them to the services for children and young people, or pass --minor REASON to register them anyway
gen-minor-but-adult = the client is 18 or over on the referral date; --minor is only for a client under 18
gen-open-case-exists = the client already has an open case { $case }; add to that case, or pass --another-case to open a second one
gen-year-full = all 9,999,999 case numbers of { $year } are used
# $kind: a consent kind code; $how: oral, written or either; $allowed: the method codes.
gen-method-not-for = a { $kind } consent is given { $how ->
        [oral] orally
        [written] in writing
       *[either] in writing or orally
    }; allowed: { $allowed }
gen-consent-in-force = a { $method } { $kind } consent given on { $on } is already in force (consent { $id })
gen-no-consent-id = case { $case } has no consent { $id } in force
gen-no-consent-kind = case { $case } has no { $kind } consent in force
gen-no-consent = case { $case } has no consent in force
# $list: the consents in force, "id (kind code)", separated by commas.
gen-several-in-force = several consents are in force: { $list }; name one with --id
gen-withdrawn-before-given = a consent cannot be withdrawn before it was given ({ $given })
gen-sent-before-given = the form cannot have been sent before the consent was given ({ $given })
gen-kela-consent-needed = case { $case } has no Kela information-exchange consent in force; record it first: moty consent give { $case } --kind kela-exchange --method written

# --- src/text/mod.rs: the path of a case ---------------------------------------------------

# A step of the path, as what "cannot …" refuses (src/domain/path.rs, Step::name): in Finnish a
# first infinitive after "ei voi". $decision and $phase are codes.
gen-step-triage = triage as { $decision }
gen-step-advance = move to { $phase }
gen-step-close = close
gen-step-reopen = reopen
# $step: a gen-step- message; $from: a phase code; $allowed: phase codes and triage, close, reopen.
gen-step-refused = cannot { $step }: the case is { $from }; allowed next: { $allowed }
# $needs: written or any; $why: partial (only $in_force consent is in force), withdrawn or none;
# $in_force and $method: method codes (written, oral).
gen-consent-gate = cannot { $step }: it needs { $needs ->
        [written] written multi-professional consent (with the contact request)
       *[any] multi-professional consent (written, or oral recorded)
    }, and { $why ->
        [withdrawn] the client withdrew their consent
        [none] none is in force
       *[partial] only { $in_force } consent is in force
    }; record it with moty consent give { $case } --kind multi-professional --method { $method }
gen-before-phase = the case has been in its present phase since { $since }; a date before it is not possible
gen-before-closed = the case was closed on { $closed }; it cannot be reopened before that
# $belongs and $decision: decision codes.
gen-flag-not-for = this goes with --decision { $belongs }, not { $decision }

# --- src/text/register.rs: encryption --------------------------------------------------

gen-not-encrypted-build = this moty was built without encryption at rest; build it with --features encrypted, or unset the key
gen-rekey-needs-key = rekey changes the key of an encrypted register: give the present key (MOTY_DB_KEY or --key-file) and the new one in MOTY_DB_NEW_KEY
gen-wrong-key = { $path }: wrong key, or not a moty register; it was left untouched
gen-rekeyed = Changed the register's key. Keep the new key where the old one was kept.
gen-encrypted-yes = the register is encrypted (SQLCipher)
gen-encrypted-no-key = this build encrypts, but the register has no key: set MOTY_DB_KEY to encrypt new registers
gen-encryption-not-built = this build has no encryption at rest (build with --features encrypted)
gen-prompt-key = The register's key

# --- src/text/actor.rs ---------------------------------------------------------------------

actor-none = the operating system gives no login name for you, so moty cannot tell who is acting; name yourself with --as NAME or the MOTY_USER variable (or once: moty config set as NAME)

# --- src/text/platform.rs ------------------------------------------------------------------

platform-network-share-refused = { $path } is on a network share ({ $kind }); SQLite's write-ahead log needs every user of a register on one computer, so two people writing at once could corrupt it. Keep the register on a local disk, or use a shared server register (PostgreSQL) — see "The register file" in moty's book (docs/). --allow-network-share opens it anyway (unsafe)
platform-cloud-synced-warning = warning: { $path } is in a cloud-synced folder (OneDrive); the sync client may upload the register half-written and spread it beyond this computer. Keep the register in moty's default folder on the local disk
# $kind: a filesystem's name (nfs, cifs …) or a platform-…-kind message.
platform-network-share-allowed = { $kind } is a network filesystem, opened with --allow-network-share: SQLite's locking is not safe on it; keep the register on a local disk
platform-cloud-synced-folder = { $path } is in a cloud-synced folder (OneDrive); keep the register on the local disk
platform-unc-kind = network share { $share }
platform-remote-drive-kind = network drive { $letter }:
platform-local-drive-kind = local drive { $letter }:
platform-cannot-make-private = cannot make { $path } private to you (its access control list)

# --- src/text/files.rs ---------------------------------------------------------------------

files-out-is-register = { $path } is the register (or its -wal/-shm file); moty never writes an export or a copy over it, not even with --force — name another file
files-out-is-symlink = { $path } is a symbolic link; moty does not write through links — name the file itself
files-out-is-folder = { $path } is a folder; name a file
files-out-exists = { $path } exists; pass --force to replace it, or name a new file
files-recorded-not-placed = the disclosure log now records an export to { $path }, but the file could not be put in place and was removed; the row records an export attempt. Try again
# $names: the files' names, separated by commas.
files-leftovers = { $count ->
        [one] a temporary file
       *[other] temporary files
    } left by an interrupted export or backup: { $names }; nothing refers to them — delete them
files-no-leftovers = none

# --- src/text/dpo.rs -----------------------------------------------------------------------

dpo-no-retention = no retention period is set for closed cases; set one with `moty settings retention --closed-cases-years N`, or name the date with --closed-before
dpo-case-or-by = name a case (CASE) or a user (--by USER), not both
dpo-h-os-user = Login
dpo-h-day = Day
dpo-h-client = Client id
dpo-h-count = Count
dpo-anomaly-many = More distinct clients viewed in a day than the threshold ({ $threshold })
dpo-anomaly-outside = Views of clients outside the user's cases
dpo-anomaly-colleagues = Views of colleagues who are also clients
dpo-anomaly-none = None.
dpo-from-after-until = must not come after --until
dpo-threshold-range = must be a whole number from 1 to 100000
dpo-retention-years-range = must be a whole number of years from 0 (none set) to 100
# The disclosure log's "what" of a log export, recorded in the register. $log: access or
# disclosure; $format: csv or json.
dpo-log-export-what = { $log ->
        [access] access log export
       *[disclosure] disclosure log export
    } ({ $format })
dpo-retention-is = closed cases are kept { $years ->
        [one] { $years } year
       *[other] { $years } years
    } after closing; `moty purge --due --reason retention` erases those older.
dpo-retention-none = no retention period is set for closed cases.

# --- src/text/regions.rs -------------------------------------------------------------------

# A slot rule of every region, in the slot list.
regions-every-region = every region
regions-move-closed-case = case { $case } is closed; reopen it before moving it to another region
regions-already-in = case { $case } is already in region { $region }
regions-case-moved-from = Moved case { $case } from region { $from } to region { $to }; its booked meetings moved with it.
regions-case-moved = Moved case { $case } to region { $to }; its booked meetings moved with it.
regions-my-region = { $user }'s default region: { $region } (the triage queue, the calendar, the follow-ups due, the work list and the weekly export show it; --all-regions shows every region).
regions-no-region = { $user } has no default region: the lists show every region (moty settings my-region REGION sets one).
# The timeline line of a move between regions; $label: the event's label.
regions-changed-to = { $label }: to { $to }
regions-changed-from-to = { $label }: from { $from } to { $to }
# $line: one of the two above; $note: the note the coordinator typed.
regions-changed-note = { $line } — { $note }

# --- src/text/overview.rs: what `moty` alone prints ----------------------------------------

overview =
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
         moty plan CASE --key-worker NAME --pathway "service=CODE" --client-confirmed --complete
    6. Follow-up: the call after the pathway
         moty follow-up due
         moty follow-up CASE --reached yes --status on-path --knows-contact yes --next close
    7. Close: together at the follow-up (above), or for another reason
         moty close CASE --reason REASON

    At any step: moty find TEXT, moty show CASE (where it stands and what is next),
    moty list, moty report queue (the work list). To try it all on fictitious clients: moty demo

    `moty --help` lists every command; `moty help COMMAND` explains one, with examples.




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
value-pathway-declined = declined by the client
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
label-demo-built = Built a demo register of { $clients ->
        [one] { $clients } fictitious client
       *[other] { $clients } fictitious clients
    } at { $path }.
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
protect-contact-request-missing = cannot { $step }: the Moty track starts on the client's written consent and their contact request (yhteydenottopyyntö), and none is recorded; record it with moty consent give { $case } --kind contact-request --method written
protect-contact-request-withdrawn = cannot { $step }: the Moty track starts on the client's written consent and their contact request (yhteydenottopyyntö), and the client withdrew it; record it with moty consent give { $case } --kind contact-request --method written
protect-legal-basis-shape = '{ $value }' is not a legal basis; use consent, social-welfare-act-41, health-care-act-32 or other:TEXT naming another
protect-legal-basis-name-it = name the other legal basis after a colon, e.g. other:Act on the Status and Rights of Patients 13 §
protect-basis-other = other: { $named }
protect-what-description = anonymous description for the Yhteistyö-tiimi
protect-what-calendar = calendar (iCalendar)
protect-what-backup = backup of the register
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

## Scheduling (src/text/schedule.rs)

sched-no-slots = no slots are set
# $weekday: the weekday's name; $start: the time of day, already formatted.
sched-slot = { $weekday } { $start }
# $parity: even or odd (the weeks the slot is held in).
sched-slot-alternate = { $weekday } { $start } in { $parity ->
        [even] even
       *[odd] odd
    } weeks
sched-weekend = { $date } is a { $weekday }
sched-public-holiday = { $date } is { $name }, a public holiday
sched-team-closed = the team is closed on { $date } ({ $reason })
sched-holiday-new-year = New Year's Day
sched-holiday-epiphany = Epiphany
sched-holiday-good-friday = Good Friday
sched-holiday-easter-sunday = Easter Sunday
sched-holiday-easter-monday = Easter Monday
sched-holiday-may-day = May Day
sched-holiday-ascension = Ascension Day
sched-holiday-midsummer-eve = Midsummer Eve
sched-holiday-midsummer-day = Midsummer Day
sched-holiday-all-saints = All Saints' Day
sched-holiday-independence = Independence Day
sched-holiday-christmas-eve = Christmas Eve
sched-holiday-christmas-day = Christmas Day
sched-holiday-boxing-day = Boxing Day
# $kind: the kind of meeting in words; $at: the time asked for; $slots: the kind's slots in words.
sched-no-slot-at = there is no { $kind } slot at { $at }; the slots are: { $slots }
sched-minutes-range = a meeting lasts from 15 to 480 minutes
# $phase: the case's phase code; $allowed: the phase codes the kind can be booked in.
sched-wrong-phase = a { $kind } cannot be booked for a case in { $phase }; it can be booked in: { $allowed }
sched-assessment-first = the joint assessment must be held before a { $kind }; mark it held with moty schedule held MEETING
sched-team-request-first = case { $case } has no approved Yhteistyö-tiimi request; record it with moty schedule request { $case } --approved-by NAME
sched-units-waiting = these units have not named their worker yet: { $units }; record each answer with moty schedule answer
sched-already-booked = the case already has this kind of meeting booked at { $at } (meeting { $id }); move or cancel it instead
sched-clash = the case has a { $kind } at { $at } (meeting { $id }) at the same time
sched-in-the-past = { $at } is in the past
sched-slot-full = the slot at { $at } is full ({ $capacity } of { $capacity } places taken)
sched-no-free-slot = no free { $kind } slot in the next 400 days; add slots with moty schedule slots add
sched-no-meeting = there is no meeting { $id }; moty schedule list shows the meetings
# $status: the meeting's status code: booked, held, no-show, cancelled.
sched-meeting-not-booked = meeting { $id } is { $status }, not booked; only a booked meeting can be held, missed, cancelled or moved
sched-not-happened = the meeting at { $at } has not happened yet
sched-kela-form-not-sent = the Kela information-exchange form of case { $case } was not sent before the consultation; record it with moty consent send-kela { $case } --on DATE
# $segment: the Suuntima segment's code.
sched-network-not-for = a network meeting follows the Kela hour for verkosto and yhteistyo clients; this client's segment is { $segment }
sched-network-not-for-unrecorded = a network meeting follows the Kela hour for verkosto and yhteistyo clients; this client's segment is not recorded
sched-meeting-consent-needed = the client's oral consent to discuss their matters in this meeting must be recorded at the start; pass --meeting-consent once it is
sched-attendance-needed = at least client and referring-worker attend; e.g. --attended client,referring-worker,nurse
# The scope of the meeting consent recorded when a meeting is held; kept in the register.
sched-meeting-scope = meeting { $id }
sched-network-no-slots = network meetings have no fixed slots; book them at any working-day time with --at
sched-slot-exists = that kind of meeting already has a slot at that weekday and time
sched-no-rule = there is no slot rule { $id }; moty schedule slots list shows them
sched-request-exists = case { $case } already has a Yhteistyö-tiimi request; record the units' answers with moty schedule answer
sched-no-units = case { $case } has no requested units from triage (--decision collaboration-team --unit UNIT)
sched-unit-not-requested = '{ $unit }' was not requested; the requested units are: { $units }
sched-no-kela-consent = no Kela consent in force
sched-form-sent = form sent { $on }
sched-form-late = form sent late { $on } (due { $due })
sched-form-not-sent = FORM NOT SENT (due { $due })
sched-not-a-week = '{ $value }' is not an ISO week; write e.g. 2026-W49
sched-to-before-from = the last day is before the first
sched-close-needs-multi = --close goes with withdrawing the multi-professional consent (--kind multi-professional)
sched-no-dry-run-for-network = a network meeting has no slots to list; book it at the time you pick with --at
# Why booked meetings were cancelled when their case was closed; kept in the register.
sched-cancelled-by-close = the case was closed
# $first, $last: times of day, already formatted.
sched-outside-hours = a network meeting starts and ends between { $first } and { $last } on a working day

## Anonymous consultations (src/text/consult.rs)

consult-prompt-channel = How did the professional consult
consult-prompt-unit = The professional's unit (code or name)
consult-prompt-topic = What was asked (the situation; no name, identity code or phone number)
consult-prompt-advice = The advice given
consult-prompt-referral-expected = Is a referral expected
consult-h-no = No.
consult-h-at = When
consult-h-channel = Channel
consult-h-unit = Unit
consult-h-topic = Topic
consult-h-advice = Advice
consult-h-referral = Referral expected
consult-h-case = Led to case
consult-h-figure = Figure
consult-h-key = Key
consult-h-count = Count
consult-figure-all = consultations in all
consult-figure-per-week = per week
consult-figure-per-unit = per source unit
consult-figure-per-channel = per channel
consult-figure-referral-expected = referral expected
consult-figure-linked = led to a case
consult-key-linked = linked to the case it led to
consult-key-not-linked = not linked to a case
consult-identifier-identity-code = an identity code
consult-identifier-phone = a phone number
consult-identifier-email = an e-mail address
# Two of the above (or a pair already joined, and one more).
consult-identifier-and = { $first } and { $second }
# $what: what was found, e.g. "an identity code and a phone number".
consult-identifies = holds { $what }; a consultation records no client identity. Describe the situation without it; the client is named only when a referral opens a case (moty refer)
consult-in-future = { $at } is later than now; a consultation is recorded once it has taken place
consult-number = '{ $value }' is not a consultation number; moty consult list shows them (e.g. 3)
consult-unknown = there is no consultation { $id }; moty consult list shows them and their numbers
consult-already-linked = consultation { $id } was already linked to case { $case } on { $on }; a consultation is linked to one case, once
consult-after-case = consultation { $id } ({ $at }) is later than the referral of case { $case } ({ $opened }); a consultation is linked to the case it led to
consult-case-purged = case { $case } was purged; nothing more is linked to it
consult-edited = consultation { $id } no longer matches its hash: a consultation was edited, removed or reordered outside moty
# $channel: the channel in words; $unit: the professional's unit.
consult-words = { $at } by { $channel } from { $unit }
# $words: consult-words; $expected: yes, no or maybe in words.
consult-recorded =
    Recorded consultation { $id }: { $words }; referral expected: { $expected }.
    If it leads to a referral: moty consult link { $id } CASE, or moty refer … --consultation { $id }
consult-linked = Linked consultation { $id } ({ $words }) to case { $case }; the case's timeline records it.
consult-none = No consultations from { $from } to { $to }.
consult-title = Consultations { $from } – { $to } (anonymous)
# The timeline's line; $label: the entry's label; $number: the consultation's number.
consult-linked-summary = { $label }: no. { $number } of { $at } by { $channel } from { $unit }; referral expected: { $expected }

## The client's feedback (src/text/feedback.rs)

# $kind: the kind of meeting in words; $at: its time.
feedback-meeting-named = meeting { $id } ({ $kind } { $at })
feedback-none-held = none is held yet
feedback-no-held-meeting = case { $case } has no held meeting; feedback is given on a held meeting (joint assessment, Kela hour, network meeting or Yhteistyöaika), marked held with moty schedule held MEETING
# $status: the meeting's status code; $held: the case's held meetings, or feedback-none-held.
feedback-meeting-not-held = meeting { $id } { $status ->
        [booked] is booked and not yet held
        [no-show] was not held: the client did not come
        [cancelled] was cancelled
       *[other] is held
    }; feedback is given on a held meeting. Held meetings of case { $case }: { $held }
feedback-meeting-of-another-case = meeting { $id } is not a meeting of case { $case }; its held meetings: { $held }
feedback-no-meeting-of-case = there is no meeting { $id }; held meetings of case { $case }: { $held }
# $meeting: feedback-meeting-named.
feedback-exists = the client's feedback on { $meeting } of case { $case } is already recorded (given on { $given }); there is one feedback per meeting, and corrections are made with moty correct (--meeting ID chooses another held meeting)
feedback-case-purged = case { $case } was purged; nothing more is recorded about it
feedback-before-meeting = the feedback comes after the meeting: { $meeting } was held on { $held }, so a date before it is not possible
feedback-usefulness-range = '{ $value }' is not a usefulness score; give a whole number from 1 to 10
feedback-answer-shape = '{ $value }' is not CODE=VALUE; e.g. --answer mattered-to-me=fully-agree
feedback-unknown-statement = '{ $code }' is not a statement of the catalogue's current version ({ $version }); use one of: { $codes } (moty settings statements lists them)
feedback-answered-twice = statement { $code } is answered twice
feedback-empty = nothing to record; give at least one of --usefulness, --answer CODE=VALUE or --text
# Shown to the coordinator before the questions; $language: the client's language code (fi, sv, en).
feedback-heading = The client's feedback on { $meeting }, case { $case }. Read each question to the client in { $language ->
        [fi] Finnish
        [sv] Swedish
       *[en] English
    }.
feedback-scale-skip = skip (no answer)
# $question: doc-feedback-usefulness-question in the client's language.
feedback-usefulness-prompt = { $question } (usefulness 1–10; empty: skip)
# $question: doc-feedback-text-question in the client's language.
feedback-text-prompt = { $question } (the client's words; empty: none)
feedback-part-usefulness = usefulness { $score }/10
feedback-part-answered = { $count ->
        [one] { $count } statement answered
       *[other] { $count } statements answered
    } (version { $version })
feedback-part-words = the client's words
# $parts: what was given, e.g. "usefulness 9/10, 4 statements answered (version 1)".
feedback-recorded = Recorded the client's feedback on { $meeting } for case { $case }, given on { $given }: { $parts }.
feedback-section = Client feedback
feedback-line = Feedback { $given } on { $kind } { $at }: usefulness { $score }/10
feedback-line-no-score = Feedback { $given } on { $kind } { $at }: usefulness not given
# $line: feedback-line or feedback-line-no-score.
feedback-line-version = { $line } (statements of version { $version })
feedback-client-words = In the client's words: { $text }
# The timeline's line; $label: the entry's label.
feedback-summary = { $label }: { $kind } { $at }
feedback-summary-answered = { $count ->
        [one] { $count } statement answered
       *[other] { $count } statements answered
    }
feedback-h-statement-fi = Finnish
feedback-h-statement-sv = Swedish
feedback-h-statement-en = English
feedback-statements-heading = Statements, version { $version } (made { $at } by { $by })
feedback-statements-heading-shipped = Statements, version { $version } (as moty ships them)
feedback-statements-made = Made version { $version } of the statements ({ $count ->
        [one] { $count } statement
       *[other] { $count } statements
    }); feedback recorded from now on answers it, and older answers keep the wording of their version.
feedback-no-statement-version = there is no statement version { $version }; the versions are 1 to { $latest }
feedback-statements-unchanged = the file is the same as the current version ({ $latest }); no new version was made
feedback-statement-code-shape = code: '{ $code }' is not a statement code; use lower-case letters, digits and hyphens, beginning with a letter, at most 40 characters, e.g. know-what-next
feedback-statement-twice = code: { $code } is already on line { $line }
feedback-statements-none = the file has no statements; a version needs at least one
feedback-too-many-statements = a version has at most { $max } statements

## Read to the client, in the client's language (also in i18n/sv/moty.ftl)

doc-feedback-fully-agree = fully agree
doc-feedback-partly-agree = partly agree
doc-feedback-cant-say = can't say
doc-feedback-partly-disagree = partly disagree
doc-feedback-fully-disagree = fully disagree
doc-feedback-usefulness-question = How useful was the visit to you, on a scale from 1 to 10?
doc-feedback-text-question = Is there anything else you would like to say about the visit?

## Corrections (src/text/correct.rs)

correct-fact-segment = a held joint assessment's Suuntima segment
correct-fact-source = the referral's source
correct-fact-channel = the referral's channel
correct-fact-follow-up-status = what the follow-up call found
correct-fact-knows-contact = knows the pathway and whom to contact: yes, no, none
correct-fact-usefulness-at-follow-up = usefulness given at the follow-up call: 1–10, none
correct-fact-reached = the client was reached at the follow-up call: yes, no
correct-fact-usefulness = usefulness in the feedback on a meeting: 1–10, none
correct-fact-answer = the feedback's answer to statement CODE: five-point, none
correct-fact-appointments-saved = the pair's estimate, appointments saved: 0–100, none
correct-fact-time-saved = the pair's estimate, time saved
correct-fact-saved-service = appointments saved at SERVICE: 0–100 (0 removes it)
correct-facts-heading = Facts:
correct-facts-which =
    Which row: --meeting ID for a segment, feedback or estimate (default: the latest);
    --follow-up N for the Nth follow-up or the estimate entered at it (default: the latest).
    The row changes, so every figure uses the corrected value; the timeline keeps the
    original entry and shows the correction with both values and the reason.
# A fact without a value.
correct-value-none = none
correct-fact-code-shape = '{ $fact }:{ $code }' needs a code after the colon (lower-case letters, digits and hyphens); the facts are: { $facts }
correct-fact-number = '{ $value }' is not allowed; use a whole number { $min }–{ $max }
correct-fact-number-or-none = '{ $value }' is not allowed; use a whole number { $min }–{ $max } or none
correct-flag-not-for-fact = { $flag } does not go with { $fact }
correct-meeting-or-follow-up = give either --meeting (an estimate for a reception) or --follow-up (one entered at a follow-up call), not both
correct-segment-not-at = meeting { $id } is a { $kind }; the segment is recorded at a joint assessment
# $status: the meeting's status code (booked, no-show, cancelled).
correct-no-segment-yet = meeting { $id } { $status ->
        [no-show] was not held (the client did not come)
        [cancelled] is cancelled, not held
       *[other] is booked, not held
    }, so it has no segment to correct yet (moty schedule held { $id } records it)
correct-no-assessment-held = case { $case } has no held joint assessment, so no segment to correct yet
correct-no-referral = case { $case } has no referral recorded
correct-no-follow-up-yet = case { $case } has no follow-up yet, so no follow-up answer to correct
correct-no-such-follow-up = case { $case } has no follow-up { $n }; it has { $count }
correct-no-feedback-meeting = no feedback is recorded for meeting { $meeting } of case { $case }
correct-no-feedback = no feedback is recorded for case { $case }
correct-no-estimate-meeting = no estimate is recorded for meeting { $meeting } of case { $case }
correct-no-estimate-follow-up = no estimate was entered at follow-up { $n } of case { $case }
correct-no-estimate = no estimate is recorded for case { $case }
correct-no-statements-answered = the feedback on meeting { $meeting } answered no statements, so which version's statement is meant is unknown
correct-unknown-statement = '{ $code }' is not a statement of version { $version } (the one this feedback answered); use one of: { $codes }
correct-saved-over-total = the saved services would add up to { $saved }, more than the { $all } appointments saved in all; correct appointments-saved first
correct-unreached-keeps-status = a follow-up where the client was not reached has the status unreachable (correct reached to yes first, or the status to unreachable first)
correct-unreached-no-answers = a client who was not reached gave no answers: correct knows-contact and usefulness-at-follow-up to none first
correct-same-value = is already { $value }; nothing to correct
# Where a corrected fact belongs, joined by ", " in correct-summary-at.
correct-at-meeting = meeting { $id }
correct-at-follow-up = follow-up { $n }
correct-at-follow-up-on = follow-up { $n } ({ $on })
correct-corrected = Corrected { $fact } of case { $case }: { $from } → { $to }. The timeline keeps the original.
# The timeline's line; $label: the entry's label; $from, $to: the values.
correct-summary = { $label }: { $fact } was { $from }, now { $to }
correct-summary-at = { $label }: { $fact } of { $at } was { $from }, now { $to }
# $line: correct-summary or correct-summary-at; $reason: the reason typed.
correct-summary-reason = { $line } — because: { $reason }
correct-follow-up-from-one = follow-ups are numbered from 1 (the case's first)




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
outcomes-figure = { $figure ->
        [funnel] cases along the path
        [referral_sources] referral sources
        [segments] Suuntima segments
        [onward_services] onward services
        [onward_per_client] onward services per client
        [usefulness] usefulness to the client, 1–10
        [usefulness_scores] usefulness scores
        [appointments_saved_per_reception] appointments saved per reception
        [saved_services_receptions] receptions that saved a service's visits
        [saved_services_appointments] visits saved per service
        [time_saved] time saved
        [estimates_entered_at_follow_up] estimates entered at follow-up
        [survey_added_value] professionals: added value, 1–5
        [survey_kela_benefit] professionals: Kela consultation's benefit, 1–5
        [usefulness_at_follow_up] usefulness at follow-up, 1–10
        [follow_up_status] status at follow-up
        [knows_pathway_and_contact] knows the pathway and whom to contact
        [network_meetings_with_kela] network meetings, Kela consulted
        [network_meetings_without_kela] network meetings, Kela not consulted
        [network_meetings_difference] network meetings, difference
        [kela_hours] Kela hours
        [days_between_phases] days between phases
       *[other] {""}
    }
outcomes-figure-statement = statement { $code } (version { $version })
outcomes-figure-key = { $key ->
        [mean] mean
        [count] count
        [yes] yes
        [percent] difference, %
        [clients_per_hour] clients per hour
        [all] all
       *[other] { $key }
    }
outcomes-interval-statistic = { $interval }, { $statistic ->
        [median] median
        [p90] 90th percentile
       *[other] { $statistic }
    }
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
outcomes-man-name = NAME
outcomes-man-synopsis = SYNOPSIS
outcomes-man-description = DESCRIPTION
outcomes-man-options = OPTIONS
outcomes-man-subcommands = SUBCOMMANDS
outcomes-man-version = VERSION
outcomes-no-such-command = there is no command 'moty { $command }'; one of: { $known }
outcomes-cannot-read-config = cannot read the configuration file { $path }
outcomes-config-invalid = the configuration file { $path } is not valid: { $why }
outcomes-config-key = '{ $key }' is not a setting of the configuration file; one of: { $keys }
outcomes-config-file-is = Configuration file: { $path }
outcomes-not-set = (not set)

## The Kela hour's conclusions (src/text/kela.rs)

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

## ==== demo data ====
# The free text stored in the demo register (moty demo): fictitious referrals, triage notes and
# plans. The unit names must be names the unit catalogue knows (migration 5) in this language.
demo-data-reason-overlapping = Several overlapping needs: health, livelihood and housing; the client asks for help to see what to apply for.
demo-data-reason-missed = Repeated missed appointments and frequent calls; the worker is concerned about coping at home.
demo-data-reason-sick-leave = Long sick leave ending; work ability, finances and rehabilitation need to be looked at together.
demo-data-reason-family = Family situation strained; parent's health and the family's finances need several services at once.
demo-data-other-sign = housing may end soon
# The progress bar's label while `moty demo` builds its register.
demo-building = building
demo-data-referrer-unit = Adult social work
demo-data-single-issue = advised on applying for housing allowance
demo-data-declined = needs one service only
demo-data-redirected = electronic social-welfare notification
demo-data-unit-adult-social-work = adult social work
demo-data-unit-adult-clinic = adult clinic
demo-data-key-unit-social-work = Adult social work
demo-data-key-unit-health-centre = Health centre
demo-data-key-unit-employment = Employment and inclusion services
demo-data-doctor-purpose = B-statement for Kela
demo-data-goals = Services that fit together; a named contact



## ==== render: src/text/render.rs (tables' cells in words; dates through text::format) ====

render-consent-withdrawn = withdrawn
render-consent-none = none
render-check-status = { $status ->
        [ok] ok
        [warn] warn
       *[fail] fail
    }
render-candidate = { $at } ({ $minutes } min)
render-report-column = { $column }
render-check = { $key ->
        [integrity] integrity
        [foreign-keys] foreign keys
        [journal] journal
        [server] server
        [schema] schema
        [append-only] append-only
        [audit-chain] audit chain
        [permissions] permissions
        [folder] folder
        [catalogues] catalogues
        [filesystem] filesystem
        [cloud-sync] cloud sync
        [temporary-files] temporary files
        [unit-names] unit names
        [service-areas] service areas
        [municipalities] municipalities
        [encryption] encryption
       *[other] { $check }
    }
## ==== services ====
# The onward services' own names in Finnish, Swedish and English (migration 6).
# $flag: --fi, --sv or --en, the first language the command gave no name in.
services-name-missing = a new service needs a name in each language: give --fi, --sv and --en (or --name for the ones not given); { $flag } is missing
services-added = Added the service { $code }.
services-renamed = Renamed the service { $code }.

## ==== server: a register on a PostgreSQL server ====
server-no-file = this works on a register file; this register is on a PostgreSQL server, where the server's own tools do it (the deployment guide says which)
server-cannot-connect = cannot connect to the register on { $url }
server-not-a-register = { $url } holds no moty register; its owner creates one with `moty admin init`
server-newer-register = the register on { $url } is of schema version { $version }, newer than this moty knows ({ $latest }): update moty
server-older-register = the register on { $url } is of schema version { $version } and this moty needs { $latest }: its owner runs `moty admin migrate` (a coordinator's command never changes a server's schema)
server-clock = a register on a server takes its time from the server, which MOTY_NOW cannot move (unset it)
server-actor = on a server the person signed in acts: you are signed in as { $login }, not { $named } (leave out --as, or sign in as { $named })
server-migration-failed = migrating the register on the server to schema version { $version } failed; nothing of it was kept
server-migration-unrecorded = the files of schema version { $version } left the register recording version { $recorded }: this moty is broken (report it to its maintainers)
server-roles-failed = making moty's roles and their grants on the server failed (admin init needs a superuser, or a role with CREATEROLE that owns the database)
server-user-failed = making or granting the login { $login } failed (it needs a role with CREATEROLE)
server-admin-needs-server = moty admin works on a register on a PostgreSQL server: give its URL with --db or MOTY_DB (postgresql://…)
server-admin-created = Created the register on { $url } (schema version { $version }) with the roles moty_owner, moty_coordinator, moty_lead and moty_auditor. Next: moty admin user add LOGIN for each person.
server-admin-already = The register on { $url } is there already (schema version { $version }); its roles and grants were renewed.
server-admin-migrated = Migrated the register from schema version { $from } to { $to }.
server-admin-up-to-date = The register is up to date (schema version { $version }).
server-admin-user-added = { $created ->
    [yes] Made the login { $login } and granted it { $role }.
   *[other] Granted { $role } to the login { $login }.
}
server-admin-team-needed = a coordinator works in a team and sees its cases: name it (--team TEAM)
server-admin-region-needed = a regional lead reads the cases of a region: name it (--region REGION)
server-admin-user-team = { $login } sees the cases of the team { $team }.
server-admin-user-region = { $login } reads the cases of the region { $region }.
server-no-team = { $login } is in no team, so a case opened now would be nobody's: the register's owner places you (moty admin user add { $login } --team TEAM)
server-elsewhere-open = The person is a client of the register with an open case in another team ({ $team }){ $known ->
    [no] .
   *[other] , region { $region }.
}
server-elsewhere-call = Call them: { $contact }
server-elsewhere-no-contact = Their region has no contact card (moty contact set).
server-elsewhere-closed = The person is a client of the register, with no open case in another team.
server-elsewhere-open-refused = { $name } already has an open case with another team ({ $team }); agree with them who goes on (call: { $contact }), or open a second case with --another-case
server-rows-of = { $rows } of { $of }
server-verified-partly = On this server you see your team's rows: each of them was checked against the row before it, whoever's it is, and the heads against the whole chains. The data protection officer (moty_auditor) checks every row.
server-encryption = on the server: its disks' encryption and TLS to it are the area's IT's (the deployment guide)
server-login-needs-server = moty login signs in to a register on a PostgreSQL server: give its URL with --db or MOTY_DB (postgresql://LOGIN@HOST/DATABASE); a register file needs no signing in
server-login-password-in-url = the URL carries a password, readable by anyone who sees the command line, the environment or the file: name the register without it (postgresql://LOGIN@HOST/DATABASE) and moty login asks for the password
server-login-no-user = the URL names no login: postgresql://LOGIN@HOST/DATABASE
server-login-prompt = Password for { $account }
server-no-password-kept = the server asks for the password of { $account } and none is kept: run moty login (it keeps the password in the operating system's credential store)
server-login-empty = no password given
server-login-rejected = the server did not accept the password for { $account }; nothing was stored
server-login-no-store = the operating system's credential store cannot keep the password ({ $reason }); nothing was stored
server-logged-in = Signed in: the password for { $account } is kept in the operating system's credential store ({ $store }). moty uses it whenever the register's URL carries no password.
server-logged-out = { $removed ->
    [yes] Removed the password for { $account } from the credential store.
   *[other] No password was kept for { $account }.
}
server-doctor-password-in-url = a password is written in the register's URL (--db, MOTY_DB or the configuration file), readable in plain text: remove it there and run moty login
server-doctor-no-password-in-url = no password in the register's URL
server-certificate-unusable = the file { $path } of the configuration's [server] section cannot be used: { $reason }
server-config-db-and-server = the configuration file names both a register file (db) and a server ([server] url): keep one

## ---- server: admin import-sqlite (a team's file brought to the server) ----
server-import-not-owner = { $login } is not a member of moty_owner: only the register's owner (the area's IT) brings a team's file to the server
server-import-file-older = the file { $path } is of schema version { $version } and the server's register of { $latest }: run any command on the file with this moty first (for example `moty --db { $path } list`, which migrates it and keeps a copy of it as it was), then import it
server-import-chain-broken = the { $log } chain of the file does not verify (at row { $row }): nothing was imported; `moty audit verify` on the file shows where
server-import-collisions = { $count ->
    [one] the case { $ids } is on the server already: nothing was imported
   *[other] the cases { $ids } are on the server already: nothing was imported
}
server-import-done = Imported { $path } (register { $register }) for the team { $team }.
server-import-h-what = What
server-import-h-rows = Rows
server-import-row-cases = cases
server-import-row-clients-new = clients, new
server-import-row-clients-merged = clients already on the server (the same identity code)
server-import-row-log = log { $log }
server-import-row-catalogue = { $table }
server-import-catalogue-counts = { $merged } the same, { $added } added
server-import-differences = { $count ->
    [one] One difference (the server's value was kept):
   *[other] { $count } differences (the server's values were kept):
}
server-import-difference = { $what } { $key }, { $field }: the file has “{ $file }”, the server “{ $server }”

## moty import referrals: a team's referral sheet (src/domain/sheet.rs, src/ops/import.rs)
sheet-empty = the file is empty: its first line must name the columns (see moty import referrals --help)
sheet-not-csv = this line cannot be read as CSV: { $error }
sheet-not-utf8 = not UTF-8 text: save the sheet as "CSV UTF-8"
sheet-no-rows = the file has its header line but no referrals
sheet-twice = this column is in the header twice
sheet-unknown-column = not a column moty reads; the columns are: { $known }
sheet-missing-column = this required column is missing from the header
sheet-required = required, but empty
sheet-yes-no = '{ $value }' is not yes or no: write kyllä or ei (yes or no), or leave the cell empty
sheet-temporary = the individual number { $number } marks a temporary identity code; write kyllä (yes) in the column "väliaikainen tunnus" (temporary code) to accept it
sheet-not-a-year = '{ $value }' is not a year
sheet-year-differs = the identity code gives another birth year; leave this cell empty or correct one of them
sheet-other-sign = the column "muu merkki" (other sign) describes the sign "other": give both, or neither
sheet-duplicate-hetu = the same identity code as on line { $line }: one referral per client in a file
sheet-problems = { $count ->
    [one] one problem, nothing was imported:
   *[other] { $count } problems, nothing was imported:
}
sheet-problem = line { $line }, column "{ $column }": { $message }
sheet-problem-line = line { $line }: { $message }
sheet-more = … and { $count } more
sheet-imported = Imported { $referrals ->
    [one] one referral
   *[other] { $referrals } referrals
} from { $file }: { $new ->
    [one] one new client
   *[other] { $new } new clients
}, { $existing } existing.
sheet-checked = Checked { $referrals ->
    [one] one referral
   *[other] { $referrals } referrals
} in { $file }: { $new ->
    [one] one new client
   *[other] { $new } new clients
}, { $existing } existing. Nothing was written (--dry-run).
sheet-cases = Cases { $first } to { $last }.
sheet-case = Case { $case }.
sheet-checking = checking
sheet-importing = importing
sheet-partial = lines { $first } to { $last } were imported (cases up to { $case }) before line { $next } was refused: take those lines out of the file before running it again; the later lines were not imported

## moty export fhir

export-nothing-between = no case was open between { $from } and { $until }
export-nothing-until = no case was open on or before { $until }
export-only-withdrawn = { $cases ->
        [one] the one case to export has its consent withdrawn
       *[other] all { $cases } cases to export have their consent withdrawn
    }: it leaves every export unless --include-withdrawn names a reason
export-no-client = no client has this identity code
export-withdrawn-reason = --include-withdrawn needs --reason: why the data of a client who withdrew their consent leaves the register
export-fhir-what = FHIR export ({ $kind })
export-fhir-what-withdrawn = FHIR export ({ $kind }), withdrawn consents included: { $reason }
export-fhir-written = { $cases ->
        [one] { $cases } case
       *[other] { $cases } cases
    } of { $clients ->
        [one] { $clients } client
       *[other] { $clients } clients
    } written to { $path }; the export is recorded in the disclosure log.
export-fhir-withdrawn-left-out = { $cases ->
        [one] { $cases } case was
       *[other] { $cases } cases were
    } left out: consent withdrawn (--include-withdrawn and --reason export them).
export-fhir-request-referral = referral to multi-professional work
export-fhir-request-pathway = onward pathway of the plan
export-reason-alone = --reason is the reason for --include-withdrawn, which was not given
export-fhir-q-follow-up = Follow-up call
export-fhir-q-reception-feedback = The client's feedback on the meeting
export-fhir-q-reached = Was the client reached?
export-fhir-q-status = Has the client reached the services recommended?
export-fhir-q-knows-contact = Does the client know how the pathway goes on and whom to contact?
export-fhir-q-usefulness = The client's view of how useful it was (1–10)
export-fhir-q-appointments-saved = Appointments saved (estimate)
export-fhir-q-saved-services = Services whose appointments were saved
export-fhir-q-time-saved = Time saved (estimate)
export-fhir-q-note = Note
export-fhir-q-next-step = What next
export-fhir-q-next-on = Next follow-up
export-fhir-q-feedback-text = The client's feedback in their own words
export-canonical-base-shape = '{ $value }' is not a canonical base: give an http:// or https:// URL with a host, no spaces, no ? or #, and no / at the end (e.g. https://fhir.example.fi/moty)
export-fhir-base-set = FHIR exports' canonical base: { $url }
export-fhir-base-default = FHIR exports' canonical base: { $url } (the default: no area has set its own; moty settings fhir-base URL sets it)
export-oid-shape = '{ $value }' is not an OID: give numbers separated by full stops, the first 0, 1 or 2, none starting with 0 unless it is 0 (e.g. 1.2.246.10.1234567.10.0)
export-area-name = Wellbeing area: { $name }
export-area-oid = OID in the SOTE organisation register: { $oid }
export-area-unset = (not set)
export-area-none = The FHIR export names no wellbeing area until it is set: moty settings wellbeing-area --name NAME --oid OID
export-fhir-q-estimate = The coordinators' estimate of what was saved
export-fhir-q-service = Service
export-fhir-q-count = Appointments
export-fhir-q-at-follow-up = Estimated at the follow-up call
export-fhir-q-how = How it was estimated
export-fhir-q-professional-survey = The professionals' survey after the meeting
export-fhir-q-role = The professional's role
export-fhir-q-added-value = Added value of the joint work (1–5)
export-fhir-q-kela-benefit = Benefit of Kela's participation (1–5)
export-fhir-q-survey-text = Comments
export-fhir-q-kela-conclusions = What the Kela consultation concluded
export-fhir-q-conclusion = Conclusion
export-fhir-q-kind = Kind
export-fhir-q-statement = Statement needed
export-fhir-q-conclusion-text = In words
export-fhir-q-responsible = Who takes it forward
export-fhir-q-due = By
