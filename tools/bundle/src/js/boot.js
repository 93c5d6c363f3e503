// The page's boot module script (tools/bundle's boot_script): the
// wasm-bindgen glue, then the decoders that turn the data block's text back
// into the wasm (unpack, lzma), then the async start of the app. The bundler
// fills the placeholders and hands the text to the minifier; this header and
// the blank line after it are not part of the script.
//
// Placeholders:
//   __GLUE__          the wasm-bindgen glue, without its export line
//   __MODULE_RAN__    the global index.html checks at DOMContentLoaded (MODULE_RAN)
//   __WASM_DATA_ID__  the id of the data block that holds the wasm (WASM_DATA_ID)

__GLUE__
/** A file cut short or changed on the way (a download that stopped, a
 * copy that failed): the boot says so instead of decoding past its end. */
function damaged() {
  return new Error("damaged");
}
/** The LZMA of the wasm and the after-boot styles from the data block's text (see tools/bundle's pack):
 * the page is windows-1252, so each character is one byte of the file;
 * "=" starts an escaped byte, written as the byte plus 64. The characters
 * windows-1252 gives bytes 0x80-0x9F are asked of the engine's own decoder.
 * A plain function, not module code, so that the engine optimises the loop. */
function unpack(text) {
  const byte = new Uint8Array(8483);
  for (let i = 0; i < 256; i++) byte[i] = i;
  const high = new TextDecoder("windows-1252").decode(Uint8Array.from({ length: 32 }, (_, i) => 128 + i));
  if (new Set(high).size !== 32) throw new Error("windows-1252");
  for (let i = 0; i < 32; i++) byte[high.charCodeAt(i)] = 128 + i;
  const out = new Uint8Array(text.length);
  let o = 0;
  for (let i = 0; i < text.length; i++) {
    const b = byte[text.charCodeAt(i)];
    if (b === 61 && i + 1 === text.length) throw damaged();
    out[o++] = b === 61 ? byte[text.charCodeAt(++i)] - 64 : b;
  }
  return out.subarray(0, o);
}
/** LZMA decoder (the "alone" format the bundler writes: a 13-byte header
 * with the size), after the LZMA SDK's LzmaSpec.cpp. The whole output is
 * the dictionary. */
function lzma(src) {
  if (src.length < 18 || src[0] >= 225) throw damaged();
  const props = src[0], lc = props % 9, lp = (props / 9 | 0) % 5, pb = props / 45 | 0;
  const size = (src[5] | src[6] << 8 | src[7] << 16 | src[8] << 24) >>> 0;
  const out = new Uint8Array(size);
  // Every probability in one array: [isMatch 192, isRep 12, isRepG0 12, isRepG1 12, isRepG2 12,
  // isRep0Long 192, slot 256, special 115, align 16, len 514, repLen 514, literals (from 1847)].
  const P = new Uint16Array(1847 + (0x300 << (lc + lp))).fill(1024);
  let p = 18, range = -1 >>> 0, code = (src[14] << 24 | src[15] << 16 | src[16] << 8 | src[17]) >>> 0;
  // The next byte of the stream; none left before the output is whole
  // means the file was cut short.
  function next() {
    if (p >= src.length) throw damaged();
    return src[p++];
  }
  function bit(i) {
    const bound = (range >>> 11) * P[i];
    let b = 0;
    if (code < bound) { range = bound; P[i] += (2048 - P[i]) >> 5; }
    else { range -= bound; code -= bound; P[i] -= P[i] >> 5; b = 1; }
    if (range < 16777216) { range = range * 256; code = code * 256 + next(); }
    return b;
  }
  function tree(base, n) { let m = 1; for (let i = 0; i < n; i++) m = (m << 1) | bit(base + m); return m - (1 << n); }
  function rtree(base, n) { let m = 1, r = 0; for (let i = 0; i < n; i++) { const b = bit(base + m); m = (m << 1) | b; r |= b << i; } return r; }
  function length(base, posState) {
    return bit(base) === 0 ? tree(base + 2 + (posState << 3), 3)
      : bit(base + 1) === 0 ? 8 + tree(base + 130 + (posState << 3), 3) : 16 + tree(base + 258, 8);
  }
  const pbMask = (1 << pb) - 1, lpMask = (1 << lp) - 1;
  let state = 0, rep0 = 0, rep1 = 0, rep2 = 0, rep3 = 0, o = 0;
  while (o < size) {
    const posState = o & pbMask;
    if (bit((state << 4) + posState) === 0) {
      const base = 1847 + 0x300 * (((o & lpMask) << lc) + ((o ? out[o - 1] : 0) >> (8 - lc)));
      let s = 1;
      if (state >= 7) {
        let m = out[o - rep0 - 1];
        do {
          const mb = (m >> 7) & 1; m <<= 1;
          const b = bit(base + ((1 + mb) << 8) + s);
          s = (s << 1) | b;
          if (mb !== b) break;
        } while (s < 256);
      }
      while (s < 256) s = (s << 1) | bit(base + s);
      out[o++] = s;
      state = state < 4 ? 0 : state < 10 ? state - 3 : state - 6;
      continue;
    }
    let n;
    if (bit(192 + state)) {
      if (bit(204 + state) === 0) {
        if (bit(240 + (state << 4) + posState) === 0) {
          if (rep0 >= o) throw damaged();
          state = state < 7 ? 9 : 11;
          out[o] = out[o - rep0 - 1]; o++;
          continue;
        }
      } else {
        let d;
        if (bit(216 + state) === 0) d = rep1;
        else { if (bit(228 + state) === 0) d = rep2; else { d = rep3; rep3 = rep2; } rep2 = rep1; }
        rep1 = rep0; rep0 = d;
      }
      n = length(1333, posState);
      state = state < 7 ? 8 : 11;
    } else {
      rep3 = rep2; rep2 = rep1; rep1 = rep0;
      n = length(819, posState);
      state = state < 7 ? 7 : 10;
      const ps = tree(432 + ((n < 4 ? n : 3) << 6), 6);
      if (ps < 4) rep0 = ps;
      else {
        const nd = (ps >> 1) - 1;
        let d = (2 | (ps & 1)) << nd;
        if (ps < 14) d += rtree(688 + d - ps, nd);
        else {
          for (let k = nd - 4; k > 0; k--) {
            range = range >>> 1;
            const t = code >= range ? 1 : 0;
            if (t) code -= range;
            d += t << (k + 3);
            if (range < 16777216) { range = range * 256; code = code * 256 + next(); }
          }
          d += rtree(803, 4);
        }
        rep0 = d >>> 0;
      }
    }
    // A match must copy from what is already out, and stay within the size.
    if (rep0 >= o || o + n + 2 > size) throw damaged();
    for (let from = o - rep0 - 1, end = o + n + 2; o < end;) out[o++] = out[from++];
  }
  return out;
}
// Read by index.html at DOMContentLoaded: an engine that cannot parse this
// module never gets here and is told so.
window.__MODULE_RAN__ = 1;
// Wrapped, not top-level `await`: that needs Chromium 89, and the page must
// parse on older engines.
(async () => {
try {
  performance.mark("ziping-boot");
  // A server that declared the page UTF-8 has already lost the wasm's
  // bytes: say so before decoding anything.
  if (document.characterSet !== "windows-1252") throw new Error("charset");
  const block = document.getElementById("__WASM_DATA_ID__");
  const bytes = lzma(unpack(block.textContent)), n = +block.dataset.wasm;
  if (!(n > 0 && n <= bytes.length)) throw damaged();
  performance.mark("ziping-unpacked");
  // After the wasm come the stylesheets the first screen does not need
  // (tools/bundle's AFTER_BOOT); the policy holds their hash.
  const style = document.createElement("style");
  style.textContent = new TextDecoder().decode(bytes.subarray(n));
  document.head.appendChild(style);
  await __wbg_init({ module_or_path: bytes.subarray(0, n) });
  performance.mark("ziping-started");
} catch (e) {
  console.error("ziping failed to start", e);
  const shell = document.getElementById("shell");
  if (shell) shell.remove();
  // A server that declares the page UTF-8 overrides its windows-1252: the
  // wasm's bytes are lost in decoding, whatever the browser. A file cut
  // short or changed is not the browser's fault either.
  const shown = document.characterSet !== "windows-1252" ? ["boot-charset"]
    : e && e.message === "damaged" ? ["boot-damaged"] : ["boot-failed", "boot-browser"];
  for (const id of ["boot", ...shown]) document.getElementById(id).hidden = false;
  document.getElementById("boot-loading").hidden = true;
}
})();
