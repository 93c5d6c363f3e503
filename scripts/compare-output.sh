#!/usr/bin/env bash
# Compares everything the app writes (the 材料 as text, Markdown, structure
# and .docx; the ledger's .docx and .xlsx; scores; drafts, backups, template
# and occasion exports) between a base revision and the working tree, using
# each tree's own tools/harness on the same seeded inputs.
#
#   scripts/compare-output.sh [BASE_REV]     (default: HEAD)
#
# Prints `diff -r` of the two outputs and exits non-zero if they differ.
# A change meant to keep the output must leave no difference; a change meant
# to alter it shows here exactly what it altered.
set -euo pipefail
cd "$(dirname "$0")/.."
base=${1:-HEAD}
work=$(mktemp -d)
trap 'git worktree remove --force "$work/base" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
git worktree add --detach "$work/base" "$base" >/dev/null
# A target folder of its own for the base (kept for the next run): both
# builds make target/release/harness, and cargo could take one for the other.
target=${CARGO_TARGET_DIR:-$PWD/target}
(cd "$work/base" && CARGO_TARGET_DIR="$target/compare-base" cargo run --quiet --release -p harness -- "$work/out-base")
CARGO_TARGET_DIR="$target" cargo run --quiet --release -p harness -- "$work/out-work"
if diff -r "$work/out-base" "$work/out-work" >"$work/diff" 2>&1; then
  echo "compare-output: identical to $base"
else
  head -c 20000 "$work/diff"
  echo "compare-output: differs from $base ($(grep -c '^diff\|^Only\|^Binary' "$work/diff") files)" >&2
  exit 1
fi
