"""Agreement of a blind reader's labels with the model, per field.

python3 docs/blind/compare.py data/china-us-ai-labs.json docs/blind/sample-3.json docs/blind/labels-3-reader-b.json
"""
import json
import sys

model, sample, labels = (json.load(open(p, encoding="utf-8")) for p in sys.argv[1:4])
framing = {(p["title"], f["source"]): f for p in model["points"] for f in p["framings"]}
blind = {x["id"]: x for x in labels}
agree = {"stance": 0, "certainty": 0}
for item in sample:
    f = framing[(item["point"], item["source"])]
    for field in agree:
        if f[field] == blind[item["id"]][field]:
            agree[field] += 1
        else:
            print(item["id"], item["point"], item["source"], field, "model", f[field], "blind", blind[item["id"]][field])
for field, n in agree.items():
    print(f"{field}: {n}/{len(sample)} ({100 * n / len(sample):.1f}%)")
