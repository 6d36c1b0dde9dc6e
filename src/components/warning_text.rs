use yew::prelude::*;

// Plain functions rather than components: they hold no state, and each
// component costs the download about 0.5 KB gzip of Yew's generic code
// (docs/PERFORMANCE.md).

/// A bold message beside a round "!" icon, read out as "Warning: …".
/// `emergency` makes it red, for the emergency advice.
pub fn warning_text(message: Html, emergency: bool) -> Html {
    html! {
        <div class={classes!("eg-warning-text", emergency.then_some("eg-warning-text--emergency"))}>
            <span class="eg-warning-text__icon" aria-hidden="true">{ "!" }</span>
            <strong class="eg-warning-text__text">
                <span class="eg-visually-hidden">{ "Warning" }</span>
                { message }
            </strong>
        </div>
    }
}

/// The emergency advice that stands in the same place on every screen.
pub fn emergency_warning() -> Html {
    warning_text(html! { escalation_core::outline::EMERGENCY_ADVICE }, true)
}
