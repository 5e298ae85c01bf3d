#!/usr/bin/env bash
# Fault injection for the progress store and the outputs (issue #18), with bounded counts:
#   sigkill      a process recording answers is killed (SIGKILL) at a random moment; every
#                answer it acknowledged must be in the store and the store must pass its check
#   concurrency  three plain drills (200 answers each) on the same small deck at once; each must end with its
#                summary, acknowledged answers must equal stored answers, the check must pass
#   corruption   a 4 KB page of a store with a long history is overwritten with random bytes;
#                `store check` must change no byte, and when it finds damage a drill must
#                refuse and leave the file as it was
#   hostile      notes full of escape sequences, C1 controls and bidi overrides go through every
#                printing command; no raw ESC, BEL, C1 or bidi control may come out; special
#                files given as notes (FIFO, a link to /dev/zero, a link loop) must be refused
#                within 10 s
# Prints tried / held per class; exits 1 when anything did not hold.
#
# Usage: scripts/reliability.sh BINARY   (counts: KILLS, ROUNDS, DAMAGES, HOSTILE)
set -uo pipefail

BIN=${1:-.build/debug/notedrill}
KILLS=${KILLS:-20}
ROUNDS=${ROUNDS:-8}
DAMAGES=${DAMAGES:-20}
HOSTILE=${HOSTILE:-6}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/notedrill-reliability.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
export TZ=UTC SWIFT_BACKTRACE=enable=no
unset NOTEDRILL_NOW NOTEDRILL_NOTES

[ -x "$BIN" ] || { echo "no binary at $BIN (run swift build --product notedrill)" >&2; exit 2; }

mkdir -p "$WORK/mini"
cat >"$WORK/mini/mini.md" <<'EOF'
# Mini AWS

## Load balancing

- **ALB**: 7계층 HTTP/HTTPS 트래픽을 분산하는 로드 밸런서
- **NLB**: 4계층 TCP/UDP 트래픽을 초고성능으로 분산하는 로드 밸런서

## Storage

- **S3**: 객체 스토리지 서비스로 무제한 용량을 제공
- **EBS**: EC2 인스턴스에 붙는 블록 스토리지
EOF

for _ in $(seq 1 200); do echo 1; done >"$WORK/answers"

declare -A TRIED HELD
for class in sigkill concurrency corruption hostile; do TRIED[$class]=0; HELD[$class]=0; done
result() { # class held(0/1) [why]
  TRIED[$1]=$((TRIED[$1] + 1))
  if [ "$2" = 1 ]; then HELD[$1]=$((HELD[$1] + 1)); else echo "  $1 did not hold: ${3:-}" >&2; fi
}
total_answers() { # home -> reviews.total from stats --json
  NOTEDRILL_HOME=$1 "$BIN" stats --json --notes "$WORK/mini" 2>/dev/null |
    tr -d ' \n' | sed -n 's/.*"reviews":{[^}]*"total":\([0-9]*\).*/\1/p'
}

# --- sigkill ------------------------------------------------------------------------------
for i in $(seq 1 "$KILLS"); do
  home="$WORK/kill-$i"
  NOTEDRILL_HOME=$home "$BIN" store exercise --answers 1000000 --notes "$WORK/mini" \
    >"$home.out" 2>/dev/null &
  pid=$!
  sleep "$(awk -v s="$RANDOM" 'BEGIN { srand(s); printf "%.2f", 0.8 + rand() * 2 }')"
  kill -KILL "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  acknowledged=$(grep -c '^answered ' "$home.out")
  if NOTEDRILL_HOME=$home "$BIN" store check >/dev/null 2>&1; then
    stored=$(total_answers "$home")
    if [ "${stored:-0}" -ge "$acknowledged" ]; then result sigkill 1
    else result sigkill 0 "trial $i: acknowledged $acknowledged, stored ${stored:-none}"; fi
  else
    result sigkill 0 "trial $i: store check failed"
  fi
done

# --- concurrency --------------------------------------------------------------------------
for i in $(seq 1 "$ROUNDS"); do
  home="$WORK/conc-$i"
  NOTEDRILL_HOME=$home "$BIN" config set daily-new-limit 1000 >/dev/null
  for j in 1 2 3; do
    (NOTEDRILL_HOME=$home "$BIN" drill --plain --notes "$WORK/mini" <"$WORK/answers" \
      >"$home.out$j" 2>"$home.err$j"; echo $? >"$home.rc$j") &
  done
  wait
  ok=1 why="" acknowledged=0
  for j in 1 2 3; do
    [ "$(cat "$home.rc$j")" = 0 ] || { ok=0; why="session $j exit $(cat "$home.rc$j"): $(head -1 "$home.err$j")"; }
    grep -q '^Session over: ' "$home.out$j" || { ok=0; why="session $j has no summary"; }
    acknowledged=$((acknowledged + $(grep -c '^Right\.\|^Wrong\.' "$home.out$j")))
  done
  stored=$(total_answers "$home")
  [ "${stored:-0}" = "$acknowledged" ] || { ok=0; why="acknowledged $acknowledged, stored ${stored:-none}"; }
  NOTEDRILL_HOME=$home "$BIN" store check >/dev/null 2>&1 || { ok=0; why="store check failed"; }
  result concurrency "$ok" "round $i: $why"
done

# --- corruption ---------------------------------------------------------------------------
base="$WORK/base"
NOTEDRILL_NOW=2024-03-01T09:00:00Z NOTEDRILL_HOME=$base \
  "$BIN" report-demo --days 30 --new-per-day 20 >/dev/null 2>&1
pages=$(($(stat -c %s "$base/progress.sqlite") / 4096))
detected=0
for i in $(seq 1 "$DAMAGES"); do
  home="$WORK/damage-$i"
  mkdir -p "$home"
  cp "$base/progress.sqlite" "$home/progress.sqlite"
  page=$((1 + RANDOM % (pages - 1)))
  dd if=/dev/urandom of="$home/progress.sqlite" bs=4096 seek="$page" count=1 conv=notrunc \
    2>/dev/null
  cp "$home/progress.sqlite" "$home.damaged"
  NOTEDRILL_HOME=$home "$BIN" store check >/dev/null 2>&1
  found=$?
  if ! cmp -s "$home/progress.sqlite" "$home.damaged"; then
    result corruption 0 "page $page: store check changed the file"; continue
  fi
  if [ "$found" = 0 ]; then result corruption 1; continue; fi # sound to SQLite: may be written
  detected=$((detected + 1))
  echo 1 | NOTEDRILL_NOW=2024-03-01T09:00:00Z NOTEDRILL_HOME=$home "$BIN" drill --plain \
    >/dev/null 2>&1
  drill=$?
  if [ "$drill" != 0 ] && cmp -s "$home/progress.sqlite" "$home.damaged"; then
    result corruption 1
  else
    result corruption 0 "page $page: drill exit $drill on a damaged store, file changed?"
  fi
done

# --- hostile ------------------------------------------------------------------------------
controls=($'\e]0;pwned\a' $'\e]52;c;cHduZWQ=\a' $'\e[2J' $'\e[31m' $'\u202e' $'\u2066' \
  $'\u009b31m' $'\u009d0;x\u009c' $'\r' $'\x7f' $'\e P1;2|x\e\\')
raw=$'\e|\a|\xc2[\x80-\x9f]|\xe2\x80[\xaa-\xae]|\xe2\x81[\xa6-\xa9]'
for i in $(seq 1 "$HOSTILE"); do
  notes="$WORK/hostile-$i"
  mkdir -p "$notes"
  pick() { echo -n "${controls[$((RANDOM % ${#controls[@]}))]}"; }
  {
    echo "# Title $(pick) here $(pick)"
    echo
    echo "## Load $(pick) balancing $(pick)"
    echo
    echo "- **ALB $(pick)**: 7계층 HTTP $(pick) 트래픽을 분산하는 로드 밸런서"
    echo "- **NLB**: 4계층 TCP/UDP $(pick) 트래픽을 초고성능으로 분산"
    echo "- **S3**: 객체 스토리지 $(pick) 서비스"
    echo "- **EBS**: EC2 인스턴스에 붙는 블록 스토리지 $(pick)"
    echo
    echo "- [ ] 점검 $(pick) 항목"
  } >"$notes/evil.md"
  home="$WORK/hostile-home-$i"
  ok=1 why=""
  while read -r line; do
    read -r -a args <<<"$line"
    out=$(NOTEDRILL_NOW=2024-03-01T09:00:00Z NOTEDRILL_HOME=$home \
      timeout 60 "$BIN" "${args[@]}" <"$WORK/answers" 2>&1)
    [ "${args[-1]}" = csv ] && out=${out//$'\r\n'/$'\n'}
    if LC_ALL=C grep -aqP "$raw" <<<"$out"; then ok=0; why="${args[*]} printed a raw control"; fi
  done <<EOF
outline $notes/evil.md
outline --json $notes/evil.md
bank list --notes $notes
bank lint --notes $notes
bank list --json --notes $notes
graph --notes $notes
graph --format dot --notes $notes
graph --format mermaid --notes $notes
graph --format json --notes $notes
drill --plain --notes $notes
stats --notes $notes
stats --json --notes $notes
exam --plain --questions 3 --seed 1 --notes $notes
review --weak --plain --notes $notes
checklist list --notes $notes
report --notes $notes
report --format html --notes $notes
report --format json --notes $notes
report --format csv --notes $notes
EOF
  result hostile "$ok" "variant $i: $why"
done
mkfifo "$WORK/fifo.md"
ln -s /dev/zero "$WORK/zero.md"
ln -s "$WORK/loop.md" "$WORK/loop.md"
for special in fifo.md zero.md loop.md; do
  timeout 10 "$BIN" outline "$WORK/$special" >/dev/null 2>&1
  status=$?
  if [ "$status" != 0 ] && [ "$status" != 124 ]; then result hostile 1
  else result hostile 0 "outline $special: exit $status (124: still running after 10 s)"; fi
done

echo "class        tried  held"
failed=0
for class in sigkill concurrency corruption hostile; do
  printf '%-12s %5d %5d\n' "$class" "${TRIED[$class]}" "${HELD[$class]}"
  [ "${TRIED[$class]}" = "${HELD[$class]}" ] || failed=1
done
echo "(corruption: $detected of $DAMAGES damaged pages were found by store check; the rest lay \
where SQLite reads nothing and the store stayed usable)"
exit "$failed"
