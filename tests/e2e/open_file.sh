# `posewise FILE` (what a double-click runs) opens straight onto that
# routine's page, for someone who has used Posewise before.
set -euo pipefail
source "$(dirname "$0")/lib.bash"
need import convert
start_xvfb
mkdir -p target/screenshots
export POSEWISE_DATA_DIR=$(mktemp -d)
printf '{"welcome_acknowledged": true}' > "$POSEWISE_DATA_DIR/settings.json"

"$POSEWISE_BIN" routines/back-spasm-relief.posewise.json &
app=$!
cleanup_pids+=("$app")
# Straight onto the routine's page: the title names it.
id=$(wait_for_window "$app" "Back spasm relief - Posewise")
sleep 1
import -window root target/screenshots/open-file.png
colours=$(convert target/screenshots/open-file.png -format %k info:)
echo "screenshot target/screenshots/open-file.png has $colours colours"
(( colours > 10 )) || { echo "the window looks blank"; exit 1; }
# A routine that comes with Posewise is not copied into the own routines.
if compgen -G "$POSEWISE_DATA_DIR/routines/*" >/dev/null; then
  echo "the bundled routine was copied: $(ls "$POSEWISE_DATA_DIR/routines")"
  exit 1
fi
echo "opened onto the routine's page (target/screenshots/open-file.png)"
