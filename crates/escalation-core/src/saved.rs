//! Saving a journey as a JSON file the user keeps, and loading it back to
//! continue. The same format serves "keep my progress on this device".
//!
//! A file is checked before anything on screen changes: it must be
//! complete JSON, say it is a saved record, be a version this guide reads,
//! carry the checksum of exactly what was saved, and match the policy it
//! names. The checksum is not security: it tells a file that was edited or
//! damaged apart from one saved by the guide, so the user is not given a
//! record that quietly differs from what they wrote.

use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::calendar::parse_iso_date;
use crate::journey::{Journey, PolicyShape};
pub use crate::limits::MAX_SAVED_FILE_BYTES;
use crate::limits::{LimitProblem, MAX_ITEMS};
use crate::policy::Policy;

pub const SAVED_FORMAT: &str = "escalation-guide-record";
/// The format of a briefing record's own file (`briefing_record::file`).
pub const BRIEFING_FORMAT: &str = "escalation-guide-briefing-record";
/// Format 2 adds `saved_by`, the release that saved it; format 1 files
/// (without it) still load. Format 3 adds the record of a 7-minute
/// briefing to the journey (kept on this device with it); format 1 and 2
/// files load with none. An older release reading a newer format says the
/// file is from a newer version rather than not a record at all.
pub const SAVED_VERSION: u32 = 3;
/// The oldest format this release reads.
const OLDEST_VERSION: u32 = 1;

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct SavedFile {
    format: String,
    version: u32,
    saved_on: String,
    policy: String,
    /// For a superseded policy, the warning every export carries. Not part
    /// of the checksum: it is worked out from the policy again on loading.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    superseded: Option<String>,
    journey: Journey,
    checksum: String,
    /// The release that saved it (not part of the checksum).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    saved_by: Option<String>,
}

/// Why a file could not be loaded. Each says what is wrong in words a
/// user can act on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// Over one of the limits every saved record keeps to.
    OverLimit(LimitProblem),
    Empty,
    /// The file stops part-way through.
    Truncated,
    /// Not JSON, or JSON that is not a saved record.
    Foreign,
    /// The format number the file gives, newer than this guide reads.
    NewerVersion(u64),
    /// Changed or damaged since it was saved.
    Tampered,
    UnknownPolicy(String),
    /// The named policy's stages or areas are not the ones the record used.
    PolicyChanged(String),
    /// A saved record of the other kind: a briefing record given where a
    /// journey's record is loaded, or the other way round.
    WrongKind(RecordKind),
}

/// The two kinds of record this guide saves as files.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecordKind {
    /// The record of a professional disagreement (the whole journey).
    Journey,
    /// The record of a 7-minute briefing.
    Briefing,
}

impl RecordKind {
    /// The kind a saved file's `format` names, if it is one of ours.
    pub fn of_format(format: &str) -> Option<RecordKind> {
        match format {
            SAVED_FORMAT => Some(RecordKind::Journey),
            BRIEFING_FORMAT => Some(RecordKind::Briefing),
            _ => None,
        }
    }

    fn in_words(self) -> &'static str {
        match self {
            RecordKind::Journey => "a record of a professional disagreement",
            RecordKind::Briefing => "a record of a 7-minute briefing",
        }
    }

    /// Where a file of this kind is loaded.
    fn loaded_from(self) -> &'static str {
        match self {
            RecordKind::Journey => "“Continue from a saved record” on the start page",
            RecordKind::Briefing => "“Record this briefing” in training mode",
        }
    }

    /// Why a record over a limit is not saved as its file, and what to do:
    /// nothing typed is removed.
    pub fn cannot_save(self, limit: &LimitProblem) -> String {
        let whose = match self {
            RecordKind::Journey => "Your record",
            RecordKind::Briefing => "This record",
        };
        format!(
            "{whose} cannot be saved to continue later: {limit} Nothing has been removed. \
             Shorten it, or download it as plain text, which keeps every word."
        )
    }

    /// The name of one of its files, from the day it is made:
    /// "escalation-record-2026-11-27.json", "briefing-record-2026-11-27.md";
    /// a calendar file says what it holds ("…-deadlines.ics", "…-actions.ics").
    pub fn file_name(self, today: NaiveDate, extension: &str) -> String {
        let (stem, calendar) = match self {
            RecordKind::Journey => ("escalation-record", "-deadlines"),
            RecordKind::Briefing => ("briefing-record", "-actions"),
        };
        let what = if extension == "ics" { calendar } else { "" };
        format!("{stem}-{today}{what}.{extension}")
    }

    fn other(self) -> RecordKind {
        match self {
            RecordKind::Journey => RecordKind::Briefing,
            RecordKind::Briefing => RecordKind::Journey,
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.in_words(Kept::File))
    }
}

/// Where a record that could not be loaded was kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kept {
    /// A file the user chose.
    File,
    /// The progress kept in this browser's storage.
    OnThisDevice,
}

impl LoadError {
    /// What is wrong, in words a user can act on, naming where the record
    /// was kept: a file they chose, or the progress kept on this device.
    pub fn in_words(&self, kept: Kept) -> String {
        let (it, choose_whole, choose_json) = match kept {
            Kept::File => (
                "The file",
                " Choose the whole file you saved.",
                " Choose a .json file you saved with “Download as JSON”.",
            ),
            Kept::OnThisDevice => ("The progress kept on this device", "", ""),
        };
        match self {
            LoadError::OverLimit(problem) => {
                format!("{it} is larger than a record this guide saves. {problem}")
            }
            LoadError::Empty => format!("{it} is empty."),
            LoadError::Truncated => {
                format!("{it} is incomplete: it stops part-way through.{choose_whole}")
            }
            LoadError::Foreign => {
                format!("{it} is not a record saved by this guide.{choose_json}")
            }
            LoadError::NewerVersion(version) => format!(
                "{it} was saved by a newer version of this guide (format {version}), which this version cannot read."
            ),
            LoadError::Tampered => format!(
                "{it} has been changed or damaged since it was saved, so it cannot be trusted as your record."
            ),
            LoadError::UnknownPolicy(id) => format!(
                "{it} uses a policy this guide does not have (“{}”).",
                crate::validate::printable(&truncated(id, 80))
            ),
            LoadError::PolicyChanged(id) => format!(
                "The policy {} uses (“{}”) has changed since the record was saved, so its stages no longer match.",
                it.to_lowercase(),
                crate::validate::printable(&truncated(id, 80))
            ),
            LoadError::WrongKind(found) => format!(
                "{it} is {}, not {}. Load it from {} instead.",
                found.in_words(),
                found.other().in_words(),
                found.loaded_from()
            ),
        }
    }
}

/// At most `max` characters, with "…" where more were cut.
fn truncated(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        format!("{}…", text.chars().take(max).collect::<String>())
    }
}

/// FNV-1a, 64-bit: small, stable and enough to notice any change.
pub(crate) fn checksum(text: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in text.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("fnv1a64:{hash:016x}")
}

/// The checksum a saved file holds for this journey. Anyone can compute
/// it: it catches damage and casual edits, and the checks behind it
/// (limits, dates, the policy's shape, [`Journey::is_consistent`]) catch
/// the rest; the fuzz regression tests reseal files with it.
pub fn checksum_of(journey: &Journey) -> String {
    checksum(&journey_json(journey))
}

fn journey_json(journey: &Journey) -> String {
    serde_json::to_string(journey).expect("a journey always serializes")
}

/// The journey as the text of a saved-record file, or the first limit it
/// is over: a file the guide makes, it always loads back.
pub fn save(journey: &Journey, today: NaiveDate) -> Result<String, LimitProblem> {
    if let Some(problem) = journey.limit_problems().into_iter().next() {
        return Err(problem);
    }
    let text = save_unchecked(journey, today);
    if text.len() > MAX_SAVED_FILE_BYTES {
        return Err(LimitProblem::FileTooLarge(text.len()));
    }
    Ok(text)
}

fn save_unchecked(journey: &Journey, today: NaiveDate) -> String {
    let file = SavedFile {
        format: SAVED_FORMAT.to_string(),
        version: SAVED_VERSION,
        saved_on: today.to_string(),
        policy: journey.policy().id.clone(),
        superseded: crate::built_in_policy(&journey.policy().id)
            .and_then(Policy::superseded_in_words),
        checksum: checksum(&journey_json(journey)),
        journey: journey.clone(),
        saved_by: Some(crate::GUIDE.to_string()),
    };
    serde_json::to_string_pretty(&file).expect("a saved file always serializes")
}

/// A record file's envelope, checked before its contents are read: its
/// size, that it is JSON in UTF-8, that it is a `kind` record, and that its
/// version is one of `versions` (a later one is named as newer). The JSON,
/// for the caller to read on. Both kinds of record file are read so.
pub(crate) fn read_envelope(
    bytes: &[u8],
    kind: RecordKind,
    versions: std::ops::RangeInclusive<u32>,
) -> Result<serde_json::Value, LoadError> {
    if bytes.len() > MAX_SAVED_FILE_BYTES {
        return Err(LoadError::OverLimit(LimitProblem::FileTooLarge(
            bytes.len(),
        )));
    }
    let text = std::str::from_utf8(bytes).map_err(|_| LoadError::Foreign)?;
    if text.trim().is_empty() {
        return Err(LoadError::Empty);
    }
    let value: serde_json::Value = serde_json::from_str(text).map_err(|error| {
        if error.is_eof() {
            LoadError::Truncated
        } else {
            LoadError::Foreign
        }
    })?;
    match value
        .get("format")
        .and_then(|format| format.as_str())
        .and_then(RecordKind::of_format)
    {
        Some(found) if found == kind => {}
        Some(other) => return Err(LoadError::WrongKind(other)),
        None => return Err(LoadError::Foreign),
    }
    match value.get("version").and_then(|version| version.as_u64()) {
        Some(version)
            if (u64::from(*versions.start())..=u64::from(*versions.end())).contains(&version) => {}
        Some(version) if version > u64::from(*versions.end()) => {
            return Err(LoadError::NewerVersion(version));
        }
        _ => return Err(LoadError::Foreign),
    }
    Ok(value)
}

/// How many items the list at `pointer` in a file holds: counted before
/// they are read, so a file crafted with a great many is refused at once.
pub(crate) fn count_at(value: &serde_json::Value, pointer: &str) -> usize {
    value
        .pointer(pointer)
        .and_then(|items| items.as_array())
        .map_or(0, Vec::len)
}

/// Read a saved-record file. `find_policy` looks a policy up by id.
pub fn load<'p>(
    bytes: &[u8],
    find_policy: impl Fn(&str) -> Option<&'p Policy>,
) -> Result<Journey, LoadError> {
    let value = read_envelope(bytes, RecordKind::Journey, OLDEST_VERSION..=SAVED_VERSION)?;
    // Count the items before reading them into the journey, so a file
    // crafted with a great many is refused at once.
    let discussions = count_at(&value, "/journey/record/discussions");
    if discussions > MAX_ITEMS {
        return Err(LoadError::OverLimit(LimitProblem::TooManyDiscussions(
            discussions,
        )));
    }
    for list in ["/journey/record/actions", "/journey/briefing/actions"] {
        let actions = count_at(&value, list);
        if actions > MAX_ITEMS {
            return Err(LoadError::OverLimit(LimitProblem::TooManyActions(actions)));
        }
    }
    let file: SavedFile = serde_json::from_value(value).map_err(|_| LoadError::Tampered)?;
    // The same limits as saving, named before anything else is judged.
    if let Some(problem) = file.journey.limit_problems().into_iter().next() {
        return Err(LoadError::OverLimit(problem));
    }
    let saved_on = parse_iso_date(&file.saved_on);
    // Under cargo fuzz the checksum is not checked, so the fuzzer reaches
    // the checks behind it (fuzz/fuzz_targets/saved_record.rs).
    let checksum_differs =
        !cfg!(fuzzing) && file.checksum != checksum(&journey_json(&file.journey));
    if checksum_differs
        || file.policy != file.journey.policy().id
        || saved_on.is_none()
        // The date the disagreement started was today or earlier when typed.
        || file.journey.answers().start_date > saved_on
    {
        return Err(LoadError::Tampered);
    }
    let policy =
        find_policy(&file.policy).ok_or_else(|| LoadError::UnknownPolicy(file.policy.clone()))?;
    if &PolicyShape::of(policy) != file.journey.policy() {
        return Err(LoadError::PolicyChanged(file.policy));
    }
    // The policy a briefing record was on, if another.
    if let Some(briefed) = &file.journey.briefing().policy
        && find_policy(briefed).is_none()
    {
        return Err(LoadError::UnknownPolicy(briefed.clone()));
    }
    if !file.journey.is_consistent() {
        return Err(LoadError::Tampered);
    }
    let mut journey = file.journey;
    journey.record_mut().assign_missing_ids();
    Ok(journey)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journey::{Action, DangerAnswer, StageOutcome, Topic, WhoAnswer};
    use crate::record::RecordEdit;
    use crate::{built_in_policy, default_policy};

    fn date(text: &str) -> NaiveDate {
        parse_iso_date(text).unwrap()
    }

    /// A file for `journey` edited by `edit`, with its checksum made to
    /// match the edit, as a careful forger would.
    fn resealed(journey: &Journey, edit: impl Fn(&mut serde_json::Value)) -> Vec<u8> {
        let text = save(journey, date("2026-11-23")).unwrap();
        let mut file: serde_json::Value = serde_json::from_str(&text).unwrap();
        edit(&mut file["journey"]);
        let edited: Journey = serde_json::from_value(file["journey"].clone()).unwrap();
        file["checksum"] = checksum(&journey_json(&edited)).into();
        serde_json::to_vec(&file).unwrap()
    }

    fn at_stage_two() -> Journey {
        [
            Action::Start,
            Action::AnswerDanger(DangerAnswer::No),
            Action::AnswerWho(WhoAnswer::AnotherAgency),
            Action::AnswerTopic(Topic::SomethingElse),
            Action::Continue,
            Action::Continue,
            Action::AnswerStartDate(date("2026-11-20")),
            Action::AnswerStage(1, StageOutcome::NotResolved),
            Action::EditRecord(RecordEdit::AddDiscussion),
            Action::EditRecord(RecordEdit::AddAction),
        ]
        .into_iter()
        .fold(
            Journey::new(PolicyShape::of(default_policy())),
            Journey::reduce,
        )
    }

    #[test]
    fn an_unedited_resealed_file_loads() {
        let bytes = resealed(&at_stage_two(), |_| {});
        assert_eq!(load(&bytes, built_in_policy).unwrap(), at_stage_two());
    }

    /// Each edit passes the checksum, so only the consistency check can
    /// refuse it.
    #[test]
    fn an_inconsistent_file_with_a_matching_checksum_is_refused() {
        type Edit = fn(&mut serde_json::Value);
        let edits: [(&str, Edit); 8] = [
            ("a start date after the day the file was saved", |j| {
                j["answers"]["start_date"] = "2099-12-31".into()
            }),
            ("a stage the policy does not have", |j| {
                j["answers"]["outcomes"]["9"] = "resolved".into()
            }),
            ("a later stage answered before an earlier one", |j| {
                j["answers"]["outcomes"] = serde_json::json!({"2": "not-resolved"})
            }),
            ("a stage after one that was resolved", |j| {
                j["answers"]["outcomes"] = serde_json::json!({"1": "resolved", "2": "not-resolved"})
            }),
            ("answers from the abandoned route", |j| {
                j["answers"]["who"] = "own-organisation".into()
            }),
            ("stages without a start date", |j| {
                j["answers"]["start_date"] = serde_json::Value::Null
            }),
            ("who, before the safety question", |j| {
                j["answers"]["immediate_danger"] = serde_json::Value::Null
            }),
            ("two items with one id", |j| {
                let id = j["record"]["discussions"][0]["id"].clone();
                j["record"]["actions"][0]["id"] = id;
            }),
        ];
        for (what, edit) in edits {
            let bytes = resealed(&at_stage_two(), edit);
            assert_eq!(
                load(&bytes, built_in_policy).unwrap_err(),
                LoadError::Tampered,
                "{what}"
            );
        }
    }

    #[test]
    fn items_from_a_record_saved_before_ids_get_ids_when_loaded() {
        let bytes = resealed(&at_stage_two(), |j| {
            let record = j["record"].as_object_mut().unwrap();
            record.remove("next_id");
            record["discussions"][0]
                .as_object_mut()
                .unwrap()
                .remove("id");
            record["actions"][0].as_object_mut().unwrap().remove("id");
        });
        let loaded = load(&bytes, built_in_policy).unwrap();
        assert_eq!(loaded.record().discussions[0].id, 1);
        assert_eq!(loaded.record().actions[0].id, 2);
    }
}
