//! The decoder's wasm face, for the page's boot script. No allocator: the
//! memory grows at its end for each buffer, and the script reads the
//! output where [`decode`] says it is.
//!
//! The script grows the memory (`memory.grow`, which returns the old size
//! in pages), copies the stream there, and calls [`decode`] with its
//! address and length; [`decode`] grows the memory again for the output
//! and the probabilities and returns the output's address, or 0 when the
//! stream is damaged. The script takes the size from the header.

use core::arch::wasm32::memory_grow;

const PAGE: usize = 65536;

/// Grows the memory by at least `bytes`; the new part's address, or `None`
/// when the engine refuses.
fn grow(bytes: usize) -> Option<*mut u8> {
    let pages = bytes.div_ceil(PAGE);
    match memory_grow(0, pages) {
        usize::MAX => None,
        old => Some((old * PAGE) as *mut u8),
    }
}

/// Decodes the `len` bytes at `src` (header included): the output's
/// address, or 0 when the stream is damaged or the memory cannot grow.
///
/// # Safety
/// `src..src + len` must be memory the caller owns.
#[no_mangle]
pub unsafe extern "C" fn decode(src: *const u8, len: usize) -> usize {
    let src = core::slice::from_raw_parts(src, len);
    let Ok(header) = crate::Header::read(src) else {
        return 0;
    };
    let probs_bytes = header.probs_len() * 2;
    // The probabilities first, where the address is even.
    let Some(at) = header.size.checked_add(probs_bytes).and_then(grow) else {
        return 0;
    };
    let probs = core::slice::from_raw_parts_mut(at as *mut u16, header.probs_len());
    let out = core::slice::from_raw_parts_mut(at.add(probs_bytes), header.size);
    match crate::decode(src, out, probs) {
        Ok(()) => out.as_mut_ptr() as usize,
        Err(_) => 0,
    }
}

// Never reached (the decoder checks what it indexes); the wasm traps if it is.
#[cfg(not(test))]
#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    core::arch::wasm32::unreachable()
}
