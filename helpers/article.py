"""Stage 1 — the article: the one object that flows through the pipeline.

:func:`load_article` reads a file (:mod:`helpers.reading`), takes it apart (:mod:`helpers.segment`)
and returns an :class:`Article`.  Every later stage is a lazily computed, cached property of it, so
an analyst only pays for what they look at:

=====================  ==========================================  ===========================
property               computed by                                 stage
=====================  ==========================================  ===========================
``paragraphs``         :mod:`helpers.segment`                      1 article
``sentences``          :func:`helpers.text.split_sentences`        2 sentences / tokens
``tokens``             :func:`helpers.text.tokenize`, ``tag``      2 sentences / tokens
``entities``           :func:`helpers.entities.extract_entities`   3 entities
``quotes``             :func:`helpers.quotes.extract_quotes`       4 quotes & speakers
``speakers``           :func:`helpers.quotes.extract_quotes`       4 quotes & speakers
``sentence_sentiment`` :func:`helpers.sentiment.sentence_scores`   5 sentiment
``contrasts``          :func:`helpers.contrasts.find_contrasts`    6 contrasts
=====================  ==========================================  ===========================

    >>> art = Article.from_text("Big News Today\\n\\nCol. Kemp said it was fine. He left.")
    >>> art.title, list(art.sentences.text)
    ('Big News Today', ['Col. Kemp said it was fine.', 'He left.'])

DataFrame columns are a stable interface (documented in README): later versions add columns, never
rename them.
"""

from __future__ import annotations

import importlib
from functools import cached_property
from operator import itemgetter
from pathlib import Path

import numpy as np
import pandas as pd

from . import text as _text
from .errors import NewslensError
from .frames import columns_frame
from .reading import Source, read_source
from .segment import Segments, segment

__all__ = ["Article", "load_article", "PARAGRAPH_COLUMNS", "SENTENCE_COLUMNS", "TOKEN_COLUMNS"]

PARAGRAPH_COLUMNS = ["index", "start", "end", "text", "n_sentences", "n_words"]
SENTENCE_COLUMNS = ["index", "paragraph", "start", "end", "text", "n_words"]
TOKEN_COLUMNS = ["sentence", "index", "start", "end", "text", "pos", "lemma", "is_stop", "is_punct"]

PARAGRAPH_SEP = "\n\n"


class Article:
    """A news article taken apart.  Build it with :func:`load_article` or :meth:`from_text`."""

    def __init__(self, segments: Segments, source: Source | None = None, name: str | None = None):
        if not segments.paragraphs:
            where = source.path if source else "text"
            raise NewslensError(f"{where}: no article body found (only headline, caption or site boilerplate)")
        self.segments = segments
        self.source = source
        self.path = source.path if source else None
        self.name = name or (Path(self.path).stem if self.path else "article")
        self.body: str = PARAGRAPH_SEP.join(segments.paragraphs)
        self._paragraph_starts = []
        pos = 0
        for para in segments.paragraphs:
            self._paragraph_starts.append(pos)
            pos += len(para) + len(PARAGRAPH_SEP)

    # -- construction -------------------------------------------------------------------------------
    @classmethod
    def from_text(cls, text: str, name: str = "article", markdown: bool = False) -> "Article":
        """An article from a string (as if read from a ``.txt`` file)."""
        from .reading import normalize_newlines

        src = Source(path=f"<{name}>", text=normalize_newlines(text), kind="markdown" if markdown else "text", encoding="str")
        art = cls(segment(src.text, markdown=markdown), src, name=name)
        return art

    # -- front matter -------------------------------------------------------------------------------
    @property
    def title(self) -> str | None:
        """The headline (for HTML: the page's article title)."""
        return self.segments.headline

    headline = title

    @property
    def dek(self) -> str | None:
        return self.segments.dek

    @property
    def caption(self) -> str | None:
        return self.segments.caption

    @property
    def byline(self) -> str | None:
        return self.segments.byline

    @property
    def date(self) -> str | None:
        return (self.source.date if self.source else None) or self.segments.date

    @property
    def dateline(self) -> str | None:
        return self.segments.dateline

    @property
    def removed(self) -> pd.DataFrame:
        """What segmentation kept out of the body (boilerplate, extra captions, sub-headings)."""
        return pd.DataFrame(self.segments.removed, columns=["kind", "text"])

    @property
    def boilerplate(self) -> list[str]:
        return self.segments.boilerplate

    @property
    def front_matter(self) -> pd.DataFrame:
        """Caption, headline, dek, byline, date and dateline as a two-column table (missing ones omitted)."""
        rows = [
            (k, v)
            for k, v in [
                ("caption", self.caption),
                ("headline", self.title),
                ("dek", self.dek),
                ("byline", self.byline),
                ("date", self.date),
                ("dateline", self.dateline),
            ]
            if v
        ]
        return pd.DataFrame(rows, columns=["part", "text"])

    # -- stage 2: paragraphs, sentences, tokens -----------------------------------------------------
    @cached_property
    def _sentence_spans(self) -> list[tuple[int, int, int]]:
        """(paragraph, start, end) for every sentence, offsets into :attr:`body`."""
        spans = []
        for pi, (para, base) in enumerate(zip(self.segments.paragraphs, self._paragraph_starts)):
            for s, e in _text.split_sentences(para):
                spans.append((pi, base + s, base + e))
        return spans

    @cached_property
    def sentences(self) -> pd.DataFrame:
        """One row per sentence: ``index, paragraph, start, end, text, n_words``; ``body[start:end] == text``."""
        body = self.body
        spans = self._sentence_spans
        text = [body[s:e] for _, s, e in spans]
        cols = {"index": range(len(spans)), "paragraph": [p for p, _, _ in spans],
                "start": [s for _, s, _ in spans], "end": [e for _, _, e in spans], "text": text,
                "n_words": self._sentence_words}
        return columns_frame(cols, _SENTENCE_KINDS)

    @cached_property
    def _sentence_words(self) -> list[int]:
        """The ``n_words`` of each sentence: its chunks' word counts summed (each sentence's
        :func:`helpers.text.count_words` when the sentences do not share out the chunks)."""
        chunks = self._sentence_chunks
        if chunks is None:
            body = self.body
            return [_text.count_words(body[s:e]) for _, s, e in self._sentence_spans]
        import numpy as np

        counts = np.concatenate(([0], np.cumsum(_text.chunk_word_counts(self._chunk_columns[1]))))
        return (counts[chunks[1]] - counts[chunks[0]]).tolist()

    @cached_property
    def _chunk_columns(self) -> tuple:
        """:func:`helpers.text.chunk_columns` of :attr:`body`: its whitespace-delimited chunks, their
        memo records, starts and ends; computed once for the sentence, token and sentiment stages."""
        return _text.chunk_columns(self.body)

    @cached_property
    def _sentence_chunks(self):
        """``(first, stop)``: int64 arrays, the range of :attr:`_chunk_columns`' chunks in each sentence;
        None unless every sentence starts and ends where a chunk does (sentences are separated by
        whitespace only, so they do: checked, not assumed)."""
        import numpy as np

        spans = self._sentence_spans
        _, _, chunk_starts, chunk_ends = self._chunk_columns
        if not spans or not len(chunk_starts):
            return None
        starts = np.fromiter((s for _, s, _ in spans), np.int64, len(spans))
        ends = np.fromiter((e for _, _, e in spans), np.int64, len(spans))
        first = np.searchsorted(chunk_starts, starts)
        stop = np.searchsorted(chunk_starts, ends)
        if (first >= stop).any() or (chunk_starts[first] != starts).any() or (chunk_ends[stop - 1] != ends).any():
            return None
        return first, stop

    @cached_property
    def paragraphs(self) -> pd.DataFrame:
        """One row per body paragraph: ``index, start, end, text, n_sentences, n_words``.

        A paragraph's words are its sentences' words (sentences cover it but for whitespace, and no
        word crosses whitespace), so they are summed, not counted again."""
        paras = self.segments.paragraphs
        n_sent, n_words = [0] * len(paras), [0] * len(paras)
        for (p, _, _), n in zip(self._sentence_spans, self._sentence_words):
            n_sent[p] += 1
            n_words[p] += n
        starts = self._paragraph_starts
        cols = {"index": range(len(paras)), "start": starts, "end": [s + len(t) for t, s in zip(paras, starts)],
                "text": paras, "n_sentences": n_sent, "n_words": n_words}
        return columns_frame(cols, _PARAGRAPH_KINDS)

    @cached_property
    def tokens(self) -> pd.DataFrame:
        """One row per token: ``sentence, index, start, end, text, pos, lemma, is_stop, is_punct``.

        ``start``/``end`` are offsets into :attr:`body`; ``pos`` is a Penn Treebank tag from the pattern
        tagger; ``lemma`` is lower-case except for proper nouns.
        """
        cols = self._token_arrays
        # the token texts are str by construction (regex matches of a str) and so are pos and lemma when
        # they are arrays (annotation_columns checks): the text kind that skips the check
        return columns_frame(cols, _TOKEN_KINDS_KNOWN if isinstance(cols["pos"], np.ndarray) else _TOKEN_KINDS_TEXT)

    @cached_property
    def token_columns(self) -> dict[str, list]:
        """The :attr:`tokens` table as one plain list per column, for stages that walk the tokens in
        Python (reading a list back out of a frame costs more than the walk).  Shared: copy a list
        before changing it.

        >>> Article.from_text("Big News\\n\\nKemp didn’t go.").token_columns["text"]
        ['Kemp', 'did', 'n’t', 'go', '.']
        """
        cols = dict(self._token_arrays)
        for name in ("sentence", "index", "start", "end", "pos", "lemma", "is_stop", "is_punct"):
            if not isinstance(cols[name], list):
                cols[name] = cols[name].tolist()
        return cols

    @cached_property
    def _token_arrays(self) -> dict:
        """The token columns, the integer ones as int64 arrays (what the frame is built from), ``text``
        as a list, ``pos`` and ``lemma`` as object arrays of str and ``is_stop`` and ``is_punct`` as bool
        arrays (read out of the annotation memo's table: :func:`helpers.text.annotation_columns`; lists
        in the rare case it has no table)."""
        import numpy as np

        spans = self._sentence_spans
        # One pass over the whole body: sentences are separated by whitespace only and no token
        # crosses whitespace, so these are exactly the tokens of each sentence in turn.
        start, end, text = _text.tokenize_columns(self.body, arrays=True, chunks=self._chunk_columns)
        first_starts = np.fromiter((s for _, s, _ in spans), dtype=np.int64, count=len(spans))
        sent = np.searchsorted(first_starts, start, side="right") - 1
        bounds = np.searchsorted(sent, np.arange(len(spans) + 1)).tolist()  # token range of each sentence
        index = np.arange(len(text)) - np.repeat(bounds[:-1], np.diff(bounds))
        columns = _text.annotation_columns(text, bounds)
        if columns is not None:
            pos, lemma, is_stop, is_punct = columns
        else:
            info = _text.annotate_spans(text, bounds)
            pos, lemma, is_stop, is_punct = ([*map(itemgetter(k), info)] for k in range(4))
        return {"sentence": sent, "index": index, "start": start, "end": end,
                "text": text, "pos": pos, "lemma": lemma, "is_stop": is_stop, "is_punct": is_punct}

    @cached_property
    def blobs(self) -> list:
        """Each sentence as a TextBlob ``Sentence`` (offline pattern tagger and analyzer);
        ``start_index``/``end_index`` are offsets into :attr:`body`."""
        blob = _text.make_blob(self.body)
        return blob.sentences

    def sentence_at(self, offset: int) -> int:
        """Index of the sentence containing body offset ``offset`` (or the nearest one before it)."""
        import bisect

        starts = [s for _, s, _ in self._sentence_spans]
        return max(0, bisect.bisect_right(starts, offset) - 1)

    # -- later stages ---------------------------------------------------------------------------------
    @cached_property
    def _entity_result(self):
        return _stage("entities").extract_entities(self)

    @property
    def entities(self) -> pd.DataFrame:
        """Stage 3: one row per entity (see :mod:`helpers.entities`)."""
        return self._entity_result.entities

    @property
    def mentions(self) -> pd.DataFrame:
        """Stage 3: one row per entity mention (see :mod:`helpers.entities`)."""
        return self._entity_result.mentions

    @cached_property
    def _quote_result(self):
        return _stage("quotes").extract_quotes(self)

    @property
    def quotes(self) -> pd.DataFrame:
        """Stage 4: one row per statement (see :mod:`helpers.quotes`)."""
        return self._quote_result.quotes

    @property
    def speakers(self) -> pd.DataFrame:
        """Stage 4: one row per speaker (see :mod:`helpers.quotes`)."""
        return self._quote_result.speakers

    @cached_property
    def sentence_sentiment(self) -> pd.DataFrame:
        """Stage 5: TextBlob and VADER scores per sentence (see :mod:`helpers.sentiment`)."""
        return _stage("sentiment").sentence_scores(self)

    @cached_property
    def contrasts(self) -> pd.DataFrame:
        """Stage 6: claim / retraction pairs (see :mod:`helpers.contrasts`)."""
        return _stage("contrasts").find_contrasts(self)

    def __repr__(self) -> str:
        return f"<Article {self.name!r}: {len(self.segments.paragraphs)} paragraphs, {len(self.body)} chars>"


_STAGES: dict = {}  # name -> module of the later stages imported so far


def _stage(name: str):
    """The module of a later stage (``entities``, ``quotes``, ``sentiment``, ``contrasts``), imported on first
    use (``import helpers`` stays light) and looked up here after that: a function-level ``from .quotes
    import extract_quotes`` runs importlib's Python-level ``_handle_fromlist`` on every article (a package
    has a ``__path__``).  The function is read off the module at each call, as that import read it."""
    mod = _STAGES.get(name)
    if mod is None:
        mod = _STAGES[name] = importlib.import_module("." + name, __package__)
    return mod


_TOKEN_KINDS = dict(zip(TOKEN_COLUMNS, "iiiisssbb"))
_TOKEN_KINDS_TEXT = dict(zip(TOKEN_COLUMNS, "iiiiSssbb"))  # (the texts known to be str)
_TOKEN_KINDS_KNOWN = dict(zip(TOKEN_COLUMNS, "iiiiSSSbb"))  # (pos and lemma too)
_SENTENCE_KINDS = dict(zip(SENTENCE_COLUMNS, "iiiisi"))
_PARAGRAPH_KINDS = dict(zip(PARAGRAPH_COLUMNS, "iiisii"))



def load_article(path=None) -> Article:
    """Read ``path`` (``.txt``, ``.md``, ``.html``; default: the seed article) into an :class:`Article`.

    Raises :class:`~helpers.errors.NewslensError` with a one-line reason for anything unreadable.
    """
    from .paths import default_article

    src = read_source(path if path is not None else default_article())
    seg = segment(src.text, markdown=src.kind == "markdown", title=src.title if src.kind == "html" else None)
    return Article(seg, src)
