# Shared helpers for the end-to-end tests. Source it; do not run it.

need() {
  local tool
  for tool in "$@"; do
    command -v "$tool" >/dev/null || { echo "missing tool: $tool (run make test to install it)"; exit 1; }
  done
}

# Starts a private Xvfb on a display it picks itself (-displayfd), so
# tests running side by side never share one, and exports DISPLAY.
start_xvfb() {
  need Xvfb xwininfo
  local number="" chosen
  XVFB_LOG=$(mktemp)
  chosen=$(mktemp)
  # -noreset: by default the server resets when its last client leaves,
  # and a client connecting during the reset is refused.
  Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp -noreset 3>"$chosen" >"$XVFB_LOG" 2>&1 &
  XVFB_PID=$!
  for _ in $(seq 1 500); do
    number=$(tr -dc 0-9 < "$chosen")
    [[ -n $number ]] && break
    kill -0 "$XVFB_PID" 2>/dev/null || break
    sleep 0.02
  done
  [[ -n $number ]] || { echo "could not start Xvfb:"; cat "$XVFB_LOG"; exit 1; }
  export DISPLAY=":$number"
  xwininfo -root >/dev/null 2>&1 || { echo "Xvfb on $DISPLAY does not answer"; exit 1; }
}

# Prints the id of the viewable window whose title starts with $1, if any.
window_id() {
  local id
  id=$(xwininfo -root -tree 2>/dev/null | awk -v t="\"$1" 'index($0, t) { print $1; exit }')
  [[ -n $id ]] && xwininfo -id "$id" 2>/dev/null | grep -q IsViewable && echo "$id"
}

now_ms() { date +%s%3N; }

# Prints one measured figure for `make bench` (tests/bench/run-all collects
# them): figure NAME VALUE UNIT GOAL, where GOAL is like "≤ 60" or "-".
figure() { echo "figure: $1 | $2 | $3 | $4"; }

# Waits up to 5 s for process $1 to show a window titled $2…, and prints
# its id; fails if the process exits first or no such window comes. It
# looks every 2 ms, so the benchmark can time the window with it too.
wait_for_window() {
  local app=$1 title=$2 id=""
  for _ in $(seq 1 2500); do
    id=$(window_id "$title" || true)
    [[ -n $id ]] && { echo "$id"; return 0; }
    kill -0 "$app" 2>/dev/null || { echo "the app exited before showing a window" >&2; return 1; }
    sleep 0.002
  done
  echo "no window titled '$title' within 5 s" >&2
  return 1
}

# Waits up to 5 s for process $1 to show a visible window whose title ends
# in $2 (a session's title starts with its countdown), and prints its id.
wait_for_title_ending() {
  local app=$1 ending=$2 id=""
  need xdotool
  for _ in $(seq 1 500); do
    id=$(xdotool search --onlyvisible --name "$ending\$" 2>/dev/null | head -n 1 || true)
    [[ -n $id ]] && { echo "$id"; return 0; }
    kill -0 "$app" 2>/dev/null || { echo "the app exited before showing a window" >&2; return 1; }
    sleep 0.01
  done
  echo "no window titled …$ending within 5 s" >&2
  return 1
}

cleanup_pids=()
cleanup() {
  local status=$? pid
  for pid in "${cleanup_pids[@]}" ${XVFB_PID:-}; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  exit "$status"
}
trap cleanup EXIT

# Starts a private PulseAudio with a null sink called "fake" and exports
# what clients need to reach it.
start_pulse() {
  need pulseaudio pactl parec
  export HOME=$(mktemp -d) XDG_RUNTIME_DIR=$(mktemp -d)
  pulseaudio -n --daemonize=no --exit-idle-time=-1 --disable-shm=yes \
    -L module-native-protocol-unix \
    -L "module-null-sink sink_name=fake rate=48000 channels=2" >/dev/null 2>&1 &
  PULSE_PID=$!
  cleanup_pids+=("$PULSE_PID")
  for _ in $(seq 1 100); do
    pactl info >/dev/null 2>&1 && break
    sleep 0.05
  done
  pactl info >/dev/null 2>&1 || { echo "PulseAudio did not start"; exit 1; }
  pactl set-default-sink fake
}

# Plays routine $1 headless through the null sink while recording it into
# $2/capture.wav, with $2/times.csv noting when each piece of sound arrived
# (see timed_record.py); the player's output goes to $2/out.txt.
record_session() {
  local routine=$1 work=$2 recorder
  python3 tests/e2e/timed_record.py fake.monitor "$work/capture.wav" "$work/times.csv" &
  recorder=$!
  cleanup_pids+=("$recorder")
  sleep 0.5
  POSEWISE_DATA_DIR="$work/data" "$POSEWISE_BIN" play "$routine" --no-window --no-voice > "$work/out.txt"
  sleep 1.5
  kill -INT "$recorder"
  wait "$recorder" 2>/dev/null || true
}
