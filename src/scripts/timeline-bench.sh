#!/usr/bin/env bash
# Timeline query latency with many stored analyses, the query a dashboard polls:
#   src/scripts/timeline-bench.sh [ANALYSES] [QUERIES]            # embedded H2 (default 100000 analyses)
#   src/scripts/timeline-bench.sh 100000 200 postgres             # PostgreSQL at TONELINE_PG_URL (its data is wiped)
# Prints the load time, then p50/p95 per query kind: a 30-day timeline by day, a 26-week timeline by
# week, and the 100 most seen actors of 30 days.
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${1:-100000}
Q=${2:-200}
STORE=${3:-h2}
# process-classes: the service's classes and the tools jar (target/toneline-<version>-tools.jar)
mvn -q -B process-classes
tools=$(ls -t target/toneline-*-tools.jar | head -1)
mkdir -p target/bench
[ -f target/bench/cp.txt ] || mvn -q -B dependency:build-classpath -Dmdep.outputFile=target/bench/cp.txt
if [ "$STORE" = postgres ]; then
  URL=${TONELINE_PG_URL:-jdbc:postgresql://127.0.0.1:5432/toneline}
  USER_=${TONELINE_PG_USER:-toneline}; PASS=${TONELINE_PG_PASSWORD:-toneline}
else
  DIR=$(mktemp -d); trap 'rm -rf "$DIR"' EXIT
  URL="jdbc:h2:file:$DIR/bench;DB_CLOSE_ON_EXIT=FALSE;DB_CLOSE_DELAY=-1"; USER_=toneline; PASS=""
fi
grep -m1 'model name' /proc/cpuinfo | sed 's/.*: /cpu=/'
java -cp "$tools:target/classes:$(cat target/bench/cp.txt)" io.toneline.bench.TimelineBenchmark "$URL" "$USER_" "$PASS" "$N" "$Q"
