#!/usr/bin/env bash
# Tap -> next screen drawn in the item flow (target p95 <= 100 ms): the kiosk shell headless (Monocle, software
# rendering) with its own flow runtime and the recording ServiceDesk test double, walking 社会保险个人参保证明打印
# (real idcard-sam driver against its emulator, in-test camera). Prints min / p50 / p95 / max per tap and overall.
# Usage: bench/kiosk-flow.sh [ROUNDS=40]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
ROUNDS=${1:-40}
./mvnw -q -B -o -pl kiosk-app -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test >/dev/null
echo "machine: $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1); java: $(java -version 2>&1 | head -1)"
cd kiosk-app
java -Djava.awt.headless=true -Dlogback.configurationFile="$ROOT/kiosk-app/src/test/resources/logback-test.xml" \
    -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
    org.budayang.kiosk.ui.flow.FlowBench "$ROUNDS" 2>&1 | grep -v -e '^WARNING' -e 'PlatformImpl startup'
