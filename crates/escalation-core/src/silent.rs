//! What a policy can be silent about: one [`Silence`] for each thing, worded
//! once, completing "The policy “…” does not say …"
//! ([`crate::Policy::does_not_say`]). Every page, the briefing, the handout
//! and the exports say a silence through it.

use crate::policy::Policy;

/// Something a policy may leave unsaid.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Silence {
    /// Moving through the stages faster in an emergency.
    SkippingStages,
    /// The roles to contact.
    Contacts,
    /// Whom to tell or call when a child is at risk of immediate harm.
    ImmediateHarm,
    /// Confirming the outcome in writing.
    WrittenConfirmation,
    /// What to do before escalating.
    Preparation,
    /// The principles the policy follows.
    Principles,
    /// What happens when the last stage does not resolve it.
    EndOfProcess,
    /// What the policy is for.
    Purpose,
    /// When the policy applies.
    AppliesWhen,
    /// Respectful uncertainty.
    RespectfulUncertainty,
    /// Questions to ask of one's own view.
    SelfCheckQuestions,
    /// A disagreement inside one's own organisation.
    OwnOrganisation,
    /// What its terms mean: it has no glossary.
    Glossary,
    /// Who is involved at a stage.
    Who(u32),
    /// How long a stage should take: nothing at all about time.
    Time(u32),
    /// What happens after the process (lessons, gaps, reviews).
    AfterTheProcess,
    /// Who must be told: at a stage, or (`None`) at any stage.
    MustTell(Option<u32>),
    /// What to record: at a stage, or (`None`) at any stage.
    Record(Option<u32>),
}

impl Silence {
    /// What the policy does not say, as words that complete "does not say".
    pub fn what(self) -> String {
        let at = |stage: Option<u32>| match stage {
            Some(number) => format!("at stage {number}"),
            None => "at any stage".to_string(),
        };
        match self {
            Silence::SkippingStages => "whether stages can be skipped in an emergency".into(),
            Silence::Contacts => "whom to contact".into(),
            Silence::ImmediateHarm => {
                "whom to tell or call when a child is at risk of immediate harm".into()
            }
            Silence::WrittenConfirmation => {
                "whether the outcome must be confirmed in writing".into()
            }
            Silence::Preparation => "what to do before escalating".into(),
            Silence::Principles => "what principles it follows".into(),
            Silence::EndOfProcess => {
                "what happens when its last stage does not resolve the disagreement".into()
            }
            Silence::Purpose => "what it is for".into(),
            Silence::AppliesWhen => "when it applies".into(),
            Silence::RespectfulUncertainty => "anything about respectful uncertainty".into(),
            Silence::SelfCheckQuestions => "what questions to ask of your own view".into(),
            Silence::OwnOrganisation => {
                "what to do about a disagreement inside your own organisation".into()
            }
            Silence::Glossary => "what the terms it uses mean: it has no glossary".into(),
            Silence::Who(number) => format!("who is involved at stage {number}"),
            Silence::Time(number) => format!("how long stage {number} should take"),
            Silence::AfterTheProcess => {
                "what happens after the process: lessons, gaps in procedures or reviews".into()
            }
            Silence::MustTell(stage) => format!("who must be told {}", at(stage)),
            Silence::Record(stage) => format!("what to record {}", at(stage)),
        }
    }
}

impl Policy {
    /// "The policy “…” does not say {what}.": silence that names the policy.
    pub fn does_not_say(&self, silence: Silence) -> String {
        format!(
            "The policy “{}” does not say {}.",
            self.title,
            silence.what()
        )
    }
}

/// Where a deadline's figure has no starting point in the policy: said
/// beside every date worked out from it.
pub const START_CHOSEN: &str = "The policy does not say when these working \
     days start. This guide counts them from the day the difference of opinion started.";
