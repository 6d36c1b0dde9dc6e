//! Whose words a statement is in, and how each voice is labelled.

/// Whose words a statement is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Voice {
    /// A passage of the policy's document, word for word.
    PolicyWords,
    /// This guide's summary, carrying the passage it summarises.
    GuideSummary,
}

impl Voice {
    /// The label a summary carries wherever it is shown.
    pub const SUMMARY_LABEL: &'static str = "This guide’s summary";
    /// The label of the passage behind a summary.
    pub const WORDS_LABEL: &'static str = "The policy’s words";
    /// The label of this guide's own notes (what a policy leaves out, a
    /// start it chose for counting days, how its stages relate).
    pub const NOTE_LABEL: &'static str = "This guide’s note";

    /// "This guide’s note: …": one of this guide's notes in text.
    pub fn note_in_words(text: &str) -> String {
        format!("{}: {text}", Voice::NOTE_LABEL)
    }

    /// “…”: the policy's words in quotation marks, in text.
    pub fn quoted(words: &str) -> String {
        format!("“{words}”")
    }

    /// "The policy says: “…”": how every page and text format puts the
    /// policy's words after this guide's.
    pub fn policy_says(words: &str) -> String {
        format!("The policy says: {}", Voice::quoted(words))
    }

    /// "This guide’s summary: … The policy says: “…”": a summary in one line
    /// of text, labelled, with the words it summarises.
    pub fn summary_in_words(text: &str, quote: &str) -> String {
        format!(
            "{}: {text} {}",
            Voice::SUMMARY_LABEL,
            Voice::policy_says(quote)
        )
    }

    pub(super) fn of(quote: Option<&str>) -> Voice {
        if quote.is_some() {
            Voice::GuideSummary
        } else {
            Voice::PolicyWords
        }
    }
}
