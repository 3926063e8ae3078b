#!/usr/bin/python3
"""make eval: figures on the gold data in ../shared/data, measured through a
real SQLite connection with the built extension loaded.

Each capability has a module tests/eval/eval_<name>.py with
    run(conn, shared) -> list of dicts, one per data set:
        {"dataset": "...", "metric": value, ...}
This driver prints one JSON line per data set and, with --out, writes them
all to a file (tests/eval/guard.py compares that with tests/eval/figures/).

Run with Debian's python3 (/usr/bin/python3): it can load extensions.
"""
import argparse
import glob
import importlib.util
import json
import os
import sqlite3
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def connect(ext):
    conn = sqlite3.connect(":memory:")
    conn.enable_load_extension(True)
    conn.load_extension(ext)
    return conn


def modules(only=None):
    for path in sorted(glob.glob(os.path.join(HERE, "eval_*.py"))):
        name = os.path.basename(path)[5:-3]
        if only and name not in only:
            continue
        spec = importlib.util.spec_from_file_location("eval_" + name, path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        yield name, mod


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--ext", default="./news.so")
    ap.add_argument("--out", help="also write the results here, as JSON")
    ap.add_argument("only", nargs="*", help="capabilities to run (default: all)")
    args = ap.parse_args()
    if not os.path.isdir(os.path.join(args.shared, "data")):
        print("notice: %s/data is absent: nothing to evaluate" % args.shared)
        return 0
    results = []
    for name, mod in modules(args.only):
        conn = connect(args.ext)
        for r in mod.run(conn, args.shared):
            r = dict(r, capability=name)
            results.append(r)
            print(json.dumps(r), flush=True)
        conn.close()
    if args.out:
        with open(args.out, "w") as f:
            json.dump(results, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
