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
apt_install chromium chromium-driver fonts-wqy-microhei poppler-utils brotli
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

# 7. Old Chromium engines for the reach journeys (issue 14): real headless builds
#    of the engines office PCs carry, from the npm packages that ship them
#    (chrome-aws-lambda: a brotli-compressed binary plus .tar.br archives of its
#    libraries). Pinned by version and by the tarball's sha1, unpacked into
#    .old-engines/chromium-NN/ (git-ignored, never committed); a finished
#    engine is left alone, so a second run costs nothing.
#    ZIPING_NO_OLD_ENGINES=1 opts out (the old-engine tests then say they skip).
OLD_ENGINES=${ZIPING_OLD_ENGINES:-$PWD/.old-engines}
old_engine() { # old_engine CHROMIUM_MAJOR PACKAGE_VERSION TARBALL_SHA1
  local major=$1 version=$2 sha1=$3 dir="$OLD_ENGINES/chromium-$1" tmp
  [ -f "$dir/.complete" ] && [ -x "$dir/chromium" ] && return 0
  log "installing Chromium $major (npm chrome-aws-lambda@$version, about 45 MB) into $dir"
  tmp=$(mktemp -d)
  (cd "$tmp" && npm pack --silent --loglevel=error "chrome-aws-lambda@$version" >/dev/null)
  if [ "$(sha1sum "$tmp/chrome-aws-lambda-$version.tgz" | cut -d' ' -f1)" != "$sha1" ]; then
    echo "setup: chrome-aws-lambda@$version does not have the pinned sha1 $sha1" >&2
    rm -rf "$tmp"; exit 1
  fi
  tar xzf "$tmp/chrome-aws-lambda-$version.tgz" -C "$tmp"
  rm -rf "$dir"; mkdir -p "$dir"
  # The binary is bin/chromium.br (bin/chromium-72.0.3617.0.br in the oldest
  # package); the .tar.br archives beside it hold its libraries.
  local file
  for file in "$tmp"/package/bin/*.br; do
    case "$file" in
      *.tar.br) brotli -dc "$file" | tar x -C "$dir" ;;
      *) brotli -d "$file" -o "$dir/chromium" ;;
    esac
  done
  chmod +x "$dir/chromium"
  rm -rf "$tmp"
  local got
  got=$("$dir/chromium" --headless --no-sandbox --disable-gpu --dump-dom "data:text/html,<script>document.write(navigator.userAgent)</script>" 2>/dev/null | grep -o "Chrome/[0-9]*" || true)
  if [ "$got" != "Chrome/$major" ]; then
    echo "setup: chrome-aws-lambda@$version did not run as Chromium $major (got '${got:-nothing}')" >&2
    exit 1
  fi
  touch "$dir/.complete"
}
if [ "${ZIPING_NO_OLD_ENGINES:-}" != "1" ]; then
  old_engine 83 3.1.1 a713c214ca93098ce23df056e20f0ad3d350ab6f
  old_engine 86 5.3.1 4dbf75cb0d56d634b7422fd8fe0368165c52c7ea
  # Smoke tests where Playwright cannot drive: 80 (a dev build), 78 (no
  # DecompressionStream) and 72 (the oldest build on npm).
  old_engine 80 2.1.1 2aeb0c97fb67e908d06dc8d92d92c7d4fb58467c
  old_engine 78 1.20.4 57d899ab6cc11b3f54cc628861b098892e854302
  old_engine 72 1.11.2 5cf7ed4f90157007f78a8e30a79df89ac2c48906
fi

firefox="Firefox skipped (ZIPING_NO_FIREFOX=1)"
if [ "${ZIPING_NO_FIREFOX:-}" != "1" ]; then
  firefox="$(firefox-esr --version 2>/dev/null), $(geckodriver --version | awk 'NR==1')"
fi
old="old engines skipped (ZIPING_NO_OLD_ENGINES=1)"
[ "${ZIPING_NO_OLD_ENGINES:-}" != "1" ] && old="old Chromium 72, 78, 80, 83, 86 in $OLD_ENGINES"
log "tools ready: $(trunk --version), $(wasm-bindgen --version), wasm-opt $(node_modules/.bin/wasm-opt --version | awk '{print $3}'), $(/usr/bin/chromium --version 2>/dev/null | awk 'NR==1'), $firefox, $old"
