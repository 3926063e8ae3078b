"""Stance figures (issue 5), measured through SQL with the built extension.

Data sets (../shared/data; measuring only, never copied into the repo):
  news_stance_dev          sentences with a target and a label: macro-F1 over
                           favor/against/none, accuracy, the majority-class floor,
                           a 95% bootstrap interval, per-target accuracy and the
                           errors per phenomenon.
  ibm_claim_stance_dev     debate claims toward a motion, favor/against only.
                           `macro_f1` is the forced choice the task defines
                           (every claim is on the topic): news_stance's label,
                           else the sign of the text's `lean` from
                           news_stance_explain, else favor (the prior);
                           `macro_f1_strict` counts `none` as wrong.
  news_dev_speakers_goldquotes
                           speaker stance toward each article's target: every
                           gold quote is read with the sentence(s) it stands in
                           (news_stance(sentence, target, article before it):
                           the context only carries the target; accuracy_sentence_only
                           without it), then aggregated per gold
                           speaker with the README's GROUP BY rule. (Switch to
                           news_quotes rows once that capability is merged.)
  newsmtsc_dev             sanity check only (sentiment toward a named person).
"""
import collections
import json
import os
import random

LABELS = ("favor", "against", "none")

SPEAKER_SQL = """
SELECT article, speaker,
       CASE WHEN sum(stance = 'favor') > sum(stance = 'against') THEN 'favor'
            WHEN sum(stance = 'against') > sum(stance = 'favor') THEN 'against'
            ELSE 'none' END AS stance
  FROM quote_stance
 GROUP BY article, speaker
"""


def load(path):
    with open(path) as f:
        return [json.loads(line) for line in f if line.strip()]


def f1s(gold, pred, labels):
    out = {}
    for lab in labels:
        tp = sum(1 for g, p in zip(gold, pred) if g == lab and p == lab)
        fp = sum(1 for g, p in zip(gold, pred) if g != lab and p == lab)
        fn = sum(1 for g, p in zip(gold, pred) if g == lab and p != lab)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        out[lab] = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return out


def macro_f1(gold, pred, labels):
    f = f1s(gold, pred, labels)
    return sum(f.values()) / len(labels)


def accuracy(gold, pred):
    return sum(g == p for g, p in zip(gold, pred)) / len(gold) if gold else 0.0


def bootstrap(gold, pred, labels, n=1000, seed=7):
    rnd = random.Random(seed)
    idx = range(len(gold))
    vals = []
    for _ in range(n):
        s = [rnd.choice(idx) for _ in idx]
        vals.append(macro_f1([gold[i] for i in s], [pred[i] for i in s], labels))
    vals.sort()
    return round(vals[int(0.025 * n)], 3), round(vals[int(0.975 * n) - 1], 3)


def floor(gold, labels):
    major = collections.Counter(gold).most_common(1)[0][0]
    pred = [major] * len(gold)
    return round(accuracy(gold, pred), 3), round(macro_f1(gold, pred, labels), 3)


def stance(conn, text, target):
    return conn.execute("SELECT news_stance(?, ?)", (text, target)).fetchone()[0]


def explain(conn, text, target):
    return json.loads(conn.execute("SELECT news_stance_explain(?, ?)", (text, target)).fetchone()[0])


def news_sentences(conn, shared):
    rows = load(os.path.join(shared, "data", "stance", "news_stance_dev.jsonl"))
    gold = [r["stance"] for r in rows]
    pred = [stance(conn, r["text"], r["target"]) for r in rows]
    errors = collections.defaultdict(lambda: [0, 0])
    by_target = collections.defaultdict(lambda: [0, 0])
    confusion = collections.Counter()
    for r, p in zip(rows, pred):
        errors[r["phenomenon"]][1] += 1
        by_target[r["target"]][1] += 1
        confusion[(r["stance"], p)] += 1
        if p != r["stance"]:
            errors[r["phenomenon"]][0] += 1
        else:
            by_target[r["target"]][0] += 1
    f = f1s(gold, pred, LABELS)
    acc_floor, f1_floor = floor(gold, LABELS)
    return {
        "dataset": "news_stance_dev",
        "n": len(rows),
        "macro_f1": round(sum(f.values()) / 3, 3),
        "accuracy": round(accuracy(gold, pred), 3),
        "macro_f1_ci95": bootstrap(gold, pred, LABELS),
        "f1": {k: round(v, 3) for k, v in f.items()},
        "f_avg_favor_against": round((f["favor"] + f["against"]) / 2, 3),
        "floor_accuracy": acc_floor,
        "floor_macro_f1": f1_floor,
        "coverage": round(sum(p != "none" for p in pred) / len(pred), 3),
        "confusion_gold_pred": {"%s>%s" % k: v for k, v in sorted(confusion.items()) if k[0] != k[1]},
        "accuracy_by_target": {t: round(c / n, 3) for t, (c, n) in sorted(by_target.items())},
        "errors_by_phenomenon": {k: "%d/%d" % tuple(v) for k, v in sorted(errors.items()) if v[0]},
    }


def forced(e):
    if e["label"] != "none":
        return e["label"]
    if e["lean"] < 0:
        return "against"
    return "favor"


def ibm(conn, shared):
    rows = load(os.path.join(shared, "data", "stance", "ibm_claim_stance_dev.jsonl"))
    gold = [r["stance"] for r in rows]
    ex = [explain(conn, r["text"], r["target"]) for r in rows]
    strict = [e["label"] for e in ex]
    pred = [forced(e) for e in ex]
    acc_floor, f1_floor = floor(gold, ("favor", "against"))
    return {
        "dataset": "ibm_claim_stance_dev",
        "n": len(rows),
        "macro_f1": round(macro_f1(gold, pred, ("favor", "against")), 3),
        "accuracy": round(accuracy(gold, pred), 3),
        "macro_f1_ci95": bootstrap(gold, pred, ("favor", "against")),
        "macro_f1_strict": round(macro_f1(gold, strict, ("favor", "against")), 3),
        "target_named": round(sum(e["reason"] != "no_target" for e in ex) / len(ex), 3),
        "floor_accuracy": acc_floor,
        "floor_macro_f1": f1_floor,
    }


def sentence_spans(conn, text):
    return conn.execute("SELECT start - 1, start - 1 + length FROM news_sentences(?)",
                        (text,)).fetchall()


def speaker_labels(conn, arts, with_context):
    conn.execute("DROP TABLE IF EXISTS quote_stance")
    conn.execute("CREATE TEMP TABLE quote_stance(article TEXT, speaker TEXT, stance TEXT)")
    for a in arts:
        text, target = a["text"], a["target"]
        spans = sentence_spans(conn, text)
        for q in a["quotes"]:
            if not q.get("speaker"):
                continue
            inside = [(s, e) for s, e in spans if s < q["end"] and e > q["start"]]
            if not inside:
                continue
            sentence = text[inside[0][0]:inside[-1][1]]
            before = text[:inside[0][0]] if with_context else None
            conn.execute("INSERT INTO quote_stance VALUES (?, ?, news_stance(?, ?, ?))",
                         (a["id"], q["speaker"], sentence, target, before))
    return {(a, s): st for a, s, st in conn.execute(SPEAKER_SQL)}


def speakers(conn, shared):
    arts = load(os.path.join(shared, "data", "news", "dev.jsonl"))
    out = {}
    for with_context in (False, True):
        got = speaker_labels(conn, arts, with_context)
        gold, pred, misses = [], [], []
        for a in arts:
            for spk, lab in a["stance"].items():
                p = got.get((a["id"], spk), "none")
                gold.append(lab)
                pred.append(p)
                if p != lab:
                    misses.append("%s:%s>%s" % (a["id"], lab, p))
        out[with_context] = (gold, pred, misses)
    gold, pred, misses = out[True]
    acc_floor, f1_floor = floor(gold, LABELS)
    return {
        "dataset": "news_dev_speakers_goldquotes",
        "n": len(gold),
        "accuracy": round(accuracy(gold, pred), 3),
        "macro_f1": round(macro_f1(gold, pred, LABELS), 3),
        "accuracy_sentence_only": round(accuracy(out[False][0], out[False][1]), 3),
        "floor_accuracy": acc_floor,
        "floor_macro_f1": f1_floor,
        "errors": misses,
    }


def speakers_from_quotes(conn, shared):
    """The project's own measure: each speaker's stance toward the article's
    target from news_quotes' stance column, grouped per speaker as the README
    shows (favor when more rows are for than against, and so on). A gold
    speaker is matched by news_speaker_key to the speaker or an accepted
    alternative name."""
    arts = load(os.path.join(shared, "data", "news", "dev.jsonl"))
    gold, pred, misses = [], [], []
    for a in arts:
        got = dict(conn.execute(
            "SELECT news_speaker_key(speaker), CASE"
            " WHEN sum(stance = 'favor') > sum(stance = 'against') THEN 'favor'"
            " WHEN sum(stance = 'against') > sum(stance = 'favor') THEN 'against'"
            " ELSE 'none' END FROM news_quotes(?, ?, ?) WHERE speaker IS NOT NULL GROUP BY 1",
            (a["text"], a["dct"], a["target"])).fetchall())
        for spk, lab in a["stance"].items():
            names = [spk] + [alt for q in a["quotes"] if q.get("speaker") == spk
                             for alt in (q.get("alt") or [])]
            keys = [conn.execute("SELECT news_speaker_key(?)", (n,)).fetchone()[0] for n in names]
            p = next((got[k] for k in keys if k in got), "none")
            gold.append(lab)
            pred.append(p)
            if p != lab:
                misses.append("%s:%s:%s>%s" % (a["id"], spk, lab, p))
    acc_floor, f1_floor = floor(gold, LABELS)
    return {
        "dataset": "news_dev_speakers",
        "n": len(gold),
        "accuracy": round(accuracy(gold, pred), 3),
        "macro_f1": round(macro_f1(gold, pred, LABELS), 3),
        "floor_accuracy": acc_floor,
        "floor_macro_f1": f1_floor,
        "errors": misses,
    }


def newsmtsc(conn, shared):
    rows = load(os.path.join(shared, "data", "stance", "newsmtsc_dev.jsonl"))
    gold = [r["stance"] for r in rows]
    pred = []
    for r in rows:
        try:
            pred.append(stance(conn, r["text"], r["target"]))
        except Exception:  # a target that is only a pronoun ("She")
            pred.append("none")
    acc_floor, f1_floor = floor(gold, LABELS)
    return {
        "dataset": "newsmtsc_dev",
        "n": len(rows),
        "macro_f1": round(macro_f1(gold, pred, LABELS), 3),
        "accuracy": round(accuracy(gold, pred), 3),
        "floor_accuracy": acc_floor,
        "floor_macro_f1": f1_floor,
        "note": "sanity check, not a target: sentiment toward a named person",
    }


def run(conn, shared):
    out = []
    for fn in (news_sentences, ibm, speakers, speakers_from_quotes, newsmtsc):
        try:
            out.append(fn(conn, shared))
        except FileNotFoundError as e:
            out.append({"dataset": fn.__name__, "skipped": str(e)})
    return out
