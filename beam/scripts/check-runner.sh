#!/usr/bin/env bash
# Checks a runner profile end to end: builds the bundled jar with the profile, runs ExtractArchive
# with that runner in local mode (Flink's embedded cluster; Spark's local[2] through the
# spark-submit of a Spark 3 installation in SPARK_HOME) on the sample articles bundled with the
# command, and compares the sorted lines with the command's own output
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
  direct) profile=bundle; options=(--runner=DirectRunner) ;;
  flink) profile=flink; options=(--runner=FlinkRunner --flinkMaster='[local]' --parallelism=2) ;;
  spark) profile=spark; options=(--runner=SparkRunner --sparkMaster='local[2]')
    [ -x "${SPARK_HOME:-}/bin/spark-submit" ] || { echo "set SPARK_HOME to a Spark 3 installation" >&2; exit 2; } ;;
  *) echo "unknown runner '$runner'; expected direct, flink or spark" >&2; exit 2 ;;
esac

./mvnw -B -q -P"$profile" -pl beam -am package -DskipTests
jar=beam/target/muster-beam-bundled.jar
samples=examples/src/main/resources/samples/docs
rm -rf "$work/out"
args=(--input="$samples/*.txt" --output="$work/out/samples" --reconcile "${options[@]}")
if [ "$runner" = spark ]; then
  "$SPARK_HOME/bin/spark-submit" --master 'local[2]' --class dev.muster.beam.ExtractArchive "$jar" "${args[@]}"
else
  # shellcheck disable=SC2086
  java $opens -cp "$jar" dev.muster.beam.ExtractArchive "${args[@]}"
fi
cat "$work"/out/samples-estimates-*.jsonl | LC_ALL=C sort > "$work/pipeline.sorted"
LC_ALL=C sort examples/src/test/resources/samples-expected.jsonl > "$work/command.sorted"
if cmp -s "$work/command.sorted" "$work/pipeline.sorted"; then
  echo "$runner: identical ($(wc -l < "$work/pipeline.sorted") lines); reconciliation in $work/out/samples-reconciliation.json"
else
  echo "$runner: DIFFERS: diff $work/command.sorted $work/pipeline.sorted"
  exit 1
fi
