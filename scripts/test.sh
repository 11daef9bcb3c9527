#!/usr/bin/env bash
# Command two: the whole test suite from a fresh clone. Installs what the tests need (Debian's
# redis-server, dovecot-imapd, dovecot-lmtpd and chromium; the npm dependencies with `npm ci`),
# then runs `npm test`: typecheck, unit tests, and integration / end-to-end tests against real
# Redis, Dovecot and SMTP servers that the tests start on free loopback ports.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-system-deps.sh chromium
npm ci --no-audit --no-fund
npm test
