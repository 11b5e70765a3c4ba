#!/usr/bin/env bash
# test/install-deps.sh: on Debian 12, install what building and testing
# diplotext needs and the machine lacks (as root; otherwise say what to install).
#   test/install-deps.sh [extra packages...]
set -eu
need=()
for p in postgresql-15 postgresql-server-dev-15 libicu-dev wbritish make gcc perl "$@"; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || need+=("$p")
done
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
	echo "diplotext: please install ${need[*]} (or run as root)" >&2
	exit 1
fi
echo "# installing ${need[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
