# The release binary in every language at 200 % text in a real X window:
# Today, the runner holding a pose and breathing, and History, each taken
# from the screen into target/screenshots/xvfb-<screen>-<lang>.png for a
# person to look at. Each window must show its language's words (its title
# while running carries the phase in that language).
set -euo pipefail
source "$(dirname "$0")/lib.bash"
need xdotool import python3
start_xvfb
mkdir -p target/screenshots
export PULSE_SERVER=unix:/nonexistent
routine=$(mktemp --suffix=.posewise.json)
cat > "$routine" <<'JSON'
{ "format": "posewise-routine", "version": 1, "title": "Morning back care",
  "get_ready_seconds": 3,
  "steps": [
    { "pose": "knee-to-chest", "hold_seconds": 6, "sides": "left" },
    { "pose": "anulom-vilom", "hold_seconds": 20,
      "breathing": { "inhale": 4, "exhale": 4, "alternate_nostrils": true } } ] }
JSON
# When the first hold and the first breath begin, from the plan.
read -r hold_ms breath_ms < <("$POSEWISE_BIN" plan "$routine" --json | python3 -c '
import json, sys
segments = json.load(sys.stdin)["segments"]
start = lambda kinds: next(s["start_ms"] for s in segments if s["kind"] in kinds)
print(start(["hold"]), start(["breathe_in"]))')

shoot() { sleep "$2"; import -window root "target/screenshots/xvfb-$1.png"; }

for lang in de es fr pt-BR hi; do
  data=$(mktemp -d)
  export POSEWISE_DATA_DIR=$data
  printf '{"welcome_acknowledged": true, "text_scale": 200, "language": "%s"}\n' "$lang" \
    > "$data/settings.json"
  "$POSEWISE_BIN" debug-append-history --count 6 --tag "$lang" > /dev/null
  today=$("$POSEWISE_BIN" --lang "$lang" plan "$routine" --json | python3 -c '
import json, sys
print(next(s["name"] for s in json.load(sys.stdin)["segments"]))')

  "$POSEWISE_BIN" &
  app=$!
  cleanup_pids+=("$app")
  id=$(wait_for_title_ending "$app" "Posewise")
  xdotool windowfocus --sync "$id" 2>/dev/null || xdotool windowfocus "$id"
  shoot "today-$lang" 1.0
  xdotool key ctrl+4
  shoot "history-$lang" 1.0
  kill "$app"; wait "$app" 2>/dev/null || true

  "$POSEWISE_BIN" run "$routine" &
  app=$!
  cleanup_pids+=("$app")
  started=$(now_ms)
  id=$(wait_for_title_ending "$app" "Posewise")
  at() { local wait=$(( $1 - ($(now_ms) - started) )); ((wait > 0)) && sleep "$(printf '%d.%03d' $((wait / 1000)) $((wait % 1000)))"; true; }
  at $((hold_ms + 1500))
  import -window root "target/screenshots/xvfb-hold-$lang.png"
  hold_title=$(xdotool getwindowname "$id")
  at $((breath_ms + 1500))
  import -window root "target/screenshots/xvfb-breathing-$lang.png"
  kill "$app"; wait "$app" 2>/dev/null || true
  echo "$lang: '$hold_title' (first pose: $today)"
  # The title speaks the language: the phase word is not the English one.
  [[ $hold_title != *" Hold "* && $hold_title == *" · "* ]] \
    || { echo "$lang: the title is not in the language: '$hold_title'"; exit 1; }
done
