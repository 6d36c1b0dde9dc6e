use escalation_core::{Action, Page};
use yew::prelude::*;

use super::PageProps;
use crate::components::button::{ActionLink, Button, ButtonKind};
use crate::components::load_record::LoadRecord;
use crate::components::markup::{body, section_heading};
use crate::components::summary_list::{SummaryList, policy_rows};

// Its own function in the download, not inlined into App's render.
#[inline(never)]
pub fn page(props: &PageProps) -> Html {
    let policy = &props.policy;
    let rows = policy_rows(policy);
    let dispatch = &props.dispatch;
    html! {
        <>
            <h1 class="eg-heading-xl" tabindex="-1">
                { "Resolve a professional disagreement about a child’s safety" }
            </h1>
            <p class="eg-body-l">
                { "Use this guide if you work with children and disagree with a decision another \
                   agency has made about a child. It tells you what to do, who to talk to, by when, \
                   and what to write down." }
            </p>
            { section_heading("The policy this guide follows") }
            <SummaryList {rows} />
            <ul class="eg-list">
                <li>
                    <ActionLink onclick={dispatch.reform(|()| Action::Show(Page::Overview))}>
                        { "See the whole process at a glance" }
                    </ActionLink>
                </li>
                <li>
                    <ActionLink onclick={dispatch.reform(|()| Action::Show(Page::About))}>
                        { "About this policy: its purpose, glossary, contacts and what it does not say" }
                    </ActionLink>
                </li>
                <li>
                    <ActionLink onclick={dispatch.reform(|()| Action::Show(Page::Briefing(1)))}>
                        { "Run a 7-minute briefing" }
                    </ActionLink>
                    { " on this policy for your team, with facilitator notes, a handout and discussion scenarios" }
                </li>
                // A host's own policy is the one its site follows: no other
                // is offered in its place.
                if !props.custom_policy {
                    <li>
                        <ActionLink onclick={dispatch.reform(|()| Action::Show(Page::ChoosePolicy))}>
                            { "Choose another policy" }
                        </ActionLink>
                    </li>
                }
            </ul>
            { body("Check your own agency’s safeguarding procedures as well.") }
            <p class="eg-body">
                { "Nothing you enter leaves this device unless you choose to print or save it." }
            </p>
            <Button kind={ButtonKind::Start} onclick={dispatch.reform(|()| Action::Start)}>{ "Start now" }</Button>
            <LoadRecord />
        </>
    }
}
