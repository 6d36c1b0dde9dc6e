//! The publisher page's WebAssembly: its own bundle, so the widget's does
//! not grow (`src/publish/`).
fn main() {
    escalation_guide::publish::start();
}
