#!/usr/bin/env sh
# Build and package the extension: wecontact.vsix, beside this script.
# Needs Node.js >= 20 and npm; after `npm ci` (which fills node_modules from the
# registry once) everything runs offline: tsc compiles, vsce packages.
set -eu
cd "$(dirname "$0")"
[ -d node_modules ] || npm ci --no-audit --no-fund
npm run build
npm run package
