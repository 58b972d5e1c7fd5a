#!/usr/bin/env bash
# Camera benchmark (issue #6): camera-gst (videotestsrc through a real gst-launch-1.0 pipeline) and camera-images at
# 640x480, 15 fps: preview frames/s and CPU (% of one core: this JVM + the pipeline process) over SECONDS, then still
# capture to JPEG (capture() call: next frame + encode) and the face check per frame.
# Targets: preview >= 15 frames/s with <= 25 % of one core; still capture <= 150 ms.
# Usage: bench/camera.sh [SECONDS=20] [CAPTURES=50]   (needs gstreamer1.0-tools, -plugins-base; opencv-data)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
SECONDS_MEASURED=${1:-20}
CAPTURES=${2:-50}
MODULE=device-drivers/driver-camera
command -v gst-launch-1.0 >/dev/null || {
  echo "bench: gst-launch-1.0 missing: apt-get install -y gstreamer1.0-tools gstreamer1.0-plugins-base" >&2; exit 2; }
. bench/lib.sh
CP=$(bench_test_classpath "$MODULE")
bench_machine
java -Xmx256m -Dlogback.configurationFile="$ROOT/$MODULE/src/test/resources/logback-test.xml" -cp "$CP" \
    org.budayang.driver.camerastream.CameraBench "$SECONDS_MEASURED" "$CAPTURES"
