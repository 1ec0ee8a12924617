#!/usr/bin/env bash
# French articles are compared with English ones through Debian's Apertium, French → Spanish →
# English, and FreeDict's French–English dictionaries (lib/nlp/crosslingual; Debian has no direct
# fr–en Apertium pair). Installed here, as Chromium is for the e2e tests. Without them the app
# still runs: French is then compared by shared names and numbers only.
set -euo pipefail
MODES="${APERTIUM_DATADIR:-/usr/share/apertium}/modes"
DICTD="${PARALLAX_DICTD:-/usr/share/dictd}"
missing_packages() {
  command -v apertium >/dev/null || echo apertium
  [ -f "$MODES/fr-es.mode" ] || echo apertium-fr-es
  [ -f "$MODES/spa-eng.mode" ] || echo apertium-eng-spa
  [ -f "$DICTD/freedict-fra-eng.index" ] || echo dict-freedict-fra-eng
  [ -f "$DICTD/freedict-eng-fra.index" ] || echo dict-freedict-eng-fra
}
missing=($(missing_packages))
if [ ${#missing[@]} -gt 0 ]; then
  echo "» installing Debian's ${missing[*]} (French ↔ English comparison)"
  SUDO=""
  if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
  still=($(missing_packages))
  if [ ${#still[@]} -gt 0 ]; then
    echo "still missing after apt-get: ${still[*]}"
    exit 1
  fi
fi
# the pivot must work end to end, not just be installed
rendered="$(printf 'Le ministre est arrivé jeudi.\n' | apertium -u fr-es | apertium -u spa-eng)" || rendered=""
case "$rendered" in
  *Thursday*) ;;
  *) echo "apertium fr-es | spa-eng does not render French into English (got: \"$rendered\")"; exit 1 ;;
esac
