#!/usr/bin/python3
"""Who said what: news_quotes measured on the gold data (make eval).

Data (../shared/data): news/dev.jsonl (the project's conventions) and
quotes/polnear_{train,dev}.jsonl (PolNeAR, converted). Everything goes
through SQL on a real connection: news_quotes(text, published) for the rows,
news_speaker_key() to compare names.

Matching (issue 3): a found row matches a gold item when their overlap
covers at least half of the shorter of the two (a gold item with several
fragments, a split quote, is measured on the union of its fragments). Rows
and items are paired one to one, greedily by overlap; an item may take one
row per fragment. A speaker is right when speaker_start/length overlaps the
gold speaker span, or when `speaker` names the same person as the gold name
or one of its `alt`s (equal news_speaker_key).

Figures:
  news/dev      required_found (recall on required items), speaker_right (of
                the required items found), precision (rows matching any
                item; rows matching only optional items are not counted)
  polnear_*     direct_found (direct items with cue_class speech,
                according_to or punct), direct_speaker_right (of those found,
                items that have a source), precision (against all
                attributions), reported_found (indirect and mixed items of
                those cue classes)
Each line also carries `errors`: counts by GGT-style type string (the order
of Quote marks, Content, cue Verb and Speaker in the gold item, e.g. QCQSV
for `"…," X said`), for missed items (miss:), wrong speakers (speaker:) and
rows matching nothing (fp:<kind>).

Run alone for error analysis:
  /usr/bin/python3 tests/eval/eval_quotes.py [--shared ../shared] [--ext ./news.so]
      [--data polnear_dev] [--show miss:QCQSV] [-n 10]
"""
import collections
import json
import os
import sqlite3
import sys

SPEECH = ("speech", "according_to", "punct")


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def rows_of(conn, text, published):
    out = []
    for r in conn.execute(
            "SELECT quote, kind, speaker, speaker_start, speaker_length, cue, start, length,"
            " via, said_on FROM news_quotes(?, ?)", (text, published)):
        quote, kind, speaker, ss, sl, cue, start, length, via, said_on = r
        out.append({
            "s": start - 1, "e": start - 1 + length, "kind": kind, "speaker": speaker,
            "ss": None if ss is None else ss - 1,
            "se": None if ss is None else ss - 1 + sl, "cue": cue, "quote": quote,
            "via": via, "said_on": said_on})
    return out


def overlap(a0, a1, b0, b1):
    return max(0, min(a1, b1) - max(a0, b0))


def frag_overlap(row, frags):
    return sum(overlap(row["s"], row["e"], f0, f1) for f0, f1 in frags)


def match(rows, golds):
    """One-to-one pairs (row index -> gold index), greedy by overlap."""
    cands = []
    for i, r in enumerate(rows):
        rl = r["e"] - r["s"]
        for j, g in enumerate(golds):
            if g["end"] <= r["s"] or g["start"] >= r["e"]:
                continue
            ov = frag_overlap(r, g["frags"])
            gl = sum(f1 - f0 for f0, f1 in g["frags"])
            if ov > 0 and ov * 2 >= min(rl, gl):
                cands.append((ov, i, j))
    cands.sort(key=lambda c: (-c[0], c[1], c[2]))
    cap = [len(g["frags"]) for g in golds]
    row_gold = {}
    for ov, i, j in cands:
        if i in row_gold or cap[j] == 0:
            continue
        row_gold[i] = j
        cap[j] -= 1
    return row_gold


class Keys:
    def __init__(self, conn):
        self.conn = conn
        self.cache = {}

    def __call__(self, name):
        if name is None:
            return None
        if name not in self.cache:
            self.cache[name] = self.conn.execute("SELECT news_speaker_key(?)", (name,)).fetchone()[0]
        return self.cache[name]


def type_string(g, text):
    """GGT-style order of Quote marks + Content, cue Verb and Speaker."""
    parts = []
    for f0, f1 in g["frags"]:
        quoted = g["kind"] == "direct"
        parts.append((f0, "QCQ" if quoted else "C"))
    if g.get("cue_start") is not None and g.get("cue_class") != "punct":
        parts.append((g["cue_start"], "V"))
    elif g.get("cue_class") == "punct":
        parts.append((g["cue_start"], ":"))
    if g.get("speaker_start") is not None:
        parts.append((g["speaker_start"], "S"))
    parts.sort()
    return "".join(p for _, p in parts) or "?"


def news_gold(a):
    out = []
    for q in a["quotes"]:
        out.append({"start": q["start"], "end": q["end"], "frags": [(q["start"], q["end"])],
                    "kind": q["kind"], "speaker": q["speaker"], "alt": q.get("alt") or [],
                    "optional": q.get("optional", False), "cue": q.get("cue"),
                    "via": q.get("via"), "said_on": q.get("said_on"),
                    "type": "%s/%s" % (q["kind"], q.get("cue") or "none")})
    return out


def polnear_gold(a):
    out = []
    for q in a["quotes"]:
        g = {"start": q["start"], "end": q["end"],
             "frags": [tuple(f) for f in q["fragments"]] or [(q["start"], q["end"])],
             "kind": q["kind"], "speaker": q["speaker"], "ss": q.get("speaker_start"),
             "se": q.get("speaker_end"), "cue_start": q.get("cue_start"),
             "speaker_start": q.get("speaker_start"), "cue_class": q.get("cue_class"),
             "optional": False, "alt": []}
        g["type"] = type_string(g, a["text"])
        out.append(g)
    return out


def speaker_ok(row, g, keys):
    if g.get("ss") is not None and row["ss"] is not None:
        if overlap(row["ss"], row["se"], g["ss"], g["se"]) > 0:
            return True
    if row["speaker"] is not None and (g.get("speaker") is not None and g.get("ss") is None):
        names = [g["speaker"]] + list(g["alt"])
        k = keys(row["speaker"])
        return bool(k) and any(keys(n) == k for n in names)
    return False


def evaluate(conn, arts, gold_of, published_of, recall_sets, speaker_set, examples=None):
    keys = Keys(conn)
    found = collections.Counter()
    total = collections.Counter()
    spk_right = collections.Counter()
    spk_total = collections.Counter()
    nrows = correct = 0
    errors = collections.Counter()
    for a in arts:
        text = a["text"]
        rows = rows_of(conn, text, published_of(a))
        golds = gold_of(a)
        row_gold = match(rows, golds)
        gold_rows = collections.defaultdict(list)
        for i, j in row_gold.items():
            gold_rows[j].append(i)
        for i, r in enumerate(rows):
            j = row_gold.get(i)
            if j is not None and golds[j]["optional"]:
                continue
            nrows += 1
            if j is not None:
                correct += 1
            else:
                key = "fp:%s%s" % (r["kind"], "" if r["speaker"] else "/nospeaker")
                errors[key] += 1
                if examples is not None:
                    examples[key].append((a, r, None))
        for j, g in enumerate(golds):
            if g["optional"]:
                continue
            for name, pred in recall_sets.items():
                if not pred(g):
                    continue
                total[name] += 1
                if gold_rows.get(j):
                    found[name] += 1
                    if name in speaker_set and speaker_set[name](g):
                        spk_total[name] += 1
                        if any(speaker_ok(rows[i], g, keys) for i in gold_rows[j]):
                            spk_right[name] += 1
                        else:
                            key = "speaker:%s" % g["type"]
                            errors[key] += 1
                            if examples is not None:
                                examples[key].append((a, rows[gold_rows[j][0]], g))
                else:
                    key = "miss:%s" % g["type"]
                    errors[key] += 1
                    if examples is not None:
                        examples[key].append((a, None, g))
    return found, total, spk_right, spk_total, nrows, correct, errors


def ratio(a, b):
    return round(a / b, 4) if b else None


def top_errors(errors, n=20):
    return dict(errors.most_common(n))


def attributes(conn, arts):
    """Of the required quotes found, the share whose kind, cue, via (the credited
    outlet) and said_on (the date of the statement) are right; via and said_on
    count as right when both are absent."""
    right, total = collections.Counter(), 0
    wrong = collections.Counter()
    for a in arts:
        rows = rows_of(conn, a["text"], a.get("dct"))
        golds = news_gold(a)
        for i, j in match(rows, golds).items():
            g, r = golds[j], rows[i]
            if g["optional"]:
                continue
            total += 1
            for attr, want, got in (("kind", g["kind"], r["kind"]), ("cue", g["cue"], r["cue"]),
                                    ("via", (g.get("via") or "").lower() or None,
                                     (r["via"] or "").lower() or None),
                                    ("said_on", g.get("said_on"), r["said_on"])):
                if want == got:
                    right[attr] += 1
                else:
                    wrong["%s:%s>%s" % (attr, want, got)] += 1
    out = {"%s_right" % k: ratio(right[k], total) for k in ("kind", "cue", "via", "said_on")}
    out["attribute_errors"] = dict(wrong.most_common(12))
    return out


def eval_news(conn, path, examples=None):
    arts = load(path)
    recall = {"required": lambda g: True}
    speakers = {"required": lambda g: g["speaker"] is not None}
    f, t, sr, st, nrows, correct, errors = evaluate(
        conn, arts, news_gold, lambda a: a.get("dct"), recall, speakers, examples)
    return {"dataset": "news/dev", "required_found": ratio(f["required"], t["required"]),
            "speaker_right": ratio(sr["required"], st["required"]),
            "precision": ratio(correct, nrows), "required": t["required"], "rows": nrows,
            **attributes(conn, arts), "errors": top_errors(errors)}


def eval_polnear(conn, path, name, examples=None):
    arts = load(path)
    recall = {
        "direct": lambda g: g["kind"] == "direct" and g["cue_class"] in SPEECH,
        "reported": lambda g: g["kind"] in ("indirect", "mixed") and g["cue_class"] in SPEECH,
    }
    speakers = {"direct": lambda g: g["ss"] is not None}
    f, t, sr, st, nrows, correct, errors = evaluate(
        conn, arts, polnear_gold, lambda a: a.get("date"), recall, speakers, examples)
    return {"dataset": name, "direct_found": ratio(f["direct"], t["direct"]),
            "direct_speaker_right": ratio(sr["direct"], st["direct"]),
            "precision": ratio(correct, nrows), "reported_found": ratio(f["reported"], t["reported"]),
            "direct": t["direct"], "reported": t["reported"], "rows": nrows,
            "errors": top_errors(errors)}


def run(conn, shared):
    out = []
    news = os.path.join(shared, "data", "news", "dev.jsonl")
    if os.path.exists(news):
        out.append(eval_news(conn, news))
    else:
        print("notice: %s absent: skipped" % news)
    for split in ("dev", "train"):
        p = os.path.join(shared, "data", "quotes", "polnear_%s.jsonl" % split)
        if os.path.exists(p):
            out.append(eval_polnear(conn, p, "polnear_" + split))
        else:
            print("notice: %s absent: skipped" % p)
    return out


def snippet(text, s, e, width=160):
    a = max(0, s - width)
    b = min(len(text), e + width)
    return (text[a:s] + "[[" + text[s:e] + "]]" + text[e:b]).replace("\n", " / ")


def main():
    import argparse
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--ext", default="./news.so")
    ap.add_argument("--data", default="polnear_dev")
    ap.add_argument("--show", help="error category to print examples of")
    ap.add_argument("-n", type=int, default=10)
    args = ap.parse_args()
    conn = sqlite3.connect(":memory:")
    conn.enable_load_extension(True)
    conn.load_extension(args.ext)
    examples = collections.defaultdict(list)
    if args.data == "news":
        r = eval_news(conn, os.path.join(args.shared, "data", "news", "dev.jsonl"), examples)
    else:
        r = eval_polnear(conn, os.path.join(args.shared, "data", "quotes", args.data + ".jsonl"),
                         args.data, examples)
    print(json.dumps(r, indent=1))
    if args.show:
        for a, row, g in examples.get(args.show, [])[: args.n]:
            text = a["text"]
            print("----", a["id"])
            if g is not None:
                print("GOLD %s speaker=%r cue=%r:\n  %s" % (
                    g["kind"], g.get("speaker"), g.get("cue") or g.get("cue_class"),
                    snippet(text, g["start"], g["end"])))
            if row is not None:
                print("ROW %s speaker=%r mention=%r cue=%r:\n  %s" % (
                    row["kind"], row["speaker"],
                    text[row["ss"]:row["se"]] if row["ss"] is not None else None, row["cue"],
                    snippet(text, row["s"], row["e"])))


if __name__ == "__main__":
    main()
