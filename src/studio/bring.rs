//! The first step: the author's document, pasted or opened (text,
//! Markdown, Word), or a policy to change: a built-in one with its
//! documents, or a policy file.

use escalation_core::studio::{Draft, SourceText};
use yew::prelude::*;

use super::files;
use crate::components::markup::{body, section_heading};

#[derive(Properties, PartialEq)]
pub struct BringProps {
    /// A new draft, and what to say about it.
    pub ondraft: Callback<(Draft, String)>,
    pub onrefused: Callback<String>,
}

#[component]
pub fn Bring(props: &BringProps) -> Html {
    let pasted = use_state(String::new);
    let built_in = use_state(|| escalation_core::DEFAULT_POLICY_ID.to_string());

    let use_pasted = {
        let pasted = pasted.clone();
        let ondraft = props.ondraft.clone();
        let onrefused = props.onrefused.clone();
        Callback::from(move |_: MouseEvent| {
            if pasted.trim().is_empty() {
                onrefused.emit("Paste your document's text into the box first.".into());
            } else {
                ondraft.emit((Draft::new(&pasted), opened_said("The text you pasted")));
            }
        })
    };
    let on_document_file = files::read_document_on_change(
        props
            .ondraft
            .reform(|(text, name): (String, String)| (Draft::new(&text), opened_said(&name))),
        props.onrefused.clone(),
    );
    let open_built_in = {
        let built_in = built_in.clone();
        let ondraft = props.ondraft.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(draft) = files::built_in_draft(&built_in) {
                let said = format!(
                    "{} is open with its documents. Each statement shows where it sits in its document.",
                    draft.policy.title
                );
                ondraft.emit((draft, said));
            }
        })
    };

    html! {
        <>
            { section_heading("Bring your policy document") }
            <div class="eg-form-group">
                <label class="eg-label" for="document-text">{ "Paste your document's text" }</label>
                <div class="eg-hint" id="document-text-hint">{ "Select all the text of your policy document, copy it and paste it here. From a PDF, copy the text in a PDF reader." }</div>
                <textarea class="eg-textarea" id="document-text" rows="8" aria-describedby="document-text-hint"
                    value={(*pasted).clone()}
                    oninput={{ let pasted = pasted.clone(); move |event: InputEvent| {
                        let area: web_sys::HtmlTextAreaElement = event.target_unchecked_into();
                        pasted.set(area.value());
                    } }} />
            </div>
            <button type="button" class="eg-button" onclick={use_pasted}>{ "Use this text" }</button>

            <div class="eg-form-group">
                <label class="eg-label" for="document-file">{ "Or open the document" }</label>
                <div class="eg-hint" id="document-file-hint">{ "A Word document (.docx), plain text (.txt) or Markdown (.md). It is read on this computer; nothing is uploaded." }</div>
                <input class="eg-file-upload" type="file" id="document-file" aria-describedby="document-file-hint"
                    accept=".docx,.txt,.md,.markdown,.pdf,text/plain,text/markdown,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                    onchange={on_document_file} />
            </div>

            { section_heading("Or change a policy") }
            <div class="eg-form-group">
                <label class="eg-label" for="built-in">{ "A built-in policy, with its documents" }</label>
                <div class="eg-hint" id="built-in-hint">{ "To see how a finished policy is made: every statement shown where it sits in its document." }</div>
                <select class="eg-select" id="built-in" aria-describedby="built-in-hint"
                    onchange={{ let built_in = built_in.clone(); move |event: Event| {
                        let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
                        built_in.set(select.value());
                    } }}>
                    { for escalation_core::built_in_policies().iter().map(|policy| html! {
                        <option value={policy.id.to_string()} selected={policy.id.as_str() == built_in.as_str()}>{ policy.title.clone() }</option>
                    }) }
                </select>
            </div>
            <button type="button" class="eg-button eg-button--secondary" onclick={open_built_in}>{ "Open this policy" }</button>
            <OpenPolicyFile documents={Vec::<SourceText>::new()} ondraft={props.ondraft.clone()} onrefused={props.onrefused.clone()} />
            { body("Writing a policy file by hand instead is described in docs/POLICY-FILES.md, in its appendix.") }
        </>
    }
}

fn opened_said(name: &str) -> String {
    format!(
        "{name} is open. Select its words and choose what each passage is, starting with the policy's title and its stages."
    )
}

#[derive(Properties, PartialEq)]
pub struct OpenPolicyFileProps {
    /// Documents already open, kept for the file's statements that cite them.
    pub documents: Vec<SourceText>,
    pub ondraft: Callback<(Draft, String)>,
    pub onrefused: Callback<String>,
}

/// A policy file to change. One that cannot be read is refused with the
/// reason, and the draft on the page stays as it was.
#[component]
pub fn OpenPolicyFile(props: &OpenPolicyFileProps) -> Html {
    let onchange = {
        let documents = props.documents.clone();
        let ondraft = props.ondraft.clone();
        let onrefused = props.onrefused.clone();
        Callback::from(move |event: Event| {
            let Some(file) = crate::browser::chosen_file(&event) else {
                return;
            };
            let documents = documents.clone();
            let ondraft = ondraft.clone();
            let onrefused = onrefused.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let name = file.name();
                let opened = match files::bytes_of(&file).await {
                    Ok(bytes) => Draft::open(&bytes, &documents)
                        .map_err(|why| format!("{name} is not a policy file the studio can open, so nothing has changed: {why}")),
                    Err(why) => Err(why),
                };
                match opened {
                    Ok(draft) => {
                        let said = match draft.missing_document() {
                            Some(source) => format!(
                                "{name} is open. Now open the text of the document it quotes, \u{201c}{}\u{201d}.",
                                source.title
                            ),
                            None => format!("{name} is open."),
                        };
                        ondraft.emit((draft, said));
                    }
                    Err(why) => onrefused.emit(why),
                }
            });
        })
    };
    html! {
        <div class="eg-form-group">
            <label class="eg-label" for="policy-file">{ "Or open a policy file (.json)" }</label>
            <div class="eg-hint" id="policy-file-hint">{ "One you downloaded from the studio, or wrote by hand. Then open the document it quotes." }</div>
            <input class="eg-file-upload" type="file" id="policy-file" aria-describedby="policy-file-hint"
                accept=".json,application/json" {onchange} />
        </div>
    }
}
