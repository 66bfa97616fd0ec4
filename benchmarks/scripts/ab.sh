#!/usr/bin/env bash
# Compares the one-thread speed of two commits in one JVM, rounds interleaved (AbCompare).
# Builds each commit's muster.jar in a temporary worktree (offline: dependencies must be in
# ~/.m2 already), then runs AbCompare on the corpus. Run from the repository root after
#   ./mvnw -B -Pbench -pl benchmarks -am package -DskipTests
# usage: benchmarks/scripts/ab.sh COMMIT_A [COMMIT_B (default: the working tree's build)]
#        [CORPUS (default /tmp/muster-corpus-10mb-42)] [warm-up rounds] [pairs]
set -euo pipefail
A=${1:?usage: ab.sh COMMIT_A [COMMIT_B] [CORPUS] [warm-up rounds] [pairs]}
B=${2:-}
CORPUS=${3:-/tmp/muster-corpus-10mb-42}
BENCH=benchmarks/target/benchmarks.jar
work=$(mktemp -d)
trap 'for w in "$work"/tree-*; do [ -d "$w" ] && git worktree remove --force "$w"; done; git worktree prune; rm -rf "$work"' EXIT

jar_of() { # commit, name -> path of its muster.jar
  local tree="$work/tree-$2"
  git worktree add --detach --force "$tree" "$1" > /dev/null 2>&1
  (cd "$tree" && ./mvnw -B -q -o -pl examples -am package -DskipTests > "$work/build-$2.log" 2>&1) \
    || { echo "build of $1 failed: $work/build-$2.log" >&2; cat "$work/build-$2.log" >&2; exit 1; }
  cp "$tree/examples/target/muster.jar" "$work/$2.jar"
  echo "$work/$2.jar"
}

[ -d "$CORPUS" ] || java -cp "$BENCH" dev.muster.bench.CorpusGenerator "$CORPUS" 10 42 > /dev/null
jar_a=$(jar_of "$A" a)
if [ -n "$B" ]; then jar_b=$(jar_of "$B" b); else jar_b=examples/target/muster.jar; fi
echo "A = $A, B = ${B:-working tree ($jar_b)}"
java -Xms1g -Xmx1g -cp "$BENCH" dev.muster.bench.AbCompare "$jar_a" "$jar_b" "$CORPUS" "${4:-16}" "${5:-16}"
