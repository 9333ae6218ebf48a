#!/usr/bin/env python3
"""Measures `revue serve`: the time from saving a file to the reload event an
open page receives, and to that page fetched again whole, for a chapter edit
and for a template edit (after which pages pass through the new theme as they
are asked for, the others behind the reload).

Usage: scripts/bench-serve.py PROJECT CHAPTER [edits]
  PROJECT  a revue project (the repository itself for the example)
  CHAPTER  the Markdown file to edit, relative to PROJECT
Each edit is saved as editors save (a temporary file renamed over the old
one); the median, fastest and slowest of `edits` saves are printed, with the
rebuild times revue reported. The project's files are restored at the end.
"""
import http.client
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time

revue = os.environ.get("REVUE", ".build/release/revue")
template = "templates/layout.mustache"
edits = 20


def save(path, text):
    """Writes like an editor: a temporary file beside it, renamed over it."""
    temporary = os.path.join(os.path.dirname(path), "." + os.path.basename(path) + ".tmp")
    with open(temporary, "w", encoding="utf-8") as f:
        f.write(text)
    os.rename(temporary, path)


def wait_for(stream, marker, timeout=30):
    """Reads the event stream until `marker` arrives."""
    stream.settimeout(timeout)
    received = b""
    while marker not in received:
        chunk = stream.recv(65536)
        if not chunk:
            raise RuntimeError("the event stream closed")
        received += chunk
        if b"event: failure" in received:
            raise RuntimeError("the rebuild failed: " + received.decode(errors="replace"))
    return received


def fetch(port, page):
    """The page's bytes, as the reloaded browser asks for them."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    connection.request("GET", page)
    body = connection.getresponse().read()
    connection.close()
    return body


def measure(stream, port, page, path, edit):
    """Per save: milliseconds to the reload event, and to the page fetched after it."""
    original = open(path, encoding="utf-8").read()
    timings = []
    try:
        for n in range(edits):
            save(path, edit(original, n))
            saved = time.perf_counter()
            wait_for(stream, b"event: reload")
            reloaded = time.perf_counter()
            fetch(port, page)
            timings.append(((reloaded - saved) * 1000, (time.perf_counter() - saved) * 1000))
            time.sleep(0.15)
    finally:
        save(path, original)
        wait_for(stream, b"event: reload")
    return timings


def start_serve(project, log):
    """Starts `revue serve` on a free port, its output in `log`; returns the process and the port."""
    server = subprocess.Popen([revue, "serve", "--project", project, "--port", "0"], stdout=log, stderr=subprocess.STDOUT)
    for _ in range(600):
        found = re.search(r"http://127\.0\.0\.1:(\d+)/", open(log.name).read())
        if found or server.poll() is not None:
            break
        time.sleep(0.05)
    if not found:
        sys.exit("revue serve did not start:\n" + open(log.name).read())
    return server, int(found.group(1))


def main():
    global edits
    project, chapter = sys.argv[1], sys.argv[2]
    edits = int(sys.argv[3]) if len(sys.argv) > 3 else edits
    log = tempfile.NamedTemporaryFile(mode="w+", prefix="revue-serve-", suffix=".log")
    server, port = start_serve(project, log)
    try:
        print(open(log.name).read().splitlines()[0])
        stream = socket.create_connection(("127.0.0.1", port))
        stream.sendall(b"GET /_revue/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        wait_for(stream, b"event: hello")

        chapter_path = os.path.join(project, chapter)
        # content/fr/activites/a00002.md is served at /fr/activites/a00002/
        page = "/" + os.path.splitext(os.path.relpath(chapter, "content"))[0] + "/"
        results = {}
        for name, path, edit, first_line in [
            (f"chapter edit ({chapter})", chapter_path,
             lambda text, n: text + f"\nParagraphe d'essai {'bis' * (n + 1)}.\n", "Rebuilt in"),
            (f"template edit ({template})", os.path.join(project, template),
             lambda text, n: text.replace("</main>", f"</main><!-- essai {n} -->", 1), "Theme compiled in"),
        ]:
            logged = len(open(log.name).read().splitlines())
            timings = measure(stream, port, page, path, edit)
            time.sleep(1)
            lines = open(log.name).read().splitlines()[logged:]
            results[name] = (timings, [l for l in lines if l.startswith(first_line)])
    finally:
        server.terminate()
        server.wait(timeout=10)
    for name, (timings, summaries) in results.items():
        own = [float(re.search(r" in ([0-9.]+) s", l).group(1)) * 1000 for l in summaries[:edits]]
        reloads = [t[0] for t in timings]
        loads = [t[1] for t in timings]
        print(f"{name}: save → reload event median {statistics.median(reloads):.0f} ms "
              f"(fastest {min(reloads):.0f}, slowest {max(reloads):.0f}, {len(timings)} saves); "
              f"save → page fetched median {statistics.median(loads):.0f} ms; "
              f"rebuild alone median {statistics.median(own):.0f} ms")
        print(f"  e.g. {summaries[0]}")


if __name__ == "__main__":
    main()
