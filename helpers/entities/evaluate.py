"""Scoring entity mentions against hand-made gold (typed, exact-span F1; alias groups).

Gold files are TSV: ``where<TAB>surface<TAB>TYPE<TAB>canonical`` in reading order, ``where`` being
``p<N>`` (body paragraph N) or ``caption`` / ``headline`` / ``dek`` (see tests/gold/seed_entities.tsv).

    >>> from helpers.article import Article
    >>> art = Article.from_text("T\\n\\nMark Esper went to Iraq.")
    >>> gold = parse_gold("p0\\tMark Esper\\tPERSON\\tMark Esper\\np0\\tIraq\\tGPE\\tIraq\\n", art)
    >>> [(g.start, g.end, g.type) for g in gold]
    [(0, 10, 'PERSON'), (19, 23, 'GPE')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["GoldMention", "parse_gold", "load_gold", "score_mentions", "alias_groups"]


@dataclass(frozen=True)
class GoldMention:
    section: str
    start: int
    end: int
    text: str
    type: str
    canonical: str


def parse_gold(tsv: str, article) -> list[GoldMention]:
    """Gold mentions with offsets (body offsets for ``p<N>`` rows)."""
    out = []
    cursor: dict[str, int] = {}
    paras = article.paragraphs
    for n, line in enumerate(tsv.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        where, surface, typ, canon = line.split("\t")[:4]
        if where.startswith("p") and where[1:].isdigit():
            pi = int(where[1:])
            base, text, section = int(paras.start[pi]), paras.text[pi], "body"
        else:
            base, text, section = 0, getattr(article, where), where
        m = re.compile(r"(?<!\w)" + re.escape(surface) + r"(?!\w)").search(text, cursor.get(where, 0))
        if m is None:
            raise ValueError(f"gold line {n}: {surface!r} not found in {where} after offset {cursor.get(where, 0)}")
        cursor[where] = m.end()
        out.append(GoldMention(section, base + m.start(), base + m.end(), surface, typ, canon))
    return out


def load_gold(path, article) -> list[GoldMention]:
    from pathlib import Path

    return parse_gold(Path(path).read_text(encoding="utf-8"), article)


def score_mentions(mentions, gold: list[GoldMention], types=("PERSON", "ORG", "GPE"), sections=("body",)) -> dict:
    """Exact-span typed precision / recall / F1 per type and overall (micro) over ``types``.

    ``mentions``: the ``art.mentions`` frame.  Returns ``{type: {"p", "r", "f1", "tp", "fp", "fn"}, "all": ...}``
    plus ``"errors"``: false positives and false negatives as (section, start, end, text, type) tuples.
    """
    sys_set = {
        (r.section, int(r.start), int(r.end), r.type)
        for r in mentions.itertuples()
        if r.type in types and r.section in sections
    }
    texts = {(r.section, int(r.start), int(r.end), r.type): r.text for r in mentions.itertuples()}
    gold_set = {(g.section, g.start, g.end, g.type) for g in gold if g.type in types and g.section in sections}
    gtexts = {(g.section, g.start, g.end, g.type): g.text for g in gold}
    res = {}
    for t in list(types) + ["all"]:
        s = {x for x in sys_set if t == "all" or x[3] == t}
        g = {x for x in gold_set if t == "all" or x[3] == t}
        tp = len(s & g)
        p = tp / len(s) if s else 1.0
        r = tp / len(g) if g else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        res[t] = {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4), "tp": tp, "fp": len(s - g), "fn": len(g - s)}
    res["errors"] = {
        "fp": sorted((*x[:3], texts.get(x, ""), x[3]) for x in sys_set - gold_set),
        "fn": sorted((*x[:3], gtexts.get(x, ""), x[3]) for x in gold_set - sys_set),
    }
    return res


def alias_groups(gold: list[GoldMention], types=("PERSON", "ORG", "GPE")) -> dict[str, set[str]]:
    """Canonical name -> the set of surface forms the gold gives it (for the alias-merging check)."""
    groups: dict[str, set[str]] = {}
    for g in gold:
        if g.type in types:
            groups.setdefault(g.canonical, set()).add(g.text)
    return groups
