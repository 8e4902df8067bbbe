//! The catalogues are complete (issue #15, "Must show"): every message of the English catalogue
//! is in the Finnish one with the same variables; every message of a document given to a client
//! (`doc-…`) and every date word (`date-…`) is in the Swedish one with the same variables; no
//! catalogue has a message English lacks; each file parses without an error and names each
//! message once. (`fl!` checks at compile time that the code's ids and variables are English's.)

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast::{
    CallArguments, Entry, Expression, InlineExpression, Pattern, PatternElement,
};

/// The prefixes of the messages the Swedish catalogue must have.
const FOR_THE_CLIENT: [&str; 2] = ["doc-", "date-"];

/// Each message's id and the variables it uses (its value and its attributes).
type Catalogue = BTreeMap<String, BTreeSet<String>>;

fn catalogue(language: &str) -> Catalogue {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("i18n/{language}/moty.ftl"));
    let source = std::fs::read_to_string(&path).expect("the catalogue");
    let resource = fluent_syntax::parser::parse(source.as_str())
        .unwrap_or_else(|(_, errors)| panic!("{}: {errors:?}", path.display()));
    let mut messages = Catalogue::new();
    for entry in resource.body {
        match entry {
            Entry::Message(message) => {
                let mut variables = BTreeSet::new();
                let patterns = message
                    .value
                    .iter()
                    .chain(message.attributes.iter().map(|a| &a.value));
                for pattern in patterns {
                    in_pattern(pattern, &mut variables);
                }
                let id = message.id.name.to_string();
                assert!(
                    messages.insert(id.clone(), variables).is_none(),
                    "{language}: {id} twice"
                );
            }
            Entry::Junk { content } => panic!("{language}: not Fluent: {content}"),
            _ => {}
        }
    }
    messages
}

fn in_pattern(pattern: &Pattern<&str>, variables: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            in_expression(expression, variables);
        }
    }
}

fn in_expression(expression: &Expression<&str>, variables: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            in_inline(selector, variables);
            for variant in variants {
                in_pattern(&variant.value, variables);
            }
        }
        Expression::Inline(inline) => in_inline(inline, variables),
    }
}

fn in_inline(inline: &InlineExpression<&str>, variables: &mut BTreeSet<String>) {
    let in_arguments = |arguments: &CallArguments<&str>, variables: &mut BTreeSet<String>| {
        let named = arguments.named.iter().map(|n| &n.value);
        for argument in arguments.positional.iter().chain(named) {
            in_inline(argument, variables);
        }
    };
    match inline {
        InlineExpression::VariableReference { id } => {
            variables.insert(id.name.to_string());
        }
        InlineExpression::FunctionReference { arguments, .. } => in_arguments(arguments, variables),
        InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => in_arguments(arguments, variables),
        InlineExpression::Placeable { expression } => in_expression(expression, variables),
        _ => {}
    }
}

/// What `other` lacks of `required` (or has with other variables), and what it has that English
/// does not.
fn differences(required: &Catalogue, other: &Catalogue, english: &Catalogue) -> Vec<String> {
    let mut problems = Vec::new();
    for (id, variables) in required {
        match other.get(id) {
            None => problems.push(format!("missing: {id}")),
            Some(theirs) if theirs != variables => problems.push(format!(
                "{id}: variables {theirs:?}, English has {variables:?}"
            )),
            Some(_) => {}
        }
    }
    for (id, variables) in other {
        match english.get(id) {
            None => problems.push(format!("not in English: {id}")),
            Some(ours) if ours != variables => problems.push(format!(
                "{id}: variables {variables:?}, English has {ours:?}"
            )),
            Some(_) => {}
        }
    }
    problems.sort();
    problems.dedup();
    problems
}

#[test]
fn finnish_has_every_message_with_the_same_variables() {
    let english = catalogue("en");
    assert!(english.len() > 50, "{}", english.len());
    let problems = differences(&english, &catalogue("fi"), &english);
    assert!(
        problems.is_empty(),
        "i18n/fi/moty.ftl:\n{}",
        problems.join("\n")
    );
}

#[test]
fn swedish_has_every_message_of_the_clients_documents_with_the_same_variables() {
    let english = catalogue("en");
    let for_the_client: Catalogue = english
        .iter()
        .filter(|(id, _)| FOR_THE_CLIENT.iter().any(|prefix| id.starts_with(prefix)))
        .map(|(id, variables)| (id.clone(), variables.clone()))
        .collect();
    assert!(for_the_client.contains_key("date-weekday-short"));
    let problems = differences(&for_the_client, &catalogue("sv"), &english);
    assert!(
        problems.is_empty(),
        "i18n/sv/moty.ftl:\n{}",
        problems.join("\n")
    );
}

#[test]
fn the_check_sees_a_missing_message_and_a_changed_variable() {
    let english = Catalogue::from([
        ("a".to_string(), BTreeSet::from(["n".to_string()])),
        ("b".to_string(), BTreeSet::new()),
    ]);
    let other = Catalogue::from([
        ("a".to_string(), BTreeSet::from(["m".to_string()])),
        ("c".to_string(), BTreeSet::new()),
    ]);
    assert_eq!(
        differences(&english, &other, &english),
        [
            "a: variables {\"m\"}, English has {\"n\"}",
            "missing: b",
            "not in English: c"
        ]
    );
}
