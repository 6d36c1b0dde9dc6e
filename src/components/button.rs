use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ButtonProps {
    pub onclick: Callback<()>,
    pub children: Html,
    /// A start button: larger, with an arrow, for "Start now".
    #[prop_or_default]
    pub start: bool,
}

#[component]
pub fn Button(props: &ButtonProps) -> Html {
    let onclick = props.onclick.reform(|_: MouseEvent| ());
    let class = classes!("eg-button", props.start.then_some("eg-button--start"));
    html! {
        <button type="button" {class} {onclick}>
            { props.children.clone() }
            if props.start {
                <svg class="eg-button__start-icon" xmlns="http://www.w3.org/2000/svg" width="17.5"
                    height="19" viewBox="0 0 33 40" aria-hidden="true" focusable="false">
                    <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
                </svg>
            }
        </button>
    }
}
