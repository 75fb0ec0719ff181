#!/usr/bin/env bash
# Latency of whole-article analyses on the shipped model, after warm-up (run after `mvn package`).
#   src/scripts/benchmark.sh [RUNS] [ARTICLE...]     (default: the test articles, 20 runs each)
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -d target/quarkus-app ] || { echo "build first: mvn -B package -DskipTests" >&2; exit 2; }
if [ $# -eq 0 ] || { [ $# -eq 1 ] && [[ $1 =~ ^[0-9]+$ ]]; }; then
  set -- "$@" src/test/resources/articles/*.txt
fi
exec java -Djava.util.logging.manager=org.jboss.logmanager.LogManager -Dai.djl.offline=true \
  -cp "target/quarkus-app/app/*:target/quarkus-app/lib/main/*" io.toneline.bench.AnalysisBenchmark "$@"
