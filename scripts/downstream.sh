#!/usr/bin/env bash
# Proves the package as users install it: pack it, install the tarball into a copy of
# examples/downstream/ in a temporary directory, and run that project's own tests (ESM, CommonJS, the CLI).
# Expects `npm run build` to have run. Offline when zod is in the npm cache (it is after `npm ci`).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cd "$root"
tarball="$(npm pack --silent --pack-destination "$work" | tail -n 1)"
cp -R examples/downstream "$work/app"
cd "$work/app"
npm install --no-audit --no-fund --prefer-offline --no-package-lock --loglevel=error "$work/$tarball"
npm test
