//! A text field's value, written to the page only when it differs from what
//! the user typed there. Yew sets an input's `value` whenever it changes,
//! and setting a textarea holding a megabyte makes the browser lay out the
//! whole text again: on every key press, that made typing slower the more
//! was typed. Here the field keeps the user's own text, and the value is
//! written only when it comes from elsewhere (a loaded record, Clear
//! everything).

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The field's element, and the callback to give its `oninput`.
pub struct FieldValue {
    pub node: NodeRef,
    pub oninput: Callback<InputEvent>,
}

fn element_value(target: &web_sys::EventTarget) -> Option<String> {
    if let Some(input) = target.dyn_ref::<web_sys::HtmlInputElement>() {
        return Some(input.value());
    }
    target
        .dyn_ref::<web_sys::HtmlTextAreaElement>()
        .map(|area| area.value())
}

fn set_element_value(node: &NodeRef, value: &str) {
    if let Some(input) = node.cast::<web_sys::HtmlInputElement>() {
        input.set_value(value);
    } else if let Some(area) = node.cast::<web_sys::HtmlTextAreaElement>() {
        area.set_value(value);
    }
}

#[hook]
pub fn use_field_value(value: AttrValue, on_change: Callback<String>) -> FieldValue {
    let node = use_node_ref();
    // What the field holds because the user typed it.
    let typed: Rc<RefCell<Option<AttrValue>>> = use_mut_ref(|| None);
    {
        let node = node.clone();
        let typed = typed.clone();
        use_effect_with(value, move |value| {
            let from_typing = typed.borrow().as_ref() == Some(value);
            if !from_typing {
                set_element_value(&node, value);
                *typed.borrow_mut() = Some(value.clone());
            }
        });
    }
    let oninput = Callback::from(move |event: InputEvent| {
        let Some(text) = event.target().as_ref().and_then(element_value) else {
            return;
        };
        let text = AttrValue::from(text);
        *typed.borrow_mut() = Some(text.clone());
        on_change.emit(text.to_string());
    });
    FieldValue { node, oninput }
}
