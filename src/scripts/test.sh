#!/usr/bin/env bash
# The test suite, as CI runs it: makes sure a local PostgreSQL 15 server is there (installs it from
# Debian's packages when missing, needs root for that), then runs every test tier:
#   unit tests, @QuarkusTest API tests on the bundled model (H2 and PostgreSQL), and *IT tests
#   against the packaged application, including the kill -9 / SIGTERM recovery tests and the
#   dashboard in headless Chromium (chromium and chromium-driver are installed when missing), then the
#   store failure test (src/scripts/store-failure-test.sh: a full disk under H2, a PostgreSQL outage), then
#   the container test (src/scripts/container-test.sh: image built from a local Debian base, run,
#   ready, one analysis, kept across a restart; skipped with a message where no Docker engine runs).
# Without root and without a server, the PostgreSQL cases are skipped (TONELINE_REQUIRE_PG=1 makes
# that a failure, as in CI).
set -euo pipefail
cd "$(dirname "$0")/../.."

pg_ready() { command -v pg_isready >/dev/null && pg_isready -q -h 127.0.0.1 -p "${PGPORT:-5432}"; }

if [ -z "${TONELINE_TEST_PG_URL:-}" ]; then
  if ! pg_ready && [ "$(id -u)" = 0 ]; then
    if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
      echo "== installing PostgreSQL (Debian package postgresql)"
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    fi
    version=$(ls /usr/lib/postgresql | sort -n | tail -1)
    if ! pg_lsclusters -h 2>/dev/null | grep -q .; then
      pg_createcluster "$version" main >/dev/null
    fi
    echo "== starting PostgreSQL $version"
    pg_ctlcluster "$version" main start || true
    for _ in $(seq 1 30); do pg_ready && break; sleep 1; done
  fi
  if pg_ready && [ "$(id -u)" = 0 ]; then
    su postgres -c "psql -qtAc \"SELECT 1 FROM pg_roles WHERE rolname='toneline'\"" | grep -q 1 ||
      su postgres -c "psql -qc \"CREATE ROLE toneline LOGIN PASSWORD 'toneline'\""
    su postgres -c "psql -qtAc \"SELECT 1 FROM pg_database WHERE datname='toneline'\"" | grep -q 1 ||
      su postgres -c "psql -qc \"CREATE DATABASE toneline OWNER toneline\""
  fi
  if pg_ready; then
    export TONELINE_TEST_PG_URL="jdbc:postgresql://127.0.0.1:${PGPORT:-5432}/toneline"
  fi
fi
# the dashboard's browser test (DashboardIT) drives Debian's chromium through chromium-driver
if ! { [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; } && [ "$(id -u)" = 0 ]; then
  echo "== installing chromium and chromium-driver (Debian packages) for the dashboard's browser test"
  apt-get update -qq || true
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null \
    || echo "== could not install chromium: DashboardIT will be skipped"
fi
echo "== PostgreSQL for tests: ${TONELINE_TEST_PG_URL:-none (PostgreSQL cases will be skipped)}"
started=$(date +%s)
mvn -B verify
# the figures the README quotes, read from this run's reports rather than written down by hand
python3 - "$started" <<'PY' || true
import glob, sys, time, xml.etree.ElementTree as ET
def total(pattern):
    t = {"tests": 0, "skipped": 0, "failures": 0, "errors": 0}
    for f in glob.glob(pattern):
        r = ET.parse(f).getroot()
        for k in t:
            t[k] += int(r.get(k, 0) or 0)
    return t
s, f = total("target/surefire-reports/TEST-*.xml"), total("target/failsafe-reports/TEST-*.xml")
print("== tests: %d run (%d surefire, %d failsafe), %d skipped, %d failed; mvn verify took %.1f min"
      % (s["tests"] + f["tests"], s["tests"], f["tests"], s["skipped"] + f["skipped"],
         s["failures"] + s["errors"] + f["failures"] + f["errors"], (time.time() - int(sys.argv[1])) / 60))
PY
# store failures on the packaged service: a full disk under H2, a PostgreSQL outage (root; skipped otherwise)
src/scripts/store-failure-test.sh
# the container image, built and run (skipped with a message where no Docker engine can run)
src/scripts/container-test.sh
