//! The record of a 7-minute briefing: it leaves the widget as text,
//! Markdown, JSON and iCalendar, comes back from its JSON file exactly (or
//! not at all, with a message naming what is wrong), and lives in the
//! journey, so keeping progress and clearing it apply to it unchanged.

use chrono::{NaiveDate, NaiveDateTime};
use escalation_core::briefing_record::{
    ActionPart, BriefingEdit, BriefingField, BriefingRecord, TEAM_QUESTIONS, file,
};
use escalation_core::date_input::DateField;
use escalation_core::ics::briefing_actions_calendar;
use escalation_core::limits::{
    AnswerLength, LimitProblem, MAX_ANSWER_CHARS, MAX_ITEMS, MAX_SAVED_FILE_BYTES,
};
use escalation_core::saved::{self, LoadError, RecordKind};
use escalation_core::{Action, Journey, Page, PolicyShape, built_in_policy, default_policy};
use serde_json::{Value, json};

const LONG_ANSWER_CHARS: usize = 250_000;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 27).unwrap()
}

fn edit(edit: BriefingEdit) -> Action {
    Action::EditBriefing(edit)
}

fn date_edits(
    set: impl Fn(DateField, String) -> BriefingEdit,
    d: &str,
    m: &str,
    y: &str,
) -> Vec<Action> {
    [
        (DateField::Day, d),
        (DateField::Month, m),
        (DateField::Year, y),
    ]
    .into_iter()
    .map(|(field, text)| edit(set(field, text.to_string())))
    .collect()
}

/// A long answer with line breaks, quotes and characters that mean
/// something in JSON, Markdown and iCalendar, exactly 250,000 characters.
fn long_answer() -> String {
    let piece = "Line “one”; a,b\\c *stars* # é\n";
    let mut text = piece.repeat(LONG_ANSWER_CHARS / piece.chars().count() + 1);
    let cut = text.char_indices().nth(LONG_ANSWER_CHARS).unwrap().0;
    text.truncate(cut);
    assert_eq!(text.chars().count(), LONG_ANSWER_CHARS);
    text
}

/// A briefing record with every field filled, two actions (one dated, one
/// not) and a 250,000-character answer, on the default policy, shown on the
/// briefing record page.
fn recorded() -> Journey {
    let mut actions = vec![Action::Show(Page::BriefingRecord)];
    actions.extend(date_edits(BriefingEdit::SetDate, "26", "11", "2026"));
    actions.extend([
        edit(BriefingEdit::Set(
            BriefingField::Team,
            "Acorn Nursery, Room 2".into(),
        )),
        edit(BriefingEdit::Set(
            BriefingField::Facilitator,
            "Deputy DSL".into(),
        )),
        edit(BriefingEdit::Set(BriefingField::Attended, "14".into())),
        edit(BriefingEdit::Answer(0, long_answer())),
        edit(BriefingEdit::Answer(1, "Our DSL, by phone".into())),
        edit(BriefingEdit::Answer(2, "On the child’s file".into())),
        edit(BriefingEdit::Answer(3, "Call 999 & tell the DSL".into())),
        edit(BriefingEdit::AddAction),
        edit(BriefingEdit::SetAction(
            1,
            ActionPart::What,
            "Put the flowchart on the staff-room wall, today; then review".into(),
        )),
        edit(BriefingEdit::SetAction(
            1,
            ActionPart::Who,
            "Room leader".into(),
        )),
        edit(BriefingEdit::AddAction),
        edit(BriefingEdit::SetAction(
            2,
            ActionPart::What,
            "Talk it through at supervision".into(),
        )),
        edit(BriefingEdit::SetAction(
            2,
            ActionPart::Who,
            "Each key person".into(),
        )),
    ]);
    actions.extend(date_edits(
        |field, text| BriefingEdit::SetActionBy(1, field, text),
        "4",
        "dec",
        "2026",
    ));
    actions.into_iter().fold(
        Journey::new(PolicyShape::of(default_policy())),
        Journey::reduce,
    )
}

fn saved_value() -> Value {
    serde_json::from_str(&file::save(&recorded(), today()).unwrap()).unwrap()
}

fn load_value(value: &Value) -> Result<BriefingRecord, LoadError> {
    file::load(
        serde_json::to_string(value).unwrap().as_bytes(),
        built_in_policy,
    )
}

#[test]
fn the_record_round_trips_through_its_file_with_a_250000_character_answer_intact() {
    let journey = recorded();
    let text = file::save(&journey, today()).unwrap();
    let fresh = Journey::new(PolicyShape::of(default_policy()));
    let loaded = file::load(text.as_bytes(), built_in_policy).unwrap();
    assert_eq!(&loaded, journey.briefing());
    assert_eq!(*loaded.answer(0), *long_answer());
    assert_eq!(loaded.answer(0).chars().count(), LONG_ANSWER_CHARS);
    // Continuing from it puts it in the journey as it was saved.
    let continued = fresh.reduce(Action::RestoreBriefing(Box::new(loaded)));
    assert_eq!(continued.briefing(), journey.briefing());
    assert!(
        !AnswerLength::of(&journey.briefing().answer(0)).is_too_long(),
        "the limit allows it"
    );
}

#[test]
fn the_file_holds_the_briefing_record_alone() {
    let mut journey = recorded();
    journey = journey.reduce(Action::EditRecord(escalation_core::RecordEdit::Set(
        escalation_core::record::RecordField::Details,
        "A CHILD'S CASE".into(),
    )));
    let text = file::save(&journey, today()).unwrap();
    assert!(
        !text.contains("A CHILD'S CASE"),
        "never the journey's record"
    );
    let value: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(value["format"], json!("escalation-guide-briefing-record"));
    assert_eq!(value["policy"], json!(default_policy().id.to_string()));
    assert_eq!(value["saved_by"], json!(escalation_core::GUIDE));
    assert_eq!(
        RecordKind::Briefing.file_name(today(), "json"),
        "briefing-record-2026-11-27.json"
    );
    assert_eq!(
        RecordKind::Briefing.file_name(today(), "ics"),
        "briefing-record-2026-11-27-actions.ics"
    );
    assert_eq!(
        RecordKind::Journey.file_name(today(), "ics"),
        "escalation-record-2026-11-27-deadlines.ics"
    );
}

#[test]
fn kept_progress_keeps_the_briefing_record_and_exit_clears_it() {
    let journey = recorded();
    let kept = saved::save(&journey, today()).unwrap();
    let value: Value = serde_json::from_str(&kept).unwrap();
    assert_eq!(value["version"], json!(3));
    let restored = saved::load(kept.as_bytes(), built_in_policy).unwrap();
    assert_eq!(restored.briefing(), journey.briefing());
    assert_eq!(
        restored.briefing().answer(0).chars().count(),
        LONG_ANSWER_CHARS
    );
    assert!(journey.has_typed_text());
    let cleared = journey.reduce(Action::Reset);
    assert!(cleared.briefing().is_empty());
    assert!(!cleared.has_typed_text());
}

#[test]
fn work_is_unsaved_until_a_file_holds_it() {
    let journey = recorded();
    assert!(journey.has_unsaved_work(None, None));
    assert!(journey.has_unsaved_briefing(None, None));
    // Its own file holds the briefing record.
    assert!(!journey.has_unsaved_work(None, Some(journey.briefing())));
    // So does the journey's file.
    assert!(!journey.has_unsaved_work(Some(&journey), None));
    // A journey's record typed after the briefing record was saved is not.
    let later = journey
        .clone()
        .reduce(Action::EditRecord(escalation_core::RecordEdit::Set(
            escalation_core::record::RecordField::Details,
            "typed later".into(),
        )));
    assert!(later.has_unsaved_work(None, Some(journey.briefing())));
    assert!(!later.has_unsaved_briefing(None, Some(journey.briefing())));
    // Nothing typed, nothing unsaved: nor text typed and taken out again.
    let fresh = Journey::new(PolicyShape::of(default_policy()));
    assert!(!fresh.has_unsaved_work(None, None));
    let typed_and_deleted = fresh
        .reduce(edit(BriefingEdit::Answer(2, "a".into())))
        .reduce(edit(BriefingEdit::Answer(2, " ".into())));
    assert!(!typed_and_deleted.has_unsaved_work(None, None));
    assert!(
        !typed_and_deleted.briefing().is_empty(),
        "but saved as it is"
    );
}

#[test]
fn continuing_a_journey_saved_without_a_briefing_record_keeps_the_one_on_screen() {
    let on_screen = recorded();
    let saved_journey = Journey::new(PolicyShape::of(default_policy())).reduce(Action::Start);
    let continued = on_screen
        .clone()
        .reduce(Action::Restore(Box::new(saved_journey)));
    assert_eq!(continued.page(), Page::ImmediateDanger);
    assert_eq!(continued.briefing(), on_screen.briefing());
    // One saved with a briefing record brings it back instead.
    let other = Journey::new(PolicyShape::of(default_policy())).reduce(edit(BriefingEdit::Set(
        BriefingField::Team,
        "Another team".into(),
    )));
    let continued = on_screen.reduce(Action::Restore(Box::new(other.clone())));
    assert_eq!(continued.briefing(), other.briefing());
}

#[test]
fn a_changed_file_is_refused_as_changed() {
    let mut value = saved_value();
    value["briefing"]["team"] = json!("Another team entirely");
    let error = load_value(&value).unwrap_err();
    assert_eq!(error, LoadError::Tampered);
    assert!(
        error
            .to_string()
            .contains("changed or damaged since it was saved")
    );

    // An inconsistent record is refused even with its checksum made to match.
    let mut value = saved_value();
    value["briefing"]["actions"][1]["id"] = json!(1);
    let record: BriefingRecord = serde_json::from_value(value["briefing"].clone()).unwrap();
    assert!(!record.is_consistent());
    assert_eq!(load_value(&value).unwrap_err(), LoadError::Tampered);

    // A field this guide does not write is refused, not dropped unseen.
    let mut value = saved_value();
    value["briefing"]["names"] = json!(["Someone"]);
    assert_eq!(load_value(&value).unwrap_err(), LoadError::Tampered);
}

#[test]
fn an_oversized_file_or_answer_is_refused_naming_the_limit() {
    // A file over 8 MB is refused before it is read.
    let big = vec![b' '; MAX_SAVED_FILE_BYTES + 1];
    let error = file::load(&big, built_in_policy).unwrap_err();
    assert_eq!(
        error,
        LoadError::OverLimit(LimitProblem::FileTooLarge(MAX_SAVED_FILE_BYTES + 1))
    );
    assert!(
        error
            .to_string()
            .contains("a saved record can be up to 8,388,608 bytes"),
        "{error}"
    );

    // An answer over the limit cannot be saved, and the message names it.
    let over = recorded().reduce(edit(BriefingEdit::Answer(
        1,
        "a".repeat(MAX_ANSWER_CHARS + 1),
    )));
    let problem = file::save(&over, today()).unwrap_err();
    assert!(
        problem
            .to_string()
            .contains("“Briefing record: Answer to question 2” is 1,000,001 characters long"),
        "{problem}"
    );
    // Nor kept on this device, with the journey.
    assert_eq!(saved::save(&over, today()).unwrap_err(), problem);

    // A file made with one is refused, naming it.
    let mut value = saved_value();
    value["briefing"]["answers"]["1"] = json!("a".repeat(MAX_ANSWER_CHARS + 1));
    let error = load_value(&value).unwrap_err();
    assert!(matches!(
        error,
        LoadError::OverLimit(LimitProblem::AnswerTooLong { .. })
    ));
    assert!(
        error.to_string().contains("Answer to question 2"),
        "{error}"
    );

    // Too many actions are counted before they are read.
    let mut value = saved_value();
    value["briefing"]["actions"] = json!(vec![json!({}); MAX_ITEMS + 1]);
    assert_eq!(
        load_value(&value).unwrap_err(),
        LoadError::OverLimit(LimitProblem::TooManyActions(MAX_ITEMS + 1))
    );
}

#[test]
fn a_file_of_the_wrong_kind_says_which_kind_it_is_and_where_it_loads() {
    // A journey's saved record given to the briefing record.
    let journey_file = saved::save(&recorded(), today()).unwrap();
    let error = file::load(journey_file.as_bytes(), built_in_policy).unwrap_err();
    assert_eq!(error, LoadError::WrongKind(RecordKind::Journey));
    assert_eq!(
        error.to_string(),
        "The file is a record of a professional disagreement, not a record of a 7-minute \
         briefing. Load it from “Continue from a saved record” on the start page instead."
    );
    // A briefing record given to the journey's load.
    let briefing_file = file::save(&recorded(), today()).unwrap();
    let error = saved::load(briefing_file.as_bytes(), built_in_policy).unwrap_err();
    assert_eq!(error, LoadError::WrongKind(RecordKind::Briefing));
    assert!(
        error
            .to_string()
            .contains("Load it from “Record this briefing” in training mode")
    );
    // Something else altogether, half a file, and a newer format.
    for bytes in [
        &br#"{"name": "a shopping list"}"#[..],
        b"BEGIN:VCALENDAR\r\n",
        &[0xff, 0xd8],
    ] {
        let error = file::load(bytes, built_in_policy).unwrap_err();
        assert_eq!(error, LoadError::Foreign);
        assert!(
            error
                .to_string()
                .contains("not a record saved by this guide")
        );
    }
    let error = file::load(&briefing_file.as_bytes()[..1000], built_in_policy).unwrap_err();
    assert_eq!(error, LoadError::Truncated);
    let mut value = saved_value();
    value["version"] = json!(2);
    assert_eq!(load_value(&value).unwrap_err(), LoadError::NewerVersion(2));
    assert_eq!(
        file::load(b" ", built_in_policy).unwrap_err(),
        LoadError::Empty
    );
}

#[test]
fn a_record_of_a_briefing_on_another_policy_keeps_its_policy() {
    let journey = recorded();
    assert_eq!(
        journey.briefing().policy.as_deref(),
        Some(default_policy().id.as_str()),
        "the record names the policy it was begun on"
    );
    // Choosing another policy does not change what the briefing was on.
    let other = built_in_policy("white-rock-preschool").unwrap();
    let moved = journey
        .clone()
        .reduce(Action::Show(Page::ChoosePolicy))
        .reduce(Action::ChoosePolicy(PolicyShape::of(other)));
    assert_eq!(moved.policy().id, other.id.to_string());
    assert_eq!(moved.briefing(), journey.briefing());
    let note = moved
        .briefing()
        .on_another_policy(other, Some(default_policy()))
        .unwrap();
    assert!(note.contains(&default_policy().title), "{note}");
    assert_eq!(
        journey
            .briefing()
            .on_another_policy(default_policy(), Some(default_policy())),
        None
    );
    // Its file names the policy it was on, and loads under any policy.
    let text = file::save(&moved, today()).unwrap();
    let value: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(value["policy"], json!(default_policy().id.to_string()));
    assert_eq!(
        &file::load(text.as_bytes(), built_in_policy).unwrap(),
        journey.briefing()
    );
    // A policy this guide does not have is named.
    let mut shape = PolicyShape::of(default_policy());
    shape.id = "somewhere-else-2030".into();
    let elsewhere =
        Journey::new(shape).reduce(edit(BriefingEdit::Set(BriefingField::Team, "Acorn".into())));
    let unknown = file::save(&elsewhere, today()).unwrap();
    assert_eq!(
        file::load(unknown.as_bytes(), built_in_policy).unwrap_err(),
        LoadError::UnknownPolicy("somewhere-else-2030".into())
    );
    // One policy in the file and another in the record was edited.
    let mut value = saved_value();
    value["briefing"]["policy"] = json!("white-rock-preschool");
    assert_eq!(load_value(&value).unwrap_err(), LoadError::Tampered);
}

#[test]
fn part_7_asks_the_questions_the_record_answers() {
    for policy in escalation_core::built_in_policies() {
        let parts = policy.briefing();
        let questions: Vec<&str> = parts[6]
            .sections
            .iter()
            .find(|section| section.heading.starts_with("Questions for the team"))
            .expect("part 7 has questions for the team")
            .points
            .iter()
            .map(|point| point.text.as_str())
            .collect();
        assert_eq!(questions, TEAM_QUESTIONS);
    }
}

#[test]
fn text_and_markdown_contain_every_field() {
    let journey = recorded();
    let document = journey.briefing().document(default_policy(), today());
    let text = document.to_text();
    let markdown = document.to_markdown();
    let expected_text = [
        "Record of a 7-minute briefing",
        &format!(
            "Written with {} on 27 November 2026",
            escalation_core::GUIDE
        ),
        &format!("Policy: {}", default_policy().title),
        "Date of the briefing: 26 November 2026",
        "Team or setting: Acorn Nursery, Room 2",
        "Facilitator: Deputy DSL",
        "How many attended: 14",
        "Our DSL, by phone",
        "On the child’s file",
        "Call 999 & tell the DSL",
        "What will be done: Put the flowchart on the staff-room wall, today; then review; Who will do it: Room leader; By when: 4 December 2026",
        "What will be done: Talk it through at supervision; Who will do it: Each key person; By when: No date given",
    ];
    for expected in expected_text {
        assert!(text.contains(expected), "text lacks {expected:?}");
    }
    for question in TEAM_QUESTIONS {
        assert!(text.contains(question), "text lacks {question:?}");
    }
    // Every word of the long answer, each line indented under its question.
    assert_eq!(
        text.matches("Line “one”; a,b\\c *stars* # é").count(),
        long_answer()
            .matches("Line “one”; a,b\\c *stars* # é")
            .count()
    );
    for expected in [
        "# Record of a 7\\-minute briefing".replace("\\-", "-"),
        "- **Team or setting:** Acorn Nursery, Room 2".into(),
        "- **Facilitator:** Deputy DSL".into(),
        "- **How many attended:** 14".into(),
        "- **Date of the briefing:** 26 November 2026".into(),
        "Call 999 \\& tell the DSL".into(),
        "  1. What will be done: Put the flowchart".into(),
        "  2. What will be done: Talk it through at supervision".into(),
    ] {
        assert!(markdown.contains(&expected), "Markdown lacks {expected:?}");
    }
    assert_eq!(
        markdown
            .matches("Line “one”; a,b\\\\c \\*stars\\* \\# é")
            .count(),
        long_answer()
            .matches("Line “one”; a,b\\c *stars* # é")
            .count()
    );
    for question in TEAM_QUESTIONS {
        assert!(markdown.contains(question), "Markdown lacks {question:?}");
    }
    // A superseded policy says so in the record.
    let old = built_in_policy("berkshire-lscb-2017").unwrap();
    let text = journey.briefing().document(old, today()).to_text();
    assert!(text.contains("superseded"), "{text}");
}

/// Unfold an iCalendar file, checking the physical lines on the way: CRLF
/// only, at most 75 octets each.
fn unfold(ics: &str) -> Vec<String> {
    assert!(ics.ends_with("\r\n"), "the file ends with CRLF");
    let mut lines: Vec<String> = Vec::new();
    for line in ics.strip_suffix("\r\n").unwrap().split("\r\n") {
        assert!(
            !line.contains('\n') && !line.contains('\r'),
            "bare line break in {line:?}"
        );
        assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
        match line.strip_prefix(' ') {
            Some(rest) => lines
                .last_mut()
                .expect("a fold follows a line")
                .push_str(rest),
            None => lines.push(line.to_string()),
        }
    }
    lines
}

#[test]
fn the_calendar_has_one_all_day_event_per_dated_action_and_none_for_undated_ones() {
    let mut journey = recorded();
    // A third action, dated, with characters iCalendar escapes.
    journey = [
        edit(BriefingEdit::AddAction),
        edit(BriefingEdit::SetAction(
            3,
            ActionPart::What,
            "Check, then; tell\\ask\nthe team".into(),
        )),
    ]
    .into_iter()
    .chain(date_edits(
        |field, text| BriefingEdit::SetActionBy(3, field, text),
        "31",
        "12",
        "2026",
    ))
    .fold(journey, Journey::reduce);
    let now = NaiveDateTime::parse_from_str("2026-11-27 09:30:05", "%Y-%m-%d %H:%M:%S").unwrap();
    let ics = briefing_actions_calendar(default_policy(), journey.briefing(), today(), now);
    let lines = unfold(&ics);
    assert_eq!(lines.first().unwrap(), "BEGIN:VCALENDAR");
    assert_eq!(lines.last().unwrap(), "END:VCALENDAR");
    assert!(lines.contains(&"VERSION:2.0".to_string()));
    assert!(lines.iter().any(|line| line.starts_with("PRODID:")));
    let mut events: Vec<Vec<String>> = Vec::new();
    let mut current: Option<Vec<String>> = None;
    for line in &lines {
        match line.as_str() {
            "BEGIN:VEVENT" => current = Some(Vec::new()),
            "END:VEVENT" => events.push(current.take().expect("END without BEGIN")),
            _ => {
                if let Some(event) = current.as_mut() {
                    event.push(line.clone());
                }
            }
        }
    }
    assert!(current.is_none(), "every VEVENT ends");
    assert_eq!(
        events.len(),
        2,
        "actions 1 and 3 have dates; action 2 has none"
    );
    let property = |event: &[String], name: &str| {
        event
            .iter()
            .find_map(|line| line.strip_prefix(name))
            .unwrap_or_else(|| panic!("no {name} in {event:?}"))
            .to_string()
    };
    assert_eq!(property(&events[0], "DTSTART;VALUE=DATE:"), "20261204");
    assert_eq!(property(&events[0], "DTEND;VALUE=DATE:"), "20261205");
    assert_eq!(property(&events[1], "DTSTART;VALUE=DATE:"), "20261231");
    assert_eq!(property(&events[1], "DTEND;VALUE=DATE:"), "20270101");
    for event in &events {
        assert_eq!(property(event, "DTSTAMP:"), "20261127T093005Z");
        assert!(property(event, "DESCRIPTION:").contains("Acorn Nursery\\, Room 2"));
    }
    let uids: Vec<String> = events.iter().map(|event| property(event, "UID:")).collect();
    assert!(
        uids[0].starts_with(&format!("{}-briefing-", default_policy().id))
            && uids[0].ends_with("-20261126-action1@escalation-guide.invalid"),
        "{}",
        uids[0]
    );
    assert_ne!(uids[0], uids[1]);
    // The same calendar made again has the same entries; another team's
    // briefing on the same policy and day has its own.
    let again = briefing_actions_calendar(default_policy(), journey.briefing(), today(), now);
    assert_eq!(again, ics);
    let other_team = journey.reduce(edit(BriefingEdit::Set(
        BriefingField::Team,
        "Bright Start, Room 1".into(),
    )));
    let other = unfold(&briefing_actions_calendar(
        default_policy(),
        other_team.briefing(),
        today(),
        now,
    ));
    for uid in &uids {
        assert!(
            !other
                .iter()
                .any(|line| line.strip_prefix("UID:") == Some(uid)),
            "{uid}"
        );
    }
    assert_eq!(
        property(&events[0], "SUMMARY:"),
        "Briefing action: Put the flowchart on the staff-room wall\\, today\\; then review"
    );
    assert_eq!(
        property(&events[1], "SUMMARY:"),
        "Briefing action: Check\\, then\\; tell\\\\ask\\nthe team"
    );
    assert!(property(&events[0], "DESCRIPTION:").contains("Who will do it: Room leader."));
}
