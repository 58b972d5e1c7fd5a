#!/usr/bin/env bash
# Central's HTTP benchmark with wrk (Debian package wrk) on loopback, on H2 and on PostgreSQL (embedded,
# started by the bench main on central's test class path). For each database it measures
#   catalog  GET /api/v1/catalog (public)
#   get      GET /api/v1/test/applications/{id} (kiosk authentication; the secret's PBKDF2 check is cached)
#   post     POST /api/v1/test/applications (authentication + a fresh Idempotency-Key: one INSERT and one UPDATE)
# once paced near 300 requests/s (10 connections, 33 ms pause each) and once at saturation (SAT_CONNECTIONS),
# and prints requests/s, p50 and p99. AUTH_PATH / POST_PATH / POST_BODY point it at other endpoints.
# Usage: bench/central.sh [h2|postgres|both]   (DURATION=10s SAT_CONNECTIONS=32 WRK_THREADS=2)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
WHICH=${1:-both}
DURATION=${DURATION:-10s}
SAT_CONNECTIONS=${SAT_CONNECTIONS:-32}
WRK_THREADS=${WRK_THREADS:-2}
KIOSK=KSK-620102-0001
OUT="$ROOT/target/bench/central"
mkdir -p "$OUT"
command -v wrk >/dev/null || { echo "bench: wrk missing: apt-get install -y wrk" >&2; exit 2; }

./mvnw -o -q -B -pl central -am test-compile >/dev/null
./mvnw -o -q -B -pl central dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt \
    -Dmdep.includeScope=test >/dev/null
# service-api from the reactor, not a stale copy in ~/.m2
CP="central/target/test-classes:central/target/classes:service-api/target/classes:$(cat central/target/test-classpath.txt)"
JAVA_OPTS=${CENTRAL_JVM_OPTS:-"-Xms256m -Xmx512m -Dlogback.configurationFile=$ROOT/central/src/main/resources/logback.xml"}

# a fresh kiosk secret and its configuration line, as an operator would make them
rm -f "$OUT/kiosk-secret.txt"
java -cp "$CP" org.budayang.central.CentralMain issue-kiosk-secret --kiosk "$KIOSK" --out "$OUT/kiosk-secret.txt" \
    >/dev/null
SECRET=$(sed -n 's/^secret=//p' "$OUT/kiosk-secret.txt")
grep '^kiosk\.' "$OUT/kiosk-secret.txt" > "$OUT/central.properties"

SERVER=""
cleanup() { [ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null; wait 2>/dev/null || true; }
trap cleanup EXIT

run_wrk() {   # name connections delay_ms method path [kiosk]
  local name=$1 connections=$2 delay=$3 method=$4 path=$5 kiosk=${6:-}
  local result
  result=$(BENCH_DELAY_MS=$delay BENCH_KIOSK=$kiosk BENCH_SECRET=$SECRET BENCH_METHOD=$method \
      BENCH_BODY="${POST_BODY:-}" wrk -t"$WRK_THREADS" -c"$connections" -d"$DURATION" --latency \
      -s bench/central/kiosk.lua "$BASE$path")
  echo "$result" > "$OUT/$DB-$name.txt"
  local rate p50 p99 errors
  rate=$(echo "$result" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$result" | awk '$1 == "50%" {print $2}')
  p99=$(echo "$result" | awk '$1 == "99%" {print $2}')
  errors=$(echo "$result" | sed -n 's/^Refused by status: //p')
  printf '%-10s %-22s %10s req/s   p50 %9s   p99 %9s   refused: %s\n' "$DB" "$name" "$rate" "$p50" "$p99" \
      "${errors:-0}"
}

bench_db() {
  DB=$1
  local flag="" portfile="$OUT/$DB.port" data="$OUT/data-$DB"
  rm -rf "$data" "$portfile"
  [ "$DB" = postgres ] && flag=--postgres
  java $JAVA_OPTS -cp "$CP" org.budayang.central.bench.CentralBenchMain --config "$OUT/central.properties" \
      --data-dir "$data" --port-file "$portfile" $flag > "$OUT/$DB-server.log" 2>&1 &
  SERVER=$!
  for _ in $(seq 1 300); do [ -s "$portfile" ] && break; sleep 0.1; done
  [ -s "$portfile" ] || { echo "bench: central ($DB) did not start; see $OUT/$DB-server.log" >&2; exit 1; }
  BASE="http://127.0.0.1:$(cat "$portfile")"
  POST_PATH=${POST_PATH:-/api/v1/test/applications}
  POST_BODY=${POST_BODY:-'{"idNumber":"11010519491231002X","itemCode":"620102-GA01-GG00011001","copies":1}'}
  # one application to read back, and a warm-up of every endpoint
  curl -s -o /dev/null -X POST -H "X-Budayang-Kiosk: $KIOSK" -H "Authorization: Bearer $SECRET" \
      -H "Idempotency-Key: bench-warmup-0001" -H "Content-Type: application/json" -d "$POST_BODY" "$BASE$POST_PATH"
  AUTH_PATH=${AUTH_PATH:-/api/v1/test/applications/APP-1}
  DURATION=5s run_wrk warmup-catalog 8 0 GET /api/v1/catalog >/dev/null
  DURATION=5s run_wrk warmup-get 8 0 GET "$AUTH_PATH" "$KIOSK" >/dev/null
  DURATION=5s run_wrk warmup-post 8 0 POST "$POST_PATH" "$KIOSK" >/dev/null
  run_wrk catalog-300rps 10 33 GET /api/v1/catalog
  run_wrk catalog-saturated "$SAT_CONNECTIONS" 0 GET /api/v1/catalog
  run_wrk get-auth-300rps 10 33 GET "$AUTH_PATH" "$KIOSK"
  run_wrk get-auth-saturated "$SAT_CONNECTIONS" 0 GET "$AUTH_PATH" "$KIOSK"
  run_wrk post-idem-300rps 10 33 POST "$POST_PATH" "$KIOSK"
  run_wrk post-idem-saturated "$SAT_CONNECTIONS" 0 POST "$POST_PATH" "$KIOSK"
  # a real department query (社保 参保信息 of demo citizen 张三) through the sandbox connector
  POST_BODY='{"itemCode":"GG00031001","idNumber":"620102195803150034","params":{}}' \
      DURATION=5s run_wrk warmup-query 8 0 POST /api/v1/queries "$KIOSK" >/dev/null
  POST_BODY='{"itemCode":"GG00031001","idNumber":"620102195803150034","params":{}}' \
      run_wrk query-300rps 10 33 POST /api/v1/queries "$KIOSK"
  POST_BODY='{"itemCode":"GG00031001","idNumber":"620102195803150034","params":{}}' \
      run_wrk query-saturated "$SAT_CONNECTIONS" 0 POST /api/v1/queries "$KIOSK"
  kill "$SERVER"; wait "$SERVER" 2>/dev/null || true; SERVER=""
}

echo "central wrk bench: $(nproc) cores, $(java -version 2>&1 | head -1), wrk $(wrk -v 2>&1 | head -1 | awk '{print $2}')"
case "$WHICH" in
  h2) bench_db h2 ;;
  postgres) bench_db postgres ;;
  both) bench_db h2; bench_db postgres ;;
  *) echo "usage: bench/central.sh [h2|postgres|both]" >&2; exit 2 ;;
esac
echo "raw wrk output: $OUT"
