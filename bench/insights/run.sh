#!/usr/bin/env bash
# insights-service load benchmark: result-event throughput, leaderboard / head-to-head / ranks latency with
# 100k results on record, and event-to-insight lag at a fixed article rate. Runs the service in-process against
# local-stack's real PostgreSQL and Kafka (the module's test infrastructure); not part of ./mvnw verify.
#   ARTICLE_RATE=200 ARTICLE_SECONDS=15 bench/insights/run.sh
# BENCH_PARTS selects parts (default all): events (result-event throughput), queries (latency at 100k results),
# articles (event-to-insight lag), e.g. BENCH_PARTS=articles bench/insights/run.sh. ARTICLE_WARMUP articles (default
# 3000, 0: none) are derived unpaced before the lag is measured. FW_ARTICLE_DERIVATION_THREADS sets the service's
# derivation workers as in production. EXTRA_MODELS (default 0) adds that many models of four names each to the
# catalogue, and a name of theirs plus a model name the catalogue does not know to every article: matching at
# catalogue scale (EXTRA_MODELS=5000: 20,000 names).
# Needs the sibling modules installed (./mvnw -pl contracts,text-folding,service-commons,local-stack install).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
cd "$repo"
rm -f insights-service/target/insights-bench.txt
./mvnw -B -q -pl insights-service test -Dtest=InsightsLoadBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dfw.bench.article-rate="${ARTICLE_RATE:-200}" -Dfw.bench.article-seconds="${ARTICLE_SECONDS:-15}" \
  -Dfw.bench.parts="${BENCH_PARTS:-events,queries,articles}" -Dfw.bench.article-warmup="${ARTICLE_WARMUP:-3000}" \
  -Dfw.bench.extra-models="${EXTRA_MODELS:-0}" \
  > "$here/last-run.log" 2>&1 || { echo "benchmark failed; see $here/last-run.log"; exit 1; }
cp insights-service/target/insights-bench.txt "$here/last-run.txt"
cat "$here/last-run.txt"
