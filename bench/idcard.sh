#!/usr/bin/env bash
# ID card reader (idcard-sam) benchmarks: the driver's own cost and the codec's throughput.
#   1. codec: full read frames (1295 bytes) parsed and decoded into card records per second (target >= 100,000/s)
#   2. driver: readCard (find -> select -> read: from the first command written to the card record delivered)
#      against the unpaced emulator, p50/p95/p99 over 1,000 reads (target p95 <= 30 ms), over in-memory pipes,
#      over a socat pty pair (SerialLink on both ends, 115200 baud; a pty ignores the baud rate) and over
#      loopback TCP; the driver's links are built from settings by Links.opener, as in the kiosk
#   3. for information: the same reads over the pty with the emulator pacing its bytes at 115200 baud
#      (1295 bytes of read answer = 112 ms on a real line; find + select + read = 1329 bytes = 115 ms)
# Needs socat (Debian package socat). The machine may be shared with other builds: say so with the figures.
# Prints its figures; copy them with the machine and date into docs/BENCHMARKS.md.
# Usage: bench/idcard.sh [reads]   (default 1000)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
READS=${1:-1000}
MODULE=device-drivers/driver-idcard-sam
. bench/lib.sh
CP=$(bench_test_classpath "$MODULE")
bench_machine
java -Xmx256m -cp "$CP" org.budayang.driver.idcardsam.IdCardBench "$READS"
