#!/usr/bin/env bash
# Builds the JVM container image and runs it: readiness, one analysis, and the stored analysis still
# there after a container restart (data volume). Removes what it started.
#
#   src/scripts/container-test.sh        # after mvn -B package (target/quarkus-app must exist)
#
# No registry is needed: the base image is made locally from Debian packages with debootstrap (once,
# kept as toneline-base:bookworm). Installs docker.io and debootstrap when missing (root), starts a
# Docker engine when none runs (dockerd --bridge=none --iptables=false; containers use the host
# network). Exits 0 with a SKIP line when no engine can run here.
set -uo pipefail
cd "$(dirname "$0")/../.."
PORT=${PORT:-18097}
NAME=toneline-container-test-$$
VOLUME=$NAME-data
skip() { echo "== container test SKIPPED: $*"; exit 0; }
fail() { echo "== container test FAILED: $*"; docker logs "$NAME" 2>&1 | tail -40; cleanup; exit 1; }
cleanup() { docker rm -f "$NAME" >/dev/null 2>&1; docker volume rm "$VOLUME" >/dev/null 2>&1; }

[ -d target/quarkus-app ] || { echo "build first: mvn -B package -DskipTests" >&2; exit 2; }
if ! command -v docker >/dev/null || ! command -v debootstrap >/dev/null; then
  [ "$(id -u)" = 0 ] || skip "docker.io or debootstrap missing and not root"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker.io debootstrap >/dev/null 2>&1 \
    || skip "could not install docker.io and debootstrap"
fi
if ! docker info >/dev/null 2>&1; then
  [ "$(id -u)" = 0 ] || skip "no Docker engine running and not root"
  nohup dockerd --bridge=none --iptables=false >/tmp/toneline-dockerd.log 2>&1 &
  for _ in $(seq 30); do docker info >/dev/null 2>&1 && break; sleep 1; done
  docker info >/dev/null 2>&1 || skip "dockerd did not start (see /tmp/toneline-dockerd.log)"
fi
if ! docker image inspect toneline-base:bookworm >/dev/null 2>&1; then
  echo "== making the base image (debootstrap bookworm with openjdk-17-jre-headless)"
  BASE_DIR=$(mktemp -d)
  debootstrap --variant=minbase --include=openjdk-17-jre-headless,ca-certificates,libjemalloc2 bookworm "$BASE_DIR" \
    >/tmp/toneline-debootstrap.log 2>&1 || skip "debootstrap failed (see /tmp/toneline-debootstrap.log)"
  tar -C "$BASE_DIR" -c . | docker import - toneline-base:bookworm >/dev/null || skip "docker import failed"
  rm -rf "$BASE_DIR"
fi
echo "== building the image"
docker build -q --build-arg BASE=toneline-base:bookworm -f docker/Dockerfile.jvm -t toneline:jvm . >/dev/null \
  || fail "docker build"

run() {
  docker run -d --name "$NAME" --network host -v "$VOLUME":/deployments/data \
    -e QUARKUS_HTTP_PORT="$PORT" toneline:jvm >/dev/null || fail "docker run"
  for _ in $(seq 180); do
    curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null 2>&1 && return 0
    sleep 1
  done
  fail "not ready within 180 s"
}
cleanup
echo "== starting the container"
run
ID=$(curl -fs -H 'Content-Type: text/plain' --data-binary @src/test/resources/articles/sanctions-to-talks.txt \
  "http://127.0.0.1:$PORT/v1/analyses" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])') \
  || fail "analysis"
echo "== analysed: $ID; restarting the container"
docker restart "$NAME" >/dev/null || fail "restart"
sleep 2
for _ in $(seq 180); do curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null 2>&1 && break; sleep 1; done
STATUS=$(curl -fs "http://127.0.0.1:$PORT/v1/analyses/$ID" | python3 -c 'import json,sys; print(json.load(sys.stdin)["status"])') \
  || fail "the stored analysis is gone after the restart"
[ "$STATUS" = succeeded ] || fail "stored analysis status $STATUS"
cleanup
echo "== container test PASSED: image built, ready, analysis $ID answered and kept across a restart"
