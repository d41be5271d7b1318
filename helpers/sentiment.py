"""Stage 5 — sentiment: TextBlob polarity / subjectivity with the words behind them, VADER as a second
opinion, and certainty / hedging from a documented lexicon (``helpers/lexicons/certainty.tsv``).

Per sentence (:func:`sentence_scores`), per quote (:func:`score_text`, used by :mod:`helpers.quotes`)
and per speaker (:func:`speaker_stats`: mean, spread and word-weighted mean).

    >>> s = score_text("It was an honest mistake, but this is possibly a disaster.")
    >>> round(s["polarity"], 2), s["assessments"][0][0], s["certainty"] < 0
    (0.3, 'honest', True)

Only offline components: TextBlob's PatternAnalyzer (its lexicon ships with TextBlob) and
vaderSentiment (ships its lexicon).  No NLTK-backed API is used.
"""

from __future__ import annotations

import math
import re

from . import sentiment_engine as _engine

SCORE_COLUMNS = ["polarity", "subjectivity", "vader_compound", "certainty", "assessments", "certainty_cues"]


def certainty(text: str) -> tuple[float, list[str]]:
    """Certainty of ``text`` in [-1, 1] (mean weight of its cues; 0 when none) and the cues found.

    >>> certainty("There has been no decision whatsoever.")
    (1.0, ['no decision', 'whatsoever'])
    >>> certainty("It is possible that it might happen.")[0] < 0
    True
    """
    return _certainty_of(_engine.cue_matches(text))


_CUES: dict[str, tuple[float, str]] = {}  # matched cue text -> (weight, text with its spaces normalised)


def _cue_weight(found: str) -> float:
    """Weight of a matched cue.  The cue regex ignores case as ``re`` does, so besides "Should" it also
    matches "ſhould" (long s) or "İ hope" (dotted capital I); a match that is no cue in lower case is
    looked up by matching each cue against it the same way.

    >>> _cue_weight("Should") == _cue_weight("ſhould") == _cue_weight("should")
    True
    """
    weights = _engine.certainty_regex()[1]
    w = weights.get(" ".join(found.lower().split()))
    if w is None:
        w = next(v for k, v in weights.items()
                 if re.fullmatch(re.escape(k).replace(r"\ ", r"\s+"), found, re.IGNORECASE))
    return w


def _certainty_of(found: list[str]) -> tuple[float, list[str]]:
    if not found:
        return 0.0, []
    ws, cues = [], []
    for f in found:
        info = _CUES.get(f)
        if info is None:
            if len(_CUES) >= 100_000:
                _CUES.clear()
            info = _CUES[f] = (_cue_weight(f), " ".join(f.split()))
        ws.append(info[0])
        cues.append(info[1])
    return round(sum(ws) / len(ws), 4), cues


class _Rounded(dict):
    """``round(x, 4)`` memoised by value (scores repeat: lexicon values and their few combinations).
    Not for zeros: 0.0 and -0.0 are one key, and round keeps the sign."""

    def __missing__(self, x: float) -> float:
        if len(self) >= 100_000:
            self.clear()
        r = self[x] = round(x, 4)
        return r


_ROUND4 = _Rounded()


def _score(text: str):
    """All scores of ``text``, rounded.  :mod:`helpers.sentiment_engine` computes them exactly as TextBlob,
    VADER and the certainty regex do, from word-keyed memos (no cache keyed on a text); VADER's compound
    comes rounded already."""
    return _rounded(_engine.score(text))


def _rounded(scores):
    """``(polarity, subjectivity, vader_compound, certainty, assessments, cues)`` from the engine's
    ``((polarity, subjectivity, assessed), compound, cue matches)``; assessments and cues are new lists."""
    (pol, subj, assessed), vc, found = scores
    c, cues = _certainty_of(found)
    r = _ROUND4
    return (r[pol] if pol else pol, r[subj] if subj else subj, vc, c,
            [(" ".join(w), r[p] if p else p, r[s] if s else s) for w, p, s, _ in assessed], cues)


def score_text(text: str) -> dict:
    """Scores of one text: polarity, subjectivity, vader_compound, certainty, assessments (list of
    ``(words, polarity, subjectivity)`` — the words that drove the TextBlob score), certainty_cues."""
    p, s, v, c, a, cues = _score(text)
    return {"polarity": p, "subjectivity": s, "vader_compound": v, "certainty": c,
            "assessments": a, "certainty_cues": cues}


def score_texts(texts: list[str]) -> list[dict]:
    """``[score_text(t) for t in texts]``, scored in one pass over all their words."""
    out = []
    for sc in _engine.score_texts(texts):
        p, s, v, c, a, cues = _rounded(sc)
        out.append({"polarity": p, "subjectivity": s, "vader_compound": v, "certainty": c,
                    "assessments": a, "certainty_cues": cues})
    return out


_VWORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|[:;=][-']?[()DPp]")


def vader_words(text: str) -> list[tuple[str, float]]:
    """Words of ``text`` found in VADER's lexicon with their valence (what drove the VADER score).

    >>> vader_words("A great plan, a terrible result.")
    [('great', 3.1), ('terrible', -2.1)]
    """
    lex = _engine.vader_lexicon()
    out = []
    for w in _VWORD.findall(text):
        v = lex.get(w.lower().replace("’", "'"))
        if v is not None:
            out.append((w.lower(), round(float(v), 3)))
    return out


def driving_words(row, measure: str = "textblob") -> list[tuple[str, float]]:
    """The words behind a quote's score: TextBlob assessments or VADER lexicon words."""
    if measure == "vader":
        return vader_words(row["text"])
    return [(w, p) for w, p, _ in (row["assessments"] or [])]


SENTENCE_SCORE_COLUMNS = ["sentence", "polarity", "subjectivity", "vader_compound", "certainty", "assessments",
                          "paragraph"]


def sentence_scores(article):
    """TextBlob polarity and subjectivity per sentence, plus VADER, certainty and driving words."""
    from .frames import tuples_frame

    spans = article._sentence_spans  # = article.sentences' rows
    rows = []
    scores = _score_sentences(article)
    for index, ((paragraph, _, _), sc) in enumerate(zip(spans, scores)):
        p, subj, v, c, a, _ = _rounded(sc)
        rows.append((index, p, subj, v, c, a, paragraph))
    return tuples_frame(rows, SENTENCE_SCORE_COLUMNS, "iffffoi")


def _score_sentences(article) -> list:
    """The engine's scores of each sentence of ``article``, from the article's one split of its body
    into whitespace-delimited chunks when its sentences share them out exactly (they do: sentences are
    separated by whitespace only); else each sentence is split again."""
    body, spans = article.body, article._sentence_spans
    texts = [body[s:e] for _, s, e in spans]
    chunks = article._sentence_chunks
    if chunks is not None:
        first, stop = chunks
        raws = article._chunk_columns[0]
        if first[0] == 0 and stop[-1] == len(raws) and (first[1:] == stop[:-1]).all():
            return _engine.score_split(texts, raws, [*first.tolist(), len(raws)])
    return _engine.score_texts(texts)


def _mean(xs):
    return sum(xs) / len(xs) if xs else float("nan")


def _std(xs):
    if len(xs) < 2:
        return 0.0 if xs else float("nan")
    m = _mean(xs)
    return math.sqrt(sum((x - m) ** 2 for x in xs) / (len(xs) - 1))


def _wmean(xs, ws):
    tot = sum(ws)
    return sum(x * w for x, w in zip(xs, ws)) / tot if tot else _mean(xs)


def speaker_stats(pol: list[float], subj: list[float], vader: list[float], cert: list[float], words: list[int]) -> dict:
    """Mean, spread (sample std) and word-weighted mean of a speaker's quote scores.

    >>> d = speaker_stats([0.5, -0.5], [1.0, 0.0], [0.2, -0.2], [0, 1], [30, 10])
    >>> d["polarity"], round(d["polarity_weighted"], 2), round(d["polarity_std"], 2)
    (0.0, 0.25, 0.71)
    """
    return {
        "polarity": _mean(pol), "subjectivity": _mean(subj),
        "polarity_std": _std(pol), "subjectivity_std": _std(subj),
        "polarity_weighted": _wmean(pol, words), "subjectivity_weighted": _wmean(subj, words),
        "vader": _mean(vader), "vader_std": _std(vader), "vader_weighted": _wmean(vader, words),
        "certainty": _mean(cert),
    }


def category_summary(quotes):
    """Statements, words, word-weighted TextBlob / VADER tone and mean certainty per speaker category.

    >>> from helpers import load_article
    >>> list(category_summary(load_article().quotes).index)
    ['expert', 'official', 'other', 'group']
    """
    import pandas as pd

    q = quotes.dropna(subset=["speaker_category"])
    rows = []
    for cat in ("expert", "official", "other", "group"):
        g = q[q.speaker_category == cat]
        if not len(g):
            continue
        w = g.n_words.clip(lower=1)
        rows.append({"category": cat, "speakers": g.speaker.nunique(), "statements": len(g), "words": int(g.n_words.sum()),
                     "polarity_weighted": round(float((g.polarity * w).sum() / w.sum()), 4),
                     "vader_weighted": round(float((g.vader_compound * w).sum() / w.sum()), 4),
                     "subjectivity_weighted": round(float((g.subjectivity * w).sum() / w.sum()), 4),
                     "certainty": round(float(g.certainty.mean()), 4)})
    return pd.DataFrame(rows, columns=["category", "speakers", "statements", "words", "polarity_weighted",
                                       "vader_weighted", "subjectivity_weighted", "certainty"]).set_index("category")
