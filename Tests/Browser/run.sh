#!/usr/bin/env bash
# The browser suite: builds the example with the revue given (REVUE, the debug
# build by default) into a private folder, installs Chromium, its driver and
# Selenium when missing, and runs Tests/Browser/test_site.py on the site.
# Screenshots go to Tests/Browser/artifacts/ (git-ignored).
set -euo pipefail
cd "$(dirname "$0")/../.."
revue=${REVUE:-.build/debug/revue}
site=.build/browser-site
sudo=$([ "$(id -u)" = 0 ] || echo sudo)

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  echo "Installing chromium and chromium-driver with apt-get"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-driver >/dev/null
fi
python3 -c "import selenium" 2>/dev/null || python3 -m pip install -q selenium

"$revue" build --project . --output "$site"
REVUE_SITE="$site" python3 Tests/Browser/test_site.py
