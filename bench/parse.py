#!/usr/bin/env python3
"""Parse throughput: MB/s of feed XML turned into items (HTML to text included) by webcare's parser
(webcare-parse-bench, the parser `webcare poll` uses), beside Python's feedparser and the Rust-backed
feedparser-rs (both from pip, installed when missing) and a bare expat pass (no item building) on the same
files in the same run. Medians of several runs, with the spread."""
import argparse
import json
import pathlib
import statistics
import subprocess
import sys
import time
import xml.parsers.expat

parser = argparse.ArgumentParser()
parser.add_argument("--bin", required=True, help="the webcare-parse-bench binary")
parser.add_argument("--feeds", required=True, help="a folder of feed files (bench/poll.py writes them)")
parser.add_argument("--runs", type=int, default=5)
args = parser.parse_args()

files = sorted(pathlib.Path(args.feeds).iterdir())
documents = [f.read_bytes() for f in files]
megabytes = sum(len(d) for d in documents) / 1e6


def ensure(module, package):
    try:
        return __import__(module)
    except ImportError:
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", package], check=False,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            return __import__(module)
        except ImportError:
            return None


def report(name, seconds, size, note=""):
    rates = [size / s for s in seconds]
    print(f"  {name:<36} {statistics.median(rates):8.1f} MB/s  (runs: {min(rates):.1f} – {max(rates):.1f}){note}")
    return statistics.median(rates)


def timed(function, subset, runs):
    seconds = []
    for _ in range(runs):
        start = time.perf_counter()
        for document in subset:
            function(document)
        seconds.append(time.perf_counter() - start)
    return seconds


print(f"parse: {len(documents)} feeds, {megabytes:.1f} MB, median of {args.runs} runs")
output = subprocess.run([args.bin, "--runs", str(args.runs), args.feeds], stdout=subprocess.PIPE, check=True).stdout
result = json.loads(output)
webcare = report("webcare (items, HTML to text)", result["seconds"], result["bytes"] / 1e6, f"  {result['items']:,} items")


def bare_expat(document):
    xml.parsers.expat.ParserCreate().Parse(document, True)


expat = report("bare expat pass (no items)", timed(bare_expat, documents, args.runs), megabytes)

rust = ensure("feedparser_rs", "feedparser-rs")
if rust:
    rs = report("feedparser-rs (pip)", timed(rust.parse, documents, args.runs), megabytes)
else:
    rs = None
    print("  feedparser-rs: not installed (pip install feedparser-rs)")

python = ensure("feedparser", "feedparser")
if python:
    # feedparser manages under 1 MB/s: a tenth of the feeds, once, keeps the run short.
    subset = documents[: max(1, len(documents) // 10)]
    size = sum(len(d) for d in subset) / 1e6
    report("feedparser (pip, a tenth of the feeds)", timed(python.parse, subset, 1), size)
else:
    print("  feedparser: not installed (pip install feedparser)")

if rs:
    print(f"  webcare is {webcare / rs:.1f}× feedparser-rs and {expat / webcare:.1f}× slower than the bare expat pass")
