//! The page's LZMA decoder (crates/lzma, which the page runs as wasm) on
//! the streams the bundler's own `lzma` writes: it restores them, and it
//! refuses a stream cut short or changed with an error, never a panic, a
//! read out of bounds or a hang.

use bundle::lzma;
use ziping_lzma::{decode, Error, Header};

/// The decoder's output for `src`, with buffers sized from the header as
/// the page sizes them.
fn run(src: &[u8]) -> Result<Vec<u8>, Error> {
    let header = Header::read(src)?;
    let mut out = vec![0; header.size];
    let mut probs = vec![0; header.probs_len()];
    decode(src, &mut out, &mut probs)?;
    Ok(out)
}

/// Bytes like compressed code: few symbols, no long repeats.
fn noise(n: u32) -> Vec<u8> {
    (0..n)
        .map(|i| ((i.wrapping_mul(2_654_435_761) >> 13) as u8) & 0x3f)
        .collect()
}

/// Bytes no compressor can shrink (xorshift).
fn random(n: usize, mut x: u64) -> Vec<u8> {
    (0..n)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x as u8
        })
        .collect()
}

/// Varied input (literals, short and long matches, repeated distances,
/// distances past the 14th slot's direct bits), a long run, every byte
/// value.
fn varied() -> Vec<u8> {
    let mut bytes = noise(300_000);
    bytes.extend(b"\0asm".repeat(3000));
    bytes.extend((0..=255u8).cycle().take(70_000));
    bytes.extend(std::iter::repeat_n(7u8, 20_000));
    bytes.extend_from_within(1_000..200_000);
    bytes
}

#[test]
fn restores_what_the_bundler_compressed() {
    let text = "从严治部 · 个人自评：五项工作。".repeat(2000);
    let inputs: [&[u8]; 6] = [
        b"",
        b"a",
        text.as_bytes(),
        &random(100_000, 0x9e37_79b9_7f4a_7c15),
        &varied(),
        b"\0asm\x01\0\0\0",
    ];
    for input in inputs {
        assert_eq!(
            run(&lzma(input)).as_deref(),
            Ok(input),
            "{} bytes",
            input.len()
        );
    }
}

#[test]
fn restores_the_real_wasm_when_it_was_built() {
    // The app's wasm of the last release build, if there is one here.
    let dist = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../dist");
    let Some(wasm) = std::fs::read_dir(&dist).ok().and_then(|dir| {
        dir.filter_map(Result::ok)
            .map(|e| e.path())
            .find(|p| p.extension().is_some_and(|x| x == "wasm"))
    }) else {
        eprintln!("no dist/*.wasm: skipped");
        return;
    };
    let wasm = std::fs::read(wasm).unwrap();
    assert_eq!(run(&lzma(&wasm)), Ok(wasm));
}

#[test]
fn refuses_a_stream_cut_short() {
    let bytes = noise(50_000);
    let whole = lzma(&bytes);
    // Enough bytes that a cut anywhere but in the coder's last few bytes
    // (or in the end marker, after the output is whole) loses output.
    for cut in [
        0,
        5,
        13,
        17,
        18,
        19,
        40,
        whole.len() / 2,
        whole.len() * 9 / 10,
        whole.len() - 20,
    ] {
        assert!(
            run(&whole[..cut]).is_err(),
            "cut at {cut} of {}",
            whole.len()
        );
    }
    assert_eq!(run(&whole[..whole.len() / 2]), Err(Error::Truncated));
    assert_eq!(run(&whole[..12]), Err(Error::Header));
}

#[test]
fn refuses_a_header_no_encoder_writes() {
    let whole = lzma(b"hello, hello, hello");
    let mut bad = whole.clone();
    bad[0] = 225;
    assert_eq!(run(&bad), Err(Error::Header));
    // liblzma's "size unknown", which the bundler always replaces.
    let mut bad = whole.clone();
    bad[5..13].fill(0xff);
    assert_eq!(run(&bad), Err(Error::Header));
    // The range coder's first byte is always 0.
    let mut bad = whole.clone();
    bad[13] = 1;
    assert_eq!(run(&bad), Err(Error::Corrupt));
    // Buffers not the header's sizes.
    let header = Header::read(&whole).unwrap();
    let mut probs = vec![0; header.probs_len()];
    assert_eq!(
        decode(&whole, &mut vec![0; header.size + 1], &mut probs),
        Err(Error::Buffers)
    );
}

#[test]
fn a_changed_byte_is_an_error_or_other_bytes_never_a_panic() {
    // Every position of a small stream and many of a large one, each with
    // a few values: the decoder either refuses or returns the header's
    // size of bytes (LZMA has no checksum; the app's wasm then fails to
    // compile).
    let small = lzma(&varied()[..4_000]);
    let large = lzma(&varied());
    let (mut refused, mut tried) = (0, 0);
    for (whole, step) in [(&small, 1), (&large, 997)] {
        for at in (HEADER_END..whole.len()).step_by(step) {
            for flip in [0x01, 0x80, 0xff] {
                let mut bad = whole.clone();
                bad[at] ^= flip;
                tried += 1;
                match run(&bad) {
                    Ok(out) => assert_eq!(out.len(), Header::read(whole).unwrap().size),
                    Err(_) => refused += 1,
                }
            }
        }
    }
    // Many changes are caught on the way (a match before the start, the
    // stream running out); the others only change the bytes.
    assert!(refused * 4 > tried, "{refused} of {tried} refused");
}

/// Where the range-coded stream starts: the header's size field is covered
/// by its own test.
const HEADER_END: usize = 13;

#[test]
fn a_header_size_beyond_the_stream_is_cut_short_not_a_hang() {
    // The output buffer is the header's size; the stream runs out long
    // before: an error after at most that many symbols.
    let mut src = lzma(b"abc");
    src[5..13].copy_from_slice(&(64u64 << 20).to_le_bytes());
    let started = std::time::Instant::now();
    assert!(run(&src).is_err());
    assert!(started.elapsed().as_secs() < 5);
}
