use std::ops::Deref;

use escalation_core::Policy;

/// A policy shared between components. Built-in policies live as long as
/// the page, so components hold a plain reference, and two are equal when
/// they are the same policy: a pointer comparison rather than a walk
/// through the whole policy on every render.
#[derive(Clone, Copy, Debug)]
pub struct SharedPolicy(pub &'static Policy);

impl PartialEq for SharedPolicy {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

impl Deref for SharedPolicy {
    type Target = Policy;

    fn deref(&self) -> &Policy {
        self.0
    }
}

impl SharedPolicy {
    /// Finds a policy by id for a saved record: this one (a host's own
    /// policy may share a built-in id), else a built-in one.
    pub fn finder(self) -> impl Fn(&str) -> Option<&'static Policy> {
        move |id| {
            if id == self.0.id {
                Some(self.0)
            } else {
                escalation_core::built_in_policy(id)
            }
        }
    }
}
