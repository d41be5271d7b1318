"""helpers.contrasts: rules from the round-18 articles (tests/data/contrasts_unseen/held18_*, DEV since session 12),
each checked on the article's own sentences (each failed before its rule)."""

from __future__ import annotations

from contrasts_unseen_score import text as _article
from helpers import contrasts as C
from helpers.article import Article


def _pairs_of(name: str) -> list[tuple[str, str]]:
    df = C.find_contrasts(Article.from_text(_article(name), name="r18"), curated=False)
    return sorted((r.claim_text[:40], r.retraction_text[:40]) for r in df.itertuples())


def test_accusations_and_denials_of_a_u_turn_are_no_walk_backs():
    # held18_irishexaminer_tillage_scheme: "accused the minister of “governing by U-turn”" and "not a U-turn" were pairs
    assert C.find_cues('Claire Dunne accused the minister of "governing by U-turn".') == []
    assert [c.type for c in C.find_cues('Mr Moran dismissed that, saying it was "a sensible decision, not a U-turn".')] \
        == ["denial"]
    got = _pairs_of("held18_irishexaminer_tillage_scheme")
    assert not any("U-turn" in r for _, r in got), got


def test_an_aides_remarks_disowned_and_a_rebuttal_of_the_opposition():
    # held18_yonhap_jeonse_loans: "distance itself from remarks by …, Park Sung-min, who said … that …" named no claim;
    # "said the reversal showed" and "rejected the opposition's claim" were pairs; "his comments had gone too far" no cue
    got = _pairs_of("held18_yonhap_jeonse_loans")
    assert [c for c, _ in got] == ["in a radio interview on Thursday that th"] * 2, got
    assert not any(r.startswith(("The main opposition", "The FSC rejected")) for _, r in got), got
    assert [c.type for c in C.find_cues("Park later told Yonhap News Agency that his comments had gone too far.")] \
        == ["mistake"]
    assert C.find_cues("The opposition said the reversal showed that the government had decided blindly.") == []
