# Sourced by load.sh and http-bench.sh: starts the packaged service as the image runs it (on jemalloc where
# installed; TONELINE_MALLOC=glibc to compare) on $PORT with a fresh embedded database under $WORK, waits
# until it is ready, and stops it when the calling script exits. Sets PID, BASE and PRELOAD.
BASE="http://127.0.0.1:$PORT"
[ -d target/quarkus-app ] || { echo "build first: mvn -B package -DskipTests" >&2; exit 2; }
JEMALLOC=/usr/lib/x86_64-linux-gnu/libjemalloc.so.2
PRELOAD=
[ "${TONELINE_MALLOC:-jemalloc}" = jemalloc ] && [ -f "$JEMALLOC" ] && PRELOAD=$JEMALLOC
LD_PRELOAD=$PRELOAD java ${JAVA_OPTS:-} -Dquarkus.http.port="$PORT" -Dtoneline.data-dir="$WORK/data" \
  -jar target/quarkus-app/quarkus-run.jar >"$WORK/service.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null' EXIT
for _ in $(seq 1 240); do
  curl -sf "$BASE/q/health/ready" >/dev/null 2>&1 && break
  sleep 0.5
done
curl -sf "$BASE/q/health/ready" >/dev/null || { echo "not ready; see $WORK/service.log" >&2; exit 1; }
