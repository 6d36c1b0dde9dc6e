//! The studio's page: bring a document (or open a policy), then build the
//! policy beside it, check it, preview it and save it.

use std::rc::Rc;

use escalation_core::studio::{Draft, element_id, part_in_words};
use yew::prelude::*;

use super::bring::{Bring, OpenPolicyFile};
use super::builder::Builder;
use super::document_pane::DocumentPane;
use super::files;
use super::state::{Action, State};
use crate::browser;
use crate::components::markup::{body, page_heading, section_heading};
use crate::publish::form::{checkbox, choice};

/// Where the draft is kept, when the author asks.
const KEPT_KEY: &str = "escalation-guide:studio";

const NOT_KEPT: &str = "This browser would not keep your draft (it may be full, or in a private mode): download the policy file before you close this page.";

#[component]
pub fn Studio() -> Html {
    let kept = use_memo((), |_| {
        browser::stored_progress(KEPT_KEY).map(|text| Draft::from_kept(&text))
    });
    let keep = use_state(|| kept.is_some());
    let not_kept = use_state(|| false);
    let state = use_reducer(|| {
        State {
        draft: (*kept).clone().flatten().map(Rc::new),
        status: match &*kept {
            Some(None) => Some(Err("A draft kept in this browser could not be read, so the studio starts empty. It is left as it was until you keep a new draft.".to_string())),
            Some(Some(_)) => Some(Ok("Your kept draft is open.".to_string())),
            None => None,
        },
        ..State::default()
    }
    });
    let preview_start = use_state(String::new);
    let draft = state.draft.clone();
    let problems = use_memo(draft.clone(), |draft| {
        draft
            .as_ref()
            .map(|draft| draft.problems())
            .unwrap_or_default()
    });

    // The preview follows the draft once typing pauses (each new page
    // starts the widget again), and shows only a draft with no problems.
    let preview = use_state(|| None::<String>);
    let timer = use_mut_ref(|| None::<gloo_timers::callback::Timeout>);
    {
        let preview = preview.clone();
        let ready = problems.is_empty();
        use_effect_with(
            (draft.clone(), (*preview_start).clone(), ready),
            move |(draft, start, ready)| {
                let page = draft
                    .as_ref()
                    .filter(|_| *ready)
                    .map(|draft| files::preview_page(draft, start));
                *timer.borrow_mut() = Some(gloo_timers::callback::Timeout::new(
                    crate::publish::page::PREVIEW_AFTER_MS,
                    move || preview.set(page),
                ));
            },
        );
    }

    {
        // While keeping, every change is written; turning it off deletes it.
        // A draft that could not be read is not overwritten until there is one.
        let not_kept = not_kept.clone();
        use_effect_with((draft.clone(), *keep), move |(draft, keep)| {
            match (draft.as_ref(), keep) {
                (Some(draft), true) => {
                    not_kept.set(!browser::store_progress(KEPT_KEY, &draft.kept()))
                }
                (None, true) => {}
                (_, false) => {
                    browser::forget_progress(KEPT_KEY);
                    not_kept.set(false);
                }
            }
        });
    }

    let dispatch = state.dispatcher().to_callback();
    let on_edit = dispatch.reform(Action::Edit);
    let on_select = dispatch.reform(Action::Select);
    let on_draft = dispatch.reform(|(draft, said)| Action::Open(Box::new(draft), said));
    let on_source = dispatch.reform(|(source, said)| Action::AddDocument(source, said));
    let on_refused = dispatch.reform(Action::Refused);

    html! {
        <>
            { page_heading("Make a policy file from your policy document") }
            { body("Bring your escalation policy's document, then build the policy beside it by selecting its words: each stage, who does what, the timescales, the self-check and the emergency route. The guide then walks practitioners through your policy in its own words. Nothing you open or type leaves your computer.") }
            { checkbox("keep-draft", "Keep my draft in this browser",
                "Off unless you turn it on. Then your draft and its document are still here if you reload or come back, on this computer only; turning it off deletes them.",
                *keep, { let keep = keep.clone(); Callback::from(move |()| keep.set(!*keep)) }) }
            if *not_kept {
                { crate::components::warning_text::warning_text(html! { NOT_KEPT }, false) }
            }
            <div class="eg-studio-status" role="status" aria-live="polite">
                { match &state.status {
                    Some(Ok(said)) => html! { <p class="eg-body eg-studio-status__done">{ said.clone() }</p> },
                    Some(Err(why)) => html! {
                        <p class="eg-error-message"><span class="eg-visually-hidden">{ "Error: " }</span>{ why.clone() }</p>
                    },
                    None => html! {},
                } }
            </div>
            if let Some(current) = draft.clone() {
                { problem_summary(&problems, &current.policy) }
                <div class="eg-studio">
                    <div class="eg-studio__document">
                        <DocumentPane draft={current.clone()} selected={state.selected.clone()}
                            onselect={on_select.clone()} onsource={on_source}
                            onrefused={on_refused.clone()} />
                    </div>
                    <div class="eg-studio__policy">
                        <Builder draft={current.clone()} selected={state.selected.clone()}
                            problems={problems.clone()} onedit={on_edit.clone()}
                            onselect={on_select.clone()} onrefused={on_refused.clone()} />
                    </div>
                </div>
                { section_heading("Preview") }
                if let (true, Some(page)) = (problems.is_empty(), (*preview).clone()) {
                    { choice("preview-start", "Open the preview at",
                        crate::publish::page::START_PAGES.iter().map(|(value, label)| ((*value).to_string(), (*label).to_string())).collect(),
                        &preview_start, { let start = preview_start.clone(); Callback::from(move |value| start.set(value)) }, None) }
                    <div class="eg-publisher-preview">
                        <iframe title="Preview of the guide with this policy" srcdoc={page}
                            sandbox={crate::publish::tools::PREVIEW_SANDBOX}></iframe>
                    </div>
                } else if problems.is_empty() {
                    { body("The preview is on its way.") }
                } else {
                    { body("The preview shows the guide walking your policy once the draft has no problems (listed at the top of the page).") }
                }
                { section_heading("Save your policy") }
                { body("Download the policy file and the text of the document it quotes. Keep them together: the document goes in a folder named sources beside the policy file, where policy-tool check looks for it. To open them again here, choose \u{201c}Start again\u{201d} below, then open the policy file.") }
                <div class="eg-button-group">
                    <button type="button" class="eg-button" onclick={{ let current = current.clone(); move |_| { files::download_policy(&current); } }}>
                        { format!("Download {}.json", current.policy.id) }
                    </button>
                    <button type="button" class="eg-button eg-button--secondary" onclick={{ let current = current.clone(); move |_| { files::download_documents(&current); } }}>
                        { "Download the document text" }
                    </button>
                </div>
                if problems.is_empty() {
                    { body("When it is ready, put it on your website with the publisher: it opens in a new tab with this policy file.") }
                    <a class="eg-button" href={files::publish_address(&current)} target="_blank" rel="opener" role="button">
                        { "Publish" }<span class="eg-visually-hidden">{ " (opens in a new tab)" }</span>
                    </a>
                } else {
                    { body("Publish is offered once the draft has no problems.") }
                }
                { section_heading("Start again") }
                if state.confirm_new {
                    { crate::components::warning_text::warning_text(html! { "Starting again or opening another policy file takes this draft off the page. Download the policy file first if you want it." }, false) }
                    <div class="eg-button-group">
                        <button type="button" class="eg-button eg-button--warning" onclick={dispatch.reform(|_| Action::Close)}>{ "Yes, start again" }</button>
                        <button type="button" class="eg-button eg-button--secondary" onclick={dispatch.reform(|_| Action::ConfirmNew(false))}>{ "Cancel" }</button>
                    </div>
                    <OpenPolicyFile documents={current.documents.clone()} ondraft={on_draft.clone()} onrefused={on_refused.clone()} />
                } else {
                    <button type="button" class="eg-button eg-button--secondary" onclick={dispatch.reform(|_| Action::ConfirmNew(true))}>
                        { "Start again with another document or policy" }
                    </button>
                }
            } else {
                <Bring ondraft={on_draft} onrefused={on_refused} />
            }
        </>
    }
}

/// The draft's problems, GOV.UK error-summary style, each linking to what
/// to change. Checked as the author works, so it does not take the focus.
fn problem_summary(
    problems: &[escalation_core::Problem],
    policy: &escalation_core::Policy,
) -> Html {
    if problems.is_empty() {
        return html! {
            <div class="eg-studio-ready" id="studio-problems">
                <p class="eg-body"><strong>{ "No problems: this policy file passes the checks policy-tool check runs, and every statement is word for word in its document." }</strong></p>
            </div>
        };
    }
    html! {
        <div class="eg-error-summary" aria-labelledby="studio-problems-title" id="studio-problems">
            <h2 class="eg-error-summary__title" id="studio-problems-title">
                { format!("{} to fix before the guide can use this policy", escalation_core::count(problems.len(), "problem")) }
            </h2>
            <div class="eg-error-summary__body">
                <ul class="eg-list eg-error-summary__list eg-publisher-problems">
                    { for problems.iter().map(|problem| html! {
                        <li><a href={format!("#{}", element_id(&problem.path, policy))}>
                            { format!("{}: {}", part_in_words(&problem.path), problem.message) }
                        </a></li>
                    }) }
                </ul>
            </div>
        </div>
    }
}
