"""Stage 6 — claims and retractions: what was said, and how it was walked back.

A *retraction* is a sentence carrying a walk-back cue from a documented lexicon
(``helpers/lexicons/retraction_cues.tsv``: draft, mistake, should not have, denied, rejected, no decision,
clarified, reversed, flip-flop, changed tack, ...) or negating the predicate of an earlier statement
("no decision ... to leave" after "order our departure").  Each retraction is paired with the *claim* it
answers:

* an **embedded claim** when the retraction names it ("rejected President X's assertion that ...",
  "his flip-flop on a decision to ..."), else
* the **earlier sentence** that shares most with it: predicate families (withdraw / leave / departure,
  ``helpers/lexicons/predicate_families.tsv``), content lemmas, entities, referring document nouns
  (letter / missive / communiqué), closeness in the text and the speakers.

A claim is something said: a sentence reporting no statement is a claim only through a shared action
predicate ("raised fuel prices" ... "reversed the rise").  The words of a verdict cue ("a draft", "a
mistake", "denied") and the retraction speaker's own name link nothing; "the earlier announcement" links
to the statement just before it; a person denying their own words, and an expert's commentary answered by
someone else, are no pairs; a claim earlier walk-backs answered is preferred by later ones that link to it.
"Denied that X" linked by one word only denies what nobody stated; a lead's "denied a report that ..." is
answered where the next sentences give the report; a correction notice's claim is the "earlier version of
this article" it names; a reversal of an indefinite "a decision" (its generic noun linking nothing) linked by
one word reverses a decision the story never told of; a walk-back named as a sentence's definite subject ("The
retraction followed ...") is the reporter linking events told elsewhere, no cue; an expert calling her own
remark a mistake is no commentary, and her "that comment" may open the paragraph after it; inside a quotation,
a verdict after "they" did something ("One day they're closing it, the next day it was a draft") tells the
other side's act; in court (a paragraph with a jury, evidence, counsel, or the one after it) a denial or a
"mistake" is a party's case and keeps half its score; a cue disowning one's own speaking ("she had been
speaking hypothetically", "misspoke", "chosen my words", "should have been clearer") answers a statement
of that speaker; denying an accusation or a charge ("denies four counts of fraud", "denied allegations that
...") is a defence, no cue; a sentence naming "the original release" looks back on the claim and is none;
"issued what it described as a clarification" keeps the source's label at a distance, no cue. An indefinite
"reversed a decision to ..." outside the lead is background told for the first time; a denial of a named
other party's statement is a dispute, and one of someone else's report ("denied reports that ...", what a
newspaper or social-media messages said) a rebuttal: a walk-back is the claim's own side retracting it; a negation ends at "before / after / until"; a claim
ending inside the quotation it opens runs on to the quotation's end; "that claim" opening the paragraph
after a statement points at it, as "that date" does.  "Clarified that ..." is a cue only with an error word or an
earlier statement named (else it explains a rule or a scope); a denial of claims made "by" a party is a dispute,
and one of an indefinite report the story gives nowhere, outside the lead, background; a named claim holding its
own sentence's cue is none; "..., it said" right after a walk-back goes on with it, no claim; a walk-back naming
an indefinite statement ("corrected a statement she made at Holyrood") answers the one told in the next
sentences; an office holder titled "Dr." is no expert commenting.  Advice ("it would be a mistake to assume")
and a path retraced ("backtracked to a cairn") are no cues.  A definite walk-back noun received ("had received
the clarification") or a decision that "marks a U-turn" tells no walk-back; a reversal naming what it reversed
("its 2022 decision to cap travel-nurse contracts") answers only a claim sharing a word with that; "X said she
had relied on notes that were out of date" and "I shouldn't have given" disown X's own statement.
The weights are named constants calibrated on DEV gold (tests/data/contrasts_unseen/).

Adjacent retraction sentences answering the same claim by the same (or an unnamed) speaker, or by one side
(a "council spokesperson" for the council), are merged into one pair.  A headline stating the reversal ("Leaving, Then Not Leaving") adds evidence to pairs about its
predicate.  Hedged ("it is possible ..."), conditional ("If it wasn't a mistake") and negated ("was not a
mistake") cues are weakened or dropped, and so is commentary by experts (speaker category from the quotes
stage, else a small fallback rule).

Every pair carries its score and evidence (cue, shared words and entities), each side's speaker (from
``art.quotes`` where a quote overlaps, else a fallback name finder), time cue (``time_cues.tsv``),
TextBlob polarity / subjectivity and certainty.

    >>> from helpers.article import Article
    >>> art = Article.from_text("Budget Cuts\\n\\nOn Monday the mayor announced that the city would close "
    ...     "three libraries. Days later, Mayor Ann Lee said the closure plan was a mistake and reversed "
    ...     "the decision to close the libraries.")
    >>> row = find_contrasts(art).iloc[0]
    >>> row.claim_time, row.retraction_time, row.retraction_speaker, sorted(row.shared_terms)[:2]
    ('On Monday', 'Days later', 'Ann Lee', ['close', 'library'])

Columns of ``art.contrasts`` (the first six are the ``newslens analyze`` contract; offsets are into ``body``):

``pair_id, claim_text, claim_speaker, retraction_text, retraction_speaker, score`` (0..1, squashed sum of
the evidence; default minimum :data:`DEFAULT_MIN_SCORE`), ``claim_start, claim_end, claim_sentence,
retraction_start, retraction_end, retraction_sentence``, ``cue`` (the cue texts), ``cue_type`` (disown,
mistake, regret, denial, no-decision, correction, reversal, negation, headline), ``shared_terms,
shared_entities, shared_predicates`` (lists), ``evidence`` (one readable line), ``claim_time,
retraction_time`` (time cue text or None), ``claim_/retraction_polarity, _subjectivity`` (TextBlob),
``claim_/retraction_certainty`` (-1..1, :func:`helpers.sentiment.certainty`), ``status`` (auto, accepted,
rejected, added), ``key`` (:func:`pair_key`, the identity curation is stored under).

Lexicons (each file documents its format): ``retraction_cues.tsv``, ``time_cues.tsv``,
``predicate_families.tsv`` in ``helpers/lexicons/``.

Analyst curation (accept / reject / add) lives under the ``"contrasts"`` key of
``data/annotations/<article>.json`` and is applied by :func:`find_contrasts` (hence by ``art.contrasts``
and ``newslens analyze``); see :func:`set_status` and :func:`add_pair`.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from functools import cache, partial
from itertools import compress, count, product, takewhile
from operator import itemgetter

import numpy as np
import pandas as pd

from . import annotations as _annotations
from . import sentiment as _sentiment_module
from . import sentiment_engine as _sentiment_engine
from . import text as _text
from .frames import arrays_frame, column_lists, inferred_column, rows_frame, str_dtype
from .paths import LEXICON_DIR
from .quotes.lexicon import INSTITUTION_NOUNS

__all__ = [
    "CONTRAST_COLUMNS",
    "COLUMNS",
    "DEFAULT_MIN_SCORE",
    "BaseContrastDetector",
    "RuleContrastDetector",
    "find_contrasts",
    "candidate_pairs",
    "find_cues",
    "find_time_cue",
    "certainty",
    "pair_key",
    "set_status",
    "add_pair",
    "load_curation",
]

# The contract (helpers/pipeline.py reads these); later columns are additions.
CONTRAST_COLUMNS = ["pair_id", "claim_text", "claim_speaker", "retraction_text", "retraction_speaker", "score"]
COLUMNS = CONTRAST_COLUMNS + [
    "claim_start", "claim_end", "claim_sentence", "retraction_start", "retraction_end", "retraction_sentence",
    "cue", "cue_type", "shared_terms", "shared_entities", "shared_predicates", "evidence",
    "claim_time", "retraction_time",
    "claim_polarity", "claim_subjectivity", "claim_certainty",
    "retraction_polarity", "retraction_subjectivity", "retraction_certainty",
    "status", "key",
]
DEFAULT_MIN_SCORE = 0.55
ANNOTATION_KEY = "contrasts"

# --- lexicons ----------------------------------------------------------------------------------------


def _tsv(name: str) -> list[list[str]]:
    rows = []
    for line in (LEXICON_DIR / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


@cache
def _cue_patterns() -> list[tuple[str, float, re.Pattern, frozenset]]:
    out = []
    for row in _tsv("retraction_cues.tsv"):
        t, w, rx = row[:3]
        flags = frozenset(f.strip() for f in row[3].split(",")) if len(row) > 3 else frozenset()
        out.append((t, float(w), re.compile(rf"(?<![\w-])(?:{rx})(?![\w-])", re.I), flags))
    return out


@cache
def _time_patterns() -> list[tuple[str, float, re.Pattern]]:
    rows = [(k, float(d), re.compile(rf"(?<![\w-])(?:{rx})(?![\w-])", re.I)) for k, d, rx in _tsv("time_cues.tsv")]
    return sorted(rows, key=lambda r: r[0] != "absolute")  # absolute cues first (stable)


# --- literal gates: which lexicon patterns can match a text at all ---------------------------------------
# Running every cue and time pattern on every sentence was most of this stage's time.  Each pattern
# needs certain literal strings ("draft"; "should" and "have"; one of "monday" ... "sunday"), read off
# its parsed form; a text lacking them cannot match and the pattern is not run on it.  Texts are
# compared case-folded: str.lower plus the few characters re.IGNORECASE equates with an ASCII letter
# although str.lower does not (tests/test_contrasts_fast.py checks this over every code point).

_FOLD = {0x130: "i", 0x131: "i", 0x17F: "s"}  # İ ı ſ


def _fold(text: str) -> str:
    """``text`` case-folded for the gates; same length as ``text`` (only İ lowers to two characters)."""
    if "\u0130" in text or "\u0131" in text or "\u017f" in text:
        text = text.translate(_FOLD)
    return text.lower()


def _literal_clauses(items) -> list[frozenset[str]]:
    """Necessary conditions of a parsed regex (a ``re._parser`` item list): for each clause, every
    match contains one of its strings (case-folded).  Only literals, groups, repeats of at least one
    and alternations (one string from each branch) give clauses; anything else requires nothing.
    Literals right before an alternation whose every branch starts with literals give the strings
    they join into ("den" + "ied|ies|y" -> "denied", "denies", "deny")."""
    from re import _constants as K

    out: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is K.LITERAL:
            run.append(chr(av))
            continue
        if run and op is K.BRANCH and all(alt and alt[0][0] is K.LITERAL for alt in av[1]):
            words = frozenset(_fold("".join(run + [chr(v) for _, v in takewhile(lambda it: it[0] is K.LITERAL, alt)]))
                              for alt in av[1])
            out.append(frozenset(w for w in words if not any(v != w and v in w for v in words)))
            run = []
        elif run:
            out.append(frozenset({_fold("".join(run))}))
            run = []
        if op is K.SUBPATTERN:
            out += _literal_clauses(av[-1])
        elif op is K.ATOMIC_GROUP:
            out += _literal_clauses(av)
        elif op in (K.MAX_REPEAT, K.MIN_REPEAT, K.POSSESSIVE_REPEAT) and av[0] >= 1:
            out += _literal_clauses(av[2])
        elif op is K.BRANCH:
            alts = [_literal_clauses(alt) for alt in av[1]]
            leads = [_lead(c) for c in alts]
            if all(leads):
                words = frozenset().union(*leads)  # a string holding another one adds nothing ("says", "say")
                out.append(frozenset(w for w in words if not any(v != w and v in w for v in words)))
                if any(len(c) > 1 for c in alts):
                    # every clause of one branch at least: "false" after "report" in "false reports", not
                    # "report" alone ("reports are false"'s branch needs "false", too)
                    out.append(_AnyOf(tuple(tuple(c) for c in alts)))
    if run:
        out.append(frozenset({_fold("".join(run))}))
    return out


class _AnyOf:
    """A clause of an alternation: every match meets all the clauses of one of its branches ``alts``."""

    __slots__ = ("alts",)

    def __init__(self, alts: tuple):
        self.alts = alts

    def met(self, low: str) -> bool:
        return any(_meets(low, clauses) for clauses in self.alts)


# words most sentences hold ("in" in three sentences of four, "that" in one of three): as a lead they let
# nearly every sentence through to the check of a pattern's other clauses, like a single letter would
_COMMON_WORDS = frozenset("the in on of to for and that this is was were are as it".split())


def _lead(clauses: list) -> frozenset[str] | None:
    """The most selective clause of strings: longest shortest string (a common word counting as one
    letter: "19" or "20" before "in", "week" before "this"), then fewest strings.  Which clause leads
    changes no answer of a gate, only how many texts its other clauses are checked in."""
    return max((c for c in clauses if type(c) is not _AnyOf),
               key=lambda c: (min(1 if w in _COMMON_WORDS else len(w) for w in c), -len(c)), default=None)


def _meets(low: str, clauses) -> bool:
    """Does the folded text ``low`` hold a string of every clause of ``clauses`` (a text lacking one
    cannot match the pattern they were read from)?  (An alternation's clause: those of one branch.)"""
    for clause in clauses:
        if type(clause) is _AnyOf:
            if not clause.met(low):
                return False
            continue
        for w in clause:
            if w in low:
                break
        else:
            return False
    return True


class _LiteralGate:
    """Which of ``patterns`` may match a text: those whose every literal clause is met.  Never drops a
    pattern that matches (a pattern it cannot read is always kept).

    A lead string without whitespace lies within one whitespace-delimited chunk of any text holding it,
    so the leads are looked up per chunk, memoised per chunk (a word with its punctuation); the rare
    lead holding whitespace is searched in the whole text."""

    def __init__(self, patterns: list[re.Pattern], word_sets=()):
        """``word_sets``: entries after the patterns, each a set of case-folded strings one of which a
        text must hold (a lead and nothing more)."""
        from re import _parser

        self.always: list[int] = []
        self.rest: list[list[frozenset[str]]] = []  # each pattern's clauses after its lead
        leads: dict[str, list[int]] = {}
        entries = []
        for rx in patterns:
            try:
                entries.append(_literal_clauses(_parser.parse(rx.pattern, rx.flags)))
            except Exception:  # an unreadable pattern is simply always run
                entries.append([])
        for i, clauses in enumerate(entries + [[frozenset(words)] for words in word_sets]):
            lead = _lead(clauses)
            if lead is None:
                self.always.append(i)
                self.rest.append([])
                continue
            for w in lead:
                leads.setdefault(w, []).append(i)
            self.rest.append([c for c in clauses if c is not lead])
        self.leads = list(leads.items())
        self.spaced = [(w, idx) for w, idx in self.leads if any(c.isspace() for c in w)]
        self.in_chunk = [(w, idx) for w, idx in self.leads if not any(c.isspace() for c in w)]
        # the leads without whitespace by their first two characters (a lead of one character: alone)
        self._by_pair: dict[str, list[tuple[str, list[int]]]] = {}
        self._single = []
        for w, idx in self.in_chunk:
            if len(w) >= 2:
                self._by_pair.setdefault(w[:2], []).append((w, idx))
            else:
                self._single.append((w, idx))
        self._memo = _Memo(self._chunk_leads)
        self._raw_memo = _Memo(self._raw_entry)

    def _chunk_leads(self, chunk: str) -> frozenset[int] | None:
        """The patterns whose lead (one without whitespace) occurs in ``chunk``; None for none.  Each
        occurrence of a lead of two characters or more starts at a position of ``chunk`` holding its
        first two, so the leads tried are those filed under the character pairs of ``chunk`` (most
        words hold none: a new word costs a look-up per character, not a test of every lead)."""
        found = [idx for w, idx in self._single if w in chunk]
        pairs = self._by_pair
        for k in range(len(chunk) - 1):
            for w, idx in pairs.get(chunk[k:k + 2], ()):
                if chunk.startswith(w, k):
                    found.append(idx)
        return frozenset(i for idx in found for i in idx) or None

    def possible(self, text: str) -> list[int]:
        """Indices (ascending) of the patterns that may match ``text``."""
        return self._possible_folded(_fold(text))

    def possible_in_spans(self, low: str, spans: list[tuple[int, int]]) -> list[list[int]]:
        """:meth:`possible` of each text ``low[start:end]`` for ``spans`` of the folded text ``low``
        (an article body)."""
        return [self._possible_folded(low[a:b]) for a, b in spans]

    def leads_in(self, low: str) -> set[int]:
        """The patterns whose lead occurs in the folded text ``low`` (a superset of :meth:`possible`;
        :meth:`_check` of a subset of it narrows that subset to the possible ones)."""
        return self._joined(self._looked_up(low.split()), low)

    def leads_in_spans(self, low: str, spans: list[tuple[int, int]], chunk_ranges=None,
                       chunks: list[str] | None = None) -> list[set[int]]:
        """:meth:`leads_in` of each text ``low[start:end]`` for ``spans`` of the folded text ``low`` (an
        article body).  ``chunk_ranges``: each span's range ``(first, stop)`` of the chunks of
        ``low.split()``, when every span starts and ends at a chunk (sentences do); the text's chunks are
        then looked up at once, not span by span.  ``chunks``: the unfolded text's ``split()`` when known
        (the article's): its chunks folded are ``low.split()`` (folding keeps every character's length and
        whether it is whitespace, checked over every code point), looked up without splitting again."""
        if chunk_ranges is None:
            return [self.leads_in(low[a:b]) for a, b in spans]
        found = self._looked_up(low.split()) if chunks is None else self._looked_up_raw(chunks)
        if not self.spaced:  # (no lead holding whitespace: the spans' texts are not read)
            return [self._joined(found[i:j], "") for i, j in chunk_ranges]
        return [self._joined(found[i:j], low[a:b]) for (a, b), (i, j) in zip(spans, chunk_ranges)]

    def _looked_up(self, chunks: list[str]) -> list:
        """The memo entry of each folded chunk: the patterns whose lead (one without whitespace) it
        holds, or None."""
        if len(self._memo) > _MEMO_SIZE:
            self._memo.clear()
        return list(map(self._memo.__getitem__, chunks))

    def _looked_up_raw(self, chunks: list[str]) -> list:
        """:meth:`_looked_up` of the folded ``chunks`` (a memo by the chunk as written, whose entry is the
        folded chunk's)."""
        if len(self._raw_memo) > _MEMO_SIZE:
            self._raw_memo.clear()
        return list(map(self._raw_memo.__getitem__, chunks))

    def _raw_entry(self, chunk: str):
        if len(self._memo) > _MEMO_SIZE:
            self._memo.clear()
        return self._memo[_fold(chunk)]

    def _joined(self, found: list, low: str) -> set[int]:
        """The patterns whose lead occurs in the folded text ``low``, whose chunks' entries are ``found``:
        theirs, the ones always run and those whose lead holding whitespace ``low`` holds."""
        hit = set(self.always).union(*filter(None, found))
        for w, idx in self.spaced:
            if w in low:
                hit.update(idx)
        return hit

    def _possible_folded(self, low: str) -> list[int]:
        hit = self.leads_in(low)
        return self._check(low, hit) if hit else []

    def _check(self, low: str, hit: set) -> list[int]:
        """The patterns of ``hit`` (ascending) whose every clause after the lead is met in ``low``."""
        return [i for i in sorted(hit) if _meets(low, self.rest[i])]


_FEW_TOKENS = 200  # below this many tokens, _Context._load_tokens bisects a list (above, numpy is faster)
_MEMO_SIZE = 100_000  # entries a word-keyed memo keeps (it starts again beyond this): 10-25 MB at most


class _Memo(dict):
    """key -> ``compute(key)``, computed on first lookup."""

    def __init__(self, compute):
        super().__init__()
        self.compute = compute

    def __missing__(self, key):
        value = self[key] = self.compute(key)
        return value


class _Gated:
    """A compiled pattern behind its literal gate: ``search``, ``match`` and ``finditer`` as the
    pattern's, run only when the (case-folded) text holds a string of each of its literal clauses (a
    text lacking one cannot match anywhere, so the answers are the pattern's own).  For the costlier
    helper patterns of this module whose trigger words most sentences lack."""

    def __init__(self, rx: re.Pattern):
        self.rx = rx
        self.pattern = rx.pattern
        self._clauses = None  # read off the parsed pattern on first use (not at import)

    @property
    def clauses(self) -> list[frozenset[str]]:
        """The pattern's literal clauses, the most selective first."""
        if self._clauses is None:
            from re import _parser

            clauses = _literal_clauses(_parser.parse(self.rx.pattern, self.rx.flags))
            lead = _lead(clauses)
            self._clauses = [lead] + [c for c in clauses if c is not lead] if lead else []
        return self._clauses

    def may_match(self, text: str) -> bool:
        """Does ``text`` hold a string of every literal clause of the pattern?"""
        return self.may_match_folded(_fold(text))

    def may_match_folded(self, low: str) -> bool:
        """:meth:`may_match` of a text whose case-folded form (:func:`_fold`) is ``low``."""
        return _meets(low, self.clauses)

    def search(self, text: str, *args):
        return self.rx.search(text, *args) if self.may_match(text) else None

    def match(self, text: str, *args):
        return self.rx.match(text, *args) if self.may_match(text) else None

    def finditer(self, text: str, *args):
        return self.rx.finditer(text, *args) if self.may_match(text) else iter(())


@cache
def _statement_gate() -> _LiteralGate:
    return _LiteralGate([_STATEMENT_WORDS])


def _reports_statement(text: str, may_state: bool | None = None) -> bool:
    """Does ``text`` hold a quotation mark or a speech word ("said", "according to", ...)?  ``may_state``:
    whether the statement words' literal gate lets ``text`` through, when already known."""
    if any(q in text for q in _QUOTE_MARKS):
        return True
    if may_state is None:
        may_state = bool(_statement_gate().possible(text))
    return may_state and bool(_STATEMENT_WORDS.search(text))


@cache
def _cue_gate() -> _LiteralGate:
    return _LiteralGate([rx for _, _, rx, _ in _cue_patterns()])


class _SentenceGate(_LiteralGate):
    """The gate every sentence of an article goes through once, its chunks' leads looked up for all of
    these at a time: the cue patterns (entries ``0 .. statement - 1``), the statement words
    (``statement``), the time patterns (``times``), the patterns :meth:`_Context.search_sentence` runs
    (``gated``: the entry of each of :data:`_SENTENCE_PATTERNS`) and the court words (``court``, see
    :meth:`_Context.in_court`)."""

    def __init__(self):
        cues = [rx for _, _, rx, _ in _cue_patterns()]
        times = [rx for _, _, rx in _time_patterns()]
        self.statement = len(cues)
        self.times = range(self.statement + 1, self.statement + 1 + len(times))
        self.gated = {g: self.times.stop + k for k, g in enumerate(_SENTENCE_PATTERNS)}
        self.court = self.times.stop + len(_SENTENCE_PATTERNS)
        super().__init__(cues + [_STATEMENT_WORDS] + times + [g.rx for g in _SENTENCE_PATTERNS],
                         word_sets=[_COURT_LEAD])


@cache
def _sentence_gate() -> _SentenceGate:
    """The sentence gate, built with every other gate of this module (see :func:`_build_gates`)."""
    gate = _SentenceGate()
    _build_gates()
    return gate


def _build_gates() -> None:
    """Build the module's other literal gates and the :class:`_Gated` patterns' clauses now, with the first
    article (the corpus worker's warm-up text), not when some rare sentence of a later article first needs
    one (a time cue in a named claim, a headline cue): each costs a parse of its patterns, once per process,
    and builds what it would build then (the same gates from the same patterns)."""
    _cue_gate(), _statement_gate(), _embedded_gate(), _time_gate()
    for g in list(globals().values()):
        if isinstance(g, _Gated):
            g.clauses  # noqa: B018 - built on first use


@cache
def _embedded_gate() -> _LiteralGate:
    return _LiteralGate([_EMBEDDED])


@cache
def _time_gate() -> _LiteralGate:
    return _LiteralGate([rx for _, _, rx in _time_patterns()])


@cache
def _second_words() -> frozenset[str]:
    """The second lemmas of the two-word predicates ("out" of pull_out)."""
    return frozenset(b for _, b in _families()[1])


@cache
def _families() -> tuple[dict[str, str], dict[tuple[str, str], str]]:
    """lemma -> family, and (lemma, next lemma) -> family for multi-word predicates (pull_out)."""
    single, double = {}, {}
    for fam, words in _tsv("predicate_families.tsv"):
        for w in words.split():
            if "_" in w:
                a, b = w.split("_", 1)
                double[(a, b)] = fam
            else:
                single[w] = fam
    return single, double


def _token_info(key: tuple) -> tuple:
    """(lower-case lemma, predicate family, content word or None) of a token ``(lemma, tag, is_stop,
    is_punct)``.  Content words are nouns, verbs and adjectives (proper nouns by their lemma as
    written), not stop words, punctuation, short or light words."""
    lem, pos, stop, punct = key
    low = lem.lower() if isinstance(lem, str) else str(lem)  # str() for a missing lemma
    content = None if stop or punct or pos[:2] not in _CONTENT_POS or len(low) < 3 or low in _LIGHT_VERBS \
        or low in _HONORIFICS \
        else lem if pos.startswith("NNP") else low
    return low, _families()[0].get(low), content


@cache
def _token_memo() -> "_Memo":
    return _Memo(_token_info)


# Families that name the action (their negation is a reversal cue); "document" only names the referent.
ACTION_FAMILIES = frozenset({"withdraw", "deploy", "attack", "decide", "send", "support", "cut", "raise"})

# --- certainty -----------------------------------------------------------------------------------------
# The hedging / certainty lexicon is helpers/sentiment.py's (issue #4, helpers/lexicons/certainty.tsv).
HEDGED_BELOW = -0.3  # a walk-back clause less certain than this is speculation


def certainty(text: str) -> float:
    """Certainty of a statement in [-1, 1] (0 = no cue; hedges lower it, boosters raise it), on the scale
    of ``helpers.sentiment.certainty`` (the quotes stage's lexicon), which it uses.

    >>> certainty("There has been no decision whatsoever.") > 0 > certainty("It is possible it might leave.")
    True
    """
    out = _sentiment_module.certainty(text)
    return float(out[0] if isinstance(out, tuple) else out)


# --- cues -------------------------------------------------------------------------------------------------

@dataclass
class Cue:
    type: str
    weight: float
    text: str
    start: int  # offsets into the text searched
    end: int


_NEG_BEFORE = re.compile(r"(?:\bnot|n['’]t|\bnever|\bno)\s+(?:\w+\s+){0,1}(?:an?\s+|the\s+)?(?:[\"“”]\s*)?$", re.I)
_NEG_WORDS = ("no", "n't", "n’t", "never")  # every match of _NEG_BEFORE holds one (case-folded; "not" holds "no")


def _may_negate(before: str) -> bool:
    """May _NEG_BEFORE match ``before``: does it hold a negator's letters (case-folded, as the gates fold)?"""
    low = _fold(before)
    return any(w in low for w in _NEG_WORDS)


_COND_BEFORE = _Gated(re.compile(r"(?:^|[\s“\"(,])(?:if|unless|whether)\s+[^.;:,“”\"]{0,60}$", re.I))


_LABEL_BEFORE = re.compile(
    r"(?:\b(?:is|was|were|are|be|been|being|isn['’]t|wasn['’]t)|['’]s|\b(?:call(?:ed|ing|s)?|describ(?:ed|es|ing|e)|"
    r"term(?:ed|s)?|label(?:l?ed|s)?|dub(?:bed|s)?|brand(?:ed|s)?)\s+(?:it|this|that|them|the\s+[\w-]+(?:\s+[\w-]+)?)"
    r"(?:\s+as)?|\b(?:admit\w*|acknowledg\w*|conced\w*|apologi[sz]\w*\s+for|regret\w*|blam\w*\s+\w+\s+on|contain(?:ed|s)?))"
    r"[\s,]+(?:[\w\[\]’'-]+[\s,]+){0,5}(?:[\"“”]\s*)?$", re.I)
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|is|are|be|been|being|get|gets|got)\s+"
                             r"(?:(?:\w+ly|also|still|again|later|then|twice)\s+)?$", re.I)
# "the retracted figure", "a withdrawn plan": a participle before its noun names an earlier walk-back, it is none
_ATTRIBUTIVE = re.compile(r"\b(?:the|a|an|this|that|these|those|its|his|her|their)\s+$", re.I)
# "the federation's mistake": a possessive noun (not "it's", "that's") owning the verdict noun, no admission verb
_OTHERS_BEFORE = re.compile(r"(?<![\w’'-])(?!(?:it|that|this|what|there|here|who|he|she|which|where)['’]s\b)"
                            r"[\w-]+['’]s\s+(?:[\w-]+\s+)?$", re.I)
_ADMIT_BEFORE = _Gated(re.compile(r"\b(?:admit\w*|acknowledg\w*|conced\w*|apologi[sz]\w*|regret\w*|own\w*\s+up)\b", re.I))
_UNRELATED = re.compile(r"\s(?:separate|unrelated|different|another)\s", re.I)
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an|its|his|her|their|our)\s+$", re.I)
# "The retraction followed a second correction ...": a walk-back named as the subject of the sentence, by a
# definite noun phrase, refers to one already reported (the reporter linking events); it reports none
_SUBJECT_BEFORE = re.compile(r"^\W*(?:the|this|that|its|his|her|their|such\s+an?)\s+(?:[\w-]+\s+)?$", re.I)
_NOUN_CUE = _Gated(re.compile(r"(?:.*\s)?(?:retraction|correction|clarification|reversal|denial|u-?turn|"
                               r"flip[-\s]?flops?|about-face|volte-face)$", re.I))
_VERB_AFTER = re.compile(r"\s+(?:\w+ly\s+)?(?:followed|follows|came|comes|prompted|drew|caused|left|raised|"
                         r"marked|capped|underlined|highlighted|failed|fell\s+short|did\s+(?:little|nothing|not)|"
                         r"was\s+(?:met|greeted|not\s+enough))\b", re.I)
_NOUN_AFTER = re.compile(r"\s+(?!by\b|in\b|on\b|as\b|from\b|and\b|or\b)[a-z][\w-]*\b")
# "he had received the clarification from the company": a definite walk-back noun as the object of a verb of
# receiving or reacting names one reported elsewhere (the reporter linking events); it reports none
_RECEIVED_BEFORE = re.compile(r"\b(?:receiv|welcom|not|read|saw|seen|heard|accept|question|critici[sz]|prais)\w*\s+"
                              r"(?:the|this|that)\s+$", re.I)
# "The decision marks a U-turn from last year": the reporter characterising a decision (a change of policy told
# as fact), not anyone walking back a statement
_DECISION_MARKS = re.compile(r"^\W*(?:the|this|that|its|their)\s+(?:[\w-]+\s+){0,2}?(?:decision|move|freeze|"
                             r"policy|step|change|ruling)\s+(?:[\w-]+\s+){0,2}?(?:marks|marked|represents|represented|"
                             r"amounts\s+to|amounted\s+to|signals|signalled|signaled|constitutes|is|was)\s+"
                             r"(?:an?\s+)?(?:[\w-]+\s+)?$", re.I)
# "“One day they’re closing the building, the next day it was a draft": inside a quotation, a verdict after
# "they" doing or saying something is the speaker telling what the other side did, not taking back his own words
_THEY_BEFORE = re.compile(r"\bthey(?:['’](?:re|ve|d|ll))?\s+(?!(?:\w+ly\s+)?(?:admit|acknowledg|conced|apologi[sz]))"
                          r"[a-z]", re.I)
# "We have been told it was a draft", "they told us it was a mistake": someone relaying another side's walk-back
_TOLD_US_BEFORE = re.compile(r"\b(?:(?:we|I)(?:\s+have|\s+had|['’]ve|['’]d)?\s+(?:been|were|was)\s+told|"
                             r"(?:they|he|she)\s+(?:have\s+|had\s+)?told\s+(?:us|me))\s+(?:that\s+)?"
                             r"(?:it|this|the\s+\w+)\s+(?:was|is|had\s+been)\s+(?:\w+\s+){0,2}$", re.I)
# "had not decided whether to retry": an open question about one's own next step, not a denied decision
_OPEN_QUESTION_AFTER = re.compile(r"\s+(?:yet\s+)?(?:whether|if)\b", re.I)
_NEG_OPEN_QUESTION = _Gated(re.compile(r"(?:\bnot|n['’]t|\bnever)\s+(?:yet\s+)?\w+\s+(?:yet\s+)?(?:whether|if)\b", re.I))
# "The comments were seen by diplomats as a concession": a sentence about how a statement was received is a
# reaction to the claim, not the claim
_RECEPTION = re.compile(r"^\W*(?:The|These|Those|His|Her|Its|Their|Such)\s+(?:[\w-]+\s+)?(?:comments?|remarks?|"
                        r"statements?|announcements?|words|claims?|reports?|release)\s+(?:were|was|had\s+been|"
                        r"have\s+been|has\s+been)\s+(?:\w+ly\s+)?(?:seen|welcomed|greeted|received|criticised|"
                        r"criticized|condemned|praised|interpreted|read|taken|viewed|described|widely|seized|"
                        r"pounced|jumped|mocked|ridiculed|slammed|attacked|denounced)\b")
# "Water UK called the comment "inflammatory"": a verdict on someone's remark is a reaction, not a claim
_VERDICT_ON_REMARK = _Gated(re.compile(r"\b(?:called|described|branded|dubbed|labell?ed|critici[sz]ed|condemned|welcomed|"
                                r"attacked|denounced)\s+(?:the|his|her|their|its|(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*['’]s)"
                                r"\s+(?:[\w-]+\s+)?(?:comments?|remarks?|statements?|words|announcement)\b"))
# "retracted a 2023 paper ..., which had reported that X": the claim retracted is X
# (also "deleted a post on X in which he had said that ...": what the deleted post said)
_WHICH_HAD_SAID = _Gated(re.compile(r"(?:,\s+which\s+had|\s+in\s+which\s+(?:he|she|they|it|the\s+\w+)\s+had)\s+"
                             r"(?:reported|found|claimed|said|stated|suggested|shown|concluded|written|announced|promised)"
                             r"\s+that\s+[^.;!?]+"
                             # "removed a document from its website that showed a deficit of 6.9%": what it showed
                             r"|(?<=\s)(?:posted\s+)?(?:from|on)\s+(?:its|the|their|his|her)\s+website\s+that\s+"
                             r"(?:showed|said|stated|claimed|gave|put|listed|announced)\s+(?:[^.;!?]|\.(?=\d))+"))
_WEBSITE_LEAD = re.compile(r"^(?:posted\s+)?(?:from|on)\s+\w+\s+website\s+")
# "..., which Nagy denied": the claim denied is the clause before the relative pronoun
_WHICH_BEFORE = _Gated(re.compile(r",\s+which\s+(?:(?P<who>(?:[A-Z][\w.’'-]*\s+){1,4})|(?:he|she|they|it)\s+)(?:\w+ly\s+)?$"))
# "a paper by a team led by Dr. Pieter van der Berg": the author of what is retracted
_BY_NAME = re.compile(r"\bby\s+(?:(?:Dr|Prof|Mr|Mrs|Ms|Sir)\.?\s+)?"
                      r"(?P<who>[A-Z][\w’'-]*(?:\s+(?:van|von|der|den|de|da|di|du|le|la|[A-Z][\w’'-]*)\b)*)")
_BY_AFTER = re.compile(r"\s+by\b", re.I)
# "It's a mistake to think ...", "it would be a mistake to assume ...": advice about what anyone might do (a
# present or conditional verdict on an infinitive), no verdict on a statement made ("it was a mistake to ..." is)
_ADVICE_BEFORE = re.compile(r"(?:['’]s|\b(?:is|are|be|isn['’]t)|\b(?:would|will|could|might|can)(?:\s+\w+)?)\s+"
                            r"(?:(?:always|often|usually|also|still|equally|just|simply)\s+)?$", re.I)
_ADVICE_AFTER = re.compile(r"\s+(?:for\s+[\w-]+(?:\s+[\w-]+)?\s+)?to\s+[a-z]+", re.I)
# "the walkers backtracked to a cairn": a reversal verb of movement, followed by a place, turns back on a path
_PLACE_AFTER = re.compile(r"\s+(?:to|towards?|along|down|up|through|across|into|over)\s+"
                          r"(?:an?|the|their|his|her|its|our|a\s+\w+)\b", re.I)
# "He denies four counts of fraud", "denied allegations that he ...", "rejected accusations of bias": the accused
# answering an accusation or a charge made by others (a plea, a defence), no walk-back of the denier's words
_ACCUSATION_AFTER = re.compile(r"\s+(?:(?:the|all|any|these|those|such|\w+['’]s|\d+|one|two|three|four|five|several)\s+)?"
                               r"(?:[\w-]+\s+){0,2}?(?:accusations?|allegations?|charges?|counts?\s+of|wrongdoing)\b",
                               re.I)
# "issued what it described as a clarification": the reporter keeps the source's own label at a distance
_SO_CALLED_BEFORE = re.compile(r"\bwhat\s+(?:[\w’'-]+\s+){1,3}(?:described|descri\w+|called|calls|termed|terms|billed|"
                               r"characteri[sz]ed)\s+as\s+(?:an?\s+|the\s+)?(?:[\"“]\s*)?$", re.I)
_THAT_AFTER = re.compile(r"\s+(?:\w+ly\s+)?that\b", re.I)  # "denied that ...": a denied clause follows
# "The AFL clarified on Tuesday that bids would be matched ...": the verb "clarify" before a "that" clause
# explains (a scope, a rule); it walks back only when the sentence calls something an error or points back to
# an earlier statement ("wishes to clarify that the announcement ... should not have described ...")
_CLARIFY_THAT = re.compile(r"clarif(?:y|ies|ied|ying)$", re.I)
_CLARIFY_THAT_AFTER = re.compile(r"\s+(?:(?:on|last|this|late|earlier|also|later)\s+)?(?:\w+\s+)?"
                                 r"(?:(?:in|to|with)\s+(?:[\w-]+\s+){1,4}?)?that\b", re.I)  # "in a circular to schools that"
_ERROR_OR_BACK = re.compile(
    r"\b(?:errors?|erroneous\w*|mistak\w*|wrong\w*|incorrect\w*|inaccura\w*|misleading|missp\w+|misstat\w*|"
    r"premature\w*|should\s+not\s+have|shouldn['’]t\s+have|not\s+(?:accurate|correct)|in\s+fact|"
    r"earlier|previous\w*|original\w*|initial\w*|announcement|statements?|remarks?|comments?|release|report|post|"
    r"tweet|misunderst\w+|misinterpret\w*|misquot\w*)\b", re.I)


def _explaining_clarification(text: str, m: re.Match) -> bool:
    """Is cue match ``m`` the verb "clarify" before a "that" clause in a sentence ``text`` naming no error and
    no earlier statement ("SPAN also clarified that revisions for other states were not affected")?"""
    return (_CLARIFY_THAT.match(m.group()) is not None and _CLARIFY_THAT_AFTER.match(text, m.end()) is not None
            and _ERROR_OR_BACK.search(text) is None)

_REQUEST_AFTER = re.compile(
    r"\s+(?:him|her|them|me|us|(?:[A-Z][\w-]+\s+){1,3}(?=bail|access|entry|permission|a\s+visa)|"
    r"(?:(?:parts?|some|most|elements)\s+of\s+)?"
    r"(?:the|a|an|his|her|its|their|our|any)?\s*(?:[\w-]+\s+)?(?:requests?|drafts?|deals?|terms|appeals?|applications?|bids?|offers?|"
    r"motions?|demands?|pleas?|petitions?|bail|access|entry|permission|visas?|nominations?|candidacy|"
    r"proposals?|invitations?|calls?\s+for|claims?\s+for|asylum)\b)", re.I)


_ACCUSED_OF = re.compile(r"\baccus(?:ed|es|ing)\s+(?:[\w’'-]+\s+){1,4}?of\s+[\"“]?(?:[\w’'-]+\s+){0,3}$", re.I)
_VERDICT_ON_REVERSAL = re.compile(r"\b(?:said|says|argued|claimed|added)\s+(?:that\s+)?(?:the\s+(?:[\w-]+\s+)?)?$", re.I)
_SHOWED_AFTER = re.compile(r"\s+(?:showed|shows|proved|proves|suggested|suggests|meant|means|exposed|revealed)\b", re.I)


def _quote_open(text: str, pos: int) -> int:
    """Where the quotation holding ``pos`` opens (after its mark), or ``pos`` when ``pos`` is outside quotes."""
    last = max(text.rfind("“", 0, pos), text.rfind('"', 0, pos))
    if last < 0 or text.rfind("”", 0, pos) > last or text.count('"', 0, pos) % 2 == 0 and text[last] == '"':
        return pos
    return last + 1


def _in_quote(text: str, pos: int) -> bool:
    return ("“" in text or '"' in text) and _quote_open(text, pos) != pos


def find_cues(text: str) -> list[Cue]:
    """Retraction cues in ``text`` (lexicon matches), negated and conditional uses dropped.

    >>> [(c.type, c.text) for c in find_cues("He called it a draft that should not have been sent.")]
    [('disown', 'a draft'), ('regret', 'should not have been sent')]
    >>> find_cues("It was not a mistake."), find_cues("If it was a mistake, say so.")
    ([], [])
    """
    return _cues_in(text, _cue_gate().possible(text))


def _cues_in(text: str, which: list[int], base: int = 0) -> list[Cue]:
    """:func:`find_cues` running only the cue patterns ``which`` (those its gate lets through); the cues'
    offsets are ``base`` plus those in ``text`` (a sentence's cues at its body offset ``base``)."""
    patterns = _cue_patterns()
    found: list[Cue] = []
    for i in which:
        typ, w, rx, flags = patterns[i]
        for m in rx.finditer(text):
            before = text[max(0, m.start() - 40):m.start()]
            if "label" in flags and not _LABEL_BEFORE.search(text[max(0, m.start() - 70):m.start()]):
                continue  # "a software error delayed flights": a noun, not a verdict on a statement
            # (_OTHERS_BEFORE needs an apostrophe before its "s")
            if "label" in flags and ("'" in before or "’" in before) and _OTHERS_BEFORE.search(before) \
                    and not _ADMIT_BEFORE.search(before):
                continue  # "said the federation's mistake showed ...": a verdict on someone else's act
            if _UNRELATED.search(m.group()):
                continue  # "reversed a separate decision": names something other than the story's claim
            if typ == "correction" and _SO_CALLED_BEFORE.search(before):
                continue  # "issued what it described as a clarification": the source's label, kept at a distance
            if typ == "correction" and _explaining_clarification(text, m):
                continue  # "clarified on Tuesday that bids would be matched ...": explains, takes nothing back
            if typ == "denial" and _ACCUSATION_AFTER.match(text, m.end()):
                continue  # "denies four counts of fraud", "denied allegations that ...": a defence, not a walk-back
            if "request" in flags and (_REQUEST_AFTER.match(text, m.end())
                                       or (_PASSIVE_BEFORE.search(before) and not _BY_AFTER.match(text, m.end()))):
                continue  # "denied him bail", "rejected the appeal", "were denied a penalty": refuses, retracts nothing
            if (m.group().endswith(("ed", "en")) and " " not in m.group() and _ATTRIBUTIVE.search(before)
                    and _NOUN_AFTER.match(text, m.end())):
                continue  # "the retracted figure had been quoted": names an earlier retraction
            if m.group().split()[0].endswith("ed") and " " in m.group() and _ARTICLE_BEFORE.search(before):
                continue  # "use the corrected table": the participle names the walk-back's result, not the act
            if (typ == "mistake" and _ADVICE_AFTER.match(text, m.end())
                    and _ADVICE_BEFORE.search(text, 0, m.start())):
                continue  # "it would be a mistake to assume ...": advice, no verdict on a statement
            noun_cue = _NOUN_CUE.match(m.group()) is not None
            if (noun_cue and _SUBJECT_BEFORE.search(text, 0, m.start())
                    and _VERB_AFTER.match(text, m.end())):
                continue  # "The retraction followed ...": names a walk-back reported elsewhere
            if noun_cue and (_RECEIVED_BEFORE.search(text, 0, m.start())
                             or _DECISION_MARKS.search(text, 0, m.start())):
                continue  # "had received the clarification", "The decision marks a U-turn": no walk-back told
            if typ == "reversal" and m.group().lower().startswith("backtrack") and _PLACE_AFTER.match(text, m.end()):
                continue  # "backtracked to a cairn": turning back on a path
            if typ == "no-decision" and _OPEN_QUESTION_AFTER.match(text, m.end()):
                continue  # "has not decided whether to appeal": undecided, denies no announced decision
            if typ in ("mistake", "disown") and _in_quote(text, m.start()) and _THEY_BEFORE.search(
                    text, _quote_open(text, m.start()), m.start()):
                continue  # "“One day they’re closing it, the next day it was a draft”": telling the other side's act
            if typ in ("mistake", "disown") and _TOLD_US_BEFORE.search(text, max(0, m.start() - 60), m.start()):
                continue  # "“We have been told it was a draft”": the other side's walk-back, relayed
            if typ in ("mistake", "disown", "reversal") and _may_negate(before) and _NEG_BEFORE.search(before):
                continue  # "was not a mistake" affirms the statement
            if typ == "reversal" and _ACCUSED_OF.search(text, 0, m.start()):
                continue  # "accused the minister of “governing by U-turn”": another side's charge
            if noun_cue and _VERDICT_ON_REVERSAL.search(text, 0, m.start()) and _SHOWED_AFTER.match(text, m.end()):
                continue  # "said the reversal showed that …": a verdict on a walk-back told elsewhere
            if _COND_BEFORE.search(before):
                continue  # "If it wasn't a mistake" is a hypothesis, not a walk-back
            found.append(Cue(typ, w, m.group(), base + m.start(), base + m.end()))
    found.sort(key=lambda c: (c.start, -c.end))
    out: list[Cue] = []
    for c in found:  # drop cues nested in an earlier, longer one
        if out and c.start < out[-1].end:
            if c.weight > out[-1].weight and c.end - c.start >= out[-1].end - out[-1].start:
                out[-1] = c
            continue
        out.append(c)
    return out


def find_time_cue(text: str) -> tuple[str, str, float] | None:
    """The first time cue in ``text``: ``(cue text, kind, days)`` or None.

    >>> find_time_cue("Within hours, officials denied it.")
    ('Within hours', 'relative', 0.1)
    >>> find_time_cue("His flip-flop late last year on a decision.")[0]
    'late last year'
    """
    return _time_cue_in(text, _time_gate().possible(text))


def _time_cue_in(text: str, which: list[int]) -> tuple[str, str, float] | None:
    """:func:`find_time_cue` running only the time patterns ``which`` (those its gate lets through)."""
    best = None
    patterns = _time_patterns()
    for i in which:
        kind, days, rx = patterns[i]
        m = rx.search(text)
        if m and (best is None or m.start() < best[0] or (m.start() == best[0] and kind == "absolute"
                                                            and best[2] != "absolute")):
            if best is not None and best[2] == "absolute" and kind != "absolute" and best[0] <= m.start():
                continue
            best = (m.start(), m.group(), kind, days)
    return None if best is None else (best[1], best[2], best[3])


# --- per-article analysis -------------------------------------------------------------------------------

_TITLE_WORDS = frozenset(
    """president vice secretary defense defence foreign state minister prime general brigadier lieutenant
    major colonel col gen lt brig maj capt captain admiral adm sgt sergeant chairman chair chief spokesman
    spokeswoman spokesperson senator sen rep representative governor gov mayor dr prof professor mr mrs ms
    ret ambassador amb director commander supreme leader king queen prince judge justice deputy
    us u.s. uk u.k. former acting cllr councillor""".split())
_CALENDAR = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december""".split())
_PRONOUN_PERSON = frozenset({"he", "she", "his", "her", "him"})
_NEGATORS = frozenset({"not", "no", "never", "nor", "n't", "neither"})  # lemmas
_NEGATOR_WORDS = frozenset({"no", "nor", "never"})
_RULE_MODALS = frozenset({"must", "shall", "may"})  # lemmas before a negator that make a rule or a maybe
_SCOPE_ENDS = frozenset({"before", "after", "until", "since", "because"})  # close a negation's window
# every spelling whose str.lower() is a negator word: the ASCII case variants (no other character lowers
# to n, o, r, e or v; tests/test_contrasts_fast.py checks every code point)
_NEGATOR_FORMS = frozenset("".join(p) for w in _NEGATOR_WORDS for p in product(*((c, c.upper()) for c in w)))
_CONTENT_POS = frozenset({"NN", "VB", "JJ"})
# an honorific before a name names no topic (as "Mr" and "Dr", too short to count, do not): "Cllr O'Rourke
# later said ..." shares no topic with every sentence naming a councillor
_HONORIFICS = frozenset(("cllr",))
_LIGHT_VERBS = frozenset({"say", "tell", "be", "have", "do", "make"})
# a statement is reported by a quotation mark or a speech word
_QUOTE_MARKS = ("“", "”", '"')
_STATEMENT_WORDS = re.compile(
    r"\b(?:said|says|say|told|tells|announc\w*|declared|stated|wrote|writes|read|reads|tweeted|posted|"
    r"claimed|asserted|insisted|vowed|pledged|promised|warned|threatened|ordered|decided|decision|"
    r"according\s+to|reported|confirmed|reports?\s+(?:that|in|by|from))\b", re.I)
# the strings (case-folded) every match of _STATEMENT_WORDS starts with
_STATEMENT_STARTS = ("sa", "told", "tells", "announc", "declared", "stated", "wrote", "writes", "read", "tweeted",
                     "posted", "claimed", "asserted", "insisted", "vowed", "pledged", "promised", "warned",
                     "threatened", "ordered", "decided", "decision", "according", "report", "confirmed")
_SPEECH_VERB = re.compile(
    r"\b(?:said|says|told|tells|added|announced|insisted|stated|explained|wrote|argued|reiterated|"
    r"described|calling|called)\b", re.I)
_EXPERT_FALLBACK = re.compile(
    r"\b(?:analysts?|experts?|professor|prof\.|dr\.|fellow|scholar|researcher|former|\(ret\.\)|retired|"
    r"think[- ]tank|(?<!the\s)(?<!its\s)(?:university|institute)|commentator)\b", re.I)
# ("the university said": the institution itself speaking, not an expert at one)
_THE_NOUN_SAID = _Gated(re.compile(r"\b[Tt]he\s+([a-z][\w-]+)\s+(?:also\s+|later\s+|now\s+)?(?:said|says|told|announced|"
                            r"stated|added|confirmed|admitted|acknowledged)\b"))
_OFFICE_ROLE = _Gated(re.compile(r"(?:['’]s|\bof\s+the)\s+(?:[\w-]+\s+)?(?:director|spokes\w+|chief|head|president|"
                          r"chair\w*|secretary|commissioner|officer|minister)\b", re.I))
# (a "that" followed by a verb opens a relative clause, "the plan that has since been revised", no named claim)
# ", who in a January note described the project as “too large for the current EV cycle,”": a person's earlier
# words, quoted in a clause about him
_WHO_EARLIER_SAID = _Gated(re.compile(
    r',\s+who\s+(?:[^,;“”"]{0,40}?\s)?(?:had\s+)?(?:described|called|labell?ed|said|predicted|forecast|wrote|'
    r'warned|insisted|claimed)\s+(?P<claim>[^;“”"]{0,100}?[“"][^“”"]{3,200}[”"])'))
_EMBEDDED = re.compile(
    r"(?P<np>(?:(?:(?:(?:[A-Z][\w.’'-]*\s+){0,4}[A-Z][\w.-]*(?:’s|'s))|his|her|its|their|the|a|an)\s+"
    r"(?:[\w-]+\s+){0,3}?"
    r"(?:assertion|claim|statement|suggestion|remark|comment|report|decision|announcement|plan|pledge|"
    r"promise|threat|vow|order|policy|insistence|contention|allegation|proposal)s?"
    r"|(?:(?:media|news|press|earlier)\s+)?(?:reports|claims|suggestions|allegations|rumou?rs|accusations)"
    r"(?:\s+(?:from|by)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+(?=\s+that\b))?)\s+"
    r"(?:that(?!\s+(?:has|have|had|was|were|is|are|will|would|could|can|may|might|should|must|did|does|do)\b)|"
    r"to|of|on(?!\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)|about)\s+[^.;:!?]+)")
_CLAIM_NOUNS = frozenset("""assertion claim statement suggestion remark comment report decision announcement plan
    pledge promise threat vow order policy insistence contention allegation proposal repeat repeated rumor
    rumour accusation media news press earlier""".split())
# "a newspaper report that ...", "the claims that ...": a named claim someone reported (see _given_later)
_REPORT_NOUNS = frozenset({"report", "claim", "allegation", "suggestion", "assertion"})
_REPORT_NOUN = re.compile(r"^(?:\S+\s+){0,3}?(?:reports?|claims?|allegations?|suggestions?|assertions?)\s+that\b", re.I)
_REPORTED_THAT = _Gated(re.compile(r"\b(?:reported|claimed|alleged|suggested|asserted|said|wrote)\s+"
                            r"(?:[\w,’'-]+\s+){0,5}?that\b"))
_EARLIER_VERSION = _Gated(re.compile(r"\b(?:an?|the)\s+(?:earlier|previous|original)\s+version\s+of\s+this\s+"
                              r"(?:article|story|report|item|column|piece|post|blog|page|update|entry)\b"
                              # "This story has been corrected to show that the first case ... was reported in Weld
                              # County, not Larimer County.": the AP's note, the wrong version named in it
                              r"|\bthis\s+(?:article|story|report)\s+has\s+been\s+(?:amended|corrected)\s+to\s+"
                              r"(?:show|note|say|state|indicate|reflect)\b", re.I))
_POSS = re.compile(r"^(?P<name>(?:[A-Z][\w.’'-]*\s+){0,4}[A-Z][\w.-]*)(?:’s|'s)\s")


_POST_TIME = re.compile(r"(\d{1,2})[:.](\d{2})(?:\s*(?:[ap]\.?m\.?|GMT|BST|UTC|CET|CEST|ET|EST|EDT|PT|AEST|AEDT))?", re.I)


def _newest_first_posts(sents) -> list[int] | None:
    """The indices of the time stamps opening the posts of a live page whose posts run newest first
    ("12:48", "12:31", … "06:40", each a sentence of its own), or None for any other article: at least three
    stamps, more of them earlier than the one above than later."""
    stamps, times = [], []
    for s in sents:
        if len(s.text) <= 12:
            m = _POST_TIME.fullmatch(s.text.strip())
            if m:
                stamps.append(s.index)
                times.append(int(m.group(1)) * 60 + int(m.group(2)))
    if len(stamps) < 3:
        return None
    down = sum(b < a for a, b in zip(times, times[1:]))
    return stamps if down > (len(times) - 1) / 2 else None


# "the spokesperson said": the denier's own spokesperson, going on with its denial
_SPOKES_FOR_ANY = re.compile(r"(?:the\s+|a\s+)?(?:\w+\s+)?spokes(?:person|man|woman)", re.I)
_SPOKES_FOR = re.compile(r"^(?:\w+\s+)?(?:spokes(?:person|man|woman)|aide|office|adviser|advisor|staff)\s+(?:for|of|to)\s+", re.I)


def _for_claimant(speaker: str | None, claimant: str | None) -> bool:
    """Does ``speaker`` speak for ``claimant`` by name ("spokesperson for Cabinet Secretary for Transport Rhodri
    Pugh" for "Rhodri Pugh")?  Then any walk-back of that claim told beside it is the same one."""
    return bool(speaker and claimant and _SPOKES_FOR.match(speaker) and speaker.endswith(claimant))


def _without_forewords(items: list[dict]) -> list[dict]:
    """``items`` without a walk-back told before its claim ("… another education official in the city corrected
    himself over school fees." before the principal's claim) when the claim's own speaker answers it later ("Quang
    sent a message … saying he had given the wrong figure"): the story tells one walk-back twice."""
    told = [it for it in items if it["ev"].get("told_after")]
    if not told:
        return items
    later = {(it["claim"].start, it["claim"].end): it["sent"].index for it in items
             if not it["ev"].get("told_after") and it["speaker"] and it["speaker"] == it["claim"].speaker}
    drop = {id(it) for it in told if later.get((it["claim"].start, it["claim"].end), -1) > it["sent"].index}
    # (and a lead's walk-back whose claim a walk-back in the story answers too: the story's pair stands for both)
    drop |= {id(it) for it in told if it["sent"].index == 0 and any(
        o is not it and o["score"] >= DEFAULT_MIN_SCORE
        and (o["claim"].start, o["claim"].end) == (it["claim"].start, it["claim"].end) for o in items)}
    return [it for it in items if id(it) not in drop] if drop else items


# "Another analyst reversed his own earlier call on the plant.": a sentence introducing someone the next one names
_UNNAMED_SUBJECT = re.compile(r"^\W*(?:Another|One|A|An)\s+(?:[\w-]+\s+){0,2}?(?:analyst|official|executive|expert|"
                              r"economist|lawmaker|legislator|minister|adviser|advisor|scientist|researcher|strategist|"
                              r"forecaster|commentator|critic|member|director|manager|spokes(?:person|man|woman))s?\s+"
                              r"(?!who\b|whose\b|said\b|says\b|told\b)[a-z]")


def _without_introductions(items: list[dict]) -> list[dict]:
    """``items`` without a walk-back told by an unnamed subject ("Another analyst reversed his own earlier call on the
    plant.") when the next sentence of its paragraph, naming him, tells a walk-back of its own ("Ren Takeda ..., who
    in a January note described the project as ..., said he had been too pessimistic"): one walk-back, told twice
    (the introduction's claim is found by its words alone, often wrongly)."""
    at = {(it["sent"].index, it["sent"].paragraph) for it in items}
    drop = {id(it) for it in items if _UNNAMED_SUBJECT.match(it["sent"].text)
            and (it["sent"].index + 1, it["sent"].paragraph) in at}
    return [it for it in items if id(it) not in drop] if drop else items


def _is_heading(ctx, s) -> bool:
    """Is sentence ``s`` a heading: alone in its paragraph, short, with no full stop, question or exclamation
    mark at its end ("Palace walks back signing claim", "Transport for Wales: earlier update 'posted in
    error'"), and a paragraph after it?"""
    sents = ctx.sents
    k = s.index
    if k + 1 >= len(sents) or sents[k + 1].paragraph == s.paragraph or (k and sents[k - 1].paragraph == s.paragraph):
        return False
    text = s.text.rstrip().rstrip("'’\"”")
    return bool(text) and text[-1] not in ".!?:;," and len(text.split()) <= 14


def _without_headings(ctx, items: list[dict]) -> list[dict]:
    """``items`` without those whose retraction is a heading that a walk-back in the few sentences under it
    tells ("Palace walks back signing claim" above "“I misspoke yesterday,” Manalastas said"): the body's pair
    stands for both (a heading's claim is found by its words alone, often wrongly)."""
    if len(items) < 2:
        return items
    at = {it["sent"].index for it in items}
    posts = set(ctx.posts or ())
    drop = set()
    for it in items:
        s = it["sent"]
        if not _is_heading(ctx, s):
            continue
        for k in range(s.index + 1, min(len(ctx.sents), s.index + 5)):
            if k in posts or _is_heading(ctx, ctx.sents[k]):
                break
            if k in at:
                drop.add(s.index)
                break
    return [it for it in items if it["sent"].index not in drop] if drop else items


@dataclass
class _Sent:
    index: int
    paragraph: int
    start: int
    end: int
    text: str
    content: set = field(default_factory=set)
    families: set = field(default_factory=set)
    neg_families: set = field(default_factory=set)
    entities: set = field(default_factory=set)
    cues: list = field(default_factory=list)  # Cue with body offsets
    token_span: tuple = ((), 0, 0)  # (token columns: start, end, text, pos, lemma, is_stop, is_punct; first; end)
    name_runs: list | None = None  # proper-noun runs of token indices (first, end), see _Context._name_runs
    run_names: dict = field(default_factory=dict)  # their entries, by run (cut at upto)

    @property
    def toks(self) -> list[tuple]:
        """(start, end, text, pos, lemma, is_stop, is_punct) of each token, built on first use."""
        toks = self.__dict__.get("_toks")
        if toks is None:
            cols, a, b = self.token_span
            toks = self.__dict__["_toks"] = list(zip(*(c[a:b] for c in cols)))
        return toks


def _has_columns(frame: pd.DataFrame, columns) -> bool:
    """Has ``frame`` every one of ``columns``?  (By the column index's hash table: iterating a text
    column index goes element by element through pandas.)"""
    return all(c in frame.columns for c in columns)


class _Context:
    """Everything the detector needs from an Article, computed once (degrades when stages are empty)."""

    def __init__(self, art, complete: bool = True):
        """Sentences, tokens and retraction cues; with ``complete`` (else on :meth:`complete`) the rest:
        entities, quotes, headline and stage 5's scores (time cues: :meth:`time_of`, on demand)."""
        self.art = art
        self.body = art.body
        self._complete = False
        self.walk_backs: set[int] = set()  # retraction sentences (set by the detector): no claims
        self._reactions: dict[int, bool] = {}  # sentence index -> is it a reaction (:meth:`is_reaction`)
        self._speaker_at: dict[tuple[int, int], str | None] = {}  # span -> :meth:`quote_speaker`
        # the sentences as art.sentences lists them, from the spans it is built from, with their tokens
        self.sents = sents = self._load_tokens(art)
        # the lexicon and helper patterns run only where their literals occur: the leads of each sentence
        # are looked up once for all of them (_SentenceGate; the body's chunks at once where the sentences
        # start and end at chunks); the cue patterns' other clauses are checked now, the others' only for
        # the sentences that need them
        self._low = low = _fold(self.body)
        gate = _sentence_gate()
        ranges = art._sentence_chunks
        self._leads = gate.leads_in_spans(low, [(s.start, s.end) for s in sents],
                                          None if ranges is None else list(zip(*(r.tolist() for r in ranges))),
                                          None if ranges is None else art._chunk_columns[0])
        for s, hit in zip(sents, self._leads):  # per sentence: the entries whose lead it holds
            cues = [i for i in hit if i < gate.statement]
            which = gate._check(low[s.start:s.end], cues) if cues else None
            if which:
                s.cues = _cues_in(s.text, which, s.start)
        if complete:
            self.complete()

    def is_reaction(self, t: "_Sent") -> bool:
        """Does ``t`` tell how a statement was received ("The comments were seen as ...", "X called the
        comment ...")?  A reaction is no claim; computed once per sentence."""
        hit = self._reactions.get(t.index)
        if hit is None:
            hit = self._reactions[t.index] = bool(_RECEPTION.match(t.text) or self.search_sentence(_VERDICT_ON_REMARK, t))
        return hit

    def complete(self) -> None:
        """What pairing needs besides cues, computed once (an article with no retraction cue needs none)."""
        if self._complete:
            return
        self._complete = True
        sents = self.sents
        self._times: dict[int, tuple | None] = {}  # sentence index -> time cue (see time_of)
        self._load_entities()
        self._load_quotes()
        self.headline = self._headline_evidence()
        # entities named in a fifth of the sentences (the country the story is about) link nothing
        df: dict[str, int] = {}
        for s in sents:
            for e in s.entities:
                df[e] = df.get(e, 0) + 1
        many = max(3, 0.2 * len(sents))
        self.common_entities = {e for e, n in df.items() if n > many}
        self.embedded: dict[int, list] = {}  # sentence index -> its named claims (the detector's memo)
        self.claims_of: dict[int, list] = {}  # sentence index -> the claims it offers (the detector's memo)
        self.expert_quoted: dict[int, str | None] = {}  # sentence index -> the expert quoted in it, if any
        self.commentary: dict[tuple, float] = {}  # (sentence index, retraction speaker) -> _commentary's penalty
        self._statement: dict[int, bool] = {}
        self._span_sentence = {(s.start, s.end): s.index for s in sents}
        self.known_scores = _known_scores(self.art)
        self.posts = _newest_first_posts(sents)

    def scores(self, start: int, end: int, text: str) -> tuple[float, float, float]:
        """TextBlob polarity and subjectivity and the certainty of ``text`` (``body[start:end]``): stage 5's
        scores when the text is one whole sentence the article has scored already, else computed."""
        i = self._span_sentence.get((start, end))
        if i is not None and i in self.known_scores and self.sents[i].text == text:
            return self.known_scores[i]
        return (*_sentiment(text), certainty(text))

    def certainty(self, s: _Sent, text: str) -> float:
        """:func:`certainty` of ``text``, a part of sentence ``s``: stage 5's score when it is the whole
        sentence and the article has scored it (as in :meth:`scores`), else computed."""
        if text == s.text and s.index in self.known_scores:
            return self.known_scores[s.index][2]
        return certainty(text)

    def time_of(self, s: _Sent) -> tuple | None:
        """The time cue of sentence ``s`` (:func:`find_time_cue`), else the one it inherits from the
        sentence before it in its paragraph; computed for the sentences a pair needs, memoised."""
        times, sents = self._times, self.sents
        pending = []  # sentences without a cue of their own, inheriting from the one before
        i = s.index
        while i not in times:
            t = sents[i]
            own = _time_cue_in(t.text, self._time_which(t))  # find_time_cue, gated with the cues
            if own is not None or i == 0 or sents[i - 1].paragraph != t.paragraph:
                times[i] = own
            else:
                pending.append(i)
                i -= 1
        for j in reversed(pending):
            times[j] = times[j - 1]
        return times[s.index]

    def _time_which(self, s: _Sent) -> list[int]:
        """The time patterns that may match sentence ``s`` (its sentence gate leads, checked)."""
        gate = _sentence_gate()
        hit = [i for i in self._leads[s.index] if i in gate.times]
        which = gate._check(self._low[s.start:s.end], hit) if hit else []
        return [i - gate.times.start for i in which]

    def _may_state(self, s: _Sent) -> bool:
        """May sentence ``s`` hold a statement word (does the sentence gate let those through)?"""
        gate = _sentence_gate()
        return gate.statement in self._leads[s.index] and \
            bool(gate._check(self._low[s.start:s.end], (gate.statement,)))

    def is_statement(self, s: _Sent) -> bool:
        """Does sentence ``s`` report a statement (a quotation mark or a speech verb)?"""
        if s.index not in self._statement:
            text = s.text  # _reports_statement, its gate asked only when no quotation mark decides it
            self._statement[s.index] = "“" in text or "”" in text or '"' in text or \
                (self._may_state(s) and bool(_STATEMENT_WORDS.search(text, self._first_statement_word(s))))
        return self._statement[s.index]

    def _first_statement_word(self, s: _Sent) -> int:
        """Where in ``s.text`` the first string a match of _STATEMENT_WORDS starts with occurs (every match
        starts with one, so searching from there finds the first match; the search still sees the
        character before it for ``\\b``); 0 for none.  A find of each in the folded sentence (what a
        search for their alternation finds, without trying 25 alternatives at every letter)."""
        low, lo, first = self._low, s.start, s.end
        for w in _STATEMENT_STARTS:  # (each looked for only where it would start before the first found)
            k = low.find(w, lo, min(s.end, first + len(w) - 1))
            if k >= 0:
                first = k
        return first - lo if first < s.end else 0

    # tokens: per-sentence content lemmas, predicate families and negated action families --------------
    def _load_tokens(self, art) -> list[_Sent]:
        """The sentences of ``art`` (from the spans ``art.sentences`` is built from), each made with its
        ``toks`` (built on first use) and ``content`` (content-word lemmas), ``families`` (predicate
        families named) and ``neg_families`` (action families within four words after a negator that
        is not inside an if-clause).  Each token's lower-case lemma, family and content word come from
        a memo per (lemma, tag, stop word, punctuation); then one slice per sentence: negators are
        looked for only in sentences naming an action, and the only per-token loop left is over
        sentences naming one after a negator."""
        spans, body = art._sentence_spans, self.body
        _, double = _families()
        tk = art.token_columns
        cols = [tk[c] for c in ("start", "end", "text", "pos", "lemma", "is_stop", "is_punct")]  # read only
        # each sentence's range of tokens, with the tokens listed sentence by sentence (the frame is built
        # so); a few tokens (a short article) by bisection of the list, without numpy's fixed costs
        sent = tk["sentence"]
        if len(sent) < _FEW_TOKENS and sent == sorted(sent):
            bounds = [bisect_left(sent, k) for k in range(len(spans))]
        else:
            sent = art._token_arrays["sentence"]  # (tk["sentence"] as an int64 array)
            if (sent[1:] < sent[:-1]).any():
                order = np.argsort(sent, kind="stable")
                sent, cols = sent[order], [[c[i] for i in order.tolist()] for c in cols]
            bounds = np.searchsorted(sent, np.arange(len(spans))).tolist()
        t_start, _, t_text, t_pos, t_lemma, t_stop, t_punct = tok_cols = cols
        n = len(sent)
        bounds.append(n)
        memo = _token_memo()
        if len(memo) > _MEMO_SIZE:
            memo.clear()
        self._tok_info = info = list(map(memo.__getitem__, zip(t_lemma, t_pos, t_stop, t_punct)))
        lows, fams, content = (list(map(itemgetter(k), info)) for k in range(3))  # (zip(*info): an iterator per token)
        second = _second_words()
        if not second.isdisjoint(lows):  # two-word predicates ("pull out"): a lemma and the one before it
            first_tok = set(bounds)  # within a sentence
            for i in compress(range(n), map(second.__contains__, lows)):
                if not fams[i] and i not in first_tok and lows[i - 1]:
                    fams[i] = double.get((lows[i - 1], lows[i]))
        cond_before = _COND_BEFORE.search
        sents = []
        for k, (p, start, end), a, b in zip(count(), spans, bounds, bounds[1:]):
            families = set(fams[a:b])
            families.discard(None)
            words = set(content[a:b])
            words.discard(None)
            s = _Sent(k, p, start, end, body[start:end], words, families, set(), set(), [], (tok_cols, a, b))
            sents.append(s)
            if ACTION_FAMILIES.isdisjoint(families):
                continue  # no action named, none negated
            s_lows, s_text = lows[a:b], t_text[a:b]
            if _NEGATORS.isdisjoint(s_lows) and _NEGATOR_FORMS.isdisjoint(s_text):
                continue  # no negator
            is_neg = set(compress(range(a, b), map(_NEGATORS.__contains__, s_lows)))  # (negator lemmas or words)
            is_neg.update(compress(range(a, b), map(_NEGATOR_FORMS.__contains__, s_text)))
            if ACTION_FAMILIES.isdisjoint(fams[min(is_neg):b]):
                continue  # no negator, or no action named after it
            # the negation window of each negator: it and the tokens up to its fourth word after it (or the
            # next negator, which opens its own window)
            text, base = s.text, s.start
            negs = sorted(is_neg)
            for i, stop in zip(negs, negs[1:] + [b]):
                ts = t_start[i]
                if cond_before(text[max(0, ts - base - 70):ts - base]):
                    continue  # a negator inside an if-clause ("even if they do not retaliate") is no reversal
                if i > a and lows[i - 1] in _RULE_MODALS:
                    continue  # "listed companies must not publish ...": a rule, no statement negated
                window = 4
                for j in range(i, stop):
                    if j > i and lows[j] in _SCOPE_ENDS:
                        break  # "never caught before release": what follows the preposition is not negated
                    if j > i and not t_punct[j]:
                        window -= 1
                        if not window:
                            break
                    if fams[j] in ACTION_FAMILIES:
                        s.neg_families.add(fams[j])
        return sents

    # entities: canonical names by alias; per-sentence entity sets -----------------------------------
    def _load_entities(self):
        self.canon: dict[str, str] = {}  # name or alias -> entity name
        ents = self.art.entities
        if len(ents) and _has_columns(ents, ("name", "aliases")):
            canon = self.canon.setdefault
            for name, aliases in zip(*column_lists(ents, ("name", "aliases"))):
                name = str(name)
                canon(name, name)
                if isinstance(aliases, (list, tuple)):
                    for a in aliases:
                        canon(str(a), name)
        men = self.art.mentions
        if len(men) and _has_columns(men, ("name", "sentence")):
            n, sents = len(men), self.sents
            # (the columns there are read at once)
            have = [c for c in ("section", "type") if c in men.columns]
            names, sent_of, *more = column_lists(men, ["name", "sentence"] + have)
            section = more.pop(0) if "section" in have else ["body"] * n
            etype = more.pop(0) if "type" in have else [""] * n
            skip = {"DATE", "CARDINAL", "TIME", "ORDINAL", "QUANTITY"}
            for name, si, sec, typ in zip(names, sent_of, section, etype):
                if (sec != "body" and str(sec) not in ("body", "nan", "None")) or typ in skip:
                    continue  # headline / caption mentions have no body sentence; numbers link nothing
                si = int(si)
                if 0 <= si < len(sents):
                    sents[si].entities.add(str(name))
            self.has_entities = True
        else:  # fallback: proper-noun lemmas stand in for entities
            self.has_entities = False
            for s in self.sents:
                s.entities = {w for (_, _, w, pos, _, _, _) in s.toks
                              if pos.startswith("NNP") and w.lower() not in _CALENDAR and len(w) > 1}

    def name(self, raw: str | None) -> str | None:
        if not raw:
            return raw
        return self.canon.get(raw, raw)

    # quotes: speaker by span; categories ------------------------------------------------------------
    def _load_quotes(self):
        self.quote_spans: list[tuple[int, int, str]] = []
        self.category: dict[str, str] = {}
        self.role_of: dict[str, str] = {}  # a speaker's role as the quotes stage gives it ("company spokeswoman")
        q = self.art.quotes
        if len(q) and _has_columns(q, ("start", "end", "speaker")):
            has_parts = "parts" in q.columns  # (the columns there are read at once)
            starts, ends, whos, *parts = column_lists(q, ("start", "end", "speaker", "parts")[:4 if has_parts else 3])
            parts = parts[0] if has_parts else [None] * len(q)
            for (start, end, who), pp in zip(zip(starts, ends, whos), parts):
                if not (isinstance(who, str) and who):
                    continue
                # a quote split around its attribution counts by its parts (the attribution is not quoted)
                spans = [(int(a), int(b)) for a, b in pp] if isinstance(pp, (list, tuple)) and len(pp) else \
                    [(int(start), int(end))]
                for a, b in spans:
                    self.quote_spans.append((a, b, who))
        # the spans by start, for quote_speaker: only those starting within the longest span's length
        # before a text can overlap it
        spans = self.quote_spans
        self._quote_order = sorted(range(len(spans)), key=lambda k: spans[k][0])
        self._quote_starts = [spans[k][0] for k in self._quote_order]
        self._quote_longest = max((b - a for a, b, _ in spans), default=0)
        sp = self.art.speakers
        if len(sp) and _has_columns(sp, ("name", "category")):
            has_role = "role" in sp.columns  # (the columns there are read at once)
            names, cats, *roles = column_lists(sp, ("name", "category", "role")[:3 if has_role else 2])
            roles = roles[0] if has_role else [None] * len(sp)
            for (name, cat), role in zip(zip(names, cats), roles):
                if isinstance(role, str):
                    self.role_of[str(name)] = role
                # "Dr. X, the institute's deputy director": an office holder speaks for the organisation
                official = isinstance(role, str) and _OFFICE_ROLE.search(role)
                self.category[str(name)] = "official" if cat == "expert" and official else str(cat)
        self.has_experts = "expert" in self.category.values()

    def quote_speaker(self, start: int, end: int) -> str | None:
        """The speaker of the quote span overlapping ``start..end`` most (the first of equals), if any
        (memoised per span: every retraction within reach asks again for the same claim sentences)."""
        key = (start, end)
        memo = self._speaker_at
        if key in memo:
            return memo[key]
        best, best_ov = None, 0
        starts, spans = self._quote_starts, self.quote_spans
        near = self._quote_order[bisect_right(starts, start - self._quote_longest):bisect_left(starts, end)]
        for k in sorted(near):
            qs, qe, who = spans[k]
            if qe > start:  # (else no overlap)
                ov = (end if end < qe else qe) - (start if start > qs else qs)
                if ov > best_ov:
                    best, best_ov = who, ov
        memo[key] = best
        return best

    # fallback speaker finder (used only where no quote overlaps) ------------------------------------
    def _name_runs(self, s: _Sent, upto: int | None = None):
        """Proper-noun runs in sentence ``s`` before body offset ``upto`` (titles stripped): (start, end,
        name, n_words, preceded_by, the word before that, titled, next word).  The sentence's runs of
        token indices are found once; a run reaching ``upto`` is cut there (memoised per run)."""
        toks = s.toks
        if s.name_runs is None:
            s.name_runs, cur = [], []
            for i, t in enumerate(toks):
                if t[3].startswith("NNP") and t[2].lower() not in _CALENDAR:
                    cur.append(i)
                elif cur:
                    s.name_runs.append((cur[0], cur[-1] + 1))
                    cur = []
            if cur:
                s.name_runs.append((cur[0], cur[-1] + 1))
            s.run_names = {}
        k = len(toks) if upto is None else bisect_left(toks, upto, key=itemgetter(0))  # tokens before upto
        out = []
        for a, b in s.name_runs:
            if a >= k:
                break
            run = (a, min(b, k))
            if run not in s.run_names:
                s.run_names[run] = self._run_name(toks, *run)
            if s.run_names[run] is not None:
                out.append(s.run_names[run])
        return out

    @staticmethod
    def _run_name(toks: list, a: int, b: int) -> tuple | None:
        """:meth:`_name_runs`' entry for the proper nouns ``toks[a:b]``; None when they are all titles."""
        words = [t[2] for t in toks[a:b]]
        prev = toks[a - 1][2].lower() if a > 0 else ""
        prev2 = toks[a - 2][2].lower() if a > 1 else ""
        nxt = toks[b][2] if b < len(toks) else ""
        flags = [w.lower().rstrip(".") in _TITLE_WORDS for w in words]
        titled = any(flags[:-1])
        # "Health Minister Sara Okafor" -> "Sara Okafor": the name follows the last title word
        last_title = max((i for i, f in enumerate(flags) if f), default=-1)
        core = words[last_title + 1:] if last_title < len(words) - 1 else []
        if not core:
            return None
        return toks[a][0], toks[b - 1][1], " ".join(core), len(core), prev, prev2, titled, nxt

    def fallback_speaker(self, s: _Sent, pos: int | None = None, post: bool = True) -> str | None:
        """Nearest named speaker before ``pos`` in sentence ``s`` (a person, or "the <Org>" as subject);
        "he"/"his" resolve to the last person named in the previous few sentences.  Rough on purpose:
        the quotes stage is the real attribution."""
        upto = pos if pos is not None else None
        if pos is not None:
            # "X, said the Harriers were not leaving": the speaker stands before the speech verb
            verbs = [m for m in _SPEECH_VERB.finditer(s.text, 0, pos - s.start)]
            if verbs:
                upto = s.start + verbs[-1].start()
        cands = []
        for (rs, re_, name, n, prev, prev2, titled, nxt) in self._name_runs(s, upto):
            if prev == "of" or (prev == "the" and prev2 == "of"):
                continue  # "the chairman of the Joint Chiefs": a modifier, not the speaker
            said = bool(_SPEECH_VERB.fullmatch(nxt or "")) and prev != "the"  # "Brandt said"
            if ((n >= 2 or titled or said) and prev != "the") or (prev == "the" and n == 1):
                cands.append((rs, self.full_name(name), (n >= 2 or titled or said) and prev != "the", said))
        if pos is None:
            people = [c for c in cands if c[2]]
            return self.name(people[0][1]) if people else None
        # a pronoun closer to the cue than any name
        pron_at = -1
        for (ts, te, w, *_rest) in s.toks:
            if ts >= pos:
                break
            if w.lower() in _PRONOUN_PERSON:
                pron_at = ts
        if cands and (cands[-1][0] > pron_at or cands[-1][3]):
            # (also "Thibodeau said she had relied on ...": the pronoun after "X said" is X)
            return self.name(cands[-1][1])
        if pron_at >= 0:
            return self.last_person(s.index, before=pron_at)
        org = self.org_subject(s.text[:pos - s.start])
        if org:
            return org
        # nothing before the cue: the attribution after it ("..., Col. X told the paper", "Brandt said")
        return self.fallback_speaker(s, None) if post else None

    def org_subject(self, text: str) -> str | None:
        """"the federation said ...": the known speaker (of the speakers table) whose name ends in the
        lower-case noun of a "the <noun> said" subject in ``text``, if exactly one does."""
        m = None
        for m in _THE_NOUN_SAID.finditer(text):
            pass
        if not m:
            return None
        noun = m.group(1).lower()
        names = {n for n in self.category if n.split()[-1].lower() == noun and n[:1].isupper()}
        return self.name(names.pop()) if len(names) == 1 else None

    def full_name(self, name: str) -> str:
        """A lone surname joins the full name introduced earlier ("Brandt" -> "Paul Brandt")."""
        if " " in name or self.has_entities:
            return name
        if not hasattr(self, "_surnames"):
            self._surnames = {}
            for s in self.sents:
                for r in self._name_runs(s):
                    if r[3] >= 2 and r[4] != "the":
                        self._surnames.setdefault(r[2].split()[-1], r[2])
        return self._surnames.get(name, name)

    def last_person(self, si: int, before: int | None = None, look_back: int = 3) -> str | None:
        for j in range(si, max(-1, si - look_back - 1), -1):
            runs = self._name_runs(self.sents[j], before if j == si else None)
            people = [r for r in runs if (r[3] >= 2 or r[6]) and r[4] != "the"]
            if people:
                return self.name(people[-1][2])
        return None

    def speaker(self, s: _Sent, start: int, end: int, cue_pos: int | None = None, post: bool = True) -> str | None:
        q = self.quote_speaker(start, end)
        if q:
            return self.name(q)
        return self.fallback_speaker(s, cue_pos, post)

    def search_sentence(self, g: _Gated, s: _Sent, *args):
        """``g.search(s.text, *args)``, the gate reading the sentence's leads (looked up with the sentence
        gate's, for the patterns of :data:`_SENTENCE_PATTERNS`) and its slice of the folded body."""
        gate = _sentence_gate()
        i = gate.gated.get(g)
        if i is None:
            return g.search(s.text, *args)
        if i not in self._leads[s.index] or not _meets(self._low[s.start:s.end], gate.rest[i]):
            return None
        return g.rx.search(s.text, *args)

    def refers_back(self, s: _Sent) -> bool:
        """Does sentence ``s`` name a statement by a back-reference ("the earlier announcement", "his
        remarks")?  Once per sentence."""
        memo = self.__dict__.setdefault("_back", {})
        hit = memo.get(s.index)
        if hit is None:
            hit = memo[s.index] = bool(self.search_sentence(_BACK_REFERENCE, s))
        return hit

    def _may_be_court(self, s: _Sent) -> bool:
        """May _COURT match sentence ``s``: does it hold one of its words (case-folded), "KC" or "QC" as
        written, or "defen" and a word of counsel or case?"""
        low = self._low[s.start:s.end]
        return any(w in low for w in _COURT_WORDS) or "KC" in s.text or "QC" in s.text or \
            ("defen" in low and any(d in low for d in _DEFENCE_WORDS))

    def in_court(self, s: _Sent) -> bool:
        """Is ``s`` in a paragraph reporting court proceedings (a jury, evidence, cross-examination, counsel),
        or in the one right after it (the quoted argument of counsel who "told the jury")?  There a denial or a
        "mistake" is a party's plea, evidence or argument, not a walk-back."""
        court = self.__dict__.get("_court")
        if court is None:  # the court paragraphs, once per article (the pattern run only where its gate lets)
            lead = _sentence_gate().court  # (a necessary condition of _may_be_court)
            court = self._court = {t.paragraph for t, hit in zip(self.sents, self._leads)
                                   if lead in hit and self._may_be_court(t) and _COURT.search(t.text)}
        if not court or s.paragraph in court:
            return bool(court)
        # the paragraph before s's: that of the last sentence before its paragraph's first (sentences are
        # listed paragraph by paragraph)
        i = s.index
        while i > 0 and self.sents[i - 1].paragraph == s.paragraph:
            i -= 1
        return i > 0 and self.sents[i - 1].paragraph in court

    def is_expert(self, name: str | None, s: _Sent) -> bool:
        if name and self.category:
            return self.category.get(name, "") == "expert"
        # fallback (no speaker categories yet): a quote in a paragraph whose attribution has expert markers
        # ("Dr. X, a former adviser who now teaches at Y University, told the paper")
        para = " ".join(t.text for t in self.sents if t.paragraph == s.paragraph)
        return bool(_EXPERT_FALLBACK.search(para)) and bool(re.search(r"[“”\"]", s.text))

    # headline evidence: "Leaving, Then Not Leaving", or a cue in headline / dek ---------------------
    def _headline_evidence(self) -> dict:
        # (helpers.text imported with the module: a function-level "from .text import" asks the module for a
        # __path__ each time, through its module __getattr__)
        annotate, lemma, tokenize = _text.annotate, _text.lemma, _text.tokenize
        fams, text = set(), ""
        single, _ = _families()
        for part in (self.art.title, self.art.dek):
            if not part:
                continue
            low = _fold(part)  # (_X_THEN_NOT_X needs its "not")
            m = _X_THEN_NOT_X.search(part) if "not" in low else None
            hit = bool(m) or bool(_cues_in(part, _cue_gate()._possible_folded(low)))  # (find_cues, folded once)
            if hit:
                text = text or part
                words = [w for _, _, w in tokenize(part)]
                # (annotate: the tagger's tags and lemmas, memoised per word)
                for w, (p, lem, _, _) in zip(words, annotate(words)):
                    fam = single.get((lem if not p.startswith("NNP") else lemma(w, "VBG")).lower())
                    if fam:
                        fams.add(fam)
        return {"text": text, "families": fams}


# --- the detector -----------------------------------------------------------------------------------

# (compiled here, not on each call through re's cache of patterns)
_X_THEN_NOT_X = re.compile(r"\b(\w+),?\s+(?:then|and\s+then|now|but)\s+not\s+\1\b", re.I)  # "Leaving, Then Not Leaving"
_GAP_STOP = re.compile(r"[.;:]")  # a clause ends between a cue and its named claim
_NP_END = re.compile(r"\s+[–—]\s+|,\s+(?:which|who|but|while|and\s+then)\b")  # where a named claim ends
_HIS_BEFORE = re.compile(r"\b(?:his|her)\s+(?:[\w-]+\s+)?$", re.I)  # "his flip-flop on ..."

# Evidence weights (raw evidence of at least 0.5 passes DEFAULT_MIN_SCORE), calibrated by a grid over the
# DEV articles of tests/data/contrasts_unseen/ under the constraint that the seed, walk-back, cue and
# false-friend texts keep every gold pair and no false one: NOT_STATED needs >= 0.4 and STORY_CLAIM >= 0.2
# (each value here lies inside the best plateau); DIFFERENT_SPEAKER is indifferent between 0 and 0.05 on
# DEV and costs a false pair at 0.1.
DIFFERENT_SPEAKER = 0.05  # someone else walks the claim back (or its speaker reverses it)
NOT_STATED = 0.5  # a claim sentence reporting no statement, linked by no action predicate
SAME_SPEAKER_DENIAL = 1.0  # "Lowe denied that ..." answering Lowe's own earlier words: no walk-back
EXPERT_CLAIM = 0.5  # an expert's quoted commentary answered by someone else: not the claim walked back
UNSTATED_DENIAL = 0.4  # "denied that X" linked to the claim by one word only: X was stated nowhere before
# "reversed a decision to ..." (an indefinite object) introduces a decision the story has not told of
_INDEFINITE_OBJECT = re.compile(r"\w+(?:ed|es|s|ing)\s+an?\s+(?!earlier\b|previous\b|initial\b|original\b)", re.I)
# "In 2023 the airline reversed a decision to charge ...": an indefinite decision whose content follows it
# ("to" + verb) is told here for the first time, background to the story; outside the lead no walk-back
_CLAUSE_END = re.compile(r"[,;:.!?]|\s(?:after|before|because|when|while|but)\b")  # closes a reversed object
_INDEFINITE_TO = re.compile(r"\s*(?:,[^,]{0,40},\s*)?to\s+[a-z]", re.I)
BACKGROUND_REVERSAL = 1.0
# a denial answering a named party's statement (not a report): two parties dispute, no one walks back
DISPUTE = 0.6
DENIED_REPORT = 1.0  # a rebuttal of someone else's report: under the default minimum however strong its cues
_NAME_DENIER = re.compile(r"\W*((?:[A-Z][\w.'’-]*\s+(?:&\s+|and\s+|of\s+)?){1,5})(?:has\s+|had\s+|have\s+)?$")
_DENIER_BEFORE = re.compile(r"\b(?:the|its|his|her|their)\s+(\w+)\s+(?:has\s+|had\s+|have\s+)?$", re.I)
_OTHER_SIDE = re.compile(r"\b(?:rival|competitor|opponent|critic|commenter|sceptic|skeptic|reviewer)s?\b", re.I)
# "one commenter wrote that … the figure legends were not accurate": someone's criticism of the claimant's work
_CRITIC_BEFORE = re.compile(r"\b(?:commenters?|critics?|sceptics?|skeptics?|reviewers?|observers?)\s+"
                            r"(?:\w+\s+){0,2}?(?:wrote|said|argued|noted|claimed|suggested|posted|pointed\s+out)"
                            r"\s+that\b", re.I)  # a speaker named as the other side
_REPORTED = re.compile(r"\breport(?:s|ed|ing)?\b|\bnewspaper\b|\bsuggest", re.I)
# "denied claims by opposition assemblymen that ...": a named claim whose maker is a party (not "some online
# commentators", not the media): the denier disputes that party's charge, no one walks back
_PARTY_CLAIM = re.compile(r"^(?:\S+\s+){0,2}?(?:claims?|suggestions?|assertions?|accusations?|contentions?)\s+"
                          r"(?:by|from)\s+(?!(?:some|a\s+few|several|unnamed|anonymous|online|social|media|news|"
                          r"newspapers?|press|reports?|people|residents|users)\b)"
                          r"(?!(?:the|a|an)\s+(?:[\w-]+\s+)?(?:newspaper|paper|magazine|tabloid|broadcaster|website|"
                          r"outlet|blog)\b)", re.I)
# "A rival yard denied a market report on Tuesday that it had bid": an indefinite report, outside the lead and
# given nowhere in the story, is told for the first time: no claim of the story is denied
_INDEFINITE_REPORT = re.compile(r"\s+an?\s+(?:[\w-]+\s+){0,2}?(?:report|rumou?r|story|article)\b", re.I)
BACKGROUND_DENIAL = 1.0


# "..., it said." closing a sentence: the pronoun is the speaker of the sentence before it
# (at the end, or mid-sentence: "Four people had been arrested, he said, while the other ten ...")
_PRONOUN_ATTRIBUTION = re.compile(r",\s+(?:it|he|she|they)\s+(?:also\s+|later\s+)?(?:said|added|says)(?:\W*$|,\s)")


def _continues_walk_back(ctx, t) -> bool:
    """Does sentence ``t``, reported with "..., it said" right after a walk-back sentence of its paragraph, go on
    with that walk-back ("the company said the Monday announcement “did not accurately describe” the deal.
    Meranti Shipyard had signed a non-binding letter of intent ..., it said.")?"""
    return (t.index - 1 in ctx.walk_backs and ctx.sents[t.index - 1].paragraph == t.paragraph
            and _PRONOUN_ATTRIBUTION.search(t.text) is not None)


# "has corrected a statement she made at Holyrood about ...": a walk-back naming an indefinite statement tells
# it in the sentences after (as a lead does)
_INDEFINITE_STATEMENT = re.compile(r"\s*\ban?\s+(?:[\w-]+\s+)?(?:statement|answer|remark|comment|claim|post|tweet|"
                                   r"announcement|figure|number|estimate|date|total)s?\b", re.I)
# "The row came a day after the department changed course on a new £50m fund": a walk-back told before its claim
_CAME_AFTER = re.compile(r"\bcame\s+(?:a\s+day|a\s+week|(?:\w+\s+)?(?:days?|weeks?|hours?))\s+after\b"
                         # "The draft also prompted a quick U-turn by one MEP.": a walk-back its paragraph tells next
                         r"|\b(?:prompted|triggered|led\s+to)\s+an?\s+(?:[\w-]+\s+)?(?:u-?turn|reversal|climbdown)\s+by\b",
                         re.I)
# "also walked back a claim of its own": a claim named by nothing but its kind, told in the sentences after
_BARE_CLAIM = re.compile(r"an?\s+(?:[\w-]+\s+)?(?:statement|remark|comment|claim|announcement)"
                         r"(?:\s+of\s+(?:its|his|her|their)\s+own)?", re.I)
TOLD_AFTER = 0.3
_EARLIER_STATEMENT = re.compile(r"\b(?:its|his|her|their|an?|the)\s+(?:earlier|previous|initial|original|first)\s+"
                                r"(?:statement|claim|announcement|account|remarks?)\b", re.I)
_HAD_SAID = re.compile(r"\bhad\s+(?:said|announced|claimed|stated|told|insisted|written|posted)\b", re.I)


def _told_after(ctx, s, cues: list[Cue], r_speaker: str | None):
    """The statement a walk-back (not the lead's) names indefinitely and tells after it ("Meanwhile, Transport
    Secretary Fiona Galbraith has corrected a statement she made at Holyrood about the new vessel ..." then
    "... Ms Galbraith told MSPs that ..."): the next sentence or the one after, reporting a statement, carrying
    no cue and no walk-back, by the same speaker or sharing two words or names with it; (sentence, shared
    words) or None."""
    if s.index == 0 and any(_EARLIER_STATEMENT.search(c.text) for c in cues):
        # "SMRT on March 20 said ..., correcting its earlier statement that ...": the lead names the claim the
        # story then gives in the past perfect ("The rail operator had said on the evening of March 19 that")
        for t in ctx.sents[1:5]:
            if t.cues or t.index in ctx.walk_backs:
                continue
            if _HAD_SAID.search(t.text) and ctx.is_statement(t):
                return t, (s.content & t.content) | ((s.entities & t.entities) - ctx.common_entities)
        return None
    if s.index == 0 and any(_DOC_THAT.search(c.text) for c in cues):
        # "… has withdrawn a preprint that reported a new antibiotic compound had wiped out …" then "The preprint, posted
        # on 3 November, said that the compound …": the document's words, given in the sentences after the lead
        for t in ctx.sents[1:5]:
            if t.cues or t.index in ctx.walk_backs or not ctx.is_statement(t):
                continue
            shared = (s.content & t.content) | ((s.entities & t.entities) - ctx.common_entities)
            if len(shared) >= 2:
                return t, shared
        return None
    if s.index == 0:
        return None  # (a lead's walk-back sums up one the story tells in full: its claim is theirs)
    # "The confusion came a week after another education official in the city corrected himself over school
    # fees." then "At a meeting with parents on Feb. 27, Tran Minh Quang, principal of ..., said tuition ...": a
    # correction whose maker the story names next
    reflexive = any(_REFLEXIVE_CORRECTION.match(c.text) for c in cues) or (
        (" after" in s.text or " by " in s.text) and _CAME_AFTER.search(s.text) is not None)
    indefinite = any(_INDEFINITE_STATEMENT.match(s.text, c.end - s.start) or _INDEFINITE_STATEMENT.search(c.text)
                     for c in cues)
    if not reflexive and not indefinite:
        return None
    for t in ctx.sents[s.index + 1:s.index + 3]:
        if t.cues or t.index in ctx.walk_backs:
            return None
        if not ctx.is_statement(t):
            continue
        shared = (s.content & t.content) | ((s.entities & t.entities) - ctx.common_entities)
        who = ctx.speaker(t, t.start, t.end)
        # ("The DLT also corrected a figure given by its director-general a day earlier." then the director-general's
        # figure, told next)
        if len(shared) >= 2 or (r_speaker and who and r_speaker == who) \
                or (reflexive and r_speaker is None or indefinite) and shared and t.index == s.index + 1:
            return t, shared
    return None


# "The university’s original press release, issued on 5 November, described SNU-417 as …": the earlier document
# stating the claim itself
_EARLIER_DOC_SAID = re.compile(r"\b(?:original|earlier|initial|previous|first)\s+(?:press\s+)?(?:release|statement|"
                               r"announcement|notice|post|tweet|letter|memo)\b[^.;“”\"]{0,80}?\b(?:described|said|stated|"
                               r"claimed|announced|read|promised|reported)\b", re.I)
_DOC_THAT = re.compile(r"\bthat\s+(?:reported|said|claimed|stated)$", re.I)
_REFLEXIVE_CORRECTION = re.compile(r"correct(?:ed|s|ing)?\s+(?:himself|herself|themselves)\b", re.I)


def _office_holder(text: str, name: str) -> bool:
    """Is ``name`` given an office right before it in ``text`` ("the state’s Commissioner for Health, Dr. Tunde
    Adeyemo"): an official speaking, not an expert's commentary, whatever the doctor's title made of him?"""
    at = text.find(name.split()[-1])
    return at > 0 and _OFFICE_ROLE.search(text[max(0, at - 70):at]) is not None


def _holds_cue(s, start: int, end: int) -> bool:
    """Does the span ``start..end`` (body offsets) of sentence ``s`` hold one of its cues (a named claim running
    into the walk-back's own words is none: "the announcement of 2 March 2026 should not have described ...")?"""
    return any(start <= c.start and c.end <= end for c in s.cues)


def _party_claim(cues: list[Cue], side) -> bool:
    """Is ``side`` a claim a denial names as made by a party ("claims by opposition assemblymen that ...")?"""
    return bool(cues) and all(c.type == "denial" for c in cues) and bool(side.embedded) \
        and _PARTY_CLAIM.match(side.text) is not None


def _background_denial(s, cues: list[Cue], ev: dict) -> bool:
    """Does ``s``, outside the lead, deny an indefinite report ("denied a market report ... that ...") that no
    sentence of the story gives (the pair is no embedded claim found earlier or later)?"""
    return (s.index > 0 and bool(cues) and all(c.type == "denial" for c in cues)
            and ev["link"] in ("shared", "embedded")
            and all(_INDEFINITE_REPORT.match(s.text, c.end - s.start) for c in cues))
# "Westwind said that claim was not correct." opening the paragraph after the quote: "that" points at the
# statement right before it
# what "that date" / "this estimate" points back at: a statement just before it
_POINTED_FIGURES = r"date|deadline|estimate|forecast"
_THAT_STATEMENT = re.compile(rf"\b(?:that|this)\s+(?:claim|figure|statement|comment|remark|number|post|tweet|notice|"
                             rf"condition|requirement|rule|pledge|promise|target|line|phrase|"
                             rf"{_POINTED_FIGURES})\b", re.I)
# "saying the remark “did not accurately reflect …”": the words a person spoke in the paragraph before
_REMARK_BACK = re.compile(r"\b(?:the|his|her)\s+(?:remarks?|comments?)\b", re.I)
SHARED_FIGURE = 0.3  # a figure (not a year) the claim gave and the walk-back repeats
_FIGURE = re.compile(r"\d[\d,.]*\d|\d")


def _back_words(ctx, s) -> tuple[bool, bool, bool, bool]:
    """Whether sentence ``s`` names a statement as "that claim" (anywhere, and opening it), as "the remark", and
    "the number" it corrects: :data:`_THAT_STATEMENT`, :data:`_REMARK_BACK`, :data:`_NUMBER_BACK`, once per
    sentence (every candidate claim asks again)."""
    memo = ctx.__dict__.setdefault("_back_words", {})
    got = memo.get(s.index)
    if got is None:
        text = s.text
        got = memo[s.index] = (_THAT_STATEMENT.search(text) is not None,
                               _THAT_STATEMENT.match(text.lstrip('"“')) is not None,
                               _REMARK_BACK.search(text) is not None, _NUMBER_BACK.search(text) is not None)
    return got


def _has_digit(ctx, t) -> bool:
    memo = ctx.__dict__.setdefault("_has_digit", {})
    got = memo.get(t.index)
    if got is None:
        got = memo[t.index] = any(ch.isdigit() for ch in t.text)
    return got


def _figures(ctx, s) -> frozenset:
    """The figures of sentence ``s`` (two digits or more, years 1900-2099 and times aside), once per sentence."""
    memo = ctx.__dict__.setdefault("_figures", {})
    got = memo.get(s.index)
    if got is None:
        got = memo[s.index] = frozenset(
            f for f in _FIGURE.findall(s.text) if len(f) >= 2 and not (len(f) == 4 and f[:2] in ("19", "20"))
            and not (":" in s.text and re.search(rf"\d:{re.escape(f)}|{re.escape(f)}:\d", s.text)))
    return got


BACK_REFERENCE = 0.2  # "the earlier announcement", "his remarks" right after the statement it means
STORY_CLAIM = 0.3  # a claim earlier walk-backs answered, linked again: later ones likely answer it too
_BACK_REFERENCE = _Gated(re.compile(
    r"\b(?:the|that|this|these|those|his|her|its|their)\s+"
    r"(?:earlier\s+|previous\s+|original\s+|initial\s+|first\s+|true\s+|actual\s+)?"
    r"(?:announcement|statement|remarks?|comments?|claims?|words|memo|letter|post|tweet|release|reports?|figures?|"
    r"phrase|line|wording|passage|condition|requirement|pledge|promise|target)\b"
    rf"|\b(?:that|this)\s+(?:{_POINTED_FIGURES})\b",  # "that date had been given in error"
    re.I))
# "On Tuesday, the department said the number was wrong.": the number the sentence before in its paragraph gave
_NUMBER_BACK = re.compile(r"\bthe\s+(?:correct\s+|right\s+|actual\s+|real\s+)?(?:number|count|tally|total|figure)\b"
                          r"(?!\s+of\b)", re.I)
# cue types whose words are a verdict on the statement ("a draft", "a mistake", "denied"), not its topic:
# a claim sharing only those words with the retraction is not linked by them
_VERDICT_TYPES = frozenset({"disown", "mistake", "denial"})
# court proceedings: "told the jury", "gave evidence", "Cross-examined by ...", "the prosecution's case", "X KC"
_COURT = re.compile(r"\b(?:(?i:jury|jurors?|cross-examin\w*|(?:gave|giving|give)\s+evidence|the\s+court\s+heard|"
                    r"told\s+the\s+court|prosecution['’]s|prosecutors?|prosecuting|barristers?|testif(?:y|ied|ies|ying)|"
                    r"defen[cs]e\s+(?:counsel|lawyers?|barristers?|attorneys?|case|application))|KC|QC)\b")
# _COURT's gate: every match holds one of these words (case-folded), "KC" / "QC" as written, or "defen" and
# one of the _DEFENCE_WORDS
_COURT_WORDS = ("jur", "cross-examin", "evidence", "court", "prosecut", "barrister", "testif")
_DEFENCE_WORDS = ("counsel", "lawyer", "barrister", "attorney", "case", "application")
_COURT_LEAD = frozenset(_COURT_WORDS + ("kc", "qc", "defen"))  # one of these, case-folded: the gate's lead
# "the original release", "our earlier statement": a sentence naming the earlier statement looks back on it
_EARLIER_REF = _Gated(re.compile(r"\b(?:the|our|its|their|his|her|my)\s+(?:original|earlier|initial|previous|first)\s+"
                                 r"(?:release|statement|announcement|version|notice|post|tweet|letter|memo|figures?|"
                                 r"account|remarks?|comments?)\b|"
                                 # "Several parents posted video clips of the remark online": a recording of it
                                 r"\b(?:clips?|videos?|footage|recordings?|screenshots?)\s+of\s+(?:the|his|her|their|that)\s+"
                                 r"(?:remarks?|comments?|statement|speech|claim|announcement)\b", re.I))
# cues disowning one's own speaking: the claim they answer is that speaker's statement
# the patterns _Context.search_sentence runs on whole sentences: their leads are looked up with the
# sentence gate's (_SentenceGate)
_SENTENCE_PATTERNS = (_NEG_OPEN_QUESTION, _VERDICT_ON_REMARK, _WHICH_HAD_SAID, _WHICH_BEFORE, _REPORTED_THAT,
                      _EARLIER_VERSION, _BACK_REFERENCE, _EARLIER_REF)
# (also "shouldn't have said / given" and "relied on briefing notes that were out of date": her own statement)
_OWN_WORDS_CUE = _Gated(re.compile(r"hypothetically|missp|\bwords\b|the\s+record\b|been\s+(?:more\s+)?(?:clear|careful|precise|measured)|"
                                   r"^(?:gave|given|giving|give|quoted|cited|stated|used)\s+(?:the|a|an)\s+(?:wrong|incorrect|inaccurate)\b|"
                                   r"\bmistaken$|"
                                   r"\b(?:said|given|promised|announced|stated|claimed)$|^rel(?:ied|ies|y|ying)\s+on\b", re.I))
_FIRST_PERSON_SUBJECT = re.compile(r"\bI\s+(?:(?:had|have|was)\s+)?(?:been\s+)?(?:simply\s+|just\s+)?$")
_PRONOUN_SUBJECT = re.compile(r"\b(?:he|she)\s+(?:(?:had|has|have|was|is)\s+)?(?:been\s+)?[\"“]?$", re.I)
OWN_WORDS = 0.5  # the speaker whose words are disowned links them (in place of shared words)
COURT_ARGUMENT = 0.5  # the score a verdict (denial, mistake) keeps in court: a party's case, not a walk-back
_SELF_VERDICTS = frozenset({"disown", "mistake", "regret"})  # verdicts a speaker passes on her own words
_GENERIC_FAMILY = "decide"  # the family of a reversal cue's generic object noun ("reversed a decision / its plan")


_ROLE_WORDS = frozenset("spokesperson spokesman spokeswoman spokespeople official officials aide aides "
                        "representative press office".split())


# a claim someone else reported: the press, social media, rumour
# (not "The memo, first reported by The Guardian, said": the memo's side speaks, the paper only carried it)
# a court, a judge or a tribunal as the subject before a reversal cue
_COURT_SUBJECT = re.compile(r"\b(?:[Cc]ourt|[Jj]udges?|[Tt]ribunal|[Jj]ustices|[Bb]ench)\s+(?:[\w-]+\s+){0,3}?$")
_OTHERS_REPORT = re.compile(r"\b(?:reported\s+(?:on\s+\w+\s+|last\s+\w+\s+)?that|(?:reports?|rumou?rs?|speculation|"
                            r"messages|posts)\s+(?:[\w,’'-]+\s+){0,6}?(?:that|claimed|said|suggested|alleged)|"
                            r"(?:newspaper|paper|outlet|tabloid|website|broadcaster)\s+(?:[\w’'-]+\s+){0,3}?"
                            r"(?:reported|said|claimed|suggested|alleged)|"
                            # "a Facebook page with more than 200,000 followers claimed the ministry had ordered"
                            r"(?:Facebook|social[-\s]media|TikTok|Telegram|WhatsApp|Instagram|YouTube|online)\s+"
                            r"(?:page|account|post|group|channel|video|user)s?\s+(?:[\w,’'-]+\s+){0,6}?"
                            r"(?:claimed|claiming|said|saying|alleged|suggested)|"
                            # "The Welsh Conservatives have accused the Welsh government of being …": a charge others
                            # bring against the side that answers it
                            r"(?:accused|accuses|accusing|criticised|criticized|criticises|criticizes)\s+(?:[\w’'-]+\s+){1,5}?"
                            r"(?:of|for|over)\s)\b", re.I)
_DENIAL_TYPES = frozenset({"denial", "no-decision"})
# "denied reports that ...", "denied media reports of ...", "rejected suggestions from some online commentators
# that ...": others' say-so, no statement of the denier's side (not "President Trump's repeated assertion that")
_REPORTS_NAMED = re.compile(r"^(?:(?:media|news|press|newspaper|unconfirmed|recent|earlier|the|those|these|such|a)\s+){0,3}"
                            r"(?:reports?|rumou?rs?|speculation)\s+(?:that|of|about)\b|"
                            r"^(?:\S+\s+){0,2}?(?:suggestions?|claims?|allegations?|assertions?)\s+(?:from|by|on|in)\s+"
                            r"(?:some|several|a\s+few|unnamed|anonymous|online|social|media|news|the\s+media|critics|"
                            r"commentators)\b|"
                            # "denied a report in the Milwaukee Journal Sentinel that …", "rejected suggestions that …"
                            # (anyone's but the denier's own: "her own campaign's claim that" is hers)
                            r"^(?:(?!(?:her|his|its|their|our|my|own)\b)\S+\s+){0,4}?(?:suggestions?|claims?|allegations?|accusations?|reports?)\s+"
                            r"(?:(?:in|by|from)\s+(?:[\w’'.-]+\s+){1,6}?)?that\b", re.I)


def _denies_others_report(ctx, s, cues: list[Cue], neg: set, side, r_speaker: str | None) -> bool:
    """Does retraction ``s`` only deny (a denial or no-decision cue, or a negated predicate: no verdict on
    its own words) a claim that someone else reported about the denier: "denied reports that ...", or a
    claim sentence telling what a newspaper, social-media messages or rumours said?  Such a rebuttal is no
    walk-back (a walk-back is the claim's own side retracting it); it keeps a score under the default minimum,
    as a dispute does."""
    if not (cues or neg) or not all(c.type in _DENIAL_TYPES for c in cues):
        return False
    if side.embedded:
        return _REPORTS_NAMED.match(side.text) is not None
    if side.speaker is None and cues and all(c.type == "denial" for c in cues) \
            and not ctx.is_statement(ctx.sents[side.sentence]):
        # "The press release was picked up by dozens of news outlets … . HealthPulse denied breaking the
        # embargo": the article's own narration, denied by someone, is no one's walk-back
        return True
    if not _OTHERS_REPORT.search(ctx.sents[side.sentence].text):
        return False
    return side.speaker is None or not _same_side(r_speaker or ctx.org_subject(s.text), side.speaker)


def _speaks_for(ctx, person: str | None, org: str | None) -> bool:
    """Does ``person`` speak for ``org`` by her role: the organisation's own noun opens or heads it ("agency’s
    deputy director" for the Health Protection Agency, named "the agency"; "company spokeswoman" for the
    "Oslo-listed company")?"""
    if not person or not org or person == org:
        return False
    role, org_role = ctx.role_of.get(person), ctx.role_of.get(org)
    if not role or not org_role:
        return False
    noun = org_role.split()[-1].lower()
    words = [w.lower().replace("’s", "").replace("'s", "") for w in role.split()]
    return noun in INSTITUTION_NOUNS and noun in words[:2]


def _spokes_named(ctx, person: str | None, org: str | None) -> bool:
    """Is ``person`` a spokesperson for ``org`` by name ("Claire Dubois, a spokesperson for Prairie Harvest", for
    Prairie Harvest Foods Inc.)?"""
    role = ctx.role_of.get(person) if person and org and person != org else None
    return bool(role) and _SPOKES_FOR.match(role) is not None and role.split()[-1] in org.split()


def _around_claim(prev: dict, it: dict, last) -> bool:
    """Do a walk-back told before its claim (``prev``, told_after) and a later one (``it``) stand around that claim,
    within three paragraphs?"""
    return bool(prev["ev"].get("told_after")) and it["sent"].paragraph - last.paragraph <= 2 \
        and last.index < it["claim"].sentence < it["sent"].index


def _same_side(a: str | None, b: str | None) -> bool:
    """May speakers ``a`` and ``b`` be one side (either unknown, or, role words aside, one's last word
    among the other's words: a "council spokesperson" speaks for "Eastbridge Borough Council", a
    "department spokesperson" for the "Department of Health"; "Mark Milley" is not "Mark Esper")?"""
    if not (a and b) or a == b:
        return True
    key = (a, b)  # (two names: memoised per pair, as every candidate claim asks again)
    hit = _SAME_SIDE.get(key)
    if hit is None:
        if len(_SAME_SIDE) > _MEMO_SIZE:
            _SAME_SIDE.clear()
        wa, wb = ([w for w in x.lower().split() if w not in _ROLE_WORDS] for x in (a, b))
        hit = _SAME_SIDE[key] = bool(wa and wb) and (wa[-1] in wb or wb[-1] in wa)
    return hit


_SAME_SIDE: dict[tuple[str, str], bool] = {}  # (a, b) -> _same_side(a, b), for two names


# words naming who speaks, which link no claim to another by themselves ("a spokesperson said" in both)
_SPEAKER_WORDS = frozenset("spokesperson spokesman spokeswoman spokespeople official officials statement".split())


def _only_speaker_words(ev: dict) -> bool:
    """Is the link ``ev`` only a shared word for a speaker ("spokesperson"), nothing else?"""
    return bool(ev["terms"]) and ev["terms"] <= _SPEAKER_WORDS and not (
        ev["entities"] or ev["predicates"] or ev.get("back") or ev.get("figures"))


# "Grab Thailand denied a report in a Thai-language daily that …": a report named as what is denied
_REPORT_AFTER = re.compile(r"\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}?(?:reports?|newspaper\s+reports?|media\s+reports?)\s+"
                           r"(?:in|by|from|on|that)\b", re.I)
_OTHERS_CLAIM_AFTER = re.compile(r"\s+(?:the\s+)?(?:opposition|critics?|rivals?|unions?|protesters?|activists?|residents?)"
                                 r"['’]s?\s+(?:[\w-]+\s+)?(?:claims?|accusations?|allegations?|criticism|charges?|"
                                 r"assertions?)\b", re.I)
# after a denial: whose words it rejects ("rejected the Commission's assurances", "dismissed Mr Smith's claims")
_POSSESSOR_AFTER = re.compile(r"\s+(?:the\s+)?((?:[A-Z][\w-]*\s+){0,3}[A-Z][\w.-]*)['’]s\s+(?:[\w-]+\s+)?"
                              r"(?:assurances?|claims?|statements?|promises?|figures?|account|version|assertions?|"
                              r"comments?|remarks?|allegations?)\b")


# a head of government or state, whose own department may walk back his words ("the Pentagon ... rejected US
# President Donald Trump's assertion that ...": the same administration, not another side)
_HEAD_OF_GOVERNMENT = re.compile(
    r"\b(?:President|Prime\s+Minister|Premier|Chancellor|Governor|Mayor|King|Queen|Emir)\b")


def _linked(ev: dict) -> bool:
    """Does the link evidence ``ev`` of :meth:`RuleContrastDetector._link` link the two sentences?"""
    return bool(ev["terms"] or ev["entities"] or ev["predicates"] or ev.get("back"))


def _without_verdicts(ctx: "_Context", s: "_Sent", cues: list[Cue], speaker: str | None = None) -> "_Sent":
    """``s`` for linking: its content words and predicate families less those only its verdict cues hold
    ("Whether or not this memo was a draft" and "First they say it is a draft" share no topic), and
    without the name of its own ``speaker`` (naming who walks back links nothing: "Lowe denied ..."
    after "..., Lowe said")."""
    spans = [(c.start, c.end) for c in cues if c.type in _VERDICT_TYPES]
    # "reversed a decision": the generic noun of what is reversed (decision, plan, policy, order) names no
    # topic either (a court's "you will have to decide" is no claim of a trust's decision reversed)
    generic = [(c.start, c.end) for c in cues if c.type == "reversal"]
    names = set(speaker.split()) | {speaker} if speaker else set()
    if not spans and not generic:
        if not names & (s.content | s.entities):
            return s
        return replace(s, content=s.content - names, entities=s.entities - names)
    inside: set = set()
    outside: set = set()
    cols, a, b = s.token_span  # each token's (lemma, family, content word) as _load_tokens read them
    held = _tokens_within(ctx, cols, a, b, spans, generic)
    for i, (_, fam, content) in enumerate(ctx._tok_info[a:b], a):
        if fam or content:
            side = inside if i in held else outside
            if fam:
                side.add(fam)
            if content:
                side.add(content)
    gone = (inside - outside) | names
    return replace(s, content=s.content - gone, families=s.families - gone, entities=s.entities - names)

def _tokens_within(ctx: "_Context", cols: list, a: int, b: int, spans: list, generic: list) -> set[int]:
    """The tokens ``a..b`` (indices) lying within one of ``spans``, or, of the generic family, within one
    of ``generic`` (found by bisection when the tokens are in text order)."""
    t_start, t_end, info = cols[0], cols[1], ctx._tok_info
    ordered = t_start[a:b] == sorted(t_start[a:b])  # (they are: the tokenizer lists them in text order)
    held = set()
    for group, generic_only in ((spans, False), (generic, True)):
        for sa, sb in group:
            i = bisect_left(t_start, sa, a, b) if ordered else a
            while i < b and (t_start[i] <= sb or not ordered):
                if sa <= t_start[i] and t_end[i] <= sb and (not generic_only or info[i][1] == _GENERIC_FAMILY):
                    held.add(i)
                i += 1
    return held


def _content_within(s: "_Sent", a: int, b: int) -> set:
    """The content words of sentence ``s`` (its lemmas, proper nouns as written) whose tokens lie in the
    body span ``a..b``."""
    cols, i, j = s.token_span
    return {lem if pos.startswith("NNP") else lem.lower()
            for ts, te, pos, lem in zip(cols[0][i:j], cols[1][i:j], cols[3][i:j], cols[4][i:j])
            if ts >= a and te <= b} & s.content


@cache
def _empty_pairs() -> pd.DataFrame:
    df = pd.DataFrame([], columns=COLUMNS)
    df["pair_id"] = range(1, 1)  # an int64 column, as in any other frame of pairs
    return df


def _no_pairs() -> pd.DataFrame:
    """A new frame of no pairs: the prepared one's blocks remade around new empty arrays, under views of
    its axes (what its deep copy holds: the same dtypes, placements and labels; a new frame sharing no
    array or index object with it), without the copy's pass through the block manager (a third of the
    stage's time on a short article without a retraction).  The copy where pandas lacks these
    internals."""
    frame = _empty_pairs()
    if _BlockManager is None:
        return frame.copy()
    mgr = frame._mgr
    blocks = tuple(type(b)(np.empty((len(b.mgr_locs), 0), dtype=b.dtype), ndim=2, placement=b.mgr_locs)
                   for b in mgr.blocks)
    axes = [ax.view() for ax in mgr.axes]
    return pd.DataFrame._from_mgr(_BlockManager(blocks, axes, verify_integrity=False), axes)


try:
    from pandas.core.internals.managers import BlockManager as _BlockManager
except ImportError:  # another pandas: the copy
    _BlockManager = None


class BaseContrastDetector:
    """Interface: ``candidates(article) -> DataFrame`` with :data:`COLUMNS` (every scored pair)."""

    def candidates(self, article) -> pd.DataFrame:  # pragma: no cover - interface
        raise NotImplementedError


@dataclass
class _Side:
    start: int
    end: int
    sentence: int
    text: str
    speaker: str | None
    time: tuple | None
    statement: bool = True
    embedded: bool = False


# A pair's evidence after its cue, link and shared words: (flag set on the pair's evidence, what the
# evidence column says when it is set; "{}" is the flag's value), in the order they are listed.
_EVIDENCE_FLAGS = (
    ("unstated", "denies a clause no earlier sentence states (score lowered)"),
    ("own_words", "disowns words of {}"),
    ("court", "a party's case in court (score lowered)"),
    ("court_reversal", "a court reversing someone's order (score lowered)"),
    ("denied_report", "denies someone else's report (score lowered)"),
    ("unstated_reversal", "reverses a decision no earlier sentence states (score lowered)"),
    ("continued", "continues the previous sentence's walk-back"),
    ("lookahead", "linked through the next sentence"),
    ("told_after", "the statement it answers is told after it"),
    ("speakers", "{}"),
    ("headline", "headline: {}"),
    ("hedged", "hedged (score lowered)"),
    ("expert", "expert commentary (score lowered)"),
)


class RuleContrastDetector(BaseContrastDetector):
    """Lexicon cues + pairing by predicate families, lemmas, entities, order and speakers (see module doc)."""

    max_distance = 25  # sentences between a claim and its retraction

    def candidates(self, article) -> pd.DataFrame:
        rows = self.candidate_rows(article)
        df = _pairs_frame(rows, range(len(rows)))
        return pd.DataFrame(rows, columns=COLUMNS) if df is None else df

    def candidate_rows(self, article) -> list[dict]:
        """The rows of :meth:`candidates` (dicts keyed by :data:`COLUMNS`), in order and numbered."""
        rows, score = self._unscored_rows(article)
        for row in rows:
            score(row)
        return rows

    def _unscored_rows(self, article) -> tuple[list[dict], object]:
        """:meth:`candidate_rows` with 0.0 for each side's polarity, subjectivity and certainty, and the
        function that fills them in for a row (:func:`find_contrasts` scores only the rows it keeps)."""
        ctx = _Context(article, complete=False)
        retractions = [(s, list(s.cues), self._negation_cue(ctx, s)) for s in ctx.sents]
        retractions = [r for r in retractions if r[1] or r[2]]
        if not retractions:
            return [], None
        ctx.complete()
        ctx.walk_backs = {s.index for s, _, _ in retractions}
        items = []  # (retraction sentence, claim side, score, evidence dict)
        for s, cues, neg in retractions:
            best = self._best_claim(ctx, s, cues, neg, items[-1] if items else None,
                                    {(i["claim"].start, i["claim"].end) for i in items if i["score"] >= DEFAULT_MIN_SCORE})
            if best is not None:
                items.append(best)
        pairs = self._merge(ctx, _without_forewords(_without_introductions(_without_headings(ctx, items))))
        rows = sorted((self._row(ctx, p, scored=False) for p in pairs),
                      key=lambda r: (r["retraction_start"], r["claim_start"]))
        for i, row in enumerate(rows, 1):
            row["pair_id"] = i
        return rows, partial(_score_row, ctx)

    # negation of an earlier claim's predicate -> a computed cue
    @staticmethod
    def _negation_cue(ctx: _Context, s: _Sent) -> set:
        if not s.neg_families or ctx.search_sentence(_NEG_OPEN_QUESTION, s):
            return set()
        earlier = set()
        for t in ctx.sents[max(0, s.index - RuleContrastDetector.max_distance):s.index]:
            earlier |= (t.families - t.neg_families)
        return s.neg_families & earlier

    def _claim_candidates(self, ctx: _Context, s: _Sent):
        """(sentence, claim side) of the claims retraction ``s`` may answer, in order: those of the
        sentences within :attr:`max_distance` before it.  On a live page whose posts run newest first
        (:func:`_newest_first_posts`), the sentences of its own post before it and those of the older posts
        below it."""
        memo = ctx.claims_of
        out = []
        span = ctx.sents[max(0, s.index - self.max_distance):s.index]
        if ctx.posts is not None:
            k = bisect_right(ctx.posts, s.index)
            first = ctx.posts[k - 1] if k else 0
            older = ctx.posts[k] if k < len(ctx.posts) else len(ctx.sents)
            # (not its own post's heading, which sums the post up: "Cabinet secretary's office: bridge will
            # not reopen by lunchtime"; the older posts all: a live page's walk-back may answer its first post)
            head = first + 1 if first + 1 < s.index and _is_heading(ctx, ctx.sents[first + 1]) else first
            span = ctx.sents[max(head, s.index - self.max_distance):s.index] + ctx.sents[older:]
        for t in span:
            claims = memo.get(t.index)
            if claims is None:
                claims = memo[t.index] = self._claims_of(ctx, t)
            out += claims
        return out

    def _claims_of(self, ctx: _Context, t: _Sent) -> list:
        """The claims sentence ``t`` offers a later retraction (computed once per sentence; the sides are
        shared: :meth:`_best_claim` only fills in a chosen side's time and speaker, the same each time)."""
        if t.cues:
            # a retraction's named claim stays claimable (else where the report is given is)
            return [(t, emb) for emb in self._embedded(ctx, t) if self._given_later(ctx, t, emb) is None]
        if t.index in ctx.walk_backs:
            return []  # it negates an earlier claim: the same side as this retraction, not its claim
        if ctx.is_reaction(t):
            return []  # how a statement was received is a reaction to it, not a claim
        if _continues_walk_back(ctx, t):
            return []  # "Meranti Shipyard had signed only a letter of intent, it said.": the walk-back goes on
        if ctx.search_sentence(_EARLIER_REF, t) and not _EARLIER_DOC_SAID.search(t.text):
            # "the original release did not meet that standard" looks back on the claim, is none (not "The
            # university’s original press release … described SNU-417 as “…”": that states it)
            return []
        if _is_heading(ctx, t):
            return []  # "Tories withdraw housing starts figure": a heading sums a section up, states no claim
        return [(t, _Side(t.start, t.end, t.index, t.text, None, None, ctx.is_statement(t)))]

    def _embedded(self, ctx: _Context, s: _Sent) -> list[_Side]:
        """Claims named right after the cues of ``s`` ("rejected X's assertion that ..."); computed once per
        sentence (every later retraction within reach looks at them again)."""
        if s.index not in ctx.embedded:
            ctx.embedded[s.index] = self._find_embedded(ctx, s)
        return ctx.embedded[s.index]

    def _find_embedded(self, ctx: _Context, s: _Sent) -> list[_Side]:
        sides = []
        own = ctx.search_sentence(_EARLIER_VERSION, s)
        if own and any(c.start - s.start >= own.start() for c in s.cues):
            # "Correction: An earlier version of this article misstated / said ...": the publication's own
            # earlier text, which the notice itself states (no sentence of the article holds it any more)
            text = s.text[own.start():].strip()
            a = s.start + own.start()
            return [_Side(a, a + len(text), s.index, text, None, None, True, True)]
        for c in s.cues:
            if c.type in ("mistake", "reversal", "disown"):
                # ("distance itself from remarks by …, Park Sung-min, who said … that the government is “…”": the
                # words disowned named after the cue)
                who = ctx.search_sentence(_WHO_EARLIER_SAID, s, 0, c.start - s.start) if c.type != "disown" \
                    else ctx.search_sentence(_WHO_EARLIER_SAID, s, c.end - s.start)
                if who:
                    # "Ren Takeda, who in a January note described the project as “too large …”, said he had
                    # been too pessimistic": the words he takes back are in the clause about him
                    text = who.group("claim")
                    a = s.start + who.start("claim")
                    speaker = ctx.fallback_speaker(s, s.start + who.start(), post=False)
                    sides.append(_Side(a, a + len(text), s.index, text, speaker, find_time_cue(text), True, True))
                    continue
            rel = c.end - s.start
            before = max(0, c.start - s.start - 60)
            which = ctx.search_sentence(_WHICH_BEFORE, s, before, c.start - s.start) if c.type == "denial" else None
            if which and len(s.text[:which.start()].split()) >= 4:
                # "One said Horvath had cleared her remarks beforehand, which Nagy denied"
                text = s.text[:which.start()].strip()
                a = s.start + s.text.index(text)
                sides.append(_Side(a, a + len(text), s.index, text, None, find_time_cue(text), True, True))
                continue
            said = ctx.search_sentence(_WHICH_HAD_SAID, s, rel, min(len(s.text), rel + 200)) if c.type == "correction" else None
            if said:
                text = _WEBSITE_LEAD.sub("", said.group().lstrip(", "))  # (the claim starts at "that")
                a = s.start + said.start() + said.group().index(text)
                authors = list(_BY_NAME.finditer(s.text, rel, said.start()))
                speaker = ctx.name(authors[-1].group("who")) if authors else None
                sides.append(_Side(a, a + len(text), s.index, text, speaker, find_time_cue(text), True, True))
                continue
            end = min(len(s.text), rel + 120)
            if not _embedded_gate()._possible_folded(ctx._low[s.start + rel:s.start + end]):
                continue  # no claim noun ("assertion", "decision", ...) after the cue
            m = _EMBEDDED.search(s.text, rel, end)
            if not m or m.start() - rel > 60:
                continue
            gap = s.text[rel:m.start()]
            if _GAP_STOP.search(gap):
                continue
            np_ = m.group("np").rstrip(" ,–—-")
            np_ = _NP_END.split(np_)[0].rstrip(" ,")
            a = s.start + m.start()
            speaker = None
            pm = _POSS.match(np_)
            if pm:
                name = pm.group("name")
                words = [w for w in name.split() if w.lower().rstrip(".") not in _TITLE_WORDS]
                speaker = ctx.name(" ".join(words)) if words else None
            elif np_.split()[0].lower() in ("his", "her"):
                speaker = ctx.last_person(s.index, before=a)
            else:  # "a decision to ..." after "his flip-flop": the flip-flopper's own claim
                pre = s.text[max(0, c.start - s.start - 40):c.start - s.start]
                if _HIS_BEFORE.search(pre):
                    speaker = ctx.last_person(s.index, before=c.start)
            if _holds_cue(s, a, a + len(np_)):
                continue  # "clarify that the announcement of 2 March should not have described ...": the walk-back's words
            if _BARE_CLAIM.fullmatch(np_):
                continue  # "walked back a claim of its own.": the claim is told after (_told_after)
            tc = find_time_cue(np_)
            sides.append(_Side(a, a + len(np_), s.index, np_, speaker, tc if tc else None, True, True))
        return sides

    def _given_later(self, ctx: _Context, s: _Sent, emb: _Side):
        """The sentence right after ``s`` (within two) that gives the report a lead's walk-back names: "X has
        denied a newspaper report that ... . The Chronicle reported on Monday that ...".  It must report
        a statement ("reported / claimed / said ... that"), carry no cue and share a content word (other than
        "report") with the named claim; None otherwise."""
        if not _REPORT_NOUN.match(emb.text):
            return None
        words = {t[4].lower() for t in s.toks if t[0] >= emb.start and t[1] <= emb.end} & s.content
        for t in ctx.sents[s.index + 1:s.index + 3]:
            if t.cues or t.index in ctx.walk_backs:
                return None
            if ctx.search_sentence(_REPORTED_THAT, t) and (words & t.content) - _REPORT_NOUNS:
                return t
        return None

    def _stated_earlier(self, ctx: _Context, s: _Sent, emb: _Side):
        """The earlier sentence stating a claim the retraction names, if it holds most (>= 60%, >= 2) of
        the named claim's content words; None otherwise (the named claim then stands alone)."""
        words = _content_within(s, emb.start, emb.end) - _CLAIM_NOUNS
        if len(words) < 2:
            return None
        best = None
        for t in ctx.sents[max(0, s.index - self.max_distance):s.index]:
            if t.cues:
                continue
            shared = words & t.content
            if len(shared) >= 2 and len(shared) >= 0.6 * len(words):
                if best is None or len(shared) > len(best[1]) or (len(shared) == len(best[1])):
                    best = (t, shared)
        return best

    def _best_claim(self, ctx: _Context, s: _Sent, cues: list[Cue], neg: set, prev: dict | None = None,
                    claimed: set = frozenset()):
        """The best claim for retraction sentence ``s`` (a dict of the pair), or None.  ``prev``: the pair
        of the retraction before it; ``claimed``: (start, end) of the claims earlier retractions answered."""
        cue_w = max([c.weight for c in cues] + ([0.45] if neg else []))
        cue_pos = cues[0].start if cues else s.start
        embedded = self._embedded(ctx, s)
        # with a named claim after the cue, the retraction's speaker is not searched after it
        r_speaker = ctx.speaker(s, s.start, s.end, cue_pos, post=not embedded) or self._which_subject(ctx, s, cues)
        hedge = ctx.certainty(s, _cue_clause(s, cues, embedded))
        expert = ctx.is_expert(r_speaker, s)
        options = []
        note = ctx.search_sentence(_EARLIER_VERSION, s) if embedded else None
        for emb in embedded:
            ev = {"link": "embedded", "terms": set(), "entities": set(), "predicates": set()}
            sc = cue_w + 0.3 + (0.05 if emb.speaker else 0)
            if note is not None and emb.start == s.start + note.start():
                # a correction note's own earlier text: the article now says it rightly, so no sentence of it
                # states the claim ("An earlier version of this article misstated ... as 10.5 billion ...")
                options.append((sc, emb, dict(ev, note=True)))
                continue
            later = self._given_later(ctx, s, emb)
            earlier = self._stated_earlier(ctx, s, emb) if later is None else (later, set())
            if earlier is not None:  # "reversed the decision to close the libraries" -> where it was announced
                t, shared = earlier
                side = _Side(t.start, t.end, t.index, t.text, None, None, True)
                ev = {"link": "embedded-earlier" if later is None else "embedded-later", "terms": shared,
                      "entities": s.entities & t.entities,
                      "predicates": s.families & t.families}
                options.append((sc, side, ev))
            else:
                options.append((sc, emb, ev))
        if not options:
            cands = self._claim_candidates(ctx, s)
            topic = _without_verdicts(ctx, s, cues, r_speaker)
            for t, side in cands:
                sc, ev = self._link(ctx, topic, t, side, cue_w, neg, r_speaker)
                if (side.start, side.end) in claimed and _linked(ev) and not _only_speaker_words(ev) and not (
                        side.embedded and side.speaker and cues and all(c.type == "denial" for c in cues)
                        and not _same_side(side.speaker, r_speaker)):
                    # (not a claim its owner took back, then someone else "rejected the claim": that is another's)
                    sc += STORY_CLAIM
                    ev["answered"] = True
                options.append((sc - self._commentary(ctx, t, r_speaker), side, ev))
            nxt = ctx.sents[s.index + 1] if s.index + 1 < len(ctx.sents) else None
            linked = any(o[2]["terms"] or o[2]["entities"] or o[2]["predicates"] for o in options)
            if not linked and nxt is not None and nxt.paragraph == s.paragraph:
                # "By Thursday, the ministry had backtracked." names nothing: what it backtracked on is
                # in the next sentence of the paragraph, so link with both
                both = replace(s, content=topic.content | nxt.content, families=topic.families | nxt.families,
                               neg_families=s.neg_families | nxt.neg_families, entities=s.entities | nxt.entities)
                options = []
                for t, side in cands:
                    sc, ev = self._link(ctx, both, t, side, cue_w, neg, r_speaker)
                    ev["lookahead"] = True
                    if len(ev["terms"]) + len(ev["entities"]) + len(ev["predicates"]) < 2:
                        sc -= 0.4  # one word shared with the next sentence is no link
                    options.append((sc - self._commentary(ctx, t, r_speaker), side, ev))
        after = _told_after(ctx, s, cues, r_speaker) if not embedded else None
        if after is not None:  # the lead's walk-back, or "corrected a statement she made ...": told next
            t, shared = after
            options.append((cue_w + TOLD_AFTER + min(0.2, 0.07 * len(shared)),
                            _Side(t.start, t.end, t.index, t.text, None, None, True),
                            {"link": "shared", "terms": shared & t.content, "entities": shared - t.content,
                             "predicates": s.families & t.families, "told_after": True}))
        owner = self._words_owner(ctx, s, cues, r_speaker) if options and not embedded else None
        if owner is not None:
            # "her department said she had been speaking hypothetically": the words disowned are hers
            # (a side an earlier walk-back chose has its speaker filled in already: the sides are shared)
            own = [o for o in options if (o[1].speaker if o[1].speaker is not None else
                                          ctx.speaker(ctx.sents[o[1].sentence], o[1].start, o[1].end)) == owner]
            if own:
                options = [(o[0] + OWN_WORDS, o[1], dict(o[2], own_words=owner)) for o in own]
        if not options:
            return None
        if prev is not None and prev["sent"].paragraph == s.paragraph and not embedded \
                and (prev["sent"].index == s.index - 1
                     or prev["sent"].index == s.index - 2 and r_speaker is not None and r_speaker == prev["speaker"]):
            # discourse continuity: "... calling it a draft. X further described it as a mistake." answers
            # the same claim as the sentence before it
            pc = prev["claim"]
            # (the continuity links them even where no word does)
            # (more so when the same speaker goes on: "…, Darnell Fontaine, said that figure was wrong. “Our number
            # was not accurate. …”")
            more = 0.3 if r_speaker is not None and r_speaker == prev["speaker"] else 0.0
            options = [(o[0] + 0.3 + more + (0.0 if _linked(o[2]) else 0.4), o[1], dict(o[2], continued=True))
                       if (o[1].start, o[1].end) == (pc.start, pc.end) else o for o in options]
        sc, side, ev = max(options, key=lambda o: (o[0], o[1].sentence))
        if not side.embedded:  # a sentence's time cue (a named claim has its own)
            side.time = ctx.time_of(ctx.sents[side.sentence])
        if side.speaker is None and not side.embedded:
            side.speaker = ctx.speaker(ctx.sents[side.sentence], side.start, side.end)
        if not side.embedded and ("“" in side.text and side.text.rfind("“") > side.text.rfind("”")
                                  or side.text.count('"') % 2 == 1 and side.text.rstrip().endswith(('.', '!', '?'))):
            # 'told applicants: “Congratulations!' ends inside the quotation it opens: the claim runs on to
            # the quotation's end (the quoted words are what was claimed); with straight quotes, an odd count
            # ('with the caption: "He's here.') opens one
            nxt = ctx.sents[side.sentence + 1] if side.sentence + 1 < len(ctx.sents) else None
            if nxt is not None and nxt.paragraph == ctx.sents[side.sentence].paragraph and nxt.index < s.index:
                side = replace(side, end=nxt.end, text=ctx.body[side.start:nxt.end])
        if r_speaker and side.speaker and r_speaker != side.speaker:
            sc += DIFFERENT_SPEAKER
            ev["speakers"] = "different speaker"
        elif r_speaker and r_speaker == side.speaker and any(c.type == "reversal" for c in cues):
            sc += DIFFERENT_SPEAKER
            ev["speakers"] = "same speaker reversing"
        elif r_speaker and r_speaker == side.speaker and cues and all(c.type == "denial" for c in cues):
            sc -= SAME_SPEAKER_DENIAL
            ev["speakers"] = "denies a statement of the same speaker (score lowered)"
        if (ev["link"] == "shared" and cues and all(c.type == "denial" and _THAT_AFTER.match(s.text, c.end - s.start)
                                                     for c in cues)
                and len(ev["terms"] | ev["entities"]) < 2 and not ev["predicates"] and not ev.get("back")):
            sc -= UNSTATED_DENIAL
            ev["unstated"] = True
        elif (ev["link"] == "shared" and cues and all(c.type == "reversal" and _INDEFINITE_OBJECT.match(c.text)
                                                       for c in cues)
              and len(ev["terms"] | ev["entities"]) < 2 and not ev["predicates"] and not ev.get("back")):
            sc -= UNSTATED_DENIAL  # "reversed a decision, taken in 2022, to sell a wing": a new, other decision
            ev["unstated_reversal"] = True
        if (s.index > 1 and cues and all(c.type == "reversal" and _INDEFINITE_OBJECT.match(c.text)
                                         and _INDEFINITE_TO.match(s.text, c.end - s.start) for c in cues)):
            sc -= BACKGROUND_REVERSAL  # "In July it reversed a decision to move all enrolments online"
            ev["background_reversal"] = True
        if cues and all(c.type == "denial" for c in cues) and side.speaker and not side.embedded:
            denier = r_speaker or ctx.org_subject(s.text)
            if denier is None:  # "The university denied that ...": the noun of the subject before the cue
                m = _DENIER_BEFORE.search(s.text, 0, cues[0].start - s.start)
                denier = m.group(1) if m else None
            if denier is None:  # "Pratt & Whitney disputed that characterisation": a name opening the sentence
                m = _NAME_DENIER.match(s.text, 0, cues[0].start - s.start)
                denier = ctx.canon.get(m.group(1).strip()) if m else None
            if denier and not _same_side(denier, side.speaker) \
                    and not _REPORTED.search(ctx.sents[side.sentence].text):
                sc -= DISPUTE  # "The union said staff cuts had gone too far." ... "The university denied that ..."
                ev["dispute"] = True
                if ev.get("answered"):
                    sc -= STORY_CLAIM  # a claim its own side walked back, then disputed by others: no second walk-back
        if _party_claim(cues, side):
            sc -= DISPUTE  # "He denied claims by opposition assemblymen that ...": a dispute with that party
            ev["dispute"] = True
        elif cues and " that" in s.text and _CRITIC_BEFORE.search(s.text, 0, cues[0].start - s.start) is not None:
            sc -= DISPUTE  # "one commenter wrote that … were not accurate": a critic's verdict, no walk-back
            ev["dispute"] = True
        elif not ev.get("dispute") and cues and all(c.type == "denial" for c in cues) and r_speaker \
                and (owner := _POSSESSOR_AFTER.match(s.text, cues[-1].end - s.start)) is not None \
                and not _same_side(r_speaker, owner.group(1)) and not _HEAD_OF_GOVERNMENT.search(owner.group(1)):
            # "Copa-Cogeca rejected the Commission's assurances that ...": another side's words, rebutted (as a
            # denied report is: under the default minimum however strong its cues)
            sc -= DENIED_REPORT
            ev["dispute"] = True
        elif not ev.get("dispute") and r_speaker and _OTHER_SIDE.search(r_speaker) and side.speaker \
                and not _same_side(r_speaker, side.speaker):
            sc -= DISPUTE  # "A rival operator ... said that figure was “not accurate”": a rival's verdict, no walk-back
            ev["dispute"] = True
        if cues and all(c.type == "denial" for c in cues) \
                and _OTHERS_CLAIM_AFTER.match(s.text, cues[-1].end - s.start) is not None:
            # "The FSC rejected the opposition's claim, saying …": a rebuttal of another side (a dispute found already
            # keeps its share)
            sc -= DENIED_REPORT - (DISPUTE if ev.get("dispute") else 0.0)
            ev["dispute"] = True
        if _denies_others_report(ctx, s, cues, neg, side, r_speaker) or (
                cues and all(c.type == "denial" for c in cues) and not embedded
                and _REPORT_AFTER.match(s.text, cues[-1].end - s.start) is not None):
            # "Zentrix's chief executive denied reports that the company was in talks ...": a rebuttal of someone
            # else's report, no one walks back their own words (a dispute found already keeps its share)
            sc -= DENIED_REPORT - (DISPUTE if ev.get("dispute") else 0.0)
            ev["denied_report"] = True
        if _background_denial(s, cues, ev):
            sc -= BACKGROUND_DENIAL  # "A rival yard denied a market report on Tuesday that ...": a new report
            ev["background_denial"] = True
        if (prev is not None and s.index - 2 <= prev["sent"].index < s.index and prev["sent"].paragraph == s.paragraph
                and (prev["ev"].get("background_denial") or prev["ev"].get("dispute") or prev["ev"].get("denied_report"))
                and (r_speaker in (None, prev["speaker"]) or _SPOKES_FOR_ANY.fullmatch(r_speaker)
                     or prev["ev"].get("denied_report")) and not embedded):
            sc -= BACKGROUND_DENIAL  # '"We have no plans to speak to them," Bhatia told reporters.' goes on denying
            ev["continued_denial"] = True
        if cues and all(c.type == "reversal" for c in cues) and _COURT_SUBJECT.search(s.text, 0, cues[0].start - s.start):
            sc -= BACKGROUND_REVERSAL  # "the Sindh High Court reversed a provincial order": a ruling on someone's order
            ev["court_reversal"] = True
        if not embedded and cues and all(c.type == "reversal" for c in cues) \
                and not self._shares_reversed_object(s, cues, ctx.sents[side.sentence]):
            sc -= BACKGROUND_REVERSAL  # "reversed its 2022 decision to cap travel-nurse contracts": another decision
            ev["other_decision"] = True
        if ctx.headline["families"] & (s.families | ctx.sents[side.sentence].families) & ACTION_FAMILIES:
            sc += 0.1
            ev["headline"] = ctx.headline["text"]
        if expert and side.speaker and side.speaker == r_speaker and any(c.type in _SELF_VERDICTS for c in cues):
            expert = False  # an expert calling her own remark a mistake is no commentary on someone else's
        ev["cues"] = cues
        ev["negated"] = neg
        ev["expert"] = expert
        ev["hedged"] = hedge < HEDGED_BELOW
        ev["raw"] = sc
        # evidence adds up without bound; squash it into [0, 1) so strong pairs stay distinguishable
        # (raw 0.5 -> 0.55, 1.0 -> 0.80, 1.5 -> 0.91)
        sc = 1.0 - math.exp(-1.6 * max(0.0, sc))
        # speculation ("it is possible the letter was not meant ...") and expert commentary are reactions,
        # not walk-backs: they keep half their score, so they fall under DEFAULT_MIN_SCORE unless an
        # analyst lowers it (the notebook's slider) or accepts them
        sc *= (0.5 if ev["hedged"] else 1.0) * (0.5 if expert else 1.0)
        if cues and all(c.type in _VERDICT_TYPES for c in cues) and ctx.in_court(s):
            sc *= COURT_ARGUMENT  # "This was not a man who made an honest mistake," the prosecutor told the jury
            ev["court"] = True
        return {"sent": s, "claim": side, "score": sc, "speaker": r_speaker, "ev": ev}

    @staticmethod
    def _shares_reversed_object(s: _Sent, cues: list[Cue], t: _Sent) -> bool:
        """Does claim sentence ``t`` share a content word with what the reversal of ``s`` names as reversed
        ("reversed an earlier decision to end subsidies for electric two-wheelers", up to the clause's end)?
        True when the cue names no such object ("reversed course", "a U-turn"); a month or weekday is none."""
        m = _INDEFINITE_TO.match(s.text, cues[-1].end - s.start)
        if m is None:
            return True
        stop = _CLAUSE_END.search(s.text, m.end())
        a, b = s.start + m.end() - 1, s.start + (stop.start() if stop else len(s.text))
        # ("in March" dates it, names nothing reversed)
        words = {w for w in _content_within(s, a, b) if w.lower() not in _CALENDAR}
        return not words or bool(words & t.content)

    @staticmethod
    def _words_owner(ctx: _Context, s: _Sent, cues: list[Cue], r_speaker: str | None = None) -> str | None:
        """The person whose own speaking a cue of ``s`` disowns ("she had been speaking hypothetically",
        "Tran had misspoken", "should have chosen my words"): the person named (or "she") before the cue,
        or the retraction's speaker ``r_speaker`` when "I" is ("“I misspoke in the House,” he said")."""
        for c in cues:
            if not _OWN_WORDS_CUE.search(c.text):
                continue
            if r_speaker and _FIRST_PERSON_SUBJECT.search(s.text, max(0, c.start - s.start - 30), c.start - s.start):
                return r_speaker
            who = ctx.fallback_speaker(s, c.start, post=False)  # "O'Rourke said that she ...": the name
            if who and ctx.category.get(who) not in (None, "group"):
                return who
            if _PRONOUN_SUBJECT.search(s.text, max(0, c.start - s.start - 40), c.start - s.start):
                # "she had been ...": the last known speaker quoted or reported in the sentences before
                for t in reversed(ctx.sents[max(0, s.index - 3):s.index]):
                    who = ctx.speaker(t, t.start, t.end)
                    if who and ctx.category.get(who) not in (None, "group"):
                        return who
            return None
        return None

    @staticmethod
    def _which_subject(ctx: _Context, s: _Sent, cues: list[Cue]) -> str | None:
        """The name in "..., which Nagy denied" before a cue: who denies the clause before it."""
        for c in cues:
            rel = c.start - s.start
            m = ctx.search_sentence(_WHICH_BEFORE, s, max(0, rel - 60), rel)
            if m and m.group("who"):
                return ctx.name(m.group("who").strip())
        return None

    @staticmethod
    def _commentary(ctx: _Context, t: _Sent, r_speaker: str | None) -> float:
        """The penalty for claim sentence ``t`` when it is quoted commentary by an expert (speaker category
        from the quotes stage) and someone else walks back: officials walk back statements, not the
        remarks an analyst made about them.  0 otherwise.  (Every retraction within reach asks again for
        the same sentences: the expert of each sentence, and the penalty of each sentence for each
        retraction speaker, are memoised per article; with no expert among the speakers it is 0.)"""
        if not ctx.has_experts:
            return 0.0  # no speaker is an expert: no sentence quotes one
        expert = ctx.expert_quoted.get(t.index, False)
        if expert is False:  # the expert quoted in t, once per sentence
            who = ctx.quote_speaker(t.start, t.end)
            expert = ctx.expert_quoted[t.index] = ctx.name(who) if who and ctx.category.get(who) == "expert" \
                else None
        if expert is None:
            return 0.0
        key = (t.index, r_speaker)
        penalty = ctx.commentary.get(key)
        if penalty is None:
            # (a claim naming the expert with an office before him is an official's, not commentary)
            other = not _same_side(expert, r_speaker)
            penalty = ctx.commentary[key] = EXPERT_CLAIM if other and not _office_holder(t.text, expert) else 0.0
        return penalty

    @staticmethod
    def _link(ctx: _Context, s: _Sent, t: _Sent, side: _Side, cue_w: float, neg: set, r_speaker: str | None = None):
        terms = s.content & t.content
        ents = (s.entities & t.entities) - ctx.common_entities
        preds = (s.families & t.families)
        sc = cue_w
        sc += 0.0 if ACTION_FAMILIES.isdisjoint(preds) else 0.25
        sc += 0.1 if "document" in preds else 0.0
        sc += min(0.2, 0.07 * len(terms - ents))
        sc += min(0.15, 0.075 * len(ents))
        figures = _figures(ctx, s) & _figures(ctx, t) if _has_digit(ctx, s) and _has_digit(ctx, t) else ()
        if figures:
            sc += SHARED_FIGURE  # "the correct figure was around 850, not 1,300 as announced earlier": its number
        if side.statement:
            sc += 0.1
        elif ACTION_FAMILIES.isdisjoint(preds):
            sc -= NOT_STATED  # nothing was said there, and no action it names is reversed
        if neg and (neg & t.families):
            sc += 0.1
        dist = abs(s.index - t.index)  # (a claim below its walk-back: a live page, newest post first)
        sc -= min(0.3, 0.03 * max(0, dist - 2))
        # "the earlier announcement had been premature": the statement just before it in the paragraph
        # (or, by the same speaker, the sentence right before it, ending the paragraph before: "In an interview
        # on Tuesday, Osterberg said that comment was a mistake." after the paragraph quoting her comment)
        that_any, that_opens, remark, number = _back_words(ctx, s)
        back = side.statement and dist <= 2 and (ctx.refers_back(s) and (
            t.paragraph == s.paragraph or (dist == 1 and r_speaker is not None
                                           and ctx.speaker(t, t.start, t.end) == r_speaker)
            or (dist == 1 and that_any)
            # ("That post was published by mistake" opening the paragraph after the post and its deletion)
            or (t.paragraph + 1 == s.paragraph and that_opens)
            or (t.paragraph + 1 == s.paragraph and remark
                and ctx.category.get(ctx.speaker(t, t.start, t.end)) not in (None, "group")))) or (
            number and (t.paragraph == s.paragraph or dist == 1) and _has_digit(ctx, t))
        if back:
            sc += BACK_REFERENCE
        elif not (terms or ents or preds or figures):
            sc -= 0.4  # nothing links them
        ev = {"link": "shared", "terms": terms, "entities": ents, "predicates": preds}
        if figures:
            ev["figures"] = figures
        if back:
            ev["back"] = True
        return sc, ev

    @staticmethod
    def _merge(ctx: _Context, items: list[dict]) -> list[dict]:
        """Adjacent retraction sentences answering the same claim, by compatible speakers -> one pair."""
        out: list[dict] = []
        for it in sorted(items, key=lambda i: i["sent"].index):
            prev = next((p for p in reversed(out) if p["claim"].start == it["claim"].start
                         and p["claim"].end == it["claim"].end), None)
            if prev is None and out and it["speaker"] is not None:
                # "…, Andrea Whyte, said Monday’s statement was “premature” … . “We got ahead of ourselves …”":
                # one speaker's walk-back over two sentences in a row, each linked to another statement of the
                # same claimant, is one pair (the better-linked claim kept)
                last = out[-1]
                lc, ic = last["claim"], it["claim"]
                if last["speaker"] == it["speaker"] and it["sent"].index - last["sents"][-1].index == 1 \
                        and lc.speaker and ic.speaker and _same_side(lc.speaker, ic.speaker):
                    if it["score"] > last["score"]:
                        last["claim"], last["ev"]["link"] = ic, it["ev"]["link"]
                    prev = last
            if prev is not None:
                last = prev["sents"][-1]
                same_para = last.paragraph == it["sent"].paragraph or it["sent"].index - last.index <= 2
                compatible = _same_side(prev["speaker"], it["speaker"]) or _speaks_for(ctx, it["speaker"], prev["speaker"]) \
                    or _speaks_for(ctx, prev["speaker"], it["speaker"]) \
                    or _spokes_named(ctx, it["speaker"], prev["speaker"]) \
                    or _spokes_named(ctx, prev["speaker"], it["speaker"]) \
                    or (_SPOKES_FOR_ANY.fullmatch(prev["speaker"] or "") is not None
                        and it["speaker"] == it["claim"].speaker) \
                    or _for_claimant(it["speaker"], it["claim"].speaker) or _for_claimant(prev["speaker"], it["claim"].speaker)
                gap = it["sent"].index - last.index
                if gap == 2 and compatible and it["speaker"] is not None and it["speaker"] == prev["speaker"]:
                    # "Pretorius said he had misspoken. Four had been arrested, he said. ¶ “I misspoke …,”
                    # Pretorius told journalists": one speaker's walk-back goes on over his own sentence between
                    mid = ctx.sents[last.index + 1]
                    if not mid.cues and mid.paragraph == last.paragraph and it["sent"].paragraph == mid.paragraph + 1 \
                            and ctx.speaker(mid, mid.start, mid.end) == it["speaker"]:
                        gap = 1
                # (a walk-back told before its claim by nobody named, "The union … also walked back a claim of its
                # own.", goes on with the one its speaker tells after it)
                if 1 < gap <= 3 and it["speaker"] is not None and (it["speaker"] == prev["speaker"] or compatible
                                                                   and (prev["speaker"] is not None
                                                                        or prev["ev"].get("told_after"))) \
                        and (it["sent"].paragraph - last.paragraph <= 1
                             # (a walk-back told before its claim, the claim's paragraph, then the walk-back its
                             # own side tells: "The DLT … also corrected a figure given by its director-general …" ¶
                             # the figure ¶ "In a statement on Friday, the DLT said the correct figure was 4,100.")
                             or _around_claim(prev, it, last)):
                    # "On Monday the Department of Transport said the Minister of State had misstated the amount.
                    # … ¶ “Minister Burke misspoke …,” a department spokesman said.": one side's walk-back told
                    # over a few sentences answers its claim once
                    gap, same_para = 1, True
                elif 1 < gap <= 3 and it["speaker"] is None and compatible and _around_claim(prev, it, last):
                    gap, same_para = 1, True  # (the same, told by nobody named: "On Monday, the department dropped …")
                if gap <= 1 and same_para and compatible:
                    prev["sents"].append(it["sent"])
                    prev["score"] = max(prev["score"], it["score"])
                    prev["speaker"] = prev["speaker"] or it["speaker"]
                    for k in ("terms", "entities", "predicates"):
                        prev["ev"][k] = set(prev["ev"][k]) | set(it["ev"][k])
                    prev["ev"]["cues"] = list(prev["ev"]["cues"]) + list(it["ev"]["cues"])
                    prev["ev"]["negated"] = set(prev["ev"]["negated"]) | set(it["ev"]["negated"])
                    if "headline" in it["ev"]:
                        prev["ev"]["headline"] = it["ev"]["headline"]
                    continue
            it = dict(it, sents=[it["sent"]])
            if it["ev"].get("note"):
                # "… An earlier version of this story said that the preprint was posted on the medRxiv server. It was
                # posted on bioRxiv.": the note goes on to the end of its paragraph with what is right
                k = it["sent"].index + 1
                while k < len(ctx.sents) and ctx.sents[k].paragraph == it["sent"].paragraph and not ctx.sents[k].cues:
                    it["sents"].append(ctx.sents[k])
                    k += 1
            out.append(it)
        return out

    @staticmethod
    def _row(ctx: _Context, p: dict, scored: bool = True) -> dict:
        """The row of pair ``p``; without ``scored``, its sentiment columns are 0.0 (see :func:`_score_row`)."""
        side: _Side = p["claim"]
        sents: list[_Sent] = p["sents"]
        r_start, r_end = sents[0].start, sents[-1].end
        r_text = ctx.body[r_start:r_end]
        ev = p["ev"]
        cues = ev["cues"]
        cue_txt = [c.text.replace("“", "").replace("”", "").replace('"', "") for c in cues] + [f"not {f}" for f in sorted(ev["negated"])]
        cue_types = list(dict.fromkeys([c.type for c in cues] + (["negation"] if ev["negated"] else [])))
        if ev.get("headline"):
            cue_types.append("headline")
        r_time = next((t for t in (ctx.time_of(s) for s in sents if s.index != side.sentence or side.embedded)
                       if t), None)
        evidence = []
        if cue_txt:
            evidence.append("cue: " + ", ".join(dict.fromkeys(cue_txt)))
        if ev["link"] == "embedded":
            evidence.append("claim named in the retraction")
        elif ev["link"] == "embedded-earlier":
            evidence.append("claim named in the retraction and stated earlier")
        elif ev["link"] == "embedded-later":
            evidence.append("claim named in the retraction and reported in the next sentences")
        if ev["predicates"]:
            evidence.append("predicates: " + ", ".join(sorted(ev["predicates"])))
        if ev["terms"]:
            evidence.append("words: " + ", ".join(sorted(ev["terms"])))
        if ev["entities"]:
            evidence.append("entities: " + ", ".join(sorted(ev["entities"])))
        evidence += [say.format(ev[flag]) for flag, say in _EVIDENCE_FLAGS if ev.get(flag)]
        c_sent = ctx.scores(side.start, side.end, side.text) if scored else _UNSCORED
        r_sent = ctx.scores(r_start, r_end, r_text) if scored else _UNSCORED
        return {
            "pair_id": 0,
            "claim_text": side.text,
            "claim_speaker": side.speaker,
            "retraction_text": r_text,
            "retraction_speaker": p["speaker"],
            "score": round(float(p["score"]), 4),
            "claim_start": side.start, "claim_end": side.end, "claim_sentence": side.sentence,
            "retraction_start": r_start, "retraction_end": r_end, "retraction_sentence": sents[0].index,
            "cue": ", ".join(dict.fromkeys(cue_txt)),
            "cue_type": ", ".join(cue_types),
            "shared_terms": sorted(ev["terms"]),
            "shared_entities": sorted(ev["entities"]),
            "shared_predicates": sorted(ev["predicates"]),
            "evidence": "; ".join(evidence),
            "claim_time": side.time[0] if side.time else None,
            "retraction_time": r_time[0] if r_time else None,
            "claim_polarity": c_sent[0], "claim_subjectivity": c_sent[1], "claim_certainty": c_sent[2],
            "retraction_polarity": r_sent[0], "retraction_subjectivity": r_sent[1],
            "retraction_certainty": r_sent[2],
            "status": "auto",
            "key": pair_key(side.start, side.end, r_start, r_end),
        }


_UNSCORED = (0.0, 0.0, 0.0)
_SCORE_COLUMNS = ("claim_polarity", "claim_subjectivity", "claim_certainty",
                  "retraction_polarity", "retraction_subjectivity", "retraction_certainty")


def _score_row(ctx: _Context, row: dict) -> None:
    """Fill in the sentiment columns of a row :meth:`RuleContrastDetector._row` left unscored: what it
    computes for the claim and the retraction (their texts and offsets are the row's)."""
    c_sent = ctx.scores(row["claim_start"], row["claim_end"], row["claim_text"])
    r_sent = ctx.scores(row["retraction_start"], row["retraction_end"], row["retraction_text"])
    row.update(zip(_SCORE_COLUMNS, c_sent + r_sent))


# clause boundaries: ", " or ";" or a dash or "but" between spaces.  A whitespace run starts a match only
# at its first character (as the leftmost match always does): tried inside the run of blanks that stands
# for an embedded claim, the plain "\s+" alternatives were quadratic in its length.  Written as one
# character class first, then the rest of each boundary (",\s+", ";\s*", (?<!\s)\s+[–—-]\s+ and
# (?<!\s)\s+but\s+, whose first blank may not follow another), the same matches: a leading class lets
# the regex engine skip the characters no boundary starts with
_CLAUSE_SPLIT = re.compile(r"[,;\s](?:(?<=,)\s+|(?<=;)\s*|(?<=\s)(?<!\s\s)\s*[–—-]\s+|(?<=\s)(?<!\s\s)\s*but\s+)")
# _CLAUSE_SPLIT where no dash follows whitespace and no "but" occurs: only its first two boundaries can
# match, and they match where and as these do (at a "," or ";", the same greedy blanks after it)
_CLAUSE_SPLIT_PUNCT = re.compile(r",\s+|;\s*")
_DASHES = "–—-"


def _clause_splits(text: str):
    """``_CLAUSE_SPLIT.finditer(text)``; by the plainer :data:`_CLAUSE_SPLIT_PUNCT` when ``text`` has no
    "but" and no dash right after a blank (which its other two boundaries need: ``\\s`` is what
    ``str.isspace`` tells, both by ``Py_UNICODE_ISSPACE``), the usual sentence: one regex step per comma or
    semicolon instead of four alternatives tried at every blank."""
    if "but" in text:
        return _CLAUSE_SPLIT.finditer(text)
    for d in _DASHES:
        i = text.find(d, 1)
        while i > 0:
            if text[i - 1].isspace():
                return _CLAUSE_SPLIT.finditer(text)
            i = text.find(d, i + 1)
    return _CLAUSE_SPLIT_PUNCT.finditer(text)


_WHOLE_HEDGE = re.compile(r"^\W*(?:it\s+is\s+(?:possible|likely|unlikely)|perhaps|maybe|possibly)\b", re.I)


def _cue_clause(s: _Sent, cues: list[Cue], embedded: list) -> str:
    """The clause of the (first) cue, without any embedded claim: what the hedge check reads.
    "Now this may have been exposed, as ... the Pentagon rejected X's claim that sites could be hit"
    is not hedged (the "may" and "could" belong elsewhere); a sentence opening "It is possible" is."""
    text = s.text
    for e in embedded:
        a, b = e.start - s.start, e.end - s.start
        text = text[:a] + " " * (b - a) + text[b:]
    if _WHOLE_HEDGE.search(text) or not cues:
        return text
    pos = cues[0].start - s.start
    start = 0
    for m in _clause_splits(text):
        if m.end() <= pos:
            start = m.end()
        elif m.start() >= cues[0].end - s.start:
            return text[start:m.start()]
    return text[start:]


def _known_scores(art) -> dict[int, tuple[float, float, float]]:
    """Sentence index -> (polarity, subjectivity, certainty) from stage 5 (``art.sentence_sentiment``) when
    the article has computed it: the same TextBlob analyzer and certainty lexicon, rounded the same way
    as :func:`_sentiment` and :func:`certainty`.  Empty otherwise (this stage does not run stage 5)."""
    frame = getattr(art, "__dict__", {}).get("sentence_sentiment")
    cols = ("sentence", "polarity", "subjectivity", "certainty")
    if not isinstance(frame, pd.DataFrame) or not _has_columns(frame, cols):
        return {}
    idx, pol, subj, cert = column_lists(frame, cols)
    return {int(i): (p, s, c) for i, p, s, c in zip(idx, pol, subj, cert)}


def _sentiment(text: str) -> tuple[float, float]:
    """TextBlob polarity and subjectivity of ``text``: what ``make_blob(text).sentiment`` gives (its
    analyzer is TextBlob's pattern sentiment on the raw text), from stage 5's exact re-implementation
    (:func:`helpers.sentiment_engine.pattern_sentiment`), without building the blob."""
    polarity, subjectivity, _ = _sentiment_engine.pattern_sentiment(text)
    return round(float(polarity), 4), round(float(subjectivity), 4)


_KEY = re.compile(r"c(\d+)-(\d+):r(\d+)-(\d+)")


def pair_key(claim_start: int, claim_end: int, retraction_start: int, retraction_end: int) -> str:
    """Stable identity of a pair across runs: its body offsets ("c120-180:r300-420")."""
    return f"c{int(claim_start)}-{int(claim_end)}:r{int(retraction_start)}-{int(retraction_end)}"


# --- curation ---------------------------------------------------------------------------------------

def load_curation(article) -> dict:
    """This article's contrast curation, as stored under ``"contrasts"`` in data/annotations/<article>.json::

        {"status": {"<key>": {"status": "accepted"|"rejected", "claim_text": ..., "retraction_text": ...}},
         "added":  [{"key", "claim_start", "claim_end", "retraction_start", "retraction_end",
                     "claim_text", "retraction_text", "claim_speaker", "retraction_speaker"}]}

    Texts are stored with the offsets: a decision whose texts no longer match the article is ignored.
    """
    cur = _annotations.load_annotations(article).get(ANNOTATION_KEY) or {}
    return {"status": dict(cur.get("status") or {}), "added": list(cur.get("added") or [])}


def _save_curation(article, cur: dict) -> None:
    """Atomic write of our key only; other stages' keys (speaker corrections) are kept as they are, and a
    corrupt file raises a one-line NewslensError and is never overwritten (helpers.annotations)."""
    from .annotations import update_annotations

    update_annotations(article, ANNOTATION_KEY, cur)


def set_status(article, key: str, status: str) -> None:
    """Mark pair ``key`` (see :func:`pair_key`) "accepted", "rejected" or back to "auto"."""
    from .errors import NewslensError

    if status not in ("accepted", "rejected", "auto"):
        raise NewslensError(f"unknown pair status {status!r}: use accepted, rejected or auto")
    m = _KEY.fullmatch(key or "")
    if not m:
        raise NewslensError(f"not a pair key: {key!r} (expected c<start>-<end>:r<start>-<end>)")
    cs, ce, rs, re_ = map(int, m.groups())
    cur = load_curation(article)
    if status == "auto":
        cur["status"].pop(key, None)
        cur["added"] = [a for a in cur["added"] if a.get("key") != key]
    else:  # the texts are kept so that a decision never lands on a changed article
        cur["status"][key] = {"status": status, "claim_text": article.body[cs:ce],
                              "retraction_text": article.body[rs:re_]}
    _save_curation(article, cur)
    _clear_cache(article)


def add_pair(article, claim: int | tuple[int, int], retraction: int | tuple[int, int],
             claim_speaker: str | None = None, retraction_speaker: str | None = None) -> str:
    """Add a pair the detector missed; ``claim``/``retraction`` are sentence indices or body spans.
    Returns its key."""
    from .errors import NewslensError

    def span(x):
        if isinstance(x, (int,)) and not isinstance(x, bool):
            if not 0 <= x < len(article.sentences):
                raise NewslensError(f"no sentence {x} in {article.name} (0..{len(article.sentences) - 1})")
            r = article.sentences.iloc[x]
            return int(r.start), int(r.end)
        a, b = map(int, x)
        if not 0 <= a < b <= len(article.body):
            raise NewslensError(f"span {a}..{b} is outside the article body")
        return a, b

    (cs, ce), (rs, re_) = span(claim), span(retraction)
    key = pair_key(cs, ce, rs, re_)
    cur = load_curation(article)
    cur["added"] = [a for a in cur["added"] if a.get("key") != key] + [{
        "key": key, "claim_start": cs, "claim_end": ce, "retraction_start": rs, "retraction_end": re_,
        "claim_text": article.body[cs:ce], "retraction_text": article.body[rs:re_],
        "claim_speaker": claim_speaker, "retraction_speaker": retraction_speaker}]
    cur["status"].pop(key, None)
    _save_curation(article, cur)
    _clear_cache(article)
    return key


def _clear_cache(article) -> None:
    if hasattr(article, "__dict__"):
        article.__dict__.pop("contrasts", None)


def _decision(body: str, key: str, entry) -> str:
    if not isinstance(entry, dict) or entry.get("status") not in ("accepted", "rejected"):
        return "auto"
    cs, ce, rs, re_ = map(int, _KEY.fullmatch(key).groups())
    ok = body[cs:ce] == entry.get("claim_text") and body[rs:re_] == entry.get("retraction_text")
    return entry["status"] if ok else "auto"


def _still_matches(body: str, a: dict) -> bool:
    try:
        cs, ce, rs, re_ = (int(a[k]) for k in ("claim_start", "claim_end", "retraction_start", "retraction_end"))
    except (KeyError, TypeError, ValueError):
        return False
    return body[cs:ce] == a.get("claim_text") and body[rs:re_] == a.get("retraction_text")


def _added_row(ctx: _Context, a: dict) -> dict:
    body = ctx.body
    cs, ce, rs, re_ = (int(a[k]) for k in ("claim_start", "claim_end", "retraction_start", "retraction_end"))
    art = ctx.art
    cs_i, rs_i = art.sentence_at(cs), art.sentence_at(rs)
    s, t = ctx.sents[rs_i], ctx.sents[cs_i]
    claim = _Side(cs, ce, cs_i, body[cs:ce], a.get("claim_speaker") or ctx.speaker(t, cs, ce), ctx.time_of(t))
    sc, ev = RuleContrastDetector._link(ctx, s, t, claim, max([c.weight for c in s.cues] + [0.0]), set())
    ev.update(cues=s.cues, negated=set())
    sents = [x for x in ctx.sents if x.start < re_ and x.end > rs] or [s]
    p = {"claim": claim, "sents": sents, "score": max(0.0, min(1.0, sc)), "ev": ev,
         "speaker": a.get("retraction_speaker") or ctx.speaker(s, rs, re_, rs)}
    row = RuleContrastDetector._row(ctx, p)
    row.update(retraction_start=rs, retraction_end=re_, retraction_text=body[rs:re_], key=a["key"], status="added")
    return row


# --- entry points -----------------------------------------------------------------------------------

def candidate_pairs(article, detector: BaseContrastDetector | None = None, curated: bool = True) -> pd.DataFrame:
    """Every scored pair (any score), with curation applied: ``status`` is auto / accepted / rejected /
    added.  The notebook filters this by its minimum-score slider."""
    det = detector or RuleContrastDetector()
    df = det.candidates(article)
    if not curated:
        return df
    cur = load_curation(article)
    if cur["status"]:
        df["status"] = [_decision(article.body, k, cur["status"].get(k)) for k in df["key"]]
    added = []
    if cur["added"]:
        ctx = _Context(article)
        have = set(df["key"])
        for a in cur["added"]:
            if not _still_matches(article.body, a):
                continue  # the article changed under the annotation: do not guess
            if a.get("key") in have:
                df.loc[df["key"] == a["key"], "status"] = "added"
                continue
            added.append(_added_row(ctx, a))
    if added:
        df = pd.concat([df, pd.DataFrame(added, columns=COLUMNS)], ignore_index=True)
        df = df.sort_values(["retraction_start", "claim_start"], kind="stable").reset_index(drop=True)
        df["pair_id"] = range(1, len(df) + 1)
    return df


def find_contrasts(article, min_score: float = DEFAULT_MIN_SCORE, detector: BaseContrastDetector | None = None,
                   curated: bool = True, include_rejected: bool = False) -> pd.DataFrame:
    """Claim / retraction pairs of ``article``: automatic pairs scoring at least ``min_score`` plus the
    analyst's accepted and added ones; rejected ones are left out unless ``include_rejected``.  With
    ``curated`` (the analyst's view) an automatic pair whose claim a better-scoring pair walks back by the same
    speaker is left out (:func:`_one_per_walk_back`); ``curated=False`` keeps every pair above the threshold.
    Columns: :data:`COLUMNS` (the first six are the contract)."""
    det = detector or RuleContrastDetector()
    if type(det) is RuleContrastDetector and not (curated and any(load_curation(article).values())):
        # no curation to apply: the frame of the kept candidate rows, typed as the frame of all of them (only
        # the kept rows are scored: the others' 0.0 stand for the floats their scores are)
        rows, score = det._unscored_rows(article)
        keep = [i for i, r in enumerate(rows) if _kept(r["score"], r["status"], min_score, include_rejected)]
        keep = _one_per_walk_back(rows, keep) if curated else keep
        for i in keep:
            score(rows[i])
        if all(type(rows[i][c]) is float for i in keep for c in _SCORE_COLUMNS):
            df = _pairs_frame(rows, keep)
            if df is not None:
                return df
        for i in set(range(len(rows))).difference(keep):
            score(rows[i])
        df = pd.DataFrame(rows, columns=COLUMNS)
    else:
        df = candidate_pairs(article, det, curated)
    return _filter(df, min_score, include_rejected, curated)


def _pairs_frame(rows: list[dict], keep) -> pd.DataFrame | None:
    """Rows ``keep`` of the frame of candidate ``rows``, numbered 1..n: what ``pd.DataFrame(rows,
    columns=COLUMNS)`` filtered by :func:`_filter` gives, without building the frame of all rows.  The
    dtypes are those pandas infers for all rows: a column of the kept rows is typed on its own when it
    holds the same value types as all rows, else all rows' column is typed and the kept rows taken.
    None for a column of values :func:`helpers.frames.inferred_column` leaves to pandas."""
    if not rows:
        return _no_pairs()
    row_values = itemgetter(*COLUMNS)
    kept_rows = [rows[i] for i in keep]
    kept = list(zip(*map(row_values, kept_rows))) or [()] * len(COLUMNS)  # by column
    partial = len(keep) < len(rows)
    every = list(zip(*map(row_values, rows))) if partial else kept
    if kept_rows and _plain_columns(kept, every, partial):
        # every column typed by the kept rows as by all rows, each a plain one inferred_column builds: the
        # frame of the kept rows (renumbered) put together block by block, without an array per column
        return rows_frame([dict(r, pair_id=k) for k, r in enumerate(kept_rows, 1)], COLUMNS)
    idx = np.array(keep, dtype=np.intp)
    arrays = []
    for values, all_values in zip(kept, every):
        values = list(values)
        if partial and set(map(type, values)) != set(map(type, all_values)):
            column = inferred_column(list(all_values))  # typed by all rows, then the kept ones taken
            values = None if column is None else column[idx]
        else:  # the same value types: the same dtype
            values = inferred_column(values)
        if values is None:
            return None
        arrays.append(values)
    arrays[0] = np.arange(1, len(keep) + 1, dtype=np.int64)  # pair_id
    return arrays_frame(dict(zip(COLUMNS, arrays)))


_PLAIN_TYPES = frozenset(map(frozenset, ({bool}, {int}, {float}, {float, int}, {list}, {tuple}, {list, tuple},
                                          {type(None)})))
_TEXT_TYPES = frozenset(map(frozenset, ({str}, {str, type(None)})))


@cache
def _text_is_string_dtype() -> bool:
    """Does pandas infer a string dtype for text (pandas 3), for which :func:`inferred_column` builds text
    columns?  Once per process, as :func:`_empty_pairs` reads the dtypes once."""
    return isinstance(str_dtype(), pd.StringDtype)


def _plain_columns(kept: list, every: list, partial: bool) -> bool:
    """Does :func:`helpers.frames.rows_frame` of the kept rows give :func:`_pairs_frame`'s frame: is each
    column's set of value types one :func:`inferred_column` builds an array for (bool, int, float, lists,
    all None; text where pandas has a string dtype), typed as rows_frame types it (the same rule), and
    the same over the kept rows as over all rows?  Text with or without None is one type: a string
    array either way (the kept values taken out of all rows' array are the array of the kept values)."""
    for values, all_values in zip(kept, every):
        types = frozenset(map(type, values))
        if types in _TEXT_TYPES:  # (a text column is typed the same with or without None among the others)
            if not _text_is_string_dtype() or partial and frozenset(map(type, all_values)) not in _TEXT_TYPES:
                return False
        elif types not in _PLAIN_TYPES or partial and types != frozenset(map(type, all_values)):
            return False
    return True


def _kept(score, status, min_score: float, include_rejected: bool) -> bool:
    return (score >= min_score or status in ("accepted", "added")) and (include_rejected or status != "rejected")


def _one_per_walk_back(rows: list[dict], keep: list[int]) -> list[int]:
    """``keep`` without the automatic pairs whose claim a better-scoring kept pair walks back by the same
    (known) speaker: "has denied a newspaper report ..." and the company's later "No decision has been
    taken" are one walk-back.  Different speakers (Milley and Esper disowning one letter) stay apart."""
    out = []
    for i in keep:
        r = rows[i]
        who = r["retraction_speaker"]
        if r["status"] not in ("accepted", "added") and isinstance(who, str) and any(
                j != i and (rows[j]["claim_start"], rows[j]["claim_end"]) == (r["claim_start"], r["claim_end"])
                and isinstance(rows[j]["retraction_speaker"], str) and _same_side(rows[j]["retraction_speaker"], who)
                and (rows[j]["score"], -j) > (r["score"], -i) for j in keep):
            continue
        out.append(i)
    return out


def _filter(df: pd.DataFrame, min_score: float, include_rejected: bool, curated: bool = False) -> pd.DataFrame:
    """The pairs of ``df`` that :func:`find_contrasts` keeps (one per walk-back when ``curated``), renumbered."""
    keep = [i for i, (score, status) in enumerate(zip(df["score"].tolist(), df["status"].tolist()))
            if _kept(score, status, min_score, include_rejected)]
    cols = ("claim_start", "claim_end", "retraction_speaker", "score", "status")
    if curated:
        keep = _one_per_walk_back([dict(zip(cols, v)) for v in zip(*(df[c].tolist() for c in cols))], keep)
    if len(keep) == len(df) and _numbered(df):
        return df  # nothing to drop and already numbered: filtering would copy it unchanged
    out = df.take(keep).reset_index(drop=True)
    out["pair_id"] = range(1, len(out) + 1)
    return out


def _numbered(df: pd.DataFrame) -> bool:
    """Has ``df`` the index 0..n-1 and the int64 ``pair_id`` 1..n that :func:`find_contrasts` gives?"""
    idx, ids = df.index, df["pair_id"]
    return isinstance(idx, pd.RangeIndex) and idx.start == 0 and idx.step == 1 and ids.dtype == "int64" \
        and ids.tolist() == list(range(1, len(df) + 1))


# --- views for the notebook: the story's statements in time, and the words on each side -------------------

TIMELINE_COLUMNS = ["order", "rank", "t", "time_cue", "dated", "kind", "pair_id", "pair_ids", "sentence", "start",
                    "end", "speaker", "text"]


def sentence_times(article) -> pd.DataFrame:
    """Each sentence's time cue and a rough time estimate ``t`` (days relative to publication) for ordering.

    Absolute cues ("On Monday night", "late last year") set the time; relative ones ("Within hours",
    "Days later") step from the last dated sentence; a sentence without a cue keeps its paragraph's time,
    else it has none (quotes given to the reporter: the time of publication).
    """
    rows, last_t, para_t = [], None, {}
    for r in article.sentences.itertuples(index=False):
        tc = find_time_cue(r.text)
        if tc is not None:
            cue, kind, days = tc
            t = days if kind == "absolute" else (last_t if last_t is not None else 0.0) + days
            last_t = t
            para_t[r.paragraph] = (t, cue)
            rows.append((int(r.index), cue, t, True))
        elif r.paragraph in para_t:
            t, cue = para_t[r.paragraph]
            rows.append((int(r.index), cue, t, True))
        else:
            rows.append((int(r.index), None, None, False))
    return pd.DataFrame(rows, columns=["sentence", "time_cue", "t", "dated"])


def statement_timeline(article, pairs: pd.DataFrame | None = None, reactions: bool = True) -> pd.DataFrame:
    """The story's statements ordered by the article's time cues: each pair's claim and retraction, and
    (``reactions``) the other quoted statements.  ``rank`` is the position on an ordinal time axis;
    undated statements sit at publication time (``t`` = 0, ``dated`` False)."""
    pairs = article.contrasts if pairs is None else pairs
    times = sentence_times(article).set_index("sentence")
    rows, used = [], set()

    def when(first: int, last: int, own_cue):
        """(cue, t, dated) of a side spanning sentences first..last whose own time cue is ``own_cue``."""
        if not isinstance(own_cue, str) or not own_cue:
            return None, 0.0, False
        span = times.loc[first:last]
        hit = span[span.time_cue == own_cue]
        return own_cue, float((hit if len(hit) else span).t.dropna().iloc[0]) if span.t.notna().any() else 0.0, True

    def last_sentence(start, end):
        sel = article.sentences.index[(article.sentences.start < end) & (article.sentences.end > start)]
        return int(sel.max()) if len(sel) else article.sentence_at(start)

    for p in pairs.itertuples(index=False):
        cs, rs = int(p.claim_sentence), int(p.retraction_sentence)
        cue, t, dated = when(cs, cs, p.claim_time)
        rcue, rt, rdated = when(rs, last_sentence(p.retraction_start, p.retraction_end), p.retraction_time)
        if not dated and rdated:  # an undated claim comes just before its retraction
            t = rt - 0.01
        rows.append([t, cue, dated, "claim", int(p.pair_id), int(p.claim_sentence), int(p.claim_start),
                     int(p.claim_end), p.claim_speaker, p.claim_text])
        rows.append([rt, rcue, rdated, "retraction", int(p.pair_id), rs, int(p.retraction_start),
                     int(p.retraction_end), p.retraction_speaker, p.retraction_text])
        used.add(cs)
        used.update(range(rs, last_sentence(p.retraction_start, p.retraction_end) + 1))
    if reactions:
        q = article.quotes
        if len(q) and {"start", "end", "speaker"} <= set(q.columns):
            items = [(int(r.start), int(r.end), r.speaker, r.text) for r in q.itertuples(index=False)]
        else:  # quotes stage not there yet: sentences holding a quotation
            items = [(int(r.start), int(r.end), None, r.text) for r in article.sentences.itertuples(index=False)
                     if re.search(r"[“”\"]", r.text)]
        for start, end, who, text in items:
            si = article.sentence_at(start)
            if si in used:
                continue
            base = times.loc[si]
            cue, t, dated = (base.time_cue, float(base.t), True) if base.dated else (None, 0.0, False)
            rows.append([t, cue, dated, "reaction", None, si, start, end, who if isinstance(who, str) else None,
                         text])
    df = pd.DataFrame(rows, columns=["t", "time_cue", "dated", "kind", "pair_id", "sentence", "start", "end",
                                     "speaker", "text"])
    # one claim answered twice is one statement: keep one row, list its pairs
    ids = df.groupby(["kind", "start", "end"], dropna=False)["pair_id"].transform(
        lambda v: ",".join(str(int(x)) for x in v if pd.notna(x)))
    df = df.assign(pair_ids=ids).drop_duplicates(["kind", "start", "end"])
    df = df.sort_values(["t", "sentence", "start"], kind="stable").reset_index(drop=True)
    df.insert(0, "order", range(len(df)))
    df.insert(1, "rank", df["t"].rank(method="dense").astype(int) - 1 if len(df) else [])
    return df[TIMELINE_COLUMNS]


def word_contrast(article, pairs: pd.DataFrame | None = None) -> pd.DataFrame:
    """Content lemmas of claims against retractions, scattertext-style: counts per side, each side's
    frequency scaled to [0, 1] by rank, and ``association`` in [-1, 1] (positive = retraction words)."""
    pairs = article.contrasts if pairs is None else pairs
    tok = article.tokens
    # what is said, not who says it: proper nouns are left out
    content = tok[(~tok.is_stop) & (~tok.is_punct) & tok.pos.str.match(r"^(NN[S]?$|VB|JJ|RB)")
                  & (tok.text.str.len() > 2)]
    starts = content.start.to_numpy()
    lemmas = [(t.lower() if p.startswith("RB") else str(lem).lower())
              for t, p, lem in zip(content.text, content.pos, content.lemma)]
    import numpy as np

    lemmas = np.array(lemmas, dtype=object)
    counts = {"claim": {}, "retraction": {}}
    for side in ("claim", "retraction"):
        spans = {(int(a), int(b)) for a, b in zip(pairs[f"{side}_start"], pairs[f"{side}_end"])}
        for a, b in sorted(spans):  # a claim answered by two retractions counts once
            for lem in lemmas[(starts >= a) & (starts < b)]:
                counts[side][lem] = counts[side].get(lem, 0) + 1
    terms = sorted(set(counts["claim"]) | set(counts["retraction"]))
    df = pd.DataFrame({"term": terms,
                       "claim_count": [counts["claim"].get(t, 0) for t in terms],
                       "retraction_count": [counts["retraction"].get(t, 0) for t in terms]})
    if df.empty:
        return df.assign(claim_scaled=[], retraction_scaled=[], association=[])
    for side in ("claim", "retraction"):
        c = df[f"{side}_count"]
        r = c.rank(method="average")
        df[f"{side}_scaled"] = ((r - r.min()) / (r.max() - r.min())).fillna(0.0) if r.max() > r.min() else 0.0
        df.loc[c == 0, f"{side}_scaled"] = 0.0
    cf = df.claim_count / max(1, df.claim_count.sum())
    rf = df.retraction_count / max(1, df.retraction_count.sum())
    df["association"] = ((rf - cf) / (rf + cf)).round(4)
    return df.sort_values(["association", "term"]).reset_index(drop=True)
