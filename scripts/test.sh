#!/usr/bin/env bash
# Command two: the whole test suite from a fresh clone. Installs what the tests need (Debian's
# redis-server, dovecot-imapd, dovecot-lmtpd, chromium and docker-compose (only to check
# docker-compose.yml); the npm dependencies with `npm ci`),
# then typechecks and runs every test: unit tests, and integration / end-to-end tests against real
# Redis, Dovecot and SMTP servers that the tests start on free loopback ports.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-system-deps.sh chromium docker-compose
npm ci --no-audit --no-fund
npx tsc --noEmit
mkdir -p tests/artifacts
status=0
npx vitest run --reporter=default --reporter=json --outputFile.json=tests/artifacts/vitest.json || status=$?
node scripts/test-summary.mjs tests/artifacts/vitest.json
exit "$status"
