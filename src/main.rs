//! The wasm binary behind `<news-card>`. It has nothing to run at start-up: the loader
//! (`loader/news-card.js`) defines the element and calls `news_card::embed::mount` for each
//! card, which this binary exports by linking the library.

use news_card as _;

/// A free-list allocator a few hundred bytes long instead of the default dlmalloc (about 7 KB):
/// a card allocates little, on one thread.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
#[allow(
    unsafe_code,
    reason = "the allocator's constructor is unsafe; see SAFETY"
)]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    // SAFETY: wasm32-unknown-unknown without the atomics feature runs on a single thread.
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

fn main() {}
