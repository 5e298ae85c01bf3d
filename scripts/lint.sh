#!/usr/bin/env bash
# The machine checks before the tests: swift-format (the toolchain's, configured by
# .swift-format) in strict mode over Sources, Tests and Package.swift, then the import graph
# against ARCHITECTURE.md. `make format` fixes what swift-format can fix by itself.
set -euo pipefail
cd "$(dirname "$0")/.."
SWIFT="${SWIFT:-swift}"
if ! "$SWIFT" format --version >/dev/null 2>&1; then
  echo "lint: \`$SWIFT format\` is not available (it ships with Swift 6 toolchains)" >&2
  exit 1
fi
"$SWIFT" format lint --strict --recursive --parallel Sources Tests Package.swift
echo "lint: swift-format --strict finds nothing"
scripts/check-imports.sh
