#!/usr/bin/python3
"""Dates: figures for make eval (tests/eval/eval.py loads run()).

TBAQ (TempEval-3 TimeBank train, AQUAINT dev), scored as TempEval-3 does:
system and gold expressions are matched one to one, greedily by largest
character overlap; relaxed P/R/F1 count any overlap, strict F1 the exact
extent; type accuracy is over the relaxed matches; value F1 counts a match
only when its value is right (and its mod, where the gold has one), so it is
relaxed F1 times value accuracy. The DCT is passed as `published`.

Duckling (duckling_en.jsonl): news_date(text, reference date) against the
derived TIMEX3 value (`timex_value`; durations compare by their amount, so
PT90M = PT1H30M); negative rows pass when nothing is found. Duckling assumes
the future for an underspecified phrase ("sunday", "third quarter", "at 3am" =
the coming one), news the past: rows whose phrase names no year and no
direction and whose value lies after the reference are reported apart
(future_biased), and so are the locale variants (day-first dates, national
holidays).

news/dev.jsonl: every required (non-optional) gold expression is right when a
found expression overlaps it with the same type, value and mod.

Run directly for error analysis:
    /usr/bin/python3 tests/eval/eval_dates.py [--ext ./news.so] [--errors DATASET]
"""
import json
import os
import re
import sqlite3
import sys

TBAQ = [("tbaq_timebank_train", "timex/tbaq_timebank_train.jsonl"),
        ("tbaq_aquaint_dev", "timex/tbaq_aquaint_dev.jsonl")]


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def find(conn, text, published):
    """Expressions as (start, end, type, value, mod), 0-based code points."""
    rows = conn.execute(
        "SELECT start, length, type, value, mod FROM news_dates(?, ?)", (text, published))
    return [(s - 1, s - 1 + n, t, v, m) for s, n, t, v, m in rows]


def match(gold, sys_):
    """Greedy one-to-one matching by largest overlap: list of (g, s) index pairs."""
    pairs = []
    for gi, g in enumerate(gold):
        for si, s in enumerate(sys_):
            ov = min(g[1], s[1]) - max(g[0], s[0])
            if ov > 0:
                pairs.append((-ov, gi, si))
    pairs.sort()
    used_g, used_s, out = set(), set(), []
    for _, gi, si in pairs:
        if gi not in used_g and si not in used_s:
            used_g.add(gi)
            used_s.add(si)
            out.append((gi, si))
    return out


def f1(p, r):
    return 2 * p * r / (p + r) if p + r else 0.0


def value_right(g, s):
    return s[3] == g[3] and (g[4] is None or s[4] == g[4])


def eval_tbaq(conn, docs, errors=None):
    n_gold = n_sys = n_match = n_strict = n_type = n_value = 0
    for d in docs:
        gold = [(t["start"], t["end"], t["type"], t["value"], t["mod"], t["text"])
                for t in d["timexes"]]
        sys_ = find(conn, d["text"], d["dct"])
        m = match(gold, sys_)
        n_gold += len(gold)
        n_sys += len(sys_)
        n_match += len(m)
        spans = {(g[0], g[1]) for g in gold}
        n_strict += sum(1 for s in sys_ if (s[0], s[1]) in spans)
        for gi, si in m:
            g, s = gold[gi], sys_[si]
            n_type += g[2] == s[2]
            ok = value_right(g, s)
            n_value += ok
            if errors is not None and not ok:
                errors.append(("value", d["dct"], g[5], g[2], g[3], g[4],
                               d["text"][s[0]:s[1]], s[2], s[3], s[4], context(d["text"], g)))
        if errors is not None:
            mg = {gi for gi, _ in m}
            ms = {si for _, si in m}
            for gi, g in enumerate(gold):
                if gi not in mg:
                    errors.append(("miss", d["dct"], g[5], g[2], g[3], g[4], "", "", "", "",
                                   context(d["text"], g)))
            for si, s in enumerate(sys_):
                if si not in ms:
                    errors.append(("extra", d["dct"], d["text"][s[0]:s[1]], "", "", "", "",
                                   s[2], s[3], s[4], context(d["text"], s)))
    p = n_match / n_sys if n_sys else 0.0
    r = n_match / n_gold if n_gold else 0.0
    sp = n_strict / n_sys if n_sys else 0.0
    sr = n_strict / n_gold if n_gold else 0.0
    vp = n_value / n_sys if n_sys else 0.0
    vr = n_value / n_gold if n_gold else 0.0
    return {
        "relaxed_p": round(p, 4), "relaxed_r": round(r, 4), "relaxed_f1": round(f1(p, r), 4),
        "strict_f1": round(f1(sp, sr), 4),
        "type_accuracy": round(n_type / n_match, 4) if n_match else 0.0,
        "value_accuracy": round(n_value / n_match, 4) if n_match else 0.0,
        "value_f1": round(f1(vp, vr), 4),
        "gold": n_gold, "found": n_sys, "matched": n_match,
    }


def context(text, span, width=50):
    a, b = span[0], span[1]
    return (text[max(0, a - width):a] + "[[" + text[a:b] + "]]" + text[b:b + width]).replace("\n", " ")


# Duckling -------------------------------------------------------------------

DUR_UNITS = {"Y": 12 * 30 * 86400 * 365 // 360, "M": 30 * 86400, "W": 7 * 86400, "D": 86400,
             "H": 3600, "MIN": 60, "S": 1}


def duration_seconds(v):
    """Seconds in a TIMEX3 duration (months as 30 days, years as 365), or None."""
    m = re.fullmatch(r"P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?", v or "")
    if not m or v in ("P", "PT"):
        return None
    y, mo, w, d, h, mi, s = (int(x) if x else 0 for x in m.groups())
    return (((y * 365 + mo * 30 + w * 7 + d) * 24 + h) * 60 + mi) * 60 + s


def same_value(got, want):
    if got == want:
        return True
    a, b = duration_seconds(got), duration_seconds(want)
    return a is not None and a == b


WEEKDAYS = r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun)"
MONTHS = (r"(january|february|march|april|may|june|july|august|september|october|november|december|"
          r"jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)")
DIRECTION = re.compile(r"\b(last|next|this|past|previous|coming|upcoming|following|ago|after|before|"
                       r"from|hence|since|until|of|the)\b|\d{4}|\bin \d", re.I)


def future_biased(row):
    """A phrase that names no year and no direction (a bare weekday, month,
    holiday, quarter or clock time) whose Duckling value lies after the
    reference day: Duckling's future default, where news takes the past."""
    text = row["text"].lower()
    if DIRECTION.search(text) or re.search(r"\b(ago|later|earlier|tomorrow|tonight|next|now)\b", text):
        return False
    v = row.get("timex_value") or ""
    return bool(re.match(r"\d{4}", v)) and v[:10] > row["ref"][:10]


def eval_duckling(conn, rows, errors=None):
    groups = {}
    for row in rows:
        ref = row["ref"][:10]
        if row["section"] == "negative":
            got = [r[0] for r in conn.execute("SELECT value FROM news_dates(?, ?)", (row["text"], ref))]
            ok = not got
            want = None
        elif row.get("timex_value"):
            got = conn.execute("SELECT news_date(?, ?)", (row["text"], ref)).fetchone()[0]
            want = row["timex_value"]
            ok = same_value(got, want)
        else:
            continue  # intervals: no single TIMEX3 value to compare
        group = "future_biased" if future_biased(row) else (
            "locale" if row["section"] == "locale" else "main")
        g = groups.setdefault(group, [0, 0])
        g[0] += ok
        g[1] += 1
        if errors is not None and not ok:
            errors.append((group, row["section"], row["locale"], row["text"], want, got))
    out = {}
    tot = [0, 0]
    for name in ("main", "locale", "future_biased"):
        p, n = groups.get(name, [0, 0])
        out[name + "_pass_rate"] = round(p / n, 4) if n else 0.0
        out[name + "_cases"] = n
        if name != "future_biased":
            tot[0] += p
            tot[1] += n
    out["pass_rate"] = round(tot[0] / tot[1], 4) if tot[1] else 0.0
    return out


# news/dev -------------------------------------------------------------------

def eval_news(conn, docs, errors=None):
    right = required = found = spurious = 0
    misses = []
    for d in docs:
        sys_ = find(conn, d["text"], d["dct"])
        found += len(sys_)
        gold = d["timexes"]
        for t in gold:
            if t.get("optional"):
                continue
            required += 1
            ok = any(min(t["end"], s[1]) > max(t["start"], s[0]) and s[2] == t["type"] and
                     s[3] == t["value"] and s[4] == t["mod"] for s in sys_)
            right += ok
            if not ok:
                near = [s for s in sys_ if min(t["end"], s[1]) > max(t["start"], s[0])]
                got = "; ".join("%s %s %s %s" % (d["text"][s[0]:s[1]], s[2], s[3], s[4]) for s in near)
                misses.append("%s %r %s %s %s -> %s" % (d["id"], t["text"], t["type"], t["value"],
                                                        t["mod"], got or "nothing"))
        for s in sys_:
            if not any(min(t["end"], s[1]) > max(t["start"], s[0]) for t in gold):
                spurious += 1
                if errors is not None:
                    errors.append("extra %s %r %s %s" % (d["id"], d["text"][s[0]:s[1]], s[2], s[3]))
    if errors is not None:
        errors.extend(misses)
    return {"right": right, "required": required,
            "share_right": round(right / required, 4) if required else 0.0,
            "found": found, "spurious": spurious, "misses": misses}


def run(conn, shared):
    data = os.path.join(shared, "data")
    out = []
    for name, rel in TBAQ:
        path = os.path.join(data, rel)
        if os.path.exists(path):
            out.append(dict(dataset=name, **eval_tbaq(conn, load(path))))
    path = os.path.join(data, "timex/duckling_en.jsonl")
    if os.path.exists(path):
        out.append(dict(dataset="duckling_en", **eval_duckling(conn, load(path))))
    path = os.path.join(data, "news/dev.jsonl")
    if os.path.exists(path):
        out.append(dict(dataset="news_dev", **eval_news(conn, load(path))))
    return out


def main():
    import argparse
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--ext", default="./news.so")
    ap.add_argument("--errors", help="tbaq_timebank_train, tbaq_aquaint_dev, duckling_en, news_dev")
    ap.add_argument("--kind", help="only this error kind (miss, extra, value; duckling groups)")
    args = ap.parse_args()
    conn = sqlite3.connect(":memory:")
    conn.enable_load_extension(True)
    conn.load_extension(args.ext)
    data = os.path.join(args.shared, "data")
    if not args.errors:
        for r in run(conn, args.shared):
            print(json.dumps(r))
        return
    errs = []
    if args.errors.startswith("tbaq"):
        rel = dict(TBAQ)[args.errors]
        print(json.dumps(eval_tbaq(conn, load(os.path.join(data, rel)), errs)))
    elif args.errors == "duckling_en":
        print(json.dumps(eval_duckling(conn, load(os.path.join(data, "timex/duckling_en.jsonl")), errs)))
    else:
        print(json.dumps(eval_news(conn, load(os.path.join(data, "news/dev.jsonl")), errs)))
    for e in errs:
        if args.kind and (not isinstance(e, tuple) or e[0] != args.kind):
            if not (isinstance(e, str) and e.startswith(args.kind)):
                continue
        print(" | ".join(str(x) for x in e) if isinstance(e, tuple) else e)


if __name__ == "__main__":
    sys.exit(main())
