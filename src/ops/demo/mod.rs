//! The demo register: fictitious clients taken along the path through the same operations the
//! commands use, so a new user sees the tool working with no set-up. Identity codes are temporary ones (900–999), which never belong
//! to a real person's permanent code; phone numbers are in a range no Finnish operator uses.

mod decade;
mod path;

use std::path::{Path, PathBuf};

use anyhow::Result;
use chrono::{Days, NaiveDate};

use crate::clock::Clock;
use crate::domain::hetu;
use crate::domain::records::{Details, Referral};
use crate::domain::{
    Channel, ClientGroup, ConsentKind, ConsentMethod, EventKind, Sign, Source, Urgency,
};
use crate::error::UserError;
use crate::ops::refer::{register_in, NewReferral};
use crate::store::{clients, consents, events, meta, Author, Register, Tx};
use crate::text;

const FIRST: &[&str] = &[
    "Aino", "Eero", "Helmi", "Ilmari", "Kerttu", "Lauri", "Maija", "Onni", "Saimi", "Toivo",
    "Venla", "Väinö", "Elli", "Juho", "Siiri", "Aarne", "Lempi", "Oiva", "Hilja", "Urho",
];
const LAST: &[&str] = &[
    "Mäkelä",
    "Mäkinen",
    "Järvelä",
    "Koskela",
    "Lehtola",
    "Niemelä",
    "Salonen",
    "Östman",
    "Peltola",
    "Rantala",
    "Hakala",
    "Kivelä",
    "Åberg",
    "Suominen",
    "Tuominen",
    "Vainio",
];
const MUNICIPALITIES: &[&str] = &["Kotka", "Kouvola", "Hamina", "Pyhtää", "Miehikkälä"];

/// The free text the demo stores, in the language the demo is built in (the command takes it
/// from `text`, `text/demo.rs`): what the referrals, triage decisions and plans say. Unit names
/// must name catalogue units (the referring and requested units are resolved like typed ones).
#[derive(Debug, Clone)]
pub struct Words {
    /// The referral reasons drawn from (four, so the draw is the same in every language).
    pub reasons: [String; 4],
    pub other_sign: String,
    pub referrer_unit: String,
    /// The outcomes of cases closed at triage: a single issue, declined, redirected.
    pub single_issue: String,
    pub declined: String,
    pub redirected: String,
    /// The units requested for the collaboration team.
    pub team_units: [String; 2],
    /// The units of the three key workers.
    pub key_worker_units: [String; 3],
    /// The purpose of a pathway to the doctor.
    pub doctor_purpose: String,
    pub goals: String,
}

/// The first clients are the demo a new user sees: their cases came in the last months and go
/// along the path as far as their dates allow. The clients after them make the ten-year
/// register (`decade.rs`).
pub(super) const SCHEDULED_CLIENTS: u32 = 60;

/// The clients built in one transaction.
const CHUNK: u32 = 20_000;

/// A small deterministic generator: the same demo every time.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, below: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) % below as u64) as usize
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.next(items.len())]
    }
}

fn referral(n: u32, rng: &mut Lcg, today: NaiveDate, words: &Words) -> NewReferral {
    // The ten-year cases (after the first `SCHEDULED_CLIENTS`) are dated and given their codes
    // by `decade::place`; the draws here are the same for every client.
    let born = NaiveDate::from_ymd_opt(
        1940 + rng.next(60) as i32,
        1 + rng.next(12) as u32,
        1 + rng.next(28) as u32,
    )
    .unwrap_or(today);
    let code = hetu::compose(born, *rng.pick(&['-', 'Y', 'X']), 900 + (n % 100));
    let hetu = (rng.next(5) > 0)
        .then(|| hetu::parse(&code, true).ok())
        .flatten();
    let birth_year = Some(chrono::Datelike::year(&born));
    let group = *rng.pick(&[
        ClientGroup::WorkingAge,
        ClientGroup::WorkingAge,
        ClientGroup::OlderPmt,
        ClientGroup::Family,
    ]);
    let mut signs = vec![*rng.pick(Sign::ALL), *rng.pick(&Sign::ALL[..9])];
    signs.sort();
    signs.dedup();
    let other_sign = signs
        .contains(&Sign::Other)
        .then(|| words.other_sign.clone());
    // The first clients reach further along the path, so they were referred earlier.
    let effective = match n {
        n if n < SCHEDULED_CLIENTS && !n.is_multiple_of(3) => {
            today - Days::new(rng.next(200) as u64)
        }
        n if n < SCHEDULED_CLIENTS => today - Days::new(rng.next(30) as u64),
        _ => today - Days::new(rng.next(60) as u64),
    };
    NewReferral {
        name: Some(format!("{} {}", rng.pick(FIRST), rng.pick(LAST))),
        hetu,
        birth_year,
        details: Details {
            phone: Some(format!("+358 555 {:04}", n % 10_000)),
            municipality: Some(rng.pick(MUNICIPALITIES).to_string()),
            region: Some(rng.pick(&["south", "north"]).to_string()),
            ..Details::default()
        },
        group,
        urgency: if rng.next(6) == 0 {
            Urgency::Urgent
        } else {
            Urgency::Normal
        },
        referral: Referral {
            source: *rng.pick(&[
                Source::EmploymentServices,
                Source::EmploymentServices,
                Source::PrimaryCare,
                Source::SocialServices,
                Source::ElderlyServices,
                Source::FamilyCentre,
                Source::Emergency,
            ]),
            channel: *rng.pick(Channel::ALL),
            referrer_name: Some(format!("{} {}", rng.pick(FIRST), rng.pick(LAST))),
            referrer_unit: Some(words.referrer_unit.clone()),
            referrer_contact: Some("+358 555 9999".to_string()),
            signs,
            other_sign,
            reason: rng.pick(&words.reasons).clone(),
            effective_on: effective,
        },
        client_of: None,
        consultation: None,
        rename: false,
        another_case: true,
        minor: None,
    }
}

/// Removes an earlier demo register at `path`; refuses anything else.
fn clear_earlier_demo(path: &Path) -> Result<()> {
    if !path.exists() {
        return Ok(());
    }
    let is_demo = Register::open(path)?
        .write(|tx| meta::get(tx, "demo"))?
        .is_some();
    if !is_demo {
        return Err(UserError::Refused(text::demo_not_demo(path)).into());
    }
    for suffix in ["", "-wal", "-shm"] {
        let mut file = path.as_os_str().to_owned();
        file.push(suffix);
        match std::fs::remove_file(&file) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(e.into()),
            _ => {}
        }
    }
    Ok(())
}

fn give_consents(tx: &Tx, author: &Author, case: &str, n: u32, on: NaiveDate) -> Result<()> {
    let give = |kind, method| -> Result<i64> {
        let id = consents::insert(tx, case, kind, method, on, None, &author.actor)?;
        let detail = serde_json::json!({ "consent": id, "kind": kind, "method": method });
        events::append(tx, author, case, EventKind::ConsentGiven, detail, on)?;
        Ok(id)
    };
    if n % 4 != 3 {
        let method = if n.is_multiple_of(3) {
            ConsentMethod::Oral
        } else {
            ConsentMethod::Written
        };
        give(ConsentKind::MultiProfessional, method)?;
        // The Moty track starts on the written consent with the client's contact request.
        if method == ConsentMethod::Written {
            give(ConsentKind::ContactRequest, ConsentMethod::Written)?;
        }
    }
    if n % 3 == 1 {
        let id = give(ConsentKind::KelaExchange, ConsentMethod::Written)?;
        if n.is_multiple_of(2) {
            consents::mark_sent_to_kela(tx, id, on)?;
            events::append(
                tx,
                author,
                case,
                EventKind::KelaFormSent,
                serde_json::json!({ "consent": id }),
                on,
            )?;
        }
    }
    Ok(())
}

/// What building the demo register did.
#[derive(Debug, Clone)]
pub struct Built {
    pub path: PathBuf,
    pub clients: u32,
    /// The first case, shown as an example.
    pub first_case: String,
}

/// Builds a demo register of `clients` fictitious clients at `path` (a register there is
/// replaced only if it is a demo register), dated by `clock`, its free text in `words`.
/// `progress` hears how many clients are done, every thousand and at the end.
pub fn build(
    path: &Path,
    clients: u32,
    clock: Clock,
    words: &Words,
    progress: &mut dyn FnMut(u32),
) -> Result<Built> {
    clear_earlier_demo(path)?;
    let mut register = Register::open(path)?;
    register.for_bulk_writes()?;
    let today = clock.today();
    let now = clock.local_now();
    let mut rng = Lcg(7);
    let author = Author {
        at: clock.stamp(),
        actor: "demo-coordinator".to_string(),
        os_user: crate::clock::os_account().ok_or_else(|| UserError::Refused(text::no_login()))?,
        clock_overridden: clock.overridden(),
    };
    let mut first = None;
    let mut calendar = decade::Calendar::default();
    let ten_year = clients.saturating_sub(SCHEDULED_CLIENTS);
    // A transaction for every `CHUNK` clients, so the write-ahead log stays small however large
    // the demo (a demo cut short is marked as one, and the next run replaces it).
    let mut from = 0;
    while from < clients {
        let to = clients.min(from + CHUNK);
        register.write(|tx| {
            if from == 0 {
                meta::set(tx, "demo", "1")?;
            }
            for n in from..to {
                let mut new = referral(n, &mut rng, today, words);
                if n >= SCHEDULED_CLIENTS {
                    decade::place(&mut new, n, n - SCHEDULED_CLIENTS, ten_year, today);
                }
                // Generated codes can repeat in a large demo; such a client simply has no code.
                if let Some(code) = &new.hetu {
                    if clients::by_hetu(tx, &code.code)?.is_some() {
                        new.hetu = None;
                    }
                }
                // The first clients are numbered in this year, as `refer` numbers them today; a
                // ten-year case in the year it came.
                let year = match n < SCHEDULED_CLIENTS {
                    true => clock.year(),
                    false => chrono::Datelike::year(&new.referral.effective_on),
                };
                let done = register_in(tx, &author, year, &new)?;
                if n < SCHEDULED_CLIENTS {
                    give_consents(tx, &author, &done.case, n, new.referral.effective_on)?;
                    path::triage_some(tx, &author, &done.case, n, &new, today, words)?;
                    path::schedule_some(tx, &author, &done.case, n, now)?;
                    path::carry_on(tx, &author, &done.case, n, now, words)?;
                } else {
                    let case = &done.case;
                    decade::walk(tx, &author, case, n, &new, now, words, &mut calendar)?;
                }
                if (n + 1) % 1_000 == 0 || n + 1 == clients {
                    progress(n + 1);
                }
                first.get_or_insert(done.case);
            }
            Ok(())
        })?;
        from = to;
    }
    let first_case = first.unwrap_or_default();
    Ok(Built {
        path: path.to_path_buf(),
        clients,
        first_case,
    })
}
