// The page's boot module script (tools/bundle's boot_script): the decoders
// that turn the data blocks' text back into the wasm, the glue's script and
// the later styles (unpack, and lzma with crates/lzma's wasm), then the
// async start of the app. The bundler
// fills the placeholders and hands the text to the minifier; this header and
// the blank line after it are not part of the script.
//
// Placeholders:
//   __GLUE_READY__    the global the glue's script sets to its init function (GLUE_READY)
//   __MODULE_RAN__    the global index.html checks at DOMContentLoaded (MODULE_RAN)
//   __WASM_DATA_ID__  the id of the data block that holds the wasm (WASM_DATA_ID)
//   __DECODER_ID__    the id of the data block that holds the LZMA decoder's wasm (DECODER_ID)

/** A file cut short or changed on the way (a download that stopped, a
 * copy that failed): the boot says so instead of decoding past its end. */
function damaged() {
  return new Error("damaged");
}
/** A data block's bytes from its text (see tools/bundle's pack): the LZMA
 * decoder's wasm, or the LZMA of the app's wasm, its glue and the after-boot styles:
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
/** The LZMA stream (the "alone" format the bundler writes: a 13-byte
 * header with the size) decoded by crates/lzma's wasm, whose instantiation
 * the caller started: the stream is copied to the end of the decoder's
 * memory, and `decode` grows it for the output and says where that is
 * (0: damaged). The bytes are a view of the decoder's memory. */
async function lzma(decoder, src) {
  if (src.length < 18) throw damaged();
  const { memory, decode } = (await decoder).instance.exports;
  const at = memory.grow(Math.ceil(src.length / 65536)) * 65536;
  new Uint8Array(memory.buffer).set(src, at);
  const out = decode(at, src.length) >>> 0;
  if (!out) throw damaged();
  return new Uint8Array(memory.buffer, out, (src[5] | src[6] << 8 | src[7] << 16 | src[8] << 24) >>> 0);
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
  // The decoder compiles while the app's stream is read.
  const decoder = WebAssembly.instantiate(unpack(document.getElementById("__DECODER_ID__").textContent));
  const block = document.getElementById("__WASM_DATA_ID__");
  const bytes = await lzma(decoder, unpack(block.textContent));
  const n = +block.dataset.wasm, g = n + +block.dataset.glue;
  if (!(n > 0 && g > n && g <= bytes.length)) throw damaged();
  performance.mark("ziping-unpacked");
  // After the wasm come wasm-bindgen's glue, a classic script that runs as
  // it is added and hands over its init function, and the stylesheets the
  // first screen does not need (tools/bundle's GLUE_READY, AFTER_BOOT); the
  // policy holds their hashes.
  const text = new TextDecoder();
  const glue = document.createElement("script");
  glue.textContent = text.decode(bytes.subarray(n, g));
  document.head.appendChild(glue);
  const init = window.__GLUE_READY__;
  if (typeof init !== "function") throw new Error("glue");
  const style = document.createElement("style");
  style.textContent = text.decode(bytes.subarray(g));
  document.head.appendChild(style);
  await init({ module_or_path: bytes.subarray(0, n) });
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
