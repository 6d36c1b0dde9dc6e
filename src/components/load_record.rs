//! "Continue from a saved record" (or a saved briefing record): read a JSON
//! file the user saved, check it, and carry on. A file that fails any check leaves the record on
//! screen as it was and says what is wrong with the file. A good file does
//! not silently replace typed work that exists only on this page: the user
//! is asked first, and can download what is on screen.

use chrono::NaiveDate;
use escalation_core::Action;
use escalation_core::briefing_record::file::{load_as_action, save_as};
use escalation_core::limits::LimitProblem;
use escalation_core::saved::{self, MAX_SAVED_FILE_BYTES, RecordKind};
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

use crate::browser;
use crate::components::button::{Button, ButtonGroup, ButtonKind};
use crate::components::markup::section_heading;
use crate::guide::JourneyRef;
use crate::hooks::guide::use_guide;
use crate::hooks::session::use_session;
use crate::shared_policy::SharedPolicy;

/// What loading a record works with, from the guide and the session.
struct Inputs {
    dispatch: Callback<Action>,
    /// What is on screen now, to download before it is replaced.
    journey: JourneyRef,
    /// Typed work exists only on this page.
    unsaved: bool,
    today: NaiveDate,
    on_saved: Callback<RecordKind>,
    /// The policy set for the widget, to find a saved record's policy.
    policy: SharedPolicy,
}

#[derive(Properties, PartialEq)]
pub struct LoadRecordProps {
    /// Which kind of record this loads: the journey's, or a briefing's.
    #[prop_or(RecordKind::Journey)]
    pub kind: RecordKind,
}

#[component]
pub fn LoadRecord(kind_props: &LoadRecordProps) -> Html {
    let kind = kind_props.kind;
    let guide = use_guide();
    let session = use_session();
    let props = &Inputs {
        dispatch: session.dispatch.clone(),
        journey: session.journey.clone(),
        unsaved: match kind {
            RecordKind::Journey => session.unsaved,
            RecordKind::Briefing => session.briefing_unsaved,
        },
        today: guide.today,
        on_saved: session.on_saved.clone(),
        policy: guide.policy,
    };
    let error = use_state(|| None::<String>);
    // A good file waiting for the user's answer, because work is unsaved.
    let waiting = use_state(|| None::<Action>);
    let onchange = {
        let error = error.clone();
        let waiting = waiting.clone();
        let dispatch = props.dispatch.clone();
        let unsaved = props.unsaved;
        let policy = props.policy;
        Callback::from(move |event: Event| {
            let Some(file) = crate::browser::chosen_file(&event) else {
                return;
            };
            if file.size() > MAX_SAVED_FILE_BYTES as f64 {
                error.set(Some(format!(
                    "{} Your record on screen has not changed.",
                    saved::LoadError::OverLimit(LimitProblem::FileTooLarge(file.size() as usize))
                )));
                return;
            }
            let error = error.clone();
            let waiting = waiting.clone();
            let dispatch = dispatch.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let text = JsFuture::from(file.text())
                    .await
                    .ok()
                    .and_then(|text| text.as_string());
                let Some(text) = text else {
                    error.set(Some(
                        "The file could not be read. Try choosing it again.".to_string(),
                    ));
                    return;
                };
                match load_as_action(kind, text.as_bytes(), policy.finder()) {
                    Ok(action) => {
                        error.set(None);
                        if unsaved {
                            waiting.set(Some(action));
                        } else {
                            dispatch.emit(action);
                        }
                    }
                    Err(problem) => error.set(Some(format!(
                        "{problem} Your record on screen has not changed."
                    ))),
                }
            });
        })
    };
    let replace = {
        let waiting = waiting.clone();
        let dispatch = props.dispatch.clone();
        Callback::from(move |()| {
            if let Some(action) = (*waiting).clone() {
                waiting.set(None);
                dispatch.emit(action);
            }
        })
    };
    let cancel = {
        let waiting = waiting.clone();
        Callback::from(move |()| waiting.set(None))
    };
    let download_current = {
        let journey = props.journey.clone();
        let today = props.today;
        let on_saved = props.on_saved.clone();
        let error = error.clone();
        Callback::from(move |()| {
            match save_as(kind, &journey, today) {
            Ok(text) => {
                if browser::download(&kind.file_name(today, "json"), "application/json", &text) {
                    on_saved.emit(kind);
                }
            }
            Err(problem) => error.set(Some(format!(
                "What is on screen cannot be saved as JSON: {problem} Download it as plain text from your record instead."
            ))),
        }
        })
    };
    let (heading, label, id) = match kind {
        RecordKind::Journey => (
            "Continue from a saved record",
            "Choose a record you saved as JSON",
            "load-record",
        ),
        RecordKind::Briefing => (
            "Continue from a saved briefing record",
            "Choose a briefing record you saved as JSON",
            "load-briefing-record",
        ),
    };
    let (hint_id, error_id) = (format!("{id}-hint"), format!("{id}-error"));
    html! {
        <div class={classes!("eg-form-group", "eg-load-record", error.is_some().then_some("eg-form-group--error"))}>
            { section_heading(heading) }
            if waiting.is_some() {
                <div class="eg-confirm" role="group" aria-labelledby="load-record-confirm">
                    <p class="eg-body eg-bold" id="load-record-confirm" role="alert">
                        { "Loading this record will replace what is on screen, which you have not saved. \
                           Download what is on screen first if you want to keep it." }
                    </p>
                    <ButtonGroup>
                        <Button kind={ButtonKind::Secondary} onclick={download_current}>{ "Download what is on screen" }</Button>
                        <Button kind={ButtonKind::Warning} onclick={replace}>{ "Replace it with the saved record" }</Button>
                        <Button kind={ButtonKind::Secondary} onclick={cancel}>{ "Cancel" }</Button>
                    </ButtonGroup>
                </div>
            }
            <label class="eg-label" for={id}>{ label }</label>
            <div class="eg-hint" id={hint_id.clone()}>
                { "The file stays on this device: the guide reads it here and sends it nowhere." }
            </div>
            if let Some(message) = &*error {
                <p class="eg-error-message" id={error_id.clone()} role="alert">
                    <span class="eg-visually-hidden">{ "Error: " }</span>{ message.clone() }
                </p>
            }
            <input class="eg-file-upload" {id} name={id} type="file"
                accept=".json,application/json" {onchange}
                aria-describedby={if error.is_some() { format!("{hint_id} {error_id}") } else { hint_id.clone() }} />
        </div>
    }
}
