//! The print copy of a record: a print-only section filled from the same
//! document as the text and Markdown downloads, when the page's print
//! button is pressed or the browser's own print command is used, never on a
//! key press.

use std::rc::Rc;

use escalation_core::exports::{RecordDocument, Row};
use gloo_events::EventListener;
use yew::prelude::*;

use crate::browser;

/// Fill the print-only section with the record, from the same document
/// as the text and Markdown downloads. Built with the DOM, not HTML text,
/// so nothing the user typed is read as markup.
fn fill_print_copy(section: &web_sys::Element, document: &RecordDocument) {
    let Some(page) = browser::document() else {
        return;
    };
    let element = |tag: &str, class: Option<&str>, text: Option<&str>| {
        let node = page.create_element(tag).ok()?;
        if let Some(class) = class {
            node.set_class_name(class);
        }
        if let Some(text) = text {
            node.set_text_content(Some(text));
        }
        Some(node)
    };
    section.set_text_content(None);
    let mut children = vec![
        element("h1", Some("eg-heading-l"), Some(&document.title)),
        element("p", Some("eg-body"), Some(&document.written_line())),
    ];
    for part in &document.sections {
        children.push(element("h2", Some("eg-heading-m"), Some(&part.title)));
        let Some(list) = element("dl", Some("eg-print-list"), None) else {
            continue;
        };
        for row in &part.rows {
            let nodes = match row {
                Row::Pair(label, value) => vec![
                    element("dt", None, Some(label)),
                    element("dd", None, Some(value)),
                ],
                Row::List(label, items) => {
                    let list_items = element("ol", None, None);
                    if let Some(ol) = &list_items {
                        for item in items {
                            if let Some(li) = element("li", None, Some(item)) {
                                let _ = ol.append_child(&li);
                            }
                        }
                    }
                    let value = element("dd", None, None);
                    if let (Some(dd), Some(ol)) = (&value, &list_items) {
                        let _ = dd.append_child(ol);
                    }
                    vec![element("dt", None, Some(label)), value]
                }
                Row::Text(text) => vec![element("dd", None, Some(text))],
            };
            for node in nodes.into_iter().flatten() {
                let _ = list.append_child(&node);
            }
        }
        children.push(Some(list));
    }
    for child in children.into_iter().flatten() {
        let _ = section.append_child(&child);
    }
}

/// The section to render (`<section class="eg-print-only" aria-hidden="true"
/// ref={…} />`, a child of the page) and a callback that fills it and
/// prints. `document` makes the record as it is now; the latest one given
/// is used, for the browser's own print command too.
#[hook]
pub fn use_print_copy(document: Rc<dyn Fn() -> RecordDocument>) -> (NodeRef, Callback<()>) {
    let section = use_node_ref();
    let latest = use_mut_ref(|| document.clone());
    *latest.borrow_mut() = document;
    {
        let section = section.clone();
        let latest = latest.clone();
        use_effect_with((), move |_| {
            let listener = browser::window().map(|window| {
                EventListener::new(&window, "beforeprint", move |_| {
                    if let Some(element) = section.cast::<web_sys::Element>() {
                        fill_print_copy(&element, &(latest.borrow())());
                    }
                })
            });
            move || drop(listener)
        });
    }
    let print = {
        let section = section.clone();
        Callback::from(move |()| {
            if let Some(element) = section.cast::<web_sys::Element>() {
                fill_print_copy(&element, &(latest.borrow())());
            }
            browser::print();
        })
    };
    (section, print)
}
