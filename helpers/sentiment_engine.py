"""Fast, exact re-implementations of the scorers behind :mod:`helpers.sentiment`.

* :func:`pattern_sentiment` — TextBlob's ``PatternAnalyzer`` (``textblob._text.Sentiment.__call__`` on a
  string: pattern's ``find_tokens``, then ``assessments``): polarity, subjectivity and assessments.
* :func:`vader_compound` — vaderSentiment's ``SentimentIntensityAnalyzer.polarity_scores(text)["compound"]``.
* :func:`cue_matches` — the matches of newslens' certainty regex (``helpers/lexicons/certainty.tsv``).
* :func:`score` — all three, sharing one pass over the text's tokens; :func:`score_spans` — the same
  for each of many spans of one text (an article's sentences), in one pass over all their tokens;
  :func:`score_texts` for many texts, :func:`score_split` for texts already split into tokens.

They give bit-for-bit the reference results (``tests/test_sentiment_engine.py`` checks every sentence
and quote of the test articles and hand-written edge cases).  They are faster because the per-token
work of the references — pattern's contraction / quote / punctuation splitting, VADER's punctuation
stripping, lower-casing and lexicon look-ups, the certainty regex's many alternatives tried at every
character — is done once per distinct whitespace token and kept in a word-keyed memo; the
per-sentence loops then read the memo's records in place and visit only the tokens that matter (the
words that act in pattern's assessments, VADER's lexicon words, cue starts; VADER re-lower-cases the
whole sentence for every lexicon word), and the certainty regex is only tried where a cue of several
words may start.  Texts on the rare paths where a token-local view is not enough — a blank line (pattern's
end-of-sentence marker), an emoticon or a sarcasm mark "(!)" that pattern's tokenizer splits and
glues back, emoji (VADER replaces them by their descriptions) — take the reference's code for that step.

    >>> p, s, a = pattern_sentiment("It was not a very good idea!")
    >>> round(p, 4), round(s, 4), [(w, round(x, 4)) for w, x, _, _ in a]
    (-0.3365, 0.4615, [(['not', 'very', 'good', '!'], -0.3365)])
    >>> vader_compound("It was not a very good idea!")
    -0.4432
    >>> cue_matches("There is no doubt: it will happen, probably.")
    ['There is no', 'will', 'probably']
"""

from __future__ import annotations

import math
import re
import string
from bisect import bisect_left, bisect_right
from functools import lru_cache
from itertools import accumulate, chain, compress, islice
from operator import itemgetter

__all__ = ["pattern_sentiment", "vader_compound", "cue_matches", "score", "score_spans", "score_texts",
           "score_split", "certainty_regex", "vader_lexicon"]

_MEMO_LIMIT = 100_000  # distinct tokens kept before the memo is emptied (~60 MB at most over a corpus)


# --- tables (filled on first use by _load) --------------------------------------------------------------

_LOADED = False
# pattern: lexicon object, {word: (p, s, i, is_modifier, label, is_negation)}, negations, modifier test,
# emoticons assessments() appends {face: p}, the words that act by themselves in assessments(), (a, b)
# adjacent characters of an emoticon or "(!)" (find_tokens glues such tokens back), find_tokens' settings
_P_LEXICON = _P_KNOWN = _P_NEGATIONS = _P_MODIFIER = _P_EMOTICONS = _P_ACTIVE = _P_GLUE = _P_GLUE_AFTER = None
_P_LEAD = _P_LEAD_DOT = _P_ABBREVIATIONS = _P_REPLACE = _P_EOS = _P_ABBR = _P_MOOD = _P_IRONY = None
# VADER: module, analyzer, lexicon, emoji table and characters, negation words, boosters, scalars,
# multi-word special cases and boosters keyed by word tuples, and their first words
_V = _V_LEXICON = _V_EMOJIS = _V_EMOJI_CHARS = _V_NEGATE = _V_BOOSTER = None
_V_N_SCALAR = _V_C_INCR = _V_SPECIAL_SEQ = _V_BOOSTER_SEQ = _V_SEQ_HEADS = _V_SEQ_PAIRS = _V_SEQ_TAILS = _V_CONTEXT = None


def _load() -> None:
    global _LOADED, _P_LEXICON, _P_KNOWN, _P_NEGATIONS, _P_MODIFIER, _P_EMOTICONS, _P_ACTIVE, _P_GLUE, _P_GLUE_AFTER
    global _P_LEAD, _P_LEAD_DOT, _P_ABBREVIATIONS, _P_REPLACE, _P_EOS, _P_ABBR, _P_MOOD, _P_IRONY
    global _V, _V_LEXICON, _V_EMOJIS, _V_EMOJI_CHARS, _V_NEGATE, _V_BOOSTER
    global _V_N_SCALAR, _V_C_INCR, _V_SPECIAL_SEQ, _V_BOOSTER_SEQ, _V_SEQ_HEADS, _V_SEQ_PAIRS, _V_SEQ_TAILS, _V_CONTEXT
    from textblob import _text
    from textblob.en import sentiment as lexicon
    from vaderSentiment import vaderSentiment as vs

    len(lexicon)  # a lazydict: loads the lexicon
    known = {}
    for w, senses in dict.items(lexicon):
        if None in senses:  # assessments() looks words up with pos None
            p, s, i = senses[None]
            is_mod = any(m in senses for m in lexicon.modifiers)
            known[w] = (p, s, i, is_mod, lexicon.labeler.get(w), w in lexicon.negations)
    punct = _text.PUNCTUATION
    faces = {}
    for (_type, p), es in _text.EMOTICONS.items():
        for e in es:
            faces.setdefault(e.lower(), p)
    # assessments() only looks at short non-alphabetic words for emoticons
    emoticons = {e: p for e, p in faces.items() if e.isalpha() is False and len(e) <= 5 and e not in punct}
    glue = {(e[k], e[k + 1]) for es in _text.EMOTICONS.values() for e in es for k in range(len(e) - 1)}
    glue |= {("(", "!"), ("!", ")")}
    _P_LEXICON, _P_KNOWN, _P_NEGATIONS, _P_MODIFIER = lexicon, known, frozenset(lexicon.negations), lexicon.modifier
    _P_EMOTICONS, _P_GLUE = emoticons, frozenset(glue)
    _P_GLUE_AFTER = {a: frozenset(b for x, b in glue if x == a) for a, _ in glue}
    _P_ACTIVE = frozenset(known) | _P_NEGATIONS | {"!", "(!)"} | set(emoticons)
    _P_LEAD = tuple(punct.replace(".", ""))
    _P_LEAD_DOT = _P_LEAD + (".",)
    _P_ABBREVIATIONS, _P_REPLACE, _P_EOS = _text.ABBREVIATIONS, _text.replacements, _text.EOS
    _P_ABBR, _P_MOOD, _P_IRONY = (_text.RE_ABBR1, _text.RE_ABBR2, _text.RE_ABBR3), _text.MOOD, _text.IRONY

    def by_words(table):
        out = {}
        for k, v in table.items():
            words = tuple(k.split(" "))
            if len(words) > 1:
                assert " ".join(words) == k and all(words), k
                out[words] = v
        return out

    analyzer = vs.SentimentIntensityAnalyzer()
    emoji_chars = frozenset(k for k in analyzer.emojis if len(k) == 1)
    assert not any(c.isspace() for c in emoji_chars)  # so a text holds one iff one of its tokens does
    _V, _V_LEXICON, _V_EMOJIS, _V_EMOJI_CHARS = vs, analyzer.lexicon, analyzer.emojis, emoji_chars
    _V_NEGATE, _V_BOOSTER, _V_N_SCALAR, _V_C_INCR = frozenset(vs.NEGATE), vs.BOOSTER_DICT, vs.N_SCALAR, vs.C_INCR
    _V_SPECIAL_SEQ, _V_BOOSTER_SEQ = by_words(vs.SPECIAL_CASES), by_words(vs.BOOSTER_DICT)
    # _special_idioms_check can only change a valence when a word it looks at (i-3 .. i) starts a sequence
    _V_SEQ_HEADS = frozenset(k[0] for k in [*_V_SPECIAL_SEQ, *_V_BOOSTER_SEQ])
    _V_SEQ_PAIRS = frozenset(k[:2] for k in [*_V_SPECIAL_SEQ, *_V_BOOSTER_SEQ])  # their first two words
    # a word of each pair, leaving out the common "the", "to", "of" (see _slow_hits)
    _V_SEQ_TAILS = frozenset(w for k in _V_SEQ_PAIRS for w in k) - {"the", "to", "of"}
    assert all(not _V_SEQ_TAILS.isdisjoint(k) for k in _V_SEQ_PAIRS)
    # words (besides those with "n't") that sentiment_valence's rules react to before a lexicon word
    _V_CONTEXT = _V_NEGATE | set(_V_BOOSTER) | {"no", "so", "this", "least"}
    assert 0 not in analyzer.lexicon.values()  # (x + 0.0 == x: see _vader_of)
    _LOADED = True


def vader_lexicon() -> dict[str, float]:
    """VADER's lexicon: word -> valence."""
    if not _LOADED:
        _load()
    return _V_LEXICON


# --- certainty regex ------------------------------------------------------------------------------------

_RUN = re.compile(r"[\w’']+")


def _cue_pattern(cue: str) -> str:
    return re.escape(cue).replace(r"\ ", r"\s+")


def _cue_regex_of(cues) -> re.Pattern:
    alt = "|".join(_cue_pattern(c) for c in cues)
    return re.compile(rf"(?<![\w’'])(?:{alt})(?![\w’'])", re.IGNORECASE)


@lru_cache(maxsize=1)
def certainty_regex() -> tuple[re.Pattern, dict[str, float]]:
    """The certainty regex (every cue of ``certainty.tsv``, longest first, case-insensitive, whole
    words) and the cues' weights."""
    from .quotes.lexicon import certainty_cues

    cues = certainty_cues()
    return _cue_regex_of(c for c, _ in cues), {c: w for c, w in cues}


@lru_cache(maxsize=1)
def _cue_heads():
    """``(first word, cue)`` per cue in the regex's alternation order, the first word being the cue's
    leading run of ``[\\w’']`` characters; each first word's case-insensitive test, by the first word's
    length; the ASCII first words by their lower case; the others' tests.  None when some cue starts
    otherwise (then only the full regex is exact).

    (``re.IGNORECASE`` compares one character of the pattern with one of the text: "ß" equals neither
    "ss" nor "SS" there; so a first word can only equal a run of its own length.)"""
    from .quotes.lexicon import certainty_cues

    heads = []
    for c, _ in certainty_cues():
        m = _RUN.match(c)
        if m is None:
            return None
        heads.append((m.group(), c))
    tests = {h: re.compile(re.escape(h), re.IGNORECASE).fullmatch for h, _ in heads}
    by_length, ascii_heads, other_tests = {}, {}, {}
    for h, test in tests.items():
        by_length.setdefault(len(h), {})[h] = test
        if h.isascii():
            ascii_heads.setdefault(h.lower(), set()).add(h)
        else:
            other_tests[h] = test
    return heads, by_length, ascii_heads, other_tests


@lru_cache(maxsize=1)
def _ascii_cue_lows():
    """The lower case of every ASCII cue first word, when no other first word can equal an ASCII run
    as ``re.IGNORECASE`` compares (else None).  ``re`` compares character by character, so a first word
    holding a character that equals no ASCII character (the "’" of "don’t") equals no ASCII run; then an
    ASCII run equals a first word only if its lower case is in this set (see :func:`_same_heads`), and
    :func:`_cue_regex` of any other ASCII run is None: :func:`_token` skips it without calling that."""
    heads = _cue_heads()
    if heads is None:
        return None
    ascii_chars = [chr(c) for c in range(128)]
    for h in heads[3]:
        if all(any(re.fullmatch(re.escape(c), x, re.IGNORECASE) for x in ascii_chars) for c in h):
            return None
    return frozenset(heads[2])


def _same_heads(run: str) -> set[str]:
    """The cue first words ``run`` equals as ``re.IGNORECASE`` compares: for ASCII text and ASCII first
    words that is equality in lower case; other first words and runs are tested with the regex."""
    _, by_length, ascii_heads, other_tests = _cue_heads()
    if run.isascii():
        return ascii_heads.get(run.lower(), set()) | {h for h, test in other_tests.items() if test(run)}
    return {h for h, test in by_length.get(len(run), {}).items() if test(run)}


@lru_cache(maxsize=100_000)
def _cue_regex(run: str):
    """How the certainty regex can match at the start of the word run ``run``: None when it cannot, else
    ``(regex, whole, nexts)``.  Only the cues whose first word equals ``run`` case-insensitively (as
    ``re.IGNORECASE`` compares) can match there: a cue's first word must be followed by a non-word
    character or the end, and inside a run the look-behind rules every cue out.  ``regex`` is the
    certainty regex restricted to those cues; ``whole`` says the first of them is the single word, so the
    match is the run itself; ``nexts`` (when each is the first word, a space and more) holds their second
    words: the regex can only match if the run ends its token and the next token starts with one.

    An ASCII run is looked up by its lower case ("Perhaps" and "perhaps" equal the same first words,
    so one compiled regex serves both; :func:`warm_cues` compiles them all up front)."""
    if run.isascii():
        low = run.lower()
        if low != run:
            return _cue_regex(low)
    same = _same_heads(run)
    if not same:
        return None
    cues = [(h, c) for h, c in _cue_heads()[0] if h in same]
    nexts = []
    for h, c in cues:
        rest = c[len(h):]
        m = _RUN.match(rest, 1) if rest.startswith(" ") else None
        if m is None:
            nexts = None
            break
        nexts.append(m.group().lower())
    return _cue_regex_of(c for _, c in cues), cues[0][0] == cues[0][1], nexts and tuple(nexts)


def warm_cues() -> None:
    """Compile the certainty regex of every ASCII cue first word now (about 100 µs each), not the first
    time an article holds one."""
    heads = _cue_heads()
    if heads is not None:
        for low in heads[2]:
            _cue_regex(low)


# --- per-token memo -------------------------------------------------------------------------------------

# A whitespace token's record: pattern's lower-cased words; the first and last character of pattern's
# tokens and whether two of them meet as in an emoticon (or there are none: a lone end-of-sentence);
# VADER's word, its lower case, isupper(), whether it bears valence (in the lexicon, not a booster); the
# certainty cue starts in the token as (start, end, regex, whole, nexts) (see _cue_regex); whether it
# holds an emoji; whether VADER's rules look at it before a lexicon word (a booster, negation, "no",
# "so", "this", "least": see _vader_of); None, or (glued, the first characters of a next token that
# would glue to its last character) when it is glued or may glue to the next token (see _glued_spans);
# the number of pattern's words and the places among them of those that act in assessments (see
# _pattern_spans); the lower case of its leading run of word characters when it is ASCII (None if not
# ASCII; "" if it has no leading run: see _cues_spans); whether any of the fields score_split looks for
# (acts, glue, valence, cues, emoji, rare, busy) is set: about a third of the tokens are (see
# score_split); whether VADER's but-check or punctuation emphasis may need it ("rare": its word is
# "but", or it holds "!" or "?": see _vader_hits); its word's valence in VADER's lexicon when it bears
# valence (else 0); whether VADER's context may change a valence nearby ("busy": a context word, a
# word of a word sequence besides "the", "to" and "of", or a word bearing valence that is upper case
# or "kind": see _slow_hits); when each of its cue starts needs a next word, the set of those words
# (else None: see _cues_spans); when the words that act in it are all known words that are neither
# modifiers nor negations, their (word, polarity, subjectivity, label) (else None: see _pattern_spans).
_TOKENS: dict[str, tuple] = {}
(_pwords_of, _pfirst_of, _plast_of, _pglued_of, _word_of, _low_of, _upper_of, _hit_of, _cues_in,
 _emoji_of, _ctx_of, _glue_of, _pcount_of, _pacts_of, _lead_of, _marked_of, _rare_of, _val_of, _busy_of,
 _needs_of, _plain_acts_of) = map(itemgetter, range(21))


_QUOTES = [(q, f" {q} ") for q in ("“", "”", "‘", "’", "'", '"')]  # find_tokens spaces them out


def _token(raw: str) -> tuple:
    alnum = raw.isalnum()
    if alnum:  # no quote, apostrophe or punctuation: find_tokens keeps it whole
        # (and VADER's punctuation strip leaves it as it is: string.punctuation holds no alphanumeric)
        toks = [raw]
        glued = False
        word = raw
        low = raw.lower()
        pwords = (low,)
        acts = (0,) if low in _P_ACTIVE else ()
    else:
        t = raw
        if "'" in t:
            for a, b in _P_REPLACE.items():  # contractions: find_tokens' re.sub of literal patterns
                t = t.replace(a, b)
        for q, spaced in _QUOTES:
            if q in t:
                t = t.replace(q, spaced)
        toks = [x for part in t.split() for x in _split_punctuation(part) if x != _P_EOS]
        glued = not toks or any((x[-1], y[0]) in _P_GLUE for x, y in zip(toks, toks[1:]))
        stripped = raw.strip(string.punctuation)  # VADER's _strip_punc_if_word
        word = raw if len(stripped) <= 2 else stripped
        low = word.lower()
        pwords = tuple(x.lower() for x in toks)
        acts = tuple(j for j, x in enumerate(pwords) if x in _P_ACTIVE)
    last = toks[-1][-1] if toks else ""
    is_ascii = raw.isascii()
    cues = ()
    if _cue_heads() is not None:
        # (a cue that needs a second word cannot match at a run that does not end the token)
        lows = _ascii_cue_lows()
        if lows is not None and is_ascii:
            # (an ASCII run's lower case has its places and gives the same _cue_regex: only first words'
            # lower cases can give one; see _ascii_cue_lows)
            if alnum:  # one run, the whole token
                if low in lows and (how := _cue_regex(low)):
                    cues = ((0, len(raw), *how),)
            else:
                cues = tuple((m.start(), m.end(), *how) for m in _RUN.finditer(raw.lower())
                             if m.group() in lows and (how := _cue_regex(m.group()))
                             and not (how[2] and m.end() < len(raw)))
        else:
            cues = tuple((m.start(), m.end(), *how) for m in _RUN.finditer(raw)
                         if (how := _cue_regex(m.group())) and not (how[2] and m.end() < len(raw)))
    hit = low in _V_LEXICON and low not in _V_BOOSTER
    emoji = not is_ascii and not _V_EMOJI_CHARS.isdisjoint(raw)
    glue = (glued, _P_GLUE_AFTER.get(last, frozenset())) if glued or last in _P_GLUE_AFTER else None
    rare = low == "but" or "!" in raw or "?" in raw
    ctx = low in _V_CONTEXT or "n't" in low
    busy = ctx or low in _V_SEQ_TAILS or (hit and (word.isupper() or low == "kind"))
    plain = _plain_acts(pwords, acts) if acts else None
    if len(_TOKENS) >= _MEMO_LIMIT:
        _TOKENS.clear()
    rec = _TOKENS[raw] = (
        pwords, toks[0][0] if toks else "", last, glued,
        word, low, word.isupper(), hit, cues, emoji, ctx, glue,
        len(pwords), acts,
        (lead.group().lower() if (lead := _RUN.match(raw)) else "") if is_ascii else None,
        bool(hit or cues or emoji or glue or acts or rare or busy), rare,
        _V_LEXICON[low] if hit else 0, busy,
        frozenset(chain.from_iterable(c[4] for c in cues)) if cues and all(c[4] for c in cues) else None,
        plain)
    return rec


def _plain_acts(pwords: tuple, acts: tuple):
    """``(word, polarity, subjectivity, label)`` of the words at ``acts`` when each is a known word that
    is neither a modifier nor a negation (else None)."""
    out = []
    for j in acts:
        k = _P_KNOWN.get(pwords[j])
        if k is None or k[3] or k[5]:
            return None
        out.append((pwords[j], k[0], k[1], k[4]))
    return tuple(out) if out else None


def _split_punctuation(t: str) -> list[str]:
    """pattern's find_tokens on one space-free token: leading and trailing punctuation split off,
    a final period kept on abbreviations (the loop body of ``textblob._text.find_tokens``)."""
    punctuation, replace = _P_LEAD, _P_REPLACE
    abbr1, abbr2, abbr3 = _P_ABBR
    tokens, tail = [], []
    while t.startswith(punctuation) and t not in replace:
        tokens.append(t[0])
        t = t[1:]
    while t.endswith(_P_LEAD_DOT) and t not in replace:
        if t.endswith(punctuation):
            tail.append(t[-1])
            t = t[:-1]
        if t.endswith("..."):
            tail.append("...")
            t = t[:-3].rstrip(".")
        if t.endswith("."):
            if (t in _P_ABBREVIATIONS or abbr1.match(t) is not None or abbr2.match(t) is not None
                    or abbr3.match(t) is not None):
                break
            tail.append(t[-1])
            t = t[:-1]
    if t != "":
        tokens.append(t)
    tokens.extend(reversed(tail))
    return tokens


def _records(text: str) -> tuple[list[str], list[tuple]]:
    if not _LOADED:
        _load()
    raws = text.split()
    recs = list(map(_TOKENS.get, raws))
    if not all(recs):  # (records are non-empty tuples: a missing one is None)
        recs = [r or _token(raw) for r, raw in zip(recs, raws)]
    return raws, recs


# --- public entries -------------------------------------------------------------------------------------

def score(text: str) -> tuple[tuple[float, float, list], float, list[str]]:
    """``(pattern_sentiment(text), vader_compound(text), cue_matches(text))`` in one pass."""
    raws, recs = _records(text)
    marks = _marked(recs)
    return _pattern_of(text, recs), _vader_of(text, recs, marks), _cues_of(text, raws, recs, marks)


def score_spans(text: str, spans) -> list[tuple[tuple[float, float, list], float, list[str]]]:
    """``[score(text[s:e]) for s, e in spans]`` (``spans`` sorted and not overlapping, e.g. an article's
    sentences), in one pass over all their tokens: the word lists, the words that act in pattern's
    assessments, VADER's lexicon hits and the certainty cue starts are found once for the whole text,
    and each span then only visits its own hits (most spans have few, many none)."""
    return score_texts([text[s:e] for s, e in spans])


def score_texts(texts: list[str]) -> list[tuple[tuple[float, float, list], float, list[str]]]:
    """``[score(t) for t in texts]`` in one pass over all their tokens, as :func:`score_spans` (an
    article's quotes, say)."""
    parts = [t.split() for t in texts]
    return score_split(texts, list(chain.from_iterable(parts)), list(accumulate(map(len, parts), initial=0)))


def score_split(texts: list[str], raws: list[str], bounds: list[int]) -> list[tuple]:
    """:func:`score_texts` of ``texts`` given their whitespace-delimited tokens, all in one list
    ``raws``: those of ``texts[k]`` are ``raws[bounds[k]:bounds[k + 1]]`` (an article that has split
    its body once passes its sentences' share of it)."""
    if not _LOADED:
        _load()
    recs = list(map(_TOKENS.get, raws))
    if not all(recs):
        recs = [r or _token(raw) for r, raw in zip(recs, raws)]
    marks = _marked(recs)
    return list(zip(_pattern_spans(texts, recs, bounds, marks), _vader_spans(texts, recs, bounds, marks),
                    _cues_spans(texts, raws, recs, bounds, marks)))


_PLACES = list(range(4096))  # 0, 1, ...: compress() picks from them without making new ints


class _Marks:
    """The places of the tokens of ``recs`` each scorer looks for (each a sorted list): ``acts`` (a word
    that acts in pattern's assessments), ``glue`` (glued, or may glue to the next token), ``hits``
    (VADER valence), ``cues`` (a certainty cue may start), ``rare`` (the word "but", or "!" or "?": see
    :func:`_vader_hits`), and whether some token holds an ``emoji``; for VADER's hits also the set
    ``slow`` of those that take :func:`_vader_hits`' full path (see :func:`_slow_hits`).

    One pass over all the tokens finds those with any of them (their record's last field: about a
    third of the tokens), and each list is then picked from that third: the same lists as one pass
    over all the tokens per field, in less time."""

    __slots__ = ("acts", "glue", "hits", "cues", "rare", "emoji", "slow")

    def __init__(self, recs: list[tuple]):
        places = _PLACES if len(recs) <= len(_PLACES) else range(len(recs))
        marked = list(compress(places, map(_marked_of, recs)))  # (compress stops with recs)
        sub = list(map(recs.__getitem__, marked))
        self.acts = list(compress(marked, map(_pacts_of, sub)))
        self.glue = list(compress(marked, map(_glue_of, sub)))
        self.hits = hits = list(compress(marked, map(_hit_of, sub)))
        self.slow = _slow_hits(hits, list(compress(marked, map(_busy_of, sub)))) if hits else set()
        self.cues = list(compress(marked, map(_cues_in, sub)))
        self.rare = list(compress(marked, map(_rare_of, sub)))
        self.emoji = any(map(_emoji_of, sub))


_marked = _Marks


def _slow_hits(hits: list[int], busy: list[int]) -> set[int]:
    """The VADER hits (places ``hits``) that may not have exactly their word's lexicon valence, given
    the places ``busy`` of the tokens whose record's busy field is set; the other hits have it.

    A hit at ``i`` that is not upper case nor "kind" (else it is busy itself), with no context word (a
    booster, negation, "no", "so", "this", "least", "n't": busy) at ``i - 3 .. i`` and no pair of
    adjacent words at ``i - 3 .. i + 1`` that starts one of VADER's word sequences, gets nothing added
    to its lexicon valence in :func:`_vader_hits`: neither its context rules nor :func:`_idiom_near`
    react.  Each such pair holds a busy word (one that is not "the", "to" nor "of"), so it lies within
    ``i - 3 .. i + 1``.  So a hit more than one before or three after every busy token is not slow.
    The test ignores the span's bounds: looking beyond them only sends more hits down the full path."""
    near = set(busy)
    for d in (-1, 1, 2, 3):
        near.update([p + d for p in busy])
    return near.intersection(hits)


def pattern_sentiment(text: str) -> tuple[float, float, list]:
    """``(polarity, subjectivity, assessments)`` exactly as TextBlob's PatternAnalyzer gives them for
    ``text``; assessments are ``(words, polarity, subjectivity, label)`` tuples."""
    return _pattern_of(text, _records(text)[1])


def vader_compound(text: str) -> float:
    """VADER's compound score of ``text`` (rounded to 4 places, as ``polarity_scores`` returns it)."""
    return _vader_of(text, _records(text)[1])


def cue_matches(text: str) -> list[str]:
    """``[m.group() for m in certainty_regex()[0].finditer(text)]``."""
    return _cues_of(text, *_records(text))


# --- pattern --------------------------------------------------------------------------------------------

def _glued(recs: list[tuple]) -> bool:
    """Do pattern's tokens of ``recs`` hold an emoticon or "(!)" that find_tokens glues back together?"""
    return any(map(_pglued_of, recs)) \
        or not _P_GLUE.isdisjoint(zip(map(_plast_of, recs), islice(map(_pfirst_of, recs), 1, None)))


def _glued_spans(recs: list[tuple], bounds: list[int], glue: list[int]) -> set[int]:
    """The spans whose tokens (``recs[bounds[k]:bounds[k + 1]]``) are :func:`_glued`: those holding a
    glued token, or a token whose last character glues to the first one of the next token of the span
    (a few tokens in ten end in a character that may: those, ``glue``, are the only ones looked at)."""
    glued = []  # tokens glued themselves or to the one before them
    n = len(recs)
    for k in glue:
        itself, after = recs[k][11]
        if itself:
            glued.append(k)
        if k + 1 < n and recs[k + 1][1] in after and k + 1 not in bounds:
            glued.append(k + 1)
    return {bisect_right(bounds, k) - 1 for k in glued}


def _own_path(text: str) -> bool:
    """Does ``text`` hold a blank line (find_tokens' end-of-sentence marker)?"""
    return "\n" in text and "\n\n" in text.replace("\r\n", "\n")


def _tokenizer_words(text: str) -> list[str]:
    """find_tokens' own path: end-of-sentence markers, emoticons or "(!)" glued back together."""
    return [w.lower() for w in " ".join(_P_LEXICON.tokenizer(text)).split()]


def _pattern_of(text: str, recs: list[tuple]) -> tuple[float, float, list]:
    if _own_path(text) or _glued(recs):
        return _assess(_tokenizer_words(text))
    acts = list(compress(range(len(recs)), map(_pacts_of, recs)))
    return _assess_tokens(recs, acts, len(recs)) if acts else (0.0, 0.0, [])


def _pattern_spans(texts: list[str], recs: list[tuple], bounds: list[int], marks: _Marks) -> list[tuple]:
    """:func:`_pattern_of` of each span (its text, its tokens ``recs[bounds[k]:bounds[k + 1]]``).

    In a span whose words that act are all known words that are neither modifiers nor negations (about
    half the spans with words that act: their records say so), nothing is ever pending in
    :func:`_assess_tokens`: each such word makes an assessment of its own, ``([word], polarity,
    subjectivity, label)``, so those are made from the tokens' records directly."""
    acts = marks.acts  # the few tokens holding a word that acts
    glued = _glued_spans(recs, bounds, marks.glue)
    out = []
    hi = 0
    for k, text in enumerate(texts):
        b = bounds[k + 1]
        lo, hi = hi, bisect_left(acts, b, hi)
        if k in glued or _own_path(text):
            out.append(_assess(_tokenizer_words(text)))
        elif lo == hi:
            out.append((0.0, 0.0, []))  # no word acts: no assessment
        elif None not in (plain := list(map(_plain_acts_of, map(recs.__getitem__, acts[lo:hi])))):
            a = [([w], p, s, label) for words in plain for w, p, s, label in words]
            pol = sub = 0
            for _, p, s, _ in a:
                pol += p
                sub += s
            div = float(len(a))
            out.append((pol / div, sub / div, a))
        else:
            out.append(_assess_tokens(recs, acts[lo:hi], b))
    return out


_NO_RECORD = (None,) * 12


def _assess(words: list[str]) -> tuple[float, float, list]:
    """``textblob._text.Sentiment.assessments`` (with negation) and the averages of ``__call__``, of
    pattern's lower-cased words: each word made a token record of its own (only the fields
    :func:`_assess_tokens` reads: the words, the places of those that act)."""
    recs = [((w,),) + _NO_RECORD + ((0,) if w in _P_ACTIVE else (),) for w in words]
    acts = [k for k, w in enumerate(words) if w in _P_ACTIVE]
    return _assess_tokens(recs, acts, len(recs)) if acts else (0.0, 0.0, [])


def _words_from(recs: list[tuple], t0: int, j0: int, t1: int, j1: int):
    """pattern's words from word ``j0`` of token ``t0`` up to (not including) word ``j1`` of token ``t1``."""
    while t0 < t1:
        yield from recs[t0][0][j0:]
        t0 += 1
        j0 = 0
    if j1 > j0:
        yield from recs[t1][0][j0:j1]


def _settle(w: str, m, n, a: list):
    """TextBlob's step after a word that is not in its lexicon: a negation pending after a modifier
    negates the last assessment; otherwise a word of three letters or more ends the modifier.
    Returns the new (modifier, negation)."""
    if n is not None and m is not None and _P_MODIFIER(m):
        a[-1][0].append(n)
        a[-1][4] = -1
        return m, None
    if m is not None and len(w) > 2:
        return None, n
    return m, n


def _assess_tokens(recs: list[tuple], acts: list[int], stop: int) -> tuple[float, float, list]:
    """:func:`_assess` of the words of the tokens ``recs[acts[0]:stop]``, whose tokens holding words that
    act are ``acts`` (the words before the first of them do nothing).

    Only known words and a few special ones (negations, "!", "(!)", emoticons) act by themselves; any
    other word merely ends a pending modifier or negation, so the loop visits the words that act and,
    while something is pending, the words after them."""
    known, negations, emoticons = _P_KNOWN, _P_NEGATIONS, _P_EMOTICONS
    a = []  # [words, p, s, i, n, label] per assessment
    m = None  # preceding modifier word
    n = None  # preceding negation
    pt, pj = acts[0], 0  # the next word not visited: word pj of token pt
    for t in acts:
        words = recs[t][0]
        for j in recs[t][13]:
            if m is not None or n is not None:
                for w in _words_from(recs, pt, pj, t, j):  # words that do not act may end what is pending
                    if n is not None and len(w.strip("'")) > 1:
                        n = None
                    m, n = _settle(w, m, n, a)
                    if m is None and n is None:
                        break
            pt, pj = t, j + 1
            w = words[j]
            k = known.get(w)
            if k is not None:
                p, s, i, is_mod, label, is_neg = k
                if m is None:
                    a.append([[w], p, s, i, 1, label])
                else:
                    last = a[-1]
                    last[0].append(w)
                    last[1] = max(-1.0, min(p * last[3], +1.0))
                    last[2] = max(-1.0, min(s * last[3], +1.0))
                    last[3] = i
                    last[5] = label
                if n is not None:
                    last = a[-1]
                    last[0].insert(0, n)
                    last[3] = 1.0 / last[3]
                    last[4] = -1
                m = w if is_mod else None
                n = w if is_neg else None
                continue
            if w in negations:
                n = w
            elif n is not None and len(w.strip("'")) > 1:
                n = None
            m, n = _settle(w, m, n, a)
            if w == "!" and len(a) > 0:
                a[-1][0].append("!")
                a[-1][1] = max(-1.0, min(a[-1][1] * 1.25, +1.0))
            if w == "(!)":
                a.append([[w], 0.0, 1.0, 1.0, 1, _P_IRONY])
            e = emoticons.get(w)
            if e is not None:
                a.append([[w], e, 1.0, 1.0, 1, _P_MOOD])
    if m is not None or n is not None:
        for w in _words_from(recs, pt, pj, stop, 0):
            if n is not None and len(w.strip("'")) > 1:
                n = None
            m, n = _settle(w, m, n, a)
            if m is None and n is None:
                break
    out = [(x[0], x[1] * -0.5 if x[4] < 0 else x[1], x[2], x[5]) for x in a]
    pol = sub = 0
    for _, p, s, _ in out:
        pol += p
        sub += s
    div = float(len(out) or 1)
    return pol / div, sub / div, out


# --- VADER ----------------------------------------------------------------------------------------------

def _replace_emoji(text: str) -> str:
    """The emoji-to-description loop at the top of ``polarity_scores``."""
    text_no_emoji = ""
    prev_space = True
    for chr in text:
        if chr in _V_EMOJIS:
            description = _V_EMOJIS[chr]
            if not prev_space:
                text_no_emoji += " "
            text_no_emoji += description
            prev_space = False
        else:
            text_no_emoji += chr
            prev_space = chr == " "
    return text_no_emoji


def _vader_of(text: str, recs: list[tuple], marks: _Marks | None = None) -> float:
    return _vader_spans([text], recs, [0, len(recs)], marks or _marked(recs))[0]


def _vader_spans(texts: list[str], recs: list[tuple], bounds: list[int], marks: _Marks) -> list[float]:
    """VADER's compound score of each span (its text, its tokens ``recs[bounds[k]:bounds[k + 1]]``).

    A span whose hits are none of them slow (see :func:`_slow_hits`) and which holds no rare token
    (see :func:`_vader_hits`) sums its hits' lexicon valences, as :func:`_vader_hits` would."""
    hits, rare, slow = marks.hits, marks.rare, marks.slow
    stops = sorted(slow.union(rare)) if slow or rare else ()  # where a span needs _vader_hits
    n_stops = len(stops)
    emoji = marks.emoji
    out = []
    hi = 0
    for k, text in enumerate(texts):
        a, b = bounds[k], bounds[k + 1]
        lo, hi = hi, bisect_left(hits, b, hi)
        if emoji and not text.isascii() and any(map(_emoji_of, recs[a:b])):
            text = _replace_emoji(text)
            own = _records(text)[1]
            own_hits = list(compress(range(len(own)), map(_hit_of, own)))
            out.append(_vader_hits(text, own, 0, len(own), own_hits, True, set(own_hits))
                       if own_hits else 0.0)
        elif lo == hi:
            out.append(0.0)  # every valence is 0: so are the sum and the compound
        else:
            s = bisect_left(stops, a)
            if s == n_stops or stops[s] >= b:
                out.append(_compound_of(float(sum(map(_val_of, map(recs.__getitem__, hits[lo:hi]))))))
            else:
                r = bisect_left(rare, a)
                out.append(_vader_hits(text, recs, a, b, hits[lo:hi], r < len(rare) and rare[r] < b, slow))
    return out


def _vader_hits(text: str, recs: list[tuple], a: int, b: int, hits: list[int], rare: bool,
                slow: set[int]) -> float:
    """VADER's compound score of ``text`` (no emoji), whose tokens are ``recs[a:b]`` and bear valence at
    ``hits`` (those not in ``slow`` have exactly their lexicon valence: see :func:`_slow_hits`).  Works
    on the records in place; the span's word lists are made only for the rare hits that need
    :func:`_valence` or an idiom check.  Without a ``rare`` token (the word "but", or "!" or "?") VADER's but-check changes nothing (its words hold no "but") and its punctuation emphasis adds
    nothing (the text holds no "!" nor "?": whitespace holds neither), so neither is looked at."""
    lists = None  # (words, lower-cased words) of the span, once needed
    cap = None  # VADER's is_cap_diff, once needed
    valences = []  # of the hits, in order
    for i in hits:
        r = recs[i]
        if i not in slow:
            valences.append(r[17])
            continue
        low = r[5]
        if low == "kind" and i < b - 1 and recs[i + 1][5] == "of":
            valences.append(0)
            continue
        # a word VADER's rules react to among the word and the three before it in the span
        ctx = r[10] or (i > a and (recs[i - 1][10] or (i - 1 > a and (
            recs[i - 2][10] or (i - 2 > a and recs[i - 3][10])))))
        if ctx or r[6]:
            if cap is None:
                # VADER's is_cap_diff (0 < non-caps words < n) only counts next to a word that
                # isupper(); given one, it is "not every word is upper case"
                cap = not all(map(_upper_of, recs[a:b]))
            if ctx or cap:
                lists = lists or _word_lists(recs, a, b)
                valences.append(_valence(i - a, lists[0], lists[1], cap))
                continue
        # Nothing sentiment_valence reacts to: no "no", no capitals, no booster, negation, "so", "this"
        # or "least" before the word; it adds 0.0 to the (non-zero) valence and may apply an idiom.
        valence = _V_LEXICON[low]
        if i - a > 2 and recs[i - 3][5] not in _V_LEXICON and _idiom_near(recs, i, b):
            lists = lists or _word_lists(recs, a, b)
            valence = _special_idioms_check(valence, lists[1], i - a)
        valences.append(valence)
    if not rare:
        return _compound_of(float(sum(valences)))
    if "but" in text.lower():
        lists = lists or _word_lists(recs, a, b)
        if "but" in lists[1]:
            valences = _but_check(valences, [i - a for i in hits], lists[1])
    return _compound(text, float(sum(valences)))


def _idiom_near(recs: list[tuple], i: int, b: int) -> bool:
    """Can _special_idioms_check change the valence of the word at ``i`` (``i - 3`` and ``i + 1`` in its
    span, which ends at ``b``)?  Each word sequence it looks up starts at one of ``i - 3`` .. ``i``: it
    can only match where that word and the next one are a sequence's first two words."""
    near = (recs[i - 3][5], recs[i - 2][5], recs[i - 1][5], recs[i][5])
    if _V_SEQ_HEADS.isdisjoint(near):
        return False
    if i + 1 < b:
        near += (recs[i + 1][5],)
    return not _V_SEQ_PAIRS.isdisjoint(zip(near, near[1:]))


def _word_lists(recs: list[tuple], a: int, b: int) -> tuple[list[str], list[str]]:
    """VADER's words of the tokens ``recs[a:b]`` and their lower case."""
    span = recs[a:b]
    return list(map(_word_of, span)), list(map(_low_of, span))


def _but_check(valences: list, hits: list[int], lowers: list[str]) -> list:
    """VADER's _but_check on the valences of a span's words (0 but at ``hits``): it iterates over the
    list it edits, scaling the first entry equal to each value (by 0.5 before the first "but", 1.5
    after it).  Returns the hits' valences.  A zero value is left as it is (it stays zero, and the sum
    is the same), so only the hits are visited: the first entry equal to a non-zero value is a hit."""
    valences = list(valences)
    bi = lowers.index("but")
    for k in range(len(valences)):
        sentiment = valences[k]
        if sentiment == 0:
            continue
        si = valences.index(sentiment)
        if hits[si] < bi:
            valences[si] = sentiment * 0.5
        elif hits[si] > bi:
            valences[si] = sentiment * 1.5
    return valences


def _compound(text: str, sum_s: float) -> float:
    """VADER's score_valence from the sum of the valences: _punctuation_emphasis and normalize."""
    ep_count = text.count("!")
    if ep_count > 4:
        ep_count = 4
    ep_amplifier = ep_count * 0.292
    qm_count = text.count("?")
    qm_amplifier = 0
    if qm_count > 1:
        if qm_count <= 3:
            qm_amplifier = qm_count * 0.18
        else:
            qm_amplifier = 0.96
    punct_emph_amplifier = ep_amplifier + qm_amplifier
    if sum_s > 0:
        sum_s += punct_emph_amplifier
    elif sum_s < 0:
        sum_s -= punct_emph_amplifier
    norm_score = sum_s / math.sqrt((sum_s * sum_s) + 15)
    if norm_score < -1.0:
        norm_score = -1.0
    elif norm_score > 1.0:
        norm_score = 1.0
    return round(norm_score, 4)


class _Compounds(dict):
    """:func:`_compound` of a text holding no "!" nor "?" (no punctuation emphasis), memoised by the sum
    of the valences (sums repeat: lexicon values and their few combinations).  Not for a zero sum:
    0.0 and -0.0 are one key (and a zero sum gives 0.0 anyway)."""

    def __missing__(self, sum_s: float) -> float:
        if len(self) >= 100_000:
            self.clear()
        c = self[sum_s] = _compound("", sum_s)
        return c


_COMPOUNDS = _Compounds()


def _compound_of(sum_s: float) -> float:
    """``_compound(text, sum_s)`` for a text holding no "!" nor "?"."""
    return _COMPOUNDS[sum_s] if sum_s else _compound("", sum_s)


def _valence(i: int, words: list[str], lw: list[str], is_cap_diff: bool) -> float:
    """``SentimentIntensityAnalyzer.sentiment_valence`` of the lexicon word at ``i``, with its
    ``scalar_inc_dec``, ``_negation_check``, ``_special_idioms_check`` and ``_least_check`` inlined,
    on pre-lower-cased words ``lw``."""
    lexicon, booster, negate, n_scalar, c_incr = _V_LEXICON, _V_BOOSTER, _V_NEGATE, _V_N_SCALAR, _V_C_INCR
    low = lw[i]
    valence = lexicon[low]
    if low == "no" and i != len(words) - 1 and lw[i + 1] in lexicon:
        valence = 0.0
    if (i > 0 and lw[i - 1] == "no") or (i > 1 and lw[i - 2] == "no") \
            or (i > 2 and lw[i - 3] == "no" and lw[i - 1] in ["or", "nor"]):
        valence = lexicon[low] * n_scalar
    if is_cap_diff and words[i].isupper():
        if valence > 0:
            valence += c_incr
        else:
            valence -= c_incr
    for start_i in range(0, 3):
        k = i - (start_i + 1)
        if i > start_i and lw[k] not in lexicon:
            s = 0.0  # scalar_inc_dec(words[k], valence, is_cap_diff)
            b = booster.get(lw[k])
            if b is not None:
                s = b
                if valence < 0:
                    s *= -1
                if is_cap_diff and words[k].isupper():
                    if valence > 0:
                        s += c_incr
                    else:
                        s -= c_incr
            if start_i == 1 and s != 0:
                s = s * 0.95
            if start_i == 2 and s != 0:
                s = s * 0.9
            valence = valence + s
            # _negation_check
            if start_i == 0:
                if lw[i - 1] in negate or "n't" in lw[i - 1]:
                    valence = valence * n_scalar
            elif start_i == 1:
                if lw[i - 2] == "never" and (lw[i - 1] == "so" or lw[i - 1] == "this"):
                    valence = valence * 1.25
                elif lw[i - 2] == "without" and lw[i - 1] == "doubt":
                    pass
                elif lw[i - 2] in negate or "n't" in lw[i - 2]:
                    valence = valence * n_scalar
            else:
                if lw[i - 3] == "never" and (lw[i - 2] == "so" or lw[i - 2] == "this") or \
                        (lw[i - 1] == "so" or lw[i - 1] == "this"):
                    valence = valence * 1.25
                elif lw[i - 3] == "without" and (lw[i - 2] == "doubt" or lw[i - 1] == "doubt"):
                    pass
                elif lw[i - 3] in negate or "n't" in lw[i - 3]:
                    valence = valence * n_scalar
                if not _V_SEQ_HEADS.isdisjoint((lw[i - 3], lw[i - 2], lw[i - 1], low)):
                    valence = _special_idioms_check(valence, lw, i)
    # _least_check
    if i > 0 and lw[i - 1] == "least" and "least" not in lexicon:
        if i > 1:
            if lw[i - 2] != "at" and lw[i - 2] != "very":
                valence = valence * n_scalar
        else:
            valence = valence * n_scalar
    return valence


def _special_idioms_check(valence, lw, i):
    """VADER's check on word tuples instead of space-joined strings (equal: words hold no spaces)."""
    special, booster = _V_SPECIAL_SEQ, _V_BOOSTER_SEQ
    onezero = (lw[i - 1], lw[i])
    twoonezero = (lw[i - 2], lw[i - 1], lw[i])
    twoone = (lw[i - 2], lw[i - 1])
    threetwoone = (lw[i - 3], lw[i - 2], lw[i - 1])
    threetwo = (lw[i - 3], lw[i - 2])
    for seq in (onezero, twoonezero, twoone, threetwoone, threetwo):
        if seq in special:
            valence = special[seq]
            break
    if len(lw) - 1 > i:
        zeroone = (lw[i], lw[i + 1])
        if zeroone in special:
            valence = special[zeroone]
    if len(lw) - 1 > i + 1:
        zeroonetwo = (lw[i], lw[i + 1], lw[i + 2])
        if zeroonetwo in special:
            valence = special[zeroonetwo]
    for n_gram in (threetwoone, threetwo, twoone):
        if n_gram in booster:
            valence = valence + booster[n_gram]
    return valence


# --- certainty cues -------------------------------------------------------------------------------------

def _cues_of(text: str, raws: list[str], recs: list[tuple], marks: _Marks | None = None) -> list[str]:
    return _cues_spans([text], raws, recs, [0, len(raws)], marks or _marked(recs))[0]


def _cues_spans(texts: list[str], raws: list[str], recs: list[tuple], bounds: list[int],
                marks: _Marks) -> list[list[str]]:
    """:func:`cue_matches` of each span (its text, its tokens ``raws[bounds[k]:bounds[k + 1]]``).

    Places in a span are ``(token, offset in it)``: a match that is a whole run needs no offset in the
    text; only the regex, for cues of several words, is run on the text, at the token's offset."""
    if _cue_heads() is None:
        rx = certainty_regex()[0]
        return [[m.group() for m in rx.finditer(text)] for text in texts]
    out = [[] for _ in texts]
    # Most cue starts ("of", "in", "is", "it") need a next word that the next token does not start with
    # (the test of the loop below, on the set of all their cues' second words): they are dropped first.
    # A start dropped there adds no match and leaves ``end`` as it was, so the loop is the same without it.
    n = len(recs)
    cues = [k for k, needs in zip(marks.cues, map(_needs_of, map(recs.__getitem__, marks.cues)))
            if needs is None or (k + 1 < n and ((lead := recs[k + 1][14]) is None or lead in needs))]
    b = 0  # end of the span of the previous hit
    for k in cues:
        if k >= b:  # the first hit in its span
            span = bisect_right(bounds, k) - 1
            a, b = bounds[span], bounds[span + 1]
            text, found = texts[span], out[span]
            end = (a, 0)  # where the span's last match ends
            spaced = offsets = None  # single characters between the span's tokens? (else their offsets)
        for start, stop, rx, whole, nexts in recs[k][8]:
            if nexts is not None and (k + 1 == b or (
                    (lead := recs[k + 1][14]) is not None and lead not in nexts)):
                # the next token does not start with a second word: the regex cannot match (a match
                # ends the second word where a run of word characters ends, so the next token's
                # leading run is that word; ASCII case-insensitive equality is equality in lower case)
                continue
            if (k, start) < end:
                continue
            if whole:  # the match is the run
                found.append(raws[k][start:stop])
                end = (k, stop)
                continue
            if spaced is None:
                # (n - 1 gaps of one character or more: exactly n - 1 more characters than the tokens
                # when each is a single character and nothing leads or trails)
                spaced = sum(map(len, raws[a:b])) + b - a - 1 == len(text)
                if not spaced:
                    offsets = _token_offsets(text, raws[a:b])
            at = sum(map(len, raws[a:k])) + k - a if spaced else offsets[k - a]
            m = rx.match(text, at + start)
            if m is not None:
                match = m.group()
                found.append(match)
                pieces = match.split()  # the match starts in token k and ends a token (or inside k)
                end = (k, start + len(match)) if len(pieces) == 1 else (k + len(pieces) - 1, len(pieces[-1]))
    return out


def _token_offsets(text: str, raws: list[str]) -> list[int]:
    """The offset in ``text`` of each of its whitespace-delimited tokens ``raws``."""
    lens = list(accumulate(map(len, raws), initial=0))
    if lens[-1] + len(raws) - 1 == len(text):  # single characters between the tokens
        return [n + j for j, n in enumerate(lens[:-1])]
    out = []
    pos = 0
    for raw in raws:
        pos = text.find(raw, pos)
        out.append(pos)
        pos += len(raw)
    return out
