use escalation_core::calendar::long_date_with_weekday;
use escalation_core::exports::{RecordDocument, Row, deadlines, outcome_in_words};
use escalation_core::ics::deadlines_calendar;
use escalation_core::journey::Question;
use escalation_core::record::{ActionField, DiscussionField, RecordEdit, RecordField};
use escalation_core::{Action, WhoAnswer, saved};
use yew::prelude::*;

use super::PageProps;
use crate::browser;
use crate::components::button::{Button, ButtonGroup, ButtonKind};
use crate::components::fields::{TextInput, Textarea};
use crate::components::policy_text::{Sources, bullets, bullets_or, does_not_say, refs};
use crate::components::radios::{RadioOption, Radios};
use crate::components::summary_list::{SummaryList, SummaryRow};
use crate::components::timeline_view::TimelineView;
use crate::load_record::LoadRecord;

/// The record as read-only HTML, for printing: the same document the text
/// and Markdown downloads are made from.
fn document_html(document: &RecordDocument) -> Html {
    html! {
        <section class="eg-print-only" aria-hidden="true">
            <h1 class="eg-heading-l">{ document.title.clone() }</h1>
            <p class="eg-body">{ format!("Written with Escalation Guide on {}.", escalation_core::calendar::long_date(document.written)) }</p>
            { for document.sections.iter().map(|section| html! {
                <>
                    <h2 class="eg-heading-m">{ section.title.clone() }</h2>
                    <dl class="eg-print-list">
                        { for section.rows.iter().map(|row| match row {
                            Row::Pair(label, value) => html! { <><dt>{ label.clone() }</dt><dd>{ value.clone() }</dd></> },
                            Row::List(label, items) => html! {
                                <><dt>{ label.clone() }</dt><dd><ol>{ for items.iter().map(|item| html! { <li>{ item.clone() }</li> }) }</ol></dd></>
                            },
                            Row::Text(text) => html! { <dd>{ text.clone() }</dd> },
                        }) }
                    </dl>
                </>
            }) }
        </section>
    }
}

/// Check your answers and complete your record. `on_saved` is told when the
/// user saves the record outside the page (a download).
pub fn page(props: &PageProps, on_saved: &Callback<()>) -> Html {
    let PageProps {
        policy,
        journey,
        dispatch,
        today,
        calendar,
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
    let document = RecordDocument::new(policy, journey, calendar, *today);
    let file_stem = format!("escalation-record-{today}");

    let download = |extension: &'static str, mime: &'static str, text: String| {
        let on_saved = on_saved.clone();
        let name = format!("{file_stem}.{extension}");
        Callback::from(move |()| {
            if browser::download(&name, mime, &text) {
                on_saved.emit(());
            }
        })
    };
    let download_text = download("txt", "text/plain;charset=utf-8", document.to_text());
    let download_markdown = download("md", "text/markdown;charset=utf-8", document.to_markdown());
    let download_json = download("json", "application/json", saved::save(journey, *today));
    let download_calendar = start.filter(|_| !due.is_empty()).map(|start| {
        let policy = *policy;
        let due = due.clone();
        let name = format!("{file_stem}-deadlines.ics");
        Callback::from(move |()| {
            let ics = deadlines_calendar(&policy, start, &due, browser::now_utc());
            browser::download(&name, "text/calendar;charset=utf-8", &ics);
        })
    });

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
                        <p class="eg-body">{ "This policy sets no timescales in working days." }</p>
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
            <Button kind={ButtonKind::Secondary} onclick={dispatch.reform(|()| Action::EditRecord(RecordEdit::AddDiscussion))}>
                { "Add a discussion" }
            </Button>

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
            <Button kind={ButtonKind::Secondary} onclick={dispatch.reform(|()| Action::EditRecord(RecordEdit::AddAction))}>
                { "Add an action" }
            </Button>

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

            <h2 class="eg-heading-m">{ "Save or print your record" }</h2>
            <p class="eg-body">
                { "Your record stays on this device until you choose one of these. Downloads go to your \
                   device’s downloads folder." }
            </p>
            <ButtonGroup>
                <Button kind={ButtonKind::Secondary} onclick={Callback::from(|()| browser::print())}>{ "Print your record" }</Button>
                <Button kind={ButtonKind::Secondary} onclick={download_text}>{ "Download as plain text" }</Button>
                <Button kind={ButtonKind::Secondary} onclick={download_markdown}>{ "Download as Markdown" }</Button>
            </ButtonGroup>
            <ButtonGroup>
                <Button kind={ButtonKind::Secondary} onclick={download_json}>{ "Download as JSON to continue later" }</Button>
                if let Some(onclick) = download_calendar {
                    <Button kind={ButtonKind::Secondary} {onclick}>{ "Add deadlines to my calendar (.ics)" }</Button>
                }
            </ButtonGroup>
            <LoadRecord dispatch={dispatch.clone()} />
            <Sources policy={*policy} refs={refs(after.written_confirmation.iter().chain(&after.lessons).chain(&after.policy_gaps).chain(&after.case_review))} />
            { document_html(&document) }
        </>
    }
}
