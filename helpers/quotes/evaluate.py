"""Scoring quotes against hand annotation (``tests/gold/seed_quotes.json`` format).

* statements — a predicted direct quote matches a gold one when their quoted characters overlap by at
  least half of their union (one-to-one, best overlap first): precision, recall, F1;
* spans — the same on single quoted spans (the parts), insensitive to how parts are grouped;
* speaker accuracy — matched statements whose speaker equals the gold speaker (canonical names);
* categories — share of gold speakers given the gold category.

    >>> gold = {"direct": [{"spans": [[0, 10]], "speaker": "A"}, {"spans": [[20, 30]], "speaker": "B"}]}
    >>> pred = [{"parts": [(0, 10)], "speaker": "A"}, {"parts": [(40, 50)], "speaker": "C"}]
    >>> s = score_direct(pred, gold)
    >>> s["precision"], s["recall"], s["speaker_accuracy"]
    (0.5, 0.5, 1.0)
"""

from __future__ import annotations


def _chars(parts) -> set[int]:
    out = set()
    for s, e in parts:
        out.update(range(int(s), int(e)))
    return out


def _match(pred_sets, gold_sets, threshold=0.5):
    pairs = []
    for i, p in enumerate(pred_sets):
        for j, g in enumerate(gold_sets):
            inter = len(p & g)
            if inter:
                j_ = inter / len(p | g)
                if j_ >= threshold:
                    pairs.append((j_, i, j))
    pairs.sort(reverse=True)
    used_p, used_g, out = set(), set(), []
    for _, i, j in pairs:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        out.append((i, j))
    return out


def _prf(n_match, n_pred, n_gold):
    p = n_match / n_pred if n_pred else 0.0
    r = n_match / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return round(p, 4), round(r, 4), round(f, 4)


def score_direct(pred, gold) -> dict:
    """``pred``: iterable of dicts / rows with ``parts`` and ``speaker`` (direct quotes only)."""
    pred = list(pred)
    gd = gold["direct"]
    ps = [_chars(p["parts"]) for p in pred]
    gs = [_chars(g["spans"]) for g in gd]
    m = _match(ps, gs)
    p, r, f = _prf(len(m), len(ps), len(gs))
    right = [(i, j) for i, j in m if pred[i]["speaker"] == gd[j]["speaker"]]
    wrong = [(pred[i]["speaker"], gd[j]["speaker"], gd[j]["spans"][0]) for i, j in m if (i, j) not in right]
    # span level
    pspans = [_chars([pt]) for p_ in pred for pt in p_["parts"]]
    gspans = [_chars([pt]) for g in gd for pt in g["spans"]]
    sm = _match(pspans, gspans)
    sp, sr, sf = _prf(len(sm), len(pspans), len(gspans))
    matched_g = {j for _, j in m}
    matched_p = {i for i, _ in m}
    return {
        "precision": p, "recall": r, "f1": f, "matched": len(m), "predicted": len(ps), "gold": len(gs),
        "speaker_accuracy": round(len(right) / len(m), 4) if m else 0.0,
        "speaker_accuracy_of_gold": round(len(right) / len(gs), 4) if gs else 0.0,
        "span_precision": sp, "span_recall": sr, "span_f1": sf,
        "wrong_speakers": wrong,
        "missed": [gd[j]["spans"][0] for j in range(len(gd)) if j not in matched_g],
        "spurious": [pred[i]["parts"][0] for i in range(len(pred)) if i not in matched_p],
    }


def score_indirect(quotes, gold, body: str) -> dict:
    """Recall of gold reported-speech statements (a predicted indirect quote containing the phrase) and
    the share of those with the right speaker."""
    ind = [q for q in quotes if q["kind"] == "indirect"]
    found = right = 0
    for g in gold.get("indirect", []):
        hit = [q for q in ind if g["contains"] in q["text"]]
        if hit:
            found += 1
            right += any(q["speaker"] == g["speaker"] for q in hit)
    n = len(gold.get("indirect", []))
    return {"recall": round(found / n, 4) if n else 0.0, "speaker_accuracy": round(right / found, 4) if found else 0.0,
            "predicted": len(ind), "gold": n}


def score_article(art, gold) -> dict:
    """All scores for an Article against a gold dict."""
    q = art.quotes
    rows = q.to_dict("records")
    direct = [r for r in rows if r["kind"] == "direct"]
    out = {"direct": score_direct(direct, gold), "indirect": score_indirect(rows, gold, art.body)}
    sp = dict(zip(art.speakers.name, art.speakers.category))
    cats = gold.get("speakers", {})
    out["categories"] = {
        "accuracy": round(sum(sp.get(k) == v for k, v in cats.items()) / len(cats), 4) if cats else 0.0,
        "wrong": {k: (sp.get(k), v) for k, v in cats.items() if sp.get(k) != v},
    }
    return out
