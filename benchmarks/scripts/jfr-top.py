#!/usr/bin/env python3
"""Top frames of a JFR recording's execution samples: self time and, for dev.muster frames, total.

usage: benchmarks/scripts/jfr-top.py RECORDING.jfr [ROWS]
"""
import collections, json, subprocess, sys

rec, rows = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 15
out = subprocess.run(["jfr", "print", "--json", "--stack-depth", "64", "--events", "jdk.ExecutionSample", rec],
                     check=True, capture_output=True, text=True).stdout
events = json.loads(out)["recording"]["events"]
self_t, total, own = collections.Counter(), collections.Counter(), collections.Counter()

def name(f):
    m = f["method"]
    return m["type"]["name"].replace("/", ".") + "." + m["name"]

for e in events:
    frames = [name(f) for f in e["values"]["stackTrace"]["frames"]]
    if not frames:
        continue
    self_t[frames[0]] += 1
    for f in set(frames):
        if f.startswith("dev.muster.") and not f.startswith("dev.muster.bench."):
            total[f] += 1
    # first project frame on the stack: where the project's own code spends (incl. JDK callees)
    first = next((f for f in frames if f.startswith("dev.muster.") and not f.startswith("dev.muster.bench.")), None)
    if first:
        own[first] += 1
n = len(events)
for title, c in (("self time (top frame)", self_t), ("self time incl. JDK callees, by nearest dev.muster frame", own),
                 ("total time (on stack), dev.muster frames", total)):
    print(f"\n{title} -- {n} samples")
    for f, k in c.most_common(rows):
        print(f"{100 * k / n:6.1f}%  {f}")
