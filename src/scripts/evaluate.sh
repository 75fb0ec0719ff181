#!/usr/bin/env bash
# Evaluates the tone model on a NewsMTSC-format file with the service's own inference code.
#   src/scripts/evaluate.sh FILE [MODEL_DIR]      (run after `mvn -B package -DskipTests`)
# Last output line: macro_f1=0.XXXX accuracy=0.XXXX n=N
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -d target/quarkus-app ] || { echo "build first: mvn -B package -DskipTests" >&2; exit 2; }
exec java -Djava.util.logging.manager=org.jboss.logmanager.LogManager -Dai.djl.offline=true \
  -cp "target/quarkus-app/app/*:target/quarkus-app/lib/main/*" io.toneline.evaluation.EvaluateMain "$@"
