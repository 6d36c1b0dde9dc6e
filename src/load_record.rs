//! "Continue from a saved record": read a JSON file the user saved, check
//! it, and carry on. A file that fails any check leaves the record on
//! screen as it was and says what is wrong with the file.

use escalation_core::saved::{self, MAX_SAVED_FILE_BYTES};
use escalation_core::{Action, built_in_policy};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LoadRecordProps {
    pub dispatch: Callback<Action>,
}

#[component]
pub fn LoadRecord(props: &LoadRecordProps) -> Html {
    let error = use_state(|| None::<String>);
    let onchange = {
        let error = error.clone();
        let dispatch = props.dispatch.clone();
        Callback::from(move |event: Event| {
            let Some(input) = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            else {
                return;
            };
            let Some(file) = input.files().and_then(|files| files.get(0)) else {
                return;
            };
            // Let the same file be chosen again after fixing something.
            input.set_value("");
            if file.size() > MAX_SAVED_FILE_BYTES as f64 {
                error.set(Some(
                    saved::LoadError::TooBig(file.size() as usize).to_string(),
                ));
                return;
            }
            let error = error.clone();
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
                match saved::load(text.as_bytes(), built_in_policy) {
                    Ok(journey) => {
                        error.set(None);
                        dispatch.emit(Action::Restore(Box::new(journey)));
                    }
                    Err(problem) => error.set(Some(format!(
                        "{problem} Your record on screen has not changed."
                    ))),
                }
            });
        })
    };
    html! {
        <div class={classes!("eg-form-group", "eg-load-record", error.is_some().then_some("eg-form-group--error"))}>
            <h2 class="eg-heading-m">{ "Continue from a saved record" }</h2>
            <label class="eg-label" for="load-record">{ "Choose a record you saved as JSON" }</label>
            <div class="eg-hint" id="load-record-hint">
                { "The file stays on this device: the guide reads it here and sends it nowhere." }
            </div>
            if let Some(message) = &*error {
                <p class="eg-error-message" id="load-record-error" role="alert">
                    <span class="eg-visually-hidden">{ "Error: " }</span>{ message.clone() }
                </p>
            }
            <input class="eg-file-upload" id="load-record" name="load-record" type="file"
                accept=".json,application/json" {onchange}
                aria-describedby={if error.is_some() { "load-record-hint load-record-error" } else { "load-record-hint" }} />
        </div>
    }
}
