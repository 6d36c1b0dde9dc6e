use yew::prelude::*;

use super::{PageProps, continue_button};

pub fn page(props: &PageProps) -> Html {
    html! {
        <>
            <h1 class="eg-heading-l" tabindex="-1">{ "Speak to your Designated Safeguarding Lead now" }</h1>
            <p class="eg-body">
                { "If you are not sure whether a child is at risk of immediate harm, speak to your \
                   Designated Safeguarding Lead now. If there is no safeguarding lead, or they are \
                   not available, speak to your line manager." }
            </p>
            <p class="eg-body">{ "When you have spoken to them, continue with the guide." }</p>
            { continue_button(&props.dispatch, "Continue") }
        </>
    }
}
