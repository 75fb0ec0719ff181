#!/usr/bin/env bash
# The speed benchmark (run after `mvn -B package -DskipTests`): prints the CPU and its flags, then per
# precision the model's tokens/s over batches of 32 windows and whole-article p50/p95 latency, then
# ONNX Runtime (float32) on the same weights exported to ONNX, over the same batches.
#   src/scripts/benchmark.sh [RUNS] [--precisions float32,int8,bfloat16] [ARTICLE...]
#       (default: 20 runs, every precision, the test articles)
# Exporting the ONNX copy needs Debian's python3-torch and python3-onnx (installed when missing, as root);
# without them the ONNX Runtime line is skipped. Runs on target/classes and the Maven classpath (ONNX Runtime
# is a "provided" dependency, absent from target/quarkus-app) plus the tools jar (src/tools/java).
set -euo pipefail
cd "$(dirname "$0")/../.."
tools=$(ls -t target/toneline-*-tools.jar 2>/dev/null | head -1)
{ [ -d target/quarkus-app ] && [ -n "$tools" ]; } || { echo "build first: mvn -B package -DskipTests" >&2; exit 2; }
model=${TONELINE_MODEL_DIR:-model/toneline-tsc}
args=("$@")
if ! printf '%s\n' "${args[@]}" | grep -q '\.txt$'; then
  args+=(src/test/resources/articles/*.txt src/test/resources/articles/real/*.txt)
fi
mkdir -p target/bench
onnx=target/bench/$(basename "$model")-$(sha1sum "$model/model.pt" | cut -c1-12).onnx
if [ ! -f "$onnx" ]; then
  if ! /usr/bin/python3 -c 'import torch, onnx' 2>/dev/null && [ "$(id -u)" = 0 ]; then
    apt-get install -y -q python3-torch python3-onnx >/dev/null || true
  fi
  (cd model/pipeline && /usr/bin/python3 export_onnx.py "../../$model" "../../$onnx") >/dev/null 2>&1 || rm -f "$onnx"
fi
[ -f target/bench/cp.txt ] || mvn -q -B dependency:build-classpath -Dmdep.outputFile=target/bench/cp.txt
[ -f "$onnx" ] && args+=(--onnx "$onnx") || echo "(no ONNX copy: python3-torch/python3-onnx missing; ONNX Runtime skipped)"
exec java -Djava.util.logging.manager=org.jboss.logmanager.LogManager -Dai.djl.offline=true \
  -Dtoneline.model.dir="$model" -cp "$tools:target/classes:$(cat target/bench/cp.txt)" io.toneline.bench.Benchmark "${args[@]}"
