#!/usr/bin/env bash
# The pure crates stay pure: none of them may depend, directly or through
# another crate, on the browser or the UI (yew, web-sys, gloo, wasm-bindgen,
# js-sys), so that `cargo test -p` on them builds natively with no UI
# dependency. Prints each crate's verdict; exits 1 if any is not pure.
set -euo pipefail
cd "$(dirname "$0")/.."
bad=0
for crate in ziping-core ziping-report ziping-vault ziping-app; do
  # Normal, build and dev dependencies: what `cargo test -p` builds.
  found=$(cargo tree -p "$crate" -e normal,build,dev --prefix none --format '{p}' 2>/dev/null \
    | awk '{print $1}' | grep -Ex 'yew|yew-macro|web-sys|gloo|gloo-.*|wasm-bindgen|js-sys' | sort -u | tr '\n' ' ' || true)
  if [ -n "$found" ]; then
    echo "check-pure: $crate depends on $found" >&2
    bad=1
  else
    echo "check-pure: $crate has no UI or browser dependency"
  fi
done
exit $bad
