#!/usr/bin/env bash
# Fleet load benchmark (issue #9): N simulated kiosks sending heartbeats (POST /api/v1/heartbeats with kiosk
# authentication, the per-kiosk rate limit and an Idempotency-Key each) to one central at a series of aggregate
# rates, open loop, on an H2 file database and on an embedded PostgreSQL. Prints per rate the achieved rate,
# p50/p99/max latency and errors, and the largest rate held with p99 <= 100 ms and no error.
# Kiosks still authenticate with per-kiosk secrets (PBKDF2, cached per kiosk; the cache holds 10,000): N stays a
# few thousand and the rate comes from the interval (1,000 kiosks at 1.5 s = 20,000 kiosks at 30 s = 667/s).
# Once fleet-trust lands, the simulated kiosks present client certificates (mTLS) and N can be 20,000.
# Usage: bench/fleet-load.sh [h2|postgres|both]   (KIOSKS=1000 RATES=200,400,667,900,1200 DURATION=20)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
WHICH=${1:-both}
KIOSKS=${KIOSKS:-1000}
RATES=${RATES:-200,400,667,900,1200}
SECONDS_PER_RATE=${DURATION:-20}
OUT="$ROOT/target/bench/fleet-load"
mkdir -p "$OUT"
./mvnw -o -q -B -pl central -am test-compile >/dev/null
./mvnw -o -q -B -pl central dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt \
    -Dmdep.includeScope=test >/dev/null
CP="central/target/test-classes:central/target/classes:service-api/target/classes:$(cat central/target/test-classpath.txt)"
echo "machine: $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1); java: $(java -version 2>&1 | head -1)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
run() {
  java -Xms512m -Xmx1g -Dlogback.configurationFile="$ROOT/central/src/main/resources/logback.xml" -cp "$CP" \
      org.budayang.central.fleet.FleetLoadBench --db "$1" --kiosks "$KIOSKS" --rates "$RATES" \
      --seconds "$SECONDS_PER_RATE" --dir "$OUT" 2>"$OUT/$1.log" | tee "$OUT/$1.txt"
}
case "$WHICH" in
  h2) run h2 ;;
  postgres) run postgres ;;
  both) run h2; run postgres ;;
  *) echo "usage: bench/fleet-load.sh [h2|postgres|both]" >&2; exit 2 ;;
esac
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
