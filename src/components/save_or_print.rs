//! "Save or print your record": print, downloads as text, Markdown, JSON
//! and a calendar file. Every file is made when its button is pressed, and
//! the print copy when the page is printed, never on a key press: typing
//! costs the same whatever the record already holds.

use chrono::NaiveDate;
use escalation_core::exports::{RecordDocument, Row, deadlines};
use escalation_core::ics::deadlines_calendar;
use escalation_core::{Calendar, saved};
use gloo_events::EventListener;
use yew::prelude::*;

use crate::browser;
use crate::components::button::{Button, ButtonGroup, ButtonKind};
use crate::components::markup::section_heading;
use crate::guide::JourneyRef;
use crate::hooks::guide::use_guide;
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
    on_saved: Callback<()>,
}

impl RecordInputs {
    fn document(&self) -> RecordDocument {
        RecordDocument::new(&self.policy, &self.journey, &self.calendar, self.today)
    }
}

/// Fill the print-only section with the record, from the same document
/// as the text and Markdown downloads. Built with the DOM, not HTML text,
/// so nothing the user typed is read as markup.
fn fill_print_copy(section: &web_sys::Element, document: &RecordDocument) {
    let Some(page) = browser::document() else {
        return;
    };
    let element = |tag: &str, class: Option<&str>, text: Option<&str>| {
        let node = page.create_element(tag).ok()?;
        if let Some(class) = class {
            node.set_class_name(class);
        }
        if let Some(text) = text {
            node.set_text_content(Some(text));
        }
        Some(node)
    };
    section.set_text_content(None);
    let mut children = vec![
        element("h1", Some("eg-heading-l"), Some(&document.title)),
        element("p", Some("eg-body"), Some(&document.written_line())),
    ];
    for part in &document.sections {
        children.push(element("h2", Some("eg-heading-m"), Some(&part.title)));
        let Some(list) = element("dl", Some("eg-print-list"), None) else {
            continue;
        };
        for row in &part.rows {
            let nodes = match row {
                Row::Pair(label, value) => vec![
                    element("dt", None, Some(label)),
                    element("dd", None, Some(value)),
                ],
                Row::List(label, items) => {
                    let list_items = element("ol", None, None);
                    if let Some(ol) = &list_items {
                        for item in items {
                            if let Some(li) = element("li", None, Some(item)) {
                                let _ = ol.append_child(&li);
                            }
                        }
                    }
                    let value = element("dd", None, None);
                    if let (Some(dd), Some(ol)) = (&value, &list_items) {
                        let _ = dd.append_child(ol);
                    }
                    vec![element("dt", None, Some(label)), value]
                }
                Row::Text(text) => vec![element("dd", None, Some(text))],
            };
            for node in nodes.into_iter().flatten() {
                let _ = list.append_child(&node);
            }
        }
        children.push(Some(list));
    }
    for child in children.into_iter().flatten() {
        let _ = section.append_child(&child);
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
    let print_copy = use_node_ref();
    // The inputs as they are now, for the browser's own print command.
    let latest = use_mut_ref(|| props.clone());
    *latest.borrow_mut() = props.clone();

    {
        let print_copy = print_copy.clone();
        let latest = latest.clone();
        use_effect_with((), move |_| {
            let listener = browser::window().map(|window| {
                EventListener::new(&window, "beforeprint", move |_| {
                    if let Some(section) = print_copy.cast::<web_sys::Element>() {
                        fill_print_copy(&section, &latest.borrow().document());
                    }
                })
            });
            move || drop(listener)
        });
    }

    let file_stem = format!("escalation-record-{}", props.today);
    let download =
        |extension: &'static str, mime: &'static str, make: fn(&RecordInputs) -> String| {
            let props = props.clone();
            let name = format!("{file_stem}.{extension}");
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
        let name = format!("{file_stem}.json");
        Callback::from(move |()| match saved::save(&props.journey, props.today) {
            Ok(text) => {
                problem.set(None);
                if browser::download(&name, "application/json", &text) {
                    props.on_saved.emit(());
                }
            }
            Err(limit) => problem.set(Some(format!(
                "Your record cannot be saved to continue later: {limit} Nothing has been removed. \
                 Shorten it, or download it as plain text, which keeps every word."
            ))),
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
            let name = format!("{file_stem}-deadlines.ics");
            Callback::from(move |()| {
                let due = deadlines(&props.policy, &props.journey, &props.calendar);
                let ics = deadlines_calendar(&props.policy, start, &due, browser::now_utc());
                browser::download(&name, "text/calendar;charset=utf-8", &ics);
            })
        });
    let print = {
        let print_copy = print_copy.clone();
        let props = props.clone();
        Callback::from(move |()| {
            if let Some(section) = print_copy.cast::<web_sys::Element>() {
                fill_print_copy(&section, &props.document());
            }
            browser::print();
        })
    };

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
