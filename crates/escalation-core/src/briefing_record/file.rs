//! The briefing record's own JSON file: saved to continue later, and loaded
//! back by the checks and limits a journey's saved record has
//! ([`crate::saved`]): complete JSON, a briefing record and not another
//! kind, a version this guide reads, the checksum of exactly what was
//! saved, within the limits, a policy this guide has, and only what the
//! record's edits can leave. It holds the briefing record alone:
//! never the journey, its answers or its record of a disagreement.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::BriefingRecord;
use crate::calendar::parse_iso_date;
use crate::journey::{Action, Journey};
use crate::limits::{LimitProblem, MAX_ITEMS, MAX_SAVED_FILE_BYTES};
use crate::policy::Policy;
use crate::saved::{BRIEFING_FORMAT, LoadError, RecordKind, checksum, count_at, read_envelope};

/// The briefing record file's format number.
pub const BRIEFING_VERSION: u32 = 1;

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct BriefingFile {
    format: String,
    version: u32,
    saved_on: String,
    /// The policy the briefing was on, by id (part of the checksum).
    policy: String,
    briefing: BriefingRecord,
    checksum: String,
    /// The release that saved it (not part of the checksum).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    saved_by: Option<String>,
}

/// What the checksum is taken over: the policy's id and the record.
fn sealed(policy: &str, record: &BriefingRecord) -> String {
    let record = serde_json::to_string(record).expect("a briefing record always serializes");
    checksum(&format!("{policy}\n{record}"))
}

/// The journey's briefing record as the text of its file, or the first
/// limit it is over: a file the guide makes, it always loads back.
pub fn save(journey: &Journey, today: NaiveDate) -> Result<String, LimitProblem> {
    let record = journey.briefing();
    if let Some(problem) = record.limit_problems().into_iter().next() {
        return Err(problem);
    }
    let policy = record.policy_id(&journey.policy().id).to_string();
    let file = BriefingFile {
        format: BRIEFING_FORMAT.to_string(),
        version: BRIEFING_VERSION,
        saved_on: today.to_string(),
        checksum: sealed(&policy, record),
        policy,
        briefing: record.clone(),
        saved_by: Some(crate::GUIDE.to_string()),
    };
    let text = serde_json::to_string_pretty(&file).expect("a saved file always serializes");
    if text.len() > MAX_SAVED_FILE_BYTES {
        return Err(LimitProblem::FileTooLarge(text.len()));
    }
    Ok(text)
}

/// A saved file of either kind, for the journey on screen: the journey's
/// (the whole journey, briefing record included, as "keep my progress"
/// keeps it) or the briefing record's alone.
pub fn save_as(
    kind: RecordKind,
    journey: &Journey,
    today: NaiveDate,
) -> Result<String, LimitProblem> {
    match kind {
        RecordKind::Journey => crate::saved::save(journey, today),
        RecordKind::Briefing => save(journey, today),
    }
}

/// Read a saved file of `kind` as the action that continues from it, or
/// why it cannot be used.
pub fn load_as_action<'p>(
    kind: RecordKind,
    bytes: &[u8],
    find_policy: impl Fn(&str) -> Option<&'p Policy>,
) -> Result<Action, LoadError> {
    Ok(match kind {
        RecordKind::Journey => Action::Restore(Box::new(crate::saved::load(bytes, find_policy)?)),
        RecordKind::Briefing => Action::RestoreBriefing(Box::new(load(bytes, find_policy)?)),
    })
}

/// Read a briefing record's file: `find_policy` looks up the policy the
/// briefing was on, by id (it may be another than the guide follows now).
pub fn load<'p>(
    bytes: &[u8],
    find_policy: impl Fn(&str) -> Option<&'p Policy>,
) -> Result<BriefingRecord, LoadError> {
    let value = read_envelope(
        bytes,
        RecordKind::Briefing,
        BRIEFING_VERSION..=BRIEFING_VERSION,
    )?;
    let actions = count_at(&value, "/briefing/actions");
    if actions > MAX_ITEMS {
        return Err(LoadError::OverLimit(LimitProblem::TooManyActions(actions)));
    }
    let file: BriefingFile = serde_json::from_value(value).map_err(|_| LoadError::Tampered)?;
    if let Some(problem) = file.briefing.limit_problems().into_iter().next() {
        return Err(LoadError::OverLimit(problem));
    }
    let checksum_differs = !cfg!(fuzzing) && file.checksum != sealed(&file.policy, &file.briefing);
    if checksum_differs
        || parse_iso_date(&file.saved_on).is_none()
        || !file.briefing.is_consistent()
        || file.briefing.policy_id(&file.policy) != file.policy
    {
        return Err(LoadError::Tampered);
    }
    if find_policy(&file.policy).is_none() {
        return Err(LoadError::UnknownPolicy(file.policy));
    }
    let mut record = file.briefing;
    record.policy = Some(file.policy);
    Ok(record)
}
