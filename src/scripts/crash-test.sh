#!/usr/bin/env bash
# Crash test of the analyses store: submits N analyses concurrently (async, each with its own
# Idempotency-Key, retried like a real client until accepted), kills the service with SIGKILL while
# jobs are queued and running, restarts it, polls until everything is finished, and prints how
# many succeeded, were lost or were duplicated.
#
#   src/scripts/crash-test.sh [h2|postgres] [N]        (default: h2 200)
#
# Needs the packaged app (mvn -B package -DskipTests), curl and python3. For postgres, a server
# at TONELINE_PG_URL (default jdbc:postgresql://127.0.0.1:5432/toneline, user/password toneline),
# e.g. the one src/scripts/test.sh starts.
set -uo pipefail
cd "$(dirname "$0")/../.."
STORE=${1:-h2}
N=${2:-200}
PORT=${PORT:-18080}
BASE="http://127.0.0.1:$PORT"
RUN="crash-$(date +%s)-$$"
WORK=$(mktemp -d)
ARTICLE=src/test/resources/articles/sanctions-to-talks.txt
[ -d target/quarkus-app ] || { echo "build first: mvn -B package -DskipTests" >&2; exit 2; }

props=(-Dquarkus.http.port="$PORT" -Dtoneline.data-dir="$WORK/data" -Dtoneline.jobs.lease=10s
       -Dtoneline.jobs.heartbeat=3s -Dtoneline.jobs.max-queued=1000)
if [ "$STORE" = postgres ]; then
  props+=(-Dquarkus.profile=prod,postgres)
elif [ "$STORE" != h2 ]; then
  echo "store must be h2 or postgres" >&2; exit 2
fi

start() {
  java "${props[@]}" -jar target/quarkus-app/quarkus-run.jar >>"$WORK/service.log" 2>&1 &
  PID=$!
  for _ in $(seq 1 120); do
    curl -sf "$BASE/q/health/ready" >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  echo "service did not become ready; see $WORK/service.log" >&2; exit 1
}

submit_one() { # retries until accepted, with the same key: a crash in between must not duplicate
  local k=$1
  for _ in $(seq 1 300); do
    code=$(curl -s -o /dev/null -w '%{http_code}' -X POST "$BASE/v1/analyses?title=$k" \
      -H 'Content-Type: text/plain' -H 'Prefer: respond-async' -H "Idempotency-Key: $RUN-$k" \
      --data-binary @"$ARTICLE")
    [ "$code" = 202 ] && return 0
    sleep 0.5
  done
  echo "gave up on $k" >&2
}
export -f submit_one
export BASE RUN ARTICLE

summary() { # reads the change feed from the start and counts by idempotency key
  python3 - "$BASE" "$RUN" "$N" <<'PY'
import json, sys, urllib.request
base, run, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
rows, cursor = [], "0"
while True:
    page = json.load(urllib.request.urlopen(f"{base}/v1/analyses?since={cursor}&limit=1000"))
    rows += page["items"]
    if not page["items"]:
        break
    cursor = page["next"]
latest = {}
for r in rows:  # the feed shows each analysis once per change; keep the newest state per id
    latest[r["id"]] = r
mine = [r for r in latest.values() if (r.get("idempotencyKey") or "").startswith(run + "-")]
by_key = {}
for r in mine:
    by_key.setdefault(r["idempotencyKey"], []).append(r)
succeeded = sum(1 for rs in by_key.values() if any(r["status"] == "succeeded" for r in rs))
pending = sum(1 for rs in by_key.values() if all(r["status"] in ("queued", "running") for r in rs))
failed = sum(1 for rs in by_key.values() if all(r["status"] == "failed" for r in rs))
duplicated = sum(len(rs) - 1 for rs in by_key.values())
rerun = sum(1 for r in mine if r.get("attempts", 0) > 1)
lost = n - len(by_key) + failed
print(f"submitted={n} succeeded={succeeded} lost={lost} duplicated={duplicated} pending={pending} "
      f"rerun_after_crash={rerun}")
PY
}

echo "== store=$STORE n=$N run=$RUN work=$WORK"
start
echo "== service up (pid $PID); submitting $N analyses, 16 at a time"
seq 1 "$N" | xargs -P 16 -I{} bash -c 'submit_one {}' &
SUBMITTERS=$!
for _ in $(seq 1 120); do  # wait until some jobs are done and others still queued or running
  done_now=$(summary | sed -n 's/.*succeeded=\([0-9]*\).*/\1/p')
  [ "${done_now:-0}" -ge $((N / 10)) ] && break
  sleep 0.5
done
echo "== before the crash: $(summary)"
kill -9 "$PID"; wait "$PID" 2>/dev/null
echo "== killed the service with SIGKILL; restarting"
start
wait "$SUBMITTERS"
echo "== all $N submissions accepted; waiting for the jobs to finish"
for _ in $(seq 1 600); do
  s=$(summary)
  case "$s" in *" pending=0 "*) break;; esac
  sleep 1
done
kill "$PID"; wait "$PID" 2>/dev/null
echo "== after recovery:"
echo "$s"
