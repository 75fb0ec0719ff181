#!/usr/bin/env bash
# Sends N (default 5000) generated bad and hostile requests to a Toneline instance and prints counts
# by status, every 5xx and every error without a problem document (with its request), requests slower
# than 5 s, and whether stored analyses are intact and the service ready afterwards. Last line:
#   requests=N 5xx=K non_problem=M healthy=true|false
#
#   src/scripts/fuzz.sh [N] [SEED]          # starts the packaged app on a scratch database
#   BASE=http://host:8080 src/scripts/fuzz.sh [N]   # against an instance that is already running
#
# Needs python3 and, without BASE, the packaged app (mvn -B package -DskipTests).
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${1:-5000}
SEED=${2:-7}
if [ -z "${BASE:-}" ]; then
  [ -d target/quarkus-app ] || { echo "build first: mvn -B package -DskipTests" >&2; exit 2; }
  PORT=${PORT:-18090}
  BASE="http://127.0.0.1:$PORT"
  WORK=$(mktemp -d)
  java -Dquarkus.http.port="$PORT" -Dtoneline.data-dir="$WORK/db" -jar target/quarkus-app/quarkus-run.jar \
    > "$WORK/app.log" 2>&1 &
  APP=$!
  trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true; rm -rf "$WORK"' EXIT
  for _ in $(seq 180); do
    curl -fs "$BASE/q/health/ready" > /dev/null 2>&1 && break
    sleep 1
  done
  echo "service log: $WORK/app.log (removed at exit)"
fi
python3 src/scripts/fuzz.py "$BASE" "$N" "$SEED"
