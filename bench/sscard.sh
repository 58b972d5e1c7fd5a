#!/usr/bin/env bash
# Social security card reader (pcsc-sscard) benchmarks:
#   1. codec: the whole basics read (select SSSE, EF05 x5 records, EF06 x4 records: 12 APDUs) against the
#      jcardsim applet in process, reads per second
#   2. driver: readCard through a real pcscd + vsmartcard's vpcd against the project's virtual card (connect,
#      12 APDUs, disconnect), p50/p95/p99/max over N reads after 10 warm-up reads (issue #6 target: <= 300 ms)
# Needs Debian's pcscd and vsmartcard-vpcd; starts `pcscd --foreground` itself when none answers (and stops it
# at the end). The machine may be shared with other builds: say so with the figures.
# Usage: bench/sscard.sh [reads]   (default 100)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
READS=${1:-100}
MODULE=device-drivers/driver-sscard-pcsc
. bench/lib.sh
CP=$(bench_test_classpath "$MODULE")
bench_machine "pcscd: $(pcscd --version 2>&1 | head -1)"
cd "$MODULE" # pcscd's log goes to target/pcscd.log of the module
java -Xmx256m -cp "$(echo "$CP" | sed "s#$MODULE/##g")" org.budayang.driver.pcscsscard.SsCardBench "$READS"
