# Reminders end to end: `posewise remind --due` against a stand-in
# notification service (tests/e2e/notify_server.py) on a private session
# bus, with the real binary, data folder and history.
set -euo pipefail
source "$(dirname "$0")/lib.bash"
need dbus-run-session /usr/bin/python3 pgrep xdotool
/usr/bin/python3 -c 'import dbus, gi' 2>/dev/null ||
  { echo "missing: python3-dbus and python3-gi (run make test to install them)"; exit 1; }

if [[ -z ${POSEWISE_REMIND_INNER:-} ]]; then
  # Without any session bus: nothing to do, said with --verbose, status 0.
  said=$(DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent POSEWISE_DATA_DIR=$(mktemp -d) \
    "$POSEWISE_BIN" remind --due --verbose)
  echo "no data, no bus: $said"
  [[ $said == *"no settings yet"* ]] || { echo "expected it to say why"; exit 1; }
  due_data=$(mktemp -d)
  printf '{"reminders": {"bundled/breathing-reset": {"on": true, "times": ["%s"], "days": %s}}}' \
    "$(date -d '-5 min' +%H:%M)" '["mon", "tue", "wed", "thu", "fri", "sat", "sun"]' \
    > "$due_data/settings.json"
  said=$(DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent POSEWISE_DATA_DIR=$due_data \
    "$POSEWISE_BIN" remind --due --verbose)
  echo "a routine due, no bus: $said"
  [[ $said == *"cannot show notifications"* ]] || { echo "expected it to say why"; exit 1; }
  [[ ! -e $due_data/.posewise-this-computer/reminders.json ]] || { echo "marked as announced without a bus"; exit 1; }
  exec env POSEWISE_REMIND_INNER=1 dbus-run-session -- bash "$0"
fi

start_xvfb
work=$(mktemp -d)
export POSEWISE_DATA_DIR=$work/data
mkdir -p "$POSEWISE_DATA_DIR/routines"
cat > "$POSEWISE_DATA_DIR/routines/short.posewise.json" <<'JSON'
{"format": "posewise-routine", "version": 1, "title": "Short one",
 "get_ready_seconds": 3, "steps": [{"pose": "balasana", "hold_seconds": 3}]}
JSON
log=$work/notifications.jsonl
commands=$work/commands
# The slot began five minutes ago (yesterday's, just after midnight).
slot=$(date -d '-5 min' +%H:%M)
every='["mon", "tue", "wed", "thu", "fri", "sat", "sun"]'

# Reminders for the routine keys given, all at $slot, every day.
reminders_for() {
  local key entries=""
  for key in "$@"; do
    entries+="${entries:+, }\"$key\": {\"on\": true, \"times\": [\"$slot\"], \"days\": $every}"
  done
  printf '{"welcome_acknowledged": true, "reminders": {%s}}\n' "$entries" \
    > "$POSEWISE_DATA_DIR/settings.json"
}

remind() { "$POSEWISE_BIN" remind --due --verbose "$@"; }
count() { [[ -f $log ]] && wc -l < "$log" || echo 0; }
# To stderr, so that a failure inside $(…) is still seen.
fail() { echo "FAIL: $*" >&2; exit 1; }

# Waits up to 5 s for notification number $1 and prints its summary.
wait_for_notification() {
  for _ in $(seq 1 250); do
    if (( $(count) >= $1 )); then
      sed -n "${1}p" "$log" | /usr/bin/python3 -c 'import json,sys; print(json.load(sys.stdin)["summary"])'
      return 0
    fi
    sleep 0.02
  done
  fail "no notification number $1 within 5 s"
}

# Waits up to 5 s for process $1 to end.
wait_for_exit() {
  for _ in $(seq 1 250); do
    kill -0 "$1" 2>/dev/null || { wait "$1"; return; }
    sleep 0.02
  done
  fail "remind did not end within 5 s of the answer"
}

# Runs remind (with extra arguments $4…) in the background, checks that
# notification number $1 is "Time for $2", answers it with $3 (close,
# start or later) and waits for remind to end. Prints remind's report.
answer() {
  local number=$1 title=$2 action=$3 pid summary waiting
  shift 3
  "$POSEWISE_BIN" remind --due --verbose --wait 30 "$@" > "$work/remind-$number.out" &
  pid=$!
  cleanup_pids+=("$pid")
  summary=$(wait_for_notification "$number")
  [[ $summary == "Time for $title" ]] || fail "notification $number: $summary"
  sleep 0.2
  echo "waiting for the answer: RSS $(awk '/VmRSS/ { print $2 }' "/proc/$pid/status") KiB"
  if [[ $action == close ]]; then
    echo "close $number" >> "$commands"
  else
    echo "invoke $number $action" >> "$commands"
  fi
  wait_for_exit "$pid"
  cat "$work/remind-$number.out"
}

reminders_for bundled/back-spasm-relief
said=$(remind --wait 1)
echo "bus, no notification service: $said"
[[ $said == *"cannot show the notification"* ]] || fail "expected it to say why"

/usr/bin/python3 tests/e2e/notify_server.py "$log" "$commands" > "$work/server.out" 2>&1 &
cleanup_pids+=("$!")
for _ in $(seq 1 250); do grep -q ready "$work/server.out" 2>/dev/null && break; sleep 0.02; done
grep -q ready "$work/server.out" || fail "the test notification server did not start"

echo "--- one due routine: exactly one notification, with its title"
answer 1 "Back spasm relief" close
grep -q '"actions": \["default", "Start", "start", "Start", "later", "Later"\]' "$log" ||
  fail "Start and Later actions missing: $(cat "$log")"
(( $(count) == 1 )) || fail "$(count) notifications"

echo "--- again: none"
said=$(remind --wait 1)
echo "$said"
(( $(count) == 1 )) || fail "announced twice"
[[ $said == *"nothing is due"* ]] || fail "expected nothing due"

echo "--- a routine done since its slot began: none"
reminders_for bundled/back-spasm-relief own/short.posewise.json
"$POSEWISE_BIN" play "$POSEWISE_DATA_DIR/routines/short.posewise.json" --mute \
  --pain-before 2 --pain-after 1 --effort right > "$work/play.out"
said=$(remind --wait 1)
echo "$said"
(( $(count) == 1 )) || fail "announced a routine that was done"
[[ $said == *"Short one was done since $slot"* ]] || fail "expected 'done since'"

echo "--- Start opens posewise run for that routine"
reminders_for bundled/back-spasm-relief own/short.posewise.json bundled/breathing-reset
answer 2 "Breathing reset" start
run_pid=""
for _ in $(seq 1 250); do
  run_pid=$(pgrep -f "posewise run bundled/breathing-reset" || true)
  [[ -n $run_pid ]] && break
  sleep 0.02
done
[[ -n $run_pid ]] || fail "posewise run was not started"
cleanup_pids+=($run_pid)
# The window title carries the countdown: "0:07 Get ready · Breathing reset - Posewise".
id=$(wait_for_title_ending "$run_pid" "Breathing reset - Posewise") ||
  fail "the session window did not open"
title=$(xdotool getwindowname "$id")
echo "the session window: $title (remind has ended, the session runs on)"
kill $run_pid

echo "--- Later brings the slot back 30 minutes on"
reminders_for bundled/back-spasm-relief own/short.posewise.json bundled/breathing-reset \
  bundled/gentle-back-yoga
answer 3 "Gentle back yoga" later
said=$(remind --wait 1)
(( $(count) == 3 )) || fail "a snoozed slot came back at once"
said=$(remind --wait 1 --now "$(date -d '+29 min' --iso-8601=seconds)")
(( $(count) == 3 )) || fail "a snoozed slot came back within 30 minutes"
answer 4 "Gentle back yoga" close --now "$(date -d '+31 min' --iso-8601=seconds)"
(( $(count) == 4 )) || fail "$(count) notifications: only the snoozed one should be back"

echo "reminders: all checks passed"
