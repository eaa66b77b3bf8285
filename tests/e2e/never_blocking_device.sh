# An ALSA default device that never blocks (`pcm.!default { type null }`,
# as on servers and in containers with no card) takes samples as fast as
# they come. Posewise must pace itself: `posewise play` uses at most 2 % of
# a core over 20 s (a spinning output thread used 100 %), and the window at
# most 5 % here, where the unoptimised test build draws it (the release
# window's figure, 0.33 %, is judged by `make bench` against 2 %); both
# sessions run to their end.
set -euo pipefail
source "$(dirname "$0")/lib.bash"
need xdotool
export HOME=$(mktemp -d) XDG_RUNTIME_DIR=$(mktemp -d)
# No sound server answers: ALSA's null device is the output.
export PULSE_SERVER=unix:/nonexistent
printf 'pcm.!default { type null }\n' > "$HOME/.asoundrc"
work=$(mktemp -d)
# 45 s of holds with a cue every few seconds and silences between.
printf '%s\n' '{"format":"posewise-routine","version":1,"title":"Null device",' \
  '"get_ready_seconds":3,"steps":[{"pose":"balasana","hold_seconds":20},' \
  '{"pose":"deep-breathing","hold_seconds":20,"breathing":{"inhale":4,"exhale":6}}]}' \
  > "$work/null.posewise.json"

ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
hz=$(getconf CLK_TCK)
# Fails unless process $1 used at most $3 % of a core over 20 s; says $2.
at_most() {
  local before after percent
  before=$(ticks "$1")
  sleep 20
  after=$(ticks "$1")
  percent=$(awk -v d=$((after - before)) -v hz="$hz" 'BEGIN { printf "%.2f", 100 * d / hz / 20 }')
  echo "$2: $percent % of a core over 20 s"
  awk -v p="$percent" -v most="$3" 'BEGIN { exit !(p <= most) }' \
    || { echo "over $3 %: the output thread spins"; exit 1; }
}

POSEWISE_DATA_DIR="$work/terminal" "$POSEWISE_BIN" play "$work/null.posewise.json" \
  --no-window --no-voice --verbose > "$work/out.txt" 2> "$work/err.txt" &
player=$!
cleanup_pids+=("$player")
sleep 2
at_most "$player" "posewise play" 2
wait "$player" || { echo "posewise play failed"; cat "$work/err.txt"; exit 1; }
cat "$work/err.txt"
grep -q '^sound: ALSA' "$work/err.txt" || { echo "the null device was not the output"; exit 1; }
grep -q '^Session complete' "$work/out.txt" || { echo "the session did not complete"; exit 1; }

start_xvfb
POSEWISE_DATA_DIR="$work/window" "$POSEWISE_BIN" run "$work/null.posewise.json" &
app=$!
cleanup_pids+=("$app")
wait_for_title_ending "$app" "Posewise" > /dev/null
sleep 2
at_most "$app" "the window" 5
id=$(xdotool search --onlyvisible --name 'Posewise$' | head -n 1)
title() { xdotool getwindowname "$id"; }
# It runs to its summary (the title is then plain "Posewise"); Enter keeps
# the session.
for _ in $(seq 1 600); do
  [[ $(title) == Posewise ]] && break
  sleep 0.1
done
[[ $(title) == Posewise ]] || { echo "the window session did not reach its end: '$(title)'"; exit 1; }
xdotool windowfocus --sync "$id" 2>/dev/null || xdotool windowfocus "$id"
xdotool key Return
for _ in $(seq 1 100); do
  cat "$work"/window/history/*.jsonl 2>/dev/null | grep -q '"completed":true' && break
  sleep 0.05
done
cat "$work"/window/history/*.jsonl 2>/dev/null | grep -q '"completed":true' || { echo "the window session was not logged"; exit 1; }
echo "the window session ran to its end and was logged"
