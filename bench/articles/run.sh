#!/usr/bin/env bash
# Ingest rate and search latency of articles-service on a synthetic mixed-language corpus.
# Needs the built service (./mvnw -pl articles-service install) and local-stack (target/lib). See RESULTS.md.
# SEARCH_ONLY=1 measures searches only, on the database and data of the previous full run (kept in
# $BENCH_WORK, default target/): no generation, no ingest; the service applies new migrations at start.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
work=${BENCH_WORK:-$here/target}
articles=${ARTICLES:-100000}
clients=${CLIENTS:-4}
rounds=${SEARCH_ROUNDS:-20}
pg_port=${PG_PORT:-25442}
kafka_port=${KAFKA_PORT:-29102}
http_port=${HTTP_PORT:-28092}
java=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
search_only=${SEARCH_ONLY:-0}
if [ "$search_only" = 1 ]; then
  [ -d "$work/infra/pg" ] && [ -f "$work/bench-data/queries.txt" ] \
    || { echo "SEARCH_ONLY=1 needs the database and data of a previous full run in $work"; exit 1; }
else
  rm -rf "$work/infra" "$work/bench-data" && mkdir -p "$work"
  python3 "$here/generate.py" --out "$work/bench-data" --articles "$articles"
fi

# infrastructure (embedded PostgreSQL 18 + KRaft Kafka from local-stack), stopped when its stdin closes
coproc INFRA { exec "$java" -cp "$repo/local-stack/target/local-stack-0.1.0-SNAPSHOT.jar:$repo/local-stack/target/lib/*" \
  "$here/BenchInfra.java" "$work/infra" "$pg_port" "$kafka_port" articles 2>"$work/infra.log"; }
infra_pid=$INFRA_PID
read -r ready db_url kafka <&"${INFRA[0]}"
[ "$ready" = READY ] || { echo "infrastructure did not start; see $work/infra.log"; exit 1; }

QUARKUS_PROFILE=prod,local HTTP_PORT=$http_port DB_URL=$db_url KAFKA_BOOTSTRAP_SERVERS=$kafka FW_LOG_JSON=false \
  "$java" -Xmx1g -jar "$repo/articles-service/target/quarkus-app/quarkus-run.jar" >"$work/service.log" 2>&1 &
service_pid=$!
cleanup() { kill "$service_pid" 2>/dev/null || true; wait "$service_pid" 2>/dev/null || true;
            exec {INFRA[1]}>&- 2>/dev/null || true; wait "$infra_pid" 2>/dev/null || true; }
trap cleanup EXIT
base=http://127.0.0.1:$http_port
# (a migration of a kept 100k database can take minutes)
for _ in $(seq 1 900); do curl -sf "$base/q/health/ready" >/dev/null && break; sleep 1; done
curl -sf "$base/q/health/ready" >/dev/null || { echo "the service did not start; see $work/service.log"; exit 1; }

if [ "$search_only" != 1 ]; then
  python3 "$here/load.py" "$base" "$work/bench-data" ingest "$clients" | tee "$work/results.jsonl"
  # let the outbox drain and autovacuum analyse the table before measuring searches
  for _ in $(seq 1 300); do
    pending=$(curl -sf "$base/q/metrics" | awk '/^fw_outbox_pending/ {print $2}')
    [ "${pending%.*}" = 0 ] && break; sleep 2
  done
  echo "outbox pending after ingest: ${pending:-?}"
fi
echo "load average before searches: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 "$here/load.py" "$base" "$work/bench-data" search "$rounds" | tee -a "$work/results.jsonl"
