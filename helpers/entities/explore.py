"""Exploring an article's entities: filter, find an entity's sentences, co-occurrence in sentences.

    >>> from helpers.article import Article
    >>> art = Article.from_text("T\\n\\nPresident Donald Trump spoke in Baghdad. Trump left Baghdad for Iraq.")
    >>> list(filter_entities(art.entities, types=["GPE"], min_mentions=2).name)
    ['Baghdad']
    >>> list(filter_entities(art.entities, search="trump").name)
    ['Donald Trump']
    >>> cooccurrence(art.mentions)[["source", "target", "weight"]].values.tolist()[0]
    ['Baghdad', 'Donald Trump', 2]
    >>> print(entity_sentences_html(art, "Iraq"))  # doctest: +ELLIPSIS
    <div ...><b>sentence 1</b> ... <mark ...>Iraq</mark>.</div>
"""

from __future__ import annotations

import html

__all__ = ["filter_entities", "entity_mentions", "entity_sentences", "entity_sentences_html", "cooccurrence",
           "cooccurrence_graph"]

MARK_STYLE = "background:#F0E442;padding:0 2px;border-radius:2px"


def filter_entities(entities, types=None, min_mentions: int = 0, search: str = ""):
    """Entities of the given ``types`` with at least ``min_mentions`` body mentions whose name or an
    alias contains ``search`` (case-insensitive), most mentioned first."""
    ents = entities
    if types:
        ents = ents[ents.type.isin(list(types))]
    if min_mentions:
        ents = ents[ents.mentions >= int(min_mentions)]
    q = (search or "").strip().lower()
    if q:
        keep = [q in str(n).lower() or any(q in str(a).lower() for a in al) for n, al in zip(ents.name, ents.aliases)]
        ents = ents.iloc[[k for k, ok in enumerate(keep) if ok]]  # (a bare [] would select columns)
    return ents.sort_values(["mentions", "entity_id"], ascending=[False, True], kind="stable")


def _entity_id(art, entity) -> int | None:
    ents = art.entities
    if isinstance(entity, (int,)) and not isinstance(entity, bool):
        return int(entity) if int(entity) in set(ents.entity_id) else None
    row = ents[ents.name == entity]
    if len(row):
        return int(row.entity_id.iloc[0])
    name = art._entity_result.resolve(str(entity)) if hasattr(art, "_entity_result") else None
    row = ents[ents.name == name] if name else ents.iloc[0:0]
    return int(row.entity_id.iloc[0]) if len(row) else None


def entity_mentions(art, entity, section: str = "body"):
    """Mentions of ``entity`` (a canonical name, an alias or an entity_id) in ``section``."""
    eid = _entity_id(art, entity)
    m = art.mentions
    if eid is None:
        return m.iloc[0:0]
    return m[(m.entity_id == eid) & (m.section == section)]


def entity_sentences(art, entity):
    """The body sentences that mention ``entity``: ``sentence, text, mentions`` (surface forms)."""
    import pandas as pd

    m = entity_mentions(art, entity)
    sents = art.sentences
    rows = []
    for si, grp in m.groupby("sentence", sort=True):
        rows.append((int(si), sents.text.iloc[int(si)], list(grp.text)))
    return pd.DataFrame(rows, columns=["sentence", "text", "mentions"])


def entity_sentences_html(art, entity, max_sentences: int = 50) -> str:
    """Each sentence mentioning ``entity`` as HTML with the mentions in ``<mark>``; article text escaped."""
    m = entity_mentions(art, entity)
    if m.empty:
        return "<p><i>No body mentions.</i></p>"
    sents = art.sentences
    body = art.body
    parts = []
    for si, grp in list(m.groupby("sentence", sort=True))[:max_sentences]:
        s0, s1 = int(sents.start.iloc[int(si)]), int(sents.end.iloc[int(si)])
        pos, pieces = s0, []
        for a, b in sorted(zip(grp.start.astype(int), grp.end.astype(int))):
            pieces.append(html.escape(body[pos:a]))
            pieces.append(f"<mark style='{MARK_STYLE}'>{html.escape(body[a:b])}</mark>")
            pos = b
        pieces.append(html.escape(body[pos:s1]))
        parts.append(f"<div style='margin:0.3em 0'><b>sentence {int(si)}</b> {''.join(pieces)}</div>")
    return "\n".join(parts)


def cooccurrence(mentions, types=None, min_weight: int = 1, entity_ids=None):
    """Pairs of entities mentioned in the same body sentence: ``source, target, weight`` (the number of
    sentences they share), ``source_type, target_type``; heaviest first."""
    import pandas as pd
    from itertools import combinations

    m = mentions[mentions.section == "body"]
    if types:
        m = m[m.type.isin(list(types))]
    if entity_ids is not None:
        m = m[m.entity_id.isin(list(entity_ids))]
    kinds = dict(zip(m.name, m.type))
    counts: dict[tuple[str, str], int] = {}
    for _, names in m.groupby("sentence").name:
        for a, b in combinations(sorted(set(names)), 2):
            counts[(a, b)] = counts.get((a, b), 0) + 1
    rows = [(a, b, w, kinds[a], kinds[b]) for (a, b), w in counts.items() if w >= min_weight]
    frame = pd.DataFrame(rows, columns=["source", "target", "weight", "source_type", "target_type"])
    return frame.sort_values(["weight", "source", "target"], ascending=[False, True, True]).reset_index(drop=True)


def cooccurrence_graph(mentions, entities, types=None, min_weight: int = 1, entity_ids=None):
    """A :class:`networkx.Graph`: nodes are entities (``type``, ``mentions`` attributes), edges carry
    ``weight`` = sentences shared."""
    import networkx as nx

    edges = cooccurrence(mentions, types, min_weight, entity_ids)
    g = nx.Graph()
    info = {r.name: (r.type, int(r.mentions)) for r in entities.itertuples()}
    for r in edges.itertuples():
        for n in (r.source, r.target):
            if n not in g:
                t, c = info.get(n, ("", 0))
                g.add_node(n, type=t, mentions=c)
        g.add_edge(r.source, r.target, weight=int(r.weight))
    return g
