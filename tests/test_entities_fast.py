"""The entity stage's fast paths equal the plain implementations they replace, on real and odd text."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

from helpers.entities import rules as R

sys.path.insert(0, str(Path(__file__).resolve().parent))

from entities_articles import ARTICLES  # noqa: E402
from entities_articles_blind import BLIND  # noqa: E402
from entities_articles_blind2 import BLIND2  # noqa: E402
from entities_articles_blind3 import BLIND3  # noqa: E402
from entities_articles_blind4 import BLIND4  # noqa: E402
from entities_articles_blind5 import BLIND5  # noqa: E402
from entities_articles_holdout import HOLDOUT  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]

# words and separators that exercise every alternative of the numeric regexes and their edges
_PIECES = """Jan Jan. January Feb. February March Mar. Mar April Apr. May June Jun July Aug. August Sept.
Sept Sep September Oct. October Nov November Dec. December Monday Tuesday Wednesday Thursday Friday
Saturday Sunday Mondays late early mid last this next past previous coming week month year decade century
weekend summer winter spring autumn fall fallen yesterday today tomorrow tomorrows days day weeks months
years decades ago earlier later old a an one two three four five six seven eight nine ten eleven twelve
several few many some 1 5 12 31 3rd 21st 2nd 4th 1990 1990s 2020 2019 1875 20 300 1,000 12,500 3.5 0.75
5% 3.5% 40 percent 7 per cent 12 %  $ € £ $5 €3 £10 million billion trillion bn m % percent per cent cent X_1 _2 A1 foo-bar mid-March
late-last Dejan Mayhem Octavia amid midst Augusta Thisday lastweek ٣ ٢٠ ² ½ Maynard Sunday's""".split()
_SEPS = [" ", " ", " ", "  ", "\n", "\n\n", "\t", "\u00a0", "-", ",", ", ", ".", "(", ")", "’", "'", "/", ""]


def _odd_texts(n: int, seed: int = 3) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        parts = []
        for _ in range(rng.randint(1, 14)):
            parts.append(rng.choice(_PIECES))
            parts.append(rng.choice(_SEPS))
        out.append("".join(parts))
    return out


def _real_texts() -> list[str]:
    texts = [t for d in (ARTICLES, BLIND, BLIND2, BLIND3, BLIND4, BLIND5, HOLDOUT) for t, _ in d.values()]
    for folder in ("data/articles", "tests/data", "tests/data/corpus", "tests/data/contrasts"):
        texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / folder).glob("*.txt"))]
    return texts


@pytest.mark.parametrize("name", ["PERCENT_RE", "DATE_RE", "CARDINAL_RE"])
def test_numeric_regexes_tried_at_candidate_starts_equal_finditer(name):
    rx = getattr(R, name)
    texts = _real_texts() + _odd_texts(4000)
    hits = 0
    for text in texts:
        digits = R._digit_starts(text)
        starts = R._date_starts(text, digits) if name == "DATE_RE" else digits
        want = [m.span() for m in rx.finditer(text)]
        assert [m.span() for m in R.matches_at(rx, text, starts)] == want, text
        hits += len(want)
    assert hits > 300  # the texts do exercise the regex


def test_numeric_starts_from_code_points_equal_the_str_scans(monkeypatch):
    texts = _real_texts() + _odd_texts(4000) + ["", "a", "\ud800 May 5 day", "x٣٤ $5 €3 £2 Monday", "5 May 3", "𝟘1 Jan 2 𝟙"]
    texts += [" ".join(_odd_texts(300, seed=k)) for k in range(5)]  # long odd texts
    monkeypatch.setattr(R, "_LONG_TEXT", 0)  # every text through the code points
    for text in texts:
        digits, dates, money = R._numeric_starts(text)
        assert digits == R._digit_starts(text), text
        assert dates == R._date_starts(text, digits), text
        if money is not None:
            assert money == [k for k, ch in enumerate(text) if ch in "$€£"], text


def _cand_fields(c):
    return (c.section, c.sentence, c.start, c.end, c.text, c.type, c.canon, c.rule)


def test_numeric_of_joined_texts_equals_each_text_alone():
    texts = _real_texts()[:40] + _odd_texts(600, seed=5) + ["", "5", "May 5", "Jan", "$3", "2020"]
    rng = random.Random(7)
    for _ in range(200):
        group = rng.sample(texts, rng.randint(2, 5))
        parts = [(t, f"s{k}", (lambda off, k=k: k * 1000 + off)) for k, t in enumerate(group)]
        got = R.find_numeric_texts(parts)
        want = [R.find_numeric(t, s, f) for t, s, f in parts]
        assert [[_cand_fields(c) for c in cs] for cs in got] == [[_cand_fields(c) for c in cs] for cs in want]
    # a text holding a NUL: each text on its own
    parts = [("a\0 5 May", "x", lambda off: 0), ("2020", "y", lambda off: 1)]
    assert [[_cand_fields(c) for c in cs] for cs in R.find_numeric_texts(parts)] == [
        [_cand_fields(c) for c in R.find_numeric(t, s, f)] for t, s, f in parts]


def test_digit_starts():
    assert R._digit_starts("a1 22x٣4 _5") == [1, 3, 6, 10]
    assert R._digit_starts("") == [] and R._digit_starts("none") == []


# -- tokens -------------------------------------------------------------------------------------------

def _reference_prepare_tokens(raw):
    """The plain token pass ``prepare_tokens`` replaced (one token at a time), as rows."""
    out = []
    n = len(raw)
    i = 0

    def split_hyphen(s, t, p, si):
        parts = t.split("-")
        if len(parts) >= 2 and all(parts):
            kinds = [x[:1].isupper() for x in parts]
            if any(kinds) and not all(kinds) and not (parts[0].lower() in R._HYPHEN_KEEP and len(parts) == 2):
                pos_ = s
                for part in parts:
                    out.append([pos_, pos_ + len(part), part, "NNP" if part[:1].isupper() else "JJ", si])
                    pos_ += len(part) + 1
                return
        out.append([s, s + len(t), t, p, si])

    while i < n:
        s, e, t, p, si = raw[i]
        i += 1
        c0 = t[:1]
        if not c0.isupper():
            if c0 == "(" and i + 2 < n and raw[i][2].lower() == "ret" and raw[i + 1][2] == "." and raw[i + 2][2] == ")":
                out.append([s, raw[i + 2][1], "(ret.)", "NNP", si])
                i += 3
            elif "-" in t and c0 != "-" and any(ch.isupper() for ch in t):
                split_hyphen(s, t, p, si)
            else:
                out.append([s, e, t, p, si])
            continue
        if i < n and raw[i][2] == "." and raw[i][0] == e and (t.lower() in R._ABBREV_DOT or len(t) == 1):
            out.append([s, raw[i][1], t + ".", "NNP", si])
            i += 1
        elif "-" in t:
            split_hyphen(s, t, p, si)
        else:
            out.append([s, e, t, p, si])
    prev_sent, prev_text = None, ""
    for tok in out:
        text = tok[2]
        cap = weak = False
        if R._ARABIC_ARTICLE.match(text):
            cap = True
        elif text[:1].isupper() and R._is_cap(text) and text != "I" and text.lower() not in R._DATE_WORDS:
            cap = True
            weak = tok[4] != prev_sent or prev_text in R._OPEN
        tok += [cap, weak]
        prev_sent, prev_text = tok[4], text
    return [tuple(t) for t in out]


_TOKEN_PIECES = """( ret . ) ( Ret . ) Col . Col Gen . Mr . U . S . A . Calif . Washington-based anti-Islamic US-led
al-Assad bin-Salman Al-Qaeda D-Mass. R-Texas I Monday March The “ ” ‘ ' " — – - : [ 5 3rd Iran Iranian-backed
pro-Iranian al-Shabab ibn-Saud Coca-Cola well-known X-ray -Foo Foo- A-B-c e-mail Éire élan Über said the""".split()


def _odd_token_streams(n: int, seed: int = 5):
    rng = random.Random(seed)
    for _ in range(n):
        raw, pos, sent = [], 0, 0
        for _ in range(rng.randint(0, 25)):
            t = rng.choice(_TOKEN_PIECES)
            pos += rng.choice((0, 0, 1))  # adjacent or after a space
            raw.append((pos, pos + len(t), t, rng.choice(("NNP", "NN", "JJ", ".")), sent))
            pos += len(t)
            sent += rng.random() < 0.15
        yield raw


def test_prepare_tokens_equals_the_plain_pass():
    from helpers.article import Article

    streams = list(_odd_token_streams(3000))
    for text in _real_texts():
        tk = Article.from_text(text).tokens
        streams.append(list(zip(tk["start"].tolist(), tk["end"].tolist(), tk["text"].tolist(),
                                tk["pos"].tolist(), tk["sentence"].tolist())))
    joined = 0
    for raw in streams:
        want = _reference_prepare_tokens(raw)
        toks = R.prepare_tokens(raw)
        assert toks.rows() == want, raw
        assert toks.caps == [i for i, c in enumerate(toks.cap) if c] and len(toks) == len(want)
        assert R.prepare_tokens(iter(raw)).rows() == want
        joined += len(want) != len(raw)
    assert joined > 1000  # joins and splits were exercised


import numpy as np  # noqa: E402

# -- frames -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("rows", [
    [(0, "Iraq", "GPE", ["Iraq", "Iraqi"], 3), (1, "Kemp", "PERSON", [], -1)],
    [(0, "Iraq", "GPE", [], 3)],
    [(0, "Iraq", "GPE", ["a"], 2 ** 70)],  # too big for int64
    [(0, "Iraq", "GPE", ["a"], 1.5), (1, "Iran", "GPE", ["b"], 2)],  # a float
    [(0, "Iraq", "GPE", ["a"], True)],  # a bool
    [(0, "Iraq", "GPE", ["a"], 1), (1, None, "GPE", ["b"], 2)],  # a missing name
    [(0, "Iraq", "GPE", ["a"], 1), (1, float("nan"), "GPE", ["b"], 2)],
    [(0, "Iraq", "GPE", ["a"], 1), (1, 7, "GPE", ["b"], 2)],  # a number for a name
    [(np.int64(0), "Iraq", "GPE", ["a"], 1)],  # a numpy integer
    [],
])
def test_frame_equals_the_inferring_constructor(rows):
    import pandas as pd

    from helpers.frames import tuples_frame as _frame

    columns = ["entity_id", "name", "type", "aliases", "sentence"]
    want = pd.DataFrame(rows, columns=columns)
    got = _frame(rows, columns, "issoi")
    pd.testing.assert_frame_equal(got, want)
    assert [repr(t) for t in got.dtypes] == [repr(t) for t in want.dtypes]
    assert type(got.index) is type(want.index) and repr(got.columns.dtype) == repr(want.columns.dtype)


def test_frame_columns_do_not_share_values():
    from helpers.frames import tuples_frame as _frame

    rows = [(0, "Iraq", "GPE", ["Iraq"]), (1, "Iran", "GPE", ["Iran"])]
    df = _frame(rows, ["entity_id", "name", "type", "aliases"], "isso")
    df.loc[0, "name"] = "Syria"
    df.loc[1, "entity_id"] = 7
    assert list(df.name) == ["Syria", "Iran"] and list(df.type) == ["GPE", "GPE"]
    assert list(df.entity_id) == [0, 7] and list(df.aliases) == [["Iraq"], ["Iran"]]
    assert rows[0][1] == "Iraq"


# -- pronoun genders ----------------------------------------------------------------------------------

def _reference_gender_from_pronouns(cands, toks):
    """The plain scan ``_add_gender_from_pronouns`` replaced: up to 90 tokens after each mention."""
    import bisect

    starts = toks.start
    person_starts = sorted(c.start for c in cands if c.type == "PERSON")
    for c in cands:
        if c.type != "PERSON" or c.gender:
            continue
        k = bisect.bisect_left(starts, c.end)
        nxt = person_starts[bisect.bisect_right(person_starts, c.start):][:1]
        limit = nxt[0] if nxt else 1 << 30
        for m in range(k, min(k + 90, len(toks))):
            if starts[m] >= limit or toks.sent[m] > c.sentence + 2:
                break
            low = toks.text[m].lower()
            if low in R._MALE:
                c.gender = "m?"
                break
            if low in R._FEMALE:
                c.gender = "f?"
                break


def test_gender_from_pronouns_equals_the_plain_scan():
    import copy

    from helpers.article import Article
    from helpers.entities import RuleEntityExtractor, _add_gender_from_pronouns

    rules = RuleEntityExtractor().rules
    guessed = 0
    texts = _real_texts() + [
        "Officials said Maria Lopez would resign. She said nothing. Her aide, John Park, said he was tired.",
        "John Park met Maria Lopez. HE left. Later she and HIM talked. Herself, she said.",
    ]
    for text in texts:
        art = Article.from_text(text)
        tk = art.tokens
        toks = R.token_columns(tk["start"].tolist(), tk["end"].tolist(), tk["text"].tolist(), tk["pos"].tolist(),
                               tk["sentence"].tolist())
        cands = rules.find([("body", toks, False)], {toks.text[i] for i in toks.caps if not toks.weak[i]})
        want = copy.deepcopy(cands)
        _reference_gender_from_pronouns(want, toks)
        _add_gender_from_pronouns(cands, toks)
        assert [c.gender for c in cands] == [c.gender for c in want]
        guessed += sum(c.gender in ("m?", "f?") for c in cands)
    assert guessed > 20


def _reference_front_tokens(text):
    """The front-matter tokens as built before: each sentence tokenised and tagged on its own."""
    from helpers.text import annotate, split_sentences, tokenize

    raw = []
    for si, (s, e) in enumerate(split_sentences(text)):
        toks = tokenize(text[s:e])
        tags = [a[0] for a in annotate([t for _, _, t in toks])]
        raw.extend((s + a, s + b, t, p, si) for (a, b, t), p in zip(toks, tags))
    return R.prepare_tokens(raw).rows()


def test_front_tokens_equal_tokenising_each_sentence():
    from helpers.article import load_article
    from helpers.entities import FRONT_SECTIONS, _front_tokens

    texts = [" Photo: AFP.  Col. Kemp said so!\n\nHe left… (ret.) U.S.-led talks. ", "", "   ", "One."]
    for path in sorted((ROOT / "data" / "articles").glob("*")) + sorted((ROOT / "tests" / "data").glob("*.*")):
        try:
            art = load_article(path)
        except Exception:  # noqa: BLE001 - only the readable articles
            continue
        texts += [getattr(art, s) for s in FRONT_SECTIONS if getattr(art, s, None)]
    texts += [t[:400] for t in _real_texts()]  # whole paragraphs, several sentences each
    assert len(texts) > 30
    for text in texts:
        assert _front_tokens(text).rows() == _reference_front_tokens(text), text


def test_extract_leaves_the_article_token_columns_alone():
    from helpers.article import Article
    from helpers.entities import extract_entities

    art = Article.from_text("Talks\n\nCol. (ret.) Richard Kemp met Washington-based aides. He left.")
    before = {k: list(v) for k, v in art.token_columns.items()}
    res = extract_entities(art)
    assert "Richard Kemp" in set(res.entities.name)
    assert {k: list(v) for k, v in art.token_columns.items()} == before


def test_second_person_pass_skipped_only_when_it_changes_nothing(monkeypatch):
    """build_result resolves persons again after the front matter only if it adds candidates that pass
    could change (a PERSON, a single unknown word, a single word that is a body person's surname: see
    _persons_may_take): the result equals the one with the second pass forced, on real articles and on
    the same bodies under a title-cased headline that finds nothing."""
    import helpers.entities as E
    from helpers.article import Article

    resolve = E._resolve_persons
    texts = _real_texts()[:60]
    texts += ["Synthetic Story Number 7 About the Region\n\n" + t for t in texts[:30]]
    # a headline place that is a body person's surname (the pass runs: it becomes the person) and one that is not
    texts += ["Jordan Visit Planned\n\nPresident Michael Jordan visited Amman on Monday. Jordan said the talks went well.",
              "Talks in Jordan\n\nCol. Richard Kemp met aides in Baghdad. Kemp said Iraq was calm."]
    for text in texts:
        results = []
        for force in (False, True):
            monkeypatch.setattr(E, "_resolve_persons", (lambda c: resolve(c) and False) if force else resolve)
            res = E.extract_entities(Article.from_text(text))
            results.append((res.entities, res.mentions, res._alias, res._surname, res._spans))
        (e1, m1, *rest1), (e2, m2, *rest2) = results
        assert e1.equals(e2) and m1.equals(m2) and rest1 == rest2, text[:80]
