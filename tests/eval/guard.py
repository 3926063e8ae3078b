#!/usr/bin/python3
"""The eval guard that make test runs: every figure recorded in
tests/eval/figures/<capability>.json must still be reached, within 0.01.

A figures file maps data set -> {metric: value}; only the metrics listed are
guarded (counts and timings are not). Prints one `ok`/`FAIL` line per data
set, or `skip` lines when the shared data is absent.
"""
import glob
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOLERANCE = 0.01


def main():
    shared = os.environ.get("SHARED", "../shared")
    ext = sys.argv[1] if len(sys.argv) > 1 else "./news.so"
    files = sorted(glob.glob(os.path.join(HERE, "figures", "*.json")))
    if not os.path.isdir(os.path.join(shared, "data")):
        for f in files:
            print("skip eval:%s: %s/data absent" % (os.path.basename(f)[:-5], shared))
        return 0
    out = os.path.join("build", "eval-guard.json")
    os.makedirs("build", exist_ok=True)
    caps = [os.path.basename(f)[:-5] for f in files]
    p = subprocess.run([sys.executable, os.path.join(HERE, "eval.py"), "--shared", shared,
                        "--ext", ext, "--out", out] + caps, capture_output=True, text=True)
    if p.returncode != 0:
        print("FAIL eval: eval.py exited %d\n%s" % (p.returncode, p.stderr[-2000:]))
        return 1
    measured = {}
    for r in json.load(open(out)):
        measured[(r["capability"], r["dataset"])] = r
    failed = 0
    for f in files:
        cap = os.path.basename(f)[:-5]
        for dataset, metrics in json.load(open(f)).items():
            got = measured.get((cap, dataset))
            bad = []
            for m, want in metrics.items():
                have = got.get(m) if got else None
                if have is None or have < want - TOLERANCE:
                    bad.append("%s %s < %s" % (m, have, want))
            name = "eval:%s:%s" % (cap, dataset)
            if bad:
                failed += 1
                print("FAIL %s: %s" % (name, "; ".join(bad)))
            else:
                print("ok %s" % name)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
