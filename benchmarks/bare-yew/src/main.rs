//! The smallest Yew page that does what the widget's first screen must: a
//! heading and a "Start now" button that works. `scripts/benchmark` builds it
//! with the widget's profile and tools, as the floor Yew itself sets.

use yew::prelude::*;

#[component]
fn App() -> Html {
    let started = use_state(|| false);
    let onclick = {
        let started = started.clone();
        Callback::from(move |_: MouseEvent| started.set(true))
    };
    html! {
        <main>
            if *started {
                <h1>{ "Is a child at risk of immediate harm?" }</h1>
            } else {
                <h1>{ "Resolve a professional disagreement about a child’s safety" }</h1>
                <button type="button" {onclick}>{ "Start now" }</button>
            }
        </main>
    }
}

fn main() {
    yew::Renderer::<App>::new().render();
}
