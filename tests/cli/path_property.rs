//! Property test: random sequences of commands, run through the real binary, never leave a case
//! in a phase that disagrees with its timeline, and never pass a gate without the consent it
//! needs. A small model predicts every exit code; the register must agree with it.

use proptest::prelude::*;

use crate::common::TestEnv;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Method {
    Written,
    Oral,
}

#[derive(Debug, Clone)]
enum Op {
    Give(Method),
    /// The client's written contact request, which triage onto the Moty track also needs.
    ContactRequest,
    Withdraw,
    Triage(&'static str),
    Close,
    Reopen,
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        prop_oneof![Just(Method::Written), Just(Method::Oral)].prop_map(Op::Give),
        Just(Op::ContactRequest),
        Just(Op::Withdraw),
        prop_oneof![
            Just("single-issue"),
            Just("joint-assessment"),
            Just("collaboration-team"),
            Just("redirect"),
            Just("decline"),
        ]
        .prop_map(Op::Triage),
        Just(Op::Close),
        Just(Op::Reopen),
    ]
}

/// What the register should hold, kept by the test alone.
struct Model {
    phase: &'static str,
    closed_from: &'static str,
    consents: Vec<(Method, bool)>,
    contact_request: bool,
}

impl Model {
    fn in_force(&self, method: Option<Method>) -> usize {
        self.consents
            .iter()
            .filter(|(m, live)| *live && method.is_none_or(|want| *m == want))
            .count()
    }

    /// The exit code the command should give, updating the model when it succeeds.
    fn expect(&mut self, op: &Op) -> i32 {
        match op {
            Op::Give(method) => {
                // A closed case may take a consent (it is what lets the case reopen).
                if self.in_force(Some(*method)) > 0 {
                    return 4;
                }
                self.consents.push((*method, true));
            }
            Op::ContactRequest => {
                if self.contact_request {
                    return 4;
                }
                self.contact_request = true;
            }
            Op::Withdraw => match self.in_force(None) {
                0 => return 3,
                1 => self.consents.iter_mut().for_each(|c| c.1 = false),
                _ => return 2,
            },
            Op::Triage(decision) => {
                if self.phase != "referred" {
                    return 4;
                }
                let allowed = match *decision {
                    "joint-assessment" => {
                        self.in_force(Some(Method::Written)) > 0 && self.contact_request
                    }
                    "collaboration-team" => self.in_force(None) > 0,
                    _ => true,
                };
                if !allowed {
                    return 4;
                }
                self.phase = match *decision {
                    "joint-assessment" => "joint-assessment",
                    "collaboration-team" => "collaboration-team",
                    _ => {
                        self.closed_from = "referred";
                        "closed"
                    }
                };
            }
            Op::Close => {
                if self.phase == "closed" {
                    return 4;
                }
                self.closed_from = self.phase;
                self.phase = "closed";
            }
            Op::Reopen => {
                if self.phase != "closed" {
                    return 4;
                }
                // Back into a phase that needs consent only with that consent in force.
                let allowed = match self.closed_from {
                    "joint-assessment" => self.in_force(Some(Method::Written)) > 0,
                    "collaboration-team" => self.in_force(None) > 0,
                    _ => true,
                };
                if !allowed {
                    return 4;
                }
                self.phase = self.closed_from;
            }
        }
        0
    }
}

fn args(op: &Op, case: &str) -> Vec<String> {
    let list: Vec<&str> = match op {
        Op::Give(Method::Written) => vec![
            "consent",
            "give",
            case,
            "--kind",
            "multi-professional",
            "--method",
            "written",
        ],
        Op::Give(Method::Oral) => vec![
            "consent",
            "give",
            case,
            "--kind",
            "multi-professional",
            "--method",
            "oral",
        ],
        Op::ContactRequest => vec![
            "consent",
            "give",
            case,
            "--kind",
            "contact-request",
            "--method",
            "written",
        ],
        Op::Withdraw => vec!["consent", "withdraw", case, "--kind", "multi-professional"],
        Op::Triage(decision) => {
            let mut args = vec![
                "triage",
                case,
                "--decision",
                decision,
                "--kela-screen",
                "no",
            ];
            args.extend(match *decision {
                "single-issue" => ["--advice", "advised"],
                "redirect" => ["--to", "elsewhere"],
                "decline" => ["--reason", "not this model"],
                "collaboration-team" => ["--unit", "adult clinic"],
                _ => ["--note", "ok"],
            });
            args
        }
        Op::Close => vec!["close", case, "--reason", "other"],
        Op::Reopen => vec!["reopen", case, "--note", "again"],
    };
    list.into_iter().map(String::from).collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn random_commands_keep_phase_timeline_and_gates_consistent(ops in prop::collection::vec(op(), 1..14)) {
        let env = TestEnv::new();
        let case = env.refer("Proptest Client", &[]);
        let mut model = Model { phase: "referred", closed_from: "referred", consents: Vec::new(), contact_request: false };
        for op in &ops {
            let want = model.expect(op);
            let run = env.run(&args(op, &case));
            prop_assert_eq!(run.code, want, "{:?} after {:?}: {}", op, ops, run.stderr);
            let (phase, timeline): (String, String) = env.one(
                "SELECT c.phase, (SELECT json_extract(detail, '$.phase') FROM events
                     WHERE case_id = c.id AND json_extract(detail, '$.phase') IS NOT NULL
                     ORDER BY id DESC LIMIT 1)
                 FROM cases c WHERE c.id = ?1",
                &[&case],
            );
            prop_assert_eq!(&phase, model.phase, "register vs model after {:?}", op);
            prop_assert_eq!(&phase, &timeline, "register vs timeline after {:?}", op);
        }
    }
}
