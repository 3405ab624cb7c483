#!/usr/bin/env python3
"""Inbox and weekly-report benchmark on a database of N mentions (default 1,000,000) spread over a year:
3 brands, 40 sources, stored oldest first as polls store them, about 30% negative, old complaints mostly answered or ignored, recent ones often
open, every answer in the history. The database is made by the real binary (schema and migrations), filled
from Python, then polled once by webcare so its statistics are gathered the way a real poll does.

It reports the inbox query on its own (the SQL `webcare inbox` runs, timed inside SQLite through Python's
sqlite3, with its EXPLAIN QUERY PLAN), the whole `webcare inbox` command (process start to exit), a few
filtered inboxes, and `webcare report --week` in text and HTML. Medians of several runs, with the spread."""
import argparse
import datetime
import json
import pathlib
import random
import sqlite3
import statistics
import subprocess
import time

parser = argparse.ArgumentParser()
parser.add_argument("--bin", required=True)
parser.add_argument("--mentions", type=int, default=1_000_000)
parser.add_argument("--runs", type=int, default=7)
parser.add_argument("--out", default="bench-out")
args = parser.parse_args()

root = pathlib.Path(__file__).resolve().parent.parent
out = pathlib.Path(args.out).resolve() / "inbox"
out.mkdir(parents=True, exist_ok=True)
database = out / "webcare.sqlite"
for suffix in ("", "-wal", "-shm", ".poll-lock"):
    pathlib.Path(str(database) + suffix).unlink(missing_ok=True)

BRANDS = ["Telvio", "Pakkie", "Stroomwijs"]
SOURCES = [f"Bron {n:02d}" for n in range(40)]
config = out / "config.json"
config.write_text(json.dumps({
    "database": str(database),
    "brands": [{"name": b, "keywords": [b.lower()]} for b in BRANDS],
    "sources": [{"name": "Voorbeeldforum", "url": str(root / "examples/feeds/consumentenforum.xml"), "reach": 20000}]
               + [{"name": s, "url": str(out / "never-fetched.xml")} for s in SOURCES],
}))
environment = {"PATH": "/usr/bin:/bin", "HOME": "/nonexistent", "NO_COLOR": "1"}


def webcare(*arguments, check=True):
    return subprocess.run([args.bin, *arguments, "--config", str(config)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          env=environment, check=check)


# The schema comes from the binary itself: `sources` opens (creates and migrates) the database.
webcare("sources")

NEGATIVE = ["Al {d} dagen storing bij {b}, echt waardeloos", "Klantenservice van {b} onbereikbaar, al een uur in de wacht",
            "{b} schrijft de factuur dubbel af en reageert niet", "Pakket van {b} kwijt, niemand weet waar het is",
            "{b} internet down for {d} days, terrible service", "Still waiting for my refund from {b}, never again"]
NEUTRAL = ["{b} verhoogt de prijzen per januari", "{b} opens a new shop in Utrecht", "Vraag over de nieuwe modem van {b}"]
POSITIVE = ["Top geholpen door {b}, netjes opgelost", "Great support from {b} today", "Snel bezorgd door {b}, dank je"]



def negative_terms(text):
    """What a poll keeps of a negative mention for the report: the terms of the scorer's explanation
    (as `SentimentExplanation.negativeTerms` picks them), read from `webcare score --json --explain`."""
    explained = json.loads(subprocess.run([args.bin, "score", "--json", "--explain", text], stdout=subprocess.PIPE,
                                          env=environment, check=True).stdout)
    terms = []
    for contribution in explained.get("contributions", []):
        if contribution["weight"] >= 0:
            continue
        reason, term = contribution["reason"], contribution["term"]
        if reason.startswith("complaint signal: "):
            term = reason[len("complaint signal: "):].split(",")[0]
        elif any(c.isalpha() or ord(c) > 127 for c in term):
            term = " ".join(term.lower().split())
        else:
            continue
        if term not in terms:
            terms.append(term)
    return "\n".join(terms) or None


TERMS = {(template, brand): negative_terms(template.format(b=brand, d=3)) for template in NEGATIVE for brand in BRANDS}
now = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0)
rng = random.Random(11)


def stamp(moment):
    return moment.strftime("%Y-%m-%d %H:%M:%S.000")


started = time.perf_counter()
connection = sqlite3.connect(database)
connection.execute("PRAGMA journal_mode = WAL")
connection.execute("PRAGMA synchronous = OFF")
connection.executemany("INSERT OR IGNORE INTO source (name, url) VALUES (?, ?)", [(s, str(out / "never-fetched.xml")) for s in SOURCES])
mentions, events = [], []
# Polls store mentions as they appear, so ids grow with time: the oldest first.
ages = sorted((rng.random() ** 1.3 * 365 * 86400 for _ in range(args.mentions)), reverse=True)
for number, age in enumerate(ages, start=1):
    published = now - datetime.timedelta(seconds=age)
    brand = rng.choice(BRANDS)
    roll = rng.random()
    label, texts, score = ("negative", NEGATIVE, -0.6) if roll < 0.3 else ("neutral", NEUTRAL, 0.0) if roll < 0.75 else ("positive", POSITIVE, 0.6)
    template = rng.choice(texts)
    text = template.format(b=brand, d=rng.randint(2, 9))
    status, changed = "open", None
    if label == "negative":
        recent = age < 7 * 86400
        fate = rng.random()
        if fate < (0.4 if recent else 0.85):
            status, changed = "answered", published + datetime.timedelta(hours=rng.lognormvariate(1.5, 1.0))
            if changed > now:
                status, changed = "open", None
        elif fate < (0.45 if recent else 0.95):
            status, changed = "ignored", published + datetime.timedelta(hours=rng.random() * 48)
            if changed > now:
                status, changed = "open", None
    elif age > 30 * 86400 or rng.random() < 0.5:
        status, changed = "ignored", published + datetime.timedelta(hours=1)
        if changed > now:
            status, changed = "open", None
    reach = int(rng.lognormvariate(8, 1.5))
    mentions.append((number, rng.choice(SOURCES), f"id:bench-{number}", f"https://forum.example/t/{number}", text, text,
                     f"klant{number % 5000}", stamp(published), stamp(published + datetime.timedelta(minutes=10)), brand, "nl", score,
                     label, reach, status, stamp(changed) if changed else None, "agent" if changed else None,
                     TERMS[(template, brand)] if label == "negative" else None))
    if changed:
        events.append((number, stamp(changed), "agent", status))
    if len(mentions) == 50_000:
        connection.executemany("""INSERT INTO mention (id, source, itemKey, url, title, text, author, publishedAt, firstSeenAt, brand,
                                  language, score, label, reach, status, statusChangedAt, statusChangedBy, negativeTerms)
                                  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", mentions)
        connection.executemany("INSERT INTO mentionEvent (mentionId, at, actor, action) VALUES (?, ?, ?, ?)", events)
        mentions, events = [], []
if mentions:
    connection.executemany("""INSERT INTO mention (id, source, itemKey, url, title, text, author, publishedAt, firstSeenAt, brand,
                              language, score, label, reach, status, statusChangedAt, statusChangedBy, negativeTerms)
                              VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", mentions)
    connection.executemany("INSERT INTO mentionEvent (mentionId, at, actor, action) VALUES (?, ?, ?, ?)", events)
connection.commit()
connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
connection.close()
filled = time.perf_counter() - started

# One real poll: it stores the example forum's mentions and gathers the planner's statistics, as every poll does.
webcare("poll", check=False)
connection = sqlite3.connect(database)
open_negative = connection.execute("SELECT COUNT(*) FROM mention WHERE status = 'open' AND label = 'negative'").fetchone()[0]
size = database.stat().st_size / 1e6
print(f"inbox and report: {args.mentions:,} mentions ({open_negative:,} open negative), {size:.0f} MB, filled in {filled:.0f} s; "
      f"median of {args.runs} runs")

INBOX = ("SELECT * FROM mention WHERE status = 'open' AND label = ? "
         "ORDER BY reach DESC, COALESCE(publishedAt, firstSeenAt) ASC, id ASC LIMIT ?")
plan = connection.execute("EXPLAIN QUERY PLAN " + INBOX, ("negative", 50)).fetchall()
print("  plan: " + "; ".join(row[-1] for row in plan))


def spread(times):
    return f"{statistics.median(times) * 1000:7.2f} ms  (runs: {min(times) * 1000:.2f} – {max(times) * 1000:.2f})"


def query_times(sql, parameters):
    times = []
    for _ in range(args.runs * 3):
        begin = time.perf_counter()
        connection.execute(sql, parameters).fetchall()
        times.append(time.perf_counter() - begin)
    return times


print(f"  {'inbox query (50 rows, SQL only)':<44} {spread(query_times(INBOX, ('negative', 50)))}")
count = "SELECT COUNT(*) FROM mention WHERE status = 'open' AND label = ?"
print(f"  {'inbox count (the footer)':<44} {spread(query_times(count, ('negative',)))}")


def command_times(*arguments):
    times = []
    for _ in range(args.runs):
        begin = time.perf_counter()
        webcare(*arguments)
        times.append(time.perf_counter() - begin)
    return times


for name, arguments in [("webcare inbox", ["inbox"]),
                        ("webcare inbox --json --limit 50", ["inbox", "--json", "--limit", "50"]),
                        ("webcare inbox --brand Pakkie", ["inbox", "--brand", "Pakkie"]),
                        ("webcare inbox --overdue", ["inbox", "--overdue"]),
                        ("webcare report --week", ["report", "--week"]),
                        ("webcare report --week --format html", ["report", "--week", "--format", "html"])]:
    print(f"  {name:<44} {spread(command_times(*arguments))}")
floor = command_times("--version")
print(f"  {'webcare --version (process start floor)':<44} {spread(floor)}")
