# A headless session played through a PulseAudio null sink and recorded:
# every cue must sound within 30 ms of the plan (aligned on the first cue).
set -euo pipefail
source "$(dirname "$0")/lib.bash"
need python3
start_pulse
work=$(mktemp -d)
routine=tests/fixtures/short.posewise.json
"$POSEWISE_BIN" plan "$routine" --json > "$work/plan.json"

record_session "$routine" "$work"
tail -n 1 "$work/out.txt"
[[ -z $(sort "$work/out.txt" | uniq -d) ]] || { echo "a segment was shown twice:"; cat "$work/out.txt"; exit 1; }
segments=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["segments"]))' "$work/plan.json")
[[ $(grep -c '^ *[0-9]*:[0-9][0-9]  ' "$work/out.txt") -eq $segments ]] || { echo "expected $segments segments"; cat "$work/out.txt"; exit 1; }
python3 tests/e2e/cue_timing.py "$work/capture.wav" "$work/plan.json" 30
