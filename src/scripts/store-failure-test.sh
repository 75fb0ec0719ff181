#!/usr/bin/env bash
# Store failures on the packaged service, as test.sh runs them after `mvn verify`:
#   h2:       the data directory on a small tmpfs that is filled up (a full disk), then freed;
#   postgres: the PostgreSQL server stopped and started again (an outage).
# Each checks: acknowledged work is never lost; while the store cannot write, submissions and feed polls
# get 503 with Retry-After (never 500) and readiness is DOWN; the log says so once, not per attempt; no
# trace file lands on the data disk; the service recovers without a restart.
#   src/scripts/store-failure-test.sh [h2|postgres|all]     (default all; needs the packaged app and root)
set -uo pipefail
cd "$(dirname "$0")/../.."
WHICH=${1:-all}
[ -d target/quarkus-app ] || { echo "build first: mvn -B package -DskipTests" >&2; exit 2; }
PORT=${PORT:-18190}
BASE="http://127.0.0.1:$PORT"
WORK=$(mktemp -d)
FAILED=0
fail() { echo "FAIL: $*"; FAILED=1; }
code() { curl -s -o /dev/null -w '%{http_code}' "$@"; }

start() { # extra java options...
  java -Dquarkus.http.port="$PORT" -Dtoneline.jobs.lease=3s -Dtoneline.jobs.heartbeat=1s "$@" \
    -jar target/quarkus-app/quarkus-run.jar >>"$WORK/service.log" 2>&1 &
  PID=$!
  for _ in $(seq 1 240); do
    [ "$(code "$BASE/q/health/ready")" = 200 ] && return 0
    sleep 0.5
  done
  fail "service did not become ready"; tail -20 "$WORK/service.log"; return 1
}
stop() { kill -9 "$PID" 2>/dev/null; wait "$PID" 2>/dev/null; }
submit() { # prints "CODE ID"
  curl -s -o "$WORK/answer.json" -w '%{http_code}' -X POST "$BASE/v1/analyses" -H 'Content-Type: text/plain' \
    ${ASYNC:+-H 'Prefer: respond-async'} --data-binary "Russia imposed new sanctions on Ukraine, edition $RANDOM."
  echo " $(python3 -c 'import json,sys; print(json.load(open(sys.argv[1])).get("id",""))' "$WORK/answer.json" 2>/dev/null)"
}
acked=()
accept() { local out; out=$(submit); case "${out%% *}" in 200|202) acked+=("${out#* }") ;; *) fail "submission answered ${out%% *}" ;; esac; }
wait_ready() { # expected code, seconds
  for _ in $(seq 1 "$2"); do [ "$(code "$BASE/q/health/ready")" = "$1" ] && return 0; sleep 1; done
  fail "readiness did not become $1 within $2 s"; return 1
}
check_outage() { # what
  local n500=0 n503=0 retry=1
  for _ in 1 2 3 4 5; do
    out=$(ASYNC=1 submit); c=${out%% *}
    [ "$c" = 500 ] && n500=$((n500 + 1))
    [ "$c" = 503 ] && n503=$((n503 + 1))
    sleep 0.5
  done
  hdr=$(curl -s -D - -o /dev/null -X POST "$BASE/v1/analyses" -H 'Content-Type: text/plain' -H 'Prefer: respond-async' \
    --data-binary "Talks resumed." | tr -d '\r')
  echo "$hdr" | grep -qi '^retry-after:' || retry=0
  feed=$(code "$BASE/v1/analyses?since=0")
  echo "  $1: submissions 503=$n503 500=$n500, Retry-After present=$retry, feed poll=$feed"
  [ $n500 = 0 ] || fail "$1: a submission got 500"
  [ $n503 -ge 1 ] || fail "$1: no submission got 503"
  [ $retry = 1 ] || fail "$1: 503 without Retry-After"
  [ "$feed" != 500 ] || fail "$1: a feed poll got 500"
}
check_acked() {
  local missing=0
  for id in "${acked[@]}"; do [ "$(code "$BASE/v1/analyses/$id")" = 200 ] || missing=$((missing + 1)); done
  echo "  acknowledged ${#acked[@]}, missing $missing"
  [ $missing = 0 ] || fail "$missing acknowledged analyses lost"
}

h2_full_disk() {
  echo "== H2 on a full disk"
  MNT="$WORK/disk"; mkdir -p "$MNT"
  if ! mount -t tmpfs -o size=48m tmpfs "$MNT" 2>/dev/null; then
    echo "  skipped: cannot mount a tmpfs here (needs root)"; return 0
  fi
  start -Dtoneline.data-dir="$MNT/data" || { umount "$MNT"; return 1; }
  acked=(); ASYNC=1 accept; ASYNC=1 accept; accept
  dd if=/dev/zero of="$MNT/filler" bs=1M >/dev/null 2>&1
  dd if=/dev/zero of="$MNT/filler2" bs=4k >/dev/null 2>&1
  lines_before=$(wc -l < "$WORK/service.log")
  check_outage "disk full"
  wait_ready 503 15
  sleep 5
  lines=$(( $(wc -l < "$WORK/service.log") - lines_before ))
  echo "  log lines while full (about 10 s): $lines"
  [ "$lines" -lt 10 ] || fail "the log grew by $lines lines while the disk was full"
  ls "$MNT"/data/*.trace.db >/dev/null 2>&1 && fail "a trace file was written to the data disk"
  rm -f "$MNT/filler" "$MNT/filler2"
  wait_ready 200 30
  ASYNC=1 accept
  echo "  after freeing space, without a restart: accepted"
  stop; start -Dtoneline.data-dir="$MNT/data" && check_acked
  stop; umount "$MNT"
}

postgres_outage() {
  echo "== PostgreSQL outage"
  version=$(ls /usr/lib/postgresql 2>/dev/null | sort -n | tail -1)
  if [ -z "${TONELINE_TEST_PG_URL:-}" ] || [ -z "$version" ] || [ "$(id -u)" != 0 ]; then
    echo "  skipped: no local PostgreSQL server this script may stop (TONELINE_TEST_PG_URL, root)"; return 0
  fi
  start -Dquarkus.profile=prod,postgres -Dquarkus.datasource.postgresql.jdbc.url="$TONELINE_TEST_PG_URL" \
    -Dtoneline.data-dir="$WORK/pgdata" || return 1
  acked=(); ASYNC=1 accept; accept
  pg_ctlcluster "$version" main stop
  check_outage "database down"
  wait_ready 503 15
  pg_ctlcluster "$version" main start
  for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 && break; sleep 1; done
  wait_ready 200 30
  ASYNC=1 accept
  echo "  after the server returned, without a restart: accepted"
  check_acked
  stop
}

case "$WHICH" in
  h2) h2_full_disk ;;
  postgres) postgres_outage ;;
  all) h2_full_disk; postgres_outage ;;
  *) echo "h2, postgres or all" >&2; exit 2 ;;
esac
if [ $FAILED = 0 ]; then echo "store-failure-test PASSED"; else echo "store-failure-test FAILED (log: $WORK/service.log)"; fi
exit $FAILED
