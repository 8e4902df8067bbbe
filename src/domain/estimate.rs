//! The SOTE pair's estimate and the professionals' survey as typed: `--saved SERVICE[=N]`, the
//! total against the services' counts, the free text. Whether a service is in the catalogue is
//! the operation's check (it reads the register).

use super::records::{EstimateAnswers, Saving};
use super::validate;
use super::TimeSaved;
use crate::error::UserError;
use crate::text;

/// The most appointments one estimate can count, in all and of one service.
pub const MAX_APPOINTMENTS: u32 = 100;

/// `SERVICE` or `SERVICE=N` (N appointments of that service, 1–100, default 1), in the order
/// given; a service named twice counts both times.
pub fn saved(flag: &str, values: &[String]) -> Result<Vec<Saving>, UserError> {
    let mut saved: Vec<Saving> = Vec::new();
    for value in values {
        let (code, count) = match value.split_once('=') {
            Some((code, count)) => {
                let count = count
                    .trim()
                    .parse::<u32>()
                    .ok()
                    .filter(|n| (1..=MAX_APPOINTMENTS).contains(n))
                    .ok_or_else(|| UserError::invalid(flag, text::saved_count(value)))?;
                (code, count)
            }
            None => (value.as_str(), 1),
        };
        let code = validate::line(flag, code, 100)?;
        match saved.iter_mut().find(|s| s.service == code) {
            Some(known) => known.count += count,
            None => saved.push(Saving {
                service: code,
                count,
            }),
        }
    }
    if let Some(s) = saved.iter().find(|s| s.count > MAX_APPOINTMENTS) {
        return Err(UserError::invalid(flag, text::saved_too_many(&s.service)));
    }
    Ok(saved)
}

/// What the flags of one estimate say, or `None` when none was given. `saved_flag` is the flag
/// the services came in (`--saved`, or `--saved-service` at a follow-up). The total defaults to
/// the sum of the services' counts and may not be below it.
pub fn answers(
    saved_flag: &str,
    saved_values: &[String],
    appointments: Option<u32>,
    time_saved: Option<TimeSaved>,
    how: &Option<String>,
) -> Result<Option<EstimateAnswers>, UserError> {
    let saved = saved(saved_flag, saved_values)?;
    let sum: u32 = saved.iter().map(|s| s.count).sum();
    if sum > MAX_APPOINTMENTS {
        return Err(UserError::invalid(saved_flag, text::saved_sum_too_big(sum)));
    }
    let appointments = match appointments {
        Some(n) if n > MAX_APPOINTMENTS => {
            return Err(UserError::invalid(
                "--appointments-saved",
                text::appointments_range(n),
            ))
        }
        Some(n) if n < sum => {
            return Err(UserError::invalid(
                "--appointments-saved",
                text::appointments_below_sum(n, sum, saved_flag),
            ))
        }
        Some(n) => Some(n),
        None if saved.is_empty() => None,
        None => Some(sum),
    };
    let answers = EstimateAnswers {
        appointments,
        saved,
        time_saved,
        how: validate::optional_block("--time-saved-how", how, 2000)?,
    };
    Ok((!answers.is_empty()).then_some(answers))
}

/// A survey score, 1–5.
pub fn score(flag: &str, value: Option<u8>) -> Result<Option<u8>, UserError> {
    match value {
        Some(n) if !(1..=5).contains(&n) => Err(UserError::invalid(flag, text::score_range(n))),
        other => Ok(other),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(values: &[&str]) -> Vec<String> {
        values.iter().map(|v| v.to_string()).collect()
    }

    #[test]
    fn counts_default_to_one_and_a_repeated_service_adds_up() {
        let saved =
            saved("--saved", &strings(&["doctor", "dentist=2", "doctor=3"])).expect("accepted");
        assert_eq!(
            saved,
            [
                Saving {
                    service: "doctor".into(),
                    count: 4
                },
                Saving {
                    service: "dentist".into(),
                    count: 2
                }
            ]
        );
    }

    #[test]
    fn bad_counts_name_the_flag() {
        for bad in ["doctor=0", "doctor=101", "doctor=x", "doctor=", "=2"] {
            let error = saved("--saved", &strings(&[bad])).expect_err("refused");
            assert!(
                matches!(&error, UserError::Invalid { field, .. } if field == "--saved"),
                "{bad}: {error:?}"
            );
        }
    }

    #[test]
    fn the_total_defaults_to_the_sum_and_is_not_below_it() {
        let none = answers("--saved", &[], None, None, &None).expect("accepted");
        assert_eq!(none, None);
        let a = answers(
            "--saved",
            &strings(&["doctor=2", "dentist"]),
            None,
            None,
            &None,
        )
        .expect("accepted")
        .expect("accepted");
        assert_eq!(a.appointments, Some(3));
        let error =
            answers("--saved", &strings(&["doctor=2"]), Some(1), None, &None).expect_err("refused");
        assert!(
            matches!(&error, UserError::Invalid { field, .. } if field == "--appointments-saved")
        );
        let only_time = answers("--saved", &[], None, Some(TimeSaved::NoneOrUnknown), &None)
            .expect("accepted")
            .expect("accepted");
        assert_eq!(only_time.appointments, None, "not estimated, never zero");
    }
}
