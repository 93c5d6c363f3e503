#!/usr/bin/env bash
# The pure crates stay pure: none of them may depend, directly or through
# another crate, for any target, on the browser or the UI (yew, web-sys,
# gloo, wasm-bindgen, js-sys), so that `cargo test -p` on them builds
# natively with no UI dependency. The pure crates are every crate under
# crates/. Prints each crate's verdict; exits 1 if any is not pure or
# cannot be checked.
set -euo pipefail
cd "$(dirname "$0")/.."
bad=0
for manifest in crates/*/Cargo.toml; do
  crate=$(awk -F'"' '/^name = /{print $2; exit}' "$manifest")
  # Normal, build and dev dependencies (what `cargo test -p` builds), for
  # every target platform.
  if ! tree=$(cargo tree -p "$crate" --target all -e normal,build,dev --prefix none --format '{p}'); then
    echo "check-pure: cargo tree failed for $crate" >&2
    bad=1
    continue
  fi
  found=$(awk '{print $1}' <<<"$tree" | grep -Ex 'yew|yew-macro|web-sys|gloo|gloo-.*|wasm-bindgen|js-sys' | sort -u | tr '\n' ' ' || true)
  if [ -n "$found" ]; then
    echo "check-pure: $crate depends on $found" >&2
    bad=1
  else
    echo "check-pure: $crate has no UI or browser dependency"
  fi
done
exit $bad
