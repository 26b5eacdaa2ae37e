#!/usr/bin/env bash
# Installs the browser the web tests drive: Debian's chromium at /usr/bin/chromium.
# Playwright is only the driver (the test extra); its own browser download is never used.
# Called by .ci/run before the tests; safe to run again (does nothing when chromium is there).
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
    echo "chromium already installed: $(/usr/bin/chromium --version 2>/dev/null || echo unknown version)"
    exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
    SUDO=sudo
else
    SUDO=
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core
/usr/bin/chromium --version
