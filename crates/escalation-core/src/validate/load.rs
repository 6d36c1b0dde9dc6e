//! Reading a policy file in layers: size and encoding, JSON syntax, shape,
//! then the rules.

use serde::de::IgnoredAny;

use crate::policy::{MAX_POLICY_FILE_BYTES, Policy};

use super::problem::Problem;
use super::rules::validate;

/// Read a policy from the bytes of a file, and check it.
pub fn load_policy(bytes: &[u8]) -> Result<Policy, Vec<Problem>> {
    let (policy, text) = read(bytes)?;
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

/// Read a policy from the bytes of a file without the rules that types
/// cannot express: for the studio, which opens a file to fix it.
pub fn read_policy(bytes: &[u8]) -> Result<Policy, Vec<Problem>> {
    read(bytes).map(|(policy, _)| policy)
}

/// Size, encoding, syntax and shape, in that order: the policy and the
/// file's text.
fn read(bytes: &[u8]) -> Result<(Policy, &str), Vec<Problem>> {
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
    Ok((read_shape(text)?, text))
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
