// The page's first script (tools/bundle's csp_selector): classic, ES3,
// constants only. It writes the page's Content-Security-Policy meta with
// document.write: the old engines' policy (wasm under 'unsafe-eval') where
// Array.prototype.findLast is missing, else the strict one, and the strict
// one if the test throws. No minifier runs on it, so it is written here as
// it ships, on one line. The bundler drops this header, the blank line after
// it and the file's final newline, and puts the line in
// <script id="csp">...</script>.
//
// Placeholders (the two policies differ only in the wasm keyword, so the
// common text is there once):
//   __CSP_BEFORE__     the strict policy up to its wasm keyword
//   __CSP_AFTER__      the strict policy after its wasm keyword
//   __OLD_WASM_EVAL__  the old engines' wasm keyword, 'unsafe-eval' (OLD_WASM_EVAL)
//   __WASM_EVAL__      the strict wasm keyword, 'wasm-unsafe-eval' (WASM_EVAL)

(function(){var o=false;try{o=typeof Array.prototype.findLast!="function"}catch(e){o=false}finally{document.write("<meta http-equiv=\"Content-Security-Policy\" content=\"__CSP_BEFORE__"+(o?"__OLD_WASM_EVAL__":"__WASM_EVAL__")+"__CSP_AFTER__\">")}})()
