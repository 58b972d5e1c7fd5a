#!/usr/bin/env bash
# Soak (issue #7): N complete citizen sessions through the kiosk UI (Monocle headless, software rendering) with the
# real JournalledServiceDesk against a REAL central child process (H2, sandbox departments), the real escpos driver
# on the ESC/POS emulator (loopback TCP) and the real idcard-sam driver on its emulator: item opened, 开始办理,
# 身份证, card placed, face captured (central's capture simulator) and checked by central, choose, print, 好差评,
# 返回首页, card removed. A4 certificates go through the real cups driver to a private cupsd (bench/lib-cupsd.sh).
# Mixes 社保参保证明打印, 医保参保凭证打印, 社保权益记录查询. Prints the taps of session 1,
# heap used after GC and RSS after session 200 and at the end (target: within 10 %), sessions/min, failures.
# Usage: bench/kiosk-soak.sh [N=2000] [item,item,... (default: the mix)]    (JVM options: SOAK_JVM_OPTS)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
N=${1:-2000}
. bench/lib.sh
. bench/lib-cupsd.sh
bench_test_classpath kiosk-app >/dev/null
CP="$ROOT/kiosk-app/target/test-classes:$ROOT/kiosk-app/target/classes:$(cat kiosk-app/target/bench-classpath.txt)"
bench_machine
bench_cupsd_start /tmp/budayang-bench-cupsd-$$
trap bench_cupsd_stop EXIT
cd kiosk-app
MALLOC_ARENA_MAX=2 java ${SOAK_JVM_OPTS:--Xmx384m} -Djava.awt.headless=true ${SOAK_PROPS:-} -Dbench.cups=127.0.0.1:$CUPSD_PORT \
    -Dlogback.configurationFile="$ROOT/kiosk-app/src/test/resources/logback-test.xml" \
    -cp "$CP" org.budayang.kiosk.bench.SessionBench "$N" ${2:+"$2"} 2>&1 \
    | grep --line-buffered -v -e '^WARNING' -e 'PlatformImpl startup'
echo "CUPS queue bench-a4 (real cups driver over IPP): $(wc -l < /tmp/budayang-bench-cupsd-$$/sink.log) jobs received, $(grep -c 'head %PDF' /tmp/budayang-bench-cupsd-$$/sink.log || true) of them PDF"
