#!/usr/bin/env bash
# Bulk import rate and resolution latency of models-service on a synthetic catalogue.
# Needs the built service (./mvnw -pl models-service install) and local-stack (target/lib). See RESULTS.md.
# SERVICE_JAR= benchmarks another build of the service (e.g. an older commit's) on the same data.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
work=${BENCH_WORK:-$here/target}
models=${MODELS:-10000}
results=${RESULTS:-200000}
pg_port=${PG_PORT:-25432}
kafka_port=${KAFKA_PORT:-29092}
http_port=${HTTP_PORT:-28091}
java=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
jar=${SERVICE_JAR:-$repo/models-service/target/quarkus-app/quarkus-run.jar}
rm -rf "$work/infra" "$work/bench-data" && mkdir -p "$work"

python3 "$here/generate.py" --out "$work/bench-data" --models "$models" --results "$results"

# infrastructure (embedded PostgreSQL 18 + KRaft Kafka from local-stack), stopped when its stdin closes
coproc INFRA { exec "$java" -cp "$repo/local-stack/target/local-stack-0.1.0-SNAPSHOT.jar:$repo/local-stack/target/lib/*" \
  "$here/BenchInfra.java" "$work/infra" "$pg_port" "$kafka_port" 2>"$work/infra.log"; }
infra_pid=$INFRA_PID
read -r ready db_url kafka <&"${INFRA[0]}"
[ "$ready" = READY ] || { echo "infrastructure did not start; see $work/infra.log"; exit 1; }

QUARKUS_PROFILE=prod,local HTTP_PORT=$http_port DB_URL=$db_url KAFKA_BOOTSTRAP_SERVERS=$kafka FW_LOG_JSON=false \
  "$java" -Xmx1g ${SERVICE_JAVA_OPTS:-} -jar "$jar" >"$work/service.log" 2>&1 &
service_pid=$!
cleanup() { kill "$service_pid" 2>/dev/null || true; wait "$service_pid" 2>/dev/null || true;
            exec {INFRA[1]}>&- 2>/dev/null || true; wait "$infra_pid" 2>/dev/null || true; }
trap cleanup EXIT
base=http://127.0.0.1:$http_port
for _ in $(seq 1 120); do curl -sf "$base/q/health/ready" >/dev/null && break; sleep 1; done

post() { curl -sf --max-time 1800 -F "file=@$1" "$base/api/v1/imports"; }
start=$(date +%s.%N); post "$work/bench-data/entities.json" > "$work/entities-report.json"; end=$(date +%s.%N)
echo "entities: $(python3 -c "import json;r=json.load(open('$work/entities-report.json'));print(r['created'],'created,',r['errorCount'],'errors')") in $(echo "$end - $start" | bc) s"

# CPU seconds (user + system, children included) used so far by a process and all its descendants: the cost
# of the work itself, which other load on the machine stretches in wall time far less than the rate
cpu_seconds() {
  local pids; pids=$(ps -e -o pid=,ppid= | awk -v root="$1" '{parent[$1]=$2} END {
    for (p in parent) { q=p; while (q in parent && q != root && q > 1) q=parent[q]; if (q == root) print p } }')
  (for p in $pids; do awk '{print $14 + $15 + $16 + $17}' "/proc/$p/stat" 2>/dev/null; done; echo 0) |
    awk -v hz="$(getconf CLK_TCK)" '{t += $1} END {printf "%.1f", t / hz}'
}

postmaster=$(head -1 "$work/infra/pg/postmaster.pid")  # PostgreSQL runs detached from the launcher
cpu_db() { echo "$(cpu_seconds "$postmaster") + $(cpu_seconds "$infra_pid")" | bc; }

total=0; start=$(date +%s.%N); cpu_service=$(cpu_seconds "$service_pid"); cpu_infra=$(cpu_db)
for f in "$work"/bench-data/results-*.json; do
  created=$(post "$f" | python3 -c "import json,sys;r=json.load(sys.stdin);print(r['created']);assert r['errorCount']==0, r['files'][0]['errors'][:3]")
  total=$((total + created))
done
end=$(date +%s.%N)
secs=$(echo "$end - $start" | bc)
echo "results: $total created in $secs s = $(echo "$total / $secs" | bc) results/s (each with its outbox event)"
cpu_service=$(echo "$(cpu_seconds "$service_pid") - $cpu_service" | bc); cpu_infra=$(echo "$(cpu_db) - $cpu_infra" | bc)
echo "results CPU: service $cpu_service s, PostgreSQL + Kafka $cpu_infra s = $(echo "($cpu_service + $cpu_infra) * 1000000 / $total" | bc) CPU-us per result; load average $(cut -d' ' -f1-3 /proc/loadavg)"

start=$(date +%s.%N); again=$(post "$work/bench-data/results-000.json"); end=$(date +%s.%N)
echo "re-import of one unchanged chunk: $(echo "$again" | python3 -c "import json,sys;r=json.load(sys.stdin);print(r['unchanged'],'unchanged,',r['created'],'created')") in $(echo "$end - $start" | bc) s"

python3 "$here/resolve_latency.py" "$base" "$work/bench-data/names.txt" "${RESOLVE_REQUESTS:-20000}"
