#!/usr/bin/env bash
# Runs every Parallax benchmark and writes the results to target/bench-results/ (docs/benchmarks.md):
#   1. builds parallax.jar and benchmarks.jar (mvn -Pbench package -DskipTests);
#   2. generates the corpora (1k, 10k, 100k quotes, seed 1) and the diff pairs, and validates them;
#   3. JMH: java -jar target/benchmarks.jar -f 1 -wi 3 -i 5 (load, verify, filter, diff, export);
#   4. heap after loading the 100k model;
#   5. side-by-side CLI timings with hyperfine: jq vs parallax export, git word-diff vs parallax diff;
#   6. startup to first frame under Xvfb: Parallax vs a bare JavaFX window.
# Usage: scripts/bench.sh [all|jmh|heap|cli|startup]...   (default: all). JMH_ARGS adds JMH options.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=target/bench-results
DATA=target/bench-data
JAR=target/parallax.jar
mkdir -p "$OUT" "$DATA"
steps=("${@:-all}")
want() { [[ " ${steps[*]} " == *" all "* || " ${steps[*]} " == *" $1 "* ]]; }

machine() {
  { echo "date: $(date -u +%FT%TZ)"; echo "nproc: $(nproc)"; free -h | sed -n 2p | awk '{print "memory: " $2}'
    java -version 2>&1 | head -1; echo "commit: $(git rev-parse --short HEAD)"; } | tee "$OUT/machine.txt"
}

build() {
  mvn -B -o -q -Pbench package -DskipTests
}

corpora() {
  for q in 1000 10000 100000; do
    [ -f "$DATA/q$q/model.json" ] || java -jar "$JAR" generate --quotes "$q" --seed 1 --out "$DATA/q$q"
  done
  [ -f "$DATA/pairs/pairs/reworded-from.txt" ] || java -jar "$JAR" generate --quotes 10 --seed 1 --diff-pairs --out "$DATA/pairs"
  for q in 1000 10000 100000; do
    java -jar "$JAR" validate "$DATA/q$q/model.json" --sources "$DATA/q$q/sources" | tail -1
  done
}

jmh() {
  # shellcheck disable=SC2086
  java -jar target/benchmarks.jar -f 1 -wi 3 -i 5 -rf json -rff "$OUT/jmh.json" ${JMH_ARGS:-} 2>&1 | tee "$OUT/jmh.txt"
}

heap() {
  java -Xmx3g -cp target/benchmarks.jar org.parallax.bench.HeapProbe "$DATA/q100000/model.json" | tee "$OUT/heap.txt"
}

cli() {
  local model="$DATA/q100000/model.json" pairs="$DATA/pairs/pairs"
  local jq_filter='.points[] | select(.theme == $t) | . as $p | .framings[] | . as $f | .quotes[]
    | {point: $p.id, theme: $p.theme, source: $f.source, stance: $f.stance, text, start, end}'
  hyperfine --warmup 1 --runs 10 --export-markdown "$OUT/cli-export.md" \
    -n "jq (theme -> JSON lines)" "jq -c --arg t talent '$jq_filter' $model > /dev/null" \
    -n "parallax export --format json" "java -jar $JAR export $model --theme talent --format json > /dev/null" \
    -n "parallax export --format csv" "java -jar $JAR export $model --theme talent --format csv > /dev/null" \
    | tee "$OUT/cli-export.txt"
  hyperfine --warmup 1 --runs 10 -i --export-markdown "$OUT/cli-diff.md" \
    -n "git diff --word-diff (reworded)" "git diff --no-index --word-diff $pairs/reworded-from.txt $pairs/reworded-to.txt > /dev/null" \
    -n "parallax diff --files (reworded)" "java -jar $JAR diff --files $pairs/reworded-from.txt $pairs/reworded-to.txt > /dev/null" \
    -n "git diff --word-diff (unrelated)" "git diff --no-index --word-diff $pairs/unrelated-from.txt $pairs/unrelated-to.txt > /dev/null" \
    -n "parallax diff --files (unrelated)" "java -jar $JAR diff --files $pairs/unrelated-from.txt $pairs/unrelated-to.txt > /dev/null" \
    | tee "$OUT/cli-diff.txt"
}

startup() {
  xvfb-run -a -s "-screen 0 1600x1000x24" \
    java -cp target/benchmarks.jar org.parallax.bench.StartupHarness --runs "${STARTUP_RUNS:-10}" | tee "$OUT/startup.txt"
}

machine
build
corpora
want jmh && jmh
want heap && heap
want cli && cli
want startup && startup
echo "results in $OUT/"
