//! The journey through an escalation policy as one pure reducer.
//!
//! A [`Journey`] is a value: the shape of the chosen policy, the trail of
//! pages the user has visited, the pages they stepped back from (so the
//! browser's forward button can return to them), their answers and their
//! record. It changes only through [`Journey::reduce`], so every branch is
//! tested natively, without a browser.
//!
//! Two rules from the GOV.UK question-pages pattern shape it:
//! - answers are kept when the user goes back, and pre-fill the question;
//! - when a changed answer takes a different route, the *choices* made on
//!   the route no longer taken are cleared. Text the user typed (private
//!   reflections, the record) is never thrown away.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::briefing::{PARTS, PartMove};
use crate::policy::Policy;
use crate::record::{RecordDraft, RecordEdit};

/// What the journey needs to know about a policy to find its way.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PolicyShape {
    pub id: String,
    /// Stage numbers, in order.
    pub stages: Vec<u32>,
    /// Area ids, in order.
    pub areas: Vec<String>,
    pub self_check_questions: usize,
}

impl PolicyShape {
    pub fn of(policy: &Policy) -> Self {
        PolicyShape {
            id: policy.id.to_string(),
            stages: policy.stages.iter().map(|stage| stage.number).collect(),
            areas: policy.areas.iter().map(|area| area.id.clone()).collect(),
            self_check_questions: policy.self_check.questions.len(),
        }
    }

    fn first_stage(&self) -> Option<u32> {
        self.stages.first().copied()
    }

    fn stage_after(&self, number: u32) -> Option<u32> {
        let index = self.stages.iter().position(|&n| n == number)?;
        self.stages.get(index + 1).copied()
    }
}

/// Every page the journey can show.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Page {
    /// What this is for, which policy, and "Start now".
    Start,
    /// Choose another built-in policy.
    ChoosePolicy,
    /// The whole process at a glance: the stages as a flowchart.
    Overview,
    /// Every deadline on a date line.
    Timeline,
    /// About this policy: purpose, principles, glossary, contacts, and what
    /// it does not say.
    About,
    /// "Is a child at risk of immediate harm?"
    ImmediateDanger,
    /// The child is in danger now: call 999, tell the DSL or line manager.
    Urgent,
    /// The user is not sure: speak to the Designated Safeguarding Lead now.
    SpeakToDsl,
    /// "Who do you disagree with?"
    WhoDisagree,
    /// The disagreement is inside the user's own organisation.
    OwnOrganisation,
    /// The user is not sure who: when each route applies.
    NotSureWho,
    /// "What is the disagreement about?"
    Topic,
    /// Before you escalate.
    Preparation,
    /// The devil's-advocate questions.
    SelfCheck,
    /// "When did the difference of opinion start?"
    StartDate,
    /// One stage of the policy, by number.
    Stage(u32),
    /// The last stage did not resolve it: what happens at the end.
    EndOfProcess,
    /// Check your answers, and the record of issues and actions agreed.
    Record,
    /// Training mode: one part of the 7-minute briefing, 1 to 7.
    Briefing(u8),
    /// Training mode: what the facilitator says, part by part.
    FacilitatorNotes,
    /// Training mode: the one-sheet handout.
    Handout,
    /// Training mode: discussion scenarios.
    Scenarios,
}

/// How many steps the journey has, for "Step 3 of 8".
pub const STEPS: u8 = 8;

impl Page {
    /// Which step of the journey this page is, and the step's name; `None`
    /// for pages outside the journey (the start page, the overview, the
    /// timeline, About this policy, the choice of policy).
    pub fn step(self) -> Option<(u8, &'static str)> {
        Some(match self {
            Page::ImmediateDanger | Page::Urgent | Page::SpeakToDsl => (1, "Safety first"),
            Page::WhoDisagree | Page::OwnOrganisation | Page::NotSureWho => {
                (2, "Who you disagree with")
            }
            Page::Topic => (3, "What it is about"),
            Page::Preparation => (4, "Before you escalate"),
            Page::SelfCheck => (5, "Check your own view"),
            Page::StartDate => (6, "When it started"),
            Page::Stage(_) | Page::EndOfProcess => (7, "The stages"),
            Page::Record => (8, "Your record"),
            Page::Start
            | Page::ChoosePolicy
            | Page::Overview
            | Page::Timeline
            | Page::About
            | Page::Briefing(_)
            | Page::FacilitatorNotes
            | Page::Handout
            | Page::Scenarios => {
                return None;
            }
        })
    }

    /// Pages that matter too much to skip when fast-forwarding after a change.
    fn must_be_seen(self) -> bool {
        matches!(
            self,
            Page::Urgent | Page::SpeakToDsl | Page::OwnOrganisation | Page::NotSureWho
        )
    }
}

/// Above every id a record's items can reach by being added one at a time.
const MAX_ITEM_ID: u32 = 1 << 30;

impl Page {
    /// Whether this page is open from anywhere, whatever the answers: the
    /// overview, the timeline, About, the list of policies, training mode.
    fn is_open_from_anywhere(self) -> bool {
        matches!(
            self,
            Page::ChoosePolicy
                | Page::Overview
                | Page::Timeline
                | Page::About
                | Page::Briefing(_)
                | Page::FacilitatorNotes
                | Page::Handout
                | Page::Scenarios
        )
    }

    /// Whether this page is only right where the answers lead to it (a
    /// question, what to do next, a stage, the end of the stages), so the
    /// back link passes over it once they lead elsewhere. The record shows
    /// whatever the answers are.
    fn follows_the_answers(self) -> bool {
        self != Page::Record && !self.is_open_from_anywhere()
    }

    /// Whether this page exists for a policy of this shape: a stage it
    /// has, a part of the briefing, or any other page.
    pub fn belongs_to(self, shape: &PolicyShape) -> bool {
        match self {
            Page::Stage(number) => shape.stages.contains(&number),
            Page::Briefing(part) => (1..=PARTS).contains(&part),
            _ => true,
        }
    }
}

/// The questions a "Change" link on the record page can return to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Question {
    ImmediateDanger,
    WhoDisagree,
    Topic,
    SelfCheck,
    StartDate,
    Stage(u32),
}

impl Question {
    pub fn page(self) -> Page {
        match self {
            Question::ImmediateDanger => Page::ImmediateDanger,
            Question::WhoDisagree => Page::WhoDisagree,
            Question::Topic => Page::Topic,
            Question::SelfCheck => Page::SelfCheck,
            Question::StartDate => Page::StartDate,
            Question::Stage(number) => Page::Stage(number),
        }
    }
}

/// "Is a child at risk of immediate harm?"
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DangerAnswer {
    Yes,
    No,
    NotSure,
}

impl DangerAnswer {
    /// In the order the question offers them.
    pub const ALL: [DangerAnswer; 3] = [DangerAnswer::Yes, DangerAnswer::No, DangerAnswer::NotSure];
}

/// "Who do you disagree with?"
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum WhoAnswer {
    AnotherAgency,
    OwnOrganisation,
    NotSure,
}

impl WhoAnswer {
    pub const ALL: [WhoAnswer; 3] = [
        WhoAnswer::AnotherAgency,
        WhoAnswer::OwnOrganisation,
        WhoAnswer::NotSure,
    ];
}

/// "What is the disagreement about?": one of the policy's areas, or another subject.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Topic {
    Area(String),
    SomethingElse,
}

/// "Was it resolved?" at the end of a stage.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum StageOutcome {
    Resolved,
    NotResolved,
    /// The child is now at immediate risk.
    ImmediateRisk,
}

impl StageOutcome {
    pub const ALL: [StageOutcome; 3] = [
        StageOutcome::Resolved,
        StageOutcome::NotResolved,
        StageOutcome::ImmediateRisk,
    ];
}

/// What the user has told the journey so far.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answers {
    pub immediate_danger: Option<DangerAnswer>,
    pub who: Option<WhoAnswer>,
    pub topic: Option<Topic>,
    /// Private reflections on the self-check questions, by question index.
    pub reflections: BTreeMap<usize, String>,
    #[serde(with = "crate::calendar::iso_date_option")]
    pub start_date: Option<NaiveDate>,
    /// The answer to "Was it resolved?" for each stage reached.
    pub outcomes: BTreeMap<u32, StageOutcome>,
}

/// Everything that can happen to a journey.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// "Start now" on the start page.
    Start,
    /// Go to a page that is always reachable: the overview, the timeline,
    /// About this policy, the list of policies, or training mode's views
    /// (a part of the briefing, the notes, the handout, the scenarios).
    Show(Page),
    /// Use another policy. Answers that depend on the policy are cleared.
    ChoosePolicy(PolicyShape),
    AnswerDanger(DangerAnswer),
    AnswerWho(WhoAnswer),
    AnswerTopic(Topic),
    /// Type a private reflection on self-check question `index`.
    Reflect(usize, String),
    AnswerStartDate(NaiveDate),
    AnswerStage(u32, StageOutcome),
    /// "Continue" on a page with nothing to answer.
    Continue,
    /// A "Change" link on the record page.
    Change(Question),
    EditRecord(RecordEdit),
    /// The back link, or the browser's back button.
    Back,
    /// The browser's forward button, after going back.
    Forward,
    /// Move between the parts of the briefing, from the part on screen
    /// (so keys pressed quickly each count).
    MovePart(PartMove),
    /// Continue from a saved record.
    Restore(Box<Journey>),
    /// Clear everything: a new journey with the same policy, on its start page.
    Reset,
}

/// The journey's state: the policy's shape, where the user is, where they
/// came from, what they said and what they recorded.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Journey {
    policy: PolicyShape,
    /// Pages visited, oldest first; never empty, the last is the current page.
    trail: Vec<Page>,
    /// Pages stepped back from, nearest last, for the forward button.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    ahead: Vec<Page>,
    /// Set by a "Change" link: after the answer, return to the record,
    /// passing over pages whose answers still stand.
    #[serde(default)]
    returning: bool,
    answers: Answers,
    record: RecordDraft,
}

impl Journey {
    /// Whether the journey holds only answers the reducer can leave: no
    /// stages or areas the policy does not have, no answers left from a
    /// route the user abandoned, stages answered in order, no two record
    /// items sharing an id or with one no record reaches, a trail of pages
    /// this policy has (never empty).
    /// A saved file that fails this was edited, even if its checksum was
    /// made to match; the property tests check that no sequence of actions
    /// fails it.
    pub fn is_consistent(&self) -> bool {
        let journey = self;
        let shape = journey.policy();
        let all_known = self
            .trail
            .iter()
            .chain(&self.ahead)
            .all(|page| page.belongs_to(shape));
        if self.trail.is_empty() || !all_known {
            return false;
        }
        let answers = journey.answers();
        let topic_known = match &answers.topic {
            Some(Topic::Area(area)) => shape.areas.contains(area),
            _ => true,
        };
        let reflections_known = answers
            .reflections
            .keys()
            .all(|&index| index < shape.self_check_questions);
        // Stages answered are the policy's first stages, in order; every one
        // but the last was not resolved (resolving, or immediate risk, ends the
        // stages there).
        let answered: Vec<(&u32, &StageOutcome)> = answers.outcomes.iter().collect();
        let stages_in_order = answered.iter().map(|(stage, _)| **stage).eq(shape
            .stages
            .iter()
            .copied()
            .take(answered.len()));
        let only_the_last_ends = answered
            .iter()
            .rev()
            .skip(1)
            .all(|(_, outcome)| **outcome == StageOutcome::NotResolved);
        // The internal route leaves this policy's questions unanswered; stages
        // come after the start date; who comes after the safety question.
        let route_consistent = if answers.who == Some(WhoAnswer::OwnOrganisation) {
            answers.topic.is_none() && answers.start_date.is_none() && answers.outcomes.is_empty()
        } else {
            true
        };
        let order_consistent = (answers.outcomes.is_empty() || answers.start_date.is_some())
            && (answers.who.is_none() || answers.immediate_danger.is_some());
        let record = journey.record();
        let mut ids: Vec<u32> = record
            .discussions
            .iter()
            .map(|d| d.id)
            .chain(record.actions.iter().map(|a| a.id))
            .filter(|&id| id != 0)
            .collect();
        ids.sort_unstable();
        let ids_unique = ids.windows(2).all(|pair| pair[0] != pair[1]);
        // Ids count up from 1 as items are added; one near the top of u32
        // could only be crafted, and would wrap round to an id in use.
        let ids_in_range = ids.last().copied().unwrap_or(0).max(record.next_id) < MAX_ITEM_ID;
        topic_known
            && ids_in_range
            && reflections_known
            && stages_in_order
            && only_the_last_ends
            && route_consistent
            && order_consistent
            && ids_unique
    }

    /// A journey on the start page with no answers.
    pub fn new(policy: PolicyShape) -> Self {
        Journey {
            policy,
            trail: vec![Page::Start],
            ahead: Vec::new(),
            returning: false,
            answers: Answers::default(),
            record: RecordDraft::default(),
        }
    }

    /// The page to show now.
    pub fn page(&self) -> Page {
        *self.trail.last().expect("the trail is never empty")
    }

    /// How many pages deep the user is (1 on the first page). The widget
    /// keeps the browser's history entries in step with this number.
    pub fn depth(&self) -> usize {
        self.trail.len()
    }

    pub fn can_go_back(&self) -> bool {
        self.trail.len() > 1
    }

    pub fn policy(&self) -> &PolicyShape {
        &self.policy
    }

    pub fn answers(&self) -> &Answers {
        &self.answers
    }

    pub fn record(&self) -> &RecordDraft {
        &self.record
    }

    pub(crate) fn record_mut(&mut self) -> &mut RecordDraft {
        &mut self.record
    }

    /// Whether the user came here from a "Change" link.
    pub fn is_returning(&self) -> bool {
        self.returning
    }

    fn stages_in_trail(&self) -> impl DoubleEndedIterator<Item = u32> + '_ {
        self.trail.iter().filter_map(|page| match page {
            Page::Stage(number) => Some(*number),
            _ => None,
        })
    }

    /// The furthest stage the user reached, if any: answered, or on screen.
    pub fn stage_reached(&self) -> Option<u32> {
        let answered = self.answers.outcomes.keys().max().copied();
        answered.max(self.stages_in_trail().max())
    }

    /// The stage the user is at: the last stage page they were on, even while
    /// they look at the overview or the timeline.
    pub fn current_stage(&self) -> Option<u32> {
        self.stages_in_trail()
            .next_back()
            .or_else(|| self.stage_reached())
    }

    /// The stage at which the disagreement was resolved, if it was.
    pub fn resolved_at(&self) -> Option<u32> {
        self.answers
            .outcomes
            .iter()
            .find(|(_, outcome)| **outcome == StageOutcome::Resolved)
            .map(|(number, _)| *number)
    }

    /// The stage at which the user said the child is now at immediate risk.
    pub fn immediate_risk_stage(&self) -> Option<u32> {
        self.answers
            .outcomes
            .iter()
            .find(|(_, outcome)| **outcome == StageOutcome::ImmediateRisk)
            .map(|(number, _)| *number)
    }

    /// Whether the user has typed anything: reflections or the record.
    pub fn has_typed_text(&self) -> bool {
        self.answers
            .reflections
            .values()
            .any(|text| !text.trim().is_empty())
            || !self.record.is_empty()
    }

    /// Apply one action and return the new journey.
    #[must_use]
    pub fn reduce(mut self, action: Action) -> Self {
        let page = self.page();
        match action {
            Action::Start if page == Page::Start => self.go_to(Page::ImmediateDanger),
            Action::Show(target @ Page::Briefing(_)) if !target.belongs_to(&self.policy) => {}
            // Moving between parts of the briefing replaces the part on
            // screen: the back link leaves the briefing, not the last part.
            Action::Show(target @ Page::Briefing(_)) if matches!(page, Page::Briefing(_)) => {
                if let Some(last) = self.trail.last_mut() {
                    *last = target;
                }
                self.ahead.clear();
            }
            Action::MovePart(movement) => {
                if let Page::Briefing(part) = page {
                    return self.reduce(Action::Show(Page::Briefing(movement.from(part))));
                }
            }
            Action::Show(target) if target.is_open_from_anywhere() && page != target => {
                self.returning = false;
                self.go_to(target);
            }
            Action::ChoosePolicy(shape) if page == Page::ChoosePolicy => {
                if shape != self.policy {
                    self.answers.outcomes.clear();
                    // Private reflections are the user's own text: kept for
                    // every question the new policy also asks.
                    self.answers
                        .reflections
                        .retain(|&index, _| index < shape.self_check_questions);
                    if let Some(Topic::Area(area)) = &self.answers.topic
                        && !shape.areas.contains(area)
                    {
                        self.answers.topic = None;
                    }
                    self.policy = shape;
                    // The stages' answers are gone, so their pages go from
                    // the trail too: the back link never reaches a stage
                    // whose earlier stages are unanswered, or one the new
                    // policy does not have.
                    self.trail.retain(|page| !matches!(page, Page::Stage(_)));
                }
                self.go_to(Page::Start);
            }
            Action::AnswerDanger(answer) if page == Page::ImmediateDanger => {
                let changed = self.answers.immediate_danger != Some(answer);
                self.answers.immediate_danger = Some(answer);
                self.advance(changed);
            }
            Action::AnswerWho(answer) if page == Page::WhoDisagree => {
                let changed = self.answers.who != Some(answer);
                self.answers.who = Some(answer);
                if answer == WhoAnswer::OwnOrganisation {
                    // The multi-agency route is abandoned: its choices go.
                    self.answers.topic = None;
                    self.answers.start_date = None;
                    self.answers.outcomes.clear();
                }
                self.advance(changed);
            }
            Action::AnswerTopic(topic) if page == Page::Topic => {
                let valid = match &topic {
                    Topic::Area(area) => self.policy.areas.contains(area),
                    Topic::SomethingElse => true,
                };
                if valid {
                    let changed = self.answers.topic.as_ref() != Some(&topic);
                    self.answers.topic = Some(topic);
                    self.advance(changed);
                }
            }
            Action::Reflect(index, text)
                if page == Page::SelfCheck && index < self.policy.self_check_questions =>
            {
                self.answers.reflections.insert(index, text);
            }
            Action::AnswerStartDate(date) if page == Page::StartDate => {
                let changed = self.answers.start_date != Some(date);
                self.answers.start_date = Some(date);
                self.advance(changed);
            }
            Action::AnswerStage(number, outcome) if page == Page::Stage(number) => {
                let changed = self.answers.outcomes.get(&number) != Some(&outcome);
                self.answers.outcomes.insert(number, outcome);
                if outcome != StageOutcome::NotResolved {
                    // Later stages are not reached when it is resolved here,
                    // or when the child's safety comes first.
                    self.answers.outcomes.retain(|&stage, _| stage <= number);
                }
                self.advance(changed);
            }
            Action::Continue => {
                if matches!(
                    page,
                    Page::Urgent
                        | Page::SpeakToDsl
                        | Page::NotSureWho
                        | Page::Preparation
                        | Page::SelfCheck
                        | Page::EndOfProcess
                ) {
                    self.advance(false);
                }
            }
            Action::Change(question) => {
                // Only a question the answers lead through: not the topic
                // once the disagreement is inside the user's organisation,
                // nor a stage never reached.
                let reachable = self.route().contains(&question.page());
                if page == Page::Record && reachable {
                    self.returning = true;
                    self.go_to(question.page());
                }
            }
            Action::EditRecord(edit) => self.record.apply(edit),
            Action::Back if self.can_go_back() => {
                let left = self.trail.pop().expect("checked above");
                self.ahead.push(left);
                // Pages a changed answer has taken off the route are passed
                // over: a later stage after one now resolved or at immediate
                // risk, a question of a route now left. Answered there, they
                // would leave answers no route explains.
                let route = self.route();
                while self.trail.len() > 1
                    && self.page().follows_the_answers()
                    && !route.contains(&self.page())
                {
                    self.trail.pop();
                }
                if self.page() == Page::Record {
                    self.returning = false;
                }
            }
            Action::Forward => {
                if let Some(next) = self.ahead.pop() {
                    self.trail.push(next);
                }
            }
            Action::Restore(saved) => return saved.restored(),
            Action::Reset => return Journey::new(self.policy),
            // An action meant for another page (a stale click, a second
            // submit) changes nothing.
            _ => {}
        }
        self
    }

    /// A saved journey, ready to continue: its trail is rebuilt by following
    /// the flow from the start page through its answers, so it passes the
    /// pages those answers lead through (the urgent page after "Yes"), and
    /// stops at the page the user was on, or at the first question still
    /// unanswered, whichever comes first. A saved trail is never trusted to
    /// skip a page.
    fn restored(mut self) -> Journey {
        let was_on = self.page();
        self.trail = vec![Page::Start];
        self.ahead.clear();
        self.returning = false;
        if was_on == Page::Start {
            return self;
        }
        // The flow has no loops; the bound only guards against a mistake.
        for _ in 0..64 {
            let Some(next) = self.next_in_flow(self.page()) else {
                break;
            };
            self.trail.push(next);
            if next == was_on || self.needs_answer(next) {
                break;
            }
        }
        self
    }

    /// The pages the answers as they stand lead through, from the start
    /// page to the first question still unanswered or the end.
    fn route(&self) -> Vec<Page> {
        let mut pages = vec![Page::Start];
        while let Some(next) = pages.last().and_then(|&page| self.next_in_flow(page)) {
            // After an emergency at a stage the flow returns to that stage.
            if pages.contains(&next) {
                break;
            }
            pages.push(next);
        }
        pages
    }

    /// Whether `page` asks a question the user has not answered.
    fn needs_answer(&self, page: Page) -> bool {
        let answers = &self.answers;
        match page {
            Page::ImmediateDanger => answers.immediate_danger.is_none(),
            Page::WhoDisagree => answers.who.is_none(),
            Page::Topic => answers.topic.is_none(),
            Page::StartDate => answers.start_date.is_none(),
            Page::Stage(number) => !answers.outcomes.contains_key(&number),
            _ => false,
        }
    }

    /// Where the flow goes from `page`, given the answers so far. `None`
    /// when the page has nowhere further to go, or its question is unanswered.
    fn next_in_flow(&self, page: Page) -> Option<Page> {
        let answers = &self.answers;
        let first_stage_or_record =
            || Some(self.policy.first_stage().map_or(Page::Record, Page::Stage));
        match page {
            Page::Start => Some(Page::ImmediateDanger),
            Page::ImmediateDanger => Some(match answers.immediate_danger? {
                DangerAnswer::Yes => Page::Urgent,
                DangerAnswer::NotSure => Page::SpeakToDsl,
                DangerAnswer::No => Page::WhoDisagree,
            }),
            // After an emergency during a stage, return to that stage.
            Page::Urgent => Some(
                self.immediate_risk_stage()
                    .map_or(Page::WhoDisagree, Page::Stage),
            ),
            Page::SpeakToDsl => Some(Page::WhoDisagree),
            Page::WhoDisagree => Some(match answers.who? {
                WhoAnswer::AnotherAgency => Page::Topic,
                WhoAnswer::OwnOrganisation => Page::OwnOrganisation,
                WhoAnswer::NotSure => Page::NotSureWho,
            }),
            Page::NotSureWho => Some(Page::Topic),
            Page::Topic => answers.topic.as_ref().map(|_| Page::Preparation),
            Page::Preparation => Some(Page::SelfCheck),
            Page::SelfCheck => Some(Page::StartDate),
            Page::StartDate => answers.start_date.and_then(|_| first_stage_or_record()),
            Page::Stage(number) => Some(match answers.outcomes.get(&number)? {
                StageOutcome::Resolved => Page::Record,
                StageOutcome::ImmediateRisk => Page::Urgent,
                StageOutcome::NotResolved => self
                    .policy
                    .stage_after(number)
                    .map_or(Page::EndOfProcess, Page::Stage),
            }),
            Page::EndOfProcess => Some(Page::Record),
            Page::OwnOrganisation
            | Page::Record
            | Page::ChoosePolicy
            | Page::Overview
            | Page::Timeline
            | Page::About
            | Page::Briefing(_)
            | Page::FacilitatorNotes
            | Page::Handout
            | Page::Scenarios => None,
        }
    }

    /// Whether the user still has something to do on `page`.
    fn needs_attention(&self, page: Page) -> bool {
        let answers = &self.answers;
        match page {
            Page::ImmediateDanger => answers.immediate_danger.is_none(),
            Page::WhoDisagree => answers.who.is_none(),
            Page::Topic => answers.topic.is_none(),
            Page::StartDate => answers.start_date.is_none(),
            Page::Stage(number) => !answers.outcomes.contains_key(&number),
            page => page.must_be_seen() || self.next_in_flow(page).is_none(),
        }
    }

    /// Go on from the current page. After a "Change" link, an unchanged
    /// answer returns to the record; a changed one passes over pages whose
    /// answers still stand and lands on the first that needs the user.
    fn advance(&mut self, changed: bool) {
        let Some(mut next) = self.next_in_flow(self.page()) else {
            return;
        };
        if self.returning {
            next = if changed {
                self.fast_forward(next)
            } else {
                Page::Record
            };
            self.returning = next != Page::Record;
        }
        self.go_to(next);
    }

    fn fast_forward(&self, mut page: Page) -> Page {
        // The flow has no loops; the bound only guards against a mistake.
        for _ in 0..64 {
            if self.needs_attention(page) {
                break;
            }
            match self.next_in_flow(page) {
                Some(after) => page = after,
                None => break,
            }
        }
        page
    }

    /// Move to a new page. A new step forward abandons any pages the user had
    /// stepped back from, as a browser does with its forward history.
    fn go_to(&mut self, page: Page) {
        self.ahead.clear();
        self.trail.push(page);
    }
}
