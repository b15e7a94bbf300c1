#!/usr/bin/env bash
# Preview reload benchmark: time from saving one file to the reloaded page being served,
# on the example site and on a generated site of N items (default 10000).
#   bench/reload.sh [N] [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-10000}"
rounds="${2:-20}"
./noticeboard --version >/dev/null          # builds target/noticeboard.jar if needed
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "== example site ($(find content -name '*.md' | wc -l) items)"
cp -r content "$work/example"
java bench/ReloadBench.java target/noticeboard.jar "$work/example" \
  street/notice/water-cut-2026-12 "$rounds"

echo "== generated site ($n items)"
java bench/GenItems.java "$work/generated" "$n" >/dev/null
java bench/ReloadBench.java target/noticeboard.jar "$work/generated" \
  street/policy/item-0 "$rounds"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
