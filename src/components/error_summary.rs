use wasm_bindgen::JsCast;
use yew::prelude::*;

/// One problem on the page: its message and the id of the field it is about.
#[derive(Clone, PartialEq)]
pub struct FieldError {
    pub field_id: AttrValue,
    pub message: AttrValue,
}

#[derive(Properties, PartialEq)]
pub struct ErrorSummaryProps {
    pub errors: Vec<FieldError>,
}

/// "There is a problem", listing each error as a link to its field. It takes
/// focus when it appears so screen reader users hear it at once.
#[component]
pub fn ErrorSummary(props: &ErrorSummaryProps) -> Html {
    let summary = use_node_ref();
    {
        let summary = summary.clone();
        use_effect_with(props.errors.clone(), move |errors| {
            if !errors.is_empty()
                && let Some(element) = summary.cast::<web_sys::HtmlElement>()
            {
                let _ = element.focus();
            }
        });
    }
    if props.errors.is_empty() {
        return Html::default();
    }
    html! {
        <div class="eg-error-summary" ref={summary} tabindex="-1"
            aria-labelledby="eg-error-summary-title" role="alert">
            <h2 class="eg-error-summary__title" id="eg-error-summary-title">{ "There is a problem" }</h2>
            <ul class="eg-error-summary__list">
                { for props.errors.iter().map(|error| {
                    let field_id = error.field_id.clone();
                    let onclick = Callback::from(move |event: MouseEvent| {
                        // Move focus to the field without touching the
                        // address. The field is found within the widget
                        // (in a shadow root, the page's getElementById
                        // cannot see it).
                        event.prevent_default();
                        let field = event
                            .target()
                            .and_then(|target| target.dyn_into::<web_sys::Node>().ok())
                            .and_then(|link| crate::browser::find_by_id(&link, &field_id));
                        if let Some(field) = field {
                            let _ = field.focus();
                        }
                    });
                    html! {
                        <li><a href={format!("#{}", error.field_id)} {onclick}>{ error.message.clone() }</a></li>
                    }
                }) }
            </ul>
        </div>
    }
}
