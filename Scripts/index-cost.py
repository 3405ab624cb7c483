#!/usr/bin/env python3
"""What each secondary index on `mention` costs a poll's writes: the mentions of a database (a poll's, e.g.
bench-out/poll-1000/bench.sqlite after `make bench`) inserted again, 20 to a transaction as a poll's writer does,
into fresh databases of the same schema, under callgrind: once with every index, once without any, and once
without each. Prints the instructions each index adds. (The inserts run from Python: the figures are differences,
which Python's own share leaves out.)

usage: Scripts/index-cost.py [DATABASE]
"""
import os
import re
import sqlite3
import subprocess
import sys
import tempfile

INDEXES = ["mention_inbox", "mention_started", "mention_source_seen", "mention_brand_seen", "mention_itemKey", "mention_url"]
COLUMNS = ("source, itemKey, url, title, text, author, publishedAt, firstSeenAt, brand, language, score, label, reach, "
           "reachBasis, negativeTerms")


def replay(source, target, dropped):
    """Inserts the mentions of `source` into a new database at `target` without the `dropped` indexes."""
    original = sqlite3.connect(source)
    schema = [sql for (sql,) in original.execute(
        "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY rowid")]
    sources = original.execute("SELECT name, url FROM source").fetchall()
    rows = original.execute(f"SELECT {COLUMNS} FROM mention ORDER BY id").fetchall()
    database = sqlite3.connect(target, isolation_level=None)
    database.execute("PRAGMA journal_mode = WAL")
    database.execute("PRAGMA synchronous = NORMAL")
    for sql in schema:
        if not any(re.search(rf"INDEX {name}\b", sql) for name in dropped):
            database.execute(sql)
    database.executemany("INSERT INTO source (name, url) VALUES (?, ?)", sources)
    insert = (f"INSERT INTO mention ({COLUMNS}) VALUES ({', '.join('?' * 15)}) "
              "ON CONFLICT(source, itemKey) DO NOTHING")
    for start in range(0, len(rows), 20):
        database.execute("BEGIN")
        database.executemany(insert, rows[start:start + 20])
        database.execute("COMMIT")


def instructions(source, dropped):
    with tempfile.TemporaryDirectory() as folder:
        out = os.path.join(folder, "callgrind.out")
        run = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", sys.executable, __file__,
                              "--replay", source, os.path.join(folder, "t.sqlite"), *dropped],
                             capture_output=True, text=True, check=True)
        return int(re.search(r"refs:\s+([\d,]+)", run.stderr).group(1).replace(",", ""))


if len(sys.argv) > 1 and sys.argv[1] == "--replay":
    replay(sys.argv[2], sys.argv[3], sys.argv[4:])
    sys.exit(0)

source = sys.argv[1] if len(sys.argv) > 1 else "bench-out/poll-1000/bench.sqlite"
count = sqlite3.connect(source).execute("SELECT COUNT(*) FROM mention").fetchone()[0]
every = instructions(source, [])
none = instructions(source, INDEXES)
print(f"{count:,} mentions: {every / 1e9:.2f}G instructions with every index, {none / 1e9:.2f}G without any")
for name in INDEXES:
    print(f"  {name:<20} {(every - instructions(source, [name])) / 1e9:.2f}G")
