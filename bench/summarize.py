#!/usr/bin/env python3
"""Summarizes bench/run.sh measurements (results.csv) as Markdown tables of medians.

    bench/summarize.py bench/sites/results.csv
"""

import csv
import statistics
import sys
from collections import defaultdict

TOOLS = ("hugo", "steppe", "steppe-nosearch")
# Each steppe build and the peer pipeline that does the same work: with the search index, Hugo
# followed by the Pagefind CLI; without it, Hugo alone.
PAIRS = (("steppe", "hugo-pagefind", "with search"), ("steppe-nosearch", "hugo", "without search"),
         # The images corpus: a second build with each tool's cache warm.
         ("steppe-nosearch-repeat", "hugo-repeat", "without search, repeat"))


def main(path):
    runs = defaultdict(list)
    for row in csv.DictReader(open(path)):
        # Files from before the second corpus have no corpus column: they measured "wire".
        group = "briefing" if row["size"] == "briefing" else f'{row.get("corpus") or "wire"} {row["size"]}'
        runs[(group, row["tool"])].append(row)

    def median(size, tool, key):
        values = [float(r[key]) for r in runs[(size, tool)]]
        return statistics.median(values) if values else None

    def cpu(size, tool):
        values = [float(r["user_s"]) + float(r["sys_s"]) for r in runs[(size, tool)]]
        return statistics.median(values) if values else None

    def pages(size, tool):
        return int(runs[(size, tool)][0]["html_pages"])

    def order(group):
        corpus, size = group.split()
        return (corpus != "wire", corpus, int(size))

    def label(group):
        corpus, size = group.split()
        return f"{int(size):,} ({corpus})"

    sizes = sorted({s for s, _ in runs if s != "briefing"}, key=order)
    gib = lambda kib: f"{kib / 1024 / 1024:.2f} GiB" if kib >= 1024 * 1024 else f"{kib / 1024:.0f} MiB"

    print("| articles per language | search | steppe wall / peak | peer | peer wall / peak"
          " | ratio wall | ratio peak | runs |")
    print("|---|---|---|---|---|---|---|---|")
    for size in sizes:
        for tool, peer, kind in PAIRS:
            if not runs[(size, peer)] or not runs[(size, tool)]:
                continue
            w, pw = median(size, tool, "wall_s"), median(size, peer, "wall_s")
            m, pm = median(size, tool, "peak_kib"), median(size, peer, "peak_kib")
            name = "Hugo + Pagefind CLI" if peer == "hugo-pagefind" else "Hugo"
            print(f"| {label(size)} | {kind} | {w:.2f} s / {gib(m)} | {name} | {pw:.2f} s / {gib(pm)} "
                  f"| {w / pw:.2f} | {m / pm:.2f} | {len(runs[(size, tool)])} |")

    repeats = [(size, kind) for size in sizes for kind in ("steppe-nosearch", "steppe")
               if runs[(size, f"{kind}-fill")] and runs[(size, f"{kind}-repeat-edit")]]
    if repeats:
        print()
        print("| articles per language | search | clean build, filling the cache | repeat after one edit"
              " | ratio wall | ratio CPU |")
        print("|---|---|---|---|---|---|")
    for size, kind in repeats:
        fill, edit = f"{kind}-fill", f"{kind}-repeat-edit"
        w, ew = median(size, fill, "wall_s"), median(size, edit, "wall_s")
        c, ec = cpu(size, fill), cpu(size, edit)
        search = "off" if kind == "steppe-nosearch" else "on"
        print(f"| {label(size)} | {search} | {w:.2f} s ({c:.2f} s CPU) | {ew:.2f} s ({ec:.2f} s CPU) "
              f"| {ew / w:.2f} | {ec / c:.2f} |")

    full = [size for size in sizes if all(runs[(size, t)] for t in TOOLS)]
    if full:
        print()
        print("| articles per language | CPU user+sys: Hugo | steppe | steppe without search"
              " | wall per page: Hugo | steppe | steppe without search"
              " | CPU per page: Hugo | steppe | steppe without search |")
        print("|---|---|---|---|---|---|---|---|---|---|")
    for size in full:
        walls = [median(size, t, "wall_s") * 1000 / pages(size, t) for t in TOOLS]
        cpus = [cpu(size, t) for t in TOOLS]
        per_page = [c * 1000 / pages(size, t) for c, t in zip(cpus, TOOLS)]
        print(f"| {label(size)} | " + " | ".join(f"{c:.2f} s" for c in cpus) + " | "
              + " | ".join(f"{w:.2f} ms" for w in walls) + " | "
              + " | ".join(f"{p:.2f} ms" for p in per_page) + " |")

    if runs[("briefing", "steppe")]:
        print()
        print("| briefing site (this repository) | wall (median) | min | max | peak | runs |")
        print("|---|---|---|---|---|---|")
        for tool, title in (("steppe", "steppe build"), ("steppe-nosearch", "steppe build --no-search")):
            walls = [float(r["wall_s"]) for r in runs[("briefing", tool)]]
            print(f"| `{title}` | {statistics.median(walls) * 1000:.0f} ms | {min(walls) * 1000:.0f} ms "
                  f"| {max(walls) * 1000:.0f} ms | {gib(median('briefing', tool, 'peak_kib'))} | {len(walls)} |")


if __name__ == "__main__":
    main(sys.argv[1])
