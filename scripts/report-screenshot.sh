#!/usr/bin/env bash
# The HTML progress report of a simulated learner (notedrill report-demo: a seeded simulation,
# never real data), opened in headless Chromium and saved as a PNG. Used by `make
# report-screenshot`; prints where the files are.
set -euo pipefail
bin="${1:-.build/debug/notedrill}"
out="${2:-.build/report}"
mkdir -p "$out"
home="$(mktemp -d)"
profile="$(mktemp -d)"
trap 'rm -rf "$home" "$profile"' EXIT
export NOTEDRILL_HOME="$home"
"$bin" report-demo >/dev/null
"$bin" report --format html -o "$out/report.html" >/dev/null
browser="$(command -v chromium || command -v chromium-browser || true)"
if [ -z "$browser" ]; then
  echo "error: chromium is not installed (make test-deps installs it)" >&2
  exit 1
fi
# Chromium writes harmless D-Bus complaints on a server; keep them out of the way.
timeout 120 "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars \
  --user-data-dir="$profile" --window-size=1000,2400 \
  --screenshot="$(realpath "$out")/report-screenshot.png" \
  "file://$(realpath "$out")/report.html" 2>"$out/chromium.log" >/dev/null
echo "wrote $out/report.html and $out/report-screenshot.png"
