//! The LZMA decoder the single file boots with: the "alone" format the
//! bundler writes (tools/bundle's `lzma`: a 13-byte header with the
//! uncompressed size, then the range-coded stream), after the LZMA SDK's
//! LzmaSpec.cpp. The whole output is the dictionary, so the decoder needs
//! no window of its own and no allocator: the caller passes the output and
//! the probabilities, sized from the header ([`Header`]).
//!
//! Built for wasm32 it is `no_std` and exports [`wasm`]'s two functions; the
//! page's boot script instantiates it and decodes the app's wasm with it.
//! Damaged input (cut short, changed) is an [`Error`], never a panic or a
//! read out of bounds, and the work is bounded by the output's size.
#![cfg_attr(all(target_arch = "wasm32", not(test)), no_std)]

#[cfg(target_arch = "wasm32")]
pub mod wasm;

/// The header's length: properties (1), dictionary size (4), size (8).
pub const HEADER_LEN: usize = 13;

/// Probabilities before the literal coders (see [`decode`]'s layout).
const LITERALS: usize = 1847;

/// Why a stream cannot be decoded. Every case means the same to a person: the
/// file was cut short or changed on the way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Error {
    /// The header is short, or its properties or size are out of range.
    Header,
    /// The stream ended before the output was whole.
    Truncated,
    /// The stream asks for something impossible: a match before the start
    /// of the output or past its end.
    Corrupt,
    /// The buffers given are not the sizes the header asks for.
    Buffers,
}

impl core::fmt::Display for Error {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(match self {
            Error::Header => "lzma: bad header",
            Error::Truncated => "lzma: stream cut short",
            Error::Corrupt => "lzma: corrupt stream",
            Error::Buffers => "lzma: buffers of the wrong size",
        })
    }
}

/// What the 13-byte header says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Header {
    /// Literal context bits (0-8).
    pub lc: u32,
    /// Literal position bits (0-4).
    pub lp: u32,
    /// Position bits (0-4).
    pub pb: u32,
    /// The uncompressed size.
    pub size: usize,
}

impl Header {
    /// Reads the header; the stream must also hold the range coder's first
    /// five bytes. A size the platform cannot address (or liblzma's "size
    /// unknown") is [`Error::Header`]: the bundler always writes it.
    pub fn read(src: &[u8]) -> Result<Header, Error> {
        if src.len() < HEADER_LEN + 5 || src[0] >= 225 {
            return Err(Error::Header);
        }
        let props = u32::from(src[0]);
        let mut size = [0; 8];
        size.copy_from_slice(&src[5..13]);
        let size = u64::from_le_bytes(size);
        // At most 2 GiB: what a wasm32 memory can hold beside the input.
        if size > 1 << 31 {
            return Err(Error::Header);
        }
        Ok(Header {
            lc: props % 9,
            lp: props / 9 % 5,
            pb: props / 45,
            size: size as usize,
        })
    }

    /// How many probabilities the decoder needs.
    pub fn probs_len(&self) -> usize {
        LITERALS + (0x300 << (self.lc + self.lp))
    }
}

/// The range decoder. Past the end of the input it reads zeros and
/// remembers that it did; [`decode`] checks once per symbol, which keeps the
/// bit decoder free of a branch to an error.
///
/// The probability arrays are indexed without bounds checks (each check is
/// code that would pull in the panic machinery, and time in the hot loop):
/// every index is bounded by the format itself (a state below 12, a
/// position state below 16, a tree node below its tree's size), and the
/// literal coders' place by the buffer's size, which [`decode`] checks.
/// The debug builds (the native tests, corrupted streams included) assert
/// each of them. What the input alone decides, the distance of a match, is
/// checked and is an [`Error`].
struct Range<'a> {
    src: &'a [u8],
    pos: usize,
    range: u32,
    code: u32,
}

const TOP: u32 = 1 << 24;

impl Range<'_> {
    #[inline(always)]
    fn normalize(&mut self) {
        if self.range < TOP {
            let b = self.src.get(self.pos).copied().unwrap_or(0);
            self.pos += 1;
            self.range <<= 8;
            self.code = (self.code << 8) | u32::from(b);
        }
    }

    /// One bit with the probability `probs[i]`.
    ///
    /// # Safety
    /// `i < probs.len()`.
    #[inline(always)]
    unsafe fn bit(&mut self, probs: &mut [u16], i: usize) -> u32 {
        debug_assert!(i < probs.len());
        let p = probs.get_unchecked_mut(i);
        let bound = (self.range >> 11) * u32::from(*p);
        let b = if self.code < bound {
            self.range = bound;
            *p += (2048 - *p) >> 5;
            0
        } else {
            self.range -= bound;
            self.code -= bound;
            *p -= *p >> 5;
            1
        };
        self.normalize();
        b
    }

    /// [`Range::bit`] as a call, for the bits coded once per match (its
    /// kind, the length's choice, a distance's reverse tree): only the hot
    /// ones, is-match, the literals' and the bit trees', have it inline.
    ///
    /// # Safety
    /// `i < probs.len()`.
    #[inline(never)]
    unsafe fn bit_call(&mut self, probs: &mut [u16], i: usize) -> u32 {
        self.bit(probs, i)
    }

    /// A bit tree's node below `limit` (a power of two) from node `m`, with
    /// `probs[at + node]`: the node reached, `limit` or more. One function
    /// for the literals, lengths and distance slots.
    ///
    /// # Safety
    /// `at + limit <= probs.len()` (every node read is below `limit`).
    #[inline(never)]
    unsafe fn tree(&mut self, probs: &mut [u16], at: usize, mut m: u32, limit: u32) -> u32 {
        while m < limit {
            m = (m << 1) | self.bit(probs, at + m as usize);
        }
        m
    }

    /// `n` bits of a reverse bit tree at `probs[at + node]`, nodes below
    /// `1 << n`.
    ///
    /// # Safety
    /// `at + (1 << n) <= probs.len()`.
    #[inline(never)]
    unsafe fn reverse_tree(&mut self, probs: &mut [u16], at: usize, n: u32) -> u32 {
        let mut m = 1;
        let mut r = 0;
        for i in 0..n {
            let b = self.bit_call(probs, at + m);
            m = (m << 1) | b as usize;
            r |= b << i;
        }
        r
    }

    fn direct(&mut self, n: u32) -> u32 {
        let mut r = 0;
        for _ in 0..n {
            self.range >>= 1;
            let t = u32::from(self.code >= self.range);
            if t == 1 {
                self.code -= self.range;
            }
            r = (r << 1) | t;
            self.normalize();
        }
        r
    }

    /// A match length less 2, with the length coder at `probs[at..at + 514]`:
    /// [choice, choice2, low 16×8, mid 16×8, high 256].
    ///
    /// # Safety
    /// `at + 514 <= probs.len()` and `pos_state < 16`.
    #[inline(never)]
    unsafe fn length(&mut self, probs: &mut [u16], at: usize, pos_state: usize) -> u32 {
        if self.bit_call(probs, at) == 0 {
            self.tree(probs, at + 2 + (pos_state << 3), 1, 8) - 8
        } else if self.bit_call(probs, at + 1) == 0 {
            self.tree(probs, at + 130 + (pos_state << 3), 1, 8)
        } else {
            self.tree(probs, at + 258, 1, 256) - 240
        }
    }
}

/// Decodes `src` (header included) into `out`, which must be
/// [`Header::size`] bytes, with `probs`, which must be
/// [`Header::probs_len`] long (its contents do not matter).
pub fn decode(src: &[u8], out: &mut [u8], probs: &mut [u16]) -> Result<(), Error> {
    let header = Header::read(src)?;
    if out.len() != header.size || probs.len() != header.probs_len() {
        return Err(Error::Buffers);
    }
    // The range coder's first byte is always 0.
    if src[HEADER_LEN] != 0 {
        return Err(Error::Corrupt);
    }
    probs.fill(1024);
    let mut decoder = Decoder {
        rc: Range {
            src,
            pos: HEADER_LEN + 5,
            range: u32::MAX,
            code: u32::from_be_bytes([src[14], src[15], src[16], src[17]]),
        },
        header,
        state: 0,
        reps: [0; 4],
        o: 0,
    };
    // In stretches, each a call of its own: an engine runs a call to the
    // end with the code it started with, and compiles a hot function
    // again, optimised, only for the calls after (V8 starts with its
    // baseline compiler). One call for the whole output would run all of
    // it in the baseline code.
    while decoder.o < out.len() {
        let until = out.len().min(decoder.o + STRETCH);
        decoder.run(out, probs, until)?;
    }
    if decoder.rc.pos > src.len() {
        return Err(Error::Truncated);
    }
    Ok(())
}

/// The output decoded per call of [`Decoder::run`].
const STRETCH: usize = 16 << 10;

/// What the decoding carries from one stretch to the next.
struct Decoder<'a> {
    rc: Range<'a>,
    header: Header,
    state: usize,
    reps: [u32; 4],
    /// How much of the output is decoded.
    o: usize,
}

impl Decoder<'_> {
    /// Decodes until at least `until` bytes of `out` are decoded (a match
    /// may go further). `probs` must be [`Header::probs_len`] long.
    #[inline(never)]
    fn run(&mut self, out: &mut [u8], probs: &mut [u16], until: usize) -> Result<(), Error> {
        // Every probability in one array, as in the page's old JS decoder:
        // [isMatch 192, isRep 12, isRepG0 12, isRepG1 12, isRepG2 12,
        // isRep0Long 192, slot 256, special 115, align 16, len 514, repLen 514,
        // literals (from 1847)].
        if probs.len() != self.header.probs_len() {
            return Err(Error::Buffers);
        }
        let size = out.len();
        let until = until.min(size);
        let src_len = self.rc.src.len();
        let lc = self.header.lc;
        let pb_mask = (1 << self.header.pb) - 1;
        let lp_mask = (1 << self.header.lp) - 1;
        // Locals, not fields, in the loop.
        let rc = &mut self.rc;
        let mut state = self.state;
        let [mut rep0, mut rep1, mut rep2, mut rep3] = self.reps;
        let mut o = self.o;
        // SAFETY (every `bit`, `tree`, `reverse_tree` and `length` below):
        // `state < 12` (it is only ever set to one of 0..=11) and
        // `pos_state < 16` (`pb <= 4`), so the coders' indices are within
        // their blocks of the layout above, all below LITERALS; the literal
        // coders' block `at..at + 0x300` is within `probs_len` for any
        // `o & lp_mask < 1 << lp` and `prev >> (8 - lc) < 1 << lc`.
        let result = loop {
            debug_assert!(state < 12 && o <= size);
            if o >= until {
                break Ok(());
            }
            if rc.pos > src_len {
                break Err(Error::Truncated);
            }
            let pos_state = o & pb_mask;
            if unsafe { rc.bit(probs, (state << 4) + pos_state) } == 0 {
                // SAFETY: o < until <= size.
                let prev = if o > 0 {
                    u32::from(unsafe { *out.get_unchecked(o - 1) })
                } else {
                    0
                };
                let at = LITERALS
                    + 0x300 * ((((o & lp_mask) as u32) << lc) + (prev >> (8 - lc))) as usize;
                debug_assert!(at + 0x300 <= probs.len());
                let mut s = 1u32;
                if state >= 7 {
                    // After a match the literal is coded against the byte the
                    // match would have copied next; rep0 < o holds there.
                    let Some(&m) = out.get(o.wrapping_sub(rep0 as usize).wrapping_sub(1)) else {
                        break Err(Error::Corrupt);
                    };
                    let mut m = u32::from(m);
                    loop {
                        let mb = (m >> 7) & 1;
                        m <<= 1;
                        let b = unsafe { rc.bit(probs, at + (((1 + mb) << 8) + s) as usize) };
                        s = (s << 1) | b;
                        if mb != b || s >= 256 {
                            break;
                        }
                    }
                }
                let byte = unsafe { rc.tree(probs, at, s, 256) } as u8;
                // SAFETY: o < until <= size.
                unsafe { *out.get_unchecked_mut(o) = byte };
                o += 1;
                state = if state < 4 {
                    0
                } else if state < 10 {
                    state - 3
                } else {
                    state - 6
                };
                continue;
            }
            let len;
            if unsafe { rc.bit_call(probs, 192 + state) } == 1 {
                if o == 0 {
                    break Err(Error::Corrupt);
                }
                if unsafe { rc.bit_call(probs, 204 + state) } == 0 {
                    if unsafe { rc.bit_call(probs, 240 + (state << 4) + pos_state) } == 0 {
                        // A short rep: one byte from rep0.
                        if rep0 as usize >= o {
                            break Err(Error::Corrupt);
                        }
                        state = if state < 7 { 9 } else { 11 };
                        // SAFETY: rep0 < o < until <= size.
                        unsafe {
                            *out.get_unchecked_mut(o) = *out.get_unchecked(o - rep0 as usize - 1)
                        };
                        o += 1;
                        continue;
                    }
                } else {
                    let d;
                    if unsafe { rc.bit_call(probs, 216 + state) } == 0 {
                        d = rep1;
                    } else {
                        if unsafe { rc.bit_call(probs, 228 + state) } == 0 {
                            d = rep2;
                        } else {
                            d = rep3;
                            rep3 = rep2;
                        }
                        rep2 = rep1;
                    }
                    rep1 = rep0;
                    rep0 = d;
                }
                len = unsafe { rc.length(probs, 1333, pos_state) };
                state = if state < 7 { 8 } else { 11 };
            } else {
                rep3 = rep2;
                rep2 = rep1;
                rep1 = rep0;
                len = unsafe { rc.length(probs, 819, pos_state) };
                state = if state < 7 { 7 } else { 10 };
                let slot =
                    unsafe { rc.tree(probs, 432 + ((len.min(3) as usize) << 6), 1, 64) } - 64;
                if slot < 4 {
                    rep0 = slot;
                } else {
                    let n = (slot >> 1) - 1;
                    let mut d = (2 | (slot & 1)) << n;
                    if slot < 14 {
                        d += unsafe { rc.reverse_tree(probs, (688 + d - slot) as usize, n) };
                    } else {
                        d = d.wrapping_add(rc.direct(n - 4) << 4);
                        d = d.wrapping_add(unsafe { rc.reverse_tree(probs, 803, 4) });
                    }
                    rep0 = d;
                }
            }
            // A match copies from what is already out and stays within the size
            // (the end marker's distance, all ones, is never within it).
            let len = len as usize + 2;
            let rep = rep0 as usize;
            if rep >= o || size - o < len {
                break Err(Error::Corrupt);
            }
            // Byte by byte: the match may overlap what it writes.
            // SAFETY: rep < o and o + len <= size, checked just above.
            for i in o..o + len {
                unsafe { *out.get_unchecked_mut(i) = *out.get_unchecked(i - rep - 1) };
            }
            o += len;
        };
        self.state = state;
        self.reps = [rep0, rep1, rep2, rep3];
        self.o = o;
        result
    }
}
