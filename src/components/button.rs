use yew::prelude::*;

#[derive(Clone, Copy, PartialEq, Eq, Default)]
pub enum ButtonKind {
    /// Green: the main action on the page.
    #[default]
    Primary,
    /// Grey: other actions.
    Secondary,
    /// Red: actions that delete things.
    Warning,
    /// Larger, with an arrow: "Start now".
    Start,
}

#[derive(Properties, PartialEq)]
pub struct ButtonProps {
    pub onclick: Callback<()>,
    pub children: Html,
    #[prop_or_default]
    pub kind: ButtonKind,
}

/// A second click within this long of the first does nothing, as with
/// GOV.UK's prevent-double-click.
const DOUBLE_CLICK_MS: f64 = 1_000.0;

thread_local! {
    /// When the last click on any button was taken. Shared by every button:
    /// a double click on Continue must not land on the next page's Continue,
    /// which is a new button in the same place.
    static LAST_CLICK: std::cell::Cell<f64> = const { std::cell::Cell::new(f64::NEG_INFINITY) };
}

/// Whether a click should be acted on. Clicks from a pointer (`detail` of
/// 1 or more) within a second of the last one are not; clicks from the
/// keyboard or a script (`detail` 0) always are, since focus moves to the
/// new page's heading and cannot repeat onto the next page's button.
fn take_click(event: &MouseEvent) -> bool {
    if event.detail() == 0 {
        return true;
    }
    let now = js_sys::Date::now();
    LAST_CLICK.with(|last| {
        if now - last.get() < DOUBLE_CLICK_MS || event.detail() > 1 {
            false
        } else {
            last.set(now);
            true
        }
    })
}

#[component]
pub fn Button(props: &ButtonProps) -> Html {
    let onclick = {
        let onclick = props.onclick.clone();
        Callback::from(move |event: MouseEvent| {
            if take_click(&event) {
                onclick.emit(());
            }
        })
    };
    let modifier = match props.kind {
        ButtonKind::Primary => None,
        ButtonKind::Secondary => Some("eg-button--secondary"),
        ButtonKind::Warning => Some("eg-button--warning"),
        ButtonKind::Start => Some("eg-button--start"),
    };
    html! {
        <button type="button" class={classes!("eg-button", modifier)} {onclick}>
            { props.children.clone() }
            if props.kind == ButtonKind::Start {
                <svg class="eg-button__start-icon" xmlns="http://www.w3.org/2000/svg" width="17.5"
                    height="19" viewBox="0 0 33 40" aria-hidden="true" focusable="false">
                    <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
                </svg>
            }
        </button>
    }
}

#[derive(Properties, PartialEq)]
pub struct ButtonGroupProps {
    pub children: Html,
}

/// Buttons and links side by side on wider screens.
#[component]
pub fn ButtonGroup(props: &ButtonGroupProps) -> Html {
    html! { <div class="eg-button-group">{ props.children.clone() }</div> }
}

#[derive(Properties, PartialEq)]
pub struct ActionLinkProps {
    pub onclick: Callback<()>,
    pub children: Html,
}

/// A link that does something in the page (GOV.UK styles these as links).
#[component]
pub fn ActionLink(props: &ActionLinkProps) -> Html {
    let onclick = props
        .onclick
        .reform(|event: MouseEvent| event.prevent_default());
    html! { <a href="#" class="eg-link" {onclick}>{ props.children.clone() }</a> }
}
