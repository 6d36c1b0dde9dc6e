//! "Save or print your record": print, downloads as text, Markdown, JSON
//! and a calendar file. Every file is made when its button is pressed, and
//! the print copy when the page is printed, never on a key press: typing
//! costs the same whatever the record already holds.

use std::rc::Rc;

use chrono::NaiveDate;
use escalation_core::exports::{RecordDocument, deadlines};
use escalation_core::ics::deadlines_calendar;
use escalation_core::saved::RecordKind;
use escalation_core::{Calendar, saved};
use yew::prelude::*;

use crate::browser;
use crate::components::button::{Button, ButtonGroup, ButtonKind};
use crate::components::markup::section_heading;
use crate::guide::JourneyRef;
use crate::hooks::guide::use_guide;
use crate::hooks::print_copy::use_print_copy;
use crate::hooks::session::use_session;
use crate::shared_policy::SharedPolicy;

/// What the record's files are made from, from the guide and the session.
#[derive(Clone)]
struct RecordInputs {
    policy: SharedPolicy,
    journey: JourneyRef,
    calendar: Calendar,
    today: NaiveDate,
    /// Told when a download the user can continue from has been made.
    on_saved: Callback<RecordKind>,
}

impl RecordInputs {
    fn document(&self) -> RecordDocument {
        RecordDocument::new(&self.policy, &self.journey, &self.calendar, self.today)
    }
}

#[component]
pub fn SaveOrPrint() -> Html {
    let guide = use_guide();
    let session = use_session();
    let props = &RecordInputs {
        policy: guide.policy,
        journey: session.journey.clone(),
        calendar: guide.calendar.clone(),
        today: guide.today,
        on_saved: session.on_saved.clone(),
    };
    let problem = use_state(|| None::<String>);
    let (print_copy, print) = {
        let props = props.clone();
        use_print_copy(Rc::new(move || props.document()))
    };

    let download =
        |extension: &'static str, mime: &'static str, make: fn(&RecordInputs) -> String| {
            let props = props.clone();
            let name = RecordKind::Journey.file_name(props.today, extension);
            // Text and Markdown leave out the private reflections and cannot
            // be loaded back: only the JSON file counts as saving the work.
            Callback::from(move |()| {
                browser::download(&name, mime, &make(&props));
            })
        };
    let download_text = download("txt", "text/plain;charset=utf-8", |props| {
        props.document().to_text()
    });
    let download_markdown = download("md", "text/markdown;charset=utf-8", |props| {
        props.document().to_markdown()
    });
    let download_json = {
        let props = props.clone();
        let problem = problem.clone();
        let name = RecordKind::Journey.file_name(props.today, "json");
        Callback::from(move |()| match saved::save(&props.journey, props.today) {
            Ok(text) => {
                problem.set(None);
                if browser::download(&name, "application/json", &text) {
                    props.on_saved.emit(RecordKind::Journey);
                }
            }
            Err(limit) => problem.set(Some(RecordKind::Journey.cannot_save(&limit))),
        })
    };
    let start = props.journey.answers().start_date;
    let download_calendar = start
        .filter(|_| {
            props
                .policy
                .stages
                .iter()
                .any(|stage| !stage.timescales.is_empty())
        })
        .map(|start| {
            let props = props.clone();
            let name = RecordKind::Journey.file_name(props.today, "ics");
            Callback::from(move |()| {
                let due = deadlines(&props.policy, &props.journey, &props.calendar);
                let ics = deadlines_calendar(&props.policy, start, &due, browser::now_utc());
                browser::download(&name, "text/calendar;charset=utf-8", &ics);
            })
        });
    html! {
        <>
            { section_heading("Save or print your record") }
            <p class="eg-body">
                { "Your record stays on this device until you choose one of these. Downloads go to your \
                   device’s downloads folder." }
            </p>
            if let Some(message) = &*problem {
                <p class="eg-error-message" role="alert">
                    <span class="eg-visually-hidden">{ "Error: " }</span>{ message.clone() }
                </p>
            }
            <ButtonGroup>
                <Button kind={ButtonKind::Secondary} onclick={print}>{ "Print your record" }</Button>
                <Button kind={ButtonKind::Secondary} onclick={download_text}>{ "Download as plain text" }</Button>
                <Button kind={ButtonKind::Secondary} onclick={download_markdown}>{ "Download as Markdown" }</Button>
            </ButtonGroup>
            <ButtonGroup>
                <Button kind={ButtonKind::Secondary} onclick={download_json}>{ "Download as JSON to continue later" }</Button>
                if let Some(onclick) = download_calendar {
                    <Button kind={ButtonKind::Secondary} {onclick}>{ "Add deadlines to my calendar (.ics)" }</Button>
                }
            </ButtonGroup>
            // Filled when the page is printed; empty, and hidden, otherwise.
            <section class="eg-print-only" aria-hidden="true" ref={print_copy} />
        </>
    }
}
