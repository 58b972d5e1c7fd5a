#!/usr/bin/env bash
# The kiosk's face screen pipeline (issue #6): the real camera-images driver at 640x480 showing the camera
# emulator's "too far" scene, FaceCaptureViewModel throttling / copying / scaling frames off the FX thread and
# running the OpenCV face check (needs Debian opencv-data). Prints frames offered, previews delivered, checks and
# the process CPU.  Usage: bench/kiosk-face.sh [SECONDS=10] [FPS=15]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
SECONDS_RUN=${1:-10}
FPS=${2:-15}
./mvnw -q -B -o -pl kiosk-app -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test >/dev/null
echo "machine: $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1); java: $(java -version 2>&1 | head -1)"
java -Djava.awt.headless=true -cp "kiosk-app/target/test-classes:kiosk-app/target/classes:$(cat kiosk-app/target/test-classpath.txt)" \
    org.budayang.kiosk.ui.bench.FacePreviewBench "$SECONDS_RUN" "$FPS" 2>&1 | grep -v -e '^WARNING' -e 'DEBUG' -e 'INFO'
