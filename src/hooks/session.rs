use std::rc::Rc;

use yew::prelude::*;

use crate::guide::Session;

/// The journey on screen and what can be done with it, given by `App`.
#[hook]
pub fn use_session() -> Rc<Session> {
    use_context::<Rc<Session>>().expect("the widget's components are inside App")
}
