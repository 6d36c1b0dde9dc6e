//! The journey in headless Chromium: mount, click and type like a user,
//! read what the page shows.
#![cfg(target_arch = "wasm32")]

mod support;

use support::{after_popstate, mount, mount_on, mount_with};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const EMERGENCY: &str = "If a child is in immediate danger, call 999.";
const QUESTION: &str = "Is a child at risk of immediate harm?";

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
    page.control("Emergency Exit this page");
}

#[wasm_bindgen_test]
async fn start_page_shows_the_default_policy_from_its_data() {
    let page = mount().await;
    assert_eq!(
        page.summary_rows(),
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
    assert_eq!(page.heading(), QUESTION);
    assert_eq!(page.focused_text().as_deref(), Some(QUESTION));
    assert!(page.text().contains(EMERGENCY));
    assert!(page.has(".eg-back-link"));
    assert_eq!(page.text_of(".eg-caption"), "Step 1 of 8: Safety first");
}

#[wasm_bindgen_test]
async fn yes_shows_the_urgent_page() {
    let page = mount().await;
    page.click("Start now").await;
    page.answer("Yes").await;
    assert_eq!(page.heading(), "Act now to keep the child safe");
    // The default policy's own words, in its order: the Safeguarding Lead
    // (or line manager) first, then 999 where time does not allow.
    let text = page.text();
    let lead = text
        .find("refer directly to their Safeguarding Lead or line manager")
        .unwrap();
    let police = text.find("dial 999 and ask for police assistance").unwrap();
    assert!(lead < police, "{text}");
    assert!(text.contains("Source: opening paragraph"));
    assert!(text.contains("it may be appropriate to escalate concerns more quickly"));
    // The policy's words, shown as a quotation.
    assert!(
        page.text_of(".eg-panel--urgent q")
            .contains("Safeguarding Lead or line manager")
    );
}

#[wasm_bindgen_test]
async fn not_sure_says_to_speak_to_the_dsl_now_then_continues() {
    let page = mount().await;
    page.click("Start now").await;
    page.answer("Not sure").await;
    assert_eq!(
        page.heading(),
        "Speak to your Designated Safeguarding Lead now"
    );
    page.click("Continue").await;
    assert_eq!(page.heading(), "Who do you disagree with?");
}

#[wasm_bindgen_test]
async fn continue_without_an_answer_explains_the_problem() {
    let page = mount().await;
    page.click("Start now").await;
    page.click("Continue").await;
    assert_eq!(page.heading(), QUESTION);
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
    page.answer("Not sure").await;
    page.control("Back").click();
    after_popstate().await;
    assert_eq!(page.heading(), QUESTION);
    assert!(
        page.choice("Not sure").checked(),
        "the earlier answer is still selected"
    );
    assert!(!page.choice("Yes").checked());
}

/// Walk to the date question as a user would.
async fn to_the_date_question() -> support::Mounted {
    to_the_date_question_on(mount().await).await
}

async fn to_the_date_question_on(page: support::Mounted) -> support::Mounted {
    page.click("Start now").await;
    page.answer("No").await;
    page.answer("Someone in another agency").await;
    page.answer("Something else").await;
    page.click("Continue").await; // Before you escalate
    page.click("Continue").await; // Check your own view
    assert_eq!(page.heading(), "When did the difference of opinion start?");
    page
}

#[wasm_bindgen_test]
async fn the_date_input_explains_each_problem() {
    let page = to_the_date_question().await;
    let cases = [
        (
            ("", "", ""),
            "Enter the date the difference of opinion started",
        ),
        (
            ("", "4", "2026"),
            "Date the difference of opinion started must include a day",
        ),
        (
            ("12", "", ""),
            "Date the difference of opinion started must include a month and year",
        ),
        (
            ("30", "2", "2026"),
            "Date the difference of opinion started must be a real date",
        ),
        (("12", "4", "26"), "Year must include 4 numbers"),
        (
            ("2", "4", "0026"),
            "Date the difference of opinion started must be a year from 2000 to 2099",
        ),
        (
            ("1", "1", "2999"),
            "Date the difference of opinion started must be today or in the past",
        ),
    ];
    for ((day, month, year), message) in cases {
        page.type_into("Day", day).await;
        page.type_into("Month", month).await;
        page.type_into("Year", year).await;
        page.click("Continue").await;
        assert_eq!(
            page.text_of(".eg-error-summary a"),
            message,
            "{day} {month} {year}"
        );
        assert_eq!(
            page.text_of(".eg-error-message"),
            format!("Error: {message}")
        );
        assert_eq!(page.heading(), "When did the difference of opinion start?");
    }
    // What the user typed is still there after an error.
    assert_eq!(page.input_value("Year"), "2999");
}

/// Overdue is decided by the day the widget is given, not the machine's
/// date: the same journey on 3 April 2026 has one deadline passed, and on
/// 23 November 2026 both.
#[wasm_bindgen_test]
async fn overdue_follows_the_day_the_widget_is_given() {
    for (today, overdue) in [((2026, 4, 3), 1), ((2026, 11, 23), 2)] {
        let (y, m, d) = today;
        let page = mount_on(&[], chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap()).await;
        page.click("Start now").await;
        page.answer("No").await;
        page.answer("Someone in another agency").await;
        page.answer("Something else").await;
        page.click("Continue").await;
        page.click("Continue").await;
        page.type_into("Day", "1").await;
        page.type_into("Month", "4").await;
        page.type_into("Year", "2026").await;
        page.click("Continue").await;
        let tags = page
            .texts(".eg-deadlines__item")
            .iter()
            .filter(|item| item.contains("Overdue"))
            .count();
        assert_eq!(tags, overdue, "on {today:?}");
    }
}

/// Once resolved, nothing is overdue: not on the record, and not on a stage
/// page reached again by a Change link.
#[wasm_bindgen_test]
async fn a_resolved_disagreement_shows_no_overdue_on_its_stage_pages() {
    let page = to_the_date_question().await;
    page.type_into("Day", "1").await;
    page.type_into("Month", "4").await;
    page.type_into("Year", "2026").await;
    page.click("Continue").await;
    assert!(page.text().contains("Overdue"), "open and past: overdue");
    page.answer("Yes, it was resolved").await;
    assert_eq!(
        page.heading(),
        "Check your answers and complete your record"
    );
    assert!(!page.text().contains("Overdue"));
    page.click("Change stage 1: was it resolved?").await;
    assert_eq!(
        page.heading(),
        "Stage 1: Promoting discussion to find a resolution for the child"
    );
    assert!(!page.text().contains("Overdue"), "{}", page.text());
}

#[wasm_bindgen_test]
async fn a_stage_page_shows_its_due_dates_skipping_easter() {
    // Wednesday 1 April 2026: day 1 is Thursday 2 April; Good Friday (3rd),
    // the weekend and Easter Monday (6th) are skipped, so day 2 is Tuesday 7 April.
    let page = to_the_date_question().await;
    page.type_into("Day", "1").await;
    page.type_into("Month", "apr").await;
    page.type_into("Year", "2026").await;
    page.click("Continue").await;
    assert_eq!(
        page.heading(),
        "Stage 1: Promoting discussion to find a resolution for the child"
    );
    let deadlines = page.texts(".eg-deadlines__item");
    assert_eq!(deadlines.len(), 2);
    assert!(
        deadlines[0]
            .starts_with("Discussion between the professionals involved: by Thursday 2 April 2026"),
        "{deadlines:?}"
    );
    assert!(
        deadlines[1].starts_with(
            "Discussion between line managers or team managers: by Tuesday 7 April 2026"
        ),
        "{deadlines:?}"
    );
    assert!(
        deadlines[0].contains("Overdue"),
        "a past due date is flagged"
    );
    assert!(
        deadlines[1].contains(
            "The policy says: “within 24 hours (e.g within two working days of the start of the difference of opinion)”"
        ),
        "the stage's own words stand beside the date: {deadlines:?}"
    );

    page.answer("No, it was not resolved").await;
    assert_eq!(page.heading(), "Stage 2: Management finding solutions");
    assert!(page.texts(".eg-deadlines__item")[0].contains("by Wednesday 8 April 2026"));
}

#[wasm_bindgen_test]
async fn shift_pressed_twice_counts_down_and_another_key_resets() {
    let page = mount().await;
    assert!(
        !page.has(".eg-exit-this-page__indicator"),
        "no indicator until Shift is pressed"
    );
    page.key_up("Shift", false).await;
    assert_eq!(
        page.text_of(".eg-exit-this-page [role=status]"),
        "Shift, press 2 more times to exit."
    );
    page.key_up("Shift", false).await;
    assert_eq!(
        page.text_of(".eg-exit-this-page [role=status]"),
        "Shift, press 1 more time to exit."
    );
    assert_eq!(page.count(".eg-exit-this-page__indicator-light--on"), 2);

    // Shift used with another key (Shift+A) does not count, and resets.
    page.key_up("A", true).await;
    assert_eq!(page.count(".eg-exit-this-page__indicator-light--on"), 0);
    page.key_up("Shift", false).await;
    assert_eq!(
        page.text_of(".eg-exit-this-page [role=status]"),
        "",
        "the Shift of Shift+A is ignored"
    );
    page.key_up("Shift", false).await;
    assert_eq!(
        page.text_of(".eg-exit-this-page [role=status]"),
        "Shift, press 2 more times to exit."
    );
}

#[wasm_bindgen_test]
async fn closure_days_set_by_the_host_page_are_not_working_days() {
    // As the Easter test, but the host is also closed on Tuesday 7 April
    // 2026, so day 2 moves to Wednesday 8 April.
    let page = mount_with(&[("data-closures", "2026-04-07, not-a-date")]).await;
    assert!(page.text().contains(
        "The page’s closure days include “not-a-date” which is not a date as YYYY-MM-DD"
    ));
    let page = to_the_date_question_on(page).await;
    page.type_into("Day", "1").await;
    page.type_into("Month", "4").await;
    page.type_into("Year", "2026").await;
    page.click("Continue").await;
    let deadlines = page.texts(".eg-deadlines__item");
    assert!(
        deadlines[1].contains("by Wednesday 8 April 2026"),
        "{deadlines:?}"
    );
}

#[wasm_bindgen_test]
async fn a_failure_shows_the_emergency_advice_instead_of_a_blank_widget() {
    // What the panic hook does, without panicking the test runner.
    let page = mount().await;
    page.click("Start now").await;
    escalation_guide::show_failure();
    assert_eq!(page.heading(), "Sorry, the guide has stopped working");
    assert!(page.text().contains(EMERGENCY));
    assert!(
        page.text()
            .contains("speak to your Designated Safeguarding Lead")
    );
}

#[wasm_bindgen_test]
async fn training_mode_moves_through_the_briefing_by_keyboard_and_opens_its_other_views() {
    let page = support::mount_with(&[("data-start", "training")]).await;
    assert_eq!(
        page.heading(),
        "Part 1 of 7: Background: what this policy is"
    );
    page.key_down_on("h1", "ArrowRight").await;
    assert_eq!(page.heading(), "Part 2 of 7: Why it matters");
    page.key_down_on("h1", "End").await;
    assert_eq!(page.heading(), "Part 7 of 7: What to do next");
    // Space on a button belongs to the button.
    page.key_down_on(".eg-button", " ").await;
    assert_eq!(page.heading(), "Part 7 of 7: What to do next");
    page.key_down_on("h1", "PageUp").await;
    assert_eq!(page.heading(), "Part 6 of 7: Things to remember");
    page.click("Previous part").await;
    assert_eq!(page.heading(), "Part 5 of 7: Check your own view");

    page.click("Facilitator notes").await;
    assert_eq!(page.heading(), "Facilitator notes");
    assert_eq!(page.count(".eg-notes__part"), 7);
    page.click("Discussion scenarios").await;
    assert_eq!(page.heading(), "Discussion scenarios");
    assert_eq!(page.count(".eg-scenario"), 11);
    page.click("One-sheet handout").await;
    assert_eq!(
        page.heading(),
        "Berkshire Escalation Process for Professionals with a Safeguarding Concern"
    );
    assert!(page.text().contains("within a maximum of 48 hours"));
}
