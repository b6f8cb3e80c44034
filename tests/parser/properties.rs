//! Property tests of the parser: random token soup, mutations of the real content file and
//! random bytes never make it panic, and every error it gives names a line of the input.

use news_card_parse::{parse, parse_bytes};

use super::SEED;

/// A small deterministic generator, so that failures reproduce.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn check_never_panics(source: &str) {
    let lines = source.split('\n').count();
    match std::panic::catch_unwind(|| parse(source)) {
        Ok(Ok(articles)) => {
            for a in articles {
                assert!(!a.headline.is_empty() && !a.paragraphs.is_empty() && !a.slug.is_empty());
            }
        }
        Ok(Err(err)) => {
            assert!(
                err.line >= 1 && err.line <= lines,
                "line {} of {lines}: {source:?}",
                err.line
            );
            assert!(!err.message.is_empty());
        }
        Err(_) => panic!("parser panicked on {source:?}"),
    }
}

#[test]
fn property_random_token_soup_never_panics() {
    const TOKENS: &[&str] = &[
        "TT",
        "\n",
        "\n",
        "\n\n",
        "\n\n\n",
        " ",
        "Head",
        "line",
        "(Photo by ",
        ")",
        " / ",
        "’",
        "\r",
        "\u{feff}",
        "é",
        "A",
        "A A",
        "x(Photo by )",
        "(",
        "TT ",
    ];
    let mut rng = XorShift(0x9e37_79b9_7f4a_7c15);
    for _ in 0..20_000 {
        let len = rng.below(40);
        let source: String = (0..len).map(|_| TOKENS[rng.below(TOKENS.len())]).collect();
        check_never_panics(&source);
    }
}

#[test]
fn property_mutations_of_the_real_file_never_panic() {
    let lines: Vec<&str> = SEED.split('\n').collect();
    let mut rng = XorShift(0x2545_f491_4f6c_dd1d);
    for _ in 0..3_000 {
        let mut mutated = lines.clone();
        for _ in 0..=rng.below(4) {
            let at = rng.below(mutated.len());
            match rng.below(4) {
                0 => {
                    mutated.remove(at);
                }
                1 => {
                    let copy = mutated[rng.below(mutated.len())];
                    mutated.insert(at, copy);
                }
                2 => mutated.insert(at, ""),
                _ => {
                    let other = rng.below(mutated.len());
                    mutated.swap(at, other);
                }
            }
            if mutated.is_empty() {
                break;
            }
        }
        check_never_panics(&mutated.join("\n"));
    }
}

#[test]
fn property_random_bytes_never_panic() {
    let mut rng = XorShift(0xdead_beef_cafe_f00d);
    for _ in 0..5_000 {
        let bytes: Vec<u8> = (0..rng.below(64)).map(|_| rng.next() as u8).collect();
        if std::panic::catch_unwind(|| parse_bytes(&bytes)).is_err() {
            panic!("parser panicked on {bytes:?}");
        }
    }
}
