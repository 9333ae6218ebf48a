#!/usr/bin/env python3
"""Loads `revue serve` with wrk while an editor saves: wrk asks for a chapter
for DURATION seconds over loopback while the chapter is saved every 250 ms
(a temporary file renamed over it, alternating two texts). Prints wrk's
requests per second and errors, how many responses were not a complete page
(status 200 and a body holding </html>), and whether the server then stopped
on SIGTERM with exit 0 and no error in its log.

Usage: scripts/bench-serve-load.py [PROJECT] [CHAPTER] [DURATION]
  defaults: the repository, content/fr/chapitres/budget.md, 60
Needs wrk (apt-get install wrk) and a release build of revue."""
import importlib.util, os, re, shutil, signal, subprocess, sys, tempfile, threading, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_spec = importlib.util.spec_from_file_location("bench_serve", os.path.join(ROOT, "scripts", "bench-serve.py"))
bench_serve = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench_serve)
project = sys.argv[1] if len(sys.argv) > 1 else ROOT
chapter = sys.argv[2] if len(sys.argv) > 2 else "content/fr/chapitres/budget.md"
duration = int(sys.argv[3]) if len(sys.argv) > 3 else 60
bench_serve.revue = os.environ.get("REVUE", os.path.join(ROOT, ".build/release/revue"))

CHECK = """
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) incomplete = 0; responses = 0 end
function response(status, headers, body)
  responses = responses + 1
  if status ~= 200 or not string.find(body, "</html>", 1, true) then incomplete = incomplete + 1 end
end
function done(summary, latency, requests)
  local bad, total = 0, 0
  for _, thread in ipairs(threads) do
    bad = bad + thread:get("incomplete")
    total = total + thread:get("responses")
  end
  io.write(string.format("checked %d responses: %d not a complete page\\n", total, bad))
end
"""


def main():
    if not shutil.which("wrk"):
        sys.exit("wrk is needed: apt-get install wrk")
    path = os.path.join(project, chapter)
    original = open(path, encoding="utf-8").read()
    url_path = "/" + chapter.split("content/", 1)[1].rsplit(".md", 1)[0] + "/"
    log = tempfile.NamedTemporaryFile(mode="w+", prefix="revue-serve-", suffix=".log")
    script = tempfile.NamedTemporaryFile(mode="w", suffix=".lua", delete=False)
    script.write(CHECK)
    script.close()
    server, port = bench_serve.start_serve(project, log)
    saving = threading.Event()
    saves = 0
    try:
        url = f"http://127.0.0.1:{port}{url_path}"

        def editor():
            nonlocal saves
            while not saving.is_set():
                bench_serve.save(path, original + ("\nParagraphe ajouté pendant la charge.\n" if saves % 2 == 0 else ""))
                saves += 1
                time.sleep(0.25)

        thread = threading.Thread(target=editor)
        thread.start()
        result = subprocess.run(["wrk", "-t2", "-c32", f"-d{duration}s", "--latency", "-s", script.name, url],
                                capture_output=True, text=True)
        saving.set()
        thread.join()
        print(result.stdout.strip())
        print(f"{saves} saves during the run, one every 250 ms")
    finally:
        saving.set()
        bench_serve.save(path, original)
        os.unlink(script.name)
        time.sleep(0.3)
        server.send_signal(signal.SIGTERM)
        code = server.wait(timeout=20)
    output = open(log.name).read()
    errors = [line for line in output.splitlines() if re.search(r"\berror\b", line, re.I) and "Rebuilt" not in line]
    rebuilds = len(re.findall(r"^Rebuilt in", output, re.M))
    print(f"{rebuilds} rebuilds; stopped on SIGTERM with exit {code}; {len(errors)} error lines in its log")
    for line in errors[:5]:
        print("  " + line)


main()
