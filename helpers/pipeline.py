"""The pipeline, in order, and the ``newslens analyze --json`` contract.

Stages (one module and one public entry each; pandas frames are the seam between them):

1. article    — :func:`helpers.article.load_article` (reading, segmentation)
2. text       — :func:`helpers.text.split_sentences`, :func:`helpers.text.tokenize`
3. entities   — :func:`helpers.entities.extract_entities`
4. quotes     — :func:`helpers.quotes.extract_quotes`
5. sentiment  — :func:`helpers.sentiment.sentence_scores` (and per quote / speaker)
6. contrasts  — :func:`helpers.contrasts.find_contrasts`
7. charts and widgets — :mod:`helpers.charts`, :mod:`helpers.widgets`
"""

from __future__ import annotations

import math

from .article import Article, load_article

STAGES = ("article", "text", "entities", "quotes", "sentiment", "contrasts")

# The contract: these keys exist and keep their names and types; new keys may be added.
CONTRACT_KEYS = ("source", "title", "dek", "caption", "body", "paragraphs", "sentences", "entities", "quotes",
                 "speakers", "contrasts")


def analyze(path=None) -> Article:
    """Load ``path`` (default: the seed) and run every stage; returns the :class:`Article`."""
    art = load_article(path)
    for attr in ("tokens", "entities", "quotes", "speakers", "contrasts"):
        getattr(art, attr)
    return art


def _num(x, default=0.0) -> float:
    try:
        f = float(x)
    except (TypeError, ValueError):
        return default
    return default if math.isnan(f) else round(f, 4)


def _opt(x):
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return None
    return str(x)


def _list(x) -> list[str]:
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return []
    return [str(a) for a in x]


def to_contract(art: Article) -> dict:
    """The JSON object ``newslens analyze PATH --json`` prints (see README, "The analysis contract")."""
    return {
        "source": art.path or art.name,
        "title": art.title,
        "dek": art.dek,
        "caption": art.caption,
        "body": art.body,
        "paragraphs": list(art.paragraphs.text),
        "sentences": [
            {"index": int(r.index), "paragraph": int(r.paragraph), "start": int(r.start), "end": int(r.end),
             "text": r.text}
            for r in art.sentences.itertuples(index=False)
        ],
        "entities": [
            {"name": str(r.name), "type": str(r.type), "aliases": _list(r.aliases), "mentions": int(r.mentions)}
            for r in art.entities.itertuples(index=False)
        ],
        "quotes": [
            {"text": str(r.text), "kind": str(r.kind), "speaker": _opt(r.speaker), "start": int(r.start),
             "end": int(r.end), "polarity": _num(r.polarity), "subjectivity": _num(r.subjectivity),
             # added by stage 4 (additive keys)
             "sentence": int(r.sentence), "parts": [[int(a), int(b)] for a, b in getattr(r, "parts", [])],
             "speaker_category": _opt(getattr(r, "speaker_category", None)),
             "vader_compound": _num(getattr(r, "vader_compound", 0.0)), "certainty": _num(getattr(r, "certainty", 0.0))}
            for r in art.quotes.itertuples(index=False)
        ],
        "speakers": [
            {"name": str(r.name), "role": _opt(r.role), "aliases": _list(r.aliases), "quotes": int(r.quotes),
             "polarity": _num(r.polarity), "subjectivity": _num(r.subjectivity),
             # added by stage 4 (additive keys)
             "category": _opt(getattr(r, "category", None)), "words": int(getattr(r, "words", 0) or 0),
             "polarity_weighted": _num(getattr(r, "polarity_weighted", 0.0)),
             "vader": _num(getattr(r, "vader", 0.0)), "certainty": _num(getattr(r, "certainty", 0.0))}
            for r in art.speakers.itertuples(index=False)
        ],
        "contrasts": [
            {"claim": {"text": str(r.claim_text), "speaker": _opt(r.claim_speaker)},
             "retraction": {"text": str(r.retraction_text), "speaker": _opt(r.retraction_speaker)},
             "score": _num(r.score)}
            for r in art.contrasts.itertuples(index=False)
        ],
    }


def summary(art: Article) -> str:
    """A short human-readable summary (``newslens analyze PATH`` without ``--json``)."""
    lines = [f"{art.title or '(no headline)'}"]
    if art.dek:
        lines.append(f"  {art.dek}")
    lines.append(
        f"{len(art.paragraphs)} paragraphs, {len(art.sentences)} sentences, {int((~art.tokens.is_punct).sum())} words; "
        f"{len(art.boilerplate)} boilerplate block(s) removed"
    )
    ents = art.entities
    if len(ents):
        top = ents.sort_values("mentions", ascending=False).head(8)
        lines.append("entities: " + ", ".join(f"{r.name} ({r.type}, {r.mentions})" for r in top.itertuples()))
    sp = art.speakers
    if len(sp):
        lines.append("speakers: " + ", ".join(
            f"{r.name} [{getattr(r, 'category', '') or '-'}] {r.quotes} quote(s), polarity {_num(r.polarity):+.2f}"
            for r in sp.itertuples()))
    con = art.contrasts
    if len(con):
        lines.append(f"claim / retraction pairs: {len(con)}")
        for r in con.itertuples():
            lines.append(f"  - {str(r.claim_text)[:60]!r} -> {str(r.retraction_text)[:60]!r} ({_num(r.score):.2f})")
    return "\n".join(lines)
