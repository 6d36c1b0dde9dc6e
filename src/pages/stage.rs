use escalation_core::exports::deadlines;
use escalation_core::silent::Silence;
use escalation_core::{Action, Page, StageOutcome};
use yew::prelude::*;

use super::PageProps;
use crate::components::button::ActionLink;
use crate::components::choice_question::ChoiceQuestion;
use crate::components::contacts::contact_list;
use crate::components::markup::{body, page_heading, section_heading};
use crate::components::policy_text::{Sources, bullets, bullets_or, gap_note, refs};
use crate::components::radios::{RadioOption, position_of};
use crate::components::stage_time::stage_time;

/// The page for stage `number` of the policy.
// Its own function in the download, not inlined into App's render.
#[inline(never)]
pub fn page(props: &PageProps, number: u32) -> Html {
    let PageProps {
        journey, dispatch, ..
    } = props;
    let policy = &props.guide.policy;
    let today = &props.guide.today;
    let calendar = &props.guide.calendar;
    let contacts = &props.guide.contacts;
    let (Some(stage), Some(time)) = (policy.stage(number), policy.time_at(number)) else {
        return html! { { body("This stage is not in the policy.") } };
    };
    let due = deadlines(policy, journey, calendar);
    let resolved = journey.resolved_at().is_some();
    let gaps: Vec<_> = policy.gaps_for(number).collect();

    let options = StageOutcome::ALL
        .into_iter()
        .map(|outcome| RadioOption::new(outcome.label()))
        .collect::<Vec<_>>();
    let number = stage.number;
    let mut sources = vec![stage.source.clone()];
    sources.extend(refs(stage.statements()));
    sources.extend(
        time.deadlines
            .iter()
            .map(|(_, timescale)| timescale.source.clone()),
    );
    sources.extend(time.notes.iter().map(|note| note.source.clone()));
    sources.extend(gaps.iter().map(|gap| gap.source.clone()));

    html! {
        <>
            { page_heading(stage.heading()) }
            { section_heading("Who is involved") }
            { bullets(policy, &stage.who) }
            { section_heading("What to do") }
            { bullets(policy, &stage.actions) }
            { section_heading("By when") }
            { stage_time(&time, &due, *today, resolved) }
            { section_heading("Who must be told") }
            { bullets_or(policy, &stage.must_tell, &policy.does_not_say(Silence::MustTell(Some(stage.number)))) }
            if !stage.may_tell.is_empty() {
                { section_heading("Who else can be told") }
                { bullets(policy, &stage.may_tell) }
            }
            if escalation_core::contacts::gives_any(contacts, policy.contact_roles.iter().filter(|role| role.stages.contains(&number))) {
                { section_heading("Contacts for this stage") }
                <p class="eg-body eg-hint">{ "Given by this website, for the roles the policy names at this stage." }</p>
                { contact_list(policy.contact_roles.iter().filter(|role| role.stages.contains(&number)), contacts) }
            }
            { section_heading("What to record") }
            { bullets_or(policy, &stage.record, &policy.does_not_say(Silence::Record(Some(stage.number)))) }
            if !gaps.is_empty() {
                { section_heading("What this policy does not say") }
                <ul class="eg-list eg-list--bullet">
                    { for gaps.iter().map(|gap| html! { <li>{ gap_note(policy, gap) }</li> }) }
                </ul>
                <p class="eg-body">
                    <ActionLink onclick={dispatch.reform(|()| Action::Show(Page::About))}>
                        { "More about this policy and what it does not say" }
                    </ActionLink>
                </p>
            }
            <Sources refs={sources} />
            <ChoiceQuestion id={format!("stage-{number}-outcome")} legend="Was it resolved?"
                {options} answer={position_of(&StageOutcome::ALL, journey.answers().outcomes.get(&number))}
                on_answer={dispatch.reform(move |index| Action::AnswerStage(number, StageOutcome::ALL[index]))}
                nothing_chosen="Select whether the disagreement was resolved at this stage"
                page_heading={false} />
        </>
    }
}
