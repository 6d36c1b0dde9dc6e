//! Training mode: the one-page sheet, to print on A4 in landscape: the seven
//! parts as numbered boxes around the policy's name, as partnerships lay out
//! their 7-minute briefings, each box with the part's points as presented
//! and small numbered marks for their sources. A box shows what fits
//! (`use_fit_boxes`) and says how many points are in the handout.

use escalation_core::Page;
use escalation_core::briefing::{EMERGENCY_ADVICE, SheetBox, SourceMarks};
use js_sys::Reflect;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

use super::briefing::{print_button, training_links};
use crate::components::markup::{body, page_heading};
use crate::components::slide_point::slide_point;
use crate::hooks::fit_boxes::use_fit_boxes;
use crate::hooks::page::use_page;

/// One box: its number and title, the points that fit, and its sources.
fn sheet_box(policy: &escalation_core::Policy, sheet_box: &SheetBox, shown: usize) -> Html {
    let points = &sheet_box.points[..shown.min(sheet_box.points.len())];
    let marks = SourceMarks::of(policy, points);
    let left = sheet_box.points.len() - points.len();
    html! {
        <section class={format!("eg-sheet__box eg-sheet__box--{}", sheet_box.number)}
            aria-labelledby={format!("eg-sheet-{}", sheet_box.number)}>
            <h2 class="eg-sheet__title" id={format!("eg-sheet-{}", sheet_box.number)}>
                <span class="eg-sheet__number">{ sheet_box.number }</span>{ sheet_box.title }
            </h2>
            <ul class="eg-list eg-list--bullet">
                { for points.iter().map(|point| slide_point(point, marks.number(policy, point), None)) }
            </ul>
            if left > 0 {
                <p class="eg-sheet__more">{ format!("{} in part {} of the briefing.", escalation_core::count(left, "more point"), sheet_box.number) }</p>
            }
            if !marks.sources.is_empty() {
                <ol class="eg-sheet__sources" aria-label="Sources">
                    { for marks.sources.iter().map(|words| html! { <li>{ words.clone() }</li> }) }
                </ol>
            }
        </section>
    }
}

/// What the printer is told while the sheet is open: A4 in landscape.
const PAGE_RULE: &str = "@page { size: A4 landscape; margin: 10mm; }";

/// Add `PAGE_RULE` to the document, in a stylesheet made in script (which a
/// strict Content Security Policy allows) and adopted by the document: a
/// page rule inside the widget's own stylesheet, in its shadow root on a
/// host's page, does not reach the printer. Returns the stylesheet, to take
/// away when the sheet closes.
fn add_page_rule() -> Option<JsValue> {
    let window = crate::browser::window()?;
    let document = window.document()?;
    let constructor: js_sys::Function = Reflect::get(&window, &"CSSStyleSheet".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let sheet = Reflect::construct(&constructor, &js_sys::Array::new()).ok()?;
    let replace: js_sys::Function = Reflect::get(&sheet, &"replaceSync".into())
        .ok()?
        .dyn_into()
        .ok()?;
    replace.call1(&sheet, &PAGE_RULE.into()).ok()?;
    let adopted = js_sys::Array::from(&Reflect::get(&document, &"adoptedStyleSheets".into()).ok()?);
    adopted.push(&sheet);
    Reflect::set(&document, &"adoptedStyleSheets".into(), &adopted).ok()?;
    Some(sheet)
}

fn remove_page_rule(sheet: &JsValue) {
    let Some(document) = crate::browser::document() else {
        return;
    };
    if let Ok(adopted) = Reflect::get(&document, &"adoptedStyleSheets".into()) {
        let kept: js_sys::Array = js_sys::Array::from(&adopted)
            .iter()
            .filter(|adopted| adopted != sheet)
            .collect();
        let _ = Reflect::set(&document, &"adoptedStyleSheets".into(), &kept);
    }
}

#[component]
pub fn Sheet() -> Html {
    use_effect_with((), |_| {
        let sheet = add_page_rule();
        move || {
            if let Some(sheet) = sheet {
                remove_page_rule(&sheet);
            }
        }
    });
    let page = &use_page();
    let policy: &escalation_core::Policy = &page.policy;
    let boxes = use_memo(page.policy, |policy| policy.sheet());
    let container = use_node_ref();
    let totals: Vec<usize> = boxes.iter().map(|b| b.points.len()).collect();
    let shown = use_fit_boxes(container.clone(), "eg-sheet__box", totals);
    let (date_label, date) = policy.date_in_words();
    html! {
        <div class="eg-print-keep">
            <div class="eg-no-print">
                { page_heading("One-page sheet") }
                { body("The briefing on one page, to print on A4 in landscape and put up or hand out. Each box shows what fits; the one-sheet handout has the rest.") }
                { print_button("Print the one-page sheet") }
            </div>
            <div class="eg-sheet-scroll" tabindex="0" role="region" aria-label="The one-page sheet">
                <div class="eg-sheet" ref={container}>
                    { for boxes.iter().zip(&shown).map(|(b, &n)| sheet_box(policy, b, n)) }
                    <div class="eg-sheet__centre">
                        <p class="eg-sheet__kicker">{ "7-minute briefing" }</p>
                        <p class="eg-sheet__policy">{ policy.title.clone() }</p>
                        <p class="eg-sheet__facts">{ format!("{}. {}: {}. {}.", policy.area, date_label, date, policy.status_in_words()) }</p>
                    </div>
                    <div class="eg-sheet__emergency">
                        <p class="eg-bold">{ EMERGENCY_ADVICE }</p>
                        <p>{ format!("Made by Escalation Guide {} from the policy: its words in quotation marks, numbered to their sources in each box; this guide’s own words labelled.", escalation_core::VERSION) }</p>
                    </div>
                </div>
            </div>
            { training_links(page, Page::Sheet) }
        </div>
    }
}
