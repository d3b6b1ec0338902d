#!/usr/bin/env bash
# Runs every Parallax benchmark and writes the results to target/bench-results/ (docs/benchmarks.md):
#   1. builds parallax.jar, benchmarks.jar and the app-image (mvn -Ppackage,bench package -DskipTests);
#   2. generates the corpora (1k, 10k, 100k quotes, seed 1) and the diff pairs, and validates them;
#   3. JMH: java -jar target/benchmarks.jar -f 1 -wi 3 -i 5 (load, verify, filter, diff, export);
#   4. heap after loading the 100k model;
#   5. side-by-side CLI timings with hyperfine: jq vs parallax export, git word-diff vs parallax diff;
#   6. startup to first frame under Xvfb: the installed image vs a bare JavaFX window packaged the same way;
#   7. the command-line launcher of the image against java -jar (OLD_JAR: a jar of an earlier build to compare with).
# Usage: scripts/bench.sh [all|jmh|heap|cli|startup|launcher]...   (default: all). JMH_ARGS adds JMH options.
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
  mvn -B -o -q -Ppackage,bench package -DskipTests -Dpackage.installer=false
}

IMAGE=target/jpackage/image/Parallax
BARE=target/startup/HelloFx

# the bare window as Parallax is shipped: a jpackage image on the same jlink runtime, with a class-data archive of
# the classes its own run loads (dumped as package.xml dumps Parallax's)
bare_image() {
  rm -rf target/startup/in "$BARE" && mkdir -p target/startup/in
  jar cf target/startup/in/hello.jar -C target/test-classes org/parallax/bench/HelloFx.class \
    -C target/test-classes 'org/parallax/bench/HelloFx$Main.class'
  jpackage --type app-image --name HelloFx --input target/startup/in --main-jar hello.jar \
    --main-class 'org.parallax.bench.HelloFx$Main' --runtime-image target/jpackage/runtime --dest target/startup \
    --java-options -Xshare:auto --java-options '-XX:SharedArchiveFile=$APPDIR/hello.jsa'
  local app java
  app="$(pwd)/$BARE/lib/app" java="$BARE/lib/runtime/bin/java"
  xvfb-run -a -s "-screen 0 1600x1000x24" "$java" -XX:DumpLoadedClassList="$app/hello.classlist" \
    -cp "$app/hello.jar" 'org.parallax.bench.HelloFx$Main'
  "$java" -Xshare:dump -XX:SharedClassListFile="$app/hello.classlist" -XX:SharedArchiveFile="$app/hello.jsa" \
    -cp "$app/hello.jar" > target/startup/hello-dump.log 2>&1
}

corpora() {
  for q in 1000 10000 100000; do
    [ -f "$DATA/q$q/model.json" ] || java -jar "$JAR" generate --quotes "$q" --seed 1 --out "$DATA/q$q"
  done
  [ -f "$DATA/pairs/pairs/reworded-from.txt" ] || java -jar "$JAR" generate --quotes 10 --seed 1 --diff-pairs --out "$DATA/pairs"
  for q in 1000 10000 100000; do
    java -jar "$JAR" validate "$DATA/q$q/model.json" --sources "$DATA/q$q/sources" | tail -2 | tee -a "$OUT/corpora.txt"
  done
  ls -l "$DATA"/q*/model.json | tee -a "$OUT/corpora.txt"
}

jmh() {
  # shellcheck disable=SC2086
  java -jar target/benchmarks.jar -f 1 -wi 3 -i 5 -rf json -rff "$OUT/jmh.json" ${JMH_ARGS:-} 2>&1 | tee "$OUT/jmh.txt"
  jmh_table
}

# median and p99 of every benchmark, as a Markdown table
jmh_table() {
  { echo "| benchmark | params | samples | median ms | p99 ms |"; echo "|---|---|---:|---:|---:|"
    jq -r '.[] | "| \(.benchmark | sub("org.parallax.bench."; "")) | \(.params // {} | to_entries | map("\(.key)=\(.value)") | join(" "))'\
' | \(.primaryMetric.rawDataHistogram | flatten | . as $f | [range(1; length; 2) | $f[.]] | add) | \(.primaryMetric.scorePercentiles["50.0"] * 100 | round / 100) | \(.primaryMetric.scorePercentiles["99.0"] * 100 | round / 100) |"' \
      "$OUT/jmh.json"; } | tee "$OUT/jmh-table.md"
}

heap() {
  java -Xmx3g -cp target/benchmarks.jar org.parallax.bench.HeapProbe "$DATA/q100000/model.json" | tee "$OUT/heap.txt"
}

cli() {
  local model="$DATA/q100000/model.json" pairs="$DATA/pairs/pairs"
  # one JSON line per quote of the theme, with the fields a reader needs (jq 1.6: "end" is a keyword)
  local jq_filter='.points[] | select(.theme == $t) | . as $p | .framings[] | . as $f | .quotes[]
    | {point: $p.id, theme: $p.theme, source: $f.source, stance: $f.stance, text: .text, "start": .start, "end": .["end"]}'
  hyperfine --warmup 1 --runs "${CLI_RUNS:-7}" --export-markdown "$OUT/cli-export.md" \
    -n "jq (theme -> JSON lines)" "jq -c --arg t talent '$jq_filter' $model > /dev/null" \
    -n "parallax export --format json" "java -jar $JAR export $model --theme talent --format json > /dev/null" \
    -n "parallax export --format csv" "java -jar $JAR export $model --theme talent --format csv > /dev/null" \
    | tee "$OUT/cli-export.txt"
  hyperfine --warmup 1 --runs "${CLI_RUNS:-7}" -i --export-markdown "$OUT/cli-diff.md" \
    -n "git diff --word-diff (reworded)" "git diff --no-index --word-diff $pairs/reworded-from.txt $pairs/reworded-to.txt > /dev/null" \
    -n "parallax diff --files (reworded)" "java -jar $JAR diff --files $pairs/reworded-from.txt $pairs/reworded-to.txt > /dev/null" \
    -n "git diff --word-diff (unrelated)" "git diff --no-index --word-diff $pairs/unrelated-from.txt $pairs/unrelated-to.txt > /dev/null" \
    -n "parallax diff --files (unrelated)" "java -jar $JAR diff --files $pairs/unrelated-from.txt $pairs/unrelated-to.txt > /dev/null" \
    | tee "$OUT/cli-diff.txt"
}

startup() {
  bare_image
  xvfb-run -a -s "-screen 0 1600x1000x24" \
    java -cp target/benchmarks.jar org.parallax.bench.StartupHarness --runs "${STARTUP_RUNS:-8}" \
    --image "$IMAGE" --bare-image "$BARE" --jar "$JAR" | tee "$OUT/startup.txt"
}

# the image's command-line launcher against java -jar of this build and, with OLD_JAR, of an earlier one: whole
# processes in alternation (scripts/interleaved.sh), medians of wall and CPU time
launcher() {
  local model="$DATA/q100000/model.json" bundled="${BUNDLED:-data/china-us-ai-labs.json}"
  local validate=("image parallax validate=$IMAGE/bin/parallax validate $bundled"
    "java -jar validate=java -jar $JAR validate $bundled")
  local export=("image parallax export=$IMAGE/bin/parallax export $model --theme talent --format csv"
    "java -jar export=java -jar $JAR export $model --theme talent --format csv")
  if [ -n "${OLD_JAR:-}" ]; then
    validate+=("java -jar OLD_JAR validate=java -jar $OLD_JAR validate $bundled")
    export+=("java -jar OLD_JAR export=java -jar $OLD_JAR export $model --theme talent --format csv")
  fi
  scripts/interleaved.sh "${CLI_RUNS:-10}" "${validate[@]}" | tee "$OUT/launcher-validate.txt"
  scripts/interleaved.sh "${CLI_RUNS:-7}" "${export[@]}" | tee "$OUT/launcher-export.txt"
}

machine
[ -n "${SKIP_BUILD:-}" ] || build   # SKIP_BUILD=1: measure what target/ holds
corpora
want jmh && jmh
want heap && heap
want cli && cli
want startup && startup
want launcher && launcher
echo "results in $OUT/"
