# Figures for `posewise remind --due` (make bench): time and peak RSS when
# nothing is due (20 runs, with reminders set and a 20-year history), and
# RSS while it waits for an answer. Goals: median ≤ 50 ms, ≤ 10 MB.
# Prints the figures; fails only when remind does not run.
set -euo pipefail
cd "$(dirname "$0")/../.."
source tests/e2e/lib.bash
need dbus-run-session /usr/bin/python3 /usr/bin/time
POSEWISE_BIN=${POSEWISE_BIN:-$PWD/target/release/posewise}
export POSEWISE_BIN

if [[ -z ${POSEWISE_BENCH_INNER:-} ]]; then
  exec env POSEWISE_BENCH_INNER=1 dbus-run-session -- bash "$0"
fi
work=$(mktemp -d)
export POSEWISE_DATA_DIR=$work/data
mkdir -p "$POSEWISE_DATA_DIR"
# Twenty years of twice a day.
python3 - "$POSEWISE_DATA_DIR/history.jsonl" <<'PY'
import datetime, json, sys
start = datetime.datetime.now().astimezone() - datetime.timedelta(days=7300)
with open(sys.argv[1], "w") as out:
    for i in range(14600):
        at = start + datetime.timedelta(hours=12 * i)
        out.write(json.dumps({"format": "posewise-session", "version": 1,
            "id": f"bench-{i}", "routine_title": "Back spasm relief",
            "routine_id": "bench", "started_at": at.isoformat(timespec="seconds"),
            "ended_at": (at + datetime.timedelta(minutes=10)).isoformat(timespec="seconds"),
            "completed": True, "steps_done": 4, "steps_total": 4, "active_seconds": 590,
            "pain_before": 3, "pain_after": 2, "effort": "right", "note": None,
            "painful_steps": []}) + "\n")
    # Done a minute ago, after the reminder below: nothing is due, but
    # `remind` has to read the end of the history to know it.
    now = datetime.datetime.now().astimezone()
    out.write(json.dumps({"format": "posewise-session", "version": 1,
        "id": "bench-done", "routine_title": "Back spasm relief",
        "routine_id": "bench", "started_at": (now - datetime.timedelta(minutes=3)).isoformat(timespec="seconds"),
        "ended_at": (now - datetime.timedelta(minutes=1)).isoformat(timespec="seconds"),
        "completed": True, "steps_done": 4, "steps_total": 4, "active_seconds": 120,
        "pain_before": 3, "pain_after": 2, "effort": "right", "note": None,
        "painful_steps": []}) + "\n")
PY
every='["mon", "tue", "wed", "thu", "fri", "sat", "sun"]'
# One reminder done since its time (the history is read), one far ahead.
printf '{"reminders": {"bundled/back-spasm-relief": {"on": true, "times": ["%s"], "days": %s},
  "bundled/breathing-reset": {"on": true, "times": ["%s"], "days": %s}}}\n' \
  "$(date -d '-5 min' +%H:%M)" "$every" "$(date -d '+3 hours' +%H:%M)" "$every" \
  > "$POSEWISE_DATA_DIR/settings.json"
said=$("$POSEWISE_BIN" remind --due --verbose)
[[ $said == *"Back spasm relief was done since"* ]] || { echo "expected 'done since': $said"; exit 1; }
echo "history: $(wc -l < "$POSEWISE_DATA_DIR/history.jsonl") sessions, $(du -h "$POSEWISE_DATA_DIR/history.jsonl" | cut -f1)"

for _ in $(seq 1 20); do
  started=$(date +%s%N)
  /usr/bin/time -f '%M' -a -o "$work/rss" "$POSEWISE_BIN" remind --due
  echo $(( ($(date +%s%N) - started) / 1000 )) >> "$work/micros"
done
median=$(sort -n "$work/micros" | sed -n 10p)
slowest=$(sort -n "$work/micros" | tail -1)
peak=$(sort -n "$work/rss" | tail -1)
figure "remind --due with nothing due: median of 20 runs (slowest $((slowest / 1000)).$((slowest % 1000 / 100)) ms)" \
  "$((median / 1000)).$((median % 1000 / 100))" ms "≤ 50"
figure "remind --due with nothing due: peak RSS" "$(awk -v k="$peak" 'BEGIN { printf "%.1f", k * 1024 / 1e6 }')" MB "≤ 10"

# A slot due now, of a routine not done.
printf '{"reminders": {"bundled/breathing-reset": {"on": true, "times": ["%s"], "days": %s}}}\n' \
  "$(date -d '-5 min' +%H:%M)" "$every" > "$POSEWISE_DATA_DIR/settings.json"
/usr/bin/python3 tests/e2e/notify_server.py "$work/log" "$work/commands" > "$work/server.out" 2>&1 &
server=$!
for _ in $(seq 1 250); do grep -q ready "$work/server.out" 2>/dev/null && break; sleep 0.02; done
"$POSEWISE_BIN" remind --due --wait 5 &
pid=$!
for _ in $(seq 1 250); do [[ -s $work/log ]] && break; sleep 0.02; done
sleep 1
rss=$(awk '/VmHWM/ { print $2 }' "/proc/$pid/status")
figure "remind --due waiting for the answer: peak RSS" "$(awk -v k="$rss" 'BEGIN { printf "%.1f", k * 1024 / 1e6 }')" MB "≤ 10"
echo "close 1" >> "$work/commands"
wait "$pid"
kill "$server"
