#!/usr/bin/env python3
"""Prints the results section of docs/benchmarks.md from target/bench-results/ (written by scripts/bench.sh)."""
import json
import pathlib
import re
import sys

OUT = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "target/bench-results")


def jmh():
    results = {}
    for run in json.loads((OUT / "jmh.json").read_text()):
        name = run["benchmark"].replace("org.parallax.bench.", "")
        params = " ".join(f"{k}={v}" for k, v in sorted((run.get("params") or {}).items()))
        metric = run["primaryMetric"]
        samples = sum(count for fork in metric["rawDataHistogram"] for it in fork for _, count in it)
        percentiles = metric["scorePercentiles"]
        results[(name, params)] = (samples, percentiles["50.0"], percentiles["99.0"], percentiles["100.0"])
    return results


def mean_seconds(markdown, label):
    for line in (OUT / markdown).read_text().splitlines():
        if label in line:
            cells = [c.strip() for c in line.split("|")]
            value = float(cells[2].split("±")[0])
            return value / 1000 if "[ms]" in (OUT / markdown).read_text().splitlines()[0] else value
    return None


def verdict(ok):
    return "met" if ok else "**missed**"


def main():
    machine = (OUT / "machine.txt").read_text().strip().splitlines()
    print("## Results\n")
    print("Machine and run: " + "; ".join(machine) + ". The machine is shared, so absolute times are noisy;"
          " the ratios compare runs made side by side.\n")
    r = jmh()
    print("### JMH (`SampleTime`, `-f 1 -wi 3 -i 5`, 2 s iterations; times in ms)\n")
    print("| benchmark | params | samples | median | p99 | max |")
    print("|---|---|---:|---:|---:|---:|")
    for (name, params), (samples, p50, p99, worst) in sorted(r.items()):
        print(f"| {name} | {params} | {samples} | {p50:.2f} | {p99:.2f} | {worst:.2f} |")
    print("\nWith few samples (the 100,000-quote loads take over a second each) p99 is the slowest sample.\n")

    print("### Targets\n")
    print("| target | measured | ratio / value | verdict |")
    print("|---|---|---:|---|")
    for q in ("1000", "10000", "100000"):
        load = r.get(("LoadBenchmark.loadAndValidate", f"quotes={q}"))
        floor = r.get(("LoadBenchmark.jacksonReadTree", f"quotes={q}"))
        if load and floor:
            ratio = load[1] / floor[1]
            print(f"| load + validate <= 2x `readTree` ({int(q):,} quotes) | median {load[1]:.1f} ms vs "
                  f"{floor[1]:.1f} ms | {ratio:.2f}x | {verdict(ratio <= 2)} |")
    for bench, what in (("FilterBenchmark.chooseTheme", "choose a theme"), ("FilterBenchmark.typeQuery", "type a query")):
        res = r.get((bench, "quotes=100000"))
        if res:
            print(f"| filter update at 100k ({what}): median <= 16 ms, worst <= 50 ms | median {res[1]:.1f} ms, "
                  f"p99 {res[2]:.1f} ms, worst {res[3]:.1f} ms of {res[0]:,} | | "
                  f"{verdict(res[1] <= 16 and res[3] <= 50)} |")
    startup = (OUT / "startup.txt").read_text()
    frames = {name: (int(first), int(populated)) for name, first, populated in
              re.findall(r"^  (.+?)\s+first\s+(\d+)\s+populated\s+(\d+)", startup, re.M)}
    for label, ours, bare in (("`java -jar`, its archive, vs bare", "parallax java -jar", "bare javafx"),
                              ("no archive, `-Dparallax.cds=off`, vs bare", "parallax no archive", "bare javafx"),
                              ("`java -jar` vs bare with an archive too", "parallax java -jar", "bare javafx+CDS")):
        if ours in frames and bare in frames:
            # the bare window is populated in its first frame; Parallax's first frame is its loading window
            for which, index in (("first frame shown", 0), ("first populated frame", 1)):
                ratio = frames[ours][index] / frames[bare][index]
                print(f"| startup to {which} <= 1.25x bare JavaFX ({label}) | median {frames[ours][index]} ms vs "
                      f"{frames[bare][index]} ms | {ratio:.2f}x | {verdict(ratio <= 1.25)} |")
    jq = mean_seconds("cli-export.md", "jq (theme")
    for fmt in ("json", "csv"):
        ours = mean_seconds("cli-export.md", f"--format {fmt}")
        if jq and ours:
            print(f"| CLI export ({fmt}) faster than jq, one theme of 100k | mean {ours:.2f} s vs jq {jq:.2f} s "
                  f"| {ours / jq:.2f}x | {verdict(ours < jq)} |")
    for pair in ("reworded", "unrelated"):
        git = mean_seconds("cli-diff.md", f"git diff --word-diff ({pair})")
        ours = mean_seconds("cli-diff.md", f"parallax diff --files ({pair})")
        hot = r.get(("DiffBenchmark.compare", f"pair={pair}"))
        if git and ours:
            extra = f"; in-process median {hot[1]:.0f} ms" if hot else ""
            print(f"| diff faster than `git diff --word-diff` ({pair} 10k-word pair) | whole command {ours * 1000:.0f} ms"
                  f" vs git {git * 1000:.0f} ms{extra} | {ours / git:.0f}x | {verdict(ours < git)} |")
    heap = (OUT / "heap.txt").read_text()
    for line in heap.splitlines():
        m = re.search(r"heap (.+?)\s+([\d.]+) MB retained, file \S+\s+([\d.]+) MB, ratio ([\d.]+)", line)
        if m:
            print(f"| heap <= 3x file size ({m.group(1).strip()}) | {m.group(2)} MB for a {m.group(3)} MB file "
                  f"| {m.group(4)}x | {verdict(float(m.group(4)) <= 3)} |")
    print("\n### Side by side (hyperfine, whole commands)\n")
    print((OUT / "cli-export.md").read_text())
    print((OUT / "cli-diff.md").read_text())
    print("### Startup runs (`StartupHarness`, alternating, under Xvfb)\n")
    print("```\n" + startup.strip() + "\n```\n")
    print("### Heap (`HeapProbe`)\n")
    print("```\n" + heap.strip() + "\n```")


if __name__ == "__main__":
    main()
