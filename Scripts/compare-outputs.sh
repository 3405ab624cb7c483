#!/usr/bin/env bash
# Behaviour unchanged? Runs two webcare binaries over the same inputs at the same (faked) time and compares what
# they print: inbox --json and text, show, history, sources, report (text, markdown, JSON, HTML, CSV),
# check-source --json on every fixture, score and score --json on the sentiment sets.
#   Scripts/compare-outputs.sh OLD_BINARY NEW_BINARY
# Needs faketime (Debian's faketime). Exits 1 when any output differs, and names it.
set -euo pipefail
cd "$(dirname "$0")/.."
old="$(realpath "$1")" new="$(realpath "$2")"
command -v faketime >/dev/null || { echo "compare-outputs: needs faketime (apt-get install faketime)" >&2; exit 2; }
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
at="2026-11-25 12:00:00"

run() {  # run LABEL BINARY ARGS… : stdout and exit code to $work/LABEL/<n>
    local label="$1" bin="$2"; shift 2
    local file="$work/$label/$(printf '%03d' "$count")"
    (cd "$work/$label/home" && NO_COLOR=1 COLUMNS=120 faketime -f "@$at" "$bin" "$@" >"$file.out" 2>"$file.err"; echo "$?" >"$file.rc") || true
    printf '%s\n' "$*" >"$file.args"
}

for label in old new; do
    mkdir -p "$work/$label/home"
    cp -r examples "$work/$label/home/"
    rm -f "$work/$label/home/examples/webcare.sqlite"*
    cp config.example.json "$work/$label/home/config.json"
done
# One database polled by the old binary, copied for both: the read commands then see the same rows.
(cd "$work/old/home" && faketime -f "@$at" "$old" poll --config config.json >/dev/null 2>&1 || true)
cp "$work/old/home/examples/webcare.sqlite" "$work/new/home/examples/webcare.sqlite"

for label in old new; do
    bin=$old; [ "$label" = new ] && bin=$new
    count=0
    for args in "inbox --config config.json --json" "inbox --config config.json" "inbox --config config.json --all --json" \
                "show 1 --config config.json" "show 3 --config config.json" "history 1 --config config.json" \
                "sources --config config.json --json" "sources --config config.json" \
                "report --config config.json --week 2026-W47" "report --config config.json --week 2026-W47 --format markdown" \
                "report --config config.json --week 2026-W47 --format json" "report --config config.json --week 2026-W47 --format html" \
                "report --config config.json --week 2026-W47 --format csv" "score --json Telvio is waardeloos, al drie dagen geen internet" \
                "score Telvio is waardeloos, al drie dagen geen internet" "score --explain Geweldig, weer een storing"; do
        count=$((count + 1)); run "$label" "$bin" $args
    done
    for fixture in Tests/Fixtures/feeds/* Tests/Fixtures/pages/*; do
        count=$((count + 1)); run "$label" "$bin" check-source "$PWD/$fixture" --json
    done
    for set in Tests/Fixtures/sentiment/*.tsv; do
        count=$((count + 1))
        cut -f2 "$set" | (cd "$work/$label/home" && "$bin" score --json >"$work/$label/$(printf '%03d' "$count").out" 2>&1 || true)
        count=$((count + 1))
        cut -f2 "$set" | (cd "$work/$label/home" && "$bin" score >"$work/$label/$(printf '%03d' "$count").out" 2>&1 || true)
    done
done
differ=0
for file in "$work"/old/*.out; do
    name="$(basename "$file" .out)"
    for kind in out rc; do
        [ -f "$work/old/$name.$kind" ] || continue
        if ! cmp -s "$work/old/$name.$kind" "$work/new/$name.$kind"; then
            differ=1
            echo "differs ($kind): $(cat "$work/old/$name.args" 2>/dev/null || echo "score over set $name")"
            diff "$work/old/$name.$kind" "$work/new/$name.$kind" | head -5 || true
        fi
    done
done
total=$(ls "$work"/old/*.out | wc -l)
[ "$differ" = 0 ] && echo "compare-outputs: all $total outputs identical" || { echo "compare-outputs: some outputs differ"; exit 1; }
