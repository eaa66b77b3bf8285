# Two computers share one data folder through Syncthing (two instances on
# loopback only: no discovery, relays or NAT). Each logs a session, then
# both log at the same moment, three times, and one computer's session is
# killed mid-hold. After the sync settles, both list all 8 sessions, the
# other computer offers no resume, and a conflict copy counts as nothing.
set -euo pipefail
source "$(dirname "$0")/lib.bash"
need syncthing python3
work=$(mktemp -d)
finish() {
  local status=$? pid
  for pid in "${cleanup_pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
  exit "$status"
}
trap finish EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

declare -A id listen gui
for c in a b; do
  mkdir -p "$work/data-$c/.stfolder" "$work/state-$c"
  id[$c]=$(syncthing generate --home="$work/st-$c" --no-default-folder 2>&1 | sed -n 's/.*Device ID: *//p')
  [[ -n ${id[$c]} ]] || { echo "syncthing gave no device id"; exit 1; }
  listen[$c]=$(free_port)
  gui[$c]=$(free_port)
done
for c in a b; do
  python3 - "$work/st-$c/config.xml" "$work/data-$c" "${id[a]}" "${id[b]}" \
    "${listen[a]}" "${listen[b]}" "${listen[$c]}" "${gui[$c]}" <<'PY'
import sys
path, folder, ida, idb, porta, portb, own, gui = sys.argv[1:]
open(path, "w").write(f"""<configuration version="36">
  <folder id="posewise" label="posewise" path="{folder}" type="sendreceive"
          rescanIntervalS="5" fsWatcherEnabled="true" fsWatcherDelayS="1">
    <device id="{ida}"></device><device id="{idb}"></device>
  </folder>
  <device id="{ida}" name="a"><address>tcp://127.0.0.1:{porta}</address></device>
  <device id="{idb}" name="b"><address>tcp://127.0.0.1:{portb}</address></device>
  <gui enabled="true" tls="false"><address>127.0.0.1:{gui}</address><apikey>posewise-e2e</apikey></gui>
  <options>
    <listenAddress>tcp://127.0.0.1:{own}</listenAddress>
    <globalAnnounceEnabled>false</globalAnnounceEnabled>
    <localAnnounceEnabled>false</localAnnounceEnabled>
    <relaysEnabled>false</relaysEnabled>
    <natEnabled>false</natEnabled>
    <startBrowser>false</startBrowser>
    <urAccepted>-1</urAccepted>
    <autoUpgradeIntervalH>0</autoUpgradeIntervalH>
    <crashReportingEnabled>false</crashReportingEnabled>
    <reconnectionIntervalS>1</reconnectionIntervalS>
  </options>
</configuration>
""")
PY
  syncthing serve --home="$work/st-$c" --no-browser --no-restart \
    --logfile="$work/st-$c.log" >/dev/null 2>&1 &
  cleanup_pids+=($!)
done

# Runs posewise as computer $1.
on() {
  local c=$1; shift
  POSEWISE_DATA_DIR="$work/data-$c" POSEWISE_STATE_DIR="$work/state-$c" "$POSEWISE_BIN" "$@"
}
sessions() { on "$1" history --json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["sessions"]))'; }

# One session each, then three at the same moment on both.
on a debug-append-history --count 1 --tag a0 >/dev/null
on b debug-append-history --count 1 --tag b0 >/dev/null
for round in 1 2 3; do
  on a debug-append-history --count 1 --tag "a$round" >/dev/null &
  first=$!
  on b debug-append-history --count 1 --tag "b$round" >/dev/null &
  wait "$first" $!
  sleep 1
done
# A session cut short on computer a, mid-hold.
on a play tests/fixtures/short.posewise.json --mute --no-voice >/dev/null &
player=$!
sleep 3.5
kill -9 "$player"
wait "$player" 2>/dev/null || true
[[ -f $work/state-a/checkpoint.json ]] || { echo "no checkpoint on computer a"; exit 1; }

settled=""
for _ in $(seq 1 120); do
  if [[ $(sessions a) == 8 && $(sessions b) == 8 ]]; then settled=yes; break; fi
  sleep 0.5
done
echo "sessions after the sync: a $(sessions a), b $(sessions b) (of 8)"
ls "$work/data-a/history" "$work/data-b/history"
[[ -n $settled ]] || { tail -20 "$work/st-a.log"; exit 1; }

resume_b=$(on b resume --mute --no-voice 2>&1 || true)
echo "computer b, resume: $resume_b"
[[ $resume_b == *"no interrupted session"* ]] || { echo "computer b offered a's session"; exit 1; }
[[ ! -e $work/data-b/checkpoint.json && ! -e $work/data-a/checkpoint.json ]] \
  || { echo "a checkpoint travelled in the data folder"; exit 1; }
resume_a=$(on a resume --discard 2>&1 || true)
echo "computer a, resume --discard: $resume_a"
[[ ! -f $work/state-a/checkpoint.json ]] || { echo "computer a kept no checkpoint of its own"; exit 1; }

# A conflict copy of one computer's file (as Syncthing names them) holds
# records already counted: still 8.
first=$(ls "$work/data-b/history"/*.jsonl | head -1)
cp "$first" "${first%.jsonl}.sync-conflict-20261206-120000-ABCDEFG.jsonl"
[[ $(sessions b) == 8 ]] || { echo "a conflict copy was counted: $(sessions b)"; exit 1; }
echo "two computers: 8 of 8 sessions on both, no resume across computers"
