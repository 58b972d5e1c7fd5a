#!/usr/bin/env bash
# Certificate generation benchmark (documents, issue #4): render + sign, warm, single thread.
#   bench/documents.sh [COUNT=200] [WARMUP=100]
# Prints p50 / p95 / max per certificate and bytes per page for a one-page and a three-page
# certificate (targets: p50 <= 80 ms, <= 100 KB per page). Copy the figures with the machine and
# date into docs/BENCHMARKS.md.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
./mvnw -o -q -pl central -am test-compile
CP_FILE="$ROOT/central/target/bench-classpath.txt"
./mvnw -o -q -pl central dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$CP_FILE"
CP="$ROOT/central/target/test-classes:$ROOT/central/target/classes:$ROOT/service-api/target/classes:$(cat "$CP_FILE")"
exec java -Djava.awt.headless=true -Dlogback.configurationFile=central/src/test/resources/logback-test.xml \
  -cp "$CP" org.budayang.central.documents.DocumentsBench "${1:-200}" "${2:-100}"
