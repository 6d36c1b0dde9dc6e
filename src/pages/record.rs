use escalation_core::calendar::long_date_with_weekday;
use escalation_core::exports::{deadlines, outcome_in_words};
use escalation_core::journey::Question;
use escalation_core::limits::MAX_ITEMS;
use escalation_core::record::{ActionField, DiscussionField, RecordEdit, RecordField};
use escalation_core::timeline;
use escalation_core::{Action, WhoAnswer};
use yew::prelude::*;

use super::PageProps;
use crate::components::button::{Button, ButtonKind};
use crate::components::fields::{TextInput, Textarea};
use crate::components::policy_text::{Sources, bullets, bullets_or, does_not_say, refs};
use crate::components::radios::{RadioOption, Radios};
use crate::components::save_or_print::SaveOrPrint;
use crate::components::summary_list::{SummaryList, SummaryRow};
use crate::components::timeline_view::{TimelineView, time_notes};
use crate::load_record::LoadRecord;

/// Check your answers and complete your record.
pub fn page(props: &PageProps) -> Html {
    let PageProps {
        policy,
        journey,
        dispatch,
        today,
        calendar,
        unsaved,
        on_saved,
    } = props;
    let answers = journey.answers();
    let record = journey.record();

    let change = |question: Question| Some(dispatch.reform(move |()| Action::Change(question)));
    let edit = |edit: fn(String) -> RecordEdit| {
        dispatch.reform(move |text| Action::EditRecord(edit(text)))
    };

    // Check your answers.
    let not_answered = || "Not answered".to_string();
    let mut rows = vec![
        SummaryRow {
            key: "Child at risk of immediate harm".into(),
            value: html! { answers.immediate_danger.map_or_else(not_answered, |a| a.label().to_string()) },
            change: change(Question::ImmediateDanger),
        },
        SummaryRow {
            key: "Who you disagree with".into(),
            value: html! { answers.who.map_or_else(not_answered, |a| a.label().to_string()) },
            change: change(Question::WhoDisagree),
        },
    ];
    let own_organisation = answers.who == Some(WhoAnswer::OwnOrganisation);
    if !own_organisation {
        let reflected = answers
            .reflections
            .values()
            .filter(|text| !text.trim().is_empty())
            .count();
        rows.extend([
            SummaryRow {
                key: "What it is about".into(),
                value: html! { answers.topic.as_ref().map_or_else(not_answered, |topic| topic.label(policy)) },
                change: change(Question::Topic),
            },
            SummaryRow {
                key: "Your private reflections".into(),
                value: html! { format!("{reflected} of {} questions (not in the printed or downloaded record)", policy.self_check.questions.len()) },
                change: change(Question::SelfCheck),
            },
            SummaryRow {
                key: "Difference of opinion started".into(),
                value: html! { answers.start_date.map_or_else(not_answered, long_date_with_weekday) },
                change: change(Question::StartDate),
            },
        ]);
        rows.extend(answers.outcomes.iter().map(|(number, outcome)| SummaryRow {
            key: format!("Stage {number}: was it resolved?").into(),
            value: html! { outcome.label() },
            change: change(Question::Stage(*number)),
        }));
    }

    let due = deadlines(policy, journey, calendar);
    let start = answers.start_date;

    let confirmation_options = vec![RadioOption::new(true, "Yes"), RadioOption::new(false, "No")];
    let after = &policy.after;

    html! {
        <>
            <h1 class="eg-heading-l" tabindex="-1">{ "Check your answers and complete your record" }</h1>
            <SummaryList {rows} />

            <h2 class="eg-heading-m">{ "Outcome" }</h2>
            <p class="eg-body eg-bold">{ outcome_in_words(policy, journey) }</p>
            if journey.resolved_at().is_some() {
                { bullets_or(policy, &after.written_confirmation, &does_not_say(policy, "whether the outcome must be confirmed in writing")) }
            }

            if !own_organisation {
                <h2 class="eg-heading-m">{ "Deadlines" }</h2>
                if let Some(start) = start {
                    if due.is_empty() {
                        <p class="eg-body">{ "This guide has no dates to show for this policy. What it says about time:" }</p>
                        { time_notes(&timeline(policy, start, calendar).notes) }
                    } else {
                        <TimelineView {start} deadlines={due.clone()} today={*today} resolved={journey.resolved_at().is_some()} />
                    }
                } else {
                    <p class="eg-body">{ "Add the date the difference of opinion started to see deadlines." }</p>
                }
            }

            <h2 class="eg-heading-m">{ "Record of issues and actions agreed" }</h2>
            <p class="eg-body">
                { "Write down what happened, for the child’s file. Use people’s roles, not their names, \
                   unless your agency’s recording rules say otherwise." }
            </p>
            <Textarea id="record-agencies" label="Agencies involved" value={record.agencies.clone()}
                oninput={edit(|text| RecordEdit::Set(RecordField::Agencies, text))} rows={2} />
            <Textarea id="record-details" label="What the disagreement is about"
                hint="The decision you disagree with, and why it matters for the child."
                value={record.details.clone()}
                oninput={edit(|text| RecordEdit::Set(RecordField::Details, text))} />

            <h3 class="eg-heading-s">{ "Discussions held" }</h3>
            { for record.discussions.iter().enumerate().map(|(index, discussion)| {
                let set = |field: DiscussionField| dispatch.reform(move |text| Action::EditRecord(RecordEdit::SetDiscussion(index, field, text)));
                html! {
                    <fieldset class="eg-fieldset eg-record-item">
                        <legend class="eg-fieldset__legend eg-fieldset__legend--s">{ format!("Discussion {}", index + 1) }</legend>
                        <TextInput id={format!("discussion-{}-date", index + 1)} label="Date" hint="For example, 24 11 2026"
                            value={discussion.date.clone()} oninput={set(DiscussionField::Date)} width="eg-input--width-10" />
                        <TextInput id={format!("discussion-{}-roles", index + 1)} label="Who took part (their roles)"
                            value={discussion.roles.clone()} oninput={set(DiscussionField::Roles)} />
                        <Textarea id={format!("discussion-{}-notes", index + 1)} label="What was discussed and decided"
                            value={discussion.notes.clone()} oninput={set(DiscussionField::Notes)} rows={3} />
                        <Button kind={ButtonKind::Secondary}
                            onclick={dispatch.reform(move |()| Action::EditRecord(RecordEdit::RemoveDiscussion(index)))}>
                            { "Remove" }<span class="eg-visually-hidden">{ format!(" discussion {}", index + 1) }</span>
                        </Button>
                    </fieldset>
                }
            }) }
            if record.can_add_discussion() {
                <Button kind={ButtonKind::Secondary} onclick={dispatch.reform(|()| Action::EditRecord(RecordEdit::AddDiscussion))}>
                    { "Add a discussion" }
                </Button>
            } else {
                <p class="eg-body eg-hint">{ format!("A record can hold up to {MAX_ITEMS} discussions.") }</p>
            }

            <h3 class="eg-heading-s">{ "Actions agreed" }</h3>
            { for record.actions.iter().enumerate().map(|(index, action)| {
                let set = |field: ActionField| dispatch.reform(move |text| Action::EditRecord(RecordEdit::SetAction(index, field, text)));
                html! {
                    <fieldset class="eg-fieldset eg-record-item">
                        <legend class="eg-fieldset__legend eg-fieldset__legend--s">{ format!("Action {}", index + 1) }</legend>
                        <Textarea id={format!("action-{}-what", index + 1)} label="What will be done"
                            value={action.action.clone()} oninput={set(ActionField::Action)} rows={2} />
                        <TextInput id={format!("action-{}-owner", index + 1)} label="Who will do it (their role)"
                            value={action.owner.clone()} oninput={set(ActionField::Owner)} />
                        <TextInput id={format!("action-{}-by", index + 1)} label="By when" hint="For example, 1 12 2026"
                            value={action.by.clone()} oninput={set(ActionField::By)} width="eg-input--width-10" />
                        <Button kind={ButtonKind::Secondary}
                            onclick={dispatch.reform(move |()| Action::EditRecord(RecordEdit::RemoveAction(index)))}>
                            { "Remove" }<span class="eg-visually-hidden">{ format!(" action {}", index + 1) }</span>
                        </Button>
                    </fieldset>
                }
            }) }
            if record.can_add_action() {
                <Button kind={ButtonKind::Secondary} onclick={dispatch.reform(|()| Action::EditRecord(RecordEdit::AddAction))}>
                    { "Add an action" }
                </Button>
            } else {
                <p class="eg-body eg-hint">{ format!("A record can hold up to {MAX_ITEMS} actions.") }</p>
            }

            <Textarea id="record-outstanding" label="Outstanding issues and how they will be pursued"
                value={record.outstanding.clone()}
                oninput={edit(|text| RecordEdit::Set(RecordField::Outstanding, text))} />
            <Radios<bool> id="record-confirmation" legend="Has written confirmation of the outcome been sent?"
                options={confirmation_options} selected={record.confirmation_sent}
                onchange={dispatch.reform(|sent| Action::EditRecord(RecordEdit::SetConfirmationSent(Some(sent))))}
                page_heading={false} />
            if record.confirmation_sent == Some(true) {
                <TextInput id="record-confirmation-date" label="Date it was sent" hint="For example, 30 11 2026"
                    value={record.confirmation_date.clone()} width="eg-input--width-10"
                    oninput={edit(|text| RecordEdit::Set(RecordField::ConfirmationDate, text))} />
            }

            <h2 class="eg-heading-m">{ "Lessons and policy gaps" }</h2>
            <Textarea id="record-lessons" label="Lessons for future practice (optional)"
                value={record.lessons.clone()}
                oninput={edit(|text| RecordEdit::Set(RecordField::Lessons, text))} rows={3} />
            <Textarea id="record-gaps" label="Gaps in policies or procedures to refer on (optional)"
                value={record.policy_gaps.clone()}
                oninput={edit(|text| RecordEdit::Set(RecordField::PolicyGaps, text))} rows={3} />
            if !(after.lessons.is_empty() && after.policy_gaps.is_empty() && after.case_review.is_empty()) {
                <p class="eg-body">{ "What the policy says to do with them:" }</p>
                { bullets(policy, &after.lessons.iter().chain(&after.policy_gaps).chain(&after.case_review).cloned().collect::<Vec<_>>()) }
            }

            <SaveOrPrint policy={*policy} journey={journey.clone()} calendar={calendar.clone()}
                today={*today} on_saved={on_saved.clone()} />
            <LoadRecord dispatch={dispatch.clone()} journey={journey.clone()} unsaved={*unsaved}
                today={*today} on_saved={on_saved.clone()} />
            <Sources policy={*policy} refs={refs(after.written_confirmation.iter().chain(&after.lessons).chain(&after.policy_gaps).chain(&after.case_review))} />
        </>
    }
}
