//! The record of issues and actions agreed: what the policy asks to be
//! written down, with the discussions and actions as repeating items. The
//! labels are the record's own (`RecordField::label` and the like), so a
//! message about a field names it as the page does.

use escalation_core::Action;
use escalation_core::limits::MAX_ITEMS;
use escalation_core::record::{ActionField, DiscussionField, RecordEdit, RecordField, part};
use escalation_core::typed::Typed;
use yew::prelude::*;

use crate::components::fields::{TextInput, Textarea};
use crate::components::markup::section_heading;
use crate::components::policy_text::{Sources, bullets, refs};
use crate::components::radios::{RadioOption, Radios};
use crate::components::repeating_items::{Item, ItemField, RepeatingItems};
use crate::pages::PageProps;

const DATE_WIDTH: Option<&str> = Some("eg-input--width-10");

pub fn part(props: &PageProps) -> Html {
    let PageProps {
        journey, dispatch, ..
    } = props;
    let policy = &props.guide.policy;
    let record = journey.record();
    let after = &policy.after;
    let set = |field: RecordField| {
        dispatch.reform(move |text| Action::EditRecord(RecordEdit::Set(field, text)))
    };
    // The record's own text, shared with the field rather than copied.
    let value = |field: RecordField| AttrValue::from(record.field(field).shared());

    let discussions = record
        .discussions
        .iter()
        .map(|discussion| {
            let id = discussion.id;
            let on = |field: DiscussionField| {
                dispatch.reform(move |text| {
                    Action::EditRecord(RecordEdit::SetDiscussion(id, field, text))
                })
            };
            let field = |field: DiscussionField, key, text: &Typed, rows, hint, width| ItemField {
                key,
                label: field.label(),
                hint,
                value: AttrValue::from(text.shared()),
                rows,
                width,
                oninput: on(field),
                error: None,
            };
            Item {
                id,
                fields: vec![
                    field(
                        DiscussionField::Date,
                        "date",
                        &discussion.date,
                        None,
                        Some("For example, 24 11 2026"),
                        DATE_WIDTH,
                    ),
                    field(
                        DiscussionField::Roles,
                        "roles",
                        &discussion.roles,
                        None,
                        None,
                        None,
                    ),
                    field(
                        DiscussionField::Notes,
                        "notes",
                        &discussion.notes,
                        Some(3),
                        None,
                        None,
                    ),
                ],
                extra: Html::default(),
            }
        })
        .collect::<Vec<_>>();
    let actions = record
        .actions
        .iter()
        .map(|action| {
            let id = action.id;
            let on = |field: ActionField| {
                dispatch
                    .reform(move |text| Action::EditRecord(RecordEdit::SetAction(id, field, text)))
            };
            let field = |field: ActionField, key, text: &Typed, rows, hint, width| ItemField {
                key,
                label: field.label(),
                hint,
                value: AttrValue::from(text.shared()),
                rows,
                width,
                oninput: on(field),
                error: None,
            };
            Item {
                id,
                fields: vec![
                    field(
                        ActionField::Action,
                        "what",
                        &action.action,
                        Some(2),
                        None,
                        None,
                    ),
                    field(ActionField::Owner, "owner", &action.owner, None, None, None),
                    field(
                        ActionField::By,
                        "by",
                        &action.by,
                        None,
                        Some("For example, 1 12 2026"),
                        DATE_WIDTH,
                    ),
                ],
                extra: Html::default(),
            }
        })
        .collect::<Vec<_>>();

    // "Yes" then "No".
    let confirmation_options = vec![RadioOption::new("Yes"), RadioOption::new("No")];
    let optional = |field: RecordField| format!("{} (optional)", field.label());

    html! {
        <>
            { section_heading(part::ISSUES) }
            <p class="eg-body">
                { "Write down what happened, for the child’s file. Use people’s roles, not their names, \
                   unless your agency’s recording rules say otherwise." }
            </p>
            <Textarea id="record-agencies" label={RecordField::Agencies.label()}
                value={value(RecordField::Agencies)} oninput={set(RecordField::Agencies)} rows={2} />
            <Textarea id="record-details" label={RecordField::Details.label()}
                hint="The decision you disagree with, and why it matters for the child."
                value={value(RecordField::Details)} oninput={set(RecordField::Details)} />

            <h3 class="eg-heading-s">{ part::DISCUSSIONS }</h3>
            <RepeatingItems id="discussion" noun="Discussion" items={discussions}
                add_label="Add a discussion" can_add={record.can_add_discussion()}
                full={format!("A record can hold up to {MAX_ITEMS} discussions.")}
                on_add={dispatch.reform(|()| Action::EditRecord(RecordEdit::AddDiscussion))}
                on_remove={dispatch.reform(|id| Action::EditRecord(RecordEdit::RemoveDiscussion(id)))} />

            <h3 class="eg-heading-s">{ part::ACTIONS }</h3>
            <RepeatingItems id="action" noun="Action" items={actions}
                add_label="Add an action" can_add={record.can_add_action()}
                full={format!("A record can hold up to {MAX_ITEMS} actions.")}
                on_add={dispatch.reform(|()| Action::EditRecord(RecordEdit::AddAction))}
                on_remove={dispatch.reform(|id| Action::EditRecord(RecordEdit::RemoveAction(id)))} />

            <Textarea id="record-outstanding" label={RecordField::Outstanding.label()}
                value={value(RecordField::Outstanding)} oninput={set(RecordField::Outstanding)} />
            <Radios id="record-confirmation" legend={part::CONFIRMATION}
                options={confirmation_options} selected={record.confirmation_sent.map(|sent| usize::from(!sent))}
                onchange={dispatch.reform(|index: usize| Action::EditRecord(RecordEdit::SetConfirmationSent(Some(index == 0))))}
                page_heading={false} />
            if record.confirmation_sent == Some(true) {
                <TextInput id="record-confirmation-date" label={RecordField::ConfirmationDate.label()}
                    hint="For example, 30 11 2026" width="eg-input--width-10"
                    value={value(RecordField::ConfirmationDate)} oninput={set(RecordField::ConfirmationDate)} />
            }

            { section_heading(part::LESSONS) }
            <Textarea id="record-lessons" label={optional(RecordField::Lessons)}
                value={value(RecordField::Lessons)} oninput={set(RecordField::Lessons)} rows={3} />
            <Textarea id="record-gaps" label={optional(RecordField::PolicyGaps)}
                value={value(RecordField::PolicyGaps)} oninput={set(RecordField::PolicyGaps)} rows={3} />
            if !policy.after_the_process().is_empty() {
                <p class="eg-body">{ format!("{}:", part::AFTER) }</p>
                { bullets(policy, &policy.after_the_process()) }
            }
            <Sources refs={refs(after.written_confirmation.iter().chain(&after.lessons).chain(&after.policy_gaps).chain(&after.case_review))} />
        </>
    }
}
