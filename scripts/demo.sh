#!/usr/bin/env bash
# Command one: run imss-triage on embedded local defaults. Installs what is missing (Debian's
# redis-server, dovecot-imapd, dovecot-lmtpd; the npm dependencies), then starts a private Redis,
# Dovecot (IMAP + LMTP) and SMTP relay on 127.0.0.1, seeds the support inbox with sample student
# mail and runs the worker (and the staff web app). Nothing leaves loopback. Ctrl-C stops it all.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-system-deps.sh
if [[ ! -d node_modules ]] || [[ package-lock.json -nt node_modules/.package-lock.json ]]; then
  npm ci --no-audit --no-fund
fi
exec node bin/imss-triage.mjs demo "$@"
