//! The publisher's small form pieces: a checkbox with its hint, and a
//! question with radios under a plain legend.

use yew::prelude::*;

/// A checkbox with its hint, told when it is ticked or unticked.
pub fn checkbox(
    id: &'static str,
    label: &'static str,
    hint: &'static str,
    checked: bool,
    toggle: Callback<()>,
) -> Html {
    let hint_id = format!("{id}-hint");
    html! {
        <div class="eg-form-group">
            <div class="eg-checkboxes__item">
                <input class="eg-checkboxes__input" type="checkbox" {id} {checked}
                    aria-describedby={hint_id.clone()} onchange={toggle.reform(|_: Event| ())} />
                <label class="eg-checkboxes__label" for={id}>{ label }</label>
                <div class="eg-hint eg-checkboxes__hint" id={hint_id}>{ hint }</div>
            </div>
        </div>
    }
}

/// A question with radios under a plain legend (the page's sections carry
/// the headings), its value told by the callback.
pub fn choice(
    id: &'static str,
    legend: &'static str,
    options: Vec<(String, String)>,
    selected: &str,
    onchange: Callback<String>,
    error: Option<AttrValue>,
) -> Html {
    html! {
        <div class={classes!("eg-form-group", error.is_some().then_some("eg-form-group--error"))}>
            <fieldset class="eg-fieldset" aria-describedby={error.as_ref().map(|_| format!("{id}-error"))}>
                <legend class="eg-fieldset__legend eg-fieldset__legend--s">{ legend }</legend>
                if let Some(error) = &error {
                    <p class="eg-error-message" id={format!("{id}-error")}>
                        <span class="eg-visually-hidden">{ "Error: " }</span>{ error.clone() }
                    </p>
                }
                <div class="eg-radios">
                    { for options.into_iter().enumerate().map(|(index, (value, label))| {
                        let item = if index == 0 { id.to_string() } else { format!("{id}-{}", index + 1) };
                        let checked = value == selected;
                        let onchange = onchange.reform(move |_: Event| value.clone());
                        html! {
                            <div class="eg-radios__item">
                                <input class="eg-radios__input" type="radio" id={item.clone()} name={id} {checked} {onchange} />
                                <label class="eg-radios__label" for={item}>{ label }</label>
                            </div>
                        }
                    }) }
                </div>
            </fieldset>
        </div>
    }
}
