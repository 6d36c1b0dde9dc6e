//! The record's exports name what the user typed as the record page names
//! it: a reader of the text or Markdown file finds each answer under the
//! label it was typed under, and no export labels typed text with words the
//! form never showed.

mod support {
    pub mod walk;
}

use chrono::NaiveDate;
use escalation_core::exports::{RecordDocument, Row};
use escalation_core::journey::{Action, Journey, StageOutcome, Topic};
use escalation_core::record::{ActionField, DiscussionField, RecordEdit, RecordField, part};
use escalation_core::{Calendar, Division, default_policy};
use support::walk;

fn date(text: &str) -> NaiveDate {
    escalation_core::calendar::parse_iso_date(text).unwrap()
}

const DISCUSSION_FIELDS: [DiscussionField; 3] = [
    DiscussionField::Date,
    DiscussionField::Roles,
    DiscussionField::Notes,
];
const ACTION_FIELDS: [ActionField; 3] = [ActionField::Action, ActionField::Owner, ActionField::By];

/// A value that could only have come from one field: plain words, so no
/// format escapes them.
fn typed(label: &str) -> String {
    format!("Typed for {label} 7")
}

/// Every field of the record filled, with one discussion and one action
/// whose every field is filled too, and written confirmation sent.
fn full_record() -> Journey {
    let journey = walk::to_first_stage(default_policy(), Topic::SomethingElse, date("2026-12-23"))
        .reduce(Action::AnswerStage(1, StageOutcome::Resolved));
    let mut edits = vec![
        RecordEdit::SetConfirmationSent(Some(true)),
        RecordEdit::AddDiscussion,
        RecordEdit::AddAction,
    ];
    edits.extend(
        RecordField::ALL
            .into_iter()
            .map(|field| RecordEdit::Set(field, typed(field.label()))),
    );
    let journey = edits
        .into_iter()
        .map(Action::EditRecord)
        .fold(journey, Journey::reduce);
    let (discussion, action) = (
        journey.record().discussions[0].id,
        journey.record().actions[0].id,
    );
    let mut items: Vec<RecordEdit> = DISCUSSION_FIELDS
        .into_iter()
        .map(|field| RecordEdit::SetDiscussion(discussion, field, typed(field.label())))
        .collect();
    items.extend(
        ACTION_FIELDS
            .into_iter()
            .map(|field| RecordEdit::SetAction(action, field, typed(field.label()))),
    );
    let journey = items
        .into_iter()
        .map(Action::EditRecord)
        .fold(journey, Journey::reduce);
    // Every typed field holds its own value.
    for (name, text) in journey.record().named_texts() {
        let label = name.rsplit(": ").next().unwrap();
        assert_eq!(text, typed(label), "{name}");
    }
    journey
}

fn document() -> RecordDocument {
    RecordDocument::new(
        default_policy(),
        &full_record(),
        &Calendar::new(Division::EnglandAndWales),
        date("2027-01-04"),
    )
}

/// Every label the form shows over something the user types.
fn form_labels() -> Vec<&'static str> {
    RecordField::ALL
        .map(RecordField::label)
        .into_iter()
        .chain(DISCUSSION_FIELDS.map(DiscussionField::label))
        .chain(ACTION_FIELDS.map(ActionField::label))
        .collect()
}

/// The sections of the document that hold what the user typed.
fn typed_sections(document: &RecordDocument) -> Vec<&escalation_core::exports::Section> {
    let sections: Vec<_> = document
        .sections
        .iter()
        .filter(|section| section.title == part::ISSUES || section.title == part::LESSONS)
        .collect();
    assert_eq!(sections.len(), 2, "the record's two parts are exported");
    sections
}

/// The fields with a row of their own are written "label: value" in the
/// text and "- **label:** value" in Markdown, with the label the form shows.
#[test]
fn each_record_field_with_a_row_of_its_own_is_exported_under_its_form_label() {
    let document = document();
    let (text, markdown) = (document.to_text(), document.to_markdown());
    let own_rows = [
        RecordField::Agencies,
        RecordField::Details,
        RecordField::Outstanding,
        RecordField::Lessons,
        RecordField::PolicyGaps,
    ];
    for field in own_rows {
        let (label, value) = (field.label(), typed(field.label()));
        assert!(
            text.lines().any(|line| line == format!("{label}: {value}")),
            "no line {label:?}: {value:?} in:\n{text}"
        );
        assert!(
            markdown
                .lines()
                .any(|line| line == format!("- **{label}:** {value}")),
            "no item {label:?}: {value:?} in:\n{markdown}"
        );
    }
    // The items are listed under the headings the form gives them.
    for heading in [part::DISCUSSIONS, part::ACTIONS] {
        assert!(text.contains(&format!("\n{heading}:\n  1. ")), "{text}");
        assert!(
            markdown.contains(&format!("\n- **{heading}:**\n  1. ")),
            "{markdown}"
        );
    }
    // Every typed value is in both exports, whatever its label.
    for label in form_labels() {
        assert!(text.contains(&typed(label)), "{label} lost from text");
        assert!(
            markdown.contains(&typed(label)),
            "{label} lost from Markdown"
        );
    }
}

/// The reverse, for the rows: every row of the record's parts that carries
/// typed text is labelled with a form label, or is the list of items under
/// the heading the form gives them.
#[test]
fn every_row_label_over_typed_text_is_a_form_label_or_an_item_heading() {
    let document = document();
    let labels = form_labels();
    let typed_values: Vec<String> = labels.iter().map(|label| typed(label)).collect();
    let mut checked = 0;
    for section in typed_sections(&document) {
        for row in &section.rows {
            let (label, values) = match row {
                Row::Pair(label, value) => (label, vec![value.clone()]),
                Row::List(label, items) => (label, items.clone()),
                Row::Text(_) => continue,
            };
            let carries_typed = values
                .iter()
                .any(|value| typed_values.iter().any(|typed| value.contains(typed)));
            if !carries_typed {
                continue;
            }
            checked += 1;
            // The confirmation row is checked by the test of item labels.
            if label == part::CONFIRMATION {
                continue;
            }
            assert!(
                labels.contains(&label.as_str())
                    || [part::DISCUSSIONS, part::ACTIONS].contains(&label.as_str()),
                "{label:?} labels typed text but is not on the form"
            );
        }
    }
    assert_eq!(checked, 8, "five fields, two lists and the confirmation");
}

/// Strictly, every typed field, a discussion's and an action's included, is
/// written beside its form label, and nothing labels typed text that the
/// form does not show (once, the exports wrote "date; roles: notes" and
/// "action (owner: …; by: …)", and the confirmation date under a label the
/// form never showed).
#[test]
fn every_typed_field_is_exported_under_its_form_label_and_under_no_other() {
    let document = document();
    let (text, markdown) = (document.to_text(), document.to_markdown());
    let mut missing = Vec::new();
    for label in form_labels() {
        let value = typed(label);
        if !text.contains(&format!("{label}: {value}")) {
            missing.push(format!("text: {label}"));
        }
        if !(markdown.contains(&format!("**{label}:** {value}"))
            || markdown.contains(&format!("{label}: {value}")))
        {
            missing.push(format!("Markdown: {label}"));
        }
    }
    // Within an item's line, what is left once the typed values are taken
    // out is its labels: each must be one the form shows.
    let labels = form_labels();
    let mut foreign = Vec::new();
    for section in typed_sections(&document) {
        for row in &section.rows {
            let items = match row {
                Row::List(label, items) if label == part::DISCUSSIONS || label == part::ACTIONS => {
                    items.clone()
                }
                Row::Pair(label, _) if label == part::CONFIRMATION => continue,
                _ => continue,
            };
            for item in items {
                let mut rest = item.clone();
                for label in &labels {
                    rest = rest.replace(&typed(label), "\u{0}");
                }
                // Then the labels themselves, longest first (some hold
                // brackets); what is left must be only separators.
                let mut longest_first = labels.clone();
                longest_first.sort_by_key(|label| std::cmp::Reverse(label.len()));
                for label in longest_first {
                    rest = rest.replace(label, "\u{0}");
                }
                for word in rest
                    .split(['\u{0}', '(', ')', ';', ','])
                    .map(|word| word.trim().trim_end_matches(':').trim())
                    .filter(|word| !word.is_empty())
                {
                    if !labels.contains(&word) {
                        foreign.push(format!("{word:?} in {item:?}"));
                    }
                }
            }
        }
    }
    assert!(
        missing.is_empty() && foreign.is_empty(),
        "form labels not beside their values: {missing:#?}\nlabels the form never shows: {foreign:#?}"
    );
}
