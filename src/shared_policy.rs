use std::ops::Deref;
use std::rc::Rc;

use escalation_core::Policy;

/// A policy shared between components. Two are equal when they are the same
/// policy object, so passing one as a prop costs a pointer comparison rather
/// than a walk through the whole policy on every render.
#[derive(Clone, Debug)]
pub struct SharedPolicy(Rc<Policy>);

impl SharedPolicy {
    pub fn new(policy: Policy) -> Self {
        SharedPolicy(Rc::new(policy))
    }
}

impl PartialEq for SharedPolicy {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Deref for SharedPolicy {
    type Target = Policy;

    fn deref(&self) -> &Policy {
        &self.0
    }
}
