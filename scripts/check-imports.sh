#!/usr/bin/env bash
# Checks every `import` in Sources/<target>/ against the "may import" column of the target
# table in ARCHITECTURE.md (between the imports:begin and imports:end markers). A target
# folder with no row, or an import its row does not allow, fails with file:line.
# Usage: scripts/check-imports.sh [package root]   (CI runs it from .ci/run)
set -euo pipefail
root="${1:-$(cd "$(dirname "$0")/.." && pwd)}"
doc="$root/ARCHITECTURE.md"
[ -f "$doc" ] || { echo "check-imports: no $doc" >&2; exit 1; }

# Modules of the platform any target may use.
platform="Foundation Dispatch Glibc Darwin"

declare -A allowed
while IFS='|' read -r _ target _ imports _; do
  name=$(echo "$target" | tr -d '` ')
  [ -n "$name" ] || continue
  allowed[$name]=$(echo "$imports" | tr -d '`,' | xargs)
done < <(sed -n '/<!-- imports:begin -->/,/<!-- imports:end -->/p' "$doc" \
  | grep '^| `' )

failures=0
for dir in "$root"/Sources/*/ "$root"/Tests/TestSupport/; do
  target=$(basename "$dir")
  if [ -z "${allowed[$target]+set}" ]; then
    echo "ARCHITECTURE.md: no row for target $target" >&2
    failures=$((failures + 1))
    continue
  fi
  while IFS=: read -r file line text; do
    module=$(echo "$text" | sed -E 's/^(@[A-Za-z_]+ )*import (struct |class |enum |func )?//; s/[. ].*//')
    case " ${allowed[$target]} $platform " in
      *" $module "*) ;;
      *)
        echo "${file#"$root"/}:$line: $target may not import $module (ARCHITECTURE.md allows: ${allowed[$target]:-nothing})" >&2
        failures=$((failures + 1))
        ;;
    esac
  done < <(grep -rnE '^(@[A-Za-z_]+ )*import ' "$dir" --include='*.swift' || true)
done
if [ "$failures" -gt 0 ]; then
  echo "check-imports: $failures problem(s)" >&2
  exit 1
fi
echo "check-imports: every import of Sources/ follows ARCHITECTURE.md"
