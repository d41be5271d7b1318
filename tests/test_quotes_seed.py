"""Stage 4 on the seed article against the hand annotation in tests/gold/seed_quotes.json."""

import json
from pathlib import Path

import pytest

from helpers.quotes.evaluate import score_article

GOLD = json.loads((Path(__file__).resolve().parent / "gold" / "seed_quotes.json").read_text(encoding="utf-8"))


def test_gold_spans_point_at_their_text(seed):
    for g in GOLD["direct"]:
        assert [seed.body[s:e] for s, e in g["spans"]] == g["parts"]


@pytest.fixture(scope="module")
def scores(seed):
    return score_article(seed, GOLD)


def test_every_direct_quote_found(scores):
    d = scores["direct"]
    assert d["recall"] == 1.0, d["missed"]
    assert d["precision"] >= 0.95, d["spurious"]
    assert d["span_f1"] >= 0.95


def test_every_direct_quote_attributed_right(scores):
    assert scores["direct"]["speaker_accuracy"] == 1.0, scores["direct"]["wrong_speakers"]


def test_reported_speech(scores):
    assert scores["indirect"]["recall"] >= 0.85
    assert scores["indirect"]["speaker_accuracy"] >= 0.85


def test_speaker_categories(seed, scores):
    assert scores["categories"]["accuracy"] >= 0.9, scores["categories"]["wrong"]
    cat = seed.speakers.set_index("name").category
    assert {n for n in ("Richard Kemp", "Chuck Freilich", "Ross Harrison") if cat[n] == "expert"} == \
        {"Richard Kemp", "Chuck Freilich", "Ross Harrison"}
    assert all(cat[n] == "official" for n in ("Mark Milley", "Mark Esper", "William Seely"))
    assert list(seed.speakers.category)[:3] == ["expert"] * 3  # experts first


def test_speaker_roles_and_aliases(seed):
    sp = seed.speakers.set_index("name")
    assert "former commander" in sp.loc["Richard Kemp", "role"]
    assert "Kemp" in sp.loc["Richard Kemp", "aliases"]
    assert "chairman of the Joint Chiefs of Staff" in sp.loc["Mark Milley", "role"]
    assert sp.loc["Ross Harrison", "words"] > sp.loc["Mark Esper", "words"] > 0


def test_quote_rows_are_consistent(seed):
    q = seed.quotes
    for r in q.itertuples():
        parts = r.parts
        assert r.start == parts[0][0] and r.end == parts[-1][1]
        assert r.text == " ".join(seed.body[s:e] for s, e in parts)
        assert seed.sentences.start[r.sentence] <= r.start < seed.sentences.end[r.sentence]
        assert -1 <= r.polarity <= 1 and 0 <= r.subjectivity <= 1 and -1 <= r.certainty <= 1
    multi = q[q.parts.map(len) > 1]
    assert len(multi) >= 2  # the split quotes and the quote running into the next paragraph


def test_contract_has_quotes_and_speakers(seed):
    from helpers.pipeline import to_contract

    c = to_contract(seed)
    assert len(c["quotes"]) == len(seed.quotes) and len(c["speakers"]) == len(seed.speakers)
    json.dumps(c)
    kemp = next(s for s in c["speakers"] if s["name"] == "Richard Kemp")
    assert kemp["quotes"] == 3 and kemp["role"]


def test_speaker_at_a_span_for_later_stages(seed):
    res = seed._quote_result
    i = seed.body.index("an honest mistake")
    assert res.speaker_at(i, i + 5) == "Mark Milley"
    j = seed.body.index("no decision whatsoever")
    assert res.speaker_at(j, j + 10) == "Mark Esper"
    k = seed.body.index("About 5,000 US soldiers")
    assert res.speaker_at(k, k + 20) is None
