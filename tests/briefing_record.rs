//! "Record this briefing" in headless Chromium: reached from training
//! mode, filled in like a user, checked before it is printed.
#![cfg(target_arch = "wasm32")]

// Shared with tests/journey.rs, which uses the helpers this file does not.
#[allow(dead_code)]
mod support;

use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

async fn to_the_record() -> support::Mounted {
    let page = support::mount_with(&[("data-start", "training")]).await;
    page.key_down_on("h1", "End").await;
    assert_eq!(page.heading(), "Part 7 of 7: What to do next");
    page.click("Record this briefing").await;
    assert_eq!(page.heading(), "Record this briefing");
    page
}

#[wasm_bindgen_test]
async fn printing_an_empty_record_lists_each_field_it_needs_and_focuses_the_summary() {
    let page = to_the_record().await;
    page.click("Print this record").await;
    assert_eq!(
        page.texts(".eg-error-summary__list a"),
        [
            "Enter the date of the briefing",
            "Enter the team or setting",
            "Enter who facilitated the briefing",
            "Enter how many attended",
        ]
    );
    assert!(
        page.focused_text()
            .is_some_and(|text| text.starts_with("There is a problem")),
        "the error summary takes focus"
    );
    // Each field shows its own message too.
    assert_eq!(page.count(".eg-form-group--error .eg-error-message"), 4);
    // Typing keeps the summary as it was until the next press.
    page.type_into("Team or setting", "Acorn Nursery").await;
    assert_eq!(page.input_value("Team or setting"), "Acorn Nursery");
    assert_eq!(page.count(".eg-error-summary__list a"), 4);
    page.type_into("Facilitator", "Deputy DSL").await;
    page.type_into("How many attended", "12").await;
    page.click("Print this record").await;
    assert_eq!(
        page.texts(".eg-error-summary__list a"),
        ["Enter the date of the briefing"]
    );
}

#[wasm_bindgen_test]
async fn removing_an_action_keeps_what_was_typed_in_the_others() {
    let page = to_the_record().await;
    assert!(
        !page.text().contains("Add the actions to my calendar"),
        "no calendar without a dated action"
    );
    page.click("Add an action").await;
    page.click("Add an action").await;
    assert_eq!(
        page.texts("legend.eg-fieldset__legend--s")[1..3],
        ["Action 1", "By when (optional)"]
    );
    let typed = |id: &str| {
        web_sys::window()
            .unwrap()
            .document()
            .unwrap()
            .get_element_by_id(id)
            .unwrap_or_else(|| panic!("no #{id}"))
    };
    let set = |id: &str, text: &str| {
        let field = typed(id);
        if let Some(input) = wasm_bindgen::JsCast::dyn_ref::<web_sys::HtmlInputElement>(&field) {
            input.set_value(text);
        } else {
            wasm_bindgen::JsCast::dyn_ref::<web_sys::HtmlTextAreaElement>(&field)
                .unwrap()
                .set_value(text);
        }
        field
            .dispatch_event(&web_sys::InputEvent::new("input").unwrap())
            .unwrap();
    };
    set("briefing-action-2-what", "Talk it through at supervision");
    set("briefing-action-2-by-year", "2027");
    yew::scheduler::flush().await;
    assert!(
        page.text()
            .contains("Add the actions to my calendar (.ics)")
    );
    page.click("Remove action 1").await;
    assert_eq!(page.count("#briefing-action-1-what"), 0);
    let what = typed("briefing-action-2-what");
    assert_eq!(
        wasm_bindgen::JsCast::dyn_ref::<web_sys::HtmlTextAreaElement>(&what)
            .unwrap()
            .value(),
        "Talk it through at supervision"
    );
    assert!(
        page.text().contains("Action 1"),
        "the one left is numbered 1"
    );
}
