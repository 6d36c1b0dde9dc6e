//! Boxes of a fixed size (the one-page sheet's) that each show as many of
//! their points as fit: a box whose points overflow it shows one fewer, and
//! says how many are left to the handout. Measured in the browser after
//! each render, on screen at the paper's size, so the page prints as shown.

use yew::prelude::*;

/// How many points each box shows, given how many each has: `box_class`
/// names the boxes inside `container`, in order.
#[hook]
pub fn use_fit_boxes(
    container: NodeRef,
    box_class: &'static str,
    totals: Vec<usize>,
) -> Vec<usize> {
    let shown = use_state(|| totals.clone());
    {
        let shown = shown.clone();
        // Again from the top when the boxes change (another policy).
        use_effect_with(totals.clone(), move |totals| shown.set(totals.clone()));
    }
    {
        let shown = shown.clone();
        use_effect(move || {
            let Some(container) = container.cast::<web_sys::Element>() else {
                return;
            };
            let Ok(boxes) = container.query_selector_all(&format!(".{box_class}")) else {
                return;
            };
            let mut next = (*shown).clone();
            let mut changed = false;
            for index in 0..boxes.length().min(next.len() as u32) {
                let Some(element) = boxes
                    .item(index)
                    .and_then(|node| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(node).ok())
                else {
                    continue;
                };
                let count = &mut next[index as usize];
                if element.scroll_height() > element.client_height() + 1 && *count > 0 {
                    *count -= 1;
                    changed = true;
                }
            }
            if changed {
                shown.set(next);
            }
        });
    }
    (*shown).clone()
}
