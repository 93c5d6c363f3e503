#!/usr/bin/env bash
# A/B benchmark of the single file: builds BASE_REV's single file in a
# temporary worktree and the working tree's, then measures both in one run,
# interleaved (e2e/bench-ab.mjs), at full speed and with the CPU throttled 4×.
#
#   scripts/bench-ab.sh BASE_REV [--rounds N]
#
# Prints the sizes and a table of medians with B/A; asserts nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
base=${1:?usage: scripts/bench-ab.sh BASE_REV [--rounds N]}
shift
work=$(mktemp -d)
trap 'git worktree remove --force "$work/base" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
git worktree add --detach "$work/base" "$base" >/dev/null
# The base builds with this tree's tools (node_modules, old engines) and its
# own target folder (kept for the next run), so neither build undoes the other.
root=$PWD
ln -s "$root/node_modules" "$work/base/node_modules"
(cd "$work/base" && CARGO_TARGET_DIR="$root/target/ab-base" make -o setup build >/dev/null)
cp "$work/base/dist/ziping.html" "$work/base.html"
make -o setup build >/dev/null
printf 'single file: base %s bytes, this tree %s bytes\n' \
  "$(stat -c %s "$work/base.html")" "$(stat -c %s dist/ziping.html)"
node e2e/bench-ab.mjs --a "$work/base.html" --b dist/ziping.html "$@"
