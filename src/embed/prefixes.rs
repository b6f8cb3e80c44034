//! The id prefixes of the cards mounted now: a new card never takes one a mounted card holds,
//! and an unmounted card's prefix is free for the next card at once.

use std::cell::RefCell;

use web_sys::Element;
use yew::AttrValue;

use super::events::warn;
use crate::{
    contract::{default_prefix, TAG},
    page::card_ordinal,
};

thread_local! {
    static IN_USE: RefCell<Vec<AttrValue>> = const { RefCell::new(Vec::new()) };
}

/// Whether a mounted card holds `prefix`.
fn in_use(prefix: &AttrValue) -> bool {
    IN_USE.with_borrow(|used| used.contains(prefix))
}

/// Claims a prefix for the card in `host`: the element's `id`; without one, a prefix from its
/// position among the page's cards (so it is the same on every load of a page), moved on past
/// any prefix a mounted card holds. An `id` another mounted card already holds gets a number
/// added, with a warning, so that no two elements on the page share an id.
pub fn claim(host: &Element) -> AttrValue {
    let id = host.id();
    let id = id.trim();
    let prefix: AttrValue = if id.is_empty() {
        (card_ordinal(host)..)
            .map(|n| AttrValue::from(default_prefix(n)))
            .find(|candidate| !in_use(candidate))
            .unwrap_or_default()
    } else {
        let wanted = AttrValue::from(id.to_owned());
        if in_use(&wanted) {
            let unique = (2..)
                .map(|n| AttrValue::from(format!("{id}-{n}")))
                .find(|candidate| !in_use(candidate))
                .unwrap_or_default();
            warn(&format!(
                "<{TAG} id=\"{id}\">: another card on the page has this id, so this card's \
                 element ids start with \"{unique}\" instead. Give each card its own id."
            ));
            unique
        } else {
            wanted
        }
    };
    IN_USE.with_borrow_mut(|used| used.push(prefix.clone()));
    prefix
}

/// Gives `prefix` back, for the next card to take.
pub fn release(prefix: &AttrValue) {
    IN_USE.with_borrow_mut(|used| {
        if let Some(at) = used.iter().position(|p| p == prefix) {
            used.swap_remove(at);
        }
    });
}
