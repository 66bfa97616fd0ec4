#!/usr/bin/env bash
# Checks a runner profile end to end: builds the bundled jar with the profile, runs ExtractArchive
# with that runner in local mode (Flink's embedded cluster, Spark's local[2]) on the sample
# articles bundled with the command, and compares the sorted lines with the command's own output
# (examples/src/test/resources/samples-expected.jsonl).
#
# Usage: beam/scripts/check-runner.sh direct|flink|spark [WORK_DIR]
# Exit status 0 when the lines are the same, 1 when not, 2 when a step failed.
set -euo pipefail
runner=${1:?usage: check-runner.sh direct|flink|spark [WORK_DIR]}
work=${2:-$(mktemp -d)}
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"

# Java 17 keeps the JDK's internals closed; Flink's and Spark's serializers need these open
opens="--add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED"
case $runner in
  direct) profile=bundle; options=(--runner=DirectRunner); classpath=() ;;
  flink) profile=flink; options=(--runner=FlinkRunner --flinkMaster='[local]' --parallelism=2); classpath=() ;;
  spark) profile=spark; options=(--runner=SparkRunner --sparkMaster='local[2]') ;;
  *) echo "unknown runner '$runner'; expected direct, flink or spark" >&2; exit 2 ;;
esac

./mvnw -B -q -P"$profile" -pl beam -am package -DskipTests
jar=beam/target/muster-beam-bundled.jar
if [ "$runner" = spark ]; then
  # Spark itself is provided by the cluster; locally, take the profile's provided jars
  ./mvnw -B -q -Pspark -pl beam dependency:build-classpath -Dmdep.includeScope=provided \
    -Dmdep.outputFile="$work/spark.classpath"
  classpath=("$(cat "$work/spark.classpath")")
fi
samples=examples/src/main/resources/samples/docs
rm -rf "$work/out"
# shellcheck disable=SC2086
java $opens -cp "$jar${classpath:+:${classpath[*]}}" dev.muster.beam.ExtractArchive \
  --input="$samples/*.txt" --output="$work/out/samples" --reconcile "${options[@]}"
cat "$work"/out/samples-estimates-*.jsonl | LC_ALL=C sort > "$work/pipeline.sorted"
LC_ALL=C sort examples/src/test/resources/samples-expected.jsonl > "$work/command.sorted"
if cmp -s "$work/command.sorted" "$work/pipeline.sorted"; then
  echo "$runner: identical ($(wc -l < "$work/pipeline.sorted") lines); reconciliation: $(grep -c '"id" : "F' "$work/out/samples-reconciliation.json") findings"
else
  echo "$runner: DIFFERS: diff $work/command.sorted $work/pipeline.sorted"
  exit 1
fi
