//! The wasm binary behind `<news-card>`. It has nothing to run at start-up: the loader
//! (`loader/news-card.js`) defines the element and calls `news_card::embed::mount` for each
//! card, which this binary exports by linking the library.

use news_card as _;

fn main() {}
