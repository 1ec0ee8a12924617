#!/usr/bin/env bash
# French articles are compared with English ones through Debian's Apertium, French → Spanish →
# English (lib/nlp/crosslingual; no direct fr–en pair in Debian), and `npm run eval:crosslang`
# measures it beside FreeDict's French–English dictionaries. Installed here, as Chromium is for
# the e2e tests. Without them the app still runs: French is then compared by shared names and
# numbers only.
set -euo pipefail
MODES="${APERTIUM_DATADIR:-/usr/share/apertium}/modes"
DICTD=/usr/share/dictd
missing=()
command -v apertium >/dev/null || missing+=(apertium)
[ -f "$MODES/fr-es.mode" ] || missing+=(apertium-fr-es)
[ -f "$MODES/spa-eng.mode" ] || missing+=(apertium-eng-spa)
[ -f "$DICTD/freedict-fra-eng.index" ] || missing+=(dict-freedict-fra-eng)
[ -f "$DICTD/freedict-eng-fra.index" ] || missing+=(dict-freedict-eng-fra)
if [ ${#missing[@]} -gt 0 ]; then
  echo "» installing Debian's ${missing[*]} (French ↔ English comparison)"
  SUDO=""
  if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi
# the pivot must work end to end, not just be installed
rendered="$(printf 'Le ministre est arrivé jeudi.\n' | apertium -u fr-es | apertium -u spa-eng)"
case "$rendered" in
  *Thursday*) ;;
  *) echo "apertium fr-es | spa-eng does not render French into English (got: $rendered)"; exit 1 ;;
esac
