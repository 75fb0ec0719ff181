#!/usr/bin/env bash
# Evaluates whole articles against the readers' annotation in data/articles (pairs, clutter, shifts),
# with the service's own code: model, actor detection and shift detector.
#   src/scripts/evaluate-articles.sh [--split dev|test|all] [--verbose] [--tune] [--bootstrap N] [--against DIR]
#       [--context none|title|previous] [FILE [MODEL_DIR [PRECISION]]]
# (after `mvn -B package -DskipTests`). FILE defaults to data/articles/articles.jsonl. --tune (dev only)
# searches the shift detector's parameters; --bootstrap N prints each figure's 95 % interval over N
# resamples of the articles; --against DIR compares with the model in DIR (difference and its interval). Last line:
# articles=N actors_found=… pairs_scored=… pair_agreement=… shift_recall=… shift_precision=… … clutter_scored=N
set -euo pipefail
cd "$(dirname "$0")/../.."
opts=(); files=()
while [ $# -gt 0 ]; do
  case "$1" in
    --split|--context|--bootstrap|--against) opts+=("$1" "$2"); shift 2 ;;
    --*) opts+=("$1"); shift ;;
    *) files+=("$1"); shift ;;
  esac
done
[ ${#files[@]} -gt 0 ] || files=(data/articles/articles.jsonl)
exec src/scripts/tools.sh io.toneline.evaluation.articles.ArticleEvaluation "${opts[@]}" "${files[@]}"
