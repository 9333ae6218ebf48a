#!/usr/bin/env python3
"""Measures `revue serve`: the time from saving a file to the reload event an
open page receives, for a chapter edit and for a template edit.

Usage: scripts/bench-serve.py PROJECT CHAPTER [edits]
  PROJECT  a revue project (the repository itself for the example)
  CHAPTER  the Markdown file to edit, relative to PROJECT
Each edit is saved as editors save (a temporary file renamed over the old
one); the median, fastest and slowest of `edits` saves are printed, with the
rebuild times revue reported. The project's files are restored at the end.
"""
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


def measure(stream, path, edit):
    original = open(path, encoding="utf-8").read()
    timings = []
    try:
        for n in range(edits):
            save(path, edit(original, n))
            saved = time.perf_counter()
            wait_for(stream, b"event: reload")
            timings.append((time.perf_counter() - saved) * 1000)
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
        results = {
            f"chapter edit ({chapter})": measure(stream, chapter_path,
                                                 lambda text, n: text + f"\nParagraphe d'essai {'bis' * (n + 1)}.\n"),
            f"template edit ({template})": measure(stream, os.path.join(project, template),
                                                   lambda text, n: text.replace("</main>", f"</main><!-- essai {n} -->", 1)),
        }
    finally:
        server.terminate()
        server.wait(timeout=10)
    output = open(log.name).read()
    rebuilt = [float(m) * 1000 for m in re.findall(r"Rebuilt in ([0-9.]+) s", output)]
    summaries = [l for l in output.splitlines() if l.startswith("Rebuilt in")]
    # Rebuilds: the first build, the chapter edits, its restoring, the template edits, its restoring.
    for (name, timings), first in zip(results.items(), (1, edits + 2)):
        own = rebuilt[first:first + edits]
        print(f"{name}: save → reload event median {statistics.median(timings):.0f} ms "
              f"(fastest {min(timings):.0f}, slowest {max(timings):.0f}, {len(timings)} saves); "
              f"rebuild alone median {statistics.median(own):.0f} ms")
        print(f"  e.g. {summaries[first]}")


if __name__ == "__main__":
    main()
