//! The presenter view, in a second window: the part being presented (small),
//! the next part, the facilitator notes for this part, the clock and the
//! keys. The keys work in either window; both stay on the same part
//! (`use_briefing_channel`).

use escalation_core::Action;
use escalation_core::journey::{PARTS, PartMove};
use yew::prelude::*;

use super::briefing::{BriefingProps, KEYS, caption};
use crate::components::briefing_clock::BriefingClockView;
use crate::components::briefing_points::notes_for;
use crate::components::button::{Button, ButtonGroup, ButtonKind};
use crate::components::slide::whole_part;
use crate::hooks::briefing_channel::use_briefing_channel;
use crate::hooks::page::use_page;
use crate::hooks::part_keys::use_part_keys;

#[component]
pub fn Presenter(props: &BriefingProps) -> Html {
    let page = &use_page();
    let policy = &page.policy;
    let number = props.number.clamp(1, PARTS);
    let parts = use_memo(page.policy, |policy| policy.briefing());
    let part = &parts[usize::from(number - 1)];
    let next = parts.get(usize::from(number));
    use_briefing_channel(&policy.id, number, true, page.dispatch.clone());
    let onkeydown = use_part_keys(page.dispatch.clone(), true);
    let step = |movement: PartMove| page.dispatch.reform(move |()| Action::MovePart(movement));
    html! {
        <div class="eg-presenter" tabindex="-1" {onkeydown}>
            { caption(policy) }
            <h1 class="eg-heading-l" tabindex="-1">
                { format!("Presenter view: {}: {}", part.counter(), part.title) }
            </h1>
            <div class="eg-presenter__columns">
                <div class="eg-presenter__column">
                    <section class="eg-presenter__notes" aria-labelledby="eg-presenter-notes">
                        <h2 class="eg-heading-m" id="eg-presenter-notes">{ "Notes for this part" }</h2>
                        { notes_for(part) }
                    </section>
                    <BriefingClockView {number} />
                    <ButtonGroup>
                        if number > 1 {
                            <Button kind={ButtonKind::Secondary} onclick={step(PartMove::Previous)}>{ "Previous part" }</Button>
                        }
                        if number < PARTS {
                            <Button onclick={step(PartMove::Next)}>{ "Next part" }</Button>
                        }
                    </ButtonGroup>
                    <p class="eg-hint">{ KEYS }</p>
                </div>
                <div class="eg-presenter__column">
                    <section class="eg-presenter__now" aria-labelledby="eg-presenter-now">
                        <h2 class="eg-heading-m" id="eg-presenter-now">{ "This part" }</h2>
                        { whole_part(policy, part) }
                    </section>
                    <section aria-labelledby="eg-presenter-next">
                        <h2 class="eg-heading-m" id="eg-presenter-next">{ "Next" }</h2>
                        <p class="eg-body">
                            { match next {
                                Some(next) => format!("{}: {}", next.counter(), next.title),
                                None => "This is the last part.".to_string(),
                            } }
                        </p>
                    </section>
                </div>
            </div>
        </div>
    }
}
