#!/usr/bin/python3
"""The gold data in ../shared/data is for measuring only: no text from it may
enter the repository (licences; and a rule fitted to a gold sentence would not
hold on unseen news). This check fails when a run of 7 words of any gold text
appears in a tracked file of the repository, or a rare capitalised name from
the project's own news articles does.

Runs in make test (when ../shared is present) and on its own:
    /usr/bin/python3 tests/eval/leakcheck.py [--shared ../shared]
"""
import argparse
import collections
import glob
import json
import os
import re
import subprocess
import sys

N = 8  # words per shingle: long enough that common phrases do not trip it
WORD = re.compile(r"[A-Za-z0-9]+")


def gold_texts(shared):
    data = os.path.join(shared, "data")
    for path in sorted(glob.glob(os.path.join(data, "*", "*.jsonl"))):
        name = os.path.relpath(path, data)
        with open(path, encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                for key in ("text", "title", "target", "speaker"):
                    if isinstance(d.get(key), str):
                        yield name, d[key]


# Names the issues themselves use as examples, and real places: fair game.
ALLOWED = {"Brig", "Hossein", "Salami", "Tasnim", "Fars", "Zarif", "Javad", "Mohammad", "Muhammad",
           "Mohammed", "Jazzayeri", "Jazayeri", "Qassemi", "Ghasemi", "Bahram", "Muscat", "Tehran",
           "Gaza", "Seoul", "Tokyo", "Geneva", "Oman", "Reza",
           # real news agencies and capitals, in the quotes engine's lexicons
           "Yonhap", "Mehr", "Sanaa", "Kinshasa", "Karin", "Mohammad-Javad"}


def shingles(text):
    toks = [t.lower() for t in WORD.findall(text)]
    return {" ".join(toks[i:i + N]) for i in range(len(toks) - N + 1)}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.environ.get("SHARED", "../shared"))
    args = ap.parse_args()
    if not os.path.isdir(os.path.join(args.shared, "data")):
        print("skip leakcheck: %s/data absent" % args.shared)
        return 0
    files = subprocess.run(["git", "ls-files"], capture_output=True, text=True).stdout.split()
    files = [f for f in files if os.path.isfile(f) and not f.startswith("tests/eval/figures/")]
    repo = {}
    for f in files:
        try:
            repo[f] = open(f, encoding="utf-8", errors="replace").read()
        except OSError:
            pass
    index = collections.defaultdict(list)
    for f, s in repo.items():
        for sh in shingles(s):
            index[sh].append(f)
    # How often each shingle occurs across gold documents: a phrase that many
    # documents share ("at the end of the day") is English, not a copy.
    seen = collections.Counter()
    where = {}
    names = collections.Counter()
    for name, text in gold_texts(args.shared):
        for sh in shingles(text):
            if sh in index:
                seen[sh] += 1
                where.setdefault(sh, name)
        if name.startswith("news/"):
            for w in re.findall(r"\b[A-Z][a-z]{3,}(?:-[A-Z][a-z]+)?\b", text):
                names[w] += 1
    leaks = [(sh, where[sh], index[sh]) for sh, c in seen.items() if c <= 2]
    # Rare names of the invented officials in news/dev (a name seen in PolNeAR
    # or the demo's own vocabulary is common enough to be fair game).
    common = set(ALLOWED)
    for name, text in gold_texts(args.shared):
        if name.startswith("quotes/") or name.startswith("timex/"):
            common.update(re.findall(r"\b[A-Z][a-z]{3,}\b", text))
            common.update(w.capitalize() for w in re.findall(r"\b[a-z]{4,}\b", text))
    for w, c in names.items():
        if w in common:
            continue
        for f, s in repo.items():
            if re.search(r"\b" + re.escape(w) + r"\b", s):
                leaks.append((w, "news/dev.jsonl (name)", [f]))
    if leaks:
        for what, src, fs in sorted(leaks, key=lambda x: x[2]):
            print("FAIL leakcheck: %r from %s in %s" % (what, src, ", ".join(sorted(set(fs)))))
        return 1
    print("ok leakcheck: no gold text in %d tracked files" % len(repo))
    return 0


if __name__ == "__main__":
    sys.exit(main())
