#!/usr/bin/env bash
# How long build-deb.sh takes for both packages: cold (no cached runtime or jdeps answer), then again with the
# caches (unchanged jars). Needs the jar folders of a build: ./mvnw -o -q -pl packaging -am package -DskipTests
# Prints one line per run: wall seconds, CPU seconds, load average, package sizes.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT=$(mktemp -d /tmp/budayang-deb-bench.XXXXXX)
trap 'rm -rf "$OUT"' EXIT
run() {
  local label=$1 t0 t1 cpu0 cpu1
  t0=$(date +%s.%N); cpu0=$(awk '{print $14+$15+$16+$17}' /proc/$$/stat)
  "$HERE/build-deb.sh" --kiosk-lib "$HERE/target/kiosk-lib" --central-lib "$HERE/central-runtime/target/lib" \
      --out "$OUT/debs" --work "$OUT/work" --project-version bench 2>/dev/null
  t1=$(date +%s.%N); cpu1=$(awk '{print $14+$15+$16+$17}' /proc/$$/stat)
  printf '%-6s wall %5.1f s  cpu %5.1f s  load %s  %s\n' "$label" "$(echo "$t1 - $t0" | awk '{print $1 - $3}')" \
      "$(awk -v a="$cpu0" -v b="$cpu1" -v hz="$(getconf CLK_TCK)" 'BEGIN { print (b - a) / hz }')" \
      "$(cut -d' ' -f1 /proc/loadavg)" "$(cd "$OUT/debs" && du -h ./*.deb | awk '{printf "%s %s  ", $2, $1}')"
}
VERSION=0.0.1 run cold
VERSION=0.0.1 run warm
