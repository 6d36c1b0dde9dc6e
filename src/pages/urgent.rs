use yew::prelude::*;

#[component]
pub fn Urgent() -> Html {
    html! {
        <>
            <h1 class="eg-heading-l" tabindex="-1">{ "Act now to keep the child safe" }</h1>
            <div class="eg-panel eg-panel--urgent">
                <p class="eg-body-l eg-!-bold">{ "If a child is in immediate danger, call 999 and ask for the police." }</p>
                <p class="eg-body">{ "Tell your Designated Safeguarding Lead or line manager now." }</p>
            </div>
            <p class="eg-body">
                { "Use your professional judgement. In an emergency you do not have to go through \
                   each stage of the escalation process in turn." }
            </p>
        </>
    }
}
