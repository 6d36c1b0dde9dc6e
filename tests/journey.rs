//! The walking skeleton of the journey, driven in headless Chromium.
#![cfg(target_arch = "wasm32")]

mod support;

use support::{after_popstate, mount};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const EMERGENCY: &str = "If a child is in immediate danger, call 999.";

#[wasm_bindgen_test]
async fn start_page_shows_purpose_and_emergency_advice() {
    let page = mount().await;
    assert_eq!(
        page.heading(),
        "Resolve a professional disagreement about a child’s safety"
    );
    assert!(page.text().contains(EMERGENCY));
    assert!(
        !page.has(".eg-back-link"),
        "the first page has nothing to go back to"
    );
    page.control("Start now");
}

#[wasm_bindgen_test]
async fn start_page_shows_the_default_policy_from_its_data() {
    let page = mount().await;
    let rows = page.summary_rows();
    assert_eq!(
        rows,
        [
            (
                "Policy",
                "Berkshire Escalation Process for Professionals with a Safeguarding Concern"
            ),
            ("Area", "Berkshire"),
            ("Issued", "March 2026"),
            ("Status", "Current"),
        ]
        .map(|(key, value)| (key.to_string(), value.to_string()))
    );
}

#[wasm_bindgen_test]
async fn start_now_asks_about_immediate_danger_and_focuses_the_question() {
    let page = mount().await;
    page.click("Start now").await;
    assert_eq!(page.heading(), "Is a child at risk of immediate harm?");
    assert_eq!(
        page.focused_text().as_deref(),
        Some("Is a child at risk of immediate harm?")
    );
    assert!(page.text().contains(EMERGENCY));
    assert!(page.has(".eg-back-link"));
}

#[wasm_bindgen_test]
async fn yes_shows_the_urgent_page() {
    let page = mount().await;
    page.click("Start now").await;
    page.choose("Yes").await;
    page.click("Continue").await;
    assert_eq!(page.heading(), "Act now to keep the child safe");
    assert!(page.text().contains("call 999 and ask for the police"));
    assert!(
        page.text()
            .contains("Tell your Designated Safeguarding Lead or line manager now.")
    );
}

#[wasm_bindgen_test]
async fn not_sure_says_to_speak_to_the_dsl_now() {
    let page = mount().await;
    page.click("Start now").await;
    page.choose("Not sure").await;
    page.click("Continue").await;
    assert_eq!(
        page.heading(),
        "Speak to your Designated Safeguarding Lead now"
    );
}

#[wasm_bindgen_test]
async fn no_moves_on_to_the_next_steps() {
    let page = mount().await;
    page.click("Start now").await;
    page.choose("No").await;
    page.click("Continue").await;
    assert_eq!(page.heading(), "The next steps are coming");
    assert!(page.text().contains(EMERGENCY));
}

#[wasm_bindgen_test]
async fn continue_without_an_answer_explains_the_problem() {
    let page = mount().await;
    page.click("Start now").await;
    page.click("Continue").await;
    assert_eq!(page.heading(), "Is a child at risk of immediate harm?");
    assert_eq!(page.text_of(".eg-error-summary h2"), "There is a problem");
    assert_eq!(
        page.text_of(".eg-error-summary a"),
        "Select if a child is at risk of immediate harm"
    );
    assert_eq!(
        page.focused_text()
            .map(|text| text.starts_with("There is a problem")),
        Some(true)
    );
}

#[wasm_bindgen_test]
async fn back_link_returns_to_the_question_with_the_answer_kept() {
    let page = mount().await;
    page.click("Start now").await;
    page.choose("Not sure").await;
    page.click("Continue").await;
    assert_eq!(
        page.heading(),
        "Speak to your Designated Safeguarding Lead now"
    );

    page.control("Back").click();
    after_popstate().await;
    assert_eq!(page.heading(), "Is a child at risk of immediate harm?");
    assert!(
        page.choice("Not sure").checked(),
        "the earlier answer is still selected"
    );
    assert!(!page.choice("Yes").checked());
}
