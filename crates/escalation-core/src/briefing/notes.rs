//! The facilitator notes: what to say in each part of the briefing.

use crate::journey::PARTS;
use crate::policy::{Policy, Status};

/// What the facilitator says in each part, in order.
pub(super) fn facilitator_notes(policy: &Policy) -> [Vec<String>; PARTS as usize] {
    let (date_label, date) = policy.date_in_words();
    let mut background = vec![format!(
        "Introduce the policy: “{}”, for {}. {date_label}: {date}. Status: {}.",
        policy.title,
        policy.area,
        policy.status_in_words()
    )];
    if let Status::Superseded { by_title, .. } = &policy.status {
        background.push(format!(
            "Say clearly that it has been superseded by {by_title}, and should be used only by \
             those who have been told to."
        ));
    }
    background.push("Ask who in the room has used it before.".to_string());

    let mut time = vec![
        "Read each timescale out exactly as the policy words it. Do not round it, convert it \
         or add to it."
            .to_string(),
    ];
    use crate::policy::TimeNoteKind;
    let has = |kind| policy.time_notes.iter().any(|note| note.kind == kind);
    if policy
        .stages
        .iter()
        .flat_map(|stage| &stage.timescales)
        .any(|timescale| timescale.wording.is_some())
    {
        time.push(
            "Where the policy gives hours and working days together, read both out: both are \
             its words. Do not choose one for the team."
                .to_string(),
        );
    }
    if policy.gaps.iter().any(|gap| !gap.stages.is_empty()) {
        time.push(
            "Read out what the slide says the policy leaves unclear, and leave it unsettled."
                .to_string(),
        );
    }
    if has(TimeNoteKind::MissingTable) {
        time.push(
            "Say that the policy’s timescales are in a table its published text does not \
             include. Do not guess them, and do not say there are none."
                .to_string(),
        );
    }
    if has(TimeNoteKind::Unspecified) {
        time.push(
            "Say that the policy refers to specified timescales but does not specify any. Do \
             not fill the gap."
                .to_string(),
        );
    }
    if policy
        .stages
        .iter()
        .any(|stage| policy.time_at(stage.number).is_some_and(|t| t.is_silent()))
    {
        time.push(
            "Where the slide says the policy says nothing about time, say exactly that."
                .to_string(),
        );
    }

    // When the questions apply is the policy's to say, in its words.
    let mut own_view: Vec<String> = policy
        .self_check
        .when
        .iter()
        .map(|item| {
            format!(
                "Read out when {} says these questions are for: {} ({}).",
                policy.document_name(&item.source.document),
                crate::policy::Voice::quoted(item.policy_words()),
                item.source.section
            )
        })
        .collect();
    own_view.push(
        "Ask everyone to think of a time another professional questioned their assessment or \
         opinion, and to put one of these questions to it, silently."
            .to_string(),
    );
    own_view.push("Ask one or two people what they noticed.".to_string());

    [
        background,
        vec![
            "Ask: how could a disagreement between professionals leave a child less safe?"
                .to_string(),
            "Then read out what the policy is for, and its principles.".to_string(),
        ],
        vec![
            format!(
                "Walk through the {} stages in order, naming who is involved at each.",
                policy.stages.len()
            ),
            "Then point to what the policy says about emergencies, in parts 4 and 6.".to_string(),
        ],
        time,
        own_view,
        vec![
            "Start with the emergency route, as the policy words it.".to_string(),
            "Then: record everything, confirm outcomes in writing where the policy asks, and \
             tell the people it names."
                .to_string(),
        ],
        vec![
            "Hand out the one-sheet handout.".to_string(),
            "Take one of the questions for the team, and agree who will find out the local \
             contacts."
                .to_string(),
            "For a longer session, use the discussion scenarios.".to_string(),
        ],
    ]
}
