#!/usr/bin/env bash
# Central's HTTP benchmark with wrk (Debian package wrk) on loopback, on H2 and on PostgreSQL (embedded,
# started by the bench main on central's test class path). Kiosk routes are served over mutual TLS only and wrk
# cannot present a client certificate, so the script enrols a kiosk as a technician would (ops code with curl, an
# EC P-256 key and CSR with openssl, POST /api/v1/enrol) and wrk reaches the kiosk routes through socat, which
# holds one mutual-TLS connection with that certificate per wrk connection (kept alive; socat's relaying runs on
# the same two cores and is part of the figures). For each database it measures
#   catalog  GET /api/v1/catalog (public, plain HTTP)
#   get      GET /api/v1/test/applications/{id} (mutual TLS; the certificate check reads the kiosk's record)
#   post     POST /api/v1/test/applications (mutual TLS + a fresh Idempotency-Key: one INSERT and one UPDATE)
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
KIOSK=mtls
OUT="$ROOT/target/bench/central"
mkdir -p "$OUT"
command -v wrk >/dev/null || { echo "bench: wrk missing: apt-get install -y wrk" >&2; exit 2; }
command -v socat >/dev/null || { echo "bench: socat missing: apt-get install -y socat" >&2; exit 2; }
command -v openssl >/dev/null || { echo "bench: openssl missing: apt-get install -y openssl" >&2; exit 2; }

./mvnw -o -q -B -pl central -am test-compile >/dev/null
./mvnw -o -q -B -pl central dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt \
    -Dmdep.includeScope=test >/dev/null
# service-api from the reactor, not a stale copy in ~/.m2
CP="central/target/test-classes:central/target/classes:service-api/target/classes:$(cat central/target/test-classpath.txt)"
JAVA_OPTS=${CENTRAL_JVM_OPTS:-"-Xms256m -Xmx512m -Dlogback.configurationFile=$ROOT/central/src/main/resources/logback.xml"}

OPS_TOKEN=$(head -c 32 /dev/urandom | base64 | tr -d '/+=' | head -c 40)
# one kiosk stands in for many here: lift its POST rate limit (default 2/s, burst 60), as the soak bench does
{ echo "ops.token=$OPS_TOKEN"; echo "ratelimit.kioskPerSecond=10000"; echo "ratelimit.kioskBurst=100000"; } \
    > "$OUT/central.properties"

# enrols a kiosk at $BASE as a technician would; writes $OUT/kiosk-{key,cert}.pem and $OUT/ca.pem
enrol_kiosk() {
  local sheet code
  sheet=$(curl -s -X POST -H "Authorization: Bearer $OPS_TOKEN" -H "X-Budayang-Ops-User: bench" \
      -H 'Content-Type: application/json' -d '{"regionCode":"620102000000","siteType":"政务服务中心",
      "address":"城关区测试路 1 号","hostOrganisation":"城关区政务服务中心","contact":"值班员 0931-0000000"}' \
      "$BASE/api/v1/ops/enrolment-codes")
  code=$(echo "$sheet" | python3 -c 'import json,sys; print(json.load(sys.stdin)["code"])')
  openssl ecparam -name prime256v1 -genkey -noout -out "$OUT/kiosk-key.pem"
  openssl req -new -key "$OUT/kiosk-key.pem" -subj /CN=kiosk -out "$OUT/kiosk.csr"
  python3 -c 'import json,sys; print(json.dumps({"code": sys.argv[1], "csr": open(sys.argv[2]).read(),
      "name": "bench"}))' "$code" "$OUT/kiosk.csr" > "$OUT/enrol.json"
  curl -s -X POST -H 'Content-Type: application/json' --data @"$OUT/enrol.json" "$BASE/api/v1/enrol" \
      | python3 -c 'import json,sys
a = json.load(sys.stdin)
open(sys.argv[1], "w").write("".join(a["chain"]))
open(sys.argv[2], "w").write(a["caCertificate"])
print("bench: enrolled", a["kioskId"])' "$OUT/kiosk-cert.pem" "$OUT/ca.pem"
}

SERVER=""
PROXY=""
cleanup() {
  [ -n "$PROXY" ] && kill "$PROXY" 2>/dev/null
  [ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null
  wait 2>/dev/null || true
}
trap cleanup EXIT

run_wrk() {   # name connections delay_ms method path [kiosk: through the mutual-TLS proxy]
  local name=$1 connections=$2 delay=$3 method=$4 path=$5 kiosk=${6:-}
  local result base=$BASE
  [ -n "$kiosk" ] && base=$KIOSK_BASE
  result=$(BENCH_DELAY_MS=$delay BENCH_METHOD=$method \
      BENCH_BODY="${POST_BODY:-}" wrk -t"$WRK_THREADS" -c"$connections" -d"$DURATION" --latency \
      -s bench/central/kiosk.lua "$base$path")
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
  rm -rf "$data" "$portfile" "$portfile.tls"
  [ "$DB" = postgres ] && flag=--postgres
  java $JAVA_OPTS -cp "$CP" org.budayang.central.bench.CentralBenchMain --config "$OUT/central.properties" \
      --data-dir "$data" --port-file "$portfile" $flag > "$OUT/$DB-server.log" 2>&1 &
  SERVER=$!
  for _ in $(seq 1 300); do [ -s "$portfile" ] && break; sleep 0.1; done
  [ -s "$portfile" ] || { echo "bench: central ($DB) did not start; see $OUT/$DB-server.log" >&2; exit 1; }
  BASE="http://127.0.0.1:$(cat "$portfile")"
  enrol_kiosk
  local proxy_port
  proxy_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  socat TCP-LISTEN:"$proxy_port",bind=127.0.0.1,reuseaddr,fork \
      OPENSSL:127.0.0.1:"$(cat "$portfile.tls")",cert="$OUT/kiosk-cert.pem",key="$OUT/kiosk-key.pem",cafile="$OUT/ca.pem" \
      2>"$OUT/$DB-socat.log" &
  PROXY=$!
  KIOSK_BASE="http://127.0.0.1:$proxy_port"
  for _ in $(seq 1 50); do curl -s -o /dev/null "$KIOSK_BASE/api/v1/catalog" && break; sleep 0.1; done
  POST_PATH=${POST_PATH:-/api/v1/test/applications}
  POST_BODY=${POST_BODY:-'{"idNumber":"11010519491231002X","itemCode":"620102-GA01-GG00011001","copies":1}'}
  # one application to read back, and a warm-up of every endpoint
  curl -s -o /dev/null -X POST -H "Idempotency-Key: bench-warmup-0001" -H "Content-Type: application/json" \
      -d "$POST_BODY" "$KIOSK_BASE$POST_PATH"
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
  kill "$PROXY"; wait "$PROXY" 2>/dev/null || true; PROXY=""
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
