#!/usr/bin/env bash
# Gateway overhead on the model and benchmark pages with the sample data x100: each page through the gateway,
# then the same downstream calls made directly. Needs the built jars (./mvnw -B package -DskipTests). See RESULTS.md.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=${FW_REPO:-$(cd "$here/../.." && pwd)}
work=${BENCH_WORK:-$here/target}
copies=${COPIES:-100}
users=${USERS:-8}
seconds=${RUN_SECONDS:-30}
warmup=${WARMUP_SECONDS:-20}
java=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
launcher_cp="$repo/local-stack/target/local-stack-0.1.0-SNAPSHOT.jar:$repo/local-stack/target/lib/*"
mkdir -p "$work" && rm -rf "$work/data"
python3 "$here/generate.py" --out "$work/data" --copies "$copies"

# The whole stack as ./run starts it, on its own ports and data folder, without the quota for anonymous callers.
export FW_GATEWAY_PORT=${FW_GATEWAY_PORT:-38080} FW_MODELS_PORT=${FW_MODELS_PORT:-38091} \
  FW_ARTICLES_PORT=${FW_ARTICLES_PORT:-38092} FW_INSIGHTS_PORT=${FW_INSIGHTS_PORT:-38093} \
  FW_PG_PORT=${FW_PG_PORT:-35432} FW_KAFKA_PORT=${FW_KAFKA_PORT:-39092} FW_ANONYMOUS_REQUESTS_PER_MINUTE=100000000
start_stack() {
  "$java" --sun-misc-unsafe-memory-access=allow --enable-native-access=ALL-UNNAMED -Dfw.repo.dir="$repo" \
    -cp "$launcher_cp" ai.frontierwatch.localstack.LocalStackMain --clean --no-sample-data --data "$work/fw-data" \
    --import "$work/data" >"$work/stack.log" 2>&1 &
  stack=$!
}
probe=""
stack=""
cleanup() { [ -n "$probe" ] && kill "$probe" 2>/dev/null; [ -n "$stack" ] && kill -TERM "$stack" 2>/dev/null; wait 2>/dev/null || true; }
trap cleanup EXIT
# On a loaded machine a service may give up waiting for Kafka at startup (15 s): start again, up to 3 times.
for attempt in 1 2 3; do
  start_stack
  while kill -0 "$stack" 2>/dev/null && ! grep -q "Frontier Watch is up" "$work/stack.log"; do sleep 1; done
  grep -q "Frontier Watch is up" "$work/stack.log" && break
  echo "start $attempt failed: $(grep -m1 'Cannot start' "$work/stack.log" || tail -1 "$work/stack.log")"
  wait "$stack" 2>/dev/null || true
  [ "$attempt" = 3 ] && exit 1
done
grep "loaded" "$work/stack.log"
gw=http://127.0.0.1:$FW_GATEWAY_PORT/graphql
models=http://127.0.0.1:$FW_MODELS_PORT articles=http://127.0.0.1:$FW_ARTICLES_PORT insights=http://127.0.0.1:$FW_INSIGHTS_PORT

model_vars='{"slug":"gpt-5-2","from":"2025-12-01","to":"2025-12-31"}'
bench_vars='{"slug":"swe-bench-verified"}'
page() { python3 -c "import json,sys;print(json.dumps({'query':open(sys.argv[1]).read(),'variables':json.loads(sys.argv[2])}))" "$1" "$2" \
  | curl -sf "$gw" -H 'content-type: application/json' -d @-; }
# Insights are derived from the Kafka events after the import: wait until the board and the mentions stop growing.
last=""
for _ in $(seq 1 300); do
  now=$(page "$repo/gateway/docs/pages/benchmark-page.graphql" "$bench_vars" | python3 -c "import json,sys;d=(json.load(sys.stdin).get('data') or {}).get('benchmark') or {};d=d.get('leaderboard') or [];print(sum(len(b['entries']) for b in (d if isinstance(d,list) else [d])))")
  now="$now/$(page "$repo/gateway/docs/pages/model-page.graphql" "$model_vars" | python3 -c "import json,sys;m=(json.load(sys.stdin).get('data') or {}).get('model') or {};print(sum(p['mentions'] for p in m.get('mentionTrend') or []))")"
  # stable and not empty: derivation has started and caught up
  [ "$now" = "$last" ] && [ "${now%%/*}" != "0" ] && break
  last=$now; sleep 5
done
echo "benchmark page: $(page "$repo/gateway/docs/pages/benchmark-page.graphql" "$bench_vars" | python3 -c "import json,sys;d=json.load(sys.stdin);b=d['data']['benchmark']['leaderboard'];print(sum(len(x['entries']) for x in (b if isinstance(b,list) else [b])),'leaderboard entries,',len(d['data']['stateOfTheArt']),'state-of-the-art changes; errors:',d.get('errors'))")"
echo "model page: $(page "$repo/gateway/docs/pages/model-page.graphql" "$model_vars" | python3 -c "import json,sys;d=json.load(sys.stdin);m=d['data']['model'];print(len(m['results']),'results,',len(m['ranks']),'ranks,',len(m['latestArticles']),'articles,',len(m['mentionTrend']),'trend points; errors:',d.get('errors'))")"

# The off-the-shelf client check of gateway/docs/CONFORMANCE.md, on the same data (copy 0 is the sample data).
if [ -d "$repo/gateway/conformance/node_modules" ]; then
  echo "clients: $(cd "$repo/gateway/conformance" && node clients.mjs "$gw" | tr '\n' ';')"
fi

# The downstream calls of each page, as a second gateway on the same services logs them.
probe_port=$((FW_GATEWAY_PORT + 1))
QUARKUS_PROFILE=prod,local HTTP_PORT=$probe_port MODELS_SERVICE_URL=$models ARTICLES_SERVICE_URL=$articles INSIGHTS_SERVICE_URL=$insights FW_LOG_JSON=false \
  QUARKUS_REST_CLIENT_LOGGING_SCOPE=request-response QUARKUS_REST_CLIENT_LOGGING_BODY_LIMIT=0 \
  QUARKUS_LOG_CATEGORY__ORG_JBOSS_RESTEASY_REACTIVE_CLIENT_LOGGING__LEVEL=DEBUG \
  "$java" -jar "$repo/gateway/target/quarkus-app/quarkus-run.jar" >"$work/probe.log" 2>&1 &
probe=$!
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$probe_port/q/health/live" >/dev/null && break; sleep 1; done
for p in model benchmark; do
  vars=$model_vars; [ $p = benchmark ] && vars=$bench_vars
  : >"$work/probe.log"
  python3 -c "import json,sys;print(json.dumps({'query':open(sys.argv[1]).read(),'variables':json.loads(sys.argv[2])}))" \
    "$repo/gateway/docs/pages/$p-page.graphql" "$vars" | curl -sf "http://127.0.0.1:$probe_port/graphql" -H 'content-type: application/json' -d @- >/dev/null
  sleep 1
  python3 "$here/levels.py" $p "$work/probe.log" >"$work/$p-levels.txt"
  echo "$p page downstream calls by level:"; awk '{print "  level " NR ": " NF " call(s)"}' "$work/$p-levels.txt"
done
kill "$probe"; wait "$probe" 2>/dev/null || true; probe=""

load() { "$java" "$here/PageLoad.java" "$@"; }
echo "load: $users concurrent clients, ${warmup}s warm-up, ${seconds}s measured; $(uptime)"
for p in model benchmark; do
  vars=$model_vars; [ $p = benchmark ] && vars=$bench_vars
  echo "$p page via gateway:  $(load gateway "$gw" "$repo/gateway/docs/pages/$p-page.graphql" "$vars" "$users" "$seconds" "$warmup")"
  echo "$p page direct REST:  $(load direct "$work/$p-levels.txt" "$users" "$seconds" "$warmup")"
done
echo "done; $(uptime)"
