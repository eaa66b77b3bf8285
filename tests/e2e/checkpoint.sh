# A session killed mid-way leaves a checkpoint; `posewise resume` continues
# at the same segment, finishes, and removes the checkpoint.
set -euo pipefail
source "$(dirname "$0")/lib.bash"
need python3
work=$(mktemp -d)
export POSEWISE_DATA_DIR="$work/data"
"$POSEWISE_BIN" play tests/fixtures/short.posewise.json --mute --no-voice > "$work/first.txt" &
app=$!
sleep 3.5   # the hold of step 1 runs from 0:02 to 0:05
kill -9 "$app"
wait "$app" 2>/dev/null || true
checkpoint="$POSEWISE_DATA_DIR/.posewise-this-computer/checkpoint.json"
[[ -f $checkpoint ]] || { echo "no checkpoint after the kill"; exit 1; }
python3 - "$checkpoint" <<'PY'
import json, sys
c = json.load(open(sys.argv[1]))
assert c["segment"] == 1 and c["position_ms"] == 2000, c
print("checkpoint: segment", c["segment"], "at", c["position_ms"], "ms")
PY
"$POSEWISE_BIN" resume --mute --no-voice > "$work/resumed.txt"
cat "$work/resumed.txt"
sed -n 2p "$work/resumed.txt" | grep -q '0:02  Hold — Child' || { echo "did not resume at the hold"; exit 1; }
sed -n 3p "$work/resumed.txt" | grep -q '0:05  Get ready' || { echo "each segment must be shown once"; exit 1; }
grep -q '^Session complete' "$work/resumed.txt" || { echo "the resumed session did not finish"; exit 1; }
[[ ! -e $checkpoint ]] || { echo "the checkpoint was not removed"; exit 1; }
"$POSEWISE_BIN" resume | grep -q 'no interrupted session' || { echo "resume with nothing to resume"; exit 1; }
