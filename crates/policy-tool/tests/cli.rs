//! `policy-tool` as partnership staff run it: the real binary, real files.

use std::path::PathBuf;
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};

use serde_json::{Value, json};

fn repo_file(path: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(path)
}

fn run(args: &[&str]) -> Output {
    let output = Command::new(env!("CARGO_BIN_EXE_policy-tool"))
        .args(args)
        .output()
        .expect("policy-tool runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        !stderr.contains("panicked"),
        "policy-tool panicked: {stderr}"
    );
    output
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

/// Write `bytes` to a fresh file in the temporary folder and return its path.
fn temp_file(name: &str, bytes: &[u8]) -> PathBuf {
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "policy-tool-test-{}-{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::SeqCst)
    ));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

fn default_policy() -> Value {
    serde_json::from_str(
        &std::fs::read_to_string(repo_file("policies/pan-berkshire-2026.json")).unwrap(),
    )
    .unwrap()
}

#[test]
fn list_shows_the_four_built_in_policies_with_title_and_status() {
    let output = run(&["list"]);
    assert!(output.status.success());
    let text = stdout(&output);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 4, "{text}");
    assert!(lines[0].starts_with("pan-berkshire-2026 "));
    assert!(
        lines[0]
            .contains("Berkshire Escalation Process for Professionals with a Safeguarding Concern")
    );
    assert!(lines[0].ends_with("[current (default)]"));
    let old = lines
        .iter()
        .find(|line| line.starts_with("berkshire-lscb-2017 "))
        .unwrap();
    assert!(old.ends_with("[superseded by pan-berkshire-2026]"), "{old}");
    for id in ["white-rock-preschool", "bedfordshire-luton-2018"] {
        assert!(
            lines.iter().any(|line| line.starts_with(id)),
            "{id} missing from {text}"
        );
    }
}

#[test]
fn check_passes_each_built_in_policy_with_one_summary_line() {
    for id in [
        "pan-berkshire-2026",
        "berkshire-lscb-2017",
        "white-rock-preschool",
        "bedfordshire-luton-2018",
    ] {
        let path = repo_file(&format!("policies/{id}.json"));
        let output = run(&["check", path.to_str().unwrap()]);
        assert_eq!(output.status.code(), Some(0), "{id}: {}", stderr(&output));
        let text = stdout(&output);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 2, "{text}");
        assert!(
            lines[0].contains(&format!("valid policy \"{id}\"")),
            "{text}"
        );
        // policies/sources/ is beside the file: every statement is checked
        // word for word, and the counts are printed.
        assert!(lines[1].contains("word for word against"), "{text}");
        assert!(lines[1].contains("in the policy’s words"), "{text}");
        assert!(stderr(&output).is_empty());
    }
}

#[test]
fn check_refuses_a_statement_not_in_its_document_and_names_it() {
    let mut policy = default_policy();
    policy["stages"][0]["who"][0]["text"] =
        json!("The professionals who disagree, and their managers.");
    let file = temp_file("policy.json", &serde_json::to_vec_pretty(&policy).unwrap());
    let folder = file.parent().unwrap().to_path_buf();
    std::fs::create_dir_all(folder.join("sources")).unwrap();
    for entry in std::fs::read_dir(repo_file("policies/sources")).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(
            &path,
            folder.join("sources").join(path.file_name().unwrap()),
        )
        .unwrap();
    }
    let output = run(&["check", file.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1), "{}", stdout(&output));
    let report = stderr(&output);
    assert!(
        report.contains(
            "stages[0].who[0].text: is not word for word in the document \"pan-berkshire-2026\""
        ),
        "{report}"
    );

    // Without its sources, the file is valid and the tool says what it could not check.
    std::fs::remove_dir_all(folder.join("sources")).unwrap();
    let output = run(&["check", file.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(stdout(&output).contains("not checked word for word against \"pan-berkshire-2026\""));
}

/// Each broken file, and the words its report must contain.
#[test]
fn check_fails_clearly_on_broken_files() {
    let edited = |edit: &dyn Fn(&mut Value)| {
        let mut policy = default_policy();
        edit(&mut policy);
        serde_json::to_vec_pretty(&policy).unwrap()
    };
    let original = std::fs::read(repo_file("policies/pan-berkshire-2026.json")).unwrap();
    let depth = 50_000;
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("empty", Vec::new(), "the file is empty"),
        (
            "binary junk",
            vec![0xde, 0xad, 0xbe, 0xef, 0x00, 0xff],
            "not UTF-8 text",
        ),
        (
            "truncated",
            original[..original.len() / 3].to_vec(),
            "EOF while parsing",
        ),
        (
            "missing field",
            edited(&|p| {
                p["stages"][0].as_object_mut().unwrap().remove("title");
            }),
            "stages[0]: missing field `title`",
        ),
        (
            "a summary where people act on the policy's words",
            edited(&|p| {
                p["stages"][1]["who"][0]["quote"] = p["stages"][1]["who"][0]["text"].clone();
                p["stages"][1]["who"][0]["text"] = json!("Managers.");
            }),
            "stages[1].who[0].quote: is something people act on, so it must be the policy's own words",
        ),
        (
            "duplicate stage number",
            edited(&|p| p["stages"][3]["number"] = json!(3)),
            "stages[3].number: duplicate stage number 3",
        ),
        (
            "stages out of order",
            edited(&|p| p["stages"].as_array_mut().unwrap().swap(0, 1)),
            "stages[0].number: stages must be numbered 1, 2, 3… in order: expected stage 1 here, found stage 2",
        ),
        (
            "negative working days",
            edited(&|p| p["stages"][0]["timescales"][1]["working_days"] = json!(-2)),
            "stages[0].timescales[1].working_days: invalid value: integer `-2`",
        ),
        (
            "absurd working days",
            edited(&|p| p["stages"][3]["timescales"][0]["working_days"] = json!(9999)),
            "stages[3].timescales[0].working_days: 9999 working days is more than a year",
        ),
        (
            "empty text",
            edited(&|p| p["purpose"][0]["text"] = json!("")),
            "purpose[0].text: is empty",
        ),
        (
            "unknown division",
            edited(&|p| p["division"] = json!("cornwall")),
            "division: unknown variant `cornwall`",
        ),
        (
            "deeply nested arrays",
            format!("{}{}", "[".repeat(depth), "]".repeat(depth)).into_bytes(),
            "must be a JSON object",
        ),
        (
            "multi-megabyte string",
            format!("{{\"id\": \"{}\"}}", "x".repeat(3 * 1024 * 1024)).into_bytes(),
            "a policy file can be at most 1048576 bytes",
        ),
    ];
    for (kind, bytes, expected) in cases {
        let path = temp_file("policy.json", &bytes);
        let output = run(&["check", path.to_str().unwrap()]);
        assert_eq!(output.status.code(), Some(1), "{kind}: {}", stderr(&output));
        let report = stderr(&output);
        assert!(
            report.contains(expected),
            "{kind}: expected {expected:?} in:\n{report}"
        );
        assert!(
            report
                .lines()
                .all(|line| line.starts_with(path.to_str().unwrap())),
            "{kind}: every line names the file"
        );
        assert!(stdout(&output).is_empty(), "{kind}");
    }
}

/// Control characters and marks that reorder or hide text are problems
/// with a place, and are never printed raw to the terminal.
#[test]
fn check_names_control_characters_without_printing_them() {
    let cases = [
        (
            "title",
            "Escalation\u{1b}[31m policy",
            "U+001B at character 11",
        ),
        ("area", "Berkshire\u{7}", "U+0007 at character 10"),
        (
            "purpose[0].text",
            "Safe\u{0}guarding",
            "U+0000 at character 5",
        ),
        (
            "stages[0].title",
            "\u{202e}Stage one",
            "U+202E at character 1",
        ),
        ("stages[1].title", "\u{200b}\u{200b}", "is empty"),
    ];
    let mut policy = default_policy();
    for (path, text, _) in cases {
        let pointer = format!(
            "/{}",
            path.replace("[", "/").replace("]", "").replace('.', "/")
        );
        *policy.pointer_mut(&pointer).unwrap() = json!(text);
    }
    // A field name that is itself a control sequence: serde quotes it back.
    policy["\u{1b}]0;pwned\u{7}"] = json!(1);
    let file = temp_file("control.json", &serde_json::to_vec(&policy).unwrap());
    let output = run(&["check", file.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let report = stderr(&output);
    assert!(
        !report
            .chars()
            .any(|c| (c.is_control() && c != '\n') || c == '\u{202e}' || c == '\u{200b}'),
        "nothing raw reaches the terminal: {report:?}"
    );
    assert!(
        report.contains("unknown field `\\u{1b}]0;pwned\\u{7}`"),
        "{report}"
    );

    // Without the unknown field, every text problem is reported at its place.
    policy
        .as_object_mut()
        .unwrap()
        .remove("\u{1b}]0;pwned\u{7}");
    let file = temp_file("control.json", &serde_json::to_vec(&policy).unwrap());
    let report = stderr(&run(&["check", file.to_str().unwrap()]));
    for (path, _, words) in cases {
        assert!(report.contains(&format!("{path}: ")), "{path} in {report}");
        assert!(report.contains(words), "{words} in {report}");
    }
}

#[test]
fn check_reads_a_file_that_starts_with_a_byte_order_mark() {
    let mut bytes = "\u{feff}".as_bytes().to_vec();
    bytes.extend(std::fs::read(repo_file("policies/white-rock-preschool.json")).unwrap());
    let file = temp_file("bom.json", &bytes);
    let output = run(&["check", file.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
}

#[test]
fn check_reports_the_real_size_of_a_file_over_the_limit() {
    let bytes = vec![b' '; 3 * 1024 * 1024 + 7];
    let file = temp_file("big.json", &bytes);
    let report = stderr(&run(&["check", file.to_str().unwrap()]));
    assert!(report.contains("the file is 3145735 bytes"), "{report}");
}

#[test]
fn check_reports_every_problem_not_just_the_first() {
    let mut policy = default_policy();
    policy["stages"][1]["who"][0]["text"] = json!("");
    policy["stages"][2]["timescales"][0]["working_days"] = json!(0);
    policy["areas"][1]["source"]["document"] = json!("unknown-document");
    let path = temp_file("three-problems.json", &serde_json::to_vec(&policy).unwrap());
    let output = run(&["check", path.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let report = stderr(&output);
    assert!(report.contains("areas[1].source.document"), "{report}");
    assert!(
        report.contains("stages[1].who[0].text: is empty"),
        "{report}"
    );
    assert!(
        report.contains("stages[2].timescales[0].working_days: must be at least 1"),
        "{report}"
    );
    assert!(
        report.ends_with("invalid policy file (3 problems)\n"),
        "{report}"
    );
}

#[test]
fn unreadable_files_and_wrong_usage_exit_with_2() {
    for args in [
        vec!["check", "/definitely/not/here.json"],
        vec!["check", std::env::temp_dir().to_str().unwrap()],
        vec!["check"],
        vec!["check", "a.json", "b.json"],
        vec![],
        vec!["frobnicate"],
        vec!["timeline", "--policy", "pan-berkshire-2026"],
        vec![
            "timeline",
            "--policy",
            "pan-berkshire-2026",
            "--start",
            "2026-02-30",
        ],
        vec![
            "timeline",
            "--policy",
            "pan-berkshire-2026",
            "--start",
            "23/11/2026",
        ],
        // Years are one rule, 2000 to 2099, as in the widget and the loader.
        vec![
            "timeline",
            "--policy",
            "pan-berkshire-2026",
            "--start",
            "0026-04-02",
        ],
        vec![
            "timeline",
            "--policy",
            "pan-berkshire-2026",
            "--start",
            "9999-12-31",
        ],
        vec![
            "timeline",
            "--policy",
            "pan-berkshire-2026",
            "--start",
            "2026-11-23",
            "--division",
            "wales",
        ],
        vec![
            "timeline",
            "--policy",
            "no-such-policy",
            "--start",
            "2026-11-23",
        ],
        vec!["timeline", "--start"],
    ] {
        let output = run(&args);
        assert_eq!(
            output.status.code(),
            Some(2),
            "{args:?}: {}",
            stderr(&output)
        );
        assert!(stderr(&output).starts_with("policy-tool: "), "{args:?}");
    }
}

#[test]
fn timeline_over_christmas_2026_prints_exactly_the_documented_json() {
    // Wednesday 23 December 2026: Thu 24 Dec is day 1; Christmas Day (Fri),
    // the weekend and the Boxing Day substitute (Mon 28) are skipped, so Tue
    // 29 Dec is day 2, Wed 30 day 3, Thu 31 day 4; New Year's Day (Fri 1 Jan)
    // and the weekend are skipped, so Mon 4 Jan 2027 is day 5 and Tue 5 day 6.
    let output = run(&[
        "timeline",
        "--policy",
        "pan-berkshire-2026",
        "--start",
        "2026-12-23",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let actual: Value = serde_json::from_str(&stdout(&output)).unwrap();
    let expected = json!({
        "policy": "pan-berkshire-2026",
        "start": "2026-12-23",
        "division": "england-and-wales",
        "deadlines": [
            {"stage": 1, "what": "Discussion between the professionals involved", "working_days": 1,
             "wording": "within one working day",
             "quote": "Discussion between professionals involved: Within 1 working day", "due": "2026-12-24",
             "start_not_stated": true},
            {"stage": 1, "what": "Discussion between line managers or team managers", "working_days": 2,
             "wording": "within 24 hours (e.g within two working days of the start of the difference of opinion)",
             "quote": "Discussion between line managers / team manager: Within 2 working days of the start of the difference of opinion", "due": "2026-12-29"},
            {"stage": 2, "what": "Discussion at the next management level or between the appropriate safeguarding leads", "working_days": 3,
             "wording": "within 24 hours (e.g within 3 working days of the start of the difference of opinion)",
             "quote": "Discussion at the next management level or appropriate safeguarding leads: Within 3 working days of the start of the difference of opinion", "due": "2026-12-30"},
            {"stage": 3, "what": "Discussion between senior managers with responsibility for safeguarding", "working_days": 4,
             "wording": "within 24 hours (e.g. within 4 working days of the start of the difference of opinion)",
             "quote": "Discussion between senior managers with responsibility for safeguarding: Within 4 working days of the start of the difference of opinion", "due": "2026-12-31"},
            {"stage": 4, "what": "Meeting of senior managers with operational responsibility for the case", "working_days": 6,
             "wording": "within a maximum of 48 hours (e.g. within 6 working days of the start of the difference of opinion)",
             "quote": "Instigate a meeting of senior managers with operational responsibility for the case: Within 6 working days of the start of the difference of opinion", "due": "2027-01-05"},
        ],
        "notes": [],
    });
    assert_eq!(actual, expected);
    // serde_json's Value sorts keys, so read the order from the printed text.
    let printed = stdout(&output);
    let positions: Vec<usize> = [
        "\"policy\"",
        "\"start\"",
        "\"division\"",
        "\"deadlines\"",
        "\"notes\"",
    ]
    .iter()
    .map(|key| printed.find(key).unwrap())
    .collect();
    assert!(
        positions.is_sorted(),
        "fields in the documented order: {printed}"
    );
}

fn dues(args: &[&str]) -> Vec<String> {
    let output = run(args);
    assert!(output.status.success(), "{}", stderr(&output));
    let timeline: Value = serde_json::from_str(&stdout(&output)).unwrap();
    timeline["deadlines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|deadline| deadline["due"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn timeline_over_easter_2027() {
    // Thursday 25 March 2027: Good Friday (26th), the weekend and Easter
    // Monday (29th) are skipped, so day 1 is Tue 30 March, day 2 Wed 31,
    // day 3 Thu 1 April, day 4 Fri 2 April, day 5 Mon 5 and day 6 Tue 6 April.
    assert_eq!(
        dues(&[
            "timeline",
            "--policy",
            "pan-berkshire-2026",
            "--start",
            "2027-03-25"
        ]),
        [
            "2027-03-30",
            "2027-03-31",
            "2027-04-01",
            "2027-04-02",
            "2027-04-06"
        ]
    );
}

#[test]
fn timeline_over_the_2027_christmas_substitute_days() {
    // Christmas Day and Boxing Day 2027 fall at a weekend; the substitute
    // days are Mon 27 and Tue 28 December, and New Year's Day's substitute is
    // Mon 3 January 2028. From Friday 24 December 2027: day 1 Wed 29, day 2
    // Thu 30, day 3 Fri 31, day 4 Tue 4 January 2028, day 6 Thu 6 January.
    assert_eq!(
        dues(&[
            "timeline",
            "--policy",
            "pan-berkshire-2026",
            "--start",
            "2027-12-24"
        ]),
        [
            "2027-12-29",
            "2027-12-30",
            "2027-12-31",
            "2028-01-04",
            "2028-01-06"
        ]
    );
}

#[test]
fn timeline_uses_the_division_asked_for() {
    // St Andrew's Day, Monday 30 November 2026, is a bank holiday in Scotland.
    let from_friday = [
        "timeline",
        "--policy",
        "pan-berkshire-2026",
        "--start",
        "2026-11-27",
    ];
    assert_eq!(dues(&from_friday)[0], "2026-11-30");
    let mut scotland = from_friday.to_vec();
    scotland.extend(["--division", "scotland"]);
    assert_eq!(dues(&scotland)[0], "2026-12-01");
    let output = run(&scotland);
    assert!(stdout(&output).contains("\"division\": \"scotland\""));
}

/// (kind, stages) of each note in a timeline's JSON.
fn note_kinds(timeline: &Value) -> Vec<(String, Value)> {
    timeline["notes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|note| {
            (
                note["kind"].as_str().unwrap().to_string(),
                note["stages"].clone(),
            )
        })
        .collect()
}

#[test]
fn timeline_reads_a_policy_file_and_says_its_timescales_are_never_specified() {
    let path = repo_file("policies/white-rock-preschool.json");
    let output = run(&[
        "timeline",
        "--policy",
        path.to_str().unwrap(),
        "--start",
        "2026-11-23",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let timeline: Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(timeline["deadlines"], json!([]));
    assert_eq!(
        note_kinds(&timeline),
        [
            ("unspecified".to_string(), json!([1, 2, 3])),
            ("policy-wording".to_string(), json!([1, 2, 3])),
            ("policy-wording".to_string(), json!([1, 2, 3])),
        ]
    );
    assert!(
        timeline["notes"][0]["text"]
            .as_str()
            .unwrap()
            .contains("“In all cases, the matter should be resolved within specified timescales”")
    );
    assert!(!stdout(&output).contains("sets no timescale"));
}

#[test]
fn timeline_for_bedfordshire_names_the_missing_timescale_table_in_its_notes() {
    let output = run(&[
        "timeline",
        "--policy",
        "bedfordshire-luton-2018",
        "--start",
        "2026-11-23",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let timeline: Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(timeline["deadlines"], json!([]));
    assert_eq!(
        note_kinds(&timeline)[0],
        ("missing-table".to_string(), json!([1, 2, 3]))
    );
    let text = timeline["notes"][0]["text"].as_str().unwrap();
    assert!(
        text.contains("‘Timescale Required for Resolution’ table"),
        "{text}"
    );
    assert!(
        text.contains(
            "The policy says: “Click here to view the Timescale Required for Resolution table"
        ),
        "{text}"
    );
    assert!(!stdout(&output).to_lowercase().contains("no timescale"));
}

#[test]
fn timeline_warns_when_dates_run_past_the_bank_holiday_data() {
    let output = run(&[
        "timeline",
        "--policy",
        "pan-berkshire-2026",
        "--start",
        "2030-12-30",
    ]);
    assert!(output.status.success());
    assert!(stdout(&output).contains("Bank holidays are built in for 2017 to 2030 only"));
}

#[test]
fn timeline_of_an_invalid_policy_file_reports_its_problems() {
    let path = temp_file("broken.json", b"{\"id\": ");
    let output = run(&[
        "timeline",
        "--policy",
        path.to_str().unwrap(),
        "--start",
        "2026-11-23",
    ]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("EOF while parsing"));
}

#[test]
fn the_committed_schema_is_the_one_the_types_generate() {
    let output = run(&["schema"]);
    assert!(output.status.success());
    let committed = std::fs::read_to_string(repo_file("policies/policy.schema.json")).unwrap();
    assert_eq!(
        stdout(&output),
        committed,
        "policies/policy.schema.json is out of date: run `cargo run -p policy-tool -- schema > policies/policy.schema.json`"
    );
    let schema: Value = serde_json::from_str(&committed).unwrap();
    let required = schema["required"].as_array().unwrap();
    assert!(required.contains(&json!("stages")) && required.contains(&json!("sources")));
    assert_eq!(
        schema["$defs"]["Division"]["enum"],
        json!(["england-and-wales", "scotland", "northern-ireland"])
    );
}

/// An editor that follows the JSON Schema and `policy-tool check` agree:
/// the schema states the same limits, and its id pattern accepts exactly
/// the ids the check accepts.
#[test]
fn the_schema_states_the_limits_the_check_applies() {
    let committed = std::fs::read_to_string(repo_file("policies/policy.schema.json")).unwrap();
    let schema: Value = serde_json::from_str(&committed).unwrap();
    assert_eq!(schema["properties"]["title"]["maxLength"], json!(5000));
    assert_eq!(schema["properties"]["title"]["minLength"], json!(1));
    let days = &schema["$defs"]["Timescale"]["properties"]["working_days"];
    assert_eq!(
        (&days["minimum"], &days["maximum"]),
        (&json!(1), &json!(260))
    );
    let pattern =
        regex::Regex::new(schema["properties"]["id"]["pattern"].as_str().unwrap()).unwrap();
    let long = "a".repeat(64);
    let too_long = "a".repeat(65);
    for id in [
        "pan-berkshire-2026",
        "a",
        "a-b",
        "9",
        &long,
        &too_long,
        "",
        "-a",
        "a-",
        "A",
        "a_b",
        "a b",
        "é",
    ] {
        let mut policy = default_policy();
        policy["id"] = json!(id);
        let file = temp_file("id.json", &serde_json::to_vec(&policy).unwrap());
        let output = run(&["check", file.to_str().unwrap()]);
        let check_accepts = !stderr(&output).contains("id: ");
        assert_eq!(
            pattern.is_match(id) && id.len() <= 64,
            check_accepts,
            "{id:?}: schema and check disagree"
        );
    }
}

/// The snippet in the embedding guide is the one the tool makes, so the
/// guide never drifts from the policy data.
#[test]
fn the_embedding_guide_shows_the_snippet_the_tool_makes() {
    let output = run(&[
        "snippet",
        "--policy",
        "pan-berkshire-2026",
        "--script",
        "https://www.example.org/escalation-guide/escalation-guide.js",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let snippet = stdout(&output);
    assert!(snippet.starts_with("<div data-escalation-guide data-policy=\"pan-berkshire-2026\">"));
    assert!(snippet.contains("If a child is in immediate danger, call 999."));
    assert!(snippet.contains("Stage 4: When no solution is reached between senior leaders"));
    let guide = std::fs::read_to_string(repo_file("docs/EMBEDDING.md")).unwrap();
    assert!(
        guide.contains(&format!("```html\n{snippet}```")),
        "docs/EMBEDDING.md's snippet is out of date: paste the output of policy-tool snippet"
    );
}

#[test]
fn a_snippet_for_a_policy_file_needs_the_address_it_will_have() {
    let path = repo_file("policies/white-rock-preschool.json");
    let mut policy: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    policy["id"] = json!("our-pre-school");
    let file = temp_file("ours.json", &serde_json::to_vec(&policy).unwrap());
    let output = run(&[
        "snippet",
        "--policy",
        file.to_str().unwrap(),
        "--script",
        "/g/escalation-guide.js",
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("needs --policy-url"));
    let output = run(&[
        "snippet",
        "--policy",
        file.to_str().unwrap(),
        "--script",
        "/g/escalation-guide.js",
        "--policy-url",
        "/g/ours.json",
    ]);
    assert!(
        stdout(&output).starts_with("<div data-escalation-guide data-policy-url=\"/g/ours.json\">")
    );
}

/// The command and the core's generator (which a publishing page uses)
/// give the same bytes for the same settings, and the command checks the
/// settings as the widget would.
#[test]
fn a_snippet_with_settings_is_the_cores_snippet_and_bad_settings_stop_it() {
    use escalation_core::host_settings::SettingName;
    use escalation_core::snippet::Snippet;
    let contacts =
        r#"{"lscb-chair":{"service":"Local safeguarding children board","phone":"01234 567890"}}"#;
    let file = temp_file("contacts.json", contacts.as_bytes());
    let output = run(&[
        "snippet",
        "--policy",
        "white-rock-preschool",
        "--script",
        "/escalation-guide/escalation-guide.js",
        "--set",
        "theme-brand=#005ea5",
        "--set",
        "exit-url=https://www.example.org/",
        "--contacts",
        file.to_str().unwrap(),
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let expected = Snippet {
        policy: escalation_core::built_in_policy("white-rock-preschool").unwrap(),
        script_url: "/escalation-guide/escalation-guide.js",
        policy_url: None,
        settings: vec![
            (SettingName::Contacts, contacts.to_string()),
            (SettingName::ExitUrl, "https://www.example.org/".to_string()),
            (SettingName::ThemeBrand, "#005ea5".to_string()),
        ],
    }
    .html();
    assert_eq!(stdout(&output), expected);
    assert!(expected.contains("data-exit-url=\"https://www.example.org/\""));
    assert!(
        expected
            .contains("<a href=\"https://www.example.org/\" class=\"eg-exit-this-page__button\"")
    );

    for (setting, said) in [
        (
            "theme-link=url(https://tracker.example/)",
            "data-theme-link=\"url(https://tracker.example/)\" cannot be used",
        ),
        ("exit-url=javascript:alert(1)", "data-exit-url"),
        ("colour=red", "there is no setting called colour"),
        (
            "policy=bedfordshire-luton-2018",
            "use --policy or --policy-url",
        ),
    ] {
        let output = run(&[
            "snippet",
            "--policy",
            "white-rock-preschool",
            "--script",
            "x.js",
            "--set",
            setting,
        ]);
        assert!(!output.status.success(), "{setting} was used");
        assert!(
            stderr(&output).contains(said),
            "{setting}: {}",
            stderr(&output)
        );
        assert_eq!(stdout(&output), "", "{setting}: no snippet");
    }
    let wrong_role = temp_file("contacts.json", br#"{"dsl":{"phone":"1"}}"#);
    let output = run(&[
        "snippet",
        "--policy",
        "white-rock-preschool",
        "--script",
        "x.js",
        "--contacts",
        wrong_role.to_str().unwrap(),
    ]);
    assert!(
        stderr(&output).contains("is not one of the policy’s contact roles (lscb-chair)"),
        "{}",
        stderr(&output)
    );
}

/// The fallbacks in the pages this project ships carry Exit this page as
/// the core writes it, with the class the loader acts on before the widget
/// runs (a plain link would leave without hiding the page or clearing kept
/// progress), and the 999 advice.
#[test]
fn the_shipped_pages_fallbacks_have_the_exit_link_the_loader_runs() {
    use escalation_core::outline::{
        DEFAULT_EXIT_URL, emergency_html, exit_link_html, frame_exit_link_html,
    };
    for (file, exit) in [
        ("frame.html", frame_exit_link_html(DEFAULT_EXIT_URL)),
        ("examples/plain.html", exit_link_html(DEFAULT_EXIT_URL)),
    ] {
        let page = std::fs::read_to_string(repo_file(file)).unwrap();
        assert!(
            page.contains(exit.trim_end()),
            "{file}'s Exit this page is not the core's (escalation_core::outline)"
        );
        assert!(
            page.contains(emergency_html().trim_end()),
            "{file} has no 999 advice as the core writes it"
        );
    }
}

/// The iframe listener in the embedding guide is the one the publisher
/// page gives (`Snippet::iframe_html`), so the two never drift apart.
#[test]
fn the_embedding_guide_shows_the_iframe_listener_the_publisher_gives() {
    let guide = std::fs::read_to_string(repo_file("docs/EMBEDDING.md")).unwrap();
    assert!(
        guide.contains(&format!(
            "```html\n{}```",
            escalation_core::snippet::FRAME_LISTENER
        )),
        "docs/EMBEDDING.md's iframe listener differs from escalation_core::snippet::FRAME_LISTENER"
    );
}

/// The example host page's listener is the generator's, indented.
#[test]
fn the_iframe_example_uses_the_listener_the_publisher_gives() {
    let example = std::fs::read_to_string(repo_file("examples/iframe.html")).unwrap();
    let indented: String = escalation_core::snippet::FRAME_LISTENER
        .lines()
        .map(|line| format!("    {line}\n"))
        .collect();
    assert!(
        example.contains(&indented),
        "examples/iframe.html's listener differs from escalation_core::snippet::FRAME_LISTENER"
    );
}

/// The Content Security Policy lines in the embedding guide are the ones
/// the publisher page gives for a widget on the site's own origin and on
/// another.
#[test]
fn the_embedding_guide_shows_the_csp_lines_the_publisher_gives() {
    use escalation_core::snippet::Snippet;
    let guide = std::fs::read_to_string(repo_file("docs/EMBEDDING.md")).unwrap();
    for script_url in [
        "/escalation-guide/escalation-guide.js",
        "https://guide.example.org/escalation-guide/escalation-guide.js",
    ] {
        let line = Snippet {
            policy: escalation_core::built_in_policy("white-rock-preschool").unwrap(),
            script_url,
            policy_url: None,
            settings: Vec::new(),
        }
        .content_security_policy();
        assert!(
            guide.contains(&format!("```text\n{line}\n```")),
            "docs/EMBEDDING.md lacks the CSP line for {script_url}: {line}"
        );
    }
}
