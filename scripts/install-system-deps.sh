#!/usr/bin/env bash
# Installs the Debian packages the local test stack (src/dev/local-stack.ts) runs from:
# redis-server, dovecot-imapd, dovecot-lmtpd, plus any package names given as arguments
# (.ci/run adds chromium). Installs only what is missing; uses sudo when not root.
#
# The stack starts private instances on free loopback ports; the system services these packages
# ship are not used. So while installing, their services are kept from starting (a temporary
# policy-rc.d, unless one already exists), and the services of packages installed here are
# disabled afterwards. Packages that were already installed are left exactly as they were.
set -euo pipefail

packages=(redis-server dovecot-imapd dovecot-lmtpd "$@")

if [[ "$(id -u)" -eq 0 ]]; then
  SUDO=()
elif command -v sudo >/dev/null 2>&1; then
  SUDO=(sudo)
else
  echo "install-system-deps: not root and sudo is missing; install as root: apt-get install ${packages[*]}" >&2
  exit 1
fi

is_installed() {
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'
}

missing=()
for pkg in "${packages[@]}"; do
  is_installed "$pkg" || missing+=("$pkg")
done

if [[ ${#missing[@]} -eq 0 ]]; then
  echo "install-system-deps: already installed: ${packages[*]}"
  exit 0
fi

echo "install-system-deps: installing ${missing[*]}"

# policy-rc.d exit code 101 = "action forbidden": invoke-rc.d / deb-systemd-invoke start nothing.
policy=/usr/sbin/policy-rc.d
own_policy=0
if [[ ! -e "$policy" ]]; then
  printf '#!/bin/sh\nexit 101\n' | "${SUDO[@]}" tee "$policy" >/dev/null
  "${SUDO[@]}" chmod 755 "$policy"
  own_policy=1
fi
cleanup() {
  if [[ $own_policy -eq 1 ]]; then "${SUDO[@]}" rm -f "$policy"; fi
}
trap cleanup EXIT

"${SUDO[@]}" apt-get update
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive \
  apt-get install -y --no-install-recommends "${missing[@]}"

# Keep the services of what we just installed from starting at boot (only the binaries are used).
services=()
for pkg in "${missing[@]}"; do
  case "$pkg" in
    redis-server) services+=(redis-server) ;;
    dovecot-imapd | dovecot-lmtpd | dovecot-core) services+=(dovecot dovecot.socket) ;;
  esac
done
if [[ ${#services[@]} -gt 0 ]] && [[ -d /run/systemd/system ]] && command -v systemctl >/dev/null 2>&1; then
  "${SUDO[@]}" systemctl disable --now "${services[@]}" >/dev/null 2>&1 || true
fi

for pkg in "${packages[@]}"; do
  if ! is_installed "$pkg"; then
    echo "install-system-deps: $pkg is still not installed" >&2
    exit 1
  fi
done
echo "install-system-deps: done"
