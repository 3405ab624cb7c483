#!/usr/bin/env python3
"""Sentiment throughput: texts scored per second by `webcare score` (one process, one thread, reading
stdin) on N short texts built from the development set, beside VADER (vaderSentiment from pip) on the
same texts in the same run. Prints medians and spreads over several runs."""
import argparse
import pathlib
import random
import statistics
import subprocess
import sys
import time

parser = argparse.ArgumentParser()
parser.add_argument("--bin", required=True)
parser.add_argument("--texts", type=int, default=100000)
parser.add_argument("--runs", type=int, default=5)
parser.add_argument("--out", default="bench-out")
args = parser.parse_args()

root = pathlib.Path(__file__).resolve().parent.parent
texts = []
for language in ("nl", "en"):
    for line in (root / f"Tests/Fixtures/sentiment/{language}.tsv").read_text().splitlines():
        if "\t" in line:
            texts.append(line.split("\t", 1)[1])
random.seed(7)
sample = [random.choice(texts) for _ in range(args.texts)]
corpus = pathlib.Path(args.out) / "sentiment-texts.txt"
corpus.write_text("\n".join(sample) + "\n")
megabytes = corpus.stat().st_size / 1e6


# No config file: the scorer runs with its defaults.
environment = {"PATH": "/usr/bin:/bin", "HOME": "/nonexistent"}


def timed(command, stdin_path):
    times = []
    for _ in range(args.runs):
        with open(stdin_path, "rb") as stdin:
            start = time.perf_counter()
            subprocess.run(command, stdin=stdin, stdout=subprocess.DEVNULL, check=True, env=environment)
            times.append(time.perf_counter() - start)
    return times


def report(name, times):
    rates = [args.texts / t for t in times]
    median = statistics.median(rates)
    print(f"  {name:<28} {median:>12,.0f} texts/s   (runs: {min(rates):,.0f} – {max(rates):,.0f})")
    return median


print(f"sentiment: {args.texts:,} short texts ({megabytes:.1f} MB), median of {args.runs} runs")
webcare = report("webcare score", timed([args.bin, "score"], corpus))

try:
    import vaderSentiment  # noqa: F401
    have_vader = True
except ImportError:
    have_vader = subprocess.run([sys.executable, "-m", "pip", "install", "-q", "vaderSentiment"]).returncode == 0
if have_vader:
    script = pathlib.Path(args.out) / "vader_score.py"
    script.write_text(
        "import sys\n"
        "from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer\n"
        "analyzer = SentimentIntensityAnalyzer()\n"
        "for line in sys.stdin:\n"
        "    analyzer.polarity_scores(line)\n"
    )
    # As many runs as webcare's, so both figures are medians of the same number of runs.
    vader = report("VADER (vaderSentiment)", timed([sys.executable, str(script)], corpus))
    print(f"  webcare / VADER: {webcare / vader:.2f}x")
else:
    print("  VADER: not installed (pip install vaderSentiment), skipped")
