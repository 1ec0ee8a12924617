#!/usr/bin/env bash
# e2e tests drive Debian's Chromium (Playwright cannot download its own browser here); the report
# tests and the PDF export check read PDFs back with poppler-utils (pdftotext, pdfinfo, pdftoppm).
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
missing=()
[ -x "$CHROMIUM" ] || missing+=(chromium)
command -v pdftotext >/dev/null && command -v pdftoppm >/dev/null || missing+=(poppler-utils)
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi
echo "» installing Debian's ${missing[*]} (needed by the tests)"
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
[ -x "$CHROMIUM" ] || { echo "chromium is still missing at $CHROMIUM"; exit 1; }
command -v pdftotext >/dev/null || { echo "pdftotext (poppler-utils) is still missing"; exit 1; }
