#!/usr/bin/env bash
# Installs sovscan into PREFIX (default /usr/local): PREFIX/bin/sovscan and its rules in PREFIX/share/sovscan/Rules,
# where the binary finds them with no environment variable.
set -euo pipefail
cd "$(dirname "$0")/.."
prefix="${1:-/usr/local}"
swift build -c release --product sovscan
bin=$(swift build -c release --show-bin-path)
install -d "$prefix/bin" "$prefix/share/sovscan"
install -m 0755 "$bin/sovscan" "$prefix/bin/sovscan"
rm -rf "$prefix/share/sovscan/Rules"
cp -R Rules "$prefix/share/sovscan/Rules"
echo "installed $prefix/bin/sovscan with rules in $prefix/share/sovscan/Rules"
