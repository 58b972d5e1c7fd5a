#!/usr/bin/env bash
# A4 document printer (cups driver) benchmarks against a private cupsd (started by the bench, stopped after):
#   1. an A4 certificate (2 pages, Chinese, PDFBox) submitted to CUPS: Get-Printer-Attributes + Print-Job until
#      cupsd answers with the job id, to the cups-pdf queue, one at a time — target <= 300 ms (median / p95)
#   2. cups-pdf completion of the same jobs (pdftopdf -> pdftops -> Ghostscript -> output PDF), reported apart
#   3. for information: the driver's whole print() (check, submit, follow to completion) on the pass-through
#      test queue
# Needs root and the Debian packages cups, cups-client, printer-driver-cups-pdf (fonts-wqy-microhei for the font).
# The machine may be shared with other builds: say so with the figures.
# Usage: bench/cups.sh [runs]   (default 30)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
RUNS=${1:-30}
MODULE=device-drivers/driver-printer-cups
. bench/lib.sh
CP=$(bench_test_classpath "$MODULE")
bench_machine
java -Xmx256m -cp "$CP" org.budayang.driver.cups.CupsBench "$RUNS"
