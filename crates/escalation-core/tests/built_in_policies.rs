//! The built-in policies are valid, and every figure in them is in its source.

use std::collections::BTreeSet;
use std::path::PathBuf;

use chrono::NaiveDate;
use escalation_core::builtin::BUILT_IN_FILES;
use escalation_core::policy::{SourceRef, Status};
use escalation_core::{
    Calendar, DEFAULT_POLICY_ID, Division, Policy, built_in_policies, built_in_policy, load_policy,
    timeline,
};

/// The text of a source document in `policies/sources/`, with HTML tags and
/// Markdown bold removed and runs of whitespace made single spaces, so a
/// quotation can be found however the document was formatted.
fn source_text(document: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../policies/sources")
        .join(format!("{document}.txt"));
    let raw = std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{path:?}: {error}"));
    let mut plain = String::new();
    let mut in_tag = false;
    for c in raw.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                plain.push(' ');
            }
            _ if !in_tag => plain.push(c),
            _ => {}
        }
    }
    normalise(&plain.replace("**", ""))
}

fn normalise(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn date(text: &str) -> NaiveDate {
    escalation_core::calendar::parse_iso_date(text).unwrap()
}

/// Every source reference in a policy, found by walking its JSON, so that no
/// field can be forgotten.
fn all_source_refs(policy: &Policy) -> Vec<SourceRef> {
    fn walk(value: &serde_json::Value, found: &mut Vec<SourceRef>) {
        match value {
            serde_json::Value::Object(map) => {
                if let Some(source) = map.get("source") {
                    found.push(serde_json::from_value(source.clone()).unwrap());
                }
                map.values().for_each(|value| walk(value, found));
            }
            serde_json::Value::Array(items) => items.iter().for_each(|value| walk(value, found)),
            _ => {}
        }
    }
    let mut found = Vec::new();
    walk(&serde_json::to_value(policy).unwrap(), &mut found);
    found
}

/// Every piece of text in a policy.
fn all_text(policy: &Policy) -> Vec<String> {
    fn walk(value: &serde_json::Value, found: &mut Vec<String>) {
        match value {
            serde_json::Value::String(text) => found.push(text.clone()),
            serde_json::Value::Object(map) => map.values().for_each(|value| walk(value, found)),
            serde_json::Value::Array(items) => items.iter().for_each(|value| walk(value, found)),
            _ => {}
        }
    }
    let mut found = Vec::new();
    walk(&serde_json::to_value(policy).unwrap(), &mut found);
    found
}

#[test]
fn every_built_in_file_loads_and_validates() {
    for (id, text) in BUILT_IN_FILES {
        let policy =
            load_policy(text.as_bytes()).unwrap_or_else(|problems| panic!("{id}: {problems:#?}"));
        assert_eq!(
            policy.id, id,
            "a file's id matches the id it is listed under"
        );
    }
    assert_eq!(built_in_policies().len(), 4);
}

#[test]
fn the_default_is_the_current_pan_berkshire_process() {
    let policy = built_in_policy(DEFAULT_POLICY_ID).unwrap();
    assert_eq!(policy.id, "pan-berkshire-2026");
    assert!(policy.is_current());
    assert_eq!(policy.issued_in_words().as_deref(), Some("March 2026"));
    assert_eq!(policy.area, "Berkshire");
}

#[test]
fn the_2017_policy_is_superseded_by_the_2026_process() {
    let old = built_in_policy("berkshire-lscb-2017").unwrap();
    match &old.status {
        Status::Superseded { by, .. } => {
            assert_eq!(by, "pan-berkshire-2026");
            assert!(built_in_policy(by).is_some(), "the replacement is built in");
        }
        Status::Current => panic!("the 2017 policy should be superseded"),
    }
    assert!(old.status_in_words().starts_with("Superseded by"));
}

#[test]
fn stages_match_the_sources() {
    let stage_titles = |id| {
        built_in_policy(id)
            .unwrap()
            .stages
            .iter()
            .map(|stage| stage.title.as_str())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        stage_titles("pan-berkshire-2026"),
        [
            "Promoting discussion to find a resolution for the child",
            "Management finding solutions",
            "Formal resolution",
            "When no solution is reached between senior leaders",
        ]
    );
    assert_eq!(stage_titles("berkshire-lscb-2017").len(), 5);
    assert_eq!(
        stage_titles("white-rock-preschool"),
        [
            "Professional to professional",
            "Manager to manager",
            "Refer via TSCP"
        ]
    );
    assert_eq!(stage_titles("bedfordshire-luton-2018").len(), 3);
}

/// (stage, working days) for every timescale, worked out by reading the sources:
/// - pan-berkshire-2026: the timescales column of the March 2026 process gives
///   1 working day (professionals) and 2 (line managers) at stage 1, then 3, 4
///   and 6 working days from the start of the difference of opinion.
/// - berkshire-lscb-2017: "Escalation prior to referral to the LSCB should be
///   no more than 5 working days" (stages 1 to 4, before stage 5's LSCB meeting).
/// - white-rock-preschool: the policy sets no timescales.
/// - bedfordshire-luton-2018: its timescale table is not in the source.
#[test]
fn every_timescale_is_the_figure_in_the_source() {
    let expected: [(&str, &[(u32, u32)]); 4] = [
        (
            "pan-berkshire-2026",
            &[(1, 1), (1, 2), (2, 3), (3, 4), (4, 6)],
        ),
        ("berkshire-lscb-2017", &[(4, 5)]),
        ("white-rock-preschool", &[]),
        ("bedfordshire-luton-2018", &[]),
    ];
    for (id, figures) in expected {
        let policy = built_in_policy(id).unwrap();
        let actual: Vec<(u32, u32)> = policy
            .stages
            .iter()
            .flat_map(|stage| {
                stage
                    .timescales
                    .iter()
                    .map(|t| (stage.number, t.working_days))
            })
            .collect();
        assert_eq!(actual, figures, "{id}");
    }
}

#[test]
fn every_timescale_quotes_its_source_word_for_word_and_the_quote_gives_the_figure() {
    const NUMBER_WORDS: [&str; 11] = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ];
    for policy in built_in_policies() {
        for stage in &policy.stages {
            for timescale in &stage.timescales {
                let source = source_text(&timescale.source.document);
                let quote = normalise(&timescale.quote);
                assert!(
                    source.contains(&quote),
                    "{} stage {}: {quote:?} is not in {}",
                    policy.id,
                    stage.number,
                    timescale.source.document
                );
                let n = timescale.working_days;
                let lower = quote.to_lowercase();
                let states_figure = lower.contains(&format!("{n} working day"))
                    || NUMBER_WORDS
                        .get(n as usize)
                        .is_some_and(|word| lower.contains(&format!("{word} working day")))
                    || (n == 5 && lower.contains("one working week"));
                assert!(
                    states_figure,
                    "{} stage {}: {quote:?} does not say {n} working days",
                    policy.id, stage.number
                );
            }
        }
    }
}

#[test]
fn every_source_reference_points_to_a_listed_document_that_exists() {
    for policy in built_in_policies() {
        let listed: BTreeSet<&str> = policy.sources.iter().map(|s| s.id.as_str()).collect();
        let used: BTreeSet<String> = all_source_refs(policy)
            .into_iter()
            .map(|r| r.document)
            .collect();
        for document in &used {
            assert!(
                listed.contains(document.as_str()),
                "{}: {document} not listed",
                policy.id
            );
            assert!(!source_text(document).is_empty());
        }
        for document in &listed {
            assert!(
                used.contains(*document),
                "{}: source {document} is listed but never used",
                policy.id
            );
        }
    }
}

#[test]
fn no_built_in_policy_names_a_phone_number_or_email_address() {
    for policy in built_in_policies() {
        for text in all_text(policy) {
            let longest_digit_run = text
                .split(|c: char| !c.is_ascii_digit() && c != ' ')
                .map(|run| run.chars().filter(char::is_ascii_digit).count())
                .max()
                .unwrap_or(0);
            assert!(
                longest_digit_run < 6,
                "{}: looks like a phone number: {text}",
                policy.id
            );
            assert!(
                !text.contains('@'),
                "{}: looks like an email address: {text}",
                policy.id
            );
        }
    }
}

#[test]
fn policies_survive_a_round_trip_through_json() {
    for policy in built_in_policies() {
        let json = serde_json::to_string_pretty(policy).unwrap();
        assert_eq!(&load_policy(json.as_bytes()).unwrap(), policy);
    }
}

#[test]
fn the_default_timeline_over_christmas_2026() {
    // Start Wednesday 23 December 2026 (England and Wales). Working days
    // after it: Thu 24 Dec (1), Tue 29 Dec (2; Christmas Day, the weekend
    // and the Boxing Day substitute on Mon 28th are skipped), Wed 30 (3),
    // Thu 31 (4), Mon 4 Jan 2027 (5; New Year's Day is skipped), Tue 5 Jan (6).
    let policy = built_in_policy("pan-berkshire-2026").unwrap();
    let result = timeline(
        policy,
        date("2026-12-23"),
        &Calendar::new(Division::EnglandAndWales),
    );
    let dues: Vec<(u32, u32, NaiveDate)> = result
        .deadlines
        .iter()
        .map(|deadline| (deadline.stage, deadline.working_days, deadline.due))
        .collect();
    assert_eq!(
        dues,
        [
            (1, 1, date("2026-12-24")),
            (1, 2, date("2026-12-29")),
            (2, 3, date("2026-12-30")),
            (3, 4, date("2026-12-31")),
            (4, 6, date("2027-01-05")),
        ]
    );
    assert!(
        result.notes.is_empty(),
        "every stage has a timescale: {:?}",
        result.notes
    );
}

#[test]
fn a_policy_without_timescales_says_so_for_every_stage() {
    let policy = built_in_policy("white-rock-preschool").unwrap();
    let result = timeline(
        policy,
        date("2026-11-23"),
        &Calendar::new(Division::EnglandAndWales),
    );
    assert!(result.deadlines.is_empty());
    assert_eq!(result.notes.len(), 3);
    assert!(
        result.notes[0]
            .starts_with("Stage 1 (Professional to professional): this policy sets no timescale")
    );
}

#[test]
fn a_stage_with_words_about_timing_but_no_figure_quotes_them() {
    let policy = built_in_policy("berkshire-lscb-2017").unwrap();
    let result = timeline(
        policy,
        date("2026-11-23"),
        &Calendar::new(Division::EnglandAndWales),
    );
    assert_eq!(result.deadlines.len(), 1);
    assert_eq!(result.deadlines[0].due, date("2026-11-30"));
    let stage_two = result
        .notes
        .iter()
        .find(|note| note.starts_with("Stage 2"))
        .unwrap();
    assert!(stage_two.contains("as soon as possible"), "{stage_two}");
}

#[test]
fn a_timeline_past_the_bank_holiday_data_warns() {
    let policy = built_in_policy("pan-berkshire-2026").unwrap();
    // From Monday 30 December 2030, the 2031 days are not covered.
    let result = timeline(
        policy,
        date("2030-12-30"),
        &Calendar::new(Division::EnglandAndWales),
    );
    let warning = result.notes.last().unwrap();
    assert!(
        warning.contains("built in for 2017 to 2030 only"),
        "{warning}"
    );
    assert!(warning.contains("stage 1 (2 working days)"), "{warning}");
    assert!(
        !warning.contains("stage 1 (1 working days)"),
        "31 December 2030 is covered"
    );
}
