use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct BackLinkProps {
    pub onclick: Callback<()>,
}

/// "Back" at the top left of a question page. It goes back the same way as
/// the browser's back button.
#[component]
pub fn BackLink(props: &BackLinkProps) -> Html {
    let onclick = props
        .onclick
        .reform(|event: MouseEvent| event.prevent_default());
    html! {
        <a href="#" class="eg-back-link" {onclick}>{ "Back" }</a>
    }
}
