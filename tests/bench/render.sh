# Figures for `posewise render-audio` of a 1-hour session (make bench):
# how long it takes and its peak memory. The WAV (some 690 MB) is removed.
set -euo pipefail
cd "$(dirname "$0")/../.."
source tests/e2e/lib.bash
need /usr/bin/time python3
POSEWISE_BIN=${POSEWISE_BIN:-$PWD/target/release/posewise}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# 45 holds of 60 s with 20 s rests: an hour with every kind of cue.
python3 - "$work/hour.posewise.json" <<'PY'
import json, sys
steps = [{"pose": "knee-to-chest", "hold_seconds": 60, "rest_seconds": 20}] * 45
json.dump({"format": "posewise-routine", "version": 1, "title": "An hour",
           "get_ready_seconds": 10, "steps": steps}, open(sys.argv[1], "w"))
PY
"$POSEWISE_BIN" plan "$work/hour.posewise.json" | tail -1
/usr/bin/time -f '%e %M' -o "$work/usage" \
  "$POSEWISE_BIN" render-audio "$work/hour.posewise.json" --out "$work/hour.wav"
read -r seconds kib < "$work/usage"
echo "WAV: $(du -h "$work/hour.wav" | cut -f1)"
figure "render-audio of a 1-hour session: time" "$seconds" s "-"
figure "render-audio of a 1-hour session: peak RSS" "$(awk -v k="$kib" 'BEGIN { printf "%.1f", k * 1024 / 1e6 }')" MB "-"
