"""The built example in a real browser (Chromium through Selenium): direction,
language switcher, no horizontal scroll on phones and desktops, charts and key
figures shown, the Sommaire leading to each chapter, screenshots kept.

Run by Tests/Browser/run.sh, which builds the site and installs what is needed.
"""
import functools
import http.server
import os
import pathlib
import re
import subprocess
import threading
import time
import unittest
import urllib.request
from urllib.parse import urljoin, urlparse

from axe_selenium_python import Axe
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

SITE = pathlib.Path(os.environ.get("REVUE_SITE", "site")).resolve()
ARTIFACTS = pathlib.Path(os.environ.get("REVUE_ARTIFACTS", "Tests/Browser/artifacts")).resolve()
WIDTHS = (375, 1280)
# One page of each type, in each language.
PAGE_TYPES = ("/{}/", "/{}/message-royal/", "/{}/editorial/", "/{}/chapitres/", "/{}/chapitres/budget/",
              "/{}/chapitres/offre-de-soins/", "/{}/campagnes/", "/{}/campagnes/hajj-1444/", "/{}/activites/",
              "/{}/activites/retraite-soins-primaires-marrakech-2021/", "/{}/404.html")


def pages():
    """Every page of the site by its address, but the root redirect."""
    found = []
    for path in sorted(SITE.rglob("index.html")):
        relative = path.relative_to(SITE).parent.as_posix()
        if relative != ".":
            found.append("/" + relative + "/")
    return found


class Server:
    """The site served over HTTP on a free port of 127.0.0.1."""

    def __enter__(self):
        handler = functools.partial(QuietHandler, directory=str(SITE))
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def __exit__(self, *_):
        self.httpd.shutdown()


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *_):
        pass


def browser(width):
    options = Options()
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    for argument in ("--headless=new", "--disable-gpu", "--hide-scrollbars", f"--window-size={width},900",
                     "--force-device-scale-factor=1", "--lang=fr"):
        options.add_argument(argument)
    if os.geteuid() == 0:
        options.add_argument("--no-sandbox")
    driver = webdriver.Chrome(service=Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")), options=options)
    driver.set_window_size(width, 900)
    return driver


class SiteInBrowserTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.server = Server()
        cls.base = cls.server.__enter__()
        cls.drivers = {width: browser(width) for width in WIDTHS}
        ARTIFACTS.mkdir(parents=True, exist_ok=True)

    @classmethod
    def tearDownClass(cls):
        for driver in cls.drivers.values():
            driver.quit()
        cls.server.__exit__()

    def open(self, path, width=1280):
        driver = self.drivers[width]
        driver.get(self.base + path)
        return driver

    def test_every_page_has_its_direction_and_no_horizontal_scroll(self):
        self.assertGreater(len(pages()), 50)
        for width in WIDTHS:
            for path in pages():
                driver = self.open(path, width)
                language = path.split("/")[1]
                expected = "rtl" if language == "ar" else "ltr"
                direction = driver.execute_script("return getComputedStyle(document.documentElement).direction")
                self.assertEqual(direction, expected, f"{path}: direction")
                overflow = driver.execute_script(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth")
                self.assertLessEqual(overflow, 0, f"{path} scrolls sideways by {overflow} px at {width} px")

    def test_the_language_switcher_leads_to_the_translated_page(self):
        for path in pages():
            driver = self.open(path)
            link = driver.find_element(By.CSS_SELECTOR, "#revue-languages a")
            other = link.get_attribute("hreflang")
            link.click()
            language = path.split("/")[1]
            self.assertEqual(driver.execute_script("return document.documentElement.lang"), other, path)
            self.assertEqual(urlparse(driver.current_url).path, path.replace(f"/{language}/", f"/{other}/", 1), path)

    def test_charts_and_key_figures_are_shown(self):
        charts = figures = 0
        for path in pages():
            driver = self.open(path)
            for chart in driver.find_elements(By.CSS_SELECTOR, "figure.chart"):
                charts += 1
                shown = [svg for svg in chart.find_elements(By.CSS_SELECTOR, "svg[role=img]") if svg.is_displayed()]
                self.assertEqual(len(shown), 1, f"{path}: a chart shows {len(shown)} drawings")
                self.assertGreater(shown[0].size["width"], 100, f"{path}: a chart is too narrow")
                self.assertGreater(shown[0].size["height"], 50, f"{path}: a chart is too low")
            for figure in driver.find_elements(By.CSS_SELECTOR, ".key-figure-value"):
                figures += 1
                self.assertTrue(figure.is_displayed(), f"{path}: a key figure is hidden")
        written = sum(page.read_text(encoding="utf-8").count('<figure class="chart ') for page in SITE.rglob("index.html"))
        self.assertGreater(written, 0)
        self.assertEqual(charts, written, "every chart written is shown")
        self.assertGreater(figures, 10)

    def test_chart_text_is_never_smaller_than_12_px(self):
        # The drawing's own size times the scale it is shown at: what the reader sees.
        smallest = """
            const sizes = [];
            for (const svg of document.querySelectorAll("figure.chart svg[role=img]")) {
              if (svg.getBoundingClientRect().width === 0) continue;
              const scale = svg.getScreenCTM().a;
              for (const text of svg.querySelectorAll("text")) {
                sizes.push([parseFloat(getComputedStyle(text).fontSize) * scale, text.textContent.slice(0, 40)]);
              }
            }
            return sizes;"""
        with_charts = [path for path in pages() if '<figure class="chart ' in (SITE / path.strip("/") / "index.html").read_text(encoding="utf-8")]
        self.assertGreater(len(with_charts), 2)
        measured = 0
        for width in (320, 375, 600, 800, 1280):
            driver = browser(width) if width not in self.drivers else self.drivers[width]
            try:
                for path in with_charts:
                    driver.get(self.base + path)
                    for size, text in driver.execute_script(smallest):
                        measured += 1
                        self.assertGreaterEqual(size, 12, f"{path} at {width} px: '{text}' is {size:.1f} px")
            finally:
                if width not in self.drivers:
                    driver.quit()
        self.assertGreater(measured, 100)

    def test_the_sommaire_leads_to_every_chapter(self):
        for language in ("fr", "ar"):
            driver = self.open(f"/{language}/chapitres/")
            links = [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, ".page-list a")]
            self.assertEqual(len(set(links)), 9, f"{language}: the Sommaire lists {len(set(links))} chapters")
            for href in links:
                driver.get(href)
                self.assertEqual(driver.execute_script("return document.body.className"), "kind-chapter", href)
                self.assertTrue(driver.find_element(By.TAG_NAME, "h1").text.strip(), href)

    def test_no_serious_or_critical_accessibility_violation(self):
        checked = 0
        for language in ("fr", "ar"):
            for pattern in PAGE_TYPES:
                path = pattern.format(language)
                driver = self.open(path)
                axe = Axe(driver)
                axe.inject()
                results = axe.run()
                checked += 1
                serious = [f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
                           for v in results["violations"] if v["impact"] in ("serious", "critical")]
                self.assertEqual(serious, [], f"{path}: axe-core finds {len(serious)} serious or critical violations")
        self.assertEqual(checked, 2 * len(PAGE_TYPES))

    def test_the_first_tab_shows_the_skip_link_with_a_visible_focus(self):
        from selenium.webdriver.common.keys import Keys
        for language in ("fr", "ar"):
            driver = self.open(f"/{language}/chapitres/budget/")
            driver.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
            focused = driver.switch_to.active_element
            self.assertIn("skip-link", focused.get_attribute("class"), language)
            self.assertTrue(focused.is_displayed(), language)
            top = driver.execute_script("return arguments[0].getBoundingClientRect().top", focused)
            self.assertGreaterEqual(top, 0, f"{language}: the skip link stays off screen when focused")
            outline = driver.execute_script("return getComputedStyle(arguments[0]).outlineStyle", focused)
            self.assertNotEqual(outline, "none", f"{language}: no visible focus")
            focused.send_keys(Keys.ENTER)
            self.assertEqual(driver.switch_to.active_element.get_attribute("id"), "revue-main", language)

    def test_screenshots_of_the_cover_and_a_chapter(self):
        for width in WIDTHS:
            for name, path in (("cover", "/{}/"), ("chapter", "/{}/chapitres/budget/")):
                for language in ("fr", "ar"):
                    driver = self.open(path.format(language), width)
                    target = ARTIFACTS / f"{name}-{language}-{width}.png"
                    self.assertTrue(driver.save_screenshot(str(target)), target)
                    self.assertGreater(target.stat().st_size, 10_000, target)


class LivePreviewInBrowserTests(unittest.TestCase):
    """`revue serve` with a real browser: a save reloads the open page in the same
    place, a broken save shows its findings over the page, and the search box answers."""

    @classmethod
    def setUpClass(cls):
        import shutil
        import tempfile
        cls.project = pathlib.Path(tempfile.mkdtemp(prefix="revue-serve-browser-"))
        for item in ("revue.yml", "content", "templates"):
            (shutil.copytree if pathlib.Path(item).is_dir() else shutil.copy)(item, cls.project / item)
        cls.log = open(cls.project / "serve.log", "w+")
        revue = os.environ.get("REVUE", ".build/debug/revue")
        cls.server = subprocess.Popen([revue, "serve", "--project", str(cls.project), "--port", "0"], stdout=cls.log, stderr=subprocess.STDOUT)
        cls.base = None
        for _ in range(200):
            found = re.search(r"http://127\.0\.0\.1:(\d+)/", (cls.project / "serve.log").read_text())
            if found:
                cls.base = f"http://127.0.0.1:{found.group(1)}"
                break
            time.sleep(0.05)
        cls.driver = browser(1280)

    @classmethod
    def tearDownClass(cls):
        cls.driver.quit()
        cls.server.terminate()
        cls.server.wait(timeout=10)
        cls.log.close()
        import shutil
        shutil.rmtree(cls.project, ignore_errors=True)

    def wait_until(self, condition, what, timeout=15):
        deadline = time.time() + timeout
        while time.time() < deadline:
            try:
                if condition():
                    return
            except Exception:
                pass
            time.sleep(0.1)
        self.fail(f"{what} did not happen within {timeout} s")

    def save(self, path, text):
        temporary = self.project / (path + ".tmp")
        temporary.write_text(text, encoding="utf-8")
        os.replace(temporary, self.project / path)

    def test_the_preview_searches_as_the_site_does(self):
        # The index is made beside the preview: it may come a moment after the first page.
        self.wait_until(lambda: urllib.request.urlopen(self.base + "/pagefind/pagefind-entry.json").status == 200, "the search index", 60)
        found = search_results(self.driver, self.base + "/fr/", "hôpitaux de proximité")
        self.assertTrue(found, "no result")
        self.assertEqual(found[0][1], "/fr/chapitres/offre-de-soins/", found[:3])

    def test_a_save_reloads_the_page_in_place_and_a_mistake_shows_over_it(self):
        self.assertIsNotNone(self.base, (self.project / "serve.log").read_text())
        chapter = "content/fr/chapitres/budget.md"
        original = (self.project / chapter).read_text(encoding="utf-8")
        driver = self.driver
        driver.get(self.base + "/fr/chapitres/budget/")
        self.wait_until(lambda: driver.execute_script("return document.readyState") == "complete", "loading")
        driver.execute_script("window.scrollTo(0, 1200)")
        time.sleep(0.5)  # the page's events stream is open
        # In place means the same content at the same height in the window. The reloaded page may be
        # taller above it (the search box appears once the preview's index is made): the scroll
        # position then moves by as much.
        first_in_view = "const items = [...document.querySelectorAll('main h2, main h3, main p, main table')];"
        index, top = driver.execute_script(first_in_view + "const i = items.findIndex(e => e.getBoundingClientRect().top >= 0);"
                                           "return [i, items[i].getBoundingClientRect().top];")
        self.save(chapter, original.replace("## Un budget en nette hausse", "## Un budget en très nette hausse"))
        self.wait_until(lambda: "Un budget en très nette hausse" in driver.page_source, "the reload with the change")
        self.wait_until(lambda: abs(driver.execute_script(first_in_view + f"return items[{index}].getBoundingClientRect().top") - top) < 50,
                        "the page kept in place")

        self.save(chapter, original.replace("number: 7", "number: [7"))
        self.wait_until(lambda: driver.find_element(By.ID, "revue-overlay").is_displayed(), "the findings panel")
        panel = driver.find_element(By.ID, "revue-overlay").text
        self.assertIn("content/fr/chapitres/budget.md:", panel)
        self.assertIn("Un budget en très nette hausse", driver.page_source, "the last good page stays behind the panel")

        self.save(chapter, original)
        self.wait_until(lambda: "Un budget en nette hausse" in driver.page_source
                        and not driver.find_elements(By.ID, "revue-overlay"), "the fixed page without the panel")


def search_results(driver, address, query):
    """What the search box of the page at `address` lists for `query`: each result's text and path."""
    from selenium.webdriver.support.ui import WebDriverWait
    driver.get(address)
    box = WebDriverWait(driver, 10).until(lambda d: d.find_element(By.CSS_SELECTOR, "#revue-search input"))
    box.clear()
    box.send_keys(query)
    WebDriverWait(driver, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".pagefind-ui__result-link")
                                    or d.find_elements(By.CSS_SELECTOR, ".pagefind-ui__message"))
    WebDriverWait(driver, 10).until(lambda d: "pagefind-ui__loading" not in d.page_source)
    return [(link.text, urlparse(link.get_attribute("href")).path)
            for link in driver.find_elements(By.CSS_SELECTOR, ".pagefind-ui__result-link")]


class ServedSiteTestCase(unittest.TestCase):
    """Tests on the built site served over HTTP, in one browser window."""

    @classmethod
    def setUpClass(cls):
        cls.server = Server()
        cls.base = cls.server.__enter__()
        cls.driver = browser(1280)

    @classmethod
    def tearDownClass(cls):
        cls.driver.quit()
        cls.server.__exit__()


class SearchTests(ServedSiteTestCase):
    """The search box of every page, on the Pagefind index of its language, served like any static site."""

    def results(self, path, query):
        return search_results(self.driver, self.base + path, query)

    def test_the_arabic_search_finds_the_budget_chapter_first(self):
        found = self.results("/ar/", "ميزانية")
        self.assertTrue(found, "no result")
        self.assertEqual(found[0][1], "/ar/chapitres/budget/", found[:3])
        self.assertIn("الفصل", found[0][0], "the result names the chapter")
        for variant in ("الميزانية", "وبالميزانية"):
            self.assertIn("/ar/chapitres/budget/", [path for _, path in self.results("/ar/", variant)], variant)
        direction = self.driver.execute_script("return getComputedStyle(document.querySelector('#revue-search')).direction")
        self.assertEqual(direction, "rtl")

    def test_the_french_search_finds_the_care_supply_chapter(self):
        found = self.results("/fr/", "hôpitaux de proximité")
        self.assertTrue(found, "no result")
        self.assertEqual(found[0][1], "/fr/chapitres/offre-de-soins/", found[:3])
        self.assertIn("Chapitre 4", found[0][0])
        self.assertIn("/fr/chapitres/offre-de-soins/", [path for _, path in self.results("/fr/", "hopitaux")], "without its accent")

    def test_the_search_has_no_serious_accessibility_violation(self):
        self.results("/fr/", "budget")
        axe = Axe(self.driver)
        axe.inject()
        serious = [f"{v['id']}: {[n['target'] for n in v['nodes']][:3]} {[n.get('failureSummary', '')[:160] for n in v['nodes']][:1]}"
                   for v in axe.run()["violations"] if v["impact"] in ("serious", "critical")]
        self.assertEqual(serious, [], serious)


class FeedTests(unittest.TestCase):
    """Each language's Atom feed, as a feed reader parses it."""

    def test_every_feed_parses_as_atom_with_its_required_elements(self):
        import feedparser
        feeds = sorted(SITE.glob("*/feed.xml"))
        self.assertEqual([feed.parent.name for feed in feeds], ["ar", "fr"])
        for path in feeds:
            feed = feedparser.parse(path.read_bytes())
            self.assertFalse(feed.bozo, f"{path}: {feed.get('bozo_exception')}")
            self.assertEqual(feed.version, "atom10", path)
            self.assertEqual(feed.feed.language, path.parent.name)
            for key in ("id", "title", "updated", "author"):
                self.assertTrue(feed.feed.get(key), f"{path}: no {key}")
            self.assertGreaterEqual(len(feed.entries), 5, path)
            for entry in feed.entries:
                for key in ("id", "title", "link", "updated"):
                    self.assertTrue(entry.get(key), f"{path}: an entry has no {key}")
                self.assertTrue(entry.link.startswith("https://revue.sante.gov.ma/" + path.parent.name + "/"), entry.link)
            days = [entry.updated for entry in feed.entries]
            self.assertEqual(days, sorted(days, reverse=True), f"{path}: newest first")


def pdf_info(path):
    lines = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout.splitlines()
    return dict(line.split(":", 1) for line in lines if ":" in line)


class EditionLinkTests(ServedSiteTestCase):
    """`revue build --pdf`: each cover links to its language's PDF in the site, saying its page count and size."""

    def test_each_cover_links_to_its_edition_with_its_pages_and_size(self):
        for language, words in (("fr", r"Télécharger la revue \(PDF, (\d+) pages, (\d+,\d) Mo\)"),
                                ("ar", r"تحميل المجلة \(PDF، (\d+) (?:صفحة|صفحات)، (\d+,\d) ميغابايت\)")):
            self.driver.get(f"{self.base}/{language}/")
            link = self.driver.find_element(By.CSS_SELECTOR, ".cover-edition a")
            found = re.fullmatch(words, link.text)
            self.assertIsNotNone(found, f"{language}: {link.text!r}")
            self.assertTrue(link.is_displayed(), language)
            with urllib.request.urlopen(link.get_attribute("href")) as response:
                self.assertEqual(response.headers["Content-Type"], "application/pdf", language)
                pdf = response.read()
            self.assertTrue(pdf.startswith(b"%PDF-"), language)
            download = ARTIFACTS / f"downloaded-{language}.pdf"
            ARTIFACTS.mkdir(parents=True, exist_ok=True)
            download.write_bytes(pdf)
            self.assertEqual(int(found.group(1)), int(pdf_info(download)["Pages"]), f"{language}: the page count said")
            self.assertEqual(found.group(2), f"{len(pdf) / 1_000_000:.1f}".replace(".", ","), f"{language}: the size said")


class PrintEditionTests(unittest.TestCase):
    """The print editions in the site: both PDFs, A4, of a plausible length, with their text in the right language;
    and `revue pdf`, which prints the same editions outside the site."""

    def path(self, language):
        return SITE / language / f"revue-2-{language}.pdf"

    def text(self, language):
        return subprocess.run(["pdftotext", str(self.path(language)), "-"], check=True, capture_output=True, text=True).stdout

    def info(self, language):
        return pdf_info(self.path(language))

    def test_revue_pdf_prints_the_same_editions(self):
        revue = os.environ.get("REVUE", ".build/debug/revue")
        subprocess.run([revue, "pdf", "--project", ".", "--lang", "fr", "--output", str(ARTIFACTS)], check=True)
        self.assertEqual(pdf_info(ARTIFACTS / "revue-2-fr.pdf")["Pages"], self.info("fr")["Pages"])

    def test_both_editions_are_a4_with_a_plausible_number_of_pages(self):
        for language in ("fr", "ar"):
            info = self.info(language)
            self.assertIn("(A4)", info["Page size"], language)
            pages = int(info["Pages"])
            # A cover, the royal message, the editorial, the Sommaire and nine chapters, each starting a page.
            self.assertGreaterEqual(pages, 13, language)
            self.assertLessEqual(pages, 80, language)

    def test_the_sommaire_gives_the_page_each_chapter_starts_on(self):
        # Chromium has no target-counter(): revue prints once, reads where each chapter starts, and prints again.
        for language, label, heading in (("fr", "Chapitre", "Sommaire"), ("ar", "الفصل", "الفهرس")):
            text = re.sub("[\u200e\u200f\u202a-\u202e\u2066-\u2069]", "", self.text(language))
            pages = text.split("\f")
            sommaire = next(i for i, page in enumerate(pages) if re.search(rf"^\s*{heading}\s*$", page, re.M))
            numbers = [int(line) for line in (line.strip() for line in pages[sommaire].splitlines()) if line.isdigit()]
            entries = list(zip(numbers[0::2], numbers[1::2]))
            self.assertEqual([chapter for chapter, _ in entries], list(range(1, 10)), language)
            for chapter, page in entries:
                self.assertIn(f"{label} {chapter}", " ".join(pages[page - 1].split()), f"{language}: chapter {chapter} on page {page}")
                self.assertNotIn(f"{label} {chapter}", " ".join(pages[page - 2].split()), f"{language}: chapter {chapter} starts before {page}")
            self.assertNotIn("revue-part-", text, language)

    def test_a_link_to_another_chapter_gives_the_page_it_starts_on(self):
        # pdftotext reorders Arabic runs that hold digits: the French edition is read, the Arabic one
        # goes through the same code (PrintEditionTests).
        for language, link, title in (("fr", "la réhabilitation de l’offre de soins", "Réhabilitation de l’offre de soins"),):
            text = re.sub("[\u200e\u200f\u202a-\u202e\u2066-\u2069]", "", self.text(language))
            pages = text.split("\f")
            joined = " ".join(text.split())
            found = re.search(re.escape(link) + r"\s*\((?:p\.|ص\.)\s*(\d+)\)", joined)
            self.assertIsNotNone(found, f"{language}: no page after the link to {title}")
            page = int(found.group(1))
            self.assertIn(title, " ".join(pages[page - 1].split()), f"{language}: {title} does not start on page {page}")
            self.assertNotIn(title, " ".join(pages[page - 2].split()).replace(link, ""), f"{language}: {title} starts before page {page}")

    def test_the_french_edition_carries_its_text_and_the_budget(self):
        text = " ".join(self.text("fr").split())
        for phrase in ("Sommaire", "Renforcement du budget du MSPS", "La généralisation de la protection sociale",
                       "28 130 252 000 DH"):
            self.assertIn(phrase, text)

    def test_the_arabic_edition_is_shaped_arabic_text_with_the_budget(self):
        # pdftotext marks right-to-left runs with bidirectional controls, and drops the space they stood beside.
        text = " ".join(re.sub("[\u200e\u200f\u202a-\u202e\u2066-\u2069]", "", self.text("ar")).split())
        for phrase in ("الفهرس", "الرسالة الملكية", "تعزيز ميزانية وزارة الصحة والحماية الاجتماعية", "تعميم الحماية الاجتماعية"):
            self.assertIn(phrase, text)
        self.assertRegex(text, r"28 130 252 000 ?درهم")


THREE = pathlib.Path(os.environ.get("REVUE_THREE_LANGUAGE_SITE", ".build/browser-three")).resolve()


@unittest.skipUnless(THREE.is_dir(), "the three-language fixture is built by run.sh")
class ThreeLanguageSiteTests(unittest.TestCase):
    """Tests/Browser/three-languages: French, Arabic and Amazigh in Tifinagh, by configuration alone."""

    @classmethod
    def setUpClass(cls):
        handler = functools.partial(QuietHandler, directory=str(THREE))
        cls.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=cls.httpd.serve_forever, daemon=True).start()
        cls.base = f"http://127.0.0.1:{cls.httpd.server_address[1]}"
        cls.drivers = {width: browser(width) for width in WIDTHS}

    @classmethod
    def tearDownClass(cls):
        for driver in cls.drivers.values():
            driver.quit()
        cls.httpd.shutdown()

    def paths(self):
        return ["/" + path.relative_to(THREE).parent.as_posix() + "/" for path in sorted(THREE.rglob("index.html"))
                if path.parent != THREE]

    def test_each_language_has_its_direction_and_no_horizontal_scroll(self):
        self.assertEqual({path.split("/")[1] for path in self.paths()}, {"fr", "ar", "zgh"})
        for width, driver in self.drivers.items():
            for path in self.paths():
                driver.get(self.base + path)
                language = path.split("/")[1]
                self.assertEqual(driver.execute_script("return document.documentElement.lang"), language, path)
                direction = driver.execute_script("return getComputedStyle(document.documentElement).direction")
                self.assertEqual(direction, "rtl" if language == "ar" else "ltr", f"{path}: direction")
                overflow = driver.execute_script("return document.documentElement.scrollWidth - document.documentElement.clientWidth")
                self.assertLessEqual(overflow, 0, f"{path} scrolls sideways by {overflow} px at {width} px")

    def test_the_switcher_leads_to_each_other_language(self):
        driver = self.drivers[1280]
        for path in self.paths():
            language = path.split("/")[1]
            driver.get(self.base + path)
            links = {link.get_attribute("hreflang"): link.get_attribute("href")
                     for link in driver.find_elements(By.CSS_SELECTOR, "#revue-languages a")}
            self.assertEqual(set(links), {"fr", "ar", "zgh"} - {language}, path)
            for other, address in links.items():
                driver.get(address)
                self.assertEqual(driver.execute_script("return document.documentElement.lang"), other, path)
                self.assertEqual(urlparse(driver.current_url).path, path.replace(f"/{language}/", f"/{other}/", 1), path)
                driver.get(self.base + path)

    def test_tifinagh_is_drawn_with_a_font_that_has_it(self):
        driver = self.drivers[1280]
        driver.get(self.base + "/zgh/sante/")
        driver.execute_cdp_cmd("DOM.enable", {})
        driver.execute_cdp_cmd("CSS.enable", {})
        root = driver.execute_cdp_cmd("DOM.getDocument", {})["root"]["nodeId"]
        heading = driver.execute_cdp_cmd("DOM.querySelector", {"nodeId": root, "selector": "h1"})["nodeId"]
        fonts = driver.execute_cdp_cmd("CSS.getPlatformFontsForNode", {"nodeId": heading})["fonts"]
        self.assertTrue(any("Tifinagh" in font["familyName"] for font in fonts), f"the title is drawn with {fonts}")


if __name__ == "__main__":
    unittest.main(verbosity=2)
