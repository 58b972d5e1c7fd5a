#!/usr/bin/env bash
# Fleet load benchmark (issue #9) over mutual TLS: N simulated kiosks, each with its own EC key and client
# certificate from central's kiosk CA (bench-only bulk enrolment through KioskCa + JDBC batches), against one
# central wired as CentralMain wires it, on an H2 file database and on an embedded PostgreSQL. Every kiosk sends
# a heartbeat per cycle and polls its commands half a cycle later over its own HTTPS/1.1 connection (the first
# KEEP_ALIVE kiosks keep it open; the others reconnect per request with TLS session resumption: this sandbox
# allows 20,000 open files per process and both ends of every connection are in the one JVM). Per rate
# (heartbeats/s, as many polls/s) it prints achieved rate, p50/p99/max of heartbeats and polls, errors, TLS
# handshakes, CPU per request and the load average; then the largest rate held with heartbeat p99 <= 100 ms and
# no error, and a run at BURST_RATE during which BURST kiosks come back from an outage and deliver their outbox.
# Usage: bench/fleet-load.sh [h2|postgres|both]
#   (KIOSKS=20000 KEEP_ALIVE=7500 RATES=400,667,900 DURATION=30 BURST=2000 BURST_RATE=667 POOL=16 JIT=20)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
WHICH=${1:-both}
OUT="$ROOT/target/bench/fleet-load"
mkdir -p "$OUT"
./mvnw -o -q -B -pl central -am test-compile >/dev/null
./mvnw -o -q -B -pl central dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt \
    -Dmdep.includeScope=test >/dev/null
CP="central/target/test-classes:central/target/classes:service-api/target/classes:$(cat central/target/test-classpath.txt)"
echo "machine: $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1); java: $(java -version 2>&1 | head -1); open files: $(ulimit -n)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
run() {
  java -Xms1g -Xmx3g -XX:+UseParallelGC -Dlogback.configurationFile="$ROOT/central/src/test/resources/logback-bench.xml" -Dbench.log="$OUT/$1.log" \
      -cp "$CP" org.budayang.central.fleet.load.FleetLoadBench --db "$1" --kiosks "${KIOSKS:-20000}" \
      --keep-alive "${KEEP_ALIVE:-7500}" --rates "${RATES:-400,667,900}" --seconds "${DURATION:-30}" \
      --burst "${BURST:-2000}" --burst-rate "${BURST_RATE:-667}" --burst-records "${BURST_RECORDS:-5}" \
      --pool "${POOL:-16}" --jit-seconds "${JIT:-20}" --dir "$OUT" 2>"$OUT/$1.err" | tee "$OUT/$1.txt"
}
case "$WHICH" in
  h2) run h2 ;;
  postgres) run postgres ;;
  both) run h2; run postgres ;;
  *) echo "usage: bench/fleet-load.sh [h2|postgres|both]" >&2; exit 2 ;;
esac
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
