#!/usr/bin/env bash
# Installs every tool the build and the tests need, at pinned versions, only from
# the package registries (crates.io, npm, Debian). Idempotent: a tool already
# present at the right version is left alone, so a second run takes a second.
#
#   scripts/setup.sh          build tools + Chromium (enough to run the app)
#   scripts/setup.sh --test   the same (the E2E packages come from `npm ci` either way)
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
GECKODRIVER_VERSION=0.37.1
# Must equal the wasm-bindgen version in Cargo.lock (checked below).
WASM_BINDGEN_VERSION=0.2.129

log() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }
have() { command -v "$1" >/dev/null 2>&1; }

export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

# 1. Rust target for the browser.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "adding rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

# 2. wasm-bindgen CLI, equal to the library version that Cargo.lock pins.
locked=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/"/,"",$3); print $3; exit}' Cargo.lock)
if [ "$locked" != "$WASM_BINDGEN_VERSION" ]; then
  echo "setup: Cargo.lock has wasm-bindgen $locked but scripts/setup.sh pins $WASM_BINDGEN_VERSION; make them equal" >&2
  exit 1
fi
if ! have wasm-bindgen || [ "$(wasm-bindgen --version)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  log "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 2 minutes)"
  cargo install wasm-bindgen-cli --locked --version "$WASM_BINDGEN_VERSION"
fi

# 3. trunk.
if ! have trunk || [ "$(trunk --version)" != "trunk $TRUNK_VERSION" ]; then
  log "installing trunk $TRUNK_VERSION (about 6 minutes)"
  cargo install trunk --locked --version "$TRUNK_VERSION"
fi

# 4. Debian packages: the browser, its driver, a CJK font for screenshots and
#    PDFs, LibreOffice Writer and Calc (headless) to prove the .docx and .xlsx
#    exports open, and poppler-utils to look at PDFs page by page.
apt_missing() {
  local out=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || out+=("$p")
  done
  echo "${out[@]}"
}
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
updated=""
apt_install() { # apt_install [--no-install-recommends] PKG...
  local opts=()
  [ "$1" = "--no-install-recommends" ] && { opts+=("$1"); shift; }
  local missing
  missing=$(apt_missing "$@")
  [ -z "$missing" ] && return 0
  log "installing Debian packages: $missing"
  [ -n "$updated" ] || { $SUDO apt-get update -qq; updated=1; }
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${opts[@]}" $missing
}
apt_install chromium chromium-driver fonts-wqy-microhei poppler-utils
apt_install --no-install-recommends libreoffice-writer-nogui libreoffice-calc-nogui

# 5. Firefox ESR and geckodriver (not in Debian: from crates.io), for the
#    browser tests and journeys in Firefox. ZIPING_NO_FIREFOX=1 opts out.
if [ "${ZIPING_NO_FIREFOX:-}" != "1" ]; then
  apt_install --no-install-recommends firefox-esr
  if ! have geckodriver || [ "$(geckodriver --version | awk 'NR==1 {print $2}')" != "$GECKODRIVER_VERSION" ]; then
    log "installing geckodriver $GECKODRIVER_VERSION (about 1.5 minutes)"
    cargo install geckodriver --locked --version "$GECKODRIVER_VERSION"
  fi
fi

# 6. npm packages (wasm-opt from binaryen, playwright-core) from package-lock.json.
stamp=node_modules/.lock-stamp
if [ ! -f "$stamp" ] || ! cmp -s package-lock.json "$stamp"; then
  log "installing npm packages from package-lock.json"
  npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json "$stamp"
fi

firefox="Firefox skipped (ZIPING_NO_FIREFOX=1)"
if [ "${ZIPING_NO_FIREFOX:-}" != "1" ]; then
  firefox="$(firefox-esr --version 2>/dev/null), $(geckodriver --version | awk 'NR==1')"
fi
log "tools ready: $(trunk --version), $(wasm-bindgen --version), wasm-opt $(node_modules/.bin/wasm-opt --version | awk '{print $3}'), $(/usr/bin/chromium --version 2>/dev/null | awk 'NR==1'), $firefox"
