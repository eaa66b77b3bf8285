# A session in the window ended by SIGTERM (a logout, `kill`) or SIGKILL (a
# crash, the OOM killer) keeps its checkpoint, and the next launch offers
# to resume it: Enter on Today resumes the session in the window.
set -euo pipefail
source "$(dirname "$0")/lib.bash"
need xdotool import python3
start_xvfb
mkdir -p target/screenshots
export PULSE_SERVER=unix:/nonexistent

for signal in TERM KILL; do
  echo "--- SIG$signal in the middle of a session"
  data=$(mktemp -d)
  export POSEWISE_DATA_DIR=$data
  printf '{"welcome_acknowledged": true}' > "$data/settings.json"
  "$POSEWISE_BIN" run tests/fixtures/short.posewise.json &
  app=$!
  cleanup_pids+=("$app")
  id=$(wait_for_title_ending "$app" "Ten-second check - Posewise")
  # Into the first hold (get ready is 2 s).
  sleep 3.2
  echo "before the signal: $(xdotool getwindowname "$id")"
  kill -"$signal" "$app"
  wait "$app" 2>/dev/null || true
  checkpoint="$data/.posewise-this-computer/checkpoint.json"
  [[ -f $checkpoint ]] || { echo "FAIL: no checkpoint after SIG$signal"; exit 1; }
  python3 - "$checkpoint" "$signal" <<'PY'
import json, sys
c = json.load(open(sys.argv[1]))
print(f"checkpoint: segment {c['segment']} at {c['position_ms']} ms")
assert c["segment"] >= 1, "the hold had started"
if sys.argv[2] == "TERM":
    # Paused on the way out: the exact place, not the segment's start.
    assert c["position_ms"] > 2000, c["position_ms"]
PY

  "$POSEWISE_BIN" 2> "$data/relaunch.err" &
  app=$!
  cleanup_pids+=("$app")
  id=$(wait_for_title_ending "$app" "Posewise") || {
    echo "the relaunch failed:"; cat "$data/relaunch.err"
    echo "Xvfb said:"; cat "$XVFB_LOG"
    exit 1
  }
  sleep 0.8
  import -window root "target/screenshots/e2e-resume-after-sig${signal,,}.png"
  xdotool windowfocus --sync "$id" 2>/dev/null || xdotool windowfocus "$id"
  xdotool key Return
  resumed=""
  for _ in $(seq 1 300); do
    title=$(xdotool getwindowname "$id" 2>/dev/null || true)
    [[ $title == *"Ten-second check - Posewise" ]] && { resumed=$title; break; }
    sleep 0.01
  done
  [[ -n $resumed ]] || { echo "FAIL: Enter on Today did not resume: '$(xdotool getwindowname "$id")'"; exit 1; }
  echo "resumed at the next launch: '$resumed'"
  kill "$app"
  wait "$app" 2>/dev/null || true
done
echo "signals: the checkpoint survives SIGTERM and SIGKILL, and resume is offered"
