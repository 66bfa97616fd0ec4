#!/usr/bin/env bash
# Wall time and MB/s of the extract command (all cores, JSON Lines to /dev/null) on generated
# corpora of 1, 10 and 100 MB. Run from the repository root after
#   ./mvnw -B -Pbench -pl benchmarks -am package -DskipTests
# usage: benchmarks/scripts/scaling.sh [MB...]
set -euo pipefail
BENCH=benchmarks/target/benchmarks.jar
CLI=examples/target/muster.jar
printf '| input | documents | wall time | MB/s |\n|---:|---:|---:|---:|\n'
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1 10 100)
for mb in "${sizes[@]}"; do
  dir=/tmp/muster-corpus-${mb}mb-42
  java -cp "$BENCH" dev.muster.bench.CorpusGenerator "$dir" "$mb" 42 > /dev/null
  bytes=$(find "$dir" -type f -printf '%s\n' | awk '{s += $1} END {print s}')
  docs=$(find "$dir" -type f | wc -l)
  start=$(date +%s.%N)
  java -jar "$CLI" extract "$dir" --format jsonl > /dev/null
  end=$(date +%s.%N)
  awk -v mb="$mb" -v d="$docs" -v b="$bytes" -v s="$start" -v e="$end" \
    'BEGIN {printf "| %d MB | %d | %.2f s | %.2f |\n", mb, d, e - s, b / 1e6 / (e - s)}'
done
