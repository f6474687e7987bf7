#!/usr/bin/env bash
# Batch-matching benchmark: one command, from the repository root or anywhere.
#   deploy/load/matching/run.sh            # both modes
#   deploy/load/matching/run.sh pruned     # 10k x 2k (median of 3 warm) and 100k x 20k, k=50, with greedy
#   deploy/load/matching/run.sh unpruned   # 10k x 2k with every pair (20M arcs) against k = 10, 20, 50
# It runs mentorship-service's own matching classes (scorer, pruning, OR-Tools min-cost flow, greedy)
# on generated data (seed 42); no database, no HTTP. Output: markdown tables on stdout and in
# mentorship-service/target/matching-benchmark.md.
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
cd "$root"
modes=("$@")
[ $# -eq 0 ] && modes=(pruned unpruned)

./mvnw -B -q -pl mentorship-service -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
cp="mentorship-service/target/test-classes:mentorship-service/target/classes:$(cat mentorship-service/target/bench.classpath)"

out="mentorship-service/target/matching-benchmark.md"
{
  echo "# Matching benchmark, $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cpus, load average $(cut -d' ' -f1-3 /proc/loadavg)"
  for mode in "${modes[@]}"; do
    # pruned runs must fit the 512 MB heap target; the unpruned optimum (20M arcs) gets room to compare
    heap=512m; [ "$mode" = unpruned ] && heap=4g
    echo; echo "## $mode (-Xmx$heap)"
    java -Xmx$heap -XX:+UseParallelGC -cp "$cp" org.jointfunding.mentorship.bench.MatchingBenchmark "$mode"
  done
} | tee "$out"
