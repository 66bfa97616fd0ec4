#!/usr/bin/env bash
# Extracts a generated folder of >= 1 GB to JSON Lines under -Xmx256m, with the extract command
# and with dev.muster.bench.StreamingExtract, and reports the peak heap (the largest heap use
# before a collection, from -Xlog:gc). The corpus is deleted afterwards. Run from the
# repository root after ./mvnw -B -Pbench -pl benchmarks -am package -DskipTests
# usage: benchmarks/scripts/memory-check.sh [MB] [TIMEOUT_SECONDS]
set -uo pipefail
MB=${1:-1000}
LIMIT=${2:-1800}
DIR=/tmp/muster-memcheck-${MB}mb
BENCH=benchmarks/target/benchmarks.jar
CLI=examples/target/muster.jar
trap 'rm -rf "$DIR" "$DIR.manifest"' EXIT
java -cp "$BENCH" dev.muster.bench.CorpusGenerator "$DIR" "$MB" 7
JVM=(-Xmx256m -XX:+ExitOnOutOfMemoryError)

peak() {  # largest heap use before a collection (G1 fills the heap it is given)
  grep -oE '[0-9]+M->[0-9]+M' "$1" | sed 's/M->.*//' | sort -n | tail -1
}

retained() {  # largest heap use left after a collection
  grep -oE '[0-9]+M->[0-9]+M' "$1" | sed 's/.*->//; s/M//' | sort -n | tail -1
}

run() {
  local name=$1; shift
  local log=/tmp/muster-memcheck-$name.gc.log
  local start end rc
  start=$(date +%s)
  timeout "$LIMIT" java "${JVM[@]}" -Xlog:gc:file="$log" "$@" 2> "/tmp/muster-memcheck-$name.err" \
    | wc -lc > "/tmp/muster-memcheck-$name.out"
  rc=${PIPESTATUS[0]}
  end=$(date +%s)
  echo "$name: exit $rc, $((end - start)) s, JSON lines and bytes: $(cat /tmp/muster-memcheck-$name.out)," \
    "peak heap before GC: $(peak "$log") MB, after GC: $(retained "$log") MB," \
    "GCs: $(grep -c Pause "$log") ($(grep -c 'Pause Full' "$log") full)"
  grep -m1 -E 'OutOfMemory|Exception' "/tmp/muster-memcheck-$name.err" || true
}

run extract-command -jar "$CLI" extract "$DIR" --format jsonl
run streaming-extract -cp "$BENCH" dev.muster.bench.StreamingExtract "$DIR"
