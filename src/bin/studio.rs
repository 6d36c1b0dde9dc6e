//! The policy studio's WebAssembly: its own bundle, so the widget's does
//! not grow (`src/studio/`).
fn main() {
    escalation_guide::studio::start();
}
