#!/usr/bin/env bash
# Service desk benchmark (issue #7): latencies of query / submit / print / evaluate / finish through the kiosk's
# JournalledServiceDesk against the REAL central (child JVM, H2, sandbox departments) and the REAL escpos driver on
# the printer emulator over loopback TCP; the journal (SQLite, synchronous=FULL) on DIR's disk.
# Usage: bench/kiosk-desk.sh [ROUNDS=100] [DIR=target/bench/kiosk-desk]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
source bench/lib.sh
ROUNDS=${1:-100}
DIR=${2:-$ROOT/target/bench/kiosk-desk}
mkdir -p "$DIR"
CP=$(bench_test_classpath kiosk-app)
bench_machine "journal dir: $DIR on $(df -T "$DIR" | awk 'NR==2 {print $2}')"
java -Xmx256m -Dlogback.configurationFile="$ROOT/kiosk-app/src/test/resources/logback-test.xml" -cp "$CP" \
    org.budayang.kiosk.service.DeskBench "$DIR" "$ROUNDS"
