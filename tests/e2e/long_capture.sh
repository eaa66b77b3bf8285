# A session of LONG_CAPTURE_MINUTES (2 by default; `make bench` runs 10)
# played through a PulseAudio null sink and recorded: every cue must sound
# within 30 ms of its moment, aligned on the first cue, however long it
# runs. Prints the error slope and a table of the error over time, in real
# time (the recorder notes when each piece of sound arrives) and, for
# information, in the null sink's own sample clock, which runs some tens of
# ppm off the system clock.
set -euo pipefail
source "$(dirname "$0")/lib.bash"
need python3
minutes=${LONG_CAPTURE_MINUTES:-2}
hold=${LONG_CAPTURE_HOLD:-55}
start_pulse
work=$(mktemp -d)
routine="$work/long.posewise.json"
steps=$(for _ in $(seq $((minutes * 60 / (hold + 5)))); do printf '{"pose":"balasana","hold_seconds":%d},' "$hold"; done)
printf '{"format":"posewise-routine","version":1,"title":"Long capture","get_ready_seconds":5,"steps":[%s]}\n' \
  "${steps%,}" > "$routine"
"$POSEWISE_BIN" plan "$routine" --json > "$work/plan.json"

record_session "$routine" "$work"
tail -n 1 "$work/out.txt"
echo "long capture: $minutes minutes"
table=$(( minutes >= 10 ? 3 : 1 ))
echo "In the sound server's own sample clock (for information):"
python3 tests/e2e/cue_drift.py "$work/capture.wav" "$work/plan.json" 1000 "$table" || true
echo "In real (monotonic) time, as the plan and the screen count it:"
python3 tests/e2e/cue_drift.py "$work/capture.wav" "$work/plan.json" 30 "$table" "$work/times.csv"
