#!/usr/bin/env bash
# Load and memory check of the packaged service (run after `mvn -B package -DskipTests`):
#   1. starts the service on a fresh embedded database, waits until ready, reads its resident memory;
#   2. one client, sequential: 100 one-sentence POST /v1/tone calls -> p50/p95 latency;
#   3. CLIENTS (32) concurrent clients posting whole articles (sync POST /v1/analyses) for SECONDS (60):
#      throughput, p50/p95/p99 latency, status counts, resident memory sampled every 10 s (min/max and
#      the first and last sample, to show growth or its absence);
#   4. stops the service.
#
#   src/scripts/load.sh [SECONDS] [CLIENTS]        e.g. src/scripts/load.sh 600 32 for a 10-minute soak
#   JAVA_OPTS=-Xmx512m src/scripts/load.sh 600 32  the same with a capped heap
#   TONELINE_MALLOC=glibc src/scripts/load.sh ...  without jemalloc (used where libjemalloc2 is installed)
#
# Traffic goes to 127.0.0.1 only. Needs curl and python3.
set -uo pipefail
cd "$(dirname "$0")/../.."
SECONDS_LOAD=${1:-60}
CLIENTS=${2:-32}
PORT=${PORT:-18181}
WORK=$(mktemp -d)
. src/scripts/service.sh
echo "malloc: ${PRELOAD:-glibc}"
rss() { awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$PID/status"; }
echo "service: $(curl -s "$BASE/q/health/ready" | tr -d '\n ' | cut -c1-300)"
echo "rss_after_warmup_mb=$(rss)"

# 2. one-sentence /v1/tone, sequential
body='{"items":[{"text":"The United States imposed new sanctions on Russia on Monday.","targets":[{"start":4,"end":17},{"start":49,"end":55}]}]}'
for _ in $(seq 1 10); do curl -s -o /dev/null -H 'Content-Type: application/json' -d "$body" "$BASE/v1/tone"; done
for _ in $(seq 1 100); do
  curl -s -o /dev/null -w '%{time_total}\n' -H 'Content-Type: application/json' -d "$body" "$BASE/v1/tone"
done > "$WORK/tone.txt"
python3 - "$WORK/tone.txt" <<'PY'
import sys
t = sorted(float(x) * 1000 for x in open(sys.argv[1]))
print(f"tone_one_sentence requests={len(t)} p50_ms={t[len(t)//2]:.1f} p95_ms={t[int(len(t)*0.95)-1]:.1f}")
PY

# 3. concurrent whole-article analyses
articles=(src/test/resources/articles/*.txt)
client() {
  local i=$1 end=$(( $(date +%s) + SECONDS_LOAD )) n=0
  while [ "$(date +%s)" -lt "$end" ]; do
    local a=${articles[$(( (i + n) % ${#articles[@]} ))]}
    curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -H 'Content-Type: text/plain' \
      --data-binary @"$a" "$BASE/v1/analyses" >> "$WORK/client-$i.txt"
    n=$((n + 1))
  done
}
( while kill -0 $PID 2>/dev/null; do echo "$(date +%s) $(rss)"; sleep 10; done ) > "$WORK/rss.txt" &
SAMPLER=$!
start=$(date +%s.%N)
clients=()
for i in $(seq 1 "$CLIENTS"); do client "$i" & clients+=($!); done
wait "${clients[@]}"
elapsed=$(python3 -c "import time; print(time.time() - $start)")
kill $SAMPLER 2>/dev/null
cat "$WORK"/client-*.txt > "$WORK/all.txt"
python3 - "$WORK/all.txt" "$WORK/rss.txt" "$elapsed" "$CLIENTS" <<'PY'
import collections, sys
rows = [l.split() for l in open(sys.argv[1]) if l.strip()]
codes = collections.Counter(r[0] for r in rows)
t = sorted(float(r[1]) * 1000 for r in rows if r[0] == "200")
el = float(sys.argv[3])
q = lambda p: t[min(len(t) - 1, int(len(t) * p))] if t else float("nan")
print(f"analyses clients={sys.argv[4]} seconds={el:.0f} requests={len(rows)} per_second={len(rows) / el:.2f} "
      f"p50_ms={q(0.5):.0f} p95_ms={q(0.95):.0f} p99_ms={q(0.99):.0f} status={dict(codes)}")
rss = [int(l.split()[1]) for l in open(sys.argv[2]) if len(l.split()) == 2]
if rss:
    print(f"rss_under_load_mb first={rss[0]} last={rss[-1]} min={min(rss)} max={max(rss)} samples={len(rss)}")
    # one sample a minute, to show whether memory levels off
    print("rss_per_minute_mb=" + " ".join(str(v) for v in rss[::6]))
PY
echo "rss_after_load_mb=$(rss)"
