#!/usr/bin/env bash
# Evaluates the tone model on a labelled file with the service's own inference code.
#   src/scripts/evaluate.sh FILE [MODEL_DIR [auto|float32|bfloat16|int8]]   (after `mvn -B package -DskipTests`)
# FILE: NewsMTSC format (polarity; sentiment head) or relations format (tone; relations head).
# Last output line: relations_macro_f1=0.XXXX exact=0.XXXX within_one=0.XXXX n=N for relations files,
# macro_f1=0.XXXX accuracy=0.XXXX n=N for NewsMTSC files.
set -euo pipefail
cd "$(dirname "$0")/../.."
exec src/scripts/tools.sh io.toneline.evaluation.EvaluateMain "$@"
