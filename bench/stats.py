#!/usr/bin/env python3
"""Turns the raw measurements of bench/startup.sh and bench/scale.sh into the tables they print.

  stats.py hyperfine RESULT.json >> times.tsv   one "label<TAB>seconds" line per timed run
  stats.py gcpeak GC.log                       the peak heap use (MiB) in a -Xlog:gc,gc+heap+exit log
  stats.py table DIR [--baseline LABEL] [LABEL::LIMIT[,LIMIT] ...]

The table reads DIR/times.tsv and, when present, DIR/rss.tsv ("label<TAB>KiB") and DIR/heap.tsv
("label<TAB>MiB"); each column shows the largest value seen for a label. A LIMIT is a ratio of medians to the
baseline's ("2.5x"), a median time ("1.5s"), a peak RSS ("80MiB"), a peak heap ("heap<256MiB") or another
row's median ("<=LABEL"); each row says whether it keeps all of its limits. Exits 1 when a row does not.
"""
import json
import os
import re
import statistics
import sys


def hyperfine(path):
    with open(path) as f:
        for result in json.load(f)["results"]:
            for seconds in result["times"]:
                print(f"{result['command']}\t{seconds}")


def gcpeak(path):
    """The largest heap use seen: before any collection, or at exit (young plus old generation)."""
    peak = 0.0
    at_exit = 0.0
    with open(path) as f:
        for line in f:
            for before in re.findall(r"\) (\d+)M->\d+M\(", line):
                peak = max(peak, float(before))
            used = re.search(r"(generation|space)\s+total \d+K, used (\d+)K", line)
            if used and "gc,heap,exit" in line and "generation" in line:
                at_exit += int(used.group(2)) / 1024
    print(f"{max(peak, at_exit):.0f}")


def read(path, convert):
    values = {}
    if os.path.exists(path):
        with open(path) as f:
            for line in f:
                label, _, value = line.rstrip("\n").rpartition("\t")
                if label:
                    values.setdefault(label, []).append(convert(value))
    return values


def keeps(limit, median, ratio, rss, heap, times):
    if limit.startswith("<="):
        return limit[2:] in times and median <= statistics.median(times[limit[2:]])
    if limit.startswith("heap<"):
        return heap is not None and heap < float(limit[5:-3])
    if limit.endswith("x"):
        return ratio is not None and ratio <= float(limit[:-1])
    if limit.endswith("MiB"):
        return rss is not None and rss <= float(limit[:-3])
    return median <= float(limit[:-1])


def table(directory, args):
    baseline = None
    limits = {}
    while args:
        arg = args.pop(0)
        if arg == "--baseline":
            baseline = args.pop(0)
        else:
            label, _, spec = arg.partition("::")
            limits[label] = spec.split(",")
    times = read(os.path.join(directory, "times.tsv"), float)
    rss = read(os.path.join(directory, "rss.tsv"), lambda kib: int(kib) / 1024)
    heap = read(os.path.join(directory, "heap.tsv"), float)
    base = statistics.median(times[baseline]) if baseline in times else None
    width = max(len(label) for label in times)
    columns = [f"{'command':<{width}}", f"{'median':>9}", f"{'min':>9}", f"{'runs':>4}"]
    columns += [f"{'ratio':>6}"] if base else []
    columns += [f"{'peak RSS':>9}"] if rss else []
    columns += [f"{'peak heap':>9}"] if heap else []
    columns += ["target"]
    header = "  ".join(columns)
    print(header)
    print("-" * len(header))
    all_kept = True
    for label, values in times.items():
        median = statistics.median(values)
        ratio = median / base if base else None
        peak_rss = max(rss[label]) if label in rss else None
        peak_heap = max(heap[label]) if label in heap else None
        row = [f"{label:<{width}}", f"{median * 1000:>6.0f} ms", f"{min(values) * 1000:>6.0f} ms", f"{len(values):>4}"]
        if base:
            row.append(f"{ratio:>5.2f}x")
        if rss:
            row.append(f"{peak_rss:>5.0f} MiB" if peak_rss is not None else " " * 9)
        if heap:
            row.append(f"{peak_heap:>5.0f} MiB" if peak_heap is not None else " " * 9)
        if label in limits:
            kept = all(keeps(limit, median, ratio, peak_rss, peak_heap, times) for limit in limits[label])
            all_kept = all_kept and kept
            row.append(", ".join(limits[label]) + ("  ok" if kept else "  OVER"))
        print("  ".join(row))
    return 0 if all_kept else 1


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "hyperfine":
        hyperfine(sys.argv[2])
        return 0
    if len(sys.argv) == 3 and sys.argv[1] == "gcpeak":
        gcpeak(sys.argv[2])
        return 0
    if len(sys.argv) >= 3 and sys.argv[1] == "table":
        return table(sys.argv[2], sys.argv[3:])
    print(__doc__.strip(), file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
