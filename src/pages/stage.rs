use escalation_core::calendar::long_date_with_weekday;
use escalation_core::exports::deadlines;
use escalation_core::timeline::NO_TIMESCALE;
use escalation_core::{Action, StageOutcome};
use yew::prelude::*;

use super::PageProps;
use crate::components::choice_question::ChoiceQuestion;
use crate::components::policy_text::{Sources, bullets, bullets_or, refs};
use crate::components::radios::RadioOption;

/// The page for stage `number` of the policy.
pub fn page(props: &PageProps, number: u32) -> Html {
    let PageProps {
        policy,
        journey,
        dispatch,
        today,
        calendar,
    } = props;
    let Some(stage) = policy.stage(number) else {
        return html! { <p class="eg-body">{ "This stage is not in the policy." }</p> };
    };

    // This stage's deadlines as dates, from the same timeline as everywhere
    // else; empty until the start date is known.
    let due: Vec<_> = deadlines(policy, journey, calendar)
        .into_iter()
        .filter(|deadline| deadline.stage == stage.number)
        .collect();
    let deadlines = html! {
        if stage.timescales.is_empty() {
            <p class="eg-body">{
                match &stage.timing {
                    Some(timing) => format!("This policy gives no timescale in working days for this stage. It says: {}", timing.text),
                    None => format!("{}{}.", NO_TIMESCALE[..1].to_uppercase(), &NO_TIMESCALE[1..]),
                }
            }</p>
        } else {
            <ul class="eg-list eg-deadlines">
                { for stage.timescales.iter().enumerate().map(|(index, timescale)| {
                    let deadline = due.get(index);
                    let days = timescale.working_days;
                    let when = match deadline {
                        Some(deadline) => format!("by {}", long_date_with_weekday(deadline.due)),
                        None => format!("within {days} working {} of the start", if days == 1 { "day" } else { "days" }),
                    };
                    let overdue = deadline.is_some_and(|deadline| deadline.due < *today);
                    html! {
                        <li class="eg-deadlines__item">
                            <span class="eg-bold">{ format!("{}: ", timescale.what) }</span>
                            { when }
                            if overdue {
                                { " " }<strong class="eg-tag eg-tag--red">{ "Overdue" }</strong>
                            }
                            <span class="eg-quote">{ format!("The policy says: “{}”", timescale.quote) }</span>
                        </li>
                    }
                }) }
            </ul>
        }
    };

    let options = StageOutcome::ALL
        .into_iter()
        .map(|outcome| RadioOption::new(outcome, outcome.label()))
        .collect::<Vec<_>>();
    let number = stage.number;
    let mut sources = vec![stage.source.clone()];
    sources.extend(refs(
        stage
            .who
            .iter()
            .chain(&stage.actions)
            .chain(&stage.must_tell)
            .chain(&stage.may_tell)
            .chain(&stage.record)
            .chain(stage.timing.iter()),
    ));
    sources.extend(
        stage
            .timescales
            .iter()
            .map(|timescale| timescale.source.clone()),
    );

    html! {
        <>
            <h1 class="eg-heading-l" tabindex="-1">{ format!("Stage {}: {}", stage.number, stage.title) }</h1>
            <h2 class="eg-heading-m">{ "Who is involved" }</h2>
            { bullets(&stage.who) }
            <h2 class="eg-heading-m">{ "What to do" }</h2>
            { bullets(&stage.actions) }
            <h2 class="eg-heading-m">{ "Deadlines" }</h2>
            { deadlines }
            <h2 class="eg-heading-m">{ "Who must be told" }</h2>
            { bullets_or(&stage.must_tell, "This policy does not say who must be told at this stage.") }
            if !stage.may_tell.is_empty() {
                <h2 class="eg-heading-m">{ "Who else can be told" }</h2>
                { bullets(&stage.may_tell) }
            }
            <h2 class="eg-heading-m">{ "What to record" }</h2>
            { bullets_or(&stage.record, "This policy does not say what to record at this stage. Keep a note of discussions and decisions.") }
            <Sources policy={*policy} refs={sources} />
            <ChoiceQuestion<StageOutcome> id={format!("stage-{number}-outcome")} legend="Was it resolved?"
                {options} answer={journey.answers().outcomes.get(&number).copied()}
                on_answer={dispatch.reform(move |outcome| Action::AnswerStage(number, outcome))}
                nothing_chosen="Select whether the disagreement was resolved at this stage"
                page_heading={false} />
        </>
    }
}
