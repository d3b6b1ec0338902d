#!/usr/bin/env bash
# Whole-process timings of several commands run in alternation, so a shared machine's changing load touches each the
# same way (hyperfine runs one command's runs back to back). Prints per command the median wall time and the median
# CPU time (user + system, children included), in seconds, from GNU time.
# Usage: scripts/interleaved.sh RUNS 'name=command' 'name=command'...
set -euo pipefail
runs="$1"; shift
tmp="$(mktemp -d)"
for ((r = 0; r <= runs; r++)); do            # round 0 is a warm-up, not counted
  i=0
  for spec in "$@"; do
    /usr/bin/time -f "%e %U %S" -o "$tmp/t" bash -c "${spec#*=} > /dev/null 2>&1" || true
    [ "$r" -gt 0 ] && echo "$(cat "$tmp/t")" >> "$tmp/$i"
    i=$((i + 1))
  done
done
i=0
printf '%-34s %12s %12s\n' command "wall median" "cpu median"
for spec in "$@"; do
  python3 - "$tmp/$i" "${spec%%=*}" <<'PY'
import statistics, sys
rows = [list(map(float, line.split())) for line in open(sys.argv[1])]
wall = statistics.median(r[0] for r in rows)
cpu = statistics.median(r[1] + r[2] for r in rows)
print(f"{sys.argv[2]:<34} {wall:10.2f} s {cpu:10.2f} s   ({len(rows)} runs)")
PY
  i=$((i + 1))
done
rm -rf "$tmp"
