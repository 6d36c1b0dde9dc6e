//! Broken policy files are rejected with a message that says where the
//! problem is and what is wrong, and nothing makes loading panic.

use escalation_core::builtin::BUILT_IN_FILES;
use escalation_core::load_policy;
use escalation_core::validate::{MAX_POLICY_FILE_BYTES, Problem};
use proptest::prelude::*;
use serde_json::{Value, json};

fn default_json() -> Value {
    serde_json::from_str(BUILT_IN_FILES[0].1).unwrap()
}

/// Load a copy of the default policy changed by `edit`.
fn problems_after(edit: impl FnOnce(&mut Value)) -> Vec<Problem> {
    let mut value = default_json();
    edit(&mut value);
    let text = serde_json::to_string_pretty(&value).unwrap();
    load_policy(text.as_bytes()).expect_err("the edited policy should be rejected")
}

fn problems_in(bytes: &[u8]) -> Vec<Problem> {
    load_policy(bytes).expect_err("the file should be rejected")
}

/// Exactly one problem, at `path`, whose message contains `words`.
#[track_caller]
fn assert_one(problems: &[Problem], path: &str, words: &str) {
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert_eq!(problems[0].path, path, "{problems:#?}");
    assert!(problems[0].message.contains(words), "{problems:#?}");
}

#[test]
fn an_empty_file() {
    assert_one(&problems_in(b""), "", "the file is empty");
    assert_one(&problems_in(b"  \n\t "), "", "the file is empty");
}

#[test]
fn binary_junk() {
    let problems = problems_in(&[0x89, b'P', b'N', b'G', 0xff, 0x00, 0x13]);
    assert_one(&problems, "", "not UTF-8 text");
}

#[test]
fn truncated_json_names_the_line_and_column() {
    let text = BUILT_IN_FILES[0].1;
    // Half the file, cut inside a line (a cut just after a newline stops on
    // the next, empty, line).
    let mut end = text.len() / 2;
    while !text.is_char_boundary(end) || text[..end].ends_with('\n') {
        end -= 1;
    }
    let cut = &text[..end];
    let problems = problems_in(cut.as_bytes());
    assert_eq!(problems.len(), 1);
    let (line, _column) = problems[0].line_column.expect("a syntax error has a place");
    assert_eq!(
        line,
        cut.lines().count(),
        "the error is where the text stops"
    );
    assert!(problems[0].message.contains("EOF"), "{problems:?}");
    assert!(
        problems[0]
            .to_string()
            .starts_with(&format!("line {line}, column "))
    );
}

#[test]
fn a_syntax_error_mid_file_names_its_line() {
    let text = BUILT_IN_FILES[0].1.replacen(
        "\"area\": \"Berkshire\",",
        "\"area\": \"Berkshire\" oops,",
        1,
    );
    let problems = problems_in(text.as_bytes());
    let line = text.lines().position(|line| line.contains("oops")).unwrap() + 1;
    assert_eq!(problems[0].line_column.map(|(l, _)| l), Some(line));
}

#[test]
fn a_missing_field() {
    let problems = problems_after(|policy| {
        policy.as_object_mut().unwrap().remove("title");
    });
    assert_one(&problems, "", "missing field `title`");

    let problems = problems_after(|policy| {
        policy["stages"][2].as_object_mut().unwrap().remove("who");
    });
    assert_one(&problems, "stages[2]", "missing field `who`");
}

#[test]
fn a_misspelt_field() {
    let problems = problems_after(|policy| {
        policy["stages"][0]["timescales"][0]["working_dayz"] = json!(1);
    });
    assert_one(
        &problems,
        "stages[0].timescales[0].working_dayz",
        "unknown field `working_dayz`, expected one of `what`, `working_days`",
    );
}

#[test]
fn a_top_level_value_that_is_not_an_object() {
    assert_one(&problems_in(b"[1, 2, 3]"), "", "must be a JSON object");
    assert_one(&problems_in(b"\"a policy\""), "", "must be a JSON object");
}

#[test]
fn a_value_of_the_wrong_type() {
    let problems = problems_after(|policy| policy["stages"] = json!("four of them"));
    assert_one(&problems, "stages", "invalid type: string");
}

#[test]
fn a_duplicate_stage_number() {
    let problems = problems_after(|policy| policy["stages"][2]["number"] = json!(2));
    assert_eq!(problems[0].path, "stages[2].number");
    assert!(
        problems[0]
            .message
            .contains("duplicate stage number 2: stages[1] is also stage 2")
    );
}

#[test]
fn stages_out_of_order() {
    let problems = problems_after(|policy| {
        policy["stages"].as_array_mut().unwrap().swap(1, 2);
    });
    assert_eq!(problems[0].path, "stages[1].number");
    assert!(
        problems[0]
            .message
            .contains("expected stage 2 here, found stage 3"),
        "{problems:#?}"
    );
}

#[test]
fn negative_working_days() {
    let problems =
        problems_after(|policy| policy["stages"][1]["timescales"][0]["working_days"] = json!(-3));
    assert_one(
        &problems,
        "stages[1].timescales[0].working_days",
        "invalid value: integer `-3`",
    );
}

#[test]
fn zero_working_days() {
    let problems =
        problems_after(|policy| policy["stages"][0]["timescales"][0]["working_days"] = json!(0));
    assert_one(
        &problems,
        "stages[0].timescales[0].working_days",
        "must be at least 1",
    );
}

#[test]
fn absurd_working_days() {
    let problems =
        problems_after(|policy| policy["stages"][3]["timescales"][0]["working_days"] = json!(5000));
    assert_one(
        &problems,
        "stages[3].timescales[0].working_days",
        "more than a year",
    );
}

#[test]
fn deadlines_that_go_backwards() {
    let problems =
        problems_after(|policy| policy["stages"][3]["timescales"][0]["working_days"] = json!(2));
    assert_one(
        &problems,
        "stages[3].timescales[0].working_days",
        "comes before an earlier one in stage 3",
    );
}

#[test]
fn empty_text() {
    let problems = problems_after(|policy| policy["stages"][0]["who"][0]["text"] = json!("   "));
    assert_one(&problems, "stages[0].who[0].text", "is empty");
}

#[test]
fn an_unknown_division() {
    let problems = problems_after(|policy| policy["division"] = json!("wales"));
    assert_one(&problems, "division", "unknown variant `wales`");
    assert!(
        problems[0].message.contains("england-and-wales"),
        "the message lists the valid ones"
    );
}

#[test]
fn a_source_reference_to_a_document_that_is_not_listed() {
    let problems =
        problems_after(|policy| policy["purpose"][0]["source"]["document"] = json!("made-up"));
    assert_one(
        &problems,
        "purpose[0].source.document",
        "\"made-up\" is not one of the policy's sources",
    );
}

#[test]
fn a_bad_issue_date_and_a_bad_id_are_both_reported() {
    let problems = problems_after(|policy| {
        policy["issued"] = json!("March 2026");
        policy["id"] = json!("Pan Berkshire!");
    });
    let paths: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(paths, ["id", "issued"], "{problems:#?}");
}

#[test]
fn a_policy_superseded_by_itself() {
    let problems = problems_after(|policy| {
        policy["status"] =
            json!({"state": "superseded", "by": "pan-berkshire-2026", "by_title": "itself"});
    });
    assert_one(&problems, "status.by", "cannot be superseded by itself");
}

#[test]
fn no_stages() {
    let problems = problems_after(|policy| {
        policy["stages"] = json!([]);
        policy["gaps"] = json!([]);
        for role in policy["contact_roles"].as_array_mut().unwrap() {
            role.as_object_mut().unwrap().remove("stages");
        }
    });
    assert_one(&problems, "stages", "at least one");
}

#[test]
fn a_gap_about_a_stage_the_policy_does_not_have() {
    let problems = problems_after(|policy| policy["gaps"][0]["stages"] = json!([1, 9]));
    assert_one(&problems, "gaps[0].stages[1]", "no stage 9");
}

#[test]
fn a_time_note_about_a_stage_listed_twice_or_missing() {
    let problems = problems_after(|policy| {
        policy["time_notes"] = json!([{
            "kind": "missing-table",
            "text": "The table is not published.",
            "quote": "",
            "source": {"document": "pan-berkshire-2026", "section": "Stage 1"},
            "stages": [2, 2]
        }]);
    });
    let found: Vec<(&str, &str)> = problems
        .iter()
        .map(|p| (p.path.as_str(), p.message.as_str()))
        .collect();
    assert_eq!(
        found,
        [
            (
                "time_notes[0].quote",
                "is empty; write the text, or leave the item out"
            ),
            ("time_notes[0].stages[1]", "stage 2 is listed twice"),
        ]
    );
}

#[test]
fn a_time_note_of_an_unknown_kind() {
    let problems = problems_after(|policy| {
        policy["time_notes"] = json!([{
            "kind": "vague",
            "text": "t",
            "quote": "q",
            "source": {"document": "pan-berkshire-2026", "section": "Stage 1"}
        }]);
    });
    assert_one(&problems, "time_notes[0].kind", "unknown variant `vague`");
}

#[test]
fn a_deadline_that_covers_stages_after_its_own() {
    let problems =
        problems_after(|policy| policy["stages"][1]["timescales"][0]["covers_from"] = json!(3));
    assert_one(
        &problems,
        "stages[1].timescales[0].covers_from",
        "can cover stages 1 to 2 only, not from stage 3",
    );
}

#[test]
fn deeply_nested_arrays_are_refused_without_overflowing_the_stack() {
    let depth = 100_000;
    let nested = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
    assert_one(&problems_in(nested.as_bytes()), "", "must be a JSON object");
    let in_a_field = format!("{{\"purpose\": {nested}}}");
    assert_one(
        &problems_in(in_a_field.as_bytes()),
        "purpose[0][0]",
        "invalid type: sequence",
    );
}

#[test]
fn a_file_over_the_size_limit() {
    let huge = format!("{{\"id\": \"{}\"}}", "a".repeat(MAX_POLICY_FILE_BYTES));
    assert_one(&problems_in(huge.as_bytes()), "", "at most 1048576 bytes");
}

#[test]
fn text_over_the_length_limit() {
    let problems =
        problems_after(|policy| policy["purpose"][1]["text"] = json!("word ".repeat(2000)));
    assert_one(
        &problems,
        "purpose[1].text",
        "is 10000 characters long; the limit is 5000",
    );
}

proptest! {
    #[test]
    fn any_bytes_are_rejected_or_loaded_without_panicking(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        let _ = load_policy(&bytes);
    }

    #[test]
    fn any_cut_of_a_real_policy_is_rejected_without_panicking(cut in 0usize..25_000) {
        let text = BUILT_IN_FILES[0].1.as_bytes();
        let end = cut.min(text.len() - 1);
        prop_assert!(load_policy(&text[..end]).is_err());
    }
}

/// A problem the rules find is reported at its place in the file, as a
/// syntax error is: the line and column of the value it is about.
#[test]
fn a_rule_problem_is_reported_at_its_line_and_column() {
    let file = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../policies/white-rock-preschool.json"
    ))
    .unwrap();
    let json: Value = serde_json::from_str(&file).unwrap();
    let title = format!("\"title\": \"{}\"", json["title"].as_str().unwrap());
    assert!(file.contains(&title));
    let text = file.replacen(&title, "\"title\": \"\"", 1);
    let Err(problems) = escalation_core::load_policy(text.as_bytes()) else {
        panic!("an empty title is refused");
    };
    let title = problems
        .iter()
        .find(|problem| problem.path == "title")
        .unwrap_or_else(|| panic!("{problems:?}"));
    let (line, column) = title.line_column.expect("located");
    let at: String = text
        .lines()
        .nth(line - 1)
        .unwrap()
        .chars()
        .skip(column - 1)
        .take(2)
        .collect();
    assert_eq!(at, "\"\"", "the empty title's value starts there");
    assert!(
        title
            .to_string()
            .starts_with(&format!("line {line}, column {column}, title: "))
    );
}
