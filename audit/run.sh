#!/usr/bin/env bash
# Installs the audit's tools, proves each check fails on a broken page (self-tests),
# then audits SITE_DIR and writes screenshots and the report to ARTIFACTS_DIR.
# Usage: audit/run.sh SITE_DIR ARTIFACTS_DIR
set -euo pipefail
if [ $# -ne 2 ]; then
  echo "usage: audit/run.sh SITE_DIR ARTIFACTS_DIR" >&2
  exit 2
fi
site="$(realpath "$1")"
mkdir -p "$2"
artifacts="$(realpath "$2")"
here="$(cd "$(dirname "$0")" && pwd)"
"$here/setup.sh"
echo "audit: self-tests"
(cd "$here" && .venv/bin/python -m pytest -q -p no:cacheprovider tests)
echo "audit: auditing $1"
"$here/.venv/bin/python" "$here/audit.py" "$site" --artifacts "$artifacts"
