#!/usr/bin/env bash
# Credit event -> amount shown on the kiosk's PAY screen (issue #8, target p95 <= 100 ms): the real cash-ssp driver
# polling the SSP acceptor emulator over loopback TCP, every credit journalled by the kiosk's payment ledger in a real
# SQLite journal (fsync) before the screen hears of it, the PAY screen (PayView) headless under Monocle with software
# rendering. From the acceptor's poll reply that reports the credit to the first layout pulse that shows the new
# 已投入 amount. Prints min / p50 / p95 / max.
# Usage: bench/kiosk-cash.sh [NOTES=60]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
source bench/lib.sh
NOTES=${1:-60}
CP="$(bench_test_classpath kiosk-app)"
bench_machine
java -Djava.awt.headless=true -Dlogback.configurationFile="$ROOT/kiosk-app/src/test/resources/logback-test.xml" \
    -cp "$CP" org.budayang.kiosk.ui.flow.CashScreenBench "$NOTES" 2>&1 | grep -v -e '^WARNING' -e 'PlatformImpl startup'
