#!/usr/bin/env bash
# Cash acceptor benchmark (issue #8): the real cash-ssp driver against the SSP acceptor emulator over a socat pty
# (9600 baud) and loopback TCP, with a journal that forces every credit to disk before returning.
#  1. credit event -> listener: from the poll reply reporting CREDIT_NOTE leaving the acceptor to the Credited event
#     (target <= 100 ms; p50 / p95 / max), at the default 200 ms poll interval;
#  2. 10,000 notes in a row at a 1 ms poll interval: time taken, and no lost or doubled credit.
# Needs socat (Debian package socat). Usage: bench/cash-ssp.sh [latency notes (200)] [notes in a row (10000)]
# Copy the figures with the machine and date into docs/BENCHMARKS.md.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
source bench/lib.sh
MODULE=device-drivers/driver-cash-ssp
CP="$(bench_test_classpath "$MODULE")"
bench_machine
java -Xmx256m -Dlogback.configurationFile="$ROOT/$MODULE/src/test/resources/logback-test.xml" \
    -cp "$CP" org.budayang.driver.cashssp.CashBench "${1:-200}" "${2:-10000}"
