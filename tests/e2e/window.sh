# The release binary opens a real window with a routine, and renders it.
set -euo pipefail
source "$(dirname "$0")/lib.bash"
need import convert
start_xvfb
mkdir -p target/screenshots
# A first run: an empty data folder, so the safety notice shows.
export POSEWISE_DATA_DIR=$(mktemp -d)

started=$(now_ms)
"$POSEWISE_BIN" routines/back-spasm-relief.posewise.json &
app=$!
cleanup_pids+=("$app")
# Straight onto the routine's page: the title names it.
id=$(wait_for_window "$app" "Back spasm relief - Posewise")
echo "window viewable after $(( $(now_ms) - started )) ms"
sleep 1
rss_kb=$(awk '/VmRSS/ { print $2 }' "/proc/$app/status")
echo "RSS after 1 s: $((rss_kb / 1024)) MiB"
import -window root target/screenshots/first-window.png
colours=$(convert target/screenshots/first-window.png -format %k info:)
echo "screenshot target/screenshots/first-window.png has $colours colours"
(( colours > 10 )) || { echo "the window looks blank"; exit 1; }
