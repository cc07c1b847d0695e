#!/usr/bin/env bash
# Runs every test on a fresh machine: installs Debian's Chromium and Firefox ESR if missing, the npm packages,
# then unit tests (Node) and end-to-end tests (the built extension in real Chromium and in real Firefox ESR).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x /usr/bin/chromium ]; then
  echo "Installing Debian's chromium for the end-to-end tests…"
  if [ "$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium; else sudo apt-get update -qq && sudo apt-get install -y -qq chromium; fi
fi
if [ ! -x /usr/bin/firefox-esr ]; then
  echo "Installing Debian's firefox-esr for the Firefox end-to-end test…"
  if [ "$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq firefox-esr; else sudo apt-get update -qq && sudo apt-get install -y -qq firefox-esr; fi
fi
npm ci --no-audit --no-fund
npm test
