# The release binary runs a whole session in its window: `posewise run FILE`
# counts down at once, H during Get ready offers the "this hurts" choices,
# Space pauses and continues, Enter saves the summary, and the record (the
# painful step and the choice made included) lands in the history of a
# temporary data folder.
set -euo pipefail
source "$(dirname "$0")/lib.bash"
need xdotool import convert
start_xvfb
mkdir -p target/screenshots
data=$(mktemp -d)
export POSEWISE_DATA_DIR=$data
# No sound server: the session must run on visual cues alone.
export PULSE_SERVER=unix:/nonexistent

"$POSEWISE_BIN" run tests/fixtures/short.posewise.json &
app=$!
cleanup_pids+=("$app")

id=$(wait_for_title_ending "$app" "Posewise")
xdotool windowfocus --sync "$id" 2>/dev/null || xdotool windowfocus "$id"
title() { xdotool getwindowname "$id"; }

first=$(title)
# Getting into the pose hurts: H during Get ready offers the choices, and
# Escape goes on gently.
xdotool key h
sleep 0.3
import -window root target/screenshots/e2e-hurts.png
xdotool key Escape
sleep 1.0
second=$(title)
echo "title: '$first' then '$second'"
[[ $first =~ ^[0-9]+:[0-9]{2}\  ]] || { echo "no countdown in the title"; exit 1; }
[[ $first != "$second" ]] || { echo "the countdown did not change"; exit 1; }
import -window root target/screenshots/e2e-runner.png

xdotool key space
sleep 0.5
paused=$(title)
sleep 1.2
[[ $paused == *Paused* ]] || { echo "Space did not pause: '$paused'"; exit 1; }
[[ $(title) == "$paused" ]] || { echo "the clock moved while paused"; exit 1; }
echo "paused: '$paused'"
xdotool key space
sleep 0.5
[[ $(title) != *Paused* ]] || { echo "Space did not continue"; exit 1; }

for _ in $(seq 1 200); do
  [[ $(title) == Posewise ]] && break
  sleep 0.1
done
[[ $(title) == Posewise ]] || { echo "the session did not reach its summary: '$(title)'"; exit 1; }
sleep 0.3
import -window root target/screenshots/e2e-summary.png
xdotool key Return

for _ in $(seq 1 100); do
  cat "$data"/history/*.jsonl 2>/dev/null | grep -q '"completed":true' && break
  sleep 0.05
done
history=$(cat "$data"/history/*.jsonl 2>/dev/null || true)
grep -q '"completed":true' <<<"$history" || {
  echo "no completed record in $data/history/"
  exit 1
}
echo "history: $history"
[[ $first == *"Get ready"* ]] || { echo "H was not pressed during Get ready: '$first'"; exit 1; }
grep -q '"painful_steps":\[0\]' <<<"$history" || { echo "step 0 is not marked painful"; exit 1; }
grep -q '"hurt_choices":\[{"step":0,.*"choice":"gently"}\]' <<<"$history" \
  || { echo "the choice after 'this hurts' is not in the record"; exit 1; }
[[ ! -e $data/.posewise-this-computer/checkpoint.json ]] || { echo "the checkpoint was left behind"; exit 1; }
