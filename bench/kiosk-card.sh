#!/usr/bin/env bash
# Card placed -> holder shown on the kiosk screen (target <= 1.5 s): the kiosk shell headless (Monocle,
# software rendering) with the real idcard-sam driver over loopback TCP to the reader emulator paced at
# 115200 baud. Prints min / p50 / mean / p95 / max.  Usage: bench/kiosk-card.sh [ROUNDS=30] [POLL=300ms]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
ROUNDS=${1:-30}
POLL=${2:-300ms}
./mvnw -q -B -o -pl kiosk-app -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test >/dev/null
echo "machine: $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1); java: $(java -version 2>&1 | head -1)"
java -Djava.awt.headless=true -cp "kiosk-app/target/test-classes:kiosk-app/target/classes:$(cat kiosk-app/target/test-classpath.txt)" \
    org.budayang.kiosk.ui.bench.CardToScreenBench "$ROUNDS" "$POLL" 2>&1 | grep -v -e '^WARNING' -e 'PlatformImpl startup'
