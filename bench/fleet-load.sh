#!/usr/bin/env bash
# Fleet load benchmark (issue #9) over mutual TLS: KIOSKS enrolled kiosks (bench-only bulk enrolment: rows in
# JDBC batches) of which CONNECTED are driven, each with its own EC key, a client certificate from central's
# kiosk CA and its own kept-alive HTTPS/1.1 connection, against one central wired as CentralMain wires it, on an
# H2 file database and on an embedded PostgreSQL. Every driven kiosk sends a heartbeat per cycle and polls its
# commands half a cycle later; the sandbox allows 20,000 open files per process and both connection ends are in
# the one JVM, so ~9,000 kiosks at most hold a connection and the rate comes from a shorter interval (8,500
# kiosks at 12.7 s = 20,000 at 30 s = 667/s). Per rate
# (heartbeats/s, as many polls/s) it prints achieved rate, p50/p99/max of heartbeats and polls, errors, TLS
# handshakes, CPU per request and the load average; then the largest rate held with heartbeat p99 <= 100 ms and
# no error, and a run at BURST_RATE during which BURST kiosks come back from an outage and deliver their outbox.
# Usage: bench/fleet-load.sh [h2|postgres|both]
#   (KIOSKS=20000 CONNECTED=8500 RATES=400,667,900 DURATION=30 BURST=1000 BURST_RATE=667 POOL=16 JIT=20)
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
      --connected "${CONNECTED:-8500}" --rates "${RATES:-400,667,900}" --seconds "${DURATION:-30}" \
      --burst "${BURST:-1000}" --burst-rate "${BURST_RATE:-667}" --burst-records "${BURST_RECORDS:-5}" \
      --pool "${POOL:-16}" --jit-seconds "${JIT:-20}" --dir "$OUT" 2>"$OUT/$1.err" | tee "$OUT/$1.txt"
}
case "$WHICH" in
  h2) run h2 ;;
  postgres) run postgres ;;
  both) run h2; run postgres ;;
  *) echo "usage: bench/fleet-load.sh [h2|postgres|both]" >&2; exit 2 ;;
esac
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
