#!/usr/bin/env bash
# Kiosk journal benchmark (issue #7): intend+done of one step with synchronous=FULL (p50/p95 of STEPS), and an
# outbox record from append to stored by a local HTTP server through the deliverer (p50/p95 of DELIVERIES).
# The journal file goes to DIR (default target/bench/journal on the repository's disk: fsync cost depends on it;
# /tmp may be a tmpfs and flatter the figures).
# The test server sets TCP_NODELAY (-Dsun.net.httpserver.nodelay=true) as central's Jetty does; without it Nagle
# and delayed ACKs add about 40 ms to every delivery.
# Usage: bench/journal.sh [STEPS=1000] [DELIVERIES=300] [DIR=target/bench/journal]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
STEPS=${1:-1000}
DELIVERIES=${2:-300}
DIR=${3:-$ROOT/target/bench/journal}
mkdir -p "$DIR"
./mvnw -q -B -o -pl kiosk-app -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test >/dev/null
echo "machine: $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1); java: $(java -version 2>&1 | head -1)"
echo "journal dir: $DIR on $(df -T "$DIR" | awk 'NR==2 {print $2 " " $1}'); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xmx256m -Dsun.net.httpserver.nodelay=true -Dlogback.configurationFile="$ROOT/kiosk-app/src/test/resources/logback-test.xml" \
    -cp "kiosk-app/target/test-classes:kiosk-app/target/classes:$(cat kiosk-app/target/test-classpath.txt)" \
    org.budayang.kiosk.journal.JournalBench "$DIR" "$STEPS" "$DELIVERIES"
