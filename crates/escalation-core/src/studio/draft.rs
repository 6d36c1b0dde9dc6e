//! A policy being built in the studio: the policy so far and the text of
//! the documents it quotes, changed one [`Edit`] at a time by
//! [`Draft::apply`], and checked by the rules `policy-tool check` runs.
//!
//! A statement is made by selecting a passage: its words and its section
//! come from the selection ([`Document::statement_from`]), so what the
//! draft says is the document's by construction. Lists keep the
//! document's order.

use std::ops::Range;

use serde::{Deserialize, Serialize};

use super::document::Document;
use super::slot::Slot;
use crate::calendar::Division;
use crate::fidelity::{self, DocumentText};
use crate::policy::{
    AfterResolution, ImmediateDanger, Policy, PolicyId, Scope, SelfCheck, SourceDocument, Status,
    TimeNoteKind,
};
use crate::validate::{Problem, validate};

/// The text of one document a draft quotes, under its source id.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceText {
    pub id: String,
    pub text: String,
}

/// A policy file in the making, with the documents it quotes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    pub policy: Policy,
    pub documents: Vec<SourceText>,
}

/// A field the author types rather than selects.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Id,
    Title,
    Area,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or empty.
    Issued,
    /// "current" or "not-stated".
    Status,
    /// A division's id.
    Division,
    SourceTitle,
    SourcePublisher,
}

/// One change an author makes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Edit {
    /// The passage `selection` (byte offsets) of document `document`
    /// becomes what `slot` says.
    Use {
        document: String,
        selection: Range<usize>,
        slot: Slot,
    },
    /// Take out the item at an object path ("stages[0].who[1]", "stages[2]").
    Remove(String),
    /// The author's plain summary of a statement; the passage is kept as its
    /// quote. An empty summary puts the document's words back.
    Summarise {
        object: String,
        summary: String,
    },
    Set(Field, String),
    /// A timescale's "what is due" label, in the author's words.
    SetWhat {
        stage: usize,
        timescale: usize,
        what: String,
    },
    /// What a gap says the policy leaves out, in the author's words.
    SetGapText(usize, String),
    /// A contact role's name.
    SetRoleName(usize, String),
    /// What a time note says, in the author's words.
    SetNoteText(usize, String),
    /// What kind of thing a time note says about time.
    SetNoteKind(usize, TimeNoteKind),
}

/// What a kept draft's JSON says it is, and its version.
pub const KEPT_FORMAT: &str = "escalation-guide-studio-draft";
pub const KEPT_VERSION: u32 = 1;

#[derive(Serialize, Deserialize)]
struct Kept {
    format: String,
    version: u32,
    draft: Draft,
}

/// The id a new draft's policy and its document start with.
const FIRST_ID: &str = "our-escalation-policy";

impl Draft {
    /// A new draft quoting `text`: a policy with nothing in it yet.
    pub fn new(text: &str) -> Draft {
        let id = FIRST_ID.to_string();
        let policy = Policy {
            schema: Some("./policy.schema.json".into()),
            id: PolicyId::parse(id.clone()).expect("FIRST_ID is a well-formed id"),
            title: String::new(),
            area: String::new(),
            issued: None,
            updated: None,
            status: Status::Current,
            division: Division::default(),
            sources: vec![SourceDocument {
                id: id.clone(),
                title: String::new(),
                publisher: None,
                date: None,
                used_for: None,
                replaced: false,
            }],
            purpose: Vec::new(),
            principles: Vec::new(),
            areas: Vec::new(),
            scope: Scope {
                applies_when: Vec::new(),
                other_routes: Vec::new(),
            },
            preparation: Vec::new(),
            self_check: SelfCheck {
                when: Vec::new(),
                questions: Vec::new(),
                respectful_uncertainty: Vec::new(),
            },
            immediate_danger: ImmediateDanger {
                guidance: Vec::new(),
                skipping_stages: Vec::new(),
            },
            stages: Vec::new(),
            time_notes: Vec::new(),
            after: AfterResolution {
                written_confirmation: Vec::new(),
                lessons: Vec::new(),
                policy_gaps: Vec::new(),
                case_review: Vec::new(),
                end_of_process: Vec::new(),
            },
            glossary: Vec::new(),
            contact_roles: Vec::new(),
            gaps: Vec::new(),
        };
        Draft {
            policy,
            documents: vec![SourceText {
                id,
                text: text.to_string(),
            }],
        }
    }

    /// A policy file opened to edit, with the documents already open that
    /// it cites. A file that cannot be read as a policy is refused with its
    /// problems in words; the rules are the draft's problems, to fix.
    pub fn open(file: &[u8], open: &[SourceText]) -> Result<Draft, String> {
        let policy = crate::validate::read_policy(file).map_err(|problems| {
            let said: Vec<String> = problems.iter().map(ToString::to_string).collect();
            said.join(" ")
        })?;
        let documents = open
            .iter()
            .filter(|document| policy.source_document(&document.id).is_some())
            .cloned()
            .collect();
        Ok(Draft { policy, documents })
    }

    /// The first of the policy's documents whose text is not open.
    pub fn missing_document(&self) -> Option<&SourceDocument> {
        self.policy
            .sources
            .iter()
            .find(|source| !self.documents.iter().any(|d| d.id == source.id))
    }

    /// The draft as it is kept in the browser.
    pub fn kept(&self) -> String {
        serde_json::to_string(&Kept {
            format: KEPT_FORMAT.into(),
            version: KEPT_VERSION,
            draft: self.clone(),
        })
        .unwrap_or_default()
    }

    /// A kept draft read back; `None` for anything else.
    pub fn from_kept(text: &str) -> Option<Draft> {
        serde_json::from_str::<Kept>(text)
            .ok()
            .filter(|kept| kept.format == KEPT_FORMAT && kept.version == KEPT_VERSION)
            .map(|kept| kept.draft)
    }

    /// The text of document `id`, parsed.
    pub fn document(&self, id: &str) -> Option<Document> {
        self.documents
            .iter()
            .find(|document| document.id == id)
            .map(|document| Document::parse(&document.text))
    }

    /// The policy file as the author downloads it.
    pub fn file(&self) -> String {
        let mut text = serde_json::to_string_pretty(&self.policy).unwrap_or_default();
        text.push('\n');
        text
    }

    /// Every problem: the rules `policy-tool check` runs, the word-for-word
    /// check against the documents, and that each timescale's words give
    /// its number of working days.
    pub fn problems(&self) -> Vec<Problem> {
        let mut problems = validate(&self.policy);
        let texts: Vec<(String, DocumentText)> = self
            .documents
            .iter()
            .map(|document| (document.id.clone(), DocumentText::new(&document.text)))
            .collect();
        let report = fidelity::check(&self.policy, |id| {
            texts
                .iter()
                .find(|(known, _)| known == id)
                .map(|(_, text)| text)
        });
        problems.extend(report.problems);
        let bytes = self.file().len();
        if bytes > crate::policy::MAX_POLICY_FILE_BYTES {
            problems.push(Problem::file_too_large(bytes as u64));
        }
        for id in report.missing_documents {
            problems.push(Problem::at_path(
                "sources",
                format!("the text of the document \"{id}\" is not open, so its statements cannot be checked; open it"),
            ));
        }
        for (s, stage) in self.policy.stages.iter().enumerate() {
            for (t, timescale) in stage.timescales.iter().enumerate() {
                if !timescale.states_its_days() {
                    problems.push(Problem::at_path(
                        format!("stages[{s}].timescales[{t}].quote"),
                        format!(
                            "the words do not give {} working days; select the words that do",
                            timescale.working_days
                        ),
                    ));
                }
            }
        }
        problems
    }
}
