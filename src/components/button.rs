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

/// A pointer click taken: when, and where on the screen.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Click {
    at_ms: f64,
    x: i32,
    y: i32,
}

/// A click this soon after the last one taken, and this close to it, is
/// the second half of a double click, as with GOV.UK's prevent-double-click.
const DOUBLE_CLICK_MS: f64 = 1_000.0;
/// Wide enough for a finger's second tap, which lands less exactly than a
/// mouse's second click.
const SAME_PLACE_PX: i32 = 30;

impl Click {
    /// Whether this click repeats `last` (the second click of a double
    /// click, landing on whatever button is now in the same place) rather
    /// than being a deliberate click somewhere else. `detail` is the
    /// browser's count of clicks in quick succession at one place.
    fn repeats(self, last: Option<Click>, detail: i32) -> bool {
        detail > 1
            || last.is_some_and(|last| {
                self.at_ms - last.at_ms < DOUBLE_CLICK_MS
                    && (self.x - last.x).abs() <= SAME_PLACE_PX
                    && (self.y - last.y).abs() <= SAME_PLACE_PX
            })
    }
}

thread_local! {
    /// The last click taken on any button. Shared by every button: a double
    /// click on Continue must not land on the next page's Continue, which
    /// is a new button in the same place.
    static LAST_CLICK: std::cell::Cell<Option<Click>> = const { std::cell::Cell::new(None) };
}

/// Whether a click should be acted on. A pointer click (`detail` of 1 or
/// more) that repeats the last one at the same place is not; a click
/// elsewhere always is, however soon (Start now, an answer, Continue), and
/// so are clicks from the keyboard or a script (`detail` 0), since focus
/// moves to the new page's heading and cannot repeat onto the next page's
/// button.
fn take_click(event: &MouseEvent) -> bool {
    if event.detail() == 0 {
        return true;
    }
    let click = Click {
        at_ms: js_sys::Date::now(),
        x: event.screen_x(),
        y: event.screen_y(),
    };
    LAST_CLICK.with(|last| {
        if click.repeats(last.get(), event.detail()) {
            false
        } else {
            last.set(Some(click));
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

#[cfg(test)]
mod tests {
    use super::*;

    const fn click(at_ms: f64, x: i32, y: i32) -> Click {
        Click { at_ms, x, y }
    }

    #[test]
    fn the_second_click_of_a_double_click_is_a_repeat() {
        let first = click(0.0, 100, 200);
        assert!(click(250.0, 100, 200).repeats(Some(first), 1));
        assert!(
            click(250.0, 104, 197).repeats(Some(first), 1),
            "a hand moves a little"
        );
        assert!(
            click(300.0, 125, 220).repeats(Some(first), 1),
            "a finger more"
        );
        assert!(
            click(5.0, 100, 200).repeats(None, 2),
            "the browser counts it"
        );
    }

    #[test]
    fn a_quick_deliberate_click_elsewhere_is_taken() {
        // Start now, then (after choosing an answer, which is no button)
        // Continue further down, within a second.
        let start_now = click(0.0, 120, 400);
        assert!(!click(800.0, 90, 520).repeats(Some(start_now), 1));
        // Two buttons side by side.
        assert!(!click(300.0, 200, 400).repeats(Some(start_now), 1));
    }

    #[test]
    fn the_same_place_a_second_later_is_taken() {
        let first = click(0.0, 100, 200);
        assert!(!click(1_000.0, 100, 200).repeats(Some(first), 1));
        assert!(!click(50.0, 100, 200).repeats(None, 1));
    }
}
