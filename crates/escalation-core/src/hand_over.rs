//! Training mode is a bundle of its own, so the first download is only
//! what the journey needs. When the user opens the 7-minute briefing, the
//! first bundle hands the guide over to that bundle, which takes the same
//! place on the page and carries on exactly where the user was: the
//! journey with every answer and typed word, keeping progress on this
//! device exactly as it was (on or off, a kept copy that could not be used
//! still waiting for the user, the copy it knows), and the page's history.
//! Nothing is stored: the text passes from one bundle to the other in
//! memory.

use serde::{Deserialize, Serialize};

use crate::briefing_record::BriefingRecord;
use crate::journey::Journey;
use crate::keeping::Keeping;

/// What one bundle hands to the other.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HandOver {
    /// The journey exactly as it is: pages visited, answers, the record,
    /// the briefing.
    pub journey: Journey,
    /// "Keep my progress on this device" exactly as it was: whether it is
    /// on, what is wrong if anything (a kept copy that could not be used
    /// still waits for the user), and the kept copy this tab last read or
    /// wrote, so the new bundle does not take it for another tab's.
    pub keeping: Keeping,
    /// The page load's mark on its history entries, so the browser's back
    /// button keeps working across the hand-over.
    pub history: u32,
    /// Whether the guide had the keyboard focus as it was handed over (set
    /// by the bundle taking over): then focus goes to the new page's
    /// heading, as on any step; a guide that opened in training mode as
    /// the host's page loaded takes no focus.
    pub focused: bool,
    /// A host's own policy file, as the first bundle fetched it and found
    /// it could be used, so the guide does not depend on fetching it again
    /// (a built-in policy is found by its id).
    pub policy_file: Option<String>,
    /// A host's contacts file, likewise, as the first bundle fetched it.
    pub contacts_file: Option<String>,
    /// The journey and the briefing record as last downloaded, so work
    /// already saved is not taken for unsaved.
    pub downloaded: Option<Journey>,
    pub downloaded_briefing: Option<BriefingRecord>,
    /// The notices on screen (another policy than the page asked for, a
    /// setting that could not be used).
    pub notices: Vec<String>,
}

impl HandOver {
    /// As text, to pass between the bundles.
    pub fn to_text(&self) -> Option<String> {
        serde_json::to_string(self).ok()
    }

    /// Read back; `Err` says why it cannot be used (then the guide starts
    /// as it would on a new visit, and says so).
    pub fn from_text(text: &str) -> Result<HandOver, String> {
        serde_json::from_str(text).map_err(|error| error.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::built_in_policy;
    use crate::journey::{Action, Page, PolicyShape};
    use crate::keeping::Stored;
    use crate::record::{RecordEdit, RecordField};

    #[test]
    fn the_journey_arrives_exactly_as_it_was() {
        let policy = built_in_policy("pan-berkshire-2026").expect("built in");
        let journey = Journey::new(PolicyShape::of(policy))
            .reduce(Action::Continue)
            .reduce(Action::Show(Page::Briefing(3)))
            .reduce(Action::EditRecord(RecordEdit::Set(
                RecordField::Agencies,
                "Police “and” school\n".into(),
            )));
        let handed = HandOver {
            journey: journey.clone(),
            keeping: Keeping::start(Stored::Restored("{\"kept\":1}".into())),
            history: 4_000_000_007,
            focused: true,
            policy_file: Some("{\"id\":\"ours\"}".into()),
            contacts_file: Some("{}".into()),
            downloaded: Some(journey.clone()),
            downloaded_briefing: Some(journey.briefing().clone()),
            notices: vec!["Your progress kept on this device follows another policy.".into()],
        };
        let text = handed.to_text().expect("writes");
        let back = HandOver::from_text(&text).expect("reads");
        assert_eq!(back, handed);
        assert_eq!(back.journey.page(), Page::Briefing(3));
        assert_eq!(back.journey.depth(), journey.depth());
        assert_eq!(back.journey.record().agencies, "Police “and” school\n");
    }

    #[test]
    fn text_that_is_not_a_hand_over_is_refused() {
        assert!(HandOver::from_text("").is_err());
        assert!(HandOver::from_text("{\"keeping\":{}}").is_err());
    }
}
