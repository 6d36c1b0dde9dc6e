//! The built-in policies are valid, and every figure in them is in its source.

use std::collections::BTreeSet;
use std::path::PathBuf;

use chrono::NaiveDate;
use escalation_core::builtin::BUILT_IN_FILES;
use escalation_core::policy::{SourceRef, Status, TimeNoteKind};
use escalation_core::timeline::TimelineNote;
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
}

#[test]
fn the_default_is_the_current_pan_berkshire_process() {
    let policy = built_in_policy(DEFAULT_POLICY_ID).unwrap();
    assert!(policy.is_current());
    assert_eq!(policy.date_in_words(), ("Issued", "March 2026".to_string()));
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
        Status::Current | Status::NotStated => panic!("the 2017 policy should be superseded"),
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
            "Formal Resolution",
            "When no solution is reached between senior leaders",
        ]
    );
    assert_eq!(stage_titles("berkshire-lscb-2017").len(), 5);
    assert_eq!(
        stage_titles("white-rock-preschool"),
        [
            "Professional : Professional",
            "Manager : Manager",
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
                let states_figure = timescale.states_its_days();
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

/// What each stage shows about time, for every built-in policy, is made
/// from the policy data: the deadlines whose stages include it and the time
/// notes about it, and nothing else.
#[test]
fn what_each_stage_shows_about_time_comes_from_the_policy_data() {
    for policy in built_in_policies() {
        for stage in &policy.stages {
            let time = policy.time_at(stage.number).unwrap();
            let expected_deadlines: Vec<(u32, &str)> = policy
                .stages
                .iter()
                .flat_map(|own| {
                    own.timescales.iter().filter_map(move |t| {
                        let from = t.covers_from.unwrap_or(own.number);
                        (from..=own.number)
                            .contains(&stage.number)
                            .then_some((own.number, t.what.as_str()))
                    })
                })
                .collect();
            let shown: Vec<(u32, &str)> = time
                .deadlines
                .iter()
                .map(|(own, t)| (own.number, t.what.as_str()))
                .collect();
            assert_eq!(
                shown, expected_deadlines,
                "{} stage {}",
                policy.id, stage.number
            );
            let expected_notes: Vec<&str> = policy
                .time_notes
                .iter()
                .filter(|note| note.stages.is_empty() || note.stages.contains(&stage.number))
                .map(|note| note.quote.as_str())
                .collect();
            let notes: Vec<&str> = time.notes.iter().map(|note| note.quote.as_str()).collect();
            assert_eq!(
                notes, expected_notes,
                "{} stage {}",
                policy.id, stage.number
            );
            // Every line of the summary is a deadline in the policy's words
            // or the label of a note the stage has.
            for line in time.summary() {
                // The policy's words, in quotation marks, as they are.
                let from_deadline = time
                    .deadlines
                    .iter()
                    .any(|(_, t)| line.starts_with(&format!("“{}”", t.in_words())));
                let from_note = time.notes.iter().any(|note| note.kind.label() == line);
                assert!(
                    from_deadline || from_note,
                    "{} stage {}: {line:?} does not come from the data",
                    policy.id,
                    stage.number
                );
            }
        }
    }
}

/// Every built-in policy says something about time at every stage, so no
/// stage may say the policy is silent, or that it "sets no timescale".
#[test]
fn no_built_in_policy_claims_to_set_no_timescale() {
    let start = date("2026-11-23");
    for policy in built_in_policies() {
        let calendar = Calendar::new(policy.division);
        for stage in &policy.stages {
            let time = policy.time_at(stage.number).unwrap();
            assert!(
                !time.is_silent(),
                "{} stage {}: its source says something about time",
                policy.id,
                stage.number
            );
        }
        let result = timeline(policy, start, &calendar);
        let mut words: Vec<String> = result.notes.iter().map(|note| note.in_words()).collect();
        words.extend(
            policy
                .stages
                .iter()
                .flat_map(|stage| policy.time_at(stage.number).unwrap().summary()),
        );
        words.push(serde_json::to_string(&result).unwrap());
        for text in words {
            let lower = text.to_lowercase();
            for claim in [
                "sets no timescale",
                "no timescale in working days",
                "says nothing about",
            ] {
                assert!(
                    !lower.contains(claim),
                    "{}: {text:?} says {claim:?}",
                    policy.id
                );
            }
        }
    }
}

/// The March 2026 stages say "within 24 hours" (stage 4: "within a maximum
/// of 48 hours") with a working-day figure as an example: both are shown.
#[test]
fn the_2026_stages_carry_their_24_and_48_hour_words() {
    let policy = built_in_policy("pan-berkshire-2026").unwrap();
    let hours = [
        (1, "24 hours"),
        (2, "24 hours"),
        (3, "24 hours"),
        (4, "48 hours"),
    ];
    for (number, words) in hours {
        let time = policy.time_at(number).unwrap();
        let summary = time.summary().join(" ");
        assert!(summary.contains(words), "stage {number}: {summary}");
        assert!(
            summary.contains("e.g"),
            "stage {number} keeps the “e.g.”: {summary}"
        );
    }
    let result = timeline(
        policy,
        date("2026-12-23"),
        &Calendar::new(Division::EnglandAndWales),
    );
    let worded: Vec<(u32, u32, bool)> = result
        .deadlines
        .iter()
        .map(|d| {
            let wording = d.wording.as_deref().unwrap_or("");
            (d.stage, d.working_days, wording.contains("hours"))
        })
        .collect();
    assert_eq!(
        worded,
        [
            (1, 1, false),
            (1, 2, true),
            (2, 3, true),
            (3, 4, true),
            (4, 6, true)
        ]
    );
}

/// Each stage's own words for a deadline, and each time note, are quoted
/// word for word from the source, and the wording gives the same figure.
#[test]
fn every_wording_and_time_note_is_quoted_word_for_word() {
    for policy in built_in_policies() {
        for stage in &policy.stages {
            for timescale in &stage.timescales {
                if let Some(wording) = &timescale.wording {
                    let source = source_text(&timescale.source.document);
                    assert!(
                        source.contains(&normalise(wording)),
                        "{} stage {}: {wording:?} is not in the source",
                        policy.id,
                        stage.number
                    );
                }
            }
        }
        for note in &policy.time_notes {
            let source = source_text(&note.source.document);
            assert!(
                source.contains(&normalise(&note.quote)),
                "{}: {:?} is not in {}",
                policy.id,
                note.quote,
                note.source.document
            );
        }
    }
}

#[test]
fn bedfordshire_names_its_missing_timescale_table_at_every_stage() {
    let policy = built_in_policy("bedfordshire-luton-2018").unwrap();
    for stage in &policy.stages {
        let time = policy.time_at(stage.number).unwrap();
        let table = time
            .notes
            .iter()
            .find(|note| note.kind == TimeNoteKind::MissingTable)
            .unwrap_or_else(|| panic!("stage {} names the table", stage.number));
        assert!(table.text.contains("Timescale Required for Resolution"));
        assert!(
            table
                .quote
                .contains("Click here to view the Timescale Required for Resolution table")
        );
        assert!(
            !table.text.contains("Board"),
            "this guide does not pick one of the three boards for the table"
        );
    }
    let result = timeline(
        policy,
        date("2026-11-23"),
        &Calendar::new(Division::EnglandAndWales),
    );
    assert!(result.deadlines.is_empty());
    assert!(result.notes.iter().any(|note| matches!(
        note,
        TimelineNote::Policy { kind: TimeNoteKind::MissingTable, stages, .. } if stages == &[1, 2, 3]
    )));
}

#[test]
fn the_2017_week_governs_every_stage_and_the_five_days_stages_one_to_four() {
    let policy = built_in_policy("berkshire-lscb-2017").unwrap();
    for stage in &policy.stages {
        let time = policy.time_at(stage.number).unwrap();
        assert!(
            time.notes
                .iter()
                .any(|note| note.quote.contains("ONE WORKING WEEK")),
            "stage {}",
            stage.number
        );
        let five_days = time.deadlines.iter().any(|(_, t)| t.working_days == 5);
        assert_eq!(five_days, stage.number <= 4, "stage {}", stage.number);
    }
    let stage_five = policy.time_at(5).unwrap();
    assert!(stage_five.deadlines.is_empty());
    let stage_two = policy.time_at(2).unwrap();
    assert!(
        stage_two
            .notes
            .iter()
            .any(|note| note.quote.contains("as soon as possible"))
    );
    let result = timeline(
        policy,
        date("2026-11-23"),
        &Calendar::new(Division::EnglandAndWales),
    );
    assert_eq!(result.deadlines.len(), 1);
    assert_eq!(result.deadlines[0].due, date("2026-11-30"));
    assert_eq!(result.deadlines[0].stages_label(), "Stages 1 to 4");
}

#[test]
fn white_rock_says_its_timescales_are_specified_but_gives_none() {
    let policy = built_in_policy("white-rock-preschool").unwrap();
    for stage in &policy.stages {
        let time = policy.time_at(stage.number).unwrap();
        let note = time
            .notes
            .iter()
            .find(|note| note.kind == TimeNoteKind::Unspecified)
            .unwrap_or_else(|| panic!("stage {}", stage.number));
        assert!(note.quote.contains("resolved within specified timescales"));
        assert!(time.deadlines.is_empty());
    }
}

/// A policy that really says nothing about time at a stage gets a sentence
/// that names it, never a generic line.
#[test]
fn silence_about_time_names_the_policy() {
    let mut policy = built_in_policy("white-rock-preschool").unwrap().clone();
    policy.time_notes.clear();
    let time = policy.time_at(2).unwrap();
    assert!(time.is_silent());
    assert_eq!(
        time.silence_in_words(),
        format!(
            "The policy “{}” does not say how long stage 2 should take.",
            policy.title
        )
    );
    let result = timeline(
        &policy,
        date("2026-11-23"),
        &Calendar::new(Division::EnglandAndWales),
    );
    assert_eq!(result.notes.len(), 3);
    assert!(
        result
            .notes
            .iter()
            .all(|note| note.in_words().contains(&policy.title))
    );
}

/// The urgent page follows each policy's own order.
#[test]
fn emergency_guidance_is_in_each_policys_own_order() {
    let steps = |id| {
        let policy = built_in_policy(id).unwrap();
        policy
            .immediate_danger
            .guidance
            .iter()
            .map(|item| (item.text.clone(), item.source.section.clone()))
            .collect::<Vec<_>>()
    };
    // Pan-Berkshire 2026: its opening paragraph (Safeguarding Lead, or the
    // line manager where there is none; 999 where time does not allow),
    // then its Conclusion.
    let pan = steps("pan-berkshire-2026");
    assert!(pan[0].0.contains("Safeguarding Lead or line manager"));
    assert!(pan[1].0.contains("Where time does not allow") && pan[1].0.contains("999"));
    assert_eq!(pan[2].1, "Conclusion");
    assert!(
        pan[2]
            .0
            .contains("designated safeguarding lead/line manager")
    );
    // 2017: section 1.3 first (the lead, then 999), then the closing
    // "Escalation process" section in the same order.
    let old = steps("berkshire-lscb-2017");
    let sections: Vec<&str> = old.iter().map(|(_, section)| section.as_str()).collect();
    assert_eq!(sections[..2], ["section 1.3", "section 1.3"]);
    assert!(
        old[0]
            .0
            .contains("designated safeguarding lead/line manager")
    );
    assert!(old[1].0.contains("999"));
    assert!(old[2].0.contains("Safeguarding Lead or line manager"));
    assert!(old[3].0.contains("Where time does not allow") && old[3].0.contains("999"));
    // Bedfordshire: the police immediately (section 5), then section 6.6 on
    // non-accidental injury.
    let bedfordshire = steps("bedfordshire-luton-2018");
    assert!(
        bedfordshire[0]
            .0
            .contains("the police should be contacted immediately")
    );
    assert!(
        bedfordshire
            .last()
            .unwrap()
            .0
            .contains("non-accidental injury")
    );
    let white_rock = built_in_policy("white-rock-preschool").unwrap();
    assert!(white_rock.immediate_danger.guidance.is_empty());
    assert!(
        white_rock.immediate_danger.skipping_stages[0]
            .text
            .contains("which stage")
    );
}

/// Gap notes about particular stages point at stages the policy has, and
/// the timescale gaps are linked from every stage they concern.
#[test]
fn gap_notes_about_time_are_linked_from_their_stages() {
    for id in [
        "pan-berkshire-2026",
        "bedfordshire-luton-2018",
        "white-rock-preschool",
    ] {
        let policy = built_in_policy(id).unwrap();
        for stage in &policy.stages {
            assert!(
                policy.gaps_for(stage.number).next().is_some(),
                "{id} stage {} links a gap note",
                stage.number
            );
        }
    }
}

#[test]
fn bedfordshire_gives_an_update_date_not_an_issue_date() {
    let policy = built_in_policy("bedfordshire-luton-2018").unwrap();
    assert_eq!(
        policy.date_in_words(),
        ("Updated", "November 2018".to_string())
    );
    let old = built_in_policy("berkshire-lscb-2017").unwrap();
    assert!(old.area.contains("Bracknell Forest") && old.area.contains("Reading"));
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
    let warning = result.notes.last().unwrap().in_words();
    assert!(
        warning.contains("built in for 2017 to 2030 only"),
        "{warning}"
    );
    assert!(warning.contains("stage 1 (2 working days)"), "{warning}");
    assert!(
        !warning.contains("stage 1 (1 working day)"),
        "31 December 2030 is covered"
    );
}
