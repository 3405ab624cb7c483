#!/usr/bin/env python3
"""Poll benchmark: N synthetic feeds (RSS and Atom, 50 items each, Dutch and English, about 28% of items
naming a configured brand) served by nginx on 127.0.0.1. For each N it measures a first poll into an empty
database, a poll where nothing changed (all 304), a poll where 10% of the feeds changed, and curl --parallel
fetching the same URLs from the same server in the same run (the floor), plus peak memory. Each figure is
the median of several runs, with the spread."""
import argparse
import os
import pathlib
import random
import shutil
import socket
import statistics
import subprocess
import sys
import time

parser = argparse.ArgumentParser()
parser.add_argument("--bin", required=True)
parser.add_argument("--sizes", default="200,1000")
parser.add_argument("--runs", type=int, default=3)
parser.add_argument("--out", default="bench-out")
args = parser.parse_args()

out = pathlib.Path(args.out).resolve()
random.seed(42)

NL_COMPLAINTS = ["Al {d} dagen geen internet bij {b}, echt waardeloos.", "De klantenservice van {b} is onbereikbaar, ik hang al een uur in de wacht.",
                 "{b} heeft mijn factuur dubbel afgeschreven en reageert niet.", "Monteur van {b} kwam weer niet opdagen."]
NL_PRAISE = ["Top geholpen door {b}, netjes opgelost!", "Snel en vriendelijk geholpen door de chat van {b}."]
EN_COMPLAINTS = ["{b} internet has been down for {d} days, terrible service.", "Still waiting for my refund from {b}, never again."]
EN_PRAISE = ["Great support from {b}, sorted it out in minutes.", "Thanks {b}, the engineer was brilliant."]
NEUTRAL = ["Nieuwe smartphone getest: de accu houdt twee dagen vol.", "The city council discussed the new cycling lanes on Tuesday.",
           "Recept van de week: stamppot met boerenkool en rookworst.", "Chip maker opens a second plant near Eindhoven."]
FILLER = ("Lorem de tekst gaat hier verder met wat achtergrond over de situatie en wat er eerder gebeurde, zodat het item "
          "ongeveer zo lang is als een echt forumbericht of nieuwsartikel in een feed. ") * 3
BRANDS = ["Telvio", "Pakkie"]


def item_text(rng):
    roll = rng.random()
    brand = rng.choice(BRANDS)
    if roll < 0.18:
        return rng.choice(NL_COMPLAINTS + EN_COMPLAINTS).format(b=brand, d=rng.randint(2, 9))
    if roll < 0.28:
        return rng.choice(NL_PRAISE + EN_PRAISE).format(b=brand)
    return rng.choice(NEUTRAL)


def write_feed(path, number, generation):
    rng = random.Random(number * 1000 + generation)
    atom = number % 2 == 1
    items = []
    for i in range(50):
        key = f"{number}-{generation}-{i}" if i < 5 else f"{number}-0-{i}"
        text = item_text(rng)
        title = text.split(",")[0][:80]
        body = f"&lt;p&gt;{text}&lt;/p&gt;&lt;p&gt;{FILLER}&lt;/p&gt;"
        if atom:
            items.append(f"<entry><id>tag:bench,2026:{key}</id><title>{title}</title><link href=\"https://bench.example/{key}\"/>"
                         f"<published>2026-11-20T10:{i:02d}:00+01:00</published><author><name>user{i}</name></author>"
                         f"<content type=\"html\">{body}</content></entry>")
        else:
            items.append(f"<item><guid isPermaLink=\"false\">{key}</guid><title>{title}</title><link>https://bench.example/{key}</link>"
                         f"<pubDate>Fri, 20 Nov 2026 10:{i:02d}:00 +0100</pubDate><description>{body}</description></item>")
    if atom:
        doc = ("<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>bench "
               f"{number}</title><id>tag:bench,2026:{number}</id>" + "".join(items) + "</feed>")
    else:
        doc = f"<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>bench {number}</title>" + "".join(items) + "</channel></rss>"
    path.write_text(doc)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_nginx(root, port):
    if not shutil.which("nginx"):
        subprocess.run(["apt-get", "install", "-y", "-qq", "nginx-light"], check=True, stdout=subprocess.DEVNULL)
    prefix = out / "nginx"
    (prefix / "logs").mkdir(parents=True, exist_ok=True)
    conf = prefix / "nginx.conf"
    conf.write_text(f"""
worker_processes 2;
pid {prefix}/nginx.pid;
error_log {prefix}/logs/error.log;
events {{ worker_connections 4096; }}
http {{
    access_log off;
    sendfile on;
    keepalive_requests 100000;
    types {{ application/rss+xml xml; }}
    server {{ listen 127.0.0.1:{port}; root {root}; }}
}}
""")
    process = subprocess.Popen(["nginx", "-c", str(conf), "-p", str(prefix), "-g", "daemon off;"])
    for _ in range(50):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.1).close()
            return process
        except OSError:
            time.sleep(0.1)
    raise SystemExit("nginx did not start")


def measure(command, env=None):
    """Wall seconds and peak RSS (MiB) of one run; stderr captured."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    stderr = process.stderr.read().decode()
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) not in (0,):
        print(f"    (exit {os.waitstatus_to_exitcode(status)}: {stderr.strip()[:200]})")
    return elapsed, usage.ru_maxrss / 1024, stderr


def summary(values):
    return f"{statistics.median(values):7.3f} s  (runs {min(values):.3f} – {max(values):.3f})"


for size in [int(s) for s in args.sizes.split(",")]:
    root = out / f"www-{size}"
    if root.exists():
        shutil.rmtree(root)
    (root / "feeds").mkdir(parents=True)
    for number in range(size):
        write_feed(root / "feeds" / f"feed{number}.xml", number, 0)
    total_bytes = sum(p.stat().st_size for p in (root / "feeds").iterdir())
    port = free_port()
    nginx = start_nginx(root, port)
    try:
        urls = [f"http://127.0.0.1:{port}/feeds/feed{n}.xml" for n in range(size)]
        workspace = out / f"poll-{size}"
        workspace.mkdir(exist_ok=True)
        config = workspace / "config.json"
        sources = ",\n".join(f'{{"name": "feed {n}", "url": "{u}"}}' for n, u in enumerate(urls))
        config.write_text('{"database": "bench.sqlite", "brands": [{"name": "Telvio"}, {"name": "Pakkie"}], '
                          f'"sources": [{sources}]}}')
        curl_config = workspace / "curl.txt"
        curl_config.write_text("".join(f'url = "{u}"\noutput = "/dev/null"\n' for u in urls))
        database = workspace / "bench.sqlite"
        poll = [args.bin, "poll", "--config", str(config), "--timings"]

        def fresh_database():
            for suffix in ("", "-wal", "-shm"):
                pathlib.Path(str(database) + suffix).unlink(missing_ok=True)

        print(f"N = {size} feeds, {total_bytes / 1e6:.1f} MB, 50 items each, served by nginx on 127.0.0.1")
        curl_times = [measure(["curl", "-s", "--parallel", "--parallel-max", "16", "--config", str(curl_config)])[0] for _ in range(args.runs + 2)]
        when = time.strftime("%a, %d %b %Y %H:%M:%S GMT", time.gmtime(time.time() + 3600))
        curl_304 = [measure(["curl", "-s", "--parallel", "--parallel-max", "16", "-H", f"If-Modified-Since: {when}",
                             "--config", str(curl_config)])[0] for _ in range(args.runs + 2)]

        first, first_rss, stage_lines = [], [], []
        for _ in range(args.runs):
            fresh_database()
            elapsed, rss, stderr = measure(poll)
            first.append(elapsed)
            first_rss.append(rss)
            stage_lines.append(stderr.strip().splitlines()[-1] if stderr.strip() else "")
        unchanged, unchanged_rss = [], []
        for _ in range(args.runs):
            elapsed, rss, _ = measure(poll)
            unchanged.append(elapsed)
            unchanged_rss.append(rss)
        changed, changed_rss = [], []
        for run in range(args.runs):
            for number in random.sample(range(size), size // 10):
                write_feed(root / "feeds" / f"feed{number}.xml", number, run + 1)
            elapsed, rss, _ = measure(poll)
            changed.append(elapsed)
            changed_rss.append(rss)
        count = subprocess.run(["sqlite3", str(database), "SELECT COUNT(*) FROM mention"], capture_output=True, text=True).stdout.strip() \
            if shutil.which("sqlite3") else "?"

        floor, floor_304 = statistics.median(curl_times), statistics.median(curl_304)
        print(f"  curl --parallel (floor)       {summary(curl_times)}")
        print(f"  curl --parallel, all 304      {summary(curl_304)}")
        print(f"  webcare first poll            {summary(first)}   {statistics.median(first) / floor:.1f}x curl   peak {max(first_rss):.0f} MiB")
        print(f"  webcare poll, all 304         {summary(unchanged)}   {statistics.median(unchanged) / floor_304:.1f}x curl 304   peak {max(unchanged_rss):.0f} MiB")
        print(f"  webcare poll, 10% changed     {summary(changed)}   peak {max(changed_rss):.0f} MiB")
        print(f"  first poll stages (median run): {sorted(stage_lines)[len(stage_lines) // 2].replace('webcare: timings: ', '')}")
        print(f"  mentions stored: {count}")
        print()
    finally:
        nginx.terminate()
        nginx.wait()
