//! "Keep my progress on this device" (off unless the user turns it on) and
//! "Clear everything".

use yew::prelude::*;

use crate::components::button::{Button, ButtonGroup, ButtonKind};

#[derive(Properties, PartialEq)]
pub struct PrivacyControlsProps {
    pub keep: bool,
    /// A kept copy that could not be used waits for the user's decision:
    /// keeping cannot be turned on over it.
    #[prop_or_default]
    pub keep_blocked: bool,
    pub on_keep: Callback<bool>,
    pub on_clear: Callback<()>,
}

#[component]
pub fn PrivacyControls(props: &PrivacyControlsProps) -> Html {
    let confirming = use_state(|| false);
    let cleared = use_state(|| false);
    let onchange = {
        let on_keep = props.on_keep.clone();
        let keep = props.keep;
        Callback::from(move |_: Event| on_keep.emit(!keep))
    };
    let ask = {
        let confirming = confirming.clone();
        let cleared = cleared.clone();
        Callback::from(move |()| {
            cleared.set(false);
            confirming.set(true);
        })
    };
    let cancel = {
        let confirming = confirming.clone();
        Callback::from(move |()| confirming.set(false))
    };
    let clear = {
        let confirming = confirming.clone();
        let cleared = cleared.clone();
        let on_clear = props.on_clear.clone();
        Callback::from(move |()| {
            confirming.set(false);
            cleared.set(true);
            on_clear.emit(());
        })
    };
    html! {
        <div class="eg-privacy">
            <h2 class="eg-heading-s" id="eg-privacy-title">{ "Your privacy" }</h2>
            <div class="eg-checkboxes__item">
                <input class="eg-checkboxes__input" type="checkbox" id="keep-progress"
                    checked={props.keep} disabled={props.keep_blocked} {onchange}
                    aria-describedby="keep-progress-hint" />
                <label class="eg-checkboxes__label" for="keep-progress">{ "Keep my progress on this device" }</label>
                <div class="eg-hint eg-checkboxes__hint" id="keep-progress-hint">
                    if props.keep_blocked {
                        { "Not available until you download or delete the kept progress that could not \
                           be used (see the top of the page)." }
                    } else {
                        { "Off unless you turn it on. When it is on, your answers and record are kept in \
                           this browser, where anyone using this device could see them." }
                    }
                </div>
            </div>
            if *confirming {
                <div class="eg-confirm" role="group" aria-labelledby="eg-confirm-text">
                    <p class="eg-body eg-bold" id="eg-confirm-text">
                        { "This deletes your answers and record from this page and from this device. \
                           Anything you have not downloaded will be lost." }
                    </p>
                    <ButtonGroup>
                        <Button kind={ButtonKind::Warning} onclick={clear}>{ "Yes, clear everything" }</Button>
                        <Button kind={ButtonKind::Secondary} onclick={cancel}>{ "Cancel" }</Button>
                    </ButtonGroup>
                </div>
            } else {
                <Button kind={ButtonKind::Secondary} onclick={ask}>{ "Clear everything" }</Button>
            }
            <p class="eg-visually-hidden" role="status">
                { if *cleared { "Everything has been cleared." } else { "" } }
            </p>
        </div>
    }
}
