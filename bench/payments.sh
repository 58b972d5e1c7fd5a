#!/usr/bin/env bash
# Payments benchmark (issue #8): latency of QR and cash payments through central (sandbox provider and departments),
# kiosk calls over mutual TLS, the phone page over HTTP.
#   bench/payments.sh [H2|POSTGRESQL|both] [COUNT=200]
# Prints p50 / p95 / max of create→paid and create→FULFILLED. Copy the figures with the machine lines into
# docs/BENCHMARKS.md (#8 section).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
source bench/lib.sh
CP="$(bench_test_classpath central)"
KINDS="${1:-H2}"
[ "$KINDS" = both ] && KINDS="H2 POSTGRESQL"
bench_machine
for kind in $KINDS; do
  echo "== $kind"
  java -Djava.awt.headless=true -Dlogback.configurationFile=central/src/test/resources/logback-test.xml \
    -cp "$CP" org.budayang.central.payments.PaymentsBench "$kind" "${2:-200}" 2>&1 | grep -v -E ' (INFO|DEBUG) '

done
