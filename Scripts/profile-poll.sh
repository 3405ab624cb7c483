#!/usr/bin/env bash
# Instructions of a first poll under callgrind, in all and by stage: the poll benchmark's feeds read from files
# (no network, so the count repeats from run to run), into an empty database. The profile stays in
# bench-out/profile-poll.callgrind.
#
# usage: Scripts/profile-poll.sh [FEEDS-DIR]   (default bench-out/www-1000/feeds, which `make bench` writes)
#        WEBCARE_BIN=path/to/webcare Scripts/profile-poll.sh   profiles that binary (e.g. one built from an older commit)
set -euo pipefail
cd "$(dirname "$0")/.."
feeds="$(cd "${1:-bench-out/www-1000/feeds}" && pwd)"
command -v valgrind >/dev/null || { echo "profile-poll: valgrind is needed (apt-get install valgrind)" >&2; exit 2; }
if [ -n "${WEBCARE_BIN:-}" ]; then
  bin="$WEBCARE_BIN"
else
  swift build -c release --static-swift-stdlib --product webcare >/dev/null
  bin="$(swift build -c release --static-swift-stdlib --show-bin-path)/webcare"
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 - "$feeds" "$work/config.json" <<'PY'
import json, pathlib, sys
files = sorted(pathlib.Path(sys.argv[1]).glob("*.xml"), key=lambda p: (len(p.name), p.name))
sources = [{"name": f"feed {n}", "url": str(f)} for n, f in enumerate(files)]
config = {"database": "profile.sqlite", "brands": [{"name": "Telvio"}, {"name": "Pakkie"}], "sources": sources}
pathlib.Path(sys.argv[2]).write_text(json.dumps(config))
PY
mkdir -p bench-out
profile="$(pwd)/bench-out/profile-poll.callgrind"
valgrind --tool=callgrind --callgrind-out-file="$profile" "$bin" poll --config "$work/config.json" 2>"$work/log"
grep -o "refs: *[0-9,]*" "$work/log" | sed 's/refs: */total instructions: /'
callgrind_annotate --inclusive=yes "$profile" 2>/dev/null | python3 -c '
import re, sys
stages = [("parse", "FeedParserO5parse_"), ("store", "saveNewMentions_2at"), ("score", "scoreWithNegativeTerms"),
          ("match", "BrandMatcherV5match5title"), ("fetch", "FetcherV8fetchAll")]
seen = {}
for line in sys.stdin:
    m = re.match(r"\s*([\d,]+) \(", line)
    if not m:
        continue
    for name, key in stages:
        if key in line and name not in seen:
            seen[name] = int(m.group(1).replace(",", ""))
for name, _ in stages:
    print(f"  {name:<6} {seen.get(name, 0) / 1e9:5.2f}G")
'
echo "the whole profile: callgrind_annotate --inclusive=yes $profile"
