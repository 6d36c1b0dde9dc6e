use yew::prelude::*;

/// Stands in for the rest of the journey until it is built.
#[component]
pub fn NextStepsComing() -> Html {
    html! {
        <>
            <h1 class="eg-heading-l" tabindex="-1">{ "The next steps are coming" }</h1>
            <p class="eg-body">
                { "This early version of the guide does not yet show the stages of the escalation \
                   process. Follow your local safeguarding partnership’s escalation policy, and \
                   speak to your Designated Safeguarding Lead if you need help." }
            </p>
        </>
    }
}
