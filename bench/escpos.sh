#!/usr/bin/env bash
# ESC/POS receipt printer benchmark (issue #5): a 受理凭证 (48 columns, GB18030, with QR) encoded and printed through
# the real escpos driver to the printer emulator, over a socat pty pair and over loopback TCP. Each run: real-time
# status before (DLE EOT 1-4), the job's bytes, the wait for the printer's GS r 1 reply (job processed), status after.
# Prints median / p95 / max per run (target <= 20 ms), and the encoder alone. Needs socat (Debian package socat).
# Usage: bench/escpos.sh [runs (default 200)] [warm-up runs (default 50)]
# Copy the figures with the machine and date into docs/BENCHMARKS.md.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
MODULE=device-drivers/driver-printer-escpos
./mvnw -o -q -pl "$MODULE" -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null
CP="$MODULE/target/test-classes:$MODULE/target/classes:device-drivers/driver-api/target/classes:device-drivers/driver-testkit/target/classes:$(cat "$MODULE/target/bench-classpath.txt")"
echo "machine: $(nproc) cores, $(free -g | awk '/^Mem/ {print $2}') GiB, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)"
echo "java: $(java -version 2>&1 | head -1); date: $(date -u +%Y-%m-%dT%H:%MZ); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xmx256m -Djava.awt.headless=true -Dlogback.configurationFile="$ROOT/$MODULE/src/test/resources/logback-test.xml" \
    -cp "$CP" org.budayang.driver.escpos.EscPosBench "${1:-200}" "${2:-50}"
