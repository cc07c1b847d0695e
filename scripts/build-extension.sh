#!/usr/bin/env bash
# Builds the loadable extension (.output/chrome-mv3, with the shipped model) and its store zips.
set -euo pipefail
cd "$(dirname "$0")/.."
npm ci --no-audit --no-fund
npm run build
npm run build:firefox
