use std::rc::Rc;

use escalation_core::{Action, Journey, Page, default_policy};
use yew::prelude::*;

use crate::browser_history::use_browser_history;
use crate::components::back_link::BackLink;
use crate::components::warning_text::EmergencyWarning;
use crate::pages::immediate_danger::ImmediateDanger;
use crate::pages::next_steps_coming::NextStepsComing;
use crate::pages::speak_to_dsl::SpeakToDsl;
use crate::pages::start::Start;
use crate::pages::urgent::Urgent;
use crate::shared_policy::SharedPolicy;

/// The journey, held by Yew. The reducer itself lives in `escalation-core`.
#[derive(Default, PartialEq)]
struct JourneyState(Journey);

impl Reducible for JourneyState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(JourneyState(self.0.clone().reduce(action)))
    }
}

#[component]
pub fn App() -> Html {
    let policy = use_memo((), |_| SharedPolicy::new(default_policy().clone()));
    let state = use_reducer_eq(JourneyState::default);
    let journey = &state.0;
    let dispatch = {
        let state = state.dispatcher();
        Callback::from(move |action| state.dispatch(action))
    };
    let go_back = use_browser_history(journey.depth(), dispatch.clone());
    let content = use_node_ref();
    use_focus_heading_on_new_page(journey.depth(), journey.page(), content.clone());

    let page = match journey.page() {
        Page::Start => html! {
            <Start policy={(*policy).clone()} on_start={dispatch.reform(|()| Action::Start)} />
        },
        Page::ImmediateDanger => html! {
            <ImmediateDanger answer={journey.answers().immediate_danger}
                on_answer={dispatch.reform(Action::AnswerDanger)} />
        },
        Page::Urgent => html! { <Urgent /> },
        Page::SpeakToDsl => html! { <SpeakToDsl /> },
        Page::NextStepsComing => html! { <NextStepsComing /> },
    };

    html! {
        <div class="eg-width-container">
            <EmergencyWarning />
            if journey.can_go_back() {
                <BackLink onclick={go_back} />
            }
            // Keyed by depth so each page starts with fresh component state.
            <div class="eg-page" ref={content} key={journey.depth()}>
                { page }
            </div>
        </div>
    }
}

/// On every step after the first page, move focus to the new page's heading,
/// so keyboard and screen reader users start at the top of what changed.
#[hook]
fn use_focus_heading_on_new_page(depth: usize, page: Page, content: NodeRef) {
    let first_render = use_mut_ref(|| true);
    use_effect_with((depth, page), move |_| {
        if std::mem::replace(&mut *first_render.borrow_mut(), false) {
            return;
        }
        let heading = content
            .cast::<web_sys::Element>()
            .and_then(|element| element.query_selector("h1").ok().flatten())
            .and_then(|heading| {
                wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(heading).ok()
            });
        if let Some(heading) = heading {
            let _ = heading.focus();
        }
    });
}
