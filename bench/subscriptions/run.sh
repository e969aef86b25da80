#!/usr/bin/env bash
# Gateway subscriptions fan-out: SUBSCRIBERS WebSocket clients (graphql-transport-ws) each subscribed to every
# state-of-the-art change; EVENTS changes published on the real broker at RATE/s; reports the latency from the
# broker's acknowledgement of an event to its arrival at each subscriber. Runs the gateway in-process against
# local-stack's real Kafka (the module's test infrastructure); not part of ./mvnw verify.
#   SUBSCRIBERS=50 EVENTS=200 RATE=20 bench/subscriptions/run.sh
# Needs the sibling modules installed (./mvnw -pl contracts,local-stack install).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
cd "$repo"
rm -f gateway/target/subscriptions-bench.txt
./mvnw -B -q -pl gateway test -Dtest=SubscriptionFanOutBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dfw.bench=true \
  -Dfw.bench.subscribers="${SUBSCRIBERS:-50}" -Dfw.bench.events="${EVENTS:-200}" -Dfw.bench.rate="${RATE:-20}" \
  > "$here/last-run.log" 2>&1 || { echo "benchmark failed; see $here/last-run.log"; exit 1; }
{ cat gateway/target/subscriptions-bench.txt; echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"; } \
  > "$here/last-run.txt"
cat "$here/last-run.txt"
