use std::rc::Rc;

use yew::prelude::*;

use crate::guide::Guide;

/// The guide (the policy followed, today, the calendar, the host's
/// contacts), given by `App`.
#[hook]
pub fn use_guide() -> Rc<Guide> {
    use_context::<Rc<Guide>>().expect("the widget's components are inside App")
}
