//! Reading a policy file in layers: size and encoding, JSON syntax, shape,
//! then the rules.

use serde::de::IgnoredAny;

use crate::policy::{MAX_POLICY_FILE_BYTES, Policy};

use super::problem::Problem;
use super::rules::validate;

/// Read a policy from the bytes of a file, and check it.
pub fn load_policy(bytes: &[u8]) -> Result<Policy, Vec<Problem>> {
    if bytes.len() > MAX_POLICY_FILE_BYTES {
        return Err(vec![Problem::file_too_large(bytes.len() as u64)]);
    }
    let text = std::str::from_utf8(bytes).map_err(|error| {
        vec![Problem::whole_file(format!(
            "the file is not UTF-8 text (the first bad byte is at offset {})",
            error.valid_up_to()
        ))]
    })?;
    // Some editors start a UTF-8 file with a byte order mark: read past it.
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(vec![Problem::whole_file("the file is empty")]);
    }
    // Syntax first, so broken JSON is reported as such rather than as a
    // confusing complaint about a field.
    // (serde_json skips values without recursing, so deep nesting is safe.)
    serde_json::from_str::<IgnoredAny>(text)
        .map_err(|error| vec![Problem::from_json(String::new(), &error)])?;
    if !text.trim_start().starts_with('{') {
        return Err(vec![Problem::whole_file(
            "a policy file must be a JSON object, starting with {",
        )]);
    }
    let policy = read_shape(text)?;
    #[allow(unused_mut)]
    let mut problems = validate(&policy);
    // Each at its place in the file, as a syntax error is (with the
    // `json-paths` feature, as policy-tool has it: the widget names the
    // path only, which keeps the locator out of its download).
    #[cfg(feature = "json-paths")]
    for problem in &mut problems {
        if problem.line_column.is_none() {
            problem.line_column = super::locate::locate(text, &problem.path);
        }
    }
    if problems.is_empty() {
        Ok(policy)
    } else {
        Err(problems)
    }
}

/// Read a policy from the bytes of a file as [`load_policy`] does, but
/// keep a policy that breaks only the rules types cannot express: for the
/// studio, which opens a file to fix it. (Written around `load_policy`,
/// not beside it, so the widget's loader stays as it is.)
pub fn read_policy(bytes: &[u8]) -> Result<Policy, Vec<Problem>> {
    let problems = match load_policy(bytes) {
        Ok(policy) => return Ok(policy),
        Err(problems) => problems,
    };
    // Size, encoding, syntax and shape passed if the same text reads as a
    // policy: then only the rules failed.
    let text = std::str::from_utf8(bytes)
        .ok()
        .filter(|_| bytes.len() <= MAX_POLICY_FILE_BYTES)
        .map(|text| text.strip_prefix('\u{FEFF}').unwrap_or(text))
        .filter(|text| text.trim_start().starts_with('{'));
    match text.map(serde_json::from_str::<Policy>) {
        Some(Ok(policy)) => Ok(policy),
        _ => Err(problems),
    }
}

/// The policy's shape, with the JSON path of a missing field or a wrong
/// value as well as its line and column.
#[cfg(feature = "json-paths")]
fn read_shape(text: &str) -> Result<Policy, Vec<Problem>> {
    let mut deserializer = serde_json::Deserializer::from_str(text);
    serde_path_to_error::deserialize(&mut deserializer).map_err(|error| {
        let path = error.path().to_string();
        let path = if path == "." { String::new() } else { path };
        vec![Problem::from_json(path, error.inner())]
    })
}

/// The policy's shape, with the line and column of a missing field or a
/// wrong value. (Without the `json-paths` feature: the same file is
/// accepted or refused, and the problem located by line and column only,
/// which keeps the path-tracking reader out of the widget's download.)
#[cfg(not(feature = "json-paths"))]
fn read_shape(text: &str) -> Result<Policy, Vec<Problem>> {
    serde_json::from_str(text).map_err(|error| vec![Problem::from_json(String::new(), &error)])
}
