#!/usr/bin/env bash
# Wall time of the extract command on generated corpora (JSON Lines to a file, both cores, JVM
# start included), run the two ways a user runs it: the distribution's bin/muster and plain
# java -jar. Needs unzip; uses hyperfine (apt-get install hyperfine) when it is installed, and
# otherwise times each run with GNU time (apt-get install time). Run from the repository root after
#   ./mvnw -B -Pbench -pl benchmarks -am package -DskipTests
# usage: benchmarks/scripts/scaling.sh [MB...]   (default: 1 10 100; 0 = the bundled samples)
set -euo pipefail
BENCH=benchmarks/target/benchmarks.jar
JAR=examples/target/muster.jar
ZIP=$(ls examples/target/muster-*.zip)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
unzip -q "$ZIP" -d "$work"
MUSTER=$(ls -d "$work"/muster-*/)bin/muster
"$MUSTER" extract --format jsonl > /dev/null 2>&1 # the first run writes the class-data archive
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1 10 100)
for mb in "${sizes[@]}"; do
  if [ "$mb" = 0 ]; then
    dir=examples/src/main/resources/samples/docs
  else
    dir=/tmp/muster-corpus-${mb}mb-42
    java -cp "$BENCH" dev.muster.bench.CorpusGenerator "$dir" "$mb" 42 > /dev/null
  fi
  echo "== $dir: $(find "$dir" -type f | wc -l) files, $(du -sh "$dir" | cut -f1)"
  runs=$([ "$mb" -ge 100 ] && echo 3 || echo 10)
  if command -v hyperfine > /dev/null; then
    hyperfine -N -w 1 -r "$runs" \
      -n "bin/muster" "$MUSTER extract $dir --format jsonl --out $work/out.jsonl" \
      -n "java -jar" "java -jar $JAR extract $dir --format jsonl --out $work/out.jsonl"
  else
    for way in "bin/muster" "java -jar"; do
      if [ "$way" = "bin/muster" ]; then cmd=("$MUSTER"); else cmd=(java -jar "$JAR"); fi
      for run in $(seq "$runs"); do
        /usr/bin/time -f "$way  run $run: %e s wall, %U s user, %S s system, %M KB max resident" \
          "${cmd[@]}" extract "$dir" --format jsonl --out "$work/out.jsonl" --no-progress
      done
    done
  fi
done
