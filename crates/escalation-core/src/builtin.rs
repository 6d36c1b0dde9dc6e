//! The built-in policies, compiled in from `policies/*.json`.

use std::sync::OnceLock;

use crate::policy::Policy;

/// The policy the widget shows unless another is chosen.
pub const DEFAULT_POLICY_ID: &str = "pan-berkshire-2026";

/// The id and file text of each built-in policy, current ones first.
pub const BUILT_IN_FILES: [(&str, &str); 4] = [
    (
        "pan-berkshire-2026",
        include_str!("../../../policies/pan-berkshire-2026.json"),
    ),
    (
        "bedfordshire-luton-2018",
        include_str!("../../../policies/bedfordshire-luton-2018.json"),
    ),
    (
        "white-rock-preschool",
        include_str!("../../../policies/white-rock-preschool.json"),
    ),
    (
        "berkshire-lscb-2017",
        include_str!("../../../policies/berkshire-lscb-2017.json"),
    ),
];

/// Every built-in policy, in the order of [`BUILT_IN_FILES`].
pub fn built_in_policies() -> &'static [Policy] {
    static POLICIES: OnceLock<Vec<Policy>> = OnceLock::new();
    POLICIES.get_or_init(|| {
        BUILT_IN_FILES
            .iter()
            .map(|(id, text)| {
                // Each file passes `load_policy`'s full checks in this crate's
                // tests, so plain parsing is enough here. It keeps the
                // located-error machinery out of the widget's download.
                serde_json::from_str(text)
                    .unwrap_or_else(|error| panic!("built-in policy {id} is invalid: {error}"))
            })
            .collect()
    })
}

pub fn built_in_policy(id: &str) -> Option<&'static Policy> {
    built_in_policies().iter().find(|policy| policy.id == id)
}

pub fn default_policy() -> &'static Policy {
    built_in_policy(DEFAULT_POLICY_ID).expect("the default policy is built in")
}
