#!/usr/bin/env python3
"""Measures the site's search in Chromium: for each query, the time from asking
Pagefind (`pagefind.search`) to the first result's passage being loaded, as a
reader's browser does it, on the site served over HTTP from 127.0.0.1.

Usage: scripts/bench-search.py [SITE] [runs]   SITE: a site built with search (site/ by default)
Prints, per query, the first search (the index's chunks fetched) and the median of
the following ones, and the size of each language's index. Needs Chromium, its
driver and Selenium (Tests/Browser/run.sh installs them).
"""
import functools
import http.server
import os
import pathlib
import statistics
import sys
import threading

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service

site = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "site").resolve()
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 10
queries = (("fr", "hôpitaux de proximité"), ("fr", "hopitaux"), ("ar", "ميزانية"), ("ar", "وبالميزانية"))

if not (site / "pagefind" / "pagefind.js").exists():
    sys.exit(f"{site} has no search index: build it with revue build --search")


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *_):
        pass


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(site)))
threading.Thread(target=server.serve_forever, daemon=True).start()
base = f"http://127.0.0.1:{server.server_address[1]}"

options = Options()
options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
for argument in ("--headless=new", "--disable-gpu"):
    options.add_argument(argument)
if os.geteuid() == 0:
    options.add_argument("--no-sandbox")
driver = webdriver.Chrome(service=Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")), options=options)
driver.set_script_timeout(30)

# One search (Selenium runs the script in an async function): milliseconds from asking to the first result's passage, and how many results.
SEARCH = """
const [query, done] = arguments;
const pagefind = await import('/pagefind/pagefind.js');
const start = performance.now();
const search = await pagefind.search(query);
const first = search.results.length ? await search.results[0].data() : null;
done([performance.now() - start, search.results.length, first ? first.url : null]);
"""

print(f"{'language':<9} {'query':<24} {'results':>7} {'first ms':>9} {'median ms':>10}  first result")
try:
    for language, query in queries:
        driver.get(f"{base}/{language}/")
        first, count, url = driver.execute_async_script(SEARCH, query)
        times = [driver.execute_async_script(SEARCH, query)[0]
                 for _ in range(runs)]
        print(f"{language:<9} {query:<24} {count:>7} {first:>9.1f} {statistics.median(times):>10.1f}  {url}")
finally:
    driver.quit()
    server.shutdown()

for language in ("fr", "ar"):
    files = [p for p in (site / "pagefind").rglob(f"*{language}_*") if p.is_file()]
    print(f"{language} index: {sum(p.stat().st_size for p in files) / 1000:.0f} kB in {len(files)} files")
