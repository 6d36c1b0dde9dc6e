use yew::prelude::*;

/// One choice in a set of radios.
#[derive(Clone, PartialEq)]
pub struct RadioOption<T: Clone + PartialEq> {
    pub value: T,
    pub label: AttrValue,
}

#[derive(Properties, PartialEq)]
pub struct RadiosProps<T: Clone + PartialEq + 'static> {
    /// The id prefix; the first radio's id is `{id}` so an error can link to it.
    pub id: AttrValue,
    /// The question, shown as the page's heading.
    pub legend: AttrValue,
    pub options: Vec<RadioOption<T>>,
    pub selected: Option<T>,
    pub onchange: Callback<T>,
    #[prop_or_default]
    pub error: Option<AttrValue>,
}

/// A question with radios, its legend as the page heading (GOV.UK question page).
#[component]
pub fn Radios<T: Clone + PartialEq + 'static>(props: &RadiosProps<T>) -> Html {
    let error_id = format!("{}-error", props.id);
    let group_class = classes!(
        "eg-form-group",
        props.error.is_some().then_some("eg-form-group--error")
    );
    html! {
        <div class={group_class}>
            <fieldset class="eg-fieldset"
                aria-describedby={props.error.as_ref().map(|_| error_id.clone())}>
                <legend class="eg-fieldset__legend">
                    <h1 class="eg-heading-l" tabindex="-1">{ props.legend.clone() }</h1>
                </legend>
                if let Some(error) = &props.error {
                    <p class="eg-error-message" id={error_id.clone()}>
                        <span class="eg-visually-hidden">{ "Error: " }</span>{ error.clone() }
                    </p>
                }
                <div class="eg-radios">
                    { for props.options.iter().enumerate().map(|(index, option)| {
                        let id = if index == 0 { props.id.to_string() } else { format!("{}-{}", props.id, index + 1) };
                        let value = option.value.clone();
                        let onchange = props.onchange.reform(move |_: Event| value.clone());
                        let checked = props.selected.as_ref() == Some(&option.value);
                        html! {
                            <div class="eg-radios__item">
                                <input class="eg-radios__input" type="radio" id={id.clone()}
                                    name={props.id.clone()} {checked} {onchange} />
                                <label class="eg-radios__label" for={id}>{ option.label.clone() }</label>
                            </div>
                        }
                    }) }
                </div>
            </fieldset>
        </div>
    }
}
