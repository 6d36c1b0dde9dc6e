//! Every statement of every built-in policy is the policy's words, found
//! word for word in the document it cites, or this guide's summary carrying
//! the words it summarises.

use std::collections::BTreeMap;
use std::path::PathBuf;

use escalation_core::fidelity::{self, DocumentText};
use escalation_core::policy::Voice;
use escalation_core::{Policy, built_in_policies, built_in_policy};

fn documents() -> BTreeMap<String, DocumentText> {
    let folder = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../policies/sources");
    std::fs::read_dir(&folder)
        .unwrap()
        .map(|entry| {
            let path = entry.unwrap().path();
            let id = path.file_stem().unwrap().to_string_lossy().into_owned();
            (
                id,
                DocumentText::new(&std::fs::read_to_string(&path).unwrap()),
            )
        })
        .collect()
}

fn check(policy: &Policy, documents: &BTreeMap<String, DocumentText>) -> fidelity::Report {
    fidelity::check(policy, |id| documents.get(id))
}

#[test]
fn every_statement_is_the_policys_words_or_a_summary_carrying_them() {
    let documents = documents();
    let readme =
        std::fs::read_to_string(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../README.md"))
            .unwrap();
    let mut failures = Vec::new();
    for policy in built_in_policies() {
        let report = check(policy, &documents);
        println!("{}: {}", policy.id, report.counts_in_words());
        assert!(
            report.missing_documents.is_empty(),
            "{}: no text for {:?} in policies/sources",
            policy.id,
            report.missing_documents
        );
        assert!(
            report.statements > 20,
            "{}: the walk found too few statements",
            policy.id
        );
        failures.extend(
            report
                .problems
                .iter()
                .map(|p| format!("{}: {p}", policy.id)),
        );
        // The README gives the same counts.
        let row = format!(
            "| {} | {} | {} | {} |",
            policy.id, report.statements, report.policy_words, report.summaries
        );
        assert!(
            readme.contains(&row),
            "README.md should have the row {row} in its table of statements"
        );
    }
    assert!(
        failures.is_empty(),
        "{} statements fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn a_statement_changed_by_one_word_fails() {
    let documents = documents();
    let mut policy = built_in_policy("pan-berkshire-2026").unwrap().clone();
    assert!(check(&policy, &documents).problems.is_empty());

    // The policy's words: "should" made "must" in a stage's actions.
    let words = policy.stages[0]
        .actions
        .iter_mut()
        .find(|item| item.voice() == Voice::PolicyWords && item.text.contains(" should "))
        .expect("a stage 1 action in the policy's words with \"should\"");
    words.text = words.text.replacen(" should ", " must ", 1);
    let report = check(&policy, &documents);
    assert_eq!(report.problems.len(), 1, "{:?}", report.problems);
    assert!(report.problems[0].path.starts_with("stages[0].actions["));

    // A summary's quote changed by one word fails too; its own text may say
    // anything (it is labelled as this guide's).
    let mut policy = built_in_policy("bedfordshire-luton-2018").unwrap().clone();
    let note = &mut policy.time_notes[0];
    let first_word = note.quote.split_whitespace().next().unwrap().to_string();
    note.quote = note.quote.replacen(&first_word, "Perhaps", 1);
    let report = check(&policy, &documents);
    assert_eq!(report.problems.len(), 1, "{:?}", report.problems);
    assert_eq!(report.problems[0].path, "time_notes[0].quote");
}

#[test]
fn a_missing_document_is_reported_not_passed() {
    let policy = built_in_policy("white-rock-preschool").unwrap();
    let report = fidelity::check(policy, |_| None);
    assert!(report.problems.is_empty());
    assert_eq!(report.missing_documents[0], "white-rock-preschool");
}
