//! The examples under `--help` (clap's `after_long_help`) of the directory, the reports, the
//! logs, the register's upkeep (doctor, rekey, backup, restore, purge), closing and reopening,
//! regions, the settings, the contact card, the client's details, the configuration file,
//! completions and manual pages. Every command line here parses (tests/cli/help_b.rs) and was run
//! against a demo register (`moty demo`); the case ids are the demo's.

// --- moty directory ------------------------------------------------------------------------

pub const DIRECTORY: &str = "\
Examples:
  # Bring in the team's spreadsheet, saved as CSV
  moty directory import directory.csv
  # Who takes memory concerns?
  moty directory find muisti
  # Mark entry 3 as the lead of her team
  moty directory edit 3 --team-lead yes";

pub const DIRECTORY_ADD: &str = "\
Examples:
  # Add a physiotherapist (the name, role and unit are needed)
  moty directory add --name \"Noora Huhtala\" --role physiotherapist --unit Rehabilitation
  # With a phone number
  moty directory add --name \"Olli Ranta\" --role doctor --unit Reception --phone \"040 555 0302\"
  # Then say when to refer there (the number add printed)
  moty directory edit 8 --when-to-refer \"B-lausunto (B-statement) for Kela\"";

pub const DIRECTORY_EDIT: &str = "\
Examples:
  # Entry 3 now leads her team
  moty directory edit 3 --team-lead yes
  # A new phone number and when to refer there
  moty directory edit 7 --phone \"040 555 0317\" --when-to-refer \"Kela rehabilitation\"";

pub const DIRECTORY_LIST: &str = "\
Examples:
  # Everyone, by unit
  moty directory list
  # The same for a script
  moty --json directory list";

pub const DIRECTORY_FIND: &str = "\
Examples:
  # Who writes a B-statement for Kela?
  moty directory find b-lausunto
  # Entries that mention both Kela and the south area
  moty directory find kela south";

pub const DIRECTORY_IMPORT: &str = "\
Examples:
  # Import the spreadsheet saved as CSV (UTF-8, comma-separated, with the header line)
  moty directory import directory.csv";

// --- moty report ---------------------------------------------------------------------------

pub const REPORT: &str = "\
Examples:
  # Next week's export for the collaboration team, as a spreadsheet
  moty report weekly --to-whom \"Yhteistyö-tiimi, south\" --format xlsx --out team-2026-W50.xlsx
  # The year's outcome figures
  moty report outcomes
  # What to do today
  moty report queue";

pub const REPORT_WEEKLY: &str = "\
Examples:
  # Next week's export for the south team, as Markdown for mail or Teams
  moty report weekly --to-whom \"Yhteistyö-tiimi, south\" --region south --format md
  # Week 50 as a spreadsheet file
  moty report weekly --week 2026-W50 --to-whom \"Yhteistyö-tiimi\" --format xlsx --out w50.xlsx
  # The CSV Finnish Excel opens, every region, from a scheduled task
  moty report weekly --to-whom \"Yhteistyö-tiimi\" --all-regions --format csv --excel --out team.csv";

pub const REPORT_OUTCOMES: &str = "\
Examples:
  # The figures of the cases referred in the past year
  moty report outcomes
  # One quarter, broken down by service area
  moty report outcomes --from 2026-07-01 --until 2026-09-30 --by area
  # A page with charts for the supervisor (written to the disclosure log)
  moty report outcomes --html outcomes-2026.html --to-whom \"Anna Esimerkki, team supervisor\"
  # The north region's figures as CSV for a spreadsheet
  moty report outcomes --region north --format csv > outcomes-north.csv";

pub const REPORT_QUEUE: &str = "\
Examples:
  # Today's work list for your own region
  moty report queue
  # The north pair's list
  moty report queue --region north
  # Every region, as JSON
  moty --json report queue --all-regions";

pub const REPORT_CONSULTATIONS: &str = "\
Examples:
  # The consultations of the past year
  moty report consultations
  # November, with the small counts shown as they are (for the team only)
  moty report consultations --from 2026-11-01 --until 2026-11-30 --exact
  # As CSV
  moty report consultations --format csv > consultations.csv";

// --- moty audit ----------------------------------------------------------------------------

pub const AUDIT: &str = "\
Examples:
  # A client asks who has seen their data
  moty audit access 2026-0007
  # Everything that left the register
  moty audit disclosures
  # Check that no log has been tampered with
  moty audit verify";

pub const AUDIT_ACCESS: &str = "\
Examples:
  # Every look-up and change of the client of case 2026-0007
  moty audit access 2026-0007
  # Everything coordinator-b looked up or changed in November
  moty audit access --by coordinator-b --from 2026-11-01 --until 2026-11-30";

pub const AUDIT_ANOMALIES: &str = "\
Examples:
  # Unusual look-ups since the start of the year
  moty audit anomalies --from 2026-01-01
  # A stricter threshold for one month
  moty audit anomalies --from 2026-11-01 --until 2026-11-30 --threshold 10";

pub const AUDIT_EXPORT: &str = "\
Examples:
  # The access log since November for the supervisory authority, as CSV
  moty audit export --log access --format csv --to-whom Valvira --out access.csv --from 2026-11-01
  # The whole disclosure log as JSON for the data protection officer
  moty audit export --log disclosure --format json --to-whom \"the DPO\" --out disclosures.json";

pub const AUDIT_DISCLOSURES: &str = "\
Examples:
  # Every export: when, by whom, what, to whom, which cases, on what basis
  moty audit disclosures
  # The same for a script
  moty --json audit disclosures";

pub const AUDIT_VERIFY: &str = "\
Examples:
  # Check every chain
  moty audit verify
  # Also check that nothing recorded in a backup's manifest was removed since
  moty audit verify --manifest backups/register-2026-12-04.sqlite3.manifest.json
  # Check a signed checkpoint against the public key keygen printed (saved in dpo.pub)
  moty audit verify --checkpoint checkpoint-2026-12.json --public-key dpo.pub";

pub const AUDIT_KEYGEN: &str = "\
Examples:
  # Make the data protection officer's signing key (keep it away from the register)
  moty audit keygen --out dpo-signing.key";

pub const AUDIT_CHECKPOINT: &str = "\
Examples:
  # Sign the heads of every chain into a file
  moty audit checkpoint --key dpo-signing.key --out checkpoint-2026-12.json";

// --- moty doctor, rekey, backup, restore ---------------------------------------------------

pub const DOCTOR: &str = "\
Examples:
  # Check the register
  moty doctor
  # The checks as JSON, for monitoring
  moty --json doctor";

pub const REKEY: &str = "\
Examples:
  # Encrypted build, with the new key in MOTY_DB_NEW_KEY: change the key
  moty rekey --key-file register.key";

pub const BACKUP: &str = "\
Examples:
  # A dated copy on another disk, with its manifest beside it
  moty backup /mnt/backup/moty/register-2026-12-04.sqlite3
  # Replace today's copy made earlier
  moty backup backups/register-2026-12-04.sqlite3 --force";

pub const RESTORE: &str = "\
Examples:
  # Restore the backup; refused, with nothing changed, if entries were made since
  moty restore backups/register-2026-12-04.sqlite3
  # The register is damaged: restore it, accepting that later entries are lost
  moty restore backups/register-2026-12-04.sqlite3 --accept-loss \"The disk failed\"";

// --- moty close, reopen, move-region, purge ------------------------------------------------

pub const CLOSE: &str = "\
Examples:
  # The matter belongs to a social-services investigation: redirected
  moty close 2026-0014 --reason redirected --note \"Sent on as an electronic notification.\"
  # The client could not be reached; closed as of yesterday
  moty close 2026-0009 --reason unreachable --on 2026-12-04
  # After the follow-up call: end the collaboration together with the client
  moty close 2026-0026 --reason completed";

pub const REOPEN: &str = "\
Examples:
  # The client called again: the case goes back to where it was closed from
  moty reopen 2026-0012 --note \"Called again: the housing matter is not settled after all.\"";

pub const MOVE_REGION: &str = "\
Examples:
  # The client moved: the north pair takes the case, with its booked meetings
  moty move-region 2026-0004 north --note \"Moved to Hamina in December.\"";

pub const PURGE: &str = "\
Examples:
  # The case was opened for the wrong person
  moty purge 2026-0024 --reason wrong-person --note \"Opened for the wrong person.\"
  # Every case whose retention period has ended (moty settings retention sets it)
  moty purge --due --reason retention
  # Every case closed before 2020
  moty purge --closed-before 2020-01-01 --reason retention";

// --- moty settings -------------------------------------------------------------------------

pub const SETTINGS: &str = "\
Examples:
  # Make north your default region
  moty settings my-region north
  # Follow-up calls are due 10 weeks after the pathways are agreed
  moty settings follow-up-weeks 10
  # The unit catalogue
  moty settings units";

pub const SETTINGS_RETENTION: &str = "\
Examples:
  # Show the retention period
  moty settings retention
  # Keep closed cases six years after closing
  moty settings retention --closed-cases-years 6";

pub const SETTINGS_MY_REGION: &str = "\
Examples:
  # Show your default region
  moty settings my-region
  # Your lists show the north region's cases
  moty settings my-region north
  # Your lists show every region again
  moty settings my-region --clear";

pub const SETTINGS_STATEMENTS: &str = "\
Examples:
  # The statements read to the client now
  moty settings statements
  # The first version
  moty settings statements --version 1
  # A new wording from a CSV file (code,fi,sv,en)
  moty settings statements new --from statements.csv";

pub const SETTINGS_STATEMENTS_NEW: &str = "\
Examples:
  # Make a new version from a CSV file: header code,fi,sv,en, one statement a line
  moty settings statements new --from statements.csv";

pub const SETTINGS_AREAS: &str = "\
Examples:
  # The service areas and their codes
  moty settings areas";

pub const SETTINGS_UNITS: &str = "\
Examples:
  # The unit catalogue
  moty settings units
  # Add Ohjaamo, the guidance centre for young people, under employment services
  moty settings units add ohjaamo --area employment --fi Ohjaamo --sv Ohjaamo --en Ohjaamo
  # A local name people use means adult social work
  moty settings units map \"Aikuissossu\" adult-social-work";

pub const SETTINGS_UNITS_LIST: &str = "\
Examples:
  # Every unit with its area, active or not
  moty settings units list";

pub const SETTINGS_UNITS_ADD: &str = "\
Examples:
  # Add Ohjaamo, the guidance centre for young people, under employment services
  moty settings units add ohjaamo --area employment --fi Ohjaamo --sv Ohjaamo --en Ohjaamo";

pub const SETTINGS_UNITS_DEACTIVATE: &str = "\
Examples:
  # Ohjaamo is no longer offered
  moty settings units deactivate ohjaamo";

pub const SETTINGS_UNITS_MAP: &str = "\
Examples:
  # A name people use for adult social work
  moty settings units map \"Aikuissossu\" adult-social-work
  # A unit text written before the catalogue
  moty settings units map \"Employment services, Kotka\" employment-services";

pub const SETTINGS_UNITS_UNMAPPED: &str = "\
Examples:
  # The unit texts still to map
  moty settings units unmapped";

pub const SETTINGS_FOLLOW_UP_WEEKS: &str = "\
Examples:
  # Show the team's follow-up interval
  moty settings follow-up-weeks
  # Follow-up calls are due 10 weeks after the pathways are agreed
  moty settings follow-up-weeks 10";

pub const SETTINGS_CONTACT: &str = "\
Examples:
  # The team's phone, secure e-mail and coordination book
  moty settings contact --phone \"040 555 0100\" --email moty@example.fi --coordination-book yht405
  # The north pair's card: their names and phone over the team's
  moty settings contact --region north --phone \"040 555 0102\" --coordinators \"Niina Näyte\"
  # A shorter phone hour on Fridays
  moty settings contact --phone-hours \"mon-thu 09:00-10:00; fri 09:00-09:30\"
  # The north pair uses the team's phone again
  moty settings contact --region north --unset phone";

// --- moty contact, client ------------------------------------------------------------------

pub const CONTACT: &str = "\
Examples:
  # The team's card with every regional pair
  moty contact
  # The north pair's card
  moty contact --region north
  # The card as JSON, for an intranet page
  moty --json contact";

pub const CLIENT: &str = "\
Examples:
  # The population register keeps the client's address secret
  moty client 2026-0004 --non-disclosure yes --reason \"Population register decision 20.11.2026\"
  # The client speaks Swedish and needs an Arabic interpreter
  moty client 2026-0004 --language sv --interpreter Arabic
  # No interpreter is needed any more
  moty client 2026-0004 --no-interpreter";

// --- moty config, completions, man ---------------------------------------------------------

pub const CONFIG: &str = "\
Examples:
  # Keep your register's path in the file
  moty config set db /home/aino/moty/register.sqlite3
  # Act as coordinator-a without typing --as
  moty config set as coordinator-a
  # Your lists show the north region's cases
  moty config set region north
  # Where the file is and what it holds
  moty config list";

pub const CONFIG_PATH: &str = "\
Examples:
  # Where your configuration file is (or would be)
  moty config path";

pub const CONFIG_LIST: &str = "\
Examples:
  # Every setting in the file
  moty config list";

pub const CONFIG_GET: &str = "\
Examples:
  # The register the file names
  moty config get db";

pub const CONFIG_SET: &str = "\
Examples:
  # Act as coordinator-a unless --as or MOTY_USER says otherwise
  moty config set as coordinator-a
  # Your lists show the north region's cases
  moty config set region north
  # moty speaks Finnish unless --lang or MOTY_LANG says otherwise
  moty config set lang fi";

pub const CONFIG_UNSET: &str = "\
Examples:
  # Your lists follow your default region in the register again
  moty config unset region";

pub const COMPLETIONS: &str = "\
Examples:
  # bash
  moty completions bash > ~/.local/share/bash-completion/completions/moty
  # zsh, with fpath+=(~/.zfunc) in .zshrc
  moty completions zsh > ~/.zfunc/_moty
  # fish
  moty completions fish > ~/.config/fish/completions/moty.fish
  # PowerShell: save the script, then dot-source it from your $PROFILE
  moty completions powershell > moty.ps1";

pub const MAN: &str = "\
Examples:
  # moty's own page, then: man moty
  moty man > ~/.local/share/man/man1/moty.1
  # One command's page
  moty man report outcomes > moty-report-outcomes.1";
