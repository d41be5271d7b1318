"""Stage 2 — sentences and tokens.

Everything here works offline: the sentence splitter and word tokenizer are newslens' own (TextBlob's
defaults need NLTK's punkt corpus), part-of-speech tags come from the pattern tagger bundled in
TextBlob, and lemmas from lemminflect, which ships its tables.

    >>> [body[s:e] for body in ["Col. Kemp spoke. He left at 5 p.m. The end."]
    ...  for s, e in split_sentences(body)]
    ['Col. Kemp spoke.', 'He left at 5 p.m.', 'The end.']
    >>> [t for _, _, t in tokenize("Trump’s team didn’t go.")]
    ['Trump', '’s', 'team', 'did', 'n’t', 'go', '.']

Offsets are character offsets into the string given: ``text[start:end]`` is the sentence or token.
"""

from __future__ import annotations

import re
import sys
from array import array
from functools import cache, lru_cache
from itertools import chain
from operator import itemgetter

from .paths import LEXICON_DIR

__all__ = [
    "split_sentences",
    "tokenize",
    "tokenize_columns",
    "count_words",
    "tag",
    "annotate",
    "annotate_spans",
    "lemma",
    "NewsWordTokenizer",
    "NewsBlob",
    "make_blob",
    "STOPWORDS",
    "CONTENT_POS",
]

# --- sentences -------------------------------------------------------------------------------------

# Abbreviations that never end a sentence when followed by a capital (titles and ranks).
TITLES = frozenset(
    """mr mrs ms mx messrs mme dr prof col lt gen brig maj capt cpt cmdr cdr adm sgt cpl pvt gov sen rep
    pres rev hon fr sr jr st mt ft supt insp det atty ret amb ald sec gen'l lieut pharm engr barr""".split()
)
# Abbreviations that may end a sentence: split only when a typical sentence opener follows.
ABBREVIATIONS = frozenset(
    """jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    inc corp co ltd llc plc bros no nos vs etc approx est dept univ assn ave blvd rd hwy vol fig
    ch p pp cf al e.g i.e a.m p.m u.s u.k u.n e.u u.s.a d.c""".split()
)
_OPENERS = frozenset(
    """the a an he she it they we i you this that these those there his her its their our my your but and
    so yet or nor in on at as after before when while if for with from by to of however meanwhile
    still then now also although though since because instead later earlier last next today yesterday
    tomorrow some many most all several one two three no not what who why how where mr ms mrs dr""".split()
)
# A run of sentence-ending marks ("...", "…", "?!"), closing quotes or brackets, then whitespace.  The
# marks are one character of the set and, after one of ".!?", more of them (matching what
# ``(?:\.\.\.|…|[.!?]+)`` does): a pattern that opens with a character set lets the regex engine skip
# ahead to the next such character instead of trying the pattern at every position.
_BOUNDARY = re.compile(r"[.!?…](?:(?<=[.!?])[.!?]*)?(?P<close>[\"”’'\)\]]*)(?=\s+(?P<next>\S))")
_ACRONYM = re.compile(r"(?:[a-z]\.)+[a-z]")
_FIRST_WORD = re.compile(r"[\"“‘'(\[]*([\w’']+)")


_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*")  # lines up to a blank line


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` in ``text``; paragraphs (blank-line separated) never merge."""
    spans: list[tuple[int, int]] = []
    if "\n" in text:
        paras = [(pm.start(), pm.group()) for pm in _PARAGRAPH.finditer(text)]
    else:  # one paragraph, the whole text (the usual case: an article's paragraph)
        paras = [(0, text)] if text else []
    for base, para in paras:
        start = 0
        for m in _boundaries(para):
            if _is_boundary(para, m):
                _add_span(spans, para, base, start, m.end())
                start = m.end()
        _add_span(spans, para, base, start, len(para))
    return spans


_MARKS = ".!?…"


def _boundaries(para: str):
    """``_BOUNDARY.finditer(para)``: every match starts at a mark, so the regex is tried only at the
    marks (found with ``str.find``, far faster than the regex engine's scan for a character set that
    holds a non-Latin-1 character)."""
    marks = []
    for mark in _MARKS:
        k = para.find(mark)
        while k >= 0:
            marks.append(k)
            k = para.find(mark, k + 1)
    marks.sort()
    return matches_at(_BOUNDARY, para, marks)


def matches_at(rx: re.Pattern, text: str, starts: list[int]):
    """``rx.finditer(text)`` when every match of ``rx`` starts at one of ``starts`` (sorted): the regex
    is tried at those positions only, each after the previous match's end, as ``finditer`` does."""
    pos = 0
    match = rx.match
    for p in starts:
        if p >= pos:
            m = match(text, p)
            if m is not None:
                yield m
                pos = m.end()


def _add_span(spans, para, base, start, end):
    chunk = para[start:end]
    stripped = chunk.strip()
    if stripped:
        lead = len(chunk) - len(chunk.lstrip())
        spans.append((base + start + lead, base + start + lead + len(stripped)))


def _previous_word(para: str, end: int) -> str:
    """The word before ``end`` (no leading brackets or quotes), lower-cased: ``"(ret"`` → ``"ret"``."""
    lo = max(0, end - 40)
    cut = max(para.rfind(" ", lo, end), para.rfind("\n", lo, end), para.rfind("\u2009", lo, end))
    return para[cut + 1 if cut >= 0 else lo:end].lstrip("([\"“‘'").lower()


def _is_boundary(para: str, m: re.Match) -> bool:
    at = m.start("next")
    nxt = para[at:at + 64]  # a window, not the rest of the paragraph: linear time
    fw = _FIRST_WORD.match(nxt)
    first = fw.group(1) if fw else nxt[:1]
    if not first or first[0].islower():
        return False
    opens_quote = nxt[0] in "\"“‘'([" and len(nxt) > 1 and (nxt[1].isupper() or nxt[1].isdigit())
    mark = m.group()
    if mark[0] == "…" or mark.startswith("..."):  # an ellipsis ends a sentence only before a typical opener
        return opens_quote or first.lower() in _OPENERS
    if mark[0] != ".":
        return True
    prev = _previous_word(para, m.start())
    close = m.group("close")
    if close:
        # Punctuation inside a closing quote/bracket: "(ret.) Richard" is an abbreviation, "Iraq.]" is not.
        return not (close[0] == ")" and prev in TITLES)
    if prev in TITLES:
        return False
    if len(prev) == 1 and prev.isalpha():  # an initial: George W. Bush
        return False
    if prev in ABBREVIATIONS or _ACRONYM.fullmatch(prev):
        if first[0].isdigit():
            return False
        return opens_quote or first.lower() in _OPENERS
    return True  # next word starts with a capital, a digit or an opening quote


# --- tokens ----------------------------------------------------------------------------------------

_TOKEN_ALTERNATIVES = r"""
    [A-Za-z]\.(?:[A-Za-z]\.)+(?![A-Za-z])                   # U.S.  a.m.
  | \d+(?:[.,:/]\d+)*(?:st|nd|rd|th|s|%|-\w+)?              # 5,000  3.5  1990s  70-plus
  | [^\W\d_]\w*(?:[-'’&](?=[^\W_])\w*)*                    # words, with inner - ' ’ &
  | \.\.\.|…|--+|—|–                                        # ellipses and dashes
  | [’']s\b | [’'](?:re|ve|ll|d|m)\b                         # clitics standing alone
  | \S                                                      # any other single character
"""
_TOKEN = re.compile(_TOKEN_ALTERNATIVES, re.VERBOSE)
_CLITIC = re.compile(r"(?i)(n[’']t|[’'](?:s|re|ve|ll|d|m))$")


def tokenize(text: str) -> list[tuple[int, int, str]]:
    """Word tokens ``(start, end, text)``; clitics split the Penn way (did n’t, Trump ’s)."""
    return list(zip(*tokenize_columns(text)))


def _chunk_tokens(chunk: str) -> tuple[str, ...]:
    """The tokens of a chunk (a text without whitespace) by the token regex, clitics split off."""
    if chunk.isalpha():
        return (chunk,)  # letters only: one word token, "[^\W\d_]\w*"
    words = _TOKEN.findall(chunk)
    if "'" in chunk or "’" in chunk:
        for i in reversed([i for i, w in enumerate(words) if "'" in w or "’" in w]):
            w = words[i]
            c = _CLITIC.search(w)
            if c and c.start() > 0:
                words[i:i + 1] = w[:c.start()], w[c.start():]
    return tuple(words)


class _Chunks(dict):
    """What the early stages need of a whitespace-delimited chunk of text (a word with its punctuation:
    "said,", "didn’t", "(AP)"), computed on first use: ``(tokens, n_words, places)``, its token texts,
    its :func:`count_words` and the tokens' places in it (packed: see :func:`_token_offsets`).

    A chunk's tokens are those the token regex finds in it inside any text: no token holds whitespace,
    and what the regex looks at past a token's end (``(?![A-Za-z])``, ``(?=[^\\W_])``, ``\\b``) reads
    whitespace and the end of the text alike; they tile the chunk (``\\S`` takes any other character).
    Words hold no whitespace either.  So a text's tokens and words are its chunks' ones, and this
    word-keyed memo gives them without running the regexes over the text.  Emptied when it grows past
    ``limit`` entries."""

    limit = 200_000

    def __missing__(self, chunk: str) -> tuple:
        if len(self) >= self.limit:
            self.clear()
        tokens = _chunk_tokens(chunk)
        n_words = 1 if chunk.isalpha() else len(_WORDS.findall(chunk))
        rec = self[chunk] = (tokens, n_words, _packed_places(tokens))
        return rec


def _packed_places(tokens: tuple[str, ...]) -> bytes:
    """``(offset in the chunk, length)`` of each token of a chunk as int64 pairs (little-endian), so that
    the places of all the tokens of a text are one ``bytes.join`` of its chunks' ones."""
    out = []
    at = 0
    for t in tokens:
        out += (at, len(t))
        at += len(t)
    return array("q", out).tobytes() if _LITTLE else array("q", out).byteswap().tobytes()


_LITTLE = sys.byteorder == "little"
_CHUNKS = _Chunks()
_chunk = _CHUNKS.__getitem__


@cache
def _is_space_table():
    """``table[min(code, 0x3001)]``: is the character of that code whitespace (``str.isspace``, which is
    also what ``str.split`` and the regex ``\\s`` go by)?  None above U+3000 is."""
    import numpy as np

    return np.array([chr(i).isspace() for i in range(0x3001)] + [False])


def chunk_columns(text: str) -> tuple[list[str], list[tuple], "np.ndarray", "np.ndarray"]:
    """The whitespace-delimited chunks of ``text`` (``text.split()``), their memo records, and their
    starts and ends (int64 arrays).  An article computes this once for its sentence, token and
    sentiment stages."""
    chunks = text.split()
    starts, ends = _chunk_offsets(text)
    return chunks, list(map(_chunk, chunks)), starts, ends


def tokenize_columns(text: str, arrays: bool = False, chunks=None) -> tuple[list[int], list[int], list[str]]:
    """The tokens of :func:`tokenize` as three lists: starts, ends and texts (from the chunk memo);
    with ``arrays``, the starts and ends as int64 arrays.  ``chunks``: :func:`chunk_columns` of
    ``text`` if already known.

    >>> tokenize_columns("He didn’t.")
    ([0, 3, 6, 9], [2, 6, 9, 10], ['He', 'did', 'n’t', '.'])
    """
    if chunks is None and len(text) < 2048:
        return _short_tokenize_columns(text, arrays)
    _, recs, chunk_starts, _ = chunks or chunk_columns(text)
    words = list(chain.from_iterable(map(itemgetter(0), recs)))
    starts, ends = _token_offsets(recs, chunk_starts)
    return (starts, ends, words) if arrays else (starts.tolist(), ends.tolist(), words)


def _short_tokenize_columns(text: str, arrays: bool):
    """:func:`tokenize_columns` of a short text: each chunk found after the previous one; its tokens
    follow each other without a gap."""
    chunks = text.split()
    recs = list(map(_chunk, chunks))
    words = list(chain.from_iterable(map(itemgetter(0), recs)))
    starts, ends = [], []
    pos = 0
    find = text.find
    for chunk, rec in zip(chunks, recs):
        pos = find(chunk, pos)
        for w in rec[0]:
            starts.append(pos)
            pos += len(w)
            ends.append(pos)
    if arrays:
        import numpy as np

        return np.array(starts, np.int64), np.array(ends, np.int64), words
    return starts, ends, words


def _chunk_offsets(text: str):
    """Starts and ends (int64 arrays) of the whitespace-delimited chunks of ``text``: where whitespace
    stops and starts."""
    import numpy as np

    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), np.uint32)
    space = np.ones(len(codes) + 2, bool)  # whitespace before and after the text
    space[1:-1] = _is_space_table()[np.minimum(codes, 0x3001)]
    edges = np.flatnonzero(space[1:] != space[:-1])
    return edges[0::2], edges[1::2]


def _token_offsets(recs: list[tuple], chunk_starts):
    """Starts and ends (int64 arrays) of the tokens of the chunks with the records ``recs``, which start
    at ``chunk_starts``: each token's place in its chunk comes packed in the records (a chunk's first
    token is the one at offset 0)."""
    import numpy as np

    places = np.frombuffer(b"".join(map(itemgetter(2), recs)), "<i8").reshape(-1, 2)
    offsets, sizes = places[:, 0], places[:, 1]
    chunk = np.cumsum(offsets == 0) - 1  # each token's chunk
    starts = chunk_starts[chunk] + offsets
    return starts, starts + sizes


def chunk_word_counts(recs: list[tuple]):
    """:func:`count_words` of each chunk with the record ``recs`` (an int64 array)."""
    import numpy as np

    return np.fromiter(map(itemgetter(1), recs), np.int64, len(recs))


# The characters re.IGNORECASE equates with an ASCII letter (dotted / dotless i, long s, Kelvin sign),
# the only ones whose lower() may also turn into ASCII or change a text's length: a text holding one
# is left to the regular expressions by the plain-substring prefilters.
FOLD_SPECIAL = "\u0130\u0131\u017f\u212a"


def has_fold_special(text: str) -> bool:
    """True if ``text`` holds a character that case-insensitive regexes match with an ASCII letter but
    ``str.lower`` does not lower to it (``"İ"``, ``"ı"``, ``"ſ"``, the Kelvin sign).

    >>> has_fold_special("Photo: AFP"), has_fold_special("Pıcture: AFP")
    (False, True)
    """
    return not text.isascii() and any(ch in text for ch in FOLD_SPECIAL)


_WORDS = re.compile(r"\w+(?:[’'-]\w+)*")


def count_words(text: str) -> int:
    """Words of ``text`` as the ``n_words`` columns count them: runs of letters and digits, with inner
    apostrophes and hyphens (clitics and punctuation are not words; "didn’t" and "70-plus" are one).

    >>> count_words("He didn’t say “70-plus”, U.S. officials said.")
    8
    """
    return sum(map(itemgetter(1), map(_chunk, text.split())))


_QUOTE_TAG = {"“": "``", "‘": "``", "”": "''", "’": "''", '"': "''", "'": "''"}


@lru_cache(maxsize=1)
def _parser():
    from textblob.en import parser

    return parser


def tag(tokens: list[str]) -> list[str]:
    """Penn Treebank tags for a token list, from TextBlob's bundled pattern tagger (no corpus needed)."""
    norm = [t.replace("’", "'").replace("‘", "'") for t in tokens]
    tagged = _parser().find_tags(norm)
    tags = []
    for tok, (_, t) in zip(tokens, tagged):
        if tok in _QUOTE_TAG:
            t = _QUOTE_TAG[tok]
        elif t in ("PRP", "NN", "JJ") and len(tok) > 1 and tok.isupper() and tok.isalpha():
            t = "NNP"  # US, ISIS: capitals are names, not "us"
        elif t == "IN" and tok[:1].isdigit():
            t = "CD"
        tags.append(t)
    return tags


_UPOS = {"N": "NOUN", "V": "VERB", "M": "AUX", "J": "ADJ", "R": "ADV"}


@lru_cache(maxsize=200_000)
def lemma(word: str, pos: str) -> str:
    """Lemma of ``word`` given its Penn tag: lemminflect for nouns, verbs, adjectives, adverbs."""
    if pos.startswith("NNP") or (pos.startswith("JJ") and word[:1].isupper()):
        return word  # names and proper adjectives (Iranian) keep their capitals
    low = word.lower().replace("’", "'")
    upos = _UPOS.get(pos[:1])
    if upos is None or not low.isalpha() and "-" not in low and "'" not in low:
        return low
    if low == "n't":
        return "not"
    from lemminflect import getLemma

    lem = getLemma(low, upos=upos if upos != "AUX" else "VERB")
    return lem[0] if lem else low


# Per-token annotation memo.  The pattern tagger TextBlob bundles (``Parser.find_tags``) has no
# context rules: a token's tag depends only on the token and on whether it opens the sentence (the
# lower-case lexicon fallback applies to the first token only).  So (pos, lemma, is_stop, is_punct)
# is a function of (token, is first) and is computed once per distinct pair; a sentence with any
# unseen token is tagged by the real tagger, which fills the memo.  The memos map a token to the row
# of its entry in ``_INFO`` (rows from 1, so that every row number is true), so that an article's
# columns are read out of the rows' table (:func:`annotation_columns`) with numpy indexing instead of
# one Python step per token and column.  Bounded: cleared when it grows past _MEMO_MAX entries (a
# corpus vocabulary stays far below that).
_MEMO_FIRST: dict[str, int] = {}
_MEMO_REST: dict[str, int] = {}
_MEMO_MAX = 400_000
_INFO: list[tuple] = [None]  # row -> (pos, lemma, is_stop, is_punct); row 0 unused
_TABLES: list = []  # [pos, lemma, is_stop, is_punct] arrays of _INFO's rows (see _info_tables), and its state


def _info_row(info: tuple) -> int:
    _INFO.append(info)
    return len(_INFO) - 1


def _clear_memo() -> None:
    _MEMO_REST.clear()
    _MEMO_FIRST.clear()
    del _INFO[1:]
    _TABLES.clear()


def annotate(words: list[str]) -> list[tuple[str, str, bool, bool]]:
    """``(pos, lemma, is_stop, is_punct)`` for each token of one sentence; identical to calling
    :func:`tag`, :func:`lemma` and the stop-word / punctuation tests token by token.

    >>> [a[:2] for a in annotate(["Officials", "said", "it", "."])]
    [('NNS', 'official'), ('VBD', 'say'), ('PRP', 'it'), ('.', '.')]
    """
    if len(_MEMO_REST) + len(_MEMO_FIRST) > _MEMO_MAX:
        _clear_memo()
    return list(map(_INFO.__getitem__, _annotate_rows(words)))


def _annotate_rows(words: list[str]) -> list[int]:
    """The memo rows of :func:`annotate`'s entries for one sentence (the memo filled for unseen tokens;
    never cleared here, so rows found before stay valid)."""
    if not words:
        return []
    rest = _MEMO_REST
    out = [_MEMO_FIRST.get(words[0])]
    out += map(rest.get, words[1:]) if len(words) > 1 else ()
    if not all(out):  # (rows are from 1: a missing one is None)
        stop = STOPWORDS
        for i, (w, pos) in enumerate(zip(words, tag(words))):
            if out[i] is None:
                info = (pos, lemma(w, pos), w.lower().replace("’", "'") in stop, not any(ch.isalnum() for ch in w))
                row = (_MEMO_FIRST if i == 0 else rest)[w] = _info_row(info)
                out[i] = row
    return out


def annotate_spans(words: list[str], bounds: list[int]) -> list[tuple[str, str, bool, bool]]:
    """:func:`annotate` of each sentence ``words[bounds[k]:bounds[k + 1]]``, concatenated: every word's
    entry read from the memo in one pass (a sentence's first word from the first-word memo), the
    sentences tagged one by one only when a word is missing."""
    return list(map(_INFO.__getitem__, annotation_rows(words, bounds)))


def annotation_rows(words: list[str], bounds: list[int]) -> list[int]:
    """The memo rows of :func:`annotate_spans`' entries (valid until the memo is next cleared, which
    only happens at the start of this call or of :func:`annotate`)."""
    if len(_MEMO_REST) + len(_MEMO_FIRST) > _MEMO_MAX:
        _clear_memo()
    rows = list(map(_MEMO_REST.get, words))
    first = _MEMO_FIRST.get
    for a, b in zip(bounds, bounds[1:]):
        if a < b:
            rows[a] = first(words[a])
    if not all(rows):
        rows = list(chain.from_iterable(_annotate_rows(words[a:b]) for a, b in zip(bounds, bounds[1:])))
    return rows


def annotation_columns(words: list[str], bounds: list[int]):
    """:func:`annotate_spans` as four arrays, ``pos`` and ``lemma`` (object arrays of str) and
    ``is_stop`` and ``is_punct`` (bool): each token's memo row picked out of the table of all rows.
    None when some memo entry's pos or lemma is not a str (then the caller takes the lists)."""
    import numpy as np

    rows = annotation_rows(words, bounds)
    tables = _info_tables()
    if tables is None:
        return None
    rows = np.fromiter(rows, np.intp, len(rows))
    return tuple(t[rows] for t in tables)


def _info_tables():
    """``[pos, lemma, is_stop, is_punct]``: numpy arrays indexed by memo row, extended with the rows
    added since the last call (kept with spare room, so a corpus extends them a few times only);
    None once a row's pos or lemma is not a str."""
    import numpy as np

    if not _TABLES:
        _TABLES[:] = [np.empty(0, object), np.empty(0, object), np.empty(0, bool), np.empty(0, bool), 0, True]
    tables, done = _TABLES[:4], _TABLES[4]
    n = len(_INFO)
    if done < n:
        if n > len(tables[0]):
            size = max(n, 2 * len(tables[0]), 1024)
            for k, t in enumerate(tables):
                grown = np.empty(size, t.dtype)
                grown[:done] = t[:done]
                tables[k] = _TABLES[k] = grown
        new = _INFO[max(done, 1):n]
        if new:
            pos, lem, stop, punct = zip(*new)
            if not all(type(x) is str for x in chain(pos, lem)):
                _TABLES[5] = False
            lo = max(done, 1)
            for t, col in zip(tables, (pos, lem, stop, punct)):
                t[lo:n] = np.fromiter(col, t.dtype, len(col))
        _TABLES[4] = n
    return tables if _TABLES[5] else None  # (a new list: _TABLES[:4])


def _load_stopwords() -> frozenset[str]:
    words = set()
    for line in (LEXICON_DIR / "stopwords.txt").read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            words.update(line.split())
    return frozenset(words)


STOPWORDS = _load_stopwords()
CONTENT_POS = ("NN", "VB", "JJ", "RB")  # tag prefixes of content words


# --- TextBlob interop ------------------------------------------------------------------------------

@cache
def _blob_classes():
    from textblob import TextBlob
    from textblob.base import BaseTokenizer
    from textblob.blob import Sentence
    from textblob.en.sentiments import PatternAnalyzer
    from textblob.en.taggers import PatternTagger

    class NewsWordTokenizer(BaseTokenizer):
        """TextBlob tokenizer built on :func:`tokenize` (no NLTK data needed); words only by default."""

        def __init__(self, include_punc: bool = False):
            self.include_punc = include_punc

        def tokenize(self, text):
            toks = [t for _, _, t in tokenize(text)]
            if self.include_punc:
                return toks
            return [t for t in toks if any(ch.isalnum() for ch in t)]

    from collections import namedtuple

    from textblob.en import sentiment as pattern_sentiment

    _Sentiment = namedtuple("Sentiment", ["polarity", "subjectivity"])
    _SentimentA = namedtuple("Sentiment", ["polarity", "subjectivity", "assessments"])

    class NewsPatternAnalyzer(PatternAnalyzer):
        """TextBlob's PatternAnalyzer, same scores, without building a namedtuple class on every call
        (a fifth of its run time)."""

        def analyze(self, text, keep_assessments=False):
            if keep_assessments:
                score = pattern_sentiment(text)
                return _SentimentA(score[0], score[1], score.assessments)
            return _Sentiment(*pattern_sentiment(text))

    class NewsBlob(TextBlob):
        """A TextBlob that works offline: newslens' sentence splitter and tokenizer, the pattern
        tagger and analyzer.  ``.sentences``, ``.words``, ``.tags``, ``.sentiment`` and
        ``.sentiment_assessments`` need no NLTK corpus."""

        def __init__(self, text, **kwargs):
            kwargs.setdefault("tokenizer", NewsWordTokenizer())
            kwargs.setdefault("pos_tagger", _shared("tagger", PatternTagger))
            kwargs.setdefault("analyzer", _shared("analyzer", NewsPatternAnalyzer))
            super().__init__(text, **kwargs)

        def _create_sentence_objects(self):
            return [
                Sentence(
                    self.raw[s:e],
                    start_index=s,
                    end_index=e,
                    tokenizer=self.tokenizer,
                    np_extractor=self.np_extractor,
                    pos_tagger=self.pos_tagger,
                    analyzer=self.analyzer,
                    parser=self.parser,
                    classifier=self.classifier,
                )
                for s, e in split_sentences(self.raw)
            ]

    return NewsWordTokenizer, NewsBlob


_SHARED: dict = {}


def _shared(name, factory):
    if name not in _SHARED:
        _SHARED[name] = factory()
    return _SHARED[name]


def __getattr__(name):
    if name == "NewsWordTokenizer":
        return _blob_classes()[0]
    if name == "NewsBlob":
        return _blob_classes()[1]
    raise AttributeError(name)


def make_blob(text: str):
    """A TextBlob of ``text`` wired to offline components.

    >>> blob = make_blob("It was an honest mistake. Nobody left.")
    >>> round(blob.sentences[0].sentiment.polarity, 2), len(blob.sentences), blob.sentences[0].tags[3]
    (0.6, 2, ('honest', 'JJ'))
    """
    return _blob_classes()[1](text)


# --- frame summaries (used by notebook 01 and its charts) ------------------------------------------

POS_GROUPS = (
    ("NNP", "proper noun"), ("NN", "noun"), ("VB", "verb"), ("MD", "verb"), ("JJ", "adjective"),
    ("RB", "adverb"), ("PRP", "pronoun"), ("WP", "pronoun"), ("DT", "determiner"), ("PDT", "determiner"),
    ("IN", "preposition"), ("TO", "preposition"), ("CC", "conjunction"), ("CD", "number"),
)


def pos_group(tag: str) -> str:
    """Coarse group of a Penn tag: ``NNPS`` → ``proper noun``, ``VBD`` → ``verb``, ``,`` → ``punctuation``."""
    for prefix, group in POS_GROUPS:
        if tag.startswith(prefix):
            return group
    if not any(ch.isalpha() for ch in tag):
        return "punctuation"
    return "other"


def content_words(tokens, n: int | None = None):
    """Most frequent content lemmas (nouns, verbs, adjectives, adverbs; no stop words): columns
    ``lemma, pos, count`` sorted by count."""
    import pandas as pd

    t = tokens[~tokens.is_stop & ~tokens.is_punct]
    t = t[t.pos.str.startswith(CONTENT_POS) & t.lemma.str.contains(r"[a-zA-Z]", regex=True)]
    key = t.lemma.where(~t.pos.str.startswith("NNP"), t.text)
    group = t.pos.map(pos_group)
    counts = (
        pd.DataFrame({"lemma": key, "pos": group})
        .groupby(["lemma", "pos"], sort=False).size().rename("count").reset_index()
        .sort_values(["count", "lemma"], ascending=[False, True], kind="stable")
        .reset_index(drop=True)
    )
    return counts.head(n) if n else counts


def pos_mix(tokens):
    """Share of each coarse part of speech: columns ``group, count, share`` (share sums to 1)."""
    groups = tokens.pos.map(pos_group)
    counts = groups.value_counts().rename_axis("group").reset_index(name="count")
    counts["share"] = counts["count"] / max(1, counts["count"].sum())
    return counts
