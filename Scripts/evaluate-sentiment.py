#!/usr/bin/env python3
"""Scores the labelled development set with the built webcare binary and prints accuracy, macro-F1,
the confusion matrix and (with --mistakes) every text it got wrong.

The review sets (reviews-tune-nl, reviews-heldout-en, ...) are positive/negative only and are measured as a
public binary benchmark would: score > 0 positive, < 0 negative, 0 wrong. Tune on reviews-tune-*; do not read
the mistakes on reviews-heldout-* to choose words or rules, or it stops saying how the scorer generalises.
The same holds for heldout2-* (three classes, genres the scorer was not tuned on): tune on complaints-tune-*.

Every set also prints negative recall and precision (a missed complaint is the worst failure): on a review set
"predicted negative" means a score below 0, elsewhere the label negative. `all` scores every set in
Tests/Fixtures/sentiment.

usage: Scripts/evaluate-sentiment.py [--bin PATH] [--mistakes] [all|nl|en|reviews-tune-nl|heldout2-en|complaints-tune-nl ...]
"""
import json
import pathlib
import subprocess
import sys

root = pathlib.Path(__file__).resolve().parent.parent
args = sys.argv[1:]
binary = str(root / ".build/debug/webcare")
if "--bin" in args:
    binary = args[args.index("--bin") + 1]
    del args[args.index("--bin"):args.index("--bin") + 2]
show_mistakes = "--mistakes" in args
languages = [a for a in args if not a.startswith("--")] or ["nl", "en"]
if "all" in languages:
    languages = sorted(path.stem for path in (root / "Tests/Fixtures/sentiment").glob("*.tsv"))
labels = ["negative", "neutral", "positive"]


def f1(label, pairs):
    """F1 of one label over (expected, predicted) pairs."""
    tp = sum(1 for e, p in pairs if e == label and p == label)
    predicted_count = sum(1 for _, p in pairs if p == label)
    actual = sum(1 for e, _ in pairs if e == label)
    precision = tp / predicted_count if predicted_count else 0
    recall = tp / actual if actual else 0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0


def negative_recall_precision(pairs):
    """Recall and precision of the negative label over (expected, predicted) pairs, as text."""
    tp = sum(1 for e, p in pairs if e == "negative" and p == "negative")
    actual = sum(1 for e, _ in pairs if e == "negative")
    predicted_count = sum(1 for _, p in pairs if p == "negative")
    recall = tp / actual if actual else 0
    precision = tp / predicted_count if predicted_count else 0
    return f"negative recall {recall:.3f} ({tp}/{actual})  precision {precision:.3f} ({tp}/{predicted_count})"


for language in languages:
    rows = [line.split("\t", 1) for line in (root / f"Tests/Fixtures/sentiment/{language}.tsv").read_text().splitlines() if "\t" in line]
    texts = "\n".join(text for _, text in rows) + "\n"
    # No config file: the scorer runs with its defaults.
    out = subprocess.run([binary, "score", "--json"], input=texts, capture_output=True, text=True, env={"HOME": "/nonexistent"})
    predicted = [json.loads(line) for line in out.stdout.splitlines()]
    if language.startswith("reviews-"):
        signs = [(label, "positive" if p["score"] > 0 else "negative" if p["score"] < 0 else "zero", text, p["score"])
                 for (label, text), p in zip(rows, predicted)]
        f1s = [f1(label, [(e, s) for e, s, _, _ in signs]) for label in ["positive", "negative"]]
        correct = sum(1 for e, s, _, _ in signs if e == s)
        print(f"{language}: {len(signs)} texts  binary accuracy {correct / len(signs):.3f}  F1 positive {f1s[0]:.3f}  "
              f"macro-F1 {sum(f1s) / 2:.3f}  scored 0: {sum(1 for _, s, _, _ in signs if s == 'zero')}")
        print("  " + negative_recall_precision([(e, s) for e, s, _, _ in signs]))
        if show_mistakes:
            for e, s, text, score in signs:
                if e != s:
                    print(f"  {e:>8} → {s:<8} {score:+.2f}  {text}")
        continue
    pairs = [(label, p["label"], text, p["score"]) for (label, text), p in zip(rows, predicted)]
    correct = sum(1 for e, p, _, _ in pairs if e == p)
    f1s = [f1(label, [(e, p) for e, p, _, _ in pairs]) for label in labels]
    binary_pairs = [(e, p) for e, p, _, _ in pairs if e != "neutral"]
    binary_correct = sum(1 for e, p in binary_pairs if e == p)
    print(f"{language}: {len(pairs)} texts  accuracy {correct / len(pairs):.3f}  macro-F1 {sum(f1s) / 3:.3f}  "
          f"polar texts labelled right {binary_correct / len(binary_pairs):.3f}  "
          f"polar texts scored exactly 0: {sum(1 for e, _, _, score in pairs if e != 'neutral' and score == 0)}")
    print("  " + negative_recall_precision([(e, p) for e, p, _, _ in pairs]))
    print("  expected \\ predicted  " + "  ".join(f"{l:>8}" for l in labels))
    for expected in labels:
        counts = [sum(1 for e, p, _, _ in pairs if e == expected and p == predicted) for predicted in labels]
        print(f"  {expected:>20}  " + "  ".join(f"{c:>8}" for c in counts))
    if show_mistakes:
        for e, p, text, score in pairs:
            if e != p:
                print(f"  {e:>8} → {p:<8} {score:+.2f}  {text}")
