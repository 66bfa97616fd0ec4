#!/usr/bin/env bash
# Runs ExtractArchive on the DirectRunner and `muster extract --format jsonl` on the same generated
# corpus, and compares their lines once sorted (the pipeline writes them in no particular order).
#
# Usage: beam/scripts/compare-with-command.sh [MEGABYTES [SEED [WORK_DIR]]]   (default: 100 42 a new temporary folder)
# Prints the time and peak memory of each run and "identical" or "DIFFERS"; exit status 0 when
# identical, 1 when not, 2 when a step failed. Extra pipeline options can be given in
# PIPELINE_OPTS, e.g. PIPELINE_OPTS='--targetParallelism=2'.
set -euo pipefail
mb=${1:-100}
seed=${2:-42}
work=${3:-$(mktemp -d)}
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"

echo "building the command, the corpus generator and the bundled pipeline ..."
./mvnw -B -q -Pbench,bundle -pl examples,benchmarks,beam -am package -DskipTests

corpus=$work/corpus-$mb-$seed
mkdir -p "$work"
java -cp benchmarks/target/benchmarks.jar dev.muster.bench.CorpusGenerator "$corpus" "$mb" "$seed"

timed() { # LABEL COMMAND...: runs the command, prints its wall time and peak memory
  local label=$1; shift
  /usr/bin/time -f "$label: %e s wall, %U s user, %M KB peak" "$@"
}

timed "muster extract" java -jar examples/target/muster.jar extract --format jsonl \
  --out "$work/command.jsonl" "$corpus" 2> >(grep -v '^muster: warning' >&2) || [ $? -eq 1 ]
rm -rf "$work/beam"
timed "ExtractArchive (DirectRunner)" java -jar beam/target/muster-beam-bundled.jar \
  --input="$corpus" --output="$work/beam/run" ${PIPELINE_OPTS:-} || [ $? -eq 1 ]

LC_ALL=C sort "$work/command.jsonl" > "$work/command.sorted"
cat "$work"/beam/run-estimates-*.jsonl | LC_ALL=C sort > "$work/beam.sorted"
echo "lines: command $(wc -l < "$work/command.sorted"), pipeline $(wc -l < "$work/beam.sorted")"
if cmp -s "$work/command.sorted" "$work/beam.sorted"; then
  echo "identical"
else
  echo "DIFFERS: diff $work/command.sorted $work/beam.sorted"
  exit 1
fi
