fn main() {
    escalation_guide::mount_on_page();
}
