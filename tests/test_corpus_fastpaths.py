"""The stage 1–2 speed-ups (made for corpus mode) give exactly what the plain definitions give.

The reference implementations below are the definitions the fast paths replaced: one regex match at a
time, the pattern tagger on every sentence, lemma / stop / punctuation per token, pandas inference.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import text as T
from helpers.article import TOKEN_COLUMNS, Article, load_article

ROOT = Path(__file__).resolve().parents[1]
FILES = sorted((ROOT / "tests" / "data").glob("*.*")) + sorted((ROOT / "tests" / "data" / "corpus").glob("*"))
FILES += sorted((ROOT / "data" / "articles").glob("*"))

_OLD_TOKEN = re.compile(
    r"""
    (?:[A-Za-z]\.){2,}(?![A-Za-z])
  | \d+(?:[.,:/]\d+)*(?:st|nd|rd|th|s|%|-\w+)?
  | [^\W\d_](?:[\w]|[-'’&](?=[^\W_]))*
  | \.\.\.|…|--+|—|–
  | [’']s\b | [’'](?:re|ve|ll|d|m)\b
  | \S
    """,
    re.VERBOSE,
)

SHAPES = [
    "U.S. and U.K. officials met at 5 p.m. on Jan. 3rd; 70-plus attended.",
    "“We didn’t—and won’t—go,” said O’Neill’s aide. Rock-’n’-roll isn't dead...",
    "AT&T’s CEO said 3.5% of the 1990s’ 5,000 jobs were cut -- again. Why? Nobody knows!",
    "Ça va? Naïve café-owners in São Paulo said so ... twice… (or thrice).",
    "e.g. the x.y.z test; a.m. vs p.m.; I.B.M. rose 2/3 of 1,000,000,",
    "'Tis the season: rock'n'roll, y'all've seen it. 'Quoted' words and ‘curly’ ones.",
    "CAPITALS SHOUT: US ISIS NATO. Iranian and Iraqi troops; 12th-century walls.",
]


def _reference_tokenize(text):
    out = []
    for m in _OLD_TOKEN.finditer(text):
        s, e, tok = m.start(), m.end(), m.group()
        c = T._CLITIC.search(tok) if ("'" in tok or "’" in tok) else None
        if c and c.start() > 0:
            out += [(s, s + c.start(), tok[: c.start()]), (s + c.start(), e, tok[c.start():])]
        else:
            out.append((s, e, tok))
    return out


def _reference_tokens(art):
    rows = []
    for si, (_, s, e) in enumerate(art._sentence_spans):
        toks = _reference_tokenize(art.body[s:e])
        tags = T.tag([t for _, _, t in toks])
        for ti, ((ts, te, w), pos) in enumerate(zip(toks, tags)):
            rows.append((si, ti, s + ts, s + te, w, pos, T.lemma(w, pos),
                         w.lower().replace("’", "'") in T.STOPWORDS, not any(ch.isalnum() for ch in w)))
    return pd.DataFrame(rows, columns=TOKEN_COLUMNS)


@pytest.mark.parametrize("text", SHAPES)
def test_tokenize_matches_the_reference(text):
    assert T.tokenize(text) == _reference_tokenize(text)


WHITESPACE_SHAPES = [
    "",
    "   \n\t ",
    "  leading and trailing spaces  ",
    "tabs\tnewlines\nand\u00a0no-break\u2009thin\u3000ideographic spaces",
    "’s 're alone; n't ’d, O’Neill’s, rock'n'roll's can't-won't",
    "\n\n“Quoted,” she said.\n\n(Ends) ...\u2028next line",
]


@pytest.mark.parametrize("text", SHAPES + WHITESPACE_SHAPES)
def test_tokenize_columns_matches_the_reference(text):
    starts, ends, words = T.tokenize_columns(text)
    assert list(zip(starts, ends, words)) == _reference_tokenize(text)


@pytest.mark.parametrize("path", [p for p in FILES if p.name != "empty-page.html"], ids=lambda p: p.name)
def test_tokenize_columns_of_a_whole_body_matches_the_reference(path):
    body = load_article(path).body
    assert list(zip(*T.tokenize_columns(body))) == _reference_tokenize(body)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=" \n\t\u00a0\u2009aZé’'-.&5,:/%…—sntdlmrev“”()", max_size=60))
def test_tokenize_columns_of_random_text_matches_the_reference(text):
    assert list(zip(*T.tokenize_columns(text))) == _reference_tokenize(text)


def test_annotate_matches_tagging_each_sentence_in_any_order():
    sentences = [[t for _, _, t in T.tokenize(s)] for s in SHAPES]
    expected = [[(p, T.lemma(w, p)) for w, p in zip(words, T.tag(words))] for words in sentences]
    # forward, then backward with a cold memo: the memo must not depend on what was seen before
    assert [[a[:2] for a in T.annotate(w)] for w in sentences] == expected
    T._MEMO_FIRST.clear()
    T._MEMO_REST.clear()
    assert [[a[:2] for a in T.annotate(w)] for w in reversed(sentences)] == expected[::-1]
    # the same word first in a sentence and inside one can be tagged differently; both are kept
    assert T.annotate(["Will", "said", "so"])[0][0] == T.tag(["Will", "said", "so"])[0]
    assert T.annotate(["They", "Will", "go"])[1][0] == T.tag(["They", "Will", "go"])[1]


@pytest.mark.parametrize("path", [p for p in FILES if p.name != "empty-page.html"], ids=lambda p: p.name)
def test_token_frame_matches_the_reference(path):
    art = load_article(path)
    ref = _reference_tokens(art)
    pd.testing.assert_frame_equal(art.tokens, ref)


def test_token_frame_of_odd_shapes_and_of_nothing():
    art = Article.from_text("Odd Shapes\n\n" + "\n\n".join(SHAPES))
    pd.testing.assert_frame_equal(art.tokens, _reference_tokens(art))
    assert list(Article.from_text("Head\n\n—").tokens.columns) == TOKEN_COLUMNS


_OLD_WORD = re.compile(r"\w+(?:[’'-]\w+)*")


@pytest.mark.parametrize("text", SHAPES + WHITESPACE_SHAPES)
def test_count_words_matches_the_reference(text):
    assert T.count_words(text) == len(_OLD_WORD.findall(text))


@pytest.mark.parametrize("path", [p for p in FILES if p.name != "empty-page.html"], ids=lambda p: p.name)
def test_count_words_of_each_sentence_matches_the_reference(path):
    art = load_article(path)
    assert art.sentences.n_words.tolist() == [len(_OLD_WORD.findall(t)) for t in art.sentences.text]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=" \n\t\u00a0\u2009aZé’'-_.&5,:/%…—sntd“”()", max_size=60))
def test_count_words_of_random_text_matches_the_reference(text):
    assert T.count_words(text) == len(_OLD_WORD.findall(text))


def test_tokenize_columns_of_a_long_text_of_odd_whitespace_matches_the_reference():
    text = "\u2028".join(SHAPES + WHITESPACE_SHAPES) * 8  # long enough for the array path
    assert len(text.split()) >= 256
    assert list(zip(*T.tokenize_columns(text))) == _reference_tokenize(text)


_OLD_BOUNDARY = re.compile(r"(?:\.\.\.|…|[.!?]+)(?P<close>[\"”’'\)\]]*)(?=\s+(?P<next>\S))")


def _boundaries(rx, text):
    return [(m.span(), m.group("close"), m.span("next")) for m in rx.finditer(text)]


@pytest.mark.parametrize("path", [p for p in FILES if p.name != "empty-page.html"], ids=lambda p: p.name)
def test_sentence_boundary_regex_matches_the_reference(path):
    text = path.read_text("utf-8", errors="replace")
    assert _boundaries(T._BOUNDARY, text) == _boundaries(_OLD_BOUNDARY, text)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="ab .!?…\"”’')]\n\tZ", max_size=40))
def test_sentence_boundary_regex_of_random_text_matches_the_reference(text):
    assert _boundaries(T._BOUNDARY, text) == _boundaries(_OLD_BOUNDARY, text)


def test_annotate_spans_is_annotate_of_each_sentence_with_a_warm_or_cold_memo():
    sentences = [[t for _, _, t in T.tokenize(s)] for s in SHAPES]
    words = [w for s in sentences for w in s]
    bounds = [0]
    for s in sentences:
        bounds.append(bounds[-1] + len(s))
    expected = [a for s in sentences for a in T.annotate(s)]
    assert T.annotate_spans(words, bounds) == expected
    T._MEMO_FIRST.clear()
    T._MEMO_REST.clear()
    assert T.annotate_spans(words, bounds) == expected
    assert T.annotate_spans([], [0]) == []
