#!/usr/bin/env python3
"""Checks that two webcare binaries score texts identically: `score` and `score --json --explain` on the
development and review sets, on short texts as bench/sentiment.py builds them, on long texts (8-10 dev and
review texts joined, about the size of a polled mention) and on mangled texts (dev words joined into compounds,
elongated, shouted, prefixed, accented, curly apostrophes, emoji, bytes that are not UTF-8). Byte-for-byte:
scores, labels, languages and every explanation line. Also writes the corpora, for measuring.

usage: Scripts/compare-sentiment.py --old BIN --new BIN [--out DIR] [--short N] [--long N] [--mangled N]
       Scripts/compare-sentiment.py --corpora-only [--out DIR] ...
"""
import argparse
import pathlib
import random
import subprocess
import sys

parser = argparse.ArgumentParser()
parser.add_argument("--old")
parser.add_argument("--new")
parser.add_argument("--out", default="bench-out/compare")
parser.add_argument("--short", type=int, default=100000)
parser.add_argument("--long", type=int, default=10000)
parser.add_argument("--mangled", type=int, default=50000)
parser.add_argument("--corpora-only", action="store_true")
args = parser.parse_args()
if not args.corpora_only and not (args.old and args.new):
    parser.error("--old and --new are needed (or --corpora-only)")

root = pathlib.Path(__file__).resolve().parent.parent
fixtures = root / "Tests/Fixtures/sentiment"
out = pathlib.Path(args.out)
out.mkdir(parents=True, exist_ok=True)


def texts_of(name):
    return [line.split("\t", 1)[1] for line in (fixtures / f"{name}.tsv").read_text().splitlines() if "\t" in line]


sets = ["nl", "en", "reviews-tune-nl", "reviews-tune-en", "reviews-heldout-nl", "reviews-heldout-en"]
corpora = {name: texts_of(name) for name in sets}
development = corpora["nl"] + corpora["en"]
everything = [text for name in sets for text in corpora[name]]

# Short texts exactly as bench/sentiment.py draws them.
random.seed(7)
corpora["short"] = [random.choice(development) for _ in range(args.short)]

generator = random.Random(11)
corpora["long"] = [" ".join(generator.choice(everything) for _ in range(generator.randint(8, 10))) for _ in range(args.long)]

words = sorted({word for text in everything for word in text.split()})
prefixes = ["super", "kut", "mega", "hyper", "kei", "bloed", "dood", "klote", "over", "on", "ultra", "reuze"]
emoji = ["🙄", "🙃", "😡", "😀", "👍", "❤️", "💩", "😢", ":)", ":(", ":-D", "XD", ";)", ":'("]


def mangle(word):
    choice = generator.randrange(14)
    if choice == 0:
        return word.upper()
    if choice == 1 and word:
        at = generator.randrange(len(word))
        return word[:at] + word[at] * generator.randint(2, 5) + word[at:]
    if choice == 2:
        return generator.choice(prefixes) + word.lower()
    if choice == 3:
        return word + generator.choice(words).lower().strip(".,!?")
    if choice == 4:
        return word.replace("e", "ë").replace("a", "á")
    if choice == 5:
        return word.replace("'", "’")
    if choice == 6:
        return generator.choice(emoji)
    if choice == 7:
        return word + generator.choice(["!!", "?!", "???", "...", ",", ";", "'", "’"])
    if choice == 8:
        return word + generator.choice(["loos", "loze", "heid"])
    return word


def mangled_text():
    text = generator.choice(everything) if generator.random() < 0.7 else " ".join(generator.choice(everything) for _ in range(3))
    return " ".join(mangle(word) for word in text.split())


corpora["mangled"] = [mangled_text() for _ in range(args.mangled)]

for name, texts in corpora.items():
    (out / f"{name}.txt").write_text("\n".join(texts) + "\n")
# Bytes that are not UTF-8, and other lines only stdin carries (plain `score` reads bytes as they are).
raw = bytearray()
for index, text in enumerate(corpora["mangled"][:5000]):
    data = bytearray(text.encode())
    for _ in range(generator.randint(0, 3)):
        if data:
            data[generator.randrange(len(data))] = generator.choice([0x80, 0xC3, 0xE2, 0xF0, 0xFF, 0x09, 0x0D, 0x00])
    raw += data + b"\n"
(out / "raw-bytes.txt").write_bytes(bytes(raw))
if args.corpora_only:
    sys.exit(0)

environment = {"PATH": "/usr/bin:/bin", "HOME": "/nonexistent"}
failures = 0
checked = 0
for name in list(corpora) + ["raw-bytes"]:
    path = out / f"{name}.txt"
    lines = path.read_bytes().count(b"\n")
    for options in (["score"], ["score", "--json", "--explain"], ["score", "--explain"]):
        results = []
        for binary in (args.old, args.new):
            with open(path, "rb") as stdin:
                results.append(subprocess.run([binary] + options, stdin=stdin, capture_output=True, check=True, env=environment).stdout)
        old, new = results
        if old != new:
            failures += 1
            old_lines, new_lines = old.splitlines(), new.splitlines()
            first = next((i for i, (a, b) in enumerate(zip(old_lines, new_lines)) if a != b), min(len(old_lines), len(new_lines)))
            print(f"DIFFERENT: {name} {' '.join(options)} at output line {first + 1}")
            print(f"  old: {old_lines[first][:300] if first < len(old_lines) else '<end>'}")
            print(f"  new: {new_lines[first][:300] if first < len(new_lines) else '<end>'}")
        else:
            print(f"same: {name:<20} {' '.join(options):<28} {lines:>7} texts, {len(old):>10} bytes of output")
    checked += lines
print(f"{checked} texts, each in 3 output modes: {'ALL IDENTICAL' if failures == 0 else f'{failures} DIFFERENCES'}")
sys.exit(1 if failures else 0)
