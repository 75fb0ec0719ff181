#!/usr/bin/env bash
# How the model's throughput degrades when another process keeps one core busy, for libtorch's
# OpenMP (GNU libgomp) wait policies: prints tokens/s alone, with a busy neighbour under the default
# policy (threads spin while they wait), and with a busy neighbour under OMP_WAIT_POLICY=PASSIVE
# (threads sleep while they wait). With 2 cores and one of them taken, proportional degradation is
# about half the throughput; spinning threads that wait on a descheduled partner fall far below that.
#   src/scripts/neighbour.sh [PRECISION]      (default: the precision auto picks here)
set -euo pipefail
cd "$(dirname "$0")/../.."
args=(8 --precisions "${1:-auto}")
run() { src/scripts/benchmark.sh "${args[@]}" src/test/resources/articles/course-correction.txt 2>/dev/null | grep -E '^engine=djl|^article='; }
echo "== alone (default wait policy)"; run
busy() { ( while :; do :; done ) & BUSY=$!; }
busy; echo "== one core kept busy by another process, default wait policy"; run; kill $BUSY
busy; echo "== one core kept busy by another process, OMP_WAIT_POLICY=PASSIVE"; OMP_WAIT_POLICY=PASSIVE run; kill $BUSY
echo "== alone, OMP_WAIT_POLICY=PASSIVE"; OMP_WAIT_POLICY=PASSIVE run
