#!/usr/bin/env bash
# Card placed -> holder shown on the kiosk screen (issue #7, target <= 1.5 s) over a SERIAL line: the kiosk shell
# headless (Monocle, software rendering) with the real idcard-sam driver (link=serial, 115200 baud) on one end of a
# socat pty pair and the reader emulator (SerialLink) on the other, pacing its bytes at 115200 baud. Measured from
# the emulator's card-placed event to the first drawn pulse showing the holder. (bench/kiosk-card.sh: the same over
# loopback TCP.) Needs socat.  Usage: bench/kiosk-card-pty.sh [PLACEMENTS=30] [POLL=300ms]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
. bench/lib.sh
CP=$(bench_test_classpath kiosk-app)
bench_machine
java -Djava.awt.headless=true -Dlogback.configurationFile="$ROOT/kiosk-app/src/test/resources/logback-test.xml" \
    -cp "$CP" org.budayang.kiosk.bench.CardPtyBench "${1:-30}" "${2:-300ms}" 2>&1 \
    | grep --line-buffered -v -e '^WARNING' -e 'PlatformImpl startup'
