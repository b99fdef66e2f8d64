#!/usr/bin/env bash
# Installs what a fresh machine lacks to build and test sovscan: Debian's C libraries (libxml2, libcurl,
# sqlite3) and, for the tests, Maven with the offline plugins (differential tests) and PostgreSQL (the store
# tests start a throwaway server of their own). Idempotent; needs root (or sudo) only when something is missing.
set -euo pipefail

packages=(libxml2-dev libcurl4-openssl-dev libsqlite3-dev pkg-config)
if [ "${SOVSCAN_SETUP_TOOLS:-1}" = "1" ]; then
  # Differential tests against the real tools (skipped with a message when absent).
  packages+=(maven libmaven-dependency-plugin-java junit4 default-jdk-headless)
  # Real package.json files (under /usr/share/nodejs) that the online tests serve as an npm registry.
  packages+=(node-semver node-ms node-debug node-lodash node-balanced-match node-brace-expansion)
  # A certificate for the https tests of the HTTP client.
  packages+=(openssl)
  # The PostgreSQL store tests run initdb and pg_ctl in a temporary folder (skipped with a reason without them).
  packages+=(postgresql)
  # The HTML report tests render and print the reports in a headless browser (skipped with a reason without it).
  packages+=(chromium)
fi

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}" >&2
  sudo_cmd=()
  [ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if ! python3 -c 'import jsonschema' 2>/dev/null; then
  echo "setup: installing the Python jsonschema package (SBOM validation)" >&2
  python3 -m pip install -q jsonschema
fi

if ! python3 -c 'import lxml, cyclonedx.validation.xml' 2>/dev/null; then
  echo "setup: installing the Python lxml and cyclonedx-python-lib packages (CycloneDX XML schema validation)" >&2
  python3 -m pip install -q lxml cyclonedx-python-lib
fi
