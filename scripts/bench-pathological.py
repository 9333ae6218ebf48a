#!/usr/bin/env python3
"""Times `revue build` on cmark's own pathological inputs, each the body of an
Arabic page (with an Arabic sentence around it), against `cmark --smart` on
the same Markdown: the medians of a few alternating runs and their ratio.
revue must stay within 1.5 times cmark on every one.

Usage: scripts/bench-pathological.py [scale] [runs]   (scale 1 = cmark's own sizes)
revue's times are given without what a build of a one-sentence page takes.
Needs Debian's cmark (apt-get install cmark) and a release build of revue."""
import os, shutil, statistics, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REVUE = os.environ.get("REVUE", os.path.join(ROOT, ".build/release/revue"))
scale = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3

def n(count):
    return max(1, int(count * scale))

# The cases of cmark's test/pathological_tests.py, at its sizes times `scale`;
# those cmark reads in linear time are made 20 times longer (10 for the nested
# emphasis and 5 for the references, whose files would pass revue's 16 MB
# limit), so that the times
# compared are cmark's work rather than the start of a process.
LONGER = 20
CASES = {
    "nested strong emph": "*a **a " * n(65000 * LONGER // 2) + "b" + " a** a*" * n(65000 * LONGER // 2),
    "many emph closers with no openers": "a_ " * n(65000 * LONGER),
    "many emph openers with no closers": "_a " * n(65000 * LONGER),
    "many link closers with no openers": "a]" * n(65000 * LONGER),
    "many link openers with no closers": "[a" * n(65000 * LONGER),
    "mismatched openers and closers": "*a_ " * n(50000 * LONGER),
    "openers and closers multiple of 3": "a**b" + "c* " * n(50000 * LONGER),
    "link openers and emph closers": "[ a_" * n(50000 * LONGER),
    "pattern [ (]( repeated": "[ (](" * n(80000),
    "pattern ![[]() repeated": "![[]()" * n(160000),
    "nested brackets": "[" * n(50000 * LONGER) + "a" + "]" * n(50000 * LONGER),
    "nested block quotes": "> " * n(50000 * LONGER) + "a",
    "deeply nested lists": "".join("  " * x + "* a\n" for x in range(n(1000))),
    "backticks": "".join("e" + "`" * x for x in range(1, n(5000))),
    "unclosed links A": "[a](<b" * n(30000 * LONGER),
    "unclosed links B": "[a](b" * n(30000 * LONGER),
    "unclosed <!--": "</" + "<!--" * n(300000 * LONGER // 4),
    "reference collisions": "".join("[%d]: /x\n" % i for i in range(n(100000 * 5))) + "[1] [99999]\n",
}

CONFIG = """title: { ar: تجربة }
base_url: https://example.org/
default_language: ar
languages:
  - { code: ar, name: العربية, locale: ar-MA, direction: rtl }
"""

def timed(command, output=subprocess.DEVNULL):
    out = tempfile.NamedTemporaryFile(delete=False)
    out.close()
    run = subprocess.run(["/usr/bin/time", "-f", "%e", "-o", out.name] + command,
                         stdout=output, stderr=subprocess.PIPE, check=False)
    if run.returncode != 0:
        sys.exit(" ".join(command[:2]) + " failed:\n" + run.stderr.decode(errors="replace")[-2000:])
    with open(out.name) as f:
        seconds = float(f.read().strip().splitlines()[-1])
    os.unlink(out.name)
    return seconds

def main():
    if not shutil.which("cmark"):
        sys.exit("cmark is needed: apt-get install cmark")
    if not os.access(REVUE, os.X_OK):
        sys.exit("build revue first: make build")
    work = tempfile.mkdtemp()
    project = os.path.join(work, "project")
    shutil.copytree(os.path.join(ROOT, "templates"), os.path.join(project, "templates"))
    os.makedirs(os.path.join(project, "content/ar"))
    with open(os.path.join(project, "revue.yml"), "w") as f:
        f.write(CONFIG)
    page = os.path.join(project, "content/ar/_index.md")
    markdown = os.path.join(work, "body.md")
    def revue_on(body):
        with open(markdown, "w") as f:
            f.write(body)
        with open(page, "w") as f:
            f.write("---\ntitle: الرئيسية\n---\n" + body)
        return timed([REVUE, "build", "--project", project, "--output", os.path.join(work, "site")])

    # What a build costs whatever the page holds: the theme, the site's other files.
    baseline = statistics.median(revue_on("نص عربي.\n") for _ in range(runs))
    print("revue on a page of one sentence: %.3f s, taken off revue's times below" % baseline)
    worst = 0.0
    print("%-36s %9s %10s %10s %7s" % ("case", "size MB", "cmark s", "revue s", "ratio"))
    for name, pathological in CASES.items():
        body = "نص عربي قبل المدخل.\n\n" + pathological + "\n\nنص عربي بعده.\n"
        cmark, revue = [], []
        for _ in range(runs):
            revue.append(revue_on(body))
            # cmark writes its HTML to a file, as revue does.
            with open(os.path.join(work, "cmark.html"), "w") as html:
                cmark.append(timed(["cmark", "--smart", markdown], output=html))
        own = max(statistics.median(revue) - baseline, 0.0)
        ratio = own / max(statistics.median(cmark), 0.01)
        worst = max(worst, ratio)
        print("%-36s %9.1f %10.2f %10.2f %7.2f" % (name, len(body.encode()) / 1e6, statistics.median(cmark), own, ratio))
    shutil.rmtree(work)
    print("worst ratio: %.2f (cmark times under 0.01 s count as 0.01 s)" % worst)

main()
