#!/usr/bin/env bash
# Install Anki's Python library (pip package `anki`, pinned) when it is missing, for the tests
# that open NoteDrill's .apkg with Anki's own importer. Never fails: without python3, pip or the
# package index, it says so and those tests are skipped.
set -uo pipefail
VERSION=26.9.3
if ! command -v python3 >/dev/null 2>&1; then
  echo "notice: no python3; the Anki package checks will be skipped"
  exit 0
fi
python3 -c "import anki.collection" >/dev/null 2>&1 && exit 0
echo "Installing Anki's Python library (anki==$VERSION) with pip"
if ! python3 -m pip --version >/dev/null 2>&1; then
  echo "notice: python3 has no pip; the Anki package checks will be skipped"
  exit 0
fi
if python3 -m pip install --quiet --disable-pip-version-check --timeout 60 "anki==$VERSION" \
  || python3 -m pip install --quiet --disable-pip-version-check --timeout 60 \
    --break-system-packages "anki==$VERSION"; then
  python3 -c "import anki.collection" >/dev/null 2>&1 && exit 0
fi
echo "notice: anki==$VERSION could not be installed; the Anki package checks will be skipped"
exit 0
