#!/usr/bin/env bash
# End-to-end check of fleet operations across real processes (issue #9), kiosk over mutual TLS: central
# (CentralMain, H2, ops.token, fleet.demoEnrolmentSheet: it writes a fresh enrolment code sheet at start) and the
# kiosk's fleet classes (FleetEndToEndMain: enrolment with that sheet — its own key, CSR, certificate — then the
# journal outbox + FleetClient.mutualTls + CommandPoller on a recording shell with a citizen session open). A first
# kiosk run enrols and sends a heartbeat; ops create four commands with curl; a second run (the enrolment is kept)
# executes them; ops read the states, the audit and the kiosk's state; requests without the certificate are refused.
# Prints PASS or FAIL per check; exits 1 on any FAIL. Needs kiosk-app's FleetEndToEndMain <sheet> <data dir>.
# Usage: bench/fleet-e2e.sh
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
OUT="$ROOT/target/bench/fleet-e2e"
rm -rf "$OUT"; mkdir -p "$OUT"
OPS_TOKEN=$(head -c 32 /dev/urandom | base64 | tr -d '/+=' | head -c 40)
./mvnw -o -q -B -pl central,kiosk-app -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test >/dev/null
CENTRAL_CP="central/target/classes:service-api/target/classes:$(cat central/target/test-classpath.txt)"
KIOSK_CP="kiosk-app/target/test-classes:kiosk-app/target/classes:service-api/target/classes:$(cat kiosk-app/target/test-classpath.txt)"

{ echo "ops.token=$OPS_TOKEN"; echo "fleet.demoEnrolmentSheet=$OUT/enrolment-sheet"; } > "$OUT/central.properties"
java -Dlogback.configurationFile="$ROOT/central/src/main/resources/logback.xml" -cp "$CENTRAL_CP" \
    org.budayang.central.CentralMain --config "$OUT/central.properties" --data-dir "$OUT/data" --port 0 \
    --port-file "$OUT/port" > "$OUT/central.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do [ -s "$OUT/port" ] && break; sleep 0.1; done
[ -s "$OUT/port" ] || { echo "central did not start; see $OUT/central.log" >&2; exit 1; }
BASE="http://127.0.0.1:$(cat "$OUT/port")"
for _ in $(seq 1 100); do [ -s "$OUT/enrolment-sheet" ] && break; sleep 0.1; done
kiosk_run() {  # name: one run of the kiosk's fleet classes
  java -Dlogback.configurationFile="$ROOT/kiosk-app/src/test/resources/logback-test.xml" -cp "$KIOSK_CP" \
      org.budayang.kiosk.fleet.FleetEndToEndMain "$OUT/enrolment-sheet" "$OUT/kiosk" | tee "$OUT/kiosk-$1.txt"
}
kiosk_run enrol
KIOSK=$(sed -n 's/^kiosk: enrolled as //p' "$OUT/kiosk-enrol.txt")
[ -n "$KIOSK" ] || { echo "FAIL the kiosk did not enrol; see $OUT/kiosk-enrol.txt" >&2; exit 1; }
TLS_URL=$(grep -o 'https://[0-9.:a-z]*' "$OUT/central.log" | head -1)
ops() { curl -s -H "Authorization: Bearer $OPS_TOKEN" -H "X-Budayang-Ops-User: e2e.operator" "$@"; }
create() { ops -X POST -H 'Content-Type: application/json' -d "$1" "$BASE/api/v1/ops/kiosks/$KIOSK/commands" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["command"]["commandId"])'; }
OUT_ID=$(create '{"type":"OUT_OF_SERVICE","message":"设备维护中，请到3号窗口办理"}')
CFG_ID=$(create '{"type":"SET_CONFIG","configKey":"session.idleSeconds","configValue":"90"}')
SHOT_ID=$(create '{"type":"SCREENSHOT"}')
LOG_ID=$(create '{"type":"COLLECT_LOGS"}')

kiosk_run commands

FAILED=0
check() {  # description expected actual
  if [ "$2" = "$3" ]; then echo "PASS $1"; else echo "FAIL $1: expected '$2', got '$3'"; FAILED=1; fi
}
state() { ops "$BASE/api/v1/ops/kiosks/$KIOSK/commands" | python3 -c "import json,sys
print(next(c['state'] for c in json.load(sys.stdin)['commands'] if c['command']['commandId'] == '$1'))"; }
check "OUT_OF_SERVICE done" DONE "$(state "$OUT_ID")"
check "SET_CONFIG done" DONE "$(state "$CFG_ID")"
check "SCREENSHOT refused during a session" REFUSED "$(state "$SHOT_ID")"
check "COLLECT_LOGS done" DONE "$(state "$LOG_ID")"
check "the logs reached ops" 200 "$(ops -o /dev/null -w '%{http_code}' "$BASE/api/v1/ops/commands/$LOG_ID/attachment")"
check "audit of OUT_OF_SERVICE" "CREATED e2e.operator,DELIVERED $KIOSK,RESULT $KIOSK" "$(ops \
    "$BASE/api/v1/ops/commands/$OUT_ID/audit" | python3 -c "import json,sys
print(','.join(a['action'] + ' ' + a['actor'] for a in json.load(sys.stdin)['audit']))")"
check "the kiosk's heartbeat is its state" "OFFLINE" "$(ops "$BASE/api/v1/ops/kiosks/$KIOSK/state" | python3 -c "import json,sys
print(next(d['state'] for d in json.load(sys.stdin)['heartbeat']['devices'] if d['role'] == 'idCardReader'))")"
check "DEVICE_OFFLINE alert opened" "DEVICE_OFFLINE" "$(ops "$BASE/api/v1/ops/alerts?state=OPEN" | python3 -c "import json,sys
print(','.join(a['rule'] for a in json.load(sys.stdin)['alerts']))")"
check "the enrolment is kept on the second run" "$KIOSK" "$(sed -n 's/^kiosk: enrolled as //p' "$OUT/kiosk-commands.txt")"
check "no client certificate: 401 KIOSK_CERTIFICATE_MISSING" "401 KIOSK_CERTIFICATE_MISSING" "$(curl -sk \
    -w ' %{http_code}' "$TLS_URL/api/v1/commands" | python3 -c "import json,sys
body, status = sys.stdin.read().rsplit(' ', 1); print(status, json.loads(body)['code'])")"
check "kiosk routes over plain HTTP: 401 KIOSK_CERTIFICATE_MISSING" "401 KIOSK_CERTIFICATE_MISSING" "$(curl -s \
    -w ' %{http_code}' "$BASE/api/v1/commands" | python3 -c "import json,sys
body, status = sys.stdin.read().rsplit(' ', 1); print(status, json.loads(body)['code'])")"
exit $FAILED
