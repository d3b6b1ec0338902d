"""Sample 5: every framing, several blind readers. Agreement per field of each reader with the model and with
each other, and the framings where readers and model part.

python3 docs/blind/compare5.py data/china-us-ai-labs.json docs/blind/sample-5.json docs/blind/labels-5-*.json
"""
import itertools
import json
import os
import sys
from collections import Counter

model, sample = (json.load(open(p, encoding="utf-8")) for p in sys.argv[1:3])
readers = {os.path.basename(p)[len("labels-5-"):-len(".json")]: {x["id"]: x for x in json.load(open(p, encoding="utf-8"))}
           for p in sys.argv[3:]}
framing = {(p["title"], f["source"]): f for p in model["points"] for f in p["framings"]}
fields = ("stance", "certainty")


def kappa(a, b):
    n = len(a)
    observed = sum(x == y for x, y in zip(a, b)) / n
    ca, cb = Counter(a), Counter(b)
    expected = sum(ca[k] * cb[k] for k in ca) / (n * n)
    return (observed - expected) / (1 - expected) if expected < 1 else 1.0


labels = {"model": {f: [framing[(s["point"], s["source"])][f] for s in sample] for f in fields}}
for name, got in readers.items():
    labels[name] = {f: [got[s["id"]][f] for s in sample] for f in fields}
n = len(sample)
for field in fields:
    print(f"## {field} (n={n}): agreement, Cohen's kappa")
    for a, b in itertools.combinations(labels, 2):
        x, y = labels[a][field], labels[b][field]
        same = sum(p == q for p, q in zip(x, y))
        print(f"  {a:>6} ~ {b:<6} {same:3d}/{n} ({100 * same / n:5.1f}%)  kappa {kappa(x, y):.2f}")
    majority = 0
    for i, s in enumerate(sample):
        votes = Counter(labels[r][field][i] for r in readers)
        top, count = votes.most_common(1)[0]
        if count > len(readers) / 2 and top == labels["model"][field][i]:
            majority += 1
    print(f"  model equals the readers' strict majority on {majority}/{n}")
print("## framings where any reader differs from the model")
for i, s in enumerate(sample):
    for field in fields:
        row = {r: labels[r][field][i] for r in readers}
        m = labels["model"][field][i]
        if any(v != m for v in row.values()):
            others = " ".join(f"{r}={v}" for r, v in row.items())
            print(f"{s['id']} {field:9} model={m:10} {others} | {s['source'][:9]} | {s['point']}")
