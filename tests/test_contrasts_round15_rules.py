"""helpers.contrasts: rules from the round-15 articles (tests/data/contrasts_unseen/held15_*, DEV since session 12),
each checked on the article's own sentences (each failed before its rule)."""

from __future__ import annotations

from contrasts_unseen_score import text as _article
from helpers import contrasts as C
from helpers.article import Article


def pairs(text: str):
    return C.find_contrasts(Article.from_text(text, name="r15"), curated=False)


def _pairs_of(name: str) -> list[tuple[str, str]]:
    return sorted((r.claim_text[:40], r.retraction_text[:40]) for r in pairs(_article(name)).itertuples())


def test_a_working_draft_disowns_and_reactions_to_walk_backs_are_no_walk_backs():
    # held15_lemonde_maternity_list: the ministry's "is a working draft ... posted in error" paired its own quote's
    # first sentence; "The remark was seized upon by the Socialist group" was the MP's claim; "The clarification
    # did little to reassure", the mayor's "We have been told it was a draft" and "had to correct himself" (told
    # before the MP's claim) were pairs of their own
    assert _pairs_of("held15_lemonde_maternity_list") == [
        ('Speaking on France Inter on Sunday, Auré', 'On Monday, Mr. Castagné wrote on X that '),
        ('The document, posted on Monday afternoon', '"This document is a working draft prepar')]
    assert [c.type for c in C.find_cues("It said the list was a working draft that had been published by mistake.")
            ][:1] == ["disown"]
    assert C.find_cues("The clarification did little to reassure local officials.") == []
    assert C.find_cues('"We have been told it was a draft. We will believe it when it is signed," said the mayor.') == []


def test_the_remark_looks_back_on_a_persons_words_and_an_analyst_takes_back_his_own():
    # held15_nikkei_hakuryo_kumamoto_plant: the company's "saying the remark did not accurately reflect" paired the
    # lead; the spokesperson's "We have not announced anything" (going on with a denial of a Bloomberg report) was a
    # pair; the analyst's walk-back was missed, or paired the president's claim, and his "I was wrong" an analysts'
    # sentence; the prefectural government's "rejected the claim" paired the analyst's words
    got = _pairs_of("held15_nikkei_hakuryo_kumamoto_plant")
    assert got == [("Hakuryo's medium-term management plan, p", "A day later, the company deleted the lin"),
                   ("Speaking at a news conference in Tokyo o", "\"I misspoke on Monday, and I apologize t"),
                   ("Speaking at a news conference in Tokyo o", "On Wednesday morning, the company issued"),
                   ("the Kumamoto project as \"too large for t", "Ren Takeda of Ichiyoshi Securities, who ")], got
    df = pairs(_article("held15_nikkei_hakuryo_kumamoto_plant"))
    takeda = df[df.claim_text.str.startswith("the Kumamoto project")]
    assert "I was wrong" in takeda.retraction_text.iloc[0] and takeda.claim_speaker.iloc[0] == "Ren Takeda"
    for text in ("Another analyst reversed his own earlier call on the plant.",
                 "He said on Wednesday that he had been too pessimistic."):
        assert C.find_cues(text), text


def test_an_ap_correction_note_and_the_number_the_sentence_before_gave():
    # held15_ap_colorado_measles_count: "This story has been corrected to show that ..." was no cue; "the department
    # said the number was wrong" paired the lead, not the dashboard's 41 cases in the sentence before
    got = _pairs_of("held15_ap_colorado_measles_count")
    assert ("The Colorado Department of Public Health", "On Tuesday, the department said the numb") in got, got
    assert ("This story has been corrected to show th", "This story has been corrected to show th") in got, got
    assert not any(c.startswith("DENVER (AP)") for c, _ in got), got
