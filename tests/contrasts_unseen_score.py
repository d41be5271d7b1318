"""Scoring of helpers.contrasts against the hand gold of tests/data/contrasts_unseen/ (the matching of
tests/test_contrasts.py: a found pair matches a gold pair when its claim text holds one of ``claim_any``
and its retraction text one of ``retraction_any``; speakers agree on the last word; a gold speaker may be
a list of acceptable names).  ``python tests/contrasts_unseen_score.py [dev|held-out]`` prints the scores
(never the pairs: the HELD-OUT output is not to be read while fixing)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "contrasts_unseen"


def articles(split: str | None = None) -> list[str]:
    """Names of the annotated articles (of one ``split``: "dev" or "held-out")."""
    return sorted(p.stem for p in DATA.glob("*.json")
                  if split is None or json.loads(p.read_text("utf-8"))["split"] == split)


def gold(name: str) -> dict:
    return json.loads((DATA / f"{name}.json").read_text("utf-8"))


def text(name: str) -> str:
    """The article ``name`` as written (its .txt file)."""
    return (DATA / f"{name}.txt").read_text("utf-8")


def match(row, g: dict) -> bool:
    return (any(a in row.claim_text for a in g["claim_any"])
            and any(a in row.retraction_text for a in g["retraction_any"]))


def same_speaker(found, wanted) -> bool:
    """Does the found speaker agree with the gold one (or one of a list), on the last word?"""
    options = wanted if isinstance(wanted, list) else [wanted]
    return isinstance(found, str) and bool(found.split()) and any(
        found.split()[-1].lower() == w.split()[-1].lower() for w in options)


def score(df, g: dict) -> dict:
    """gold / found / matched gold pairs, false pairs (no gold pair, or a second match of one), not_pairs
    hit, and speakers right out of speakers checked (of the matched pairs; a null gold speaker is not
    checked)."""
    rows = list(df.itertuples())
    hits = [[r for r in rows if match(r, p)] for p in g["pairs"]]
    false = [r for r in rows if not any(match(r, p) for p in g["pairs"])]
    dup = sum(max(0, len(h) - 1) for h in hits)
    checked = right = 0
    for p, h in zip(g["pairs"], hits):
        if not h:
            continue
        for side in ("claim", "retraction"):
            if p.get(f"{side}_speaker"):
                checked += 1
                right += any(same_speaker(getattr(r, f"{side}_speaker"), p[f"{side}_speaker"]) for r in h)
    bad = [n["sentence"] for n in g["not_pairs"] if any(n["sentence"] in r.retraction_text for r in rows)]
    return {"gold": len(g["pairs"]), "found": len(rows), "matched": sum(bool(h) for h in hits),
            "false": len(false) + dup, "not_pairs_hit": len(bad), "speakers_checked": checked,
            "speakers_right": right}


def evaluate(split: str | None = None) -> dict[str, dict]:
    from helpers import contrasts as C
    from helpers.article import Article

    out = {}
    for name in articles(split):
        art = Article.from_text(text(name), name=name)
        out[name] = score(C.find_contrasts(art, curated=False), gold(name))
    return out


def totals(scores: dict[str, dict]) -> dict:
    keys = ("gold", "found", "matched", "false", "not_pairs_hit", "speakers_checked", "speakers_right")
    return {k: sum(s[k] for s in scores.values()) for k in keys}


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's helpers
    for split in sys.argv[1:] or ["dev", "held-out"]:
        sc = evaluate(split)
        for name, s in sc.items():
            print(f"{split:8} {name:28} {s}")
        print(f"{split:8} {'TOTAL':28} {totals(sc)}")
