#!/usr/bin/env bash
# The single file's size ratchet: fails if the bundle grows past the ceiling in
# .ci/size-ceiling. Lower the ceiling whenever the file shrinks; raise it only
# by a feature's measured cost within its allowance (reach, the old engines:
# 5 KB), noted in the README's size table, never above the 400,000-byte budget
# and never to get green.
set -euo pipefail
cd "$(dirname "$0")/.."
file=${1:-dist/ziping.html}
ceiling=$(tr -d '[:space:]' < .ci/size-ceiling)
size=$(stat -c %s "$file")
printf 'single file: %s bytes (ceiling %s bytes, budget 400,000 bytes)\n' "$size" "$ceiling"
if [ "$ceiling" -gt 400000 ]; then
  echo "size: the ceiling $ceiling is above the 400,000-byte budget" >&2
  exit 1
fi
if [ "$size" -gt "$ceiling" ]; then
  echo "size: $file is $size bytes, over the ceiling of $ceiling bytes" >&2
  exit 1
fi
