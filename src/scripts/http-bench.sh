#!/usr/bin/env bash
# Latency of whole articles through HTTP, one client, as a user sends them: starts the packaged service
# (as load.sh does: fresh embedded database, jemalloc where installed), then per article RUNS sequential
# sync POST /v1/analyses (text/plain) after WARM warm-up posts, and prints p50/p95 per article, with the
# CPU it ran on, and the p50 of the analysis itself as the service timed it (the rest is HTTP, JSON and
# the store). Articles default to the benchmark set (project-written and real public-domain ones).
#   src/scripts/http-bench.sh [RUNS] [ARTICLE...]          (after `mvn -B package -DskipTests`)
# Traffic goes to 127.0.0.1 only. Needs curl and python3.
set -uo pipefail
cd "$(dirname "$0")/../.."
RUNS=${1:-15}; shift || true
ARTICLES=("$@")
[ ${#ARTICLES[@]} -gt 0 ] || ARTICLES=(src/test/resources/articles/*.txt src/test/resources/articles/real/*.txt)
WARM=${WARM:-3}
PORT=${PORT:-18182}
WORK=$(mktemp -d)
. src/scripts/service.sh
echo "cpu=\"$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)\" flags=$(grep -o 'avx512[a-z_0-9]*\|amx[a-z_0-9]*\|avx2' /proc/cpuinfo | sort -u | tr '\n' ',') cores=$(nproc) malloc=${PRELOAD:-glibc}"
echo "model: $(curl -s "$BASE/q/health/ready" | python3 -c 'import json,sys; d=json.load(sys.stdin); print([c.get("data") for c in d["checks"] if c["name"]=="tone-model"][0])')"
for a in "${ARTICLES[@]}"; do
  for _ in $(seq 1 "$WARM"); do
    curl -s -o /dev/null -X POST "$BASE/v1/analyses" -H 'Content-Type: text/plain' --data-binary @"$a"
  done
  : > "$WORK/times"; : > "$WORK/server"
  for _ in $(seq 1 "$RUNS"); do
    curl -s -o "$WORK/answer.json" -w '%{time_total}\n' -X POST "$BASE/v1/analyses" -H 'Content-Type: text/plain' \
      --data-binary @"$a" >> "$WORK/times"
    # the service's own account of the same request (analysis.timings.totalMs): the rest is HTTP, JSON and store
    grep -o '"totalMs":[0-9.]*' "$WORK/answer.json" | head -1 | cut -d: -f2 >> "$WORK/server"
  done
  python3 - "$a" "$WORK/times" "$WORK/answer.json" "$WORK/server" <<'PY'
import json, math, sys
name, times, answer, server = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
sv = sorted(float(x) for x in open(server) if x.strip())
ms = sorted(float(x) * 1000 for x in open(times) if x.strip())
a = json.load(open(answer)).get("analysis", json.load(open(answer)))
scored = sum(1 for p in a.get("paragraphs", []) if p.get("tones"))
p95 = ms[min(len(ms) - 1, math.ceil(len(ms) * 0.95) - 1)]
print(f"article={name.split('/')[-1]} paragraphs={len(a.get('paragraphs', []))} scored_paragraphs={scored} "
      f"runs={len(ms)} http_p50_ms={ms[len(ms) // 2]:.1f} http_p95_ms={p95:.1f}"
      + (f" analysis_p50_ms={sv[len(sv) // 2]:.1f}" if sv else ""))
PY
done
