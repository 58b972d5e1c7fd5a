#!/usr/bin/env bash
# QR / barcode scanner (qr-serial) benchmark: latency from a scan on the emulator to the driver's code listener,
# one scan at a time, median / p95 / p99 / max over N scans (default 1000, after 200 warm-up scans), for a
# 64-character 医保电子凭证-like token and an 18-digit payment code, over a socat pty pair (SerialLink on both ends,
# the driver's link built from settings by Links.opener, as in the kiosk), and for comparison over loopback TCP
# and in-memory pipes. Not a unit test: it prints its figures; copy them with the machine and date into
# docs/BENCHMARKS.md. Needs socat (Debian package socat). The machine may be shared with other builds: say so.
# Usage: bench/scanner.sh [scans]   (default 1000)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
SCANS=${1:-1000}
MODULE=device-drivers/driver-qr-scanner
. bench/lib.sh
CP=$(bench_test_classpath "$MODULE")
bench_machine
java -Xmx256m -cp "$CP" org.budayang.driver.qrserial.ScannerBench "$SCANS"
