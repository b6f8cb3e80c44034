//! The demo page's entry point: mounts one card into `#news-card`.

fn main() {
    news_card::mount_demo();
}
