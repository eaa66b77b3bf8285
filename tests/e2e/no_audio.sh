# With no audio output at all, a session still runs to the end, exits 0 and
# says so once.
set -euo pipefail
source "$(dirname "$0")/lib.bash"
work=$(mktemp -d)
started=$(now_ms)
PULSE_SERVER=unix:/nonexistent POSEWISE_DATA_DIR="$work/data" \
  "$POSEWISE_BIN" play tests/fixtures/short.posewise.json --no-window --no-voice \
  > "$work/out.txt" 2> "$work/err.txt"
echo "ran for $(( $(now_ms) - started )) ms"
cat "$work/err.txt"
[[ $(wc -l < "$work/err.txt") -eq 1 ]] || { echo "expected exactly one notice"; exit 1; }
grep -q '^notice: No audio output' "$work/err.txt" || { echo "the notice is missing"; exit 1; }
grep -q '^Session complete' "$work/out.txt" || { echo "the session did not complete"; exit 1; }
