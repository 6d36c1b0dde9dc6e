use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct WarningTextProps {
    pub children: Html,
    /// Red, for the emergency advice.
    #[prop_or_default]
    pub emergency: bool,
}

/// A bold message beside a round "!" icon, read out as "Warning: …".
#[component]
pub fn WarningText(props: &WarningTextProps) -> Html {
    html! {
        <div class={classes!("eg-warning-text", props.emergency.then_some("eg-warning-text--emergency"))}>
            <span class="eg-warning-text__icon" aria-hidden="true">{ "!" }</span>
            <strong class="eg-warning-text__text">
                <span class="eg-visually-hidden">{ "Warning" }</span>
                { props.children.clone() }
            </strong>
        </div>
    }
}

/// The emergency advice that stands in the same place on every screen.
#[component]
pub fn EmergencyWarning() -> Html {
    html! {
        <WarningText emergency=true>{ "If a child is in immediate danger, call 999." }</WarningText>
    }
}
