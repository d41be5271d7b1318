"""helpers.contrasts fast paths equal the plain computations they replace, on real text.

* the literal gates (which cue / time patterns may match a text) never drop a pattern that matches;
* the gated :func:`find_cues` / :func:`find_time_cue` equal running every lexicon pattern;
* the body-wide gate equals the per-sentence gate;
* stage 5's per-sentence scores, which the pairs reuse, equal the ones computed here.
"""

from __future__ import annotations

import json
import re
import sys
from functools import cache
from pathlib import Path

import pytest

from helpers import contrasts as C
from helpers.article import Article, load_article
from helpers.bench import source_articles
from helpers.errors import NewslensError

HERE = Path(__file__).resolve().parent
CONTRASTS = HERE / "data" / "contrasts"


@cache
def _articles() -> list:
    arts = []
    for p in source_articles():
        try:
            arts.append(load_article(p))
        except NewslensError:  # tests/data/empty-page.html has no article
            continue
    arts.append(Article.from_text((CONTRASTS / "walkback_story.txt").read_text("utf-8"), name="walkback"))
    arts.append(Article.from_text((CONTRASTS / "no_reversal.txt").read_text("utf-8"), name="no-reversal"))
    for f in ("cues.json", "false_friends.json"):
        for k, v in json.loads((CONTRASTS / f).read_text("utf-8")).items():
            if not k.startswith("_"):
                arts.append(Article.from_text(v["text"] if isinstance(v, dict) else v, name=k))
    return arts


# characters str.lower and re.IGNORECASE treat differently (Turkish dotted / dotless i, long s, Kelvin)
_TRICKY = str.maketrans({"i": "\u0130", "I": "\u0131", "s": "\u017f", "k": "\u212a"})


@cache
def _texts() -> list[str]:
    """Every sentence of the test articles, the same upper-cased and with look-alike letters."""
    out = [t for a in _articles() for t in a.sentences.text] + [a.title or "" for a in _articles()]
    return out + [t.upper() for t in out] + [t.translate(_TRICKY) for t in out]


def test_fold_keeps_lengths_over_every_code_point():
    every = "".join(chr(i) for i in range(sys.maxunicode + 1) if not 0xD800 <= i < 0xE000)
    assert len(C._fold(every)) == len(every)


def test_fold_equates_whatever_ignorecase_equates():
    """A pattern literal matches a text character under re.IGNORECASE only if both fold alike: the
    gates compare folded texts, so they see every character a pattern can match."""
    every = "".join(chr(i) for i in range(sys.maxunicode + 1) if not 0xD800 <= i < 0xE000)
    sources = "".join(rx.pattern for _, _, rx, _ in C._cue_patterns()) + \
        "".join(rx.pattern for _, _, rx in C._time_patterns()) + \
        "".join(v.pattern for v in vars(C).values() if isinstance(v, C._Gated))
    literals = set(sources) | set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
    for lit in sorted(literals):
        for ch in re.findall(re.escape(lit), every, re.I):
            assert C._fold(ch) == C._fold(lit), (lit, ch)


@pytest.mark.parametrize("which", ["cue", "time"])
def test_gate_never_drops_a_matching_pattern(which):
    gate = C._cue_gate() if which == "cue" else C._time_gate()
    patterns = [p[2] for p in (C._cue_patterns() if which == "cue" else C._time_patterns())]
    hits = 0
    for text in _texts():
        possible = set(gate.possible(text))
        for i, rx in enumerate(patterns):
            if rx.search(text):
                hits += 1
                assert i in possible, (which, i, text)
    assert hits > 50  # the texts do exercise the lexicons


def test_gated_cues_and_time_cues_equal_every_pattern_run():
    every_cue, every_time = range(len(C._cue_patterns())), range(len(C._time_patterns()))
    found = 0
    for text in _texts():
        cues = C.find_cues(text)
        found += len(cues)
        assert cues == C._cues_in(text, every_cue), text
        assert C.find_time_cue(text) == C._time_cue_in(text, every_time), text
    assert found > 20


def test_gated_patterns_answer_as_the_patterns():
    gated = [v for v in vars(C).values() if isinstance(v, C._Gated)]
    assert len(gated) >= 3
    hits = 0
    for text in _texts():
        for g in gated:
            m, n = g.search(text), g.rx.search(text)
            assert (m and m.span()) == (n and n.span()), (g.pattern, text)
            assert [x.span() for x in g.finditer(text)] == [x.span() for x in g.rx.finditer(text)]
            hits += bool(n)
    assert hits >= 3  # the texts do exercise them


def test_body_gate_equals_sentence_gate():
    for art in _articles():
        low = C._fold(art.body)
        spans = list(zip(art.sentences.start.tolist(), art.sentences.end.tolist()))
        for gate in (C._cue_gate(), C._time_gate()):
            assert gate.possible_in_spans(low, spans) == [gate.possible(t) for t in art.sentences.text]


def test_fold_keeps_whitespace_over_every_code_point():
    """A folded text splits into chunks where the text does (so the body's chunk ranges of the sentences
    hold for the folded body)."""
    every = "".join(chr(i) for i in range(sys.maxunicode + 1) if not 0xD800 <= i < 0xE000)
    assert [c.isspace() for c in C._fold(every)] == [c.isspace() for c in every]


def test_leads_by_chunk_ranges_equal_the_leads_of_each_sentence():
    """The sentence gate's leads of the body's chunks looked up at once, then shared out by each
    sentence's chunk range, equal each sentence's own; the court words' lead is a necessary condition of
    the court gate, and search_sentence answers as the gated pattern."""
    gate = C._sentence_gate()
    checked = 0
    for art in _articles():
        low = C._fold(art.body)
        spans = list(zip(art.sentences.start.tolist(), art.sentences.end.tolist()))
        ranges = art._sentence_chunks
        if ranges is None:
            continue
        got = gate.leads_in_spans(low, spans, list(zip(*(r.tolist() for r in ranges))))
        assert got == [gate.leads_in(low[a:b]) for a, b in spans]
        ctx = C._Context(art)
        for s, hit in zip(ctx.sents, got):
            assert not ctx._may_be_court(s) or gate.court in hit, s.text
            for g in C._SENTENCE_PATTERNS:
                m, n = ctx.search_sentence(g, s), g.rx.search(s.text)
                assert (m and m.span()) == (n and n.span()), (g.pattern, s.text)
        checked += 1
    assert checked > 20


def test_stage5_scores_equal_the_pairs_own():
    for art in _articles()[:6]:
        art.sentence_sentiment
        known = C._known_scores(art)
        assert len(known) == len(art.sentences)
        for i, text in enumerate(art.sentences.text):
            assert known[i] == (*C._sentiment(text), C.certainty(text)), text


def test_pairs_do_not_depend_on_stage5_being_there():
    art, fresh = load_article(), load_article()
    art.sentence_sentiment
    assert "sentence_sentiment" not in fresh.__dict__
    a, b = C.candidate_pairs(art, curated=False), C.candidate_pairs(fresh, curated=False)
    assert len(a) >= 4
    assert a.equals(b)


def test_statement_check_equals_the_single_regex():
    """Quotation marks by substring, speech words by regex behind a literal gate: the same answer as
    the one alternation it replaces."""
    one = re.compile(r"[“”\"]|" + C._STATEMENT_WORDS.pattern, re.I)
    texts = _texts()
    assert sum(C._reports_statement(t) for t in texts) > 50
    assert sum(not C._reports_statement(t) for t in texts) > 50
    for text in texts:
        assert C._reports_statement(text) == bool(one.search(text)), text


def test_negator_forms_are_every_spelling_that_lowers_to_a_negator():
    letters = set("".join(C._NEGATOR_WORDS))
    others = [chr(i) for i in range(sys.maxunicode + 1)
              if not 0xD800 <= i < 0xE000 and chr(i).lower() in letters and chr(i).lower() != chr(i)]
    assert sorted(others) == sorted(c.upper() for c in letters)  # only the ASCII capitals lower to them
    assert {w.lower() for w in C._NEGATOR_FORMS} == set(C._NEGATOR_WORDS)
    assert len(C._NEGATOR_FORMS) == sum(2 ** len(w) for w in C._NEGATOR_WORDS)


def _filtered_reference(df, min_score, include_rejected=False):
    """find_contrasts' filter as pandas operations on the frame of every candidate (its first form)."""
    keep = (df["score"] >= min_score) | df["status"].isin(["accepted", "added"])
    if not include_rejected:
        keep &= df["status"] != "rejected"
    out = df[keep].reset_index(drop=True)
    out["pair_id"] = range(1, len(out) + 1)
    return out


def test_pairs_built_from_kept_rows_equal_the_filtered_frame():
    """find_contrasts builds its frame from the kept rows, typed as the frame of all of them: identical to
    filtering pandas' own frame of all candidates, for thresholds that keep all, some, none of them;
    and the frame of all candidates is pandas' own frame."""
    import pandas as pd

    checked = 0
    for art in _articles():
        rows = C.RuleContrastDetector().candidate_rows(art)
        every = pd.DataFrame(rows, columns=C.COLUMNS) if rows else C._no_pairs()
        pd.testing.assert_frame_equal(C.candidate_pairs(art, curated=False), every, check_exact=True)
        for min_score in (0.0, 0.3, C.DEFAULT_MIN_SCORE, 0.7, 0.85, 2.0):
            fast = C.find_contrasts(art, min_score, curated=False)
            pd.testing.assert_frame_equal(fast, _filtered_reference(every, min_score), check_exact=True)
            checked += len(fast)
    assert checked > 50


def test_sentiment_without_a_blob_equals_the_blob():
    from helpers.text import make_blob

    texts = _texts()[:400]
    for text in texts:
        blob = make_blob(text).sentiment
        assert C._sentiment(text) == (round(float(blob.polarity), 4), round(float(blob.subjectivity), 4)), text
    assert sum(C._sentiment(t)[0] != 0 for t in texts) > 20


def test_gate_leads_with_whitespace_are_searched_in_the_whole_text():
    """Leads are looked up per whitespace-delimited chunk; a lead holding a space spans chunks and is
    searched in the text instead."""
    gate = C._LiteralGate([re.compile(r"no\s?decision yet", re.I), re.compile(r"draft", re.I)])
    assert [w for w, _ in gate.spaced] == ["decision yet"]
    assert gate.possible("There is No Decision yet, a draft.") == [0, 1]
    assert gate.possible("There is no decision, yet a draft.") == [1]
    assert gate.possible("Redrafted.") == [1] and gate.possible("Nothing.") == []


def test_column_lists_equal_series_tolist():
    """The frames this stage reads as lists (helpers.frames.column_lists)."""
    from helpers.article import load_article as _load
    from helpers.frames import column_lists

    art = _load()
    art.sentence_sentiment
    for frame in (art.sentences, art.entities, art.mentions, art.quotes, art.speakers, art.sentence_sentiment):
        cols = list(frame.columns)
        got, want = column_lists(frame, cols), [frame[c].tolist() for c in cols]
        assert [[type(v) for v in c] for c in got] == [[type(v) for v in c] for c in want]
        assert repr(got) == repr(want)


def test_time_cues_on_demand_equal_the_paragraph_walk():
    """A sentence's time cue is its own, else the last one before it in its paragraph."""
    checked = 0
    for art in _articles():
        ctx = C._Context(art)
        last, want = None, []
        for s in ctx.sents:
            own = C.find_time_cue(s.text)
            if own is not None:
                last = (s.paragraph, own)
            want.append(own if own is not None else (last[1] if last and last[0] == s.paragraph else None))
        for s in reversed(ctx.sents):  # last first: each one walks back through its paragraph
            assert ctx.time_of(s) == want[s.index], s.text
        checked += sum(w is not None for w in want)
    assert checked > 50


def test_clause_split_equals_the_plain_alternation():
    """The clause splitter starts a whitespace run's match only at its first character: the same matches
    as the plain alternation, on every test sentence, with blanks standing for embedded claims, and on
    made-up runs of spaces, dashes and "but"."""
    plain = re.compile(r",\s+|;\s*|\s+[–—-]\s+|\s+but\s+")
    texts = _texts() + [" " * 5 + "– a", "x,   – but  y", "  but  ", "a ;  —  b", "a    ", "\t–\tbut\n"]
    for text in texts + [t[:20] + " " * 60 + t[80:] for t in texts if len(t) > 80]:
        assert [m.span() for m in C._CLAUSE_SPLIT.finditer(text)] == [m.span() for m in plain.finditer(text)], text


def test_sentence_gate_statements_equal_the_per_text_check():
    """The statement words ride along with the cue gate over the body: each sentence gets the answer of
    _reports_statement on its own text, and the same cues as find_cues."""
    stated = 0
    for art in _articles():
        ctx = C._Context(art)
        for s in ctx.sents:
            assert ctx.is_statement(s) == C._reports_statement(s.text), s.text
            assert [(c.type, c.text, c.start - s.start) for c in s.cues] == \
                [(c.type, c.text, c.start) for c in C.find_cues(s.text)], s.text
            stated += ctx.is_statement(s)
    assert stated > 100


def _name_runs_reference(toks, upto=None):
    """The fallback name finder's runs as first written: one walk over the tokens before ``upto``."""
    runs, cur = [], []
    for i, t in enumerate(toks):
        if upto is not None and t[0] >= upto:
            break
        if t[3].startswith("NNP") and t[2].lower() not in C._CALENDAR:
            cur.append(i)
        else:
            if cur:
                runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    out = []
    for run in runs:
        words = [toks[i][2] for i in run]
        prev = toks[run[0] - 1][2].lower() if run[0] > 0 else ""
        prev2 = toks[run[0] - 2][2].lower() if run[0] > 1 else ""
        nxt = toks[run[-1] + 1][2] if run[-1] + 1 < len(toks) else ""
        flags = [w.lower().rstrip(".") in C._TITLE_WORDS for w in words]
        last_title = max((i for i, f in enumerate(flags) if f), default=-1)
        core = words[last_title + 1:] if last_title < len(words) - 1 else []
        if core:
            out.append((toks[run[0]][0], toks[run[-1]][1], " ".join(core), len(core), prev, prev2,
                        any(flags[:-1]), nxt))
    return out


def test_name_runs_cut_at_any_offset_equal_one_walk():
    runs = 0
    for art in _articles()[:12]:
        ctx = C._Context(art)
        for s in ctx.sents:
            for upto in [None] + [t[0] for t in s.toks] + [t[1] for t in s.toks]:
                got = ctx._name_runs(s, upto)
                assert got == _name_runs_reference(s.toks, upto), (s.text, upto)
                runs += len(got)
    assert runs > 1000


def test_literals_joined_with_the_alternation_after_them():
    """"den" + "ied|ies|y" gives the clause {"denied", "denies", "deny"}; the gate built on it still lets
    every spelling through (and "president" no longer)."""
    from re import _parser

    clauses = C._literal_clauses(_parser.parse(r"(?:den(?:ied|ies|y|ying))\b", re.I))
    assert frozenset({"denied", "denies", "deny"}) in clauses
    gate = C._cue_gate()
    denial = next(i for i, p in enumerate(C._cue_patterns()) if p[2].search("they denied it"))
    for text in ("They DENIED it.", "A flat denial of the report.", "Denying it, he left.", "They deny it."):
        assert denial in gate.possible(text), text
    assert denial not in gate.possible("The president spoke.")



def test_alternation_clause_needs_every_clause_of_one_branch():
    """An alternation gives, besides the union of its branches' leads, the clause "all the clauses of one
    branch": "the report is true" holds a lead of each branch ("true", "report") but no whole branch."""
    from re import _parser

    clauses = C._literal_clauses(_parser.parse(r"(?:is\s+not\s+true|(?:false|baseless)\s+(?:report|claim)s?)", re.I))
    assert any(isinstance(c, C._AnyOf) for c in clauses)
    assert C._meets("a false report", clauses) and C._meets("it is not true", clauses)
    assert not C._meets("the report is true", clauses)


def test_embedded_claim_gate_never_drops_a_named_claim():
    gate, found = C._embedded_gate(), 0
    for text in _texts():
        for start in range(0, len(text), 3):
            end = min(len(text), start + 120)
            if C._EMBEDDED.search(text, start, end):
                found += 1
                assert gate.possible(text[start:end]), (text, start)
    assert found > 50


def test_clause_split_finds_the_plain_boundaries():
    """_CLAUSE_SPLIT (a leading character class) matches where the plain alternation does."""
    import random

    plain = re.compile(r",\s+|;\s*|(?<!\s)\s+[–—-]\s+|(?<!\s)\s+but\s+")
    rnd = random.Random(6)
    alphabet = [",", ";", " ", "\t", "\n", "\u00a0", "-", "–", "—", "b", "u", "t", "x"]
    texts = _texts() + ["x" + " " * 60 + "- y", "a,\n b;c but  but d - e"] + \
        ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 16))) for _ in range(5000)]
    for text in texts:
        assert [m.span() for m in C._CLAUSE_SPLIT.finditer(text)] == [m.span() for m in plain.finditer(text)], text
