//! "Save or print this record": print, downloads as text, Markdown and JSON,
//! and the actions' dates as a calendar file. Print, text, Markdown and the
//! calendar are made only from a record with no problems (the page's check
//! shows any); the JSON file to continue later keeps whatever was typed,
//! within the limits. Every file is made when its button is pressed.

use std::rc::Rc;

use escalation_core::briefing_record::file;
use escalation_core::ics::briefing_actions_calendar;
use escalation_core::saved::RecordKind;
use yew::prelude::*;

use crate::browser;
use crate::components::button::{Button, ButtonGroup, ButtonKind};
use crate::components::markup::section_heading;
use crate::hooks::page::use_page;
use crate::hooks::print_copy::use_print_copy;
use crate::shared_policy::SharedPolicy;

#[derive(Properties, PartialEq)]
pub struct BriefingFilesProps {
    /// Check the record, show what is wrong, and say whether it is right.
    pub check: Callback<(), bool>,
    /// The policy the briefing was on, which its print and files name.
    pub policy: SharedPolicy,
}

#[component]
pub fn BriefingFiles(props: &BriefingFilesProps) -> Html {
    let page = use_page();
    let session = crate::hooks::session::use_session();
    let problem = use_state(|| None::<String>);
    let today = page.today;
    let policy = props.policy;
    let (print_copy, print) = {
        let page = page.clone();
        use_print_copy(Rc::new(move || {
            page.journey.briefing().document(&policy, page.today)
        }))
    };
    // Only once the record is right: otherwise the page shows why.
    let checked = |then: Callback<()>| {
        let check = props.check.clone();
        Callback::from(move |()| {
            if check.emit(()) {
                then.emit(());
            }
        })
    };
    let download = |extension: &'static str, mime: &'static str, markdown: bool| {
        let page = page.clone();
        checked(Callback::from(move |()| {
            let document = page.journey.briefing().document(&policy, page.today);
            let text = if markdown {
                document.to_markdown()
            } else {
                document.to_text()
            };
            browser::download(
                &RecordKind::Briefing.file_name(page.today, extension),
                mime,
                &text,
            );
        }))
    };
    let download_text = download("txt", "text/plain;charset=utf-8", false);
    let download_markdown = download("md", "text/markdown;charset=utf-8", true);
    let download_json = {
        let journey = page.journey.clone();
        let problem = problem.clone();
        let on_saved = session.on_saved.clone();
        Callback::from(move |()| match file::save(&journey, today) {
            Ok(text) => {
                problem.set(None);
                let name = RecordKind::Briefing.file_name(today, "json");
                if browser::download(&name, "application/json", &text) {
                    on_saved.emit(RecordKind::Briefing);
                }
            }
            Err(limit) => problem.set(Some(RecordKind::Briefing.cannot_save(&limit))),
        })
    };
    let dated = page
        .journey
        .briefing()
        .actions
        .iter()
        .any(|action| !action.by.is_empty());
    let download_calendar = dated.then(|| {
        let page = page.clone();
        checked(Callback::from(move |()| {
            let ics = briefing_actions_calendar(
                &policy,
                page.journey.briefing(),
                page.today,
                browser::now_utc(),
            );
            browser::download(
                &RecordKind::Briefing.file_name(page.today, "ics"),
                "text/calendar;charset=utf-8",
                &ics,
            );
        }))
    });

    html! {
        <>
            { section_heading("Save or print this record") }
            <p class="eg-body">
                { "This record stays on this device until you choose one of these. Downloads go to your \
                   device’s downloads folder. The JSON file holds this record only, not a record of a \
                   disagreement about a child." }
            </p>
            if let Some(message) = &*problem {
                <p class="eg-error-message" role="alert">
                    <span class="eg-visually-hidden">{ "Error: " }</span>{ message.clone() }
                </p>
            }
            <ButtonGroup>
                <Button kind={ButtonKind::Secondary} onclick={checked(print)}>{ "Print this record" }</Button>
                <Button kind={ButtonKind::Secondary} onclick={download_text}>{ "Download as plain text" }</Button>
                <Button kind={ButtonKind::Secondary} onclick={download_markdown}>{ "Download as Markdown" }</Button>
            </ButtonGroup>
            <ButtonGroup>
                <Button kind={ButtonKind::Secondary} onclick={download_json}>{ "Download as JSON to continue later" }</Button>
                if let Some(onclick) = download_calendar {
                    <Button kind={ButtonKind::Secondary} {onclick}>{ "Add the actions to my calendar (.ics)" }</Button>
                }
            </ButtonGroup>
            // Filled when the page is printed; empty, and hidden, otherwise.
            <section class="eg-print-only" aria-hidden="true" ref={print_copy} />
        </>
    }
}
