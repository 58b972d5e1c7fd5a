#!/usr/bin/env bash
# Ops console benchmark (issue #9): Argon2id at the production cost, and the kiosk list / fleet overview render
# time over real HTTP with 20,000 kiosks in the database.
#   bench/console.sh [HASHES=10] [REQUESTS=200] [KIOSKS=20000] [h2|postgresql]
# Copy the figures with the machine lines into docs/BENCHMARKS.md.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
. bench/lib.sh
CP="$(bench_test_classpath central)"
bench_machine
exec java -Dlogback.configurationFile=central/src/test/resources/logback-test.xml \
  -cp "$CP" org.budayang.central.console.ConsoleBench "${1:-10}" "${2:-200}" "${3:-20000}" "${4:-h2}"
