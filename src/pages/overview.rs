use yew::prelude::*;

use super::PageProps;
use crate::components::flowchart::{Flowchart, timescale_summary};
use crate::components::policy_text::{Sources, bullets, bullets_or, refs};

pub fn page(props: &PageProps) -> Html {
    let policy = &props.policy;
    let current = props.journey.current_stage();
    let danger = &policy.immediate_danger;
    let mut sources = policy
        .stages
        .iter()
        .map(|stage| stage.source.clone())
        .collect::<Vec<_>>();
    sources.extend(refs(policy.stages.iter().flat_map(|stage| &stage.who)));
    sources.extend(refs(&danger.skipping_stages));
    html! {
        <>
            <h1 class="eg-heading-l" tabindex="-1">{ "The whole process" }</h1>
            <p class="eg-body">{ format!("{} ({}).", policy.title, policy.area) }</p>
            <p class="eg-body">
                { "Each stage starts only if the one before did not resolve the disagreement. \
                   Deadlines count working days from the day the difference of opinion started." }
            </p>
            <Flowchart policy={props.policy} {current} />
            <h2 class="eg-heading-m">{ "The stages in words" }</h2>
            <ol class="eg-step-by-step">
                { for policy.stages.iter().map(|stage| {
                    let is_current = current == Some(stage.number);
                    html! {
                        <li class={classes!("eg-step-by-step__step", is_current.then_some("eg-step-by-step__step--current"))}
                            aria-current={is_current.then_some("step")}>
                            <h3 class="eg-step-by-step__title">
                                { format!("Stage {}: {}", stage.number, stage.title) }
                                if is_current {
                                    <strong class="eg-tag">{ "You are here" }</strong>
                                }
                            </h3>
                            <p class="eg-body eg-bold">{ timescale_summary(stage) }</p>
                            { bullets(&stage.who) }
                        </li>
                    }
                }) }
            </ol>
            <h2 class="eg-heading-m">{ "In an emergency" }</h2>
            { bullets_or(&danger.skipping_stages, "This policy does not say whether stages can be skipped in an emergency. If a child is in immediate danger, call 999.") }
            <Sources policy={props.policy} refs={sources} />
        </>
    }
}
