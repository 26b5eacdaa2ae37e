#!/usr/bin/env bash
# A Java runtime for pyspark's local mode: the machine's own when it has one,
# else Debian's headless JRE. Safe to run again.
set -euo pipefail
if command -v java >/dev/null 2>&1; then
    java -version 2>&1 | head -1
    exit 0
fi
SUDO=; [ "$(id -u)" -ne 0 ] && SUDO=sudo
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends default-jre-headless
java -version 2>&1 | head -1
