#!/usr/bin/env bash
# Provisioning benchmark (issue #10): the technician CLI as a technician runs it (a fresh JVM per command, wall
# clock from start to exit), against device emulators each in its own process on a socat pty pair.
#   1. `probe` over 8 ports: 2 ESC/POS printers, 2 ID card readers, 2 SSP banknote acceptors, 2 ports with nothing
#      on them (target <= 10 s), RUNS times; prints each run and the median / max.
#   2. `probe --apply` into a fresh configuration, `config set` of the site keys, then the full `selftest`
#      (read the placed ID card, print a test receipt, take a note into escrow and give it back), RUNS times
#      (target <= 30 s); the note is inserted through the acceptor emulator's console when the CLI asks for it.
# Needs socat (Debian package socat). Usage: bench/probe.sh [runs (default 3)]
# Copy the figures with the machine and date into docs/BENCHMARKS.md (#10 section).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
source bench/lib.sh
RUNS=${1:-3}
command -v socat >/dev/null || { echo "bench/probe.sh needs socat: apt-get install socat" >&2; exit 2; }
./mvnw -o -q -B -pl provisioning -am package dependency:build-classpath -DskipTests \
    -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime >/dev/null
CP="$(ls provisioning/target/provisioning-*.jar | head -1):$(cat provisioning/target/classpath.txt)"
WORK=$(mktemp -d /tmp/budayang-probe-bench.XXXXXX)
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT

cable() {   # cable N: a socat pty pair $WORK/hN (the kiosk's end) <-> $WORK/dN (the device's end)
  socat "pty,raw,echo=0,link=$WORK/h$1" "pty,raw,echo=0,link=$WORK/d$1" 2>/dev/null &
  PIDS+=($!)
}
emulator() {   # emulator N MAIN ARGS…: the emulator on $WORK/dN, its console fed from the fifo $WORK/cN
  local n=$1 main=$2
  shift 2
  mkfifo "$WORK/c$n"
  java -XX:TieredStopAtLevel=1 -cp "$CP" "$main" --serial "$WORK/d$n" "$@" <"$WORK/c$n" >"$WORK/e$n.log" 2>&1 &
  PIDS+=($!)
  exec {fd}>"$WORK/c$n"
  eval "CONSOLE_$n=$fd"
}
for n in 1 2 3 4 5 6 7 8; do cable $n; done
sleep 0.5
emulator 1 org.budayang.driver.escpos.emulator.EmulatorMain --baud 9600 --out "$WORK/receipts"
emulator 2 org.budayang.driver.escpos.emulator.EmulatorMain --baud 19200 --out "$WORK/receipts"
emulator 3 org.budayang.driver.idcardsam.emulator.EmulatorMain
emulator 4 org.budayang.driver.idcardsam.emulator.EmulatorMain
emulator 5 org.budayang.driver.cashssp.emulator.EmulatorMain --baud 9600
emulator 6 org.budayang.driver.cashssp.emulator.EmulatorMain --baud 9600
for n in 1 2 3 4 5 6; do
  for _ in $(seq 100); do grep -qE "ready|type 'help'" "$WORK/e$n.log" 2>/dev/null && break; sleep 0.1; done
done
CUPS_CLOSED=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
PROVISION=(java -cp "$CP" org.budayang.provisioning.ProvisionMain)
PORTS=()
for n in 1 2 3 4 5 6 7 8; do PORTS+=(--port "$WORK/h$n"); done

bench_machine
echo "probe over 8 ports (2 escpos, 2 idcard-sam, 2 cash-ssp, 2 empty), wall clock incl. JVM start:"
probe_ms=()
for run in $(seq "$RUNS"); do
  start=$(date +%s%N)
  "${PROVISION[@]}" probe --only-given "${PORTS[@]}" --cups "127.0.0.1:$CUPS_CLOSED" >"$WORK/probe.out" || true
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  probe_ms+=("$ms")
  found=$(grep -c '\[通过 OK  \]' "$WORK/probe.out" || true)
  echo "  run $run: $ms ms, $found of 6 devices identified"
done
[ "$found" = 6 ] || { cat "$WORK/probe.out"; echo "probe did not identify the 6 emulated devices" >&2; exit 1; }

echo "probe --apply + config set + full selftest (ID card read, test receipt, note in and back):"
selftest_ms=()
selftest_only=()
for run in $(seq "$RUNS"); do
  CONFIG="$WORK/kiosk-$run.properties"
  echo "place 1" >&"$CONSOLE_3"
  start=$(date +%s%N)
  "${PROVISION[@]}" probe --only-given --port "$WORK/h1" --port "$WORK/h3" --port "$WORK/h5" \
      --cups "127.0.0.1:$CUPS_CLOSED" --apply -c "$CONFIG" >/dev/null
  "${PROVISION[@]}" config set -c "$CONFIG" "site.name=基准测试站" site.region=620102 \
      central.url=https://central.example.gov.cn data.dir=/var/lib/budayang \
      'technician.pin.hash=pbkdf2-sha256$120000$o+jS57XhecUVVKPPGBlCcg$AR0IzCojVexmYhmo+lacK0ON7FDEkI70ntCD1xFnpZI' \
      >/dev/null
  : >"$WORK/selftest.out"
  st_start=$(date +%s%N)
  "${PROVISION[@]}" selftest -c "$CONFIG" --wait 20 --json "$WORK/report-$run.json" >"$WORK/selftest.out" &
  st=$!
  for _ in $(seq 400); do
    if grep -q '纸币' "$WORK/selftest.out"; then echo "insert 10" >&"$CONSOLE_5"; break; fi
    sleep 0.05
  done
  rc=0; wait $st || rc=$?
  end=$(date +%s%N)
  ms=$(( (end - start) / 1000000 ))
  selftest_ms+=("$ms")
  selftest_only+=("$(( (end - st_start) / 1000000 ))")
  echo "  run $run: $ms ms in all, selftest alone $(( (end - st_start) / 1000000 )) ms; exit $rc;" \
      "$(grep -c '\[通过 OK  \]' "$WORK/selftest.out") roles passed"
  [ "$rc" = 0 ] || { cat "$WORK/selftest.out"; exit 1; }
done
summary() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {printf "median %d ms, max %d ms\n", a[int((NR+1)/2)], a[NR]}'; }
echo "probe 8 ports: $(summary "${probe_ms[@]}") (target <= 10000 ms)"
echo "probe --apply + config set + selftest: $(summary "${selftest_ms[@]}") (target <= 30000 ms)"
echo "selftest alone (3 roles): $(summary "${selftest_only[@]}")"
