#!/usr/bin/env bash
# Kiosk benchmarks under a real X server (Xvfb) with the real GTK glass and software rendering:
#   1. cold start to the attract screen (ms from JVM start), 5 runs
#   2. CPU on the attract screen (% of one core over 30 s) and RSS there
#   3. heap after 100 vs 1,000 scripted navigation rounds (used heap after GC) and peak RSS
# Prints its figures; copy them with the machine and date into docs/BENCHMARKS.md.
# Needs: xvfb, libgtk-3-0, libgl1, fonts-wqy-microhei (./.ci/run installs them).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
RUNS=${RUNS:-5}
CPU_SECONDS=${CPU_SECONDS:-30}
SOAK_ROUNDS=${SOAK_ROUNDS:-1000}
OUT="$ROOT/target/bench"
mkdir -p "$OUT"
command -v Xvfb >/dev/null || { echo "bench: Xvfb missing: apt-get install -y xvfb" >&2; exit 2; }

CP=$(./budayang classpath kiosk-app)
CENTRAL_CP=$(./budayang classpath central)
JVM_OPTS=${KIOSK_JVM_OPTS:-"-XX:+UseSerialGC -Xms32m -Xmx256m -XX:MaxMetaspaceSize=128m -Xss512k"}

DISPLAY_NUM=:97
Xvfb $DISPLAY_NUM -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
XVFB=$!
CENTRAL=""
cleanup() { [ -n "$CENTRAL" ] && kill "$CENTRAL" 2>/dev/null; kill "$XVFB" 2>/dev/null; wait 2>/dev/null || true; }
trap cleanup EXIT
export DISPLAY=$DISPLAY_NUM
sleep 1

rm -f "$OUT/central.port"
java -Xmx256m -cp "$CENTRAL_CP" org.budayang.central.CentralMain --port 0 --port-file "$OUT/central.port" \
    > "$OUT/central.log" 2>&1 &
CENTRAL=$!
for _ in $(seq 1 100); do [ -s "$OUT/central.port" ] && break; sleep 0.2; done
URL="http://127.0.0.1:$(cat "$OUT/central.port")"
DATA="$OUT/kiosk-data"
rm -rf "$DATA"; mkdir -p "$DATA"

kiosk() {   # kiosk <log file> <extra args...>
  local log=$1; shift
  MALLOC_ARENA_MAX=2 java $JVM_OPTS -Dbudayang.data.dir="$DATA" -cp "$CP" org.budayang.kiosk.KioskMain \
      --config "$ROOT/kiosk-app/config/kiosk-demo.properties" --central "$URL" "$@" > "$log" 2>&1
}
rss_kb() { awk '/^VmRSS/ {print $2}' "/proc/$1/status" 2>/dev/null || echo 0; }
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

echo "machine: $(nproc) cores, $(free -g | awk '/^Mem/ {print $2}') GiB, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)"
echo "java: $(java -version 2>&1 | head -1); date: $(date -u +%Y-%m-%dT%H:%MZ)"
echo "jvm options: $JVM_OPTS"

# 1. cold start
starts=()
for i in $(seq 1 "$RUNS"); do
  kiosk "$OUT/start-$i.log" --exit-after-attract
  ms=$(sed -n 's/.*BENCH attract_shown_ms=\([0-9]*\).*/\1/p' "$OUT/start-$i.log" | head -1)
  [ -n "$ms" ] || { echo "bench: run $i printed no attract time; see $OUT/start-$i.log" >&2; exit 1; }
  starts+=("$ms")
done
sorted=$(printf '%s\n' "${starts[@]}" | sort -n)
echo "cold start to attract (ms), $RUNS runs: $(echo $sorted) -> median $(echo "$sorted" | sed -n "$(( (RUNS + 1) / 2 ))p"), max $(echo "$sorted" | tail -1) (target <= 3000)"

# 2. CPU and RSS on the attract screen
kiosk "$OUT/idle.log" &
sleep 0.5
PID=$(pgrep -f "org.budayang.kiosk.KioskMain" | head -1)
for _ in $(seq 1 100); do grep -q "BENCH attract_shown_ms\|Attract screen shown" "$OUT/idle.log" 2>/dev/null && break; sleep 0.2; done
sleep 5
HZ=$(getconf CLK_TCK)
t0=$(ticks "$PID"); s0=$(date +%s.%N)
sleep "$CPU_SECONDS"
t1=$(ticks "$PID"); s1=$(date +%s.%N)
rss=$(rss_kb "$PID")
kill "$PID"; wait "$PID" 2>/dev/null || true
cpu=$(awk -v a="$t0" -v b="$t1" -v hz="$HZ" -v s0="$s0" -v s1="$s1" 'BEGIN {printf "%.2f", 100 * (b - a) / hz / (s1 - s0)}')
echo "attract screen CPU over ${CPU_SECONDS}s: ${cpu}% of one core (target <= 3%); RSS there: $((rss / 1024)) MB"

# 3. navigation soak
kiosk "$OUT/soak.log" --soak-rounds "$SOAK_ROUNDS" &
KPID=$!
sleep 0.5
PID=$(pgrep -f "org.budayang.kiosk.KioskMain" | head -1)
peak=0
while kill -0 "$KPID" 2>/dev/null; do
  r=$(rss_kb "$PID"); [ "${r:-0}" -gt "$peak" ] && peak=$r
  sleep 0.5
done
h100=$(sed -n 's/.*BENCH soak_round=100 heap_used_bytes=\([0-9]*\).*/\1/p' "$OUT/soak.log")
hN=$(sed -n "s/.*BENCH soak_round=$SOAK_ROUNDS heap_used_bytes=\([0-9]*\).*/\1/p" "$OUT/soak.log")
[ -n "$h100" ] && [ -n "$hN" ] || { echo "bench: soak printed no heap figures; see $OUT/soak.log" >&2; exit 1; }
awk -v a="$h100" -v b="$hN" -v n="$SOAK_ROUNDS" 'BEGIN {printf "heap after GC: round 100 %.1f MB, round %d %.1f MB, growth %+.1f%% (target within 10%%)\n", a/1048576, n, b/1048576, 100*(b-a)/a}'
echo "peak RSS during the soak: $((peak / 1024)) MB (target <= 350 MB)"
