#!/usr/bin/env bash
# Runs one of the offline tools (src/tools/java: io.toneline.training, io.toneline.evaluation,
# io.toneline.bench) on the packaged service's classes and libraries, after `mvn -B package -DskipTests`:
#   src/scripts/tools.sh CLASS [ARG...]
#   src/scripts/tools.sh io.toneline.evaluation.ActorCoverage --split dev data/articles/articles.jsonl
# JAVA_OPTS: more JVM options (e.g. -Xmx2g). The tools are built apart from the service, into
# target/toneline-<version>-tools.jar, so the service (target/quarkus-app, the image) never carries them.
set -euo pipefail
cd "$(dirname "$0")/../.."
[ $# -gt 0 ] || { echo "usage: src/scripts/tools.sh CLASS [ARG...]" >&2; exit 2; }
tools=$(ls -t target/toneline-*-tools.jar 2>/dev/null | head -1)
{ [ -d target/quarkus-app ] && [ -n "$tools" ]; } || { echo "build first: mvn -B package -DskipTests" >&2; exit 2; }
exec java -Djava.util.logging.manager=org.jboss.logmanager.LogManager -Dai.djl.offline=true ${JAVA_OPTS:-} \
  -cp "$tools:target/quarkus-app/app/*:target/quarkus-app/lib/boot/*:target/quarkus-app/lib/main/*" "$@"
