//! Training mode: "Record this briefing", the team's record that it held a
//! 7-minute briefing. Two parts, each with one job: this file is the form
//! (every field renders the core's `BriefingRecord` and dispatches its
//! edits), `files` prints it and makes its files. What must be right
//! before it is printed or exported is the core's (`check`); the problems
//! found when a button was last pressed are shown as the GOV.UK error
//! summary, and beside each field.

mod files;

use escalation_core::briefing_record::check::{Place, Problem};
use escalation_core::briefing_record::{
    ActionPart, BriefingEdit, BriefingField, TEAM_QUESTIONS, part,
};
use escalation_core::date_input::{DateError, DateField};
use escalation_core::limits::MAX_ITEMS;
use escalation_core::saved::RecordKind;
use escalation_core::{Action, Page};
use yew::prelude::*;

use super::briefing::{caption, training_links};
use crate::components::error_summary::{ErrorSummary, FieldError};
use crate::components::fields::{DateInput, TextInput, Textarea};
use crate::components::load_record::LoadRecord;
use crate::components::markup::{body, page_heading, section_heading};
use crate::components::repeating_items::{Item, ItemField, RepeatingItems};
use crate::components::warning_text::warning_text;
use crate::hooks::page::use_page;
use crate::shared_policy::SharedPolicy;

/// The problem at a place, as the date input shows it.
fn date_error(problems: &[Problem], at: impl Fn(Place) -> bool) -> Option<DateError> {
    problems
        .iter()
        .find(|problem| at(problem.place))
        .map(|problem| DateError {
            message: problem.message.clone(),
            fields: problem.date_fields.clone(),
        })
}

/// The message for a place, as a text field shows it.
fn message(problems: &[Problem], place: Place) -> Option<AttrValue> {
    problems
        .iter()
        .find(|problem| problem.place == place)
        .map(|problem| AttrValue::from(problem.message.clone()))
}

#[component]
pub fn BriefingRecordPage() -> Html {
    let page = use_page();
    let record = page.journey.briefing();
    let dispatch = &page.dispatch;
    // The problems found when a button was last pressed: shown until the
    // next press, so the error summary does not move while the user types.
    let problems = use_state(Vec::<Problem>::new);
    let set = |field: BriefingField| {
        dispatch.reform(move |text| Action::EditBriefing(BriefingEdit::Set(field, text)))
    };
    let value = |field: BriefingField| AttrValue::from(record.field(field).shared());
    // The policy the briefing was on: the one followed now, unless the
    // record was begun on another.
    let found = record
        .policy
        .as_deref()
        .and_then(|id| page.policy.finder()(id));
    let briefed = found.map_or(page.policy, SharedPolicy);
    let another = record.on_another_policy(&page.policy, found);

    let errors = problems
        .iter()
        .map(|problem| FieldError {
            field_id: problem.place.element_id().into(),
            message: problem.message.clone().into(),
        })
        .collect::<Vec<_>>();

    let actions = record
        .actions
        .iter()
        .map(|action| {
            let id = action.id;
            let on = |part: ActionPart| {
                dispatch.reform(move |text| {
                    Action::EditBriefing(BriefingEdit::SetAction(id, part, text))
                })
            };
            let by_error = date_error(
                &problems,
                |place| matches!(place, Place::ActionBy(action_id, _) if action_id == id),
            );
            Item {
                id,
                fields: vec![
                    ItemField {
                        key: "what",
                        label: ActionPart::What.label(),
                        hint: None,
                        value: AttrValue::from(action.what.shared()),
                        rows: Some(2),
                        width: None,
                        oninput: on(ActionPart::What),
                        error: message(&problems, Place::ActionWhat(id)),
                    },
                    ItemField {
                        key: "who",
                        label: ActionPart::Who.label(),
                        hint: Some("Their role, or their name if your team records names."),
                        value: AttrValue::from(action.who.shared()),
                        rows: None,
                        width: None,
                        oninput: on(ActionPart::Who),
                        error: None,
                    },
                ],
                extra: html! {
                    <DateInput id={format!("briefing-action-{id}-by")}
                        legend={format!("{} (optional)", part::BY)} page_heading={false}
                        hint="For example, 15 1 2027. Leave it empty if there is no date."
                        values={action.by.clone()} error={by_error}
                        onchange={dispatch.reform(move |(field, text): (DateField, String)| {
                            Action::EditBriefing(BriefingEdit::SetActionBy(id, field, text))
                        })} />
                },
            }
        })
        .collect::<Vec<_>>();

    let check = {
        let problems = problems.clone();
        let record = record.clone();
        let today = page.today;
        Callback::from(move |()| {
            let found = record.problems(today);
            let fine = found.is_empty();
            problems.set(found);
            fine
        })
    };

    html! {
        <>
            { caption(&page.policy) }
            <ErrorSummary {errors} />
            { page_heading("Record this briefing") }
            if let Some(note) = another {
                { warning_text(html! { note }, false) }
            }
            { body("Teams that hold 7-minute briefings are asked to show they did. Write down when it \
                    was, who ran it, how many came (no names are needed), what the team said and what it \
                    will do.") }
            { body("The record stays on this device until you print or download it. It is kept in this \
                    browser only if you tick “Keep my progress on this device” below.") }
            <DateInput id="briefing-date" legend={part::DATE} page_heading={false}
                hint="For example, 27 11 2026"
                values={record.date.clone()}
                error={date_error(&problems, |place| matches!(place, Place::Date(_)))}
                onchange={dispatch.reform(|(field, text): (DateField, String)| {
                    Action::EditBriefing(BriefingEdit::SetDate(field, text))
                })} />
            <TextInput id="briefing-team" label={BriefingField::Team.label()}
                hint="For example, the early years team at Acorn Nursery."
                value={value(BriefingField::Team)} oninput={set(BriefingField::Team)}
                error={message(&problems, Place::Field(BriefingField::Team))} />
            <TextInput id="briefing-facilitator" label={BriefingField::Facilitator.label()}
                hint="Their role, or their name if your team records names."
                value={value(BriefingField::Facilitator)} oninput={set(BriefingField::Facilitator)}
                error={message(&problems, Place::Field(BriefingField::Facilitator))} />
            <TextInput id="briefing-attended" label={BriefingField::Attended.label()}
                hint="A number, for example 12. No names are needed." width="eg-input--width-4"
                value={value(BriefingField::Attended)} oninput={set(BriefingField::Attended)}
                error={message(&problems, Place::Field(BriefingField::Attended))} />

            { section_heading(part::ANSWERS) }
            <p class="eg-hint">{ "The questions are this guide’s, not the policy’s. Each answer is optional." }</p>
            { for TEAM_QUESTIONS.iter().enumerate().map(|(index, question)| html! {
                <Textarea id={format!("briefing-answer-{}", index + 1)} label={*question}
                    value={AttrValue::from(record.answer(index).shared())}
                    oninput={dispatch.reform(move |text| Action::EditBriefing(BriefingEdit::Answer(index, text)))}
                    rows={3} />
            }) }

            { section_heading(part::ACTIONS) }
            <RepeatingItems id="briefing-action" noun={part::ACTION} items={actions}
                add_label="Add an action" can_add={record.can_add_action()}
                full={format!("A record can hold up to {MAX_ITEMS} actions.")}
                on_add={dispatch.reform(|()| Action::EditBriefing(BriefingEdit::AddAction))}
                on_remove={dispatch.reform(|id| Action::EditBriefing(BriefingEdit::RemoveAction(id)))} />

            <files::BriefingFiles {check} policy={briefed} />
            <LoadRecord kind={RecordKind::Briefing} />
            { training_links(&page, Page::BriefingRecord) }
        </>
    }
}
