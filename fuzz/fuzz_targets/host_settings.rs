//! The settings a host writes (attributes on its element, and the iframe
//! page's address), through the checks in
//! crates/escalation-core/tests/support/fuzz_checks.rs.
#![no_main]

// Each target uses one of the checks.
#[allow(dead_code)]
#[path = "../../crates/escalation-core/tests/support/fuzz_checks.rs"]
mod fuzz_checks;

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| {
    fuzz_checks::check_host_settings_bytes(bytes);
});
