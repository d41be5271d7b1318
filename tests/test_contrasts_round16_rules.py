"""helpers.contrasts: rules from the round-16 articles (tests/data/contrasts_unseen/held16_*, DEV since session 12),
each checked on the article's own sentences (each failed before its rule)."""

from __future__ import annotations

from contrasts_unseen_score import text as _article
from helpers import contrasts as C
from helpers.article import Article


def _pairs_of(name: str) -> list[tuple[str, str]]:
    df = C.find_contrasts(Article.from_text(_article(name), name="r16"), curated=False)
    return sorted((r.claim_text[:40], r.retraction_text[:40]) for r in df.itertuples())


def test_a_live_page_note_a_repeated_figure_and_a_rebuttal_of_another_sides_assurances():
    # held16_euronews_brussels_tractors_live: "An earlier version of this post" was no note; the police's "850, not
    # 1,300 as announced earlier" paired the Commission's claim (answered before, linked by "spokesperson" alone);
    # "Copa-Cogeca rejected the Commission's assurances" was a pair
    assert _pairs_of("held16_euronews_brussels_tractors_live") == [
        ("An earlier version of this post said the", "*An earlier version of this post said th"),
        ("At the Commission's midday briefing, hel", "The European Commission has corrected a "),
        ("Brussels police said 1,300 tractors had ", "A police spokesperson said the correct f")]
    for text in ("This was incorrect: the meeting is taking place in Brussels as planned.", "That was not accurate."):
        assert [c.type for c in C.find_cues(text)] == ["mistake"], text


def test_a_deleted_post_and_a_manufacturers_dispute():
    # held16_flightglobal_cordillera_neo_groundings: "That post was published by mistake" paired the regulator's
    # notice; "Pratt & Whitney disputed that characterisation" was a pair
    got = _pairs_of("held16_flightglobal_cordillera_neo_groundings")
    assert ("On the evening of 10 March, the airline'", "\"That post was published by mistake befo") in got, got
    assert len(got) == 3 and not any(r.startswith("Pratt & Whitney") for _, r in got), got


def test_a_claim_of_its_own_told_after_and_one_speaker_going_on():
    # held16_globe_prairie_harvest_brandon: "walked back a claim of its own" paired those words; "Our number was not
    # accurate" paired the chief executive's claim; the company's statement and its spokesperson, and the union's
    # lead and its president, were two pairs each
    assert _pairs_of("held16_globe_prairie_harvest_brandon") == [
        ("An earlier version of this article incor", "Editor’s note: An earlier version of thi"),
        ("On Tuesday evening, Local 1417 of the Pr", "The union representing workers at the pl"),
        ("On a conference call to discuss third-qu", "On Wednesday, the Winnipeg-based company")]
