//! The record leaves the widget as text, Markdown, JSON and iCalendar, and
//! a saved JSON file comes back exactly, or not at all with a clear reason.

mod support {
    pub mod walk;
}

use chrono::{NaiveDate, NaiveDateTime};
use escalation_core::exports::{RecordDocument, deadlines};
use escalation_core::ics::deadlines_calendar;
use escalation_core::journey::{
    Action, DangerAnswer, Journey, PolicyShape, StageOutcome, Topic, WhoAnswer,
};
use escalation_core::limits::{AnswerLength, LimitProblem, MAX_ANSWER_CHARS, MAX_ITEMS};
use escalation_core::record::{ActionField, DiscussionField, RecordEdit, RecordField};
use escalation_core::saved::{self, LoadError};
use escalation_core::{Calendar, Division, built_in_policy, default_policy};
use serde_json::{Value, json};
use support::walk;

fn date(text: &str) -> NaiveDate {
    escalation_core::calendar::parse_iso_date(text).unwrap()
}

fn calendar() -> Calendar {
    Calendar::new(Division::EnglandAndWales)
}

/// A journey resolved at stage 2, with a record typed in (including
/// characters that mean something in Markdown and iCalendar).
fn finished_journey() -> Journey {
    let actions = [
        Action::Start,
        Action::AnswerDanger(DangerAnswer::No),
        Action::AnswerWho(WhoAnswer::AnotherAgency),
        Action::AnswerTopic(Topic::Area("thresholds".into())),
        Action::Continue,
        Action::Reflect(1, "PRIVATE: my assumptions about the family".into()),
        Action::Continue,
        Action::AnswerStartDate(date("2026-12-23")),
        Action::AnswerStage(1, StageOutcome::NotResolved),
        Action::AnswerStage(2, StageOutcome::Resolved),
        Action::EditRecord(RecordEdit::Set(
            RecordField::Agencies,
            "Nursery; children’s social care".into(),
        )),
        Action::EditRecord(RecordEdit::Set(
            RecordField::Details,
            "Referral *not* accepted: # of concerns\nsecond line".into(),
        )),
        Action::EditRecord(RecordEdit::AddDiscussion),
        Action::EditRecord(RecordEdit::SetDiscussion(
            1,
            DiscussionField::Date,
            "24 12 2026".into(),
        )),
        Action::EditRecord(RecordEdit::SetDiscussion(
            1,
            DiscussionField::Roles,
            "Key person and duty social worker".into(),
        )),
        Action::EditRecord(RecordEdit::SetDiscussion(
            1,
            DiscussionField::Notes,
            "Agreed to review".into(),
        )),
        Action::EditRecord(RecordEdit::AddAction),
        Action::EditRecord(RecordEdit::SetAction(
            2,
            ActionField::Action,
            "Reassess the referral".into(),
        )),
        Action::EditRecord(RecordEdit::SetAction(
            2,
            ActionField::Owner,
            "Team manager".into(),
        )),
        Action::EditRecord(RecordEdit::SetAction(
            2,
            ActionField::By,
            "30 12 2026".into(),
        )),
        Action::EditRecord(RecordEdit::SetConfirmationSent(Some(true))),
        Action::EditRecord(RecordEdit::Set(
            RecordField::ConfirmationDate,
            "29 12 2026".into(),
        )),
    ];
    actions.into_iter().fold(
        Journey::new(PolicyShape::of(default_policy())),
        Journey::reduce,
    )
}

fn document() -> RecordDocument {
    RecordDocument::new(
        default_policy(),
        &finished_journey(),
        &calendar(),
        date("2027-01-04"),
    )
}

#[test]
fn the_text_record_has_every_part_the_policy_asks_for() {
    let text = document().to_text();
    for expected in [
        "Record of a professional disagreement about a child’s safety\n====",
        concat!(
            "Written with Escalation Guide ",
            env!("CARGO_PKG_VERSION"),
            " on 4 January 2027."
        ),
        "Policy: Berkshire Escalation Process for Professionals with a Safeguarding Concern",
        "Difference of opinion started: Wednesday 23 December 2026",
        "Stage reached: Stage 2: Management finding solutions",
        "Outcome: Resolved at stage 2 (Management finding solutions)",
        "Stage 1: Discussion between the professionals involved: by Thursday 24 December 2026 (1 working day from the start)",
        "Stage 4: Meeting of senior managers with operational responsibility for the case: by Tuesday 5 January 2027 (6 working days from the start)",
        "Agencies involved: Nursery; children’s social care",
        "What the disagreement is about: Referral *not* accepted: # of concerns\n  second line",
        "Discussions held:\n  1. Date: 24 12 2026; Who took part (their roles): Key person and duty social worker; What was discussed and decided: Agreed to review",
        "Actions agreed:\n  1. What will be done: Reassess the referral; Who will do it (their role): Team manager; By when: 30 12 2026",
        "Outstanding issues and how they will be pursued: Not recorded",
        "Has written confirmation of the outcome been sent?: Yes\nDate it was sent: 29 12 2026",
        "Lessons for future practice: Not recorded",
        "“If the above process highlights gaps in policies and procedures these must be brought to the attention of the Local Statutory Safeguarding Children Partners and referred to the Pan Berkshire Children Policy and Procedures Subgroup.” (Source: Conclusion)",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in:\n{text}");
    }
}

#[test]
fn past_deadlines_are_overdue_only_while_the_disagreement_is_open() {
    let open = [
        Action::Change(escalation_core::journey::Question::Stage(2)),
        Action::AnswerStage(2, StageOutcome::NotResolved),
    ]
    .into_iter()
    .fold(finished_journey(), Journey::reduce);
    let text =
        RecordDocument::new(default_policy(), &open, &calendar(), date("2027-01-04")).to_text();
    assert!(
        text.contains("by Thursday 24 December 2026 (overdue)"),
        "{text}"
    );
    assert!(
        !text.contains("by Tuesday 5 January 2027 (overdue)"),
        "not yet due"
    );
    assert!(
        !document().to_text().contains("overdue"),
        "resolved: nothing is overdue"
    );
}

#[test]
fn private_reflections_stay_out_of_text_and_markdown() {
    let doc = document();
    assert!(!doc.to_text().contains("PRIVATE"));
    assert!(!doc.to_markdown().contains("PRIVATE"));
}

#[test]
fn markdown_escapes_what_the_user_typed() {
    let markdown = document().to_markdown();
    assert!(markdown.starts_with("# Record of a professional disagreement"));
    assert!(markdown.contains("\n## Record of issues and actions agreed\n"));
    assert!(
        markdown.contains("- **What the disagreement is about:** Referral \\*not\\* accepted: \\# of concerns  \n  second line"),
        "{markdown}"
    );
    assert!(markdown.contains(
        "- **Actions agreed:**\n  1. What will be done: Reassess the referral; Who will do it (their role): Team manager; By when: 30 12 2026"
    ));
}

#[test]
fn a_policy_whose_timescale_table_is_missing_says_so_in_the_record() {
    let shape = PolicyShape::of(built_in_policy("bedfordshire-luton-2018").unwrap());
    let journey = walk::shape_to_first_stage(shape, Topic::SomethingElse, date("2026-11-20"));
    let policy = built_in_policy("bedfordshire-luton-2018").unwrap();
    let text = RecordDocument::new(policy, &journey, &calendar(), date("2026-11-23")).to_text();
    assert!(
        text.contains("Stages 1 to 3: This guide’s summary: Section 5 points to a ‘Timescale Required for Resolution’ table, but the table is not in the procedure’s published text"),
        "{text}"
    );
    assert!(
        text.contains(
            "The policy says: “Click here to view the Timescale Required for Resolution table"
        ),
        "the policy's own words follow this guide's summary: {text}"
    );
    assert!(
        !text.contains("Ask the Safeguarding Children Board"),
        "no board is picked: {text}"
    );
    assert!(!text.to_lowercase().contains("no timescale"), "{text}");
    assert!(text.contains("What it is about: Something else"));
    assert!(text.contains("Outcome: Not yet resolved; reached stage 1 (practitioner level)"));
}

/// Unfold an iCalendar file, checking the physical lines on the way.
fn unfold(ics: &str) -> Vec<String> {
    assert!(ics.ends_with("\r\n"), "the file ends with CRLF");
    let physical: Vec<&str> = ics.strip_suffix("\r\n").unwrap().split("\r\n").collect();
    let mut lines: Vec<String> = Vec::new();
    for line in physical {
        assert!(
            !line.contains('\n') && !line.contains('\r'),
            "bare line break in {line:?}"
        );
        assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
        match line.strip_prefix(' ') {
            Some(continuation) => lines
                .last_mut()
                .expect("a fold follows a line")
                .push_str(continuation),
            None => lines.push(line.to_string()),
        }
    }
    lines
}

#[test]
fn the_calendar_file_is_valid_icalendar_with_one_all_day_event_per_deadline() {
    let journey = finished_journey();
    let policy = default_policy();
    let due = deadlines(policy, &journey, &calendar());
    let now = NaiveDateTime::parse_from_str("2026-12-23 09:30:05", "%Y-%m-%d %H:%M:%S").unwrap();
    let ics = deadlines_calendar(policy, date("2026-12-23"), &due, now);
    let lines = unfold(&ics);
    assert_eq!(lines.first().unwrap(), "BEGIN:VCALENDAR");
    assert_eq!(lines.last().unwrap(), "END:VCALENDAR");
    assert!(lines.contains(&"VERSION:2.0".to_string()));
    assert!(lines.iter().any(|line| line.starts_with("PRODID:")));

    // Split into events and check each one's properties.
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
    assert_eq!(events.len(), 5);
    let property = |event: &[String], name: &str| {
        event
            .iter()
            .find_map(|line| line.strip_prefix(name))
            .unwrap_or_else(|| panic!("no {name} in {event:?}"))
            .to_string()
    };
    let starts: Vec<String> = events
        .iter()
        .map(|e| property(e, "DTSTART;VALUE=DATE:"))
        .collect();
    assert_eq!(
        starts,
        ["20261224", "20261229", "20261230", "20261231", "20270105"]
    );
    assert_eq!(
        property(&events[4], "DTEND;VALUE=DATE:"),
        "20270106",
        "all-day: ends the next day"
    );
    let uids: std::collections::BTreeSet<String> =
        events.iter().map(|e| property(e, "UID:")).collect();
    assert_eq!(uids.len(), 5, "every UID is unique");
    for event in &events {
        assert_eq!(property(event, "DTSTAMP:"), "20261223T093005Z");
    }
    assert_eq!(
        property(&events[1], "SUMMARY:"),
        "Escalation deadline\\, stage 1: Discussion between line managers or team managers"
    );
    assert!(property(&events[0], "DESCRIPTION:").contains(
        "Stage 1: 1 working day from the start of the difference of opinion on Wednesday 23 December 2026."
    ));
    assert!(
        property(&events[4], "DESCRIPTION:").contains(
            "The policy says: “within a maximum of 48 hours (e.g. within 6 working days of the start of the difference of opinion)” (Source: Stage 4 and its timescales)."
        ),
        "the calendar keeps the policy's own words"
    );
}

#[test]
fn the_2026_record_shows_each_deadline_beside_the_stages_own_words() {
    let journey = finished_journey();
    let text =
        RecordDocument::new(default_policy(), &journey, &calendar(), date("2026-12-23")).to_text();
    assert!(
        text.contains(
            "Stage 2: Discussion at the next management level or between the appropriate safeguarding leads: by Wednesday 30 December 2026 (3 working days from the start). The policy says: “within 24 hours (e.g within 3 working days of the start of the difference of opinion)”"
        ),
        "{text}"
    );
    assert!(text.contains("within a maximum of 48 hours"), "{text}");
}

#[test]
fn a_superseded_policy_says_so_in_the_record_and_the_calendar() {
    let policy = built_in_policy("berkshire-lscb-2017").unwrap();
    let journey = walk::to_first_stage(policy, Topic::SomethingElse, date("2026-11-20"));
    let document = RecordDocument::new(policy, &journey, &calendar(), date("2026-11-23"));
    for text in [document.to_text(), document.to_markdown()] {
        assert!(
            text.contains("This policy has been superseded by"),
            "{text}"
        );
    }
    let due = deadlines(policy, &journey, &calendar());
    let now = NaiveDateTime::parse_from_str("2026-11-23 09:00:00", "%Y-%m-%d %H:%M:%S").unwrap();
    let ics = unfold(&deadlines_calendar(policy, date("2026-11-20"), &due, now)).join("\n");
    assert!(ics.contains("This policy has been superseded by"), "{ics}");
}

#[test]
fn a_saved_record_loads_back_exactly() {
    let journey = finished_journey();
    let file = saved::save(&journey, date("2027-01-04")).unwrap();
    let loaded = saved::load(file.as_bytes(), built_in_policy).unwrap();
    assert_eq!(loaded, journey);
    assert_eq!(
        loaded.answers().reflections.get(&1).map(|text| &**text),
        Some("PRIVATE: my assumptions about the family")
    );
}

#[test]
fn a_saved_record_names_the_release_that_saved_it_and_older_files_still_load() {
    let mut value = saved_value();
    assert_eq!(value["saved_by"], json!(escalation_core::GUIDE));
    assert_eq!(value["version"], json!(3));
    // A file from the second format: no briefing record in it.
    value["version"] = json!(2);
    assert_eq!(load_value(&value).unwrap(), finished_journey());
    // A file from the first format: no release named in it.
    value.as_object_mut().unwrap().remove("saved_by");
    value["version"] = json!(1);
    assert_eq!(load_value(&value).unwrap(), finished_journey());
    // A later format than this release reads is named as such.
    value["version"] = json!(4);
    assert_eq!(load_value(&value), Err(LoadError::NewerVersion(4)));
}

fn saved_value() -> Value {
    serde_json::from_str(&saved::save(&finished_journey(), date("2027-01-04")).unwrap()).unwrap()
}

fn load_value(value: &Value) -> Result<Journey, LoadError> {
    saved::load(
        serde_json::to_string(value).unwrap().as_bytes(),
        built_in_policy,
    )
}

#[test]
fn a_truncated_file_is_refused_as_incomplete() {
    let file = saved::save(&finished_journey(), date("2027-01-04")).unwrap();
    let error = saved::load(&file.as_bytes()[..file.len() * 2 / 3], built_in_policy).unwrap_err();
    assert_eq!(error, LoadError::Truncated);
    assert!(error.to_string().contains("stops part-way through"));
}

#[test]
fn a_file_edited_by_hand_is_refused_as_changed() {
    let mut value = saved_value();
    value["journey"]["record"]["agencies"] = json!("Someone else entirely");
    let error = load_value(&value).unwrap_err();
    assert_eq!(error, LoadError::Tampered);
    assert!(
        error
            .to_string()
            .contains("changed or damaged since it was saved")
    );

    let mut value = saved_value();
    value["journey"]["answers"]["outcomes"] = json!({"1": "resolved"});
    assert_eq!(load_value(&value).unwrap_err(), LoadError::Tampered);

    let mut value = saved_value();
    value["journey"]["answers"]["start_date"] = json!("2026-02-31");
    assert_eq!(
        load_value(&value).unwrap_err(),
        LoadError::Tampered,
        "an impossible date"
    );
}

#[test]
fn a_file_from_somewhere_else_is_refused_as_foreign() {
    for bytes in [
        br#"{"name": "my shopping list"}"#.to_vec(),
        br#"[1, 2, 3]"#.to_vec(),
        b"BEGIN:VCALENDAR\r\n".to_vec(),
        vec![0xff, 0xd8, 0xff, 0xe0],
    ] {
        let error = saved::load(&bytes, built_in_policy).unwrap_err();
        assert_eq!(error, LoadError::Foreign, "{bytes:?}");
        assert!(
            error
                .to_string()
                .contains("not a record saved by this guide")
        );
    }
    assert_eq!(
        saved::load(b"", built_in_policy).unwrap_err(),
        LoadError::Empty
    );
}

#[test]
fn a_file_from_a_newer_version_says_so() {
    let mut value = saved_value();
    value["version"] = json!(7);
    assert_eq!(load_value(&value).unwrap_err(), LoadError::NewerVersion(7));
    // A number past 32 bits is named as read, not cut to "format 0".
    value["version"] = json!(4_294_967_296_u64);
    let error = load_value(&value).unwrap_err();
    assert!(error.to_string().contains("(format 4294967296)"), "{error}");
}

#[test]
fn a_file_for_a_policy_this_guide_does_not_have_says_which() {
    let mut value = saved_value();
    value["policy"] = json!("somewhere-else-2030");
    // The policy id is inside the checksummed journey too, so a consistent
    // foreign policy needs a journey made for it.
    let mut shape = PolicyShape::of(default_policy());
    shape.id = "somewhere-else-2030".into();
    let other = Journey::new(shape);
    let file = saved::save(&other, date("2027-01-04")).unwrap();
    assert_eq!(
        saved::load(file.as_bytes(), built_in_policy).unwrap_err(),
        LoadError::UnknownPolicy("somewhere-else-2030".into())
    );
    assert_eq!(
        load_value(&value).unwrap_err(),
        LoadError::Tampered,
        "a policy that disagrees with the journey"
    );
}

#[test]
fn a_file_whose_policy_has_since_changed_is_refused() {
    let mut shape = PolicyShape::of(default_policy());
    shape.stages.push(5);
    let file = saved::save(&Journey::new(shape), date("2027-01-04")).unwrap();
    assert_eq!(
        saved::load(file.as_bytes(), built_in_policy).unwrap_err(),
        LoadError::PolicyChanged("pan-berkshire-2026".into())
    );
}

#[test]
fn a_huge_file_is_refused_without_parsing() {
    let huge = vec![b' '; saved::MAX_SAVED_FILE_BYTES + 1];
    let error = saved::load(&huge, built_in_policy).unwrap_err();
    assert_eq!(
        error,
        LoadError::OverLimit(LimitProblem::FileTooLarge(saved::MAX_SAVED_FILE_BYTES + 1))
    );
    assert!(
        error.to_string().contains("up to 8,388,608 bytes (8 MB)"),
        "{error}"
    );
}

/// A journey at the record page with `edits` applied.
fn record_with(edits: Vec<RecordEdit>) -> Journey {
    edits
        .into_iter()
        .map(Action::EditRecord)
        .fold(finished_journey(), Journey::reduce)
}

/// Limits are one rule: what the guide lets a user type and save, it loads
/// back, at every limit; one over, the save refuses with the same words the
/// load would use, and the typed text stays in the journey.
#[test]
fn limits_are_one_rule_from_typing_to_saving_to_loading() {
    let at_limit = "x".repeat(MAX_ANSWER_CHARS);
    let mut edits = vec![RecordEdit::Set(RecordField::Details, at_limit.clone())];
    edits.extend((1..MAX_ITEMS).map(|_| RecordEdit::AddDiscussion));
    edits.extend((1..MAX_ITEMS).map(|_| RecordEdit::AddAction));
    let journey = record_with(edits);
    assert_eq!(journey.record().discussions.len(), MAX_ITEMS);
    assert_eq!(journey.record().actions.len(), MAX_ITEMS);
    assert_eq!(
        AnswerLength::of(&at_limit),
        AnswerLength::Long(MAX_ANSWER_CHARS)
    );
    let file = saved::save(&journey, date("2027-01-04")).expect("at every limit it saves");
    assert_eq!(
        saved::load(file.as_bytes(), built_in_policy).unwrap(),
        journey
    );

    // A 250,000-character answer, the size that once could not be loaded back.
    let quarter = record_with(vec![RecordEdit::SetDiscussion(
        1,
        DiscussionField::Notes,
        "é".repeat(250_000),
    )]);
    let file = saved::save(&quarter, date("2027-01-04")).unwrap();
    assert_eq!(
        saved::load(file.as_bytes(), built_in_policy).unwrap(),
        quarter
    );

    // One character over: typing keeps it and says so, saving refuses.
    let over = record_with(vec![RecordEdit::Set(
        RecordField::Details,
        format!("{at_limit}y"),
    )]);
    assert_eq!(over.record().details.chars().count(), MAX_ANSWER_CHARS + 1);
    let length = AnswerLength::of(&over.record().details);
    assert!(length.is_too_long());
    assert!(
        length
            .message()
            .unwrap()
            .contains("up to 1,000,000 characters")
    );
    let problem = saved::save(&over, date("2027-01-04")).unwrap_err();
    assert_eq!(
        problem,
        LimitProblem::AnswerTooLong {
            answer: "What the disagreement is about".into(),
            chars: MAX_ANSWER_CHARS + 1
        }
    );
    assert!(problem.to_string().contains("up to 1,000,000 characters"));

    // The same over-limit journey, written as a file by hand, is refused on
    // load for the same reason.
    let mut value = saved_value();
    value["journey"] = serde_json::to_value(&over).unwrap();
    let text = serde_json::to_string(&value).unwrap();
    let error = saved::load(text.as_bytes(), built_in_policy).unwrap_err();
    assert!(
        matches!(&error, LoadError::OverLimit(LimitProblem::AnswerTooLong { chars, .. }) if *chars == MAX_ANSWER_CHARS + 1),
        "{error:?}"
    );

    // One item over: the record will not add it.
    let full = record_with((0..MAX_ITEMS + 5).map(|_| RecordEdit::AddAction).collect());
    assert_eq!(full.record().actions.len(), MAX_ITEMS);
    assert!(!full.record().can_add_action());
}

/// A crafted file with a great many empty discussions is refused at once,
/// by counting before reading.
#[test]
fn a_file_with_too_many_items_is_refused_at_once() {
    let mut value = saved_value();
    value["journey"]["record"]["discussions"] = Value::Array(vec![json!({}); 120_000]);
    let text = serde_json::to_string(&value).unwrap();
    assert!(text.len() < saved::MAX_SAVED_FILE_BYTES);
    let started = std::time::Instant::now();
    let error = saved::load(text.as_bytes(), built_in_policy).unwrap_err();
    assert_eq!(
        error,
        LoadError::OverLimit(LimitProblem::TooManyDiscussions(120_000))
    );
    assert!(error.to_string().contains("it can hold up to 50"));
    // Reported, not asserted as a timing: the count happens before the
    // journey is built.
    eprintln!("refused 120,000 discussions in {:?}", started.elapsed());
}

/// Years: one rule (2000 to 2099) for the date input, the loader, the
/// command line and so the calendar file.
#[test]
fn a_saved_record_with_a_date_outside_the_years_is_refused() {
    for start in ["9999-12-31", "0026-04-02", "1999-12-31"] {
        let mut value = saved_value();
        value["journey"]["answers"]["start_date"] = json!(start);
        assert_eq!(
            load_value(&value).unwrap_err(),
            LoadError::Tampered,
            "{start}"
        );
    }
    assert!(escalation_core::calendar::parse_iso_date("2099-12-31").is_some());
    assert!(escalation_core::calendar::parse_iso_date("2100-01-01").is_none());
}

/// The plain text of a Markdown document as CommonMark renders it, with
/// line breaks as "\n".
fn rendered_text(markdown: &str) -> String {
    use pulldown_cmark::{Event, Parser, TagEnd};
    let mut text = String::new();
    for event in Parser::new(markdown) {
        match event {
            Event::Text(t) | Event::Code(t) => text.push_str(&t),
            Event::SoftBreak | Event::HardBreak => text.push('\n'),
            Event::End(TagEnd::Paragraph | TagEnd::Item | TagEnd::Heading(_)) => text.push('\n'),
            _ => {}
        }
    }
    text
}

#[test]
fn markdown_shows_every_answer_exactly_as_typed() {
    let tricky = [
        "a & b &copy; &#65; &amp;",
        "Title\n===",
        "Line\n---",
        "- not a list",
        "+ not a list",
        "* not a list",
        "1. not a list",
        "2) not a list",
        "10. ten",
        "1.5 litres",
        "> not a quote",
        "# not a heading",
        "`not code`",
        "*not emphasis* and _not_ either",
        "<b>not html</b>",
        "[not a link](https://example.org)",
        "~~not struck~~",
        "| not | a table |",
        "back\\slash",
        "***",
        "___",
        "first line\n  - indented dash\n= equals",
        "text\n\n    indented x_y *z*",
        "tab\n\tindented_too",
        "a\r# not a heading\r- not a list",
    ];
    for typed in tricky {
        let journey = record_with(vec![RecordEdit::Set(RecordField::Details, typed.into())]);
        let markdown =
            RecordDocument::new(default_policy(), &journey, &calendar(), date("2026-12-23"))
                .to_markdown();
        // No-break spaces render as the spaces typed; a blank line is a new
        // paragraph; a lone carriage return is a line break.
        let rendered = rendered_text(&markdown).replace('\u{a0}', " ");
        let mut expected = typed.replace('\r', "\n").replace('\t', "    ");
        while expected.contains("\n\n") {
            expected = expected.replace("\n\n", "\n");
        }
        let blocks: Vec<_> = pulldown_cmark::Parser::new(&markdown)
            .filter_map(|event| match event {
                pulldown_cmark::Event::Start(pulldown_cmark::Tag::CodeBlock(_)) => {
                    Some("code block")
                }
                _ => None,
            })
            .collect();
        assert!(
            blocks.is_empty(),
            "{typed:?} made a {blocks:?}:\n{markdown}"
        );
        assert!(
            rendered.contains(&format!("What the disagreement is about: {expected}\n")),
            "{typed:?} rendered as:\n{rendered}\nfrom:\n{markdown}"
        );
    }
}

#[test]
fn a_megabyte_typed_into_a_field_is_kept_whole_in_every_export() {
    // Close to the limit of one answer, in lines with characters that mean
    // something in Markdown, HTML and iCalendar, and letters beyond ASCII.
    let line = "Café visit 3/4: ‘not accepted’ — see *notes* & <b>; 1. [x]\n";
    let typed = line.repeat(MAX_ANSWER_CHARS / line.chars().count());
    let journey = record_with(vec![
        RecordEdit::Set(RecordField::Details, typed.clone()),
        RecordEdit::SetDiscussion(1, DiscussionField::Notes, typed.clone()),
    ])
    .reduce(Action::Change(escalation_core::Question::SelfCheck))
    .reduce(Action::Reflect(0, typed.clone()));
    assert_eq!(journey.record().details, typed);

    // The plain text keeps every line, indented under its label.
    let document = RecordDocument::new(default_policy(), &journey, &calendar(), date("2026-12-23"));
    let text = document.to_text();
    let indented = typed.trim_end().replace('\n', "\n  ");
    assert!(text.contains(&format!("What the disagreement is about: {indented}\n")));
    // Markdown shows it as typed once rendered, escapes and all.
    let rendered = rendered_text(&document.to_markdown());
    assert!(rendered.contains(&format!(
        "What the disagreement is about: {}",
        typed.trim_end()
    )));
    // The saved file keeps the record and the private reflection exactly,
    // and loads back to the same journey.
    let file = saved::save(&journey, date("2027-01-04")).unwrap();
    let loaded = saved::load(file.as_bytes(), built_in_policy).unwrap();
    assert_eq!(loaded.record().details, typed);
    assert_eq!(loaded.record().discussions[0].notes, typed);
    assert_eq!(loaded.answers().reflections[&0], typed);
    assert_eq!(loaded, journey);
}
