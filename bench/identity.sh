#!/usr/bin/env bash
# Identity benchmark and calibration (sandbox face comparison):
#   1. score distributions of same-person vs other-person pairs, error rates per threshold
#   2. in-process comparison time per capture (p50/p95)
#   3. POST /api/v1/identity/face over HTTP on H2 (p50/p95 per request, one client)
# Usage: bench/identity.sh [people (default 120)] [requests (default 200)]
# Prints its figures; copy them with the machine and date into docs/sandbox/face-matching.md.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
mkdir -p central/target
./mvnw -o -q -pl central -am test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile="$ROOT/central/target/bench-classpath.txt" >/dev/null
CP="central/target/test-classes:central/target/classes:$(cat central/target/bench-classpath.txt)"
exec java -Xmx512m -Dlogback.configurationFile="$ROOT/central/src/test/resources/logback-test.xml" \
    -cp "$CP" org.budayang.central.identity.IdentityBench "$@"
